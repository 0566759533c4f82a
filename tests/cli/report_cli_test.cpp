// spokewise-cli report as a user runs it: PDF, HTML and CSV written with the title block given on
// the command line, the CSV equal to `cost --csv`, and every bad input refused with exit 2, its
// whole message on stderr and no file left behind.
#include "run_cli.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace spokewise::tests;

namespace {

const QString kHub = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/hub-spoke-p2s-er.spokewise.json");
const QString kBadUnit = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/cost/bad-wrong-unit.json");
const QString kUsage = QStringLiteral("Run 'spokewise-cli report --help' for usage.\n");

// stderr without the notice Qt's offscreen platform prints when XDG_RUNTIME_DIR is unset (root in a
// container): the environment's remark, not spokewise-cli's.
QString ownMessages(const QString &err)
{
    QStringList lines = err.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("QStandardPaths: ")); });
    return lines.join(QLatin1Char('\n'));
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// Runs `report` and requires that it wrote `out`.
void reportTo(const QString &out, const QStringList &extra = {})
{
    const CliRun run
            = runCli(QStringList{QStringLiteral("report"), QStringLiteral("--out"), out} + extra + QStringList{kHub});
    INFO(run.err.toStdString());
    REQUIRE_FALSE(run.crashed);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.isEmpty());
    CHECK(ownMessages(run.err).isEmpty());
    REQUIRE(QFile::exists(out));
}

// Runs `report` expecting exit 2 with exactly `message` on stderr and nothing written to `out`.
void refused(const QStringList &arguments, const QString &out, const QString &message)
{
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    const CliRun run = runCli(QStringList{QStringLiteral("report")} + arguments);
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(ownMessages(run.err) == message);
    CHECK_FALSE(QFile::exists(out));
}

} // namespace

TEST_CASE("report writes a PDF of several A4 pages", "[cli][report]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("hub.pdf"));
    reportTo(out, {QStringLiteral("--customer"), QStringLiteral("Contoso")});
    const QByteArray pdf = readAll(out);
    CHECK(pdf.startsWith("%PDF-"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    CHECK(QString::fromLatin1(pdf).count(page) == 5);
}

TEST_CASE("report writes one self-contained HTML page with the title block given", "[cli][report]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("hub.html"));
    reportTo(out, {QStringLiteral("--title"), QStringLiteral("Connectivity review"), QStringLiteral("--customer"),
                   QStringLiteral("Contoso"), QStringLiteral("--author"), QStringLiteral("A. Architect"),
                   QStringLiteral("--date"), QStringLiteral("2026-02-28")});
    const QString html = QString::fromUtf8(readAll(out));
    CHECK(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    CHECK(html.contains(QStringLiteral("<title>Connectivity review</title>")));
    CHECK(html.contains(QStringLiteral("<h1>Connectivity review</h1>")));
    CHECK(html.contains(QStringLiteral("<td class=\"muted\">Customer</td><td>Contoso</td>")));
    CHECK(html.contains(QStringLiteral("<td class=\"muted\">Prepared by</td><td>A. Architect</td>")));
    CHECK(html.contains(QStringLiteral("<td class=\"muted\">Date</td><td>2026-02-28</td>")));
    CHECK(html.contains(QStringLiteral("Estimated cost: 2,298.23 USD a month, 27,578.76 USD a year.")));
    CHECK(html.count(QStringLiteral("src=\"data:image/svg+xml;base64,")) == 2);
}

TEST_CASE("report without --title, --customer and --author uses the design's name and leaves them out", "[cli][report]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("hub.html"));
    reportTo(out);
    const QString html = QString::fromUtf8(readAll(out));
    CHECK(html.contains(QStringLiteral("<h1>Hub and spoke with P2S VPN and ExpressRoute</h1>")));
    CHECK_FALSE(html.contains(QStringLiteral(">Customer<")));
    CHECK_FALSE(html.contains(QStringLiteral(">Prepared by<")));
}

TEST_CASE("report --out FILE.csv writes what cost --csv prints", "[cli][report]")
{
    // The second design has a traffic flow, priced along its routed path by both commands.
    for (const QString &design : {kHub, QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/cost/fix-a.spokewise.json")}) {
        INFO(design.toStdString());
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("lines.csv"));
        const CliRun report = runCli({QStringLiteral("report"), QStringLiteral("--out"), out, design});
        REQUIRE(report.exitCode == 0);
        const CliRun cost = runCli({QStringLiteral("cost"), QStringLiteral("--csv"), design});
        REQUIRE(cost.exitCode == 0);
        CHECK(QString::fromUtf8(readAll(out)) == cost.out);
    }
}

TEST_CASE("report refuses bad input with exit 2 and writes nothing", "[cli][report]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("r.pdf"));
    refused({kHub}, out,
            QStringLiteral("spokewise-cli report: --out FILE is required (FILE.pdf, FILE.html or FILE.csv).\n")
                    + kUsage);
    const QString docx = dir.filePath(QStringLiteral("r.docx"));
    refused({QStringLiteral("--out"), docx, kHub}, docx,
            QStringLiteral("spokewise-cli report: cannot tell the format of '%1': the name must end in .pdf, .html "
                           "or .csv.\n")
                            .arg(docx)
                    + kUsage);
    for (const QString &date : {QStringLiteral("2026-13-01"), QStringLiteral("2026-02-30"), QStringLiteral("20260101"),
                                QStringLiteral("tomorrow")}) {
        refused({QStringLiteral("--out"), out, QStringLiteral("--date"), date, kHub}, out,
                QStringLiteral("spokewise-cli report: --date must be a date as YYYY-MM-DD, not '%1'.\n").arg(date)
                        + kUsage);
    }
    refused({QStringLiteral("--out"), out, QStringLiteral("--catalog"), kBadUnit, kHub}, out,
            kBadUnit
                    + QStringLiteral(":5:35: error: The unit “month” does not match the catalog item's unit “hour”. "
                                     "(at $.items[0].unit)\n"));
    const QString missing = dir.filePath(QStringLiteral("missing.spokewise.json"));
    const CliRun run = runCli({QStringLiteral("report"), QStringLiteral("--out"), out, missing});
    CHECK(run.exitCode == 2);
    CHECK(ownMessages(run.err).startsWith(missing + QStringLiteral(": error: ")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("report says why the file cannot be written", "[cli][report]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("no-such-folder/r.html"));
    refused({QStringLiteral("--out"), out, kHub}, out,
            QStringLiteral("spokewise-cli report: cannot write %1: No such file or directory\n").arg(out));
}
