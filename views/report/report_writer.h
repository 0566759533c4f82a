#pragma once

// Writes a customer report as PDF (A4, page header and numbered footer, pictures as vectors),
// as one self-contained HTML file, or its line items as CSV (the columns of `spokewise-cli cost
// --csv`). Files are written atomically: on failure nothing is left behind. Uses no widgets, so
// the designer writes reports on a worker thread.

#include <QString>

#include <optional>

namespace spokewise::views {

struct ReportData;
struct ReportPictures;

enum class ReportFormat { Pdf, Html, Csv };

// The format a file name asks for by its suffix (.pdf, .html or .htm, .csv; any case).
std::optional<ReportFormat> reportFormatForFile(const QString &fileName);

// The suffix written for a format, without the dot.
QString reportSuffix(ReportFormat format);

// Writes `fileName`; on failure returns false and sets `error` to the reason.
bool writeReport(ReportFormat format, const ReportData &data, const ReportPictures &pictures, const QString &fileName,
                 QString *error);

} // namespace spokewise::views
