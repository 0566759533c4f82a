#pragma once

// The two pictures of a customer report, drawn as SVG: the diagram (as the canvas draws it) and the
// pie of the monthly cost by category. Both are vector: the PDF paints them as vectors, the HTML
// embeds them. They need a scene and a chart, so they are drawn on the GUI thread (the CLI's
// offscreen QApplication is enough); everything else of a report can be made on any thread.

#include <QByteArray>
#include <QSizeF>

namespace spokewise::views {

struct ReportData;

// One picture: SVG text and its natural size in CSS pixels (1/96 inch).
struct ReportPicture
{
    QByteArray svg;
    QSizeF size;
    bool isNull() const { return svg.isEmpty() || size.isEmpty(); }
};

// The pictures a report shows.
struct ReportPictures
{
    ReportPicture diagram;
    ReportPicture categoryPie; // null when nothing is priced
};

// Draws the pictures of `data` (GUI thread: builds a scene and a chart). A picture that cannot be
// drawn stays null and the report says so in its place.
ReportPictures renderReportPictures(const ReportData &data);

} // namespace spokewise::views
