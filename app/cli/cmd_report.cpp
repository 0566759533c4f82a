// spokewise-cli report: the customer report of a design (PDF or HTML, or its line items as CSV):
// title block, diagram, bill of materials, costs with the category pie, assumptions, reachability
// and findings. The document is made by views/report, shared with the designer's File → Export Report.
#include "cli.h"
#include "routing_text.h"

#include "cost/price_catalog.h"
#include "report/report_data.h"
#include "report/report_pictures.h"
#include "report/report_writer.h"
#include "text/diagnostic_text.h"

#include <QFile>
#include <QRegularExpression>

#include <filesystem>

namespace spokewise::cli {

int runReport(const QStringList &arguments, Console &console)
{
    const Command &command = *findCommand(QStringLiteral("report"));
    QCommandLineParser parser;
    const QCommandLineOption out(
            QStringLiteral("out"),
            QStringLiteral("The file to write: FILE.pdf, FILE.html, or FILE.csv for the line items."),
            QStringLiteral("FILE"));
    const QCommandLineOption catalog(
            QStringLiteral("catalog"),
            QStringLiteral("Override figures of the bundled price catalog with those in FILE (see docs/cost.md)."),
            QStringLiteral("FILE"));
    const QCommandLineOption title(QStringLiteral("title"),
                                   QStringLiteral("The report's title (default: the design's name)."),
                                   QStringLiteral("T"));
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      QStringLiteral("The customer named in the title block."), QStringLiteral("C"));
    const QCommandLineOption author(QStringLiteral("author"), QStringLiteral("The author named in the title block."),
                                    QStringLiteral("A"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("The report's date (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({out, catalog, title, customer, author, date});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file (*.spokewise.json)."));
    if (const auto stop = parseCommandLine(
                parser, command,
                QStringLiteral("Writes a customer-ready report of a design: title block, diagram, bill of materials,\n"
                               "cost by category with a chart, line items, assumptions, reachability and findings.\n"
                               "Exit status: 0 written, 2 unreadable or invalid design or catalog, usage error, or\n"
                               "the file could not be written (then no file is left behind)."),
                arguments, console, 1, 1)) {
        return *stop;
    }
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageError(command, QStringLiteral("--out FILE is required (FILE.pdf, FILE.html or FILE.csv)."),
                          console);
    const QString outName = parser.value(out);
    const std::optional<views::ReportFormat> format = views::reportFormatForFile(outName);
    if (!format) {
        return usageError(command,
                          QStringLiteral("cannot tell the format of '%1': the name must end in .pdf, .html or .csv.")
                                  .arg(outName),
                          console);
    }
    QDate reportDate = QDate::currentDate();
    if (parser.isSet(date)) {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString text = parser.value(date);
        reportDate = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!shape.match(text).hasMatch() || !reportDate.isValid()) {
            return usageError(command, QStringLiteral("--date must be a date as YYYY-MM-DD, not '%1'.").arg(text),
                              console);
        }
    }

    const QString fileName = parser.positionalArguments().constFirst();
    std::optional<Design> design = loadForAnalysis(fileName, console);
    if (!design)
        return ExitInvalid;

    views::ReportRequest request;
    request.catalog = cost::bundledCatalog();
    if (parser.isSet(catalog)) {
        request.catalogFile = parser.value(catalog);
        cost::CatalogLoadResult result = cost::loadCatalogOverrides(
                cost::bundledCatalog(), std::filesystem::path(QFile::encodeName(request.catalogFile).toStdString()));
        if (!result.ok()) {
            for (const io::Diagnostic &d : result.diagnostics)
                console.err << views::diagnosticLine(request.catalogFile, d) << '\n';
            return ExitInvalid;
        }
        request.catalog = std::move(*result.catalog);
    }
    request.titleBlock = views::defaultTitleBlock(*design);
    if (parser.isSet(title))
        request.titleBlock.title = parser.value(title);
    request.titleBlock.customer = parser.value(customer);
    request.titleBlock.author = parser.value(author);
    request.titleBlock.date = reportDate;
    request.design = std::move(*design);

    const views::ReportData data = views::computeReport(request);
    const views::ReportPictures pictures
            = *format == views::ReportFormat::Csv ? views::ReportPictures{} : views::renderReportPictures(data);
    QString error;
    if (!views::writeReport(*format, data, pictures, outName, &error)) {
        console.err << "spokewise-cli report: cannot write " << outName << ": " << error << '\n';
        return ExitInvalid;
    }
    return ExitOk;
}

} // namespace spokewise::cli
