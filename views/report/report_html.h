#pragma once

// The customer report as HTML, built once for both outputs: a self-contained page for browsers
// (pictures embedded as SVG data URIs) and the input of the PDF writer (a QTextDocument; pictures
// are placeholders the writer paints as vectors). Only what both understand is used for layout;
// the browser gets a few extra style rules.

#include <QString>

namespace spokewise::views {

struct ReportData;
struct ReportPictures;

// Who reads the HTML.
enum class ReportHtmlTarget {
    Browser,  // a file: pictures as data URIs, page width limited for reading
    Document, // QTextDocument for the PDF: pictures as named placeholders (the names below)
};

// The placeholder image names the Document target uses.
inline constexpr char kReportDiagramName[] = "spokewise-report:diagram";
inline constexpr char kReportPieName[] = "spokewise-report:pie";

// The whole report; `contentWidth` (CSS pixels) is the width the Document target's pictures are
// fitted to and `diagramMaxHeight` the most the diagram may take on the first page.
QString reportHtml(const ReportData &data, const ReportPictures &pictures, ReportHtmlTarget target,
                   double contentWidth = 640, double diagramMaxHeight = 560);

} // namespace spokewise::views
