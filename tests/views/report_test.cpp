// Customer reports as the user gets them: the HTML holds the title block, every line item, the
// totals, the catalog date, the estimate marks, the pairs that do not work and the findings; the
// PDF has several numbered A4 pages; the designer's Export Report dialog writes the file off the
// GUI thread and keeps its fields and the reason when writing fails.
#include "analysis/finding_text.h"
#include "cost/cost_text.h"
#include "document/document.h"
#include "io/design_file.h"
#include "report/report_data.h"
#include "report/report_dialog.h"
#include "report/report_html.h"
#include "report/report_pictures.h"
#include "report/report_writer.h"
#include "text/element_text.h"

#include <catch2/catch.hpp>

#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace spokewise;

namespace {

const QString kExample = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/hub-spoke-p2s-er.spokewise.json");

Design loadExample()
{
    const io::LoadResult load = io::loadDesignFile(std::filesystem::path(kExample.toStdString()));
    REQUIRE(load.ok());
    return *load.design;
}

views::ReportRequest exampleRequest()
{
    views::ReportRequest request;
    request.design = loadExample();
    request.catalog = cost::bundledCatalog();
    request.titleBlock = {QStringLiteral("Contoso hub & spoke"), QStringLiteral("Contoso <Ltd>"),
                          QStringLiteral("A. Architect"), QDate(2026, 11, 20)};
    return request;
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The number of pages of a PDF Qt wrote (one "/Type /Page" object per page).
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return static_cast<int>(QString::fromLatin1(pdf).count(page));
}

// The table row whose cells are exactly `cells` (as the HTML escapes them).
QString rowHtml(const QStringList &cells)
{
    QString row;
    for (const QString &cell : cells)
        row += QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
    return row;
}

} // namespace

TEST_CASE("The HTML report holds the title block, every line item, the totals and the findings", "[report]")
{
    const views::ReportData data = views::computeReport(exampleRequest());
    const views::ReportPictures pictures = views::renderReportPictures(data);
    REQUIRE_FALSE(pictures.diagram.isNull());
    REQUIRE_FALSE(pictures.categoryPie.isNull());
    const QString html = views::reportHtml(data, pictures, views::ReportHtmlTarget::Browser);

    // Title block, escaped as HTML.
    CHECK(html.contains(QStringLiteral("<h1>Contoso hub &amp; spoke</h1>")));
    CHECK(html.contains(QStringLiteral("Contoso &lt;Ltd&gt;")));
    CHECK(html.contains(QStringLiteral("A. Architect")));
    CHECK(html.contains(QStringLiteral("2026-11-20")));
    // The catalog's date and currency, the totals.
    CHECK(html.contains(QStringLiteral("catalog 2026-09, USD")));
    REQUIRE(data.estimate.lines.size() == 7);
    CHECK(html.contains(QStringLiteral("Estimated cost: 2,298.23 USD a month, 27,578.76 USD a year.")));
    // Every line item with its quantity × unit price, monthly figure and marks; the estimated one marked E.
    int estimated = 0;
    for (const cost::CostLine &l : data.estimate.lines) {
        const QString marks = views::flagMarks(l);
        INFO(views::lineDescription(l).toStdString());
        CHECK(html.contains(
                QStringLiteral("<td>%1</td><td align=\"right\">%2 %3 × %4</td><td align=\"right\" nowrap>%5</td>")
                        .arg(views::lineDescription(l).toHtmlEscaped(), views::quantityText(l.quantity),
                             views::unitText(l.unit), QString::fromStdString(cost::formatCostNumber(l.unitPrice)),
                             views::money(l.monthly))));
        CHECK(html.contains(QStringLiteral("<td nowrap><span class=\"mark\">%1</span></td>").arg(marks)));
        estimated += marks.contains(QLatin1Char('E'));
    }
    CHECK(estimated == 1); // the ExpressRoute gateway's price is an estimate
    CHECK(html.contains(QStringLiteral("Line items on estimated prices: 1 of 7, marked E.")));
    CHECK(html.contains(QStringLiteral("Marks: E estimate")));
    // Every finding with its severity, rule and sentence.
    REQUIRE_FALSE(data.analysis.findings().empty());
    for (const routing::Finding &f : data.analysis.findings()) {
        INFO(f.code);
        CHECK(html.contains(QStringLiteral("%1</span></td><td>%2</td><td>%3</td>")
                                    .arg(views::findingSeverityText(f.severity).toHtmlEscaped(),
                                         views::ruleText(f.check).toHtmlEscaped(),
                                         views::findingText(f, data.design).toHtmlEscaped())));
    }
    // One self-contained file: both pictures embedded, nothing fetched.
    CHECK(html.count(QStringLiteral("src=\"data:image/svg+xml;base64,")) == 2);
    CHECK_FALSE(html.contains(QStringLiteral("http://")));
    CHECK_FALSE(html.contains(QStringLiteral("spokewise-report:")));
}

TEST_CASE("The report lists the pairs that do not work with the reason", "[report]")
{
    const views::ReportData data = views::computeReport(exampleRequest());
    // The example's question: remote users cannot reach on-premises (and back) through Route Server.
    const auto pair = std::find_if(data.notWorking.begin(), data.notWorking.end(), [](const views::ReportPair &p) {
        return p.source == Id("remote-users") && p.destination == Id("onprem");
    });
    REQUIRE(pair != data.notWorking.end());
    CHECK(pair->verdict != routing::Verdict::Reachable);
    CHECK(data.notWorkingTotal == data.notWorking.size());
    const QString html = views::reportHtml(data, {}, views::ReportHtmlTarget::Browser);
    CHECK(html.contains(rowHtml(
            {QStringLiteral("Remote users"), QStringLiteral("OnPrem"), views::verdictText(pair->verdict),
             views::reasonText(pair->reason),
             QString::fromLatin1(routing::ruleId(pair->rule).data(), qsizetype(routing::ruleId(pair->rule).size()))})));
    // The counts cover every ordered pair of endpoints.
    std::size_t pairs = 0;
    for (const auto &[verdict, count] : data.verdictCounts)
        pairs += count;
    CHECK(pairs == data.endpointCount * (data.endpointCount - 1));
    // Pictures that could not be drawn leave a note, not a broken image.
    CHECK(html.contains(QStringLiteral("(The picture could not be drawn.)")));
}

TEST_CASE("The PDF report has numbered A4 pages with the pictures as vectors", "[report]")
{
    const views::ReportData data = views::computeReport(exampleRequest());
    const views::ReportPictures pictures = views::renderReportPictures(data);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    REQUIRE(views::writeReport(views::ReportFormat::Pdf, data, pictures, file, &error));
    CHECK(error.isEmpty());
    const QByteArray pdf = readAll(file);
    CHECK(pdf.startsWith("%PDF-"));
    // Title and diagram; bill of materials; costs and line items; assumptions; reachability and findings.
    CHECK(pdfPageCount(pdf) == 5);
    // A4 portrait: 595 x 842 points.
    CHECK(pdf.contains("/MediaBox [0 0 595"));
}

TEST_CASE("The CSV of a report is the cost command's CSV, and an unwritable path leaves no file", "[report]")
{
    const views::ReportData data = views::computeReport(exampleRequest());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("lines.csv"));
    QString error;
    REQUIRE(views::writeReport(views::ReportFormat::Csv, data, {}, file, &error));
    const QString csv = QString::fromUtf8(readAll(file));
    CHECK(csv.startsWith(QStringLiteral("element,category,description,quantity,unit,unitPrice,monthly,yearly,")));
    CHECK(csv.count(QLatin1Char('\n')) == int(1 + data.estimate.lines.size() + data.estimate.unpriced.size()));

    const QString missing = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    CHECK_FALSE(views::writeReport(views::ReportFormat::Pdf, data, {}, missing, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(missing));
}

TEST_CASE("The report format follows the file name", "[report]")
{
    CHECK(views::reportFormatForFile(QStringLiteral("a/b.PDF")) == views::ReportFormat::Pdf);
    CHECK(views::reportFormatForFile(QStringLiteral("b.htm")) == views::ReportFormat::Html);
    CHECK(views::reportFormatForFile(QStringLiteral("b.html")) == views::ReportFormat::Html);
    CHECK(views::reportFormatForFile(QStringLiteral("b.csv")) == views::ReportFormat::Csv);
    CHECK_FALSE(views::reportFormatForFile(QStringLiteral("b.docx")));
    CHECK_FALSE(views::reportFormatForFile(QStringLiteral("report")));
}

namespace {

// Waits until the dialog has finished what Export started.
bool waitIdle(const views::ReportDialog &dialog)
{
    const QDeadlineTimer deadline(60000);
    while (dialog.isBusy()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace

TEST_CASE("Export Report writes the file off the GUI thread and closes", "[report][dialog]")
{
    views::Document document;
    document.reset(loadExample());
    views::ReportDialog dialog(&document, cost::bundledCatalog(), QString());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("hub.pdf"));
    dialog.setTitleBlock(
            {QStringLiteral("Hub report"), QStringLiteral("Fabrikam"), QStringLiteral("Me"), QDate(2026, 1, 2)});
    dialog.setFormat(views::ReportFormat::Html);
    dialog.setFileName(dir.filePath(QStringLiteral("hub.html")));
    dialog.setFormat(views::ReportFormat::Pdf);
    CHECK(dialog.fileName() == file); // the extension follows the format
    QSignalSpy exported(&dialog, &views::ReportDialog::exported);
    dialog.show();
    dialog.accept();
    // The GUI thread is free meanwhile: the dialog reports what it does.
    CHECK(dialog.isBusy());
    CHECK(dialog.statusText() == QStringLiteral("Analysing the design…"));
    REQUIRE(waitIdle(dialog));
    CHECK(dialog.errorText().isEmpty());
    REQUIRE(exported.size() == 1);
    CHECK(exported.first().first().toString() == file);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(readAll(file).startsWith("%PDF-"));
}

TEST_CASE("Export Report shows why a file cannot be written and keeps the fields", "[report][dialog]")
{
    views::Document document;
    document.reset(loadExample());
    views::ReportDialog dialog(&document, cost::bundledCatalog(), QString());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("missing/hub.html"));
    dialog.setTitleBlock({QStringLiteral("T"), QStringLiteral("C"), QStringLiteral("A"), QDate(2026, 1, 2)});
    dialog.setFileName(file);
    dialog.setFormat(views::ReportFormat::Html);
    dialog.show();
    dialog.accept();
    REQUIRE(waitIdle(dialog));
    CHECK(dialog.errorText().startsWith(QStringLiteral("Could not write %1: ").arg(QDir::toNativeSeparators(file))));
    CHECK(dialog.errorText().size() > QStringLiteral("Could not write %1: ").arg(file).size());
    CHECK(dialog.isVisible());
    CHECK(dialog.titleBlock().customer == QStringLiteral("C"));
    CHECK(dialog.fileName() == file);
    CHECK_FALSE(QFile::exists(file));

    dialog.setFileName(QString());
    dialog.accept();
    CHECK_FALSE(dialog.isBusy());
    CHECK(dialog.errorText() == QStringLiteral("Choose a file to write the report to."));
}

TEST_CASE("Export Report remembers customer, author, format and folder", "[report][dialog]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    views::Document document;
    document.reset(loadExample());
    {
        views::ReportDialog dialog(&document, cost::bundledCatalog(), QString());
        dialog.setTitleBlock({QStringLiteral("Old title"), QStringLiteral("Northwind"), QStringLiteral("B. Author"),
                              QDate(2020, 1, 1)});
        dialog.setFormat(views::ReportFormat::Html);
        dialog.setFileName(dir.filePath(QStringLiteral("x.html")));
        dialog.saveSettings(settings);
    }
    views::ReportDialog again(&document, cost::bundledCatalog(), QString());
    again.loadSettings(settings);
    CHECK(again.titleBlock().customer == QStringLiteral("Northwind"));
    CHECK(again.titleBlock().author == QStringLiteral("B. Author"));
    // The title is the design's and the date today's, every time.
    CHECK(again.titleBlock().title == QStringLiteral("Hub and spoke with P2S VPN and ExpressRoute"));
    CHECK(again.titleBlock().date == QDate::currentDate());
    CHECK(again.format() == views::ReportFormat::Html);
    CHECK(again.fileName() == QDir(dir.path()).filePath(QStringLiteral("report.html")));
}

TEST_CASE("The report lists the traffic flows and prices them along their routed path", "[report]")
{
    views::ReportRequest request;
    const io::LoadResult load
            = io::loadDesignFile(std::filesystem::path(SPOKEWISE_TEST_DATA_DIR "/cost/fix-a.spokewise.json"));
    REQUIRE(load.ok());
    request.design = *load.design;
    request.catalog = cost::bundledCatalog();
    request.titleBlock = views::defaultTitleBlock(request.design);
    const views::ReportData data = views::computeReport(request);
    const QString html = views::reportHtml(data, {}, views::ReportHtmlTarget::Browser);
    // 500 GB out, 20 GB back, from a spoke subnet to the site.
    CHECK(html.contains(QStringLiteral("<tr><td>Spoke 1 backups to on-premises</td><td>Spoke1 / workload</td>"
                                       "<td>OnPrem</td><td align=\"right\">500</td><td align=\"right\">20</td></tr>")));
    // Priced hop by hop: out through the peering, the firewall and the circuit; back through the firewall.
    for (const char *item :
         {"<td>Peering (regional) outbound, spoke1 -&gt; hub [spoke1-to-onprem]</td>",
          "<td>Firewall data processed [spoke1-to-onprem]</td>",
          "<td>ExpressRoute metered outbound data [spoke1-to-onprem]</td>",
          "<td>Firewall data processed [spoke1-to-onprem, return]</td>"}) {
        INFO(item);
        CHECK(html.contains(QString::fromUtf8(item)));
    }
    // What no catalog prices is listed with the reason, outside the total.
    CHECK(html.contains(QStringLiteral("<h3>Not priced (not included in the total)</h3>")));
    CHECK(html.contains(QStringLiteral("<td>not in any price catalog</td>")));
}
