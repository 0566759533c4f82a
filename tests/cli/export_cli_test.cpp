// spokewise-cli export as a user meets it: pictures with the right size and content, a Mermaid
// flowchart equal to its golden file, and the exit codes and messages of bad input.
#include "run_cli.h"
#include "text_diff.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <set>

using namespace spokewise::tests;

namespace {

const QString kHub = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/hub-spoke-p2s-er.spokewise.json");
const QString kMermaidGolden = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/export/hub-spoke-p2s-er.mmd");
const QString kTruncated = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/malformed/truncated.json");

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

// Runs `export` into `out` and requires success.
void exportTo(const QString &format, const QString &out, const QStringList &extra = {})
{
    const CliRun run = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--to"), format,
                                          QStringLiteral("--out"), out}
                              + extra + QStringList{kHub});
    INFO(run.err.toStdString());
    REQUIRE_FALSE(run.crashed);
    REQUIRE(run.exitCode == 0);
    CHECK(ownMessages(run.err).isEmpty());
    REQUIRE(QFile::exists(out));
}

// The names the canvas shows: every element drawn as a box, and every subnet.
QStringList displayedNames()
{
    const nlohmann::json doc = nlohmann::json::parse(readAll(kHub).toStdString());
    QStringList names;
    const std::set<std::string> boxes = {"virtualNetwork", "vpnGateway", "expressRouteGateway", "azureFirewall",
                                         "routeTable", "expressRouteCircuit", "onPremisesSite", "p2sClientGroup"};
    for (const auto &r : doc.at("resources")) {
        if (boxes.contains(r.at("kind").get<std::string>()))
            names << QString::fromStdString(r.at("name").get<std::string>());
        if (r.at("kind") == "virtualNetwork") {
            for (const auto &s : r.at("properties").at("subnets"))
                names << QString::fromStdString(s.at("name").get<std::string>());
        }
    }
    return names;
}

struct SvgContent
{
    QSizeF size;
    QString text; // every <text> element's characters, one per line
};

SvgContent readSvg(const QString &fileName)
{
    SvgContent svg;
    QXmlStreamReader xml(readAll(fileName));
    int inText = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg")) {
            const auto millimetres = [&xml](const char *name) {
                return xml.attributes().value(QLatin1String(name)).toString().remove(QLatin1String("mm")).toDouble();
            };
            svg.size = QSizeF(millimetres("width"), millimetres("height"));
        }
        if (xml.isStartElement() && xml.name() == QLatin1String("text"))
            ++inText;
        if (xml.isEndElement() && xml.name() == QLatin1String("text")) {
            --inText;
            svg.text += QLatin1Char('\n');
        }
        if (xml.isCharacters() && inText > 0)
            svg.text += xml.text();
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return svg;
}

} // namespace

TEST_CASE("export --to png draws the whole design at the requested scale", "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString one = dir.filePath(QStringLiteral("one.png"));
    const QString two = dir.filePath(QStringLiteral("two.png"));
    const QString titled = dir.filePath(QStringLiteral("titled.png"));
    const QString clear = dir.filePath(QStringLiteral("clear.png"));
    exportTo(QStringLiteral("png"), one);
    exportTo(QStringLiteral("png"), two, {QStringLiteral("--scale"), QStringLiteral("2")});
    exportTo(QStringLiteral("png"), titled, {QStringLiteral("--title")});
    exportTo(QStringLiteral("png"), clear, {QStringLiteral("--transparent")});

    const QImage a(one), b(two), t(titled), c(clear);
    REQUIRE_FALSE(a.isNull());
    REQUIRE_FALSE(b.isNull());
    // A diagram of four VNets and their neighbours: large enough to be the whole design.
    CHECK(a.width() > 600);
    CHECK(a.height() > 300);
    CHECK(b.size() == a.size() * 2);
    CHECK(t.width() == a.width());
    CHECK(t.height() == a.height() + 56);
    CHECK(qAlpha(a.pixel(0, 0)) == 255);
    CHECK(qAlpha(c.pixel(0, 0)) == 0);
}

TEST_CASE("export --to svg keeps the diagram's size and its names as text", "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString svgFile = dir.filePath(QStringLiteral("hub.svg"));
    const QString pngFile = dir.filePath(QStringLiteral("hub.png"));
    exportTo(QStringLiteral("svg"), svgFile);
    exportTo(QStringLiteral("png"), pngFile);
    const SvgContent svg = readSvg(svgFile);
    const QStringList names = displayedNames();
    REQUIRE(names.size() > 10);
    // The canvas elides a name longer than its box ("ExpressRoute cir…"); the SVG shows the same.
    for (const QString &name : names) {
        INFO(name.toStdString());
        bool shown = svg.text.contains(name);
        for (qsizetype n = name.size() - 1; !shown && n >= 4; --n)
            shown = svg.text.contains(name.left(n) + QChar(0x2026));
        CHECK(shown);
    }
    // Same frame as the PNG at scale 1 (the SVG states its size in millimetres at 96 dpi).
    const QImage png(pngFile);
    CHECK(svg.size.width() / svg.size.height() == Approx(double(png.width()) / png.height()).epsilon(0.01));
}

TEST_CASE("export --to pdf writes one page shaped like the diagram", "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pdfFile = dir.filePath(QStringLiteral("hub.pdf"));
    const QString pngFile = dir.filePath(QStringLiteral("hub.png"));
    exportTo(QStringLiteral("pdf"), pdfFile);
    exportTo(QStringLiteral("png"), pngFile);
    const QByteArray pdf = readAll(pdfFile);
    CHECK(pdf.startsWith("%PDF-"));
    const QString text = QString::fromLatin1(pdf);
    CHECK(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page\\b(?!s)"))) == 1);
    const QRegularExpressionMatch box = QRegularExpression(
            QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]")).match(text);
    REQUIRE(box.hasMatch());
    const QImage png(pngFile);
    const double aspect = box.captured(1).toDouble() / box.captured(2).toDouble();
    CHECK(aspect == Approx(double(png.width()) / png.height()).epsilon(0.01));
}

TEST_CASE("export --to mermaid writes the golden flowchart", "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("hub.mmd"));
    exportTo(QStringLiteral("mermaid"), out);
    const QString actual = QString::fromUtf8(readAll(out));
    const QString expected = QString::fromUtf8(readAll(kMermaidGolden));
    INFO(lineDiff(expected, actual).toStdString());
    CHECK(actual == expected);
}

TEST_CASE("export refuses bad input with exit 2 and a reason", "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("out.png"));
    const QString missing = dir.filePath(QStringLiteral("no-such.spokewise.json"));

    SECTION("unreadable or invalid designs: validate's messages")
    {
        for (const QString &design : {missing, kTruncated}) {
            INFO(design.toStdString());
            const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("png"),
                                       QStringLiteral("--out"), out, design});
            const CliRun validate = runCli({QStringLiteral("validate"), design});
            CHECK(run.exitCode == 2);
            CHECK_FALSE(run.err.isEmpty());
            CHECK(ownMessages(run.err) == validate.err);
            CHECK_FALSE(QFile::exists(out));
        }
    }
    SECTION("usage errors")
    {
        const QList<QStringList> cases = {
                {QStringLiteral("--to"), QStringLiteral("gif"), QStringLiteral("--out"), out, kHub},
                {QStringLiteral("--out"), out, kHub},
                {QStringLiteral("--to"), QStringLiteral("png"), kHub},
                {QStringLiteral("--to"), QStringLiteral("png"), QStringLiteral("--scale"), QStringLiteral("0"),
                 QStringLiteral("--out"), out, kHub},
                {QStringLiteral("--to"), QStringLiteral("svg"), QStringLiteral("--scale"), QStringLiteral("2"),
                 QStringLiteral("--out"), out, kHub},
        };
        for (const QStringList &arguments : cases) {
            INFO(arguments.join(QLatin1Char(' ')).toStdString());
            const CliRun run = runCli(QStringList{QStringLiteral("export")} + arguments);
            CHECK(run.exitCode == 2);
            CHECK(ownMessages(run.err).startsWith(QStringLiteral("spokewise-cli export: ")));
            CHECK(run.err.contains(QStringLiteral("--help")));
        }
        const CliRun gif = runCli({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("gif"),
                                   QStringLiteral("--out"), out, kHub});
        CHECK(ownMessages(gif.err).contains(QStringLiteral("unknown format 'gif'")));
    }
    SECTION("options that do not fit the format: the whole message")
    {
        const QString help = QStringLiteral("Run 'spokewise-cli export --help' for usage.\n");
        const QList<QPair<QStringList, QString>> cases = {
                {{QStringLiteral("--to"), QStringLiteral("mermaid"), QStringLiteral("--overlay")},
                 QStringLiteral("--overlay applies to png, svg, pdf and drawio, not to mermaid.")},
                {{QStringLiteral("--to"), QStringLiteral("mermaid"), QStringLiteral("--title")},
                 QStringLiteral("--title applies to png, svg, pdf and drawio, not to mermaid.")},
                {{QStringLiteral("--to"), QStringLiteral("mermaid"), QStringLiteral("--transparent")},
                 QStringLiteral("--transparent applies to png, svg, pdf and drawio, not to mermaid.")},
                {{QStringLiteral("--to"), QStringLiteral("drawio"), QStringLiteral("--scale"), QStringLiteral("2")},
                 QStringLiteral("--scale applies to --to png only.")},
                {{QStringLiteral("--to"), QStringLiteral("vsdx")},
                 QStringLiteral("unknown format 'vsdx' (use png, svg, pdf, drawio or mermaid).")},
        };
        for (const auto &[arguments, message] : cases) {
            INFO(arguments.join(QLatin1Char(' ')).toStdString());
            const CliRun run = runCli(QStringList{QStringLiteral("export")} + arguments
                                      + QStringList{QStringLiteral("--out"), out, kHub});
            CHECK(run.exitCode == 2);
            CHECK(ownMessages(run.err) == QStringLiteral("spokewise-cli export: ") + message + QLatin1Char('\n') + help);
            CHECK(run.out.isEmpty());
            CHECK_FALSE(QFile::exists(out));
        }
    }
    SECTION("an output that cannot be written")
    {
        const QString unwritable = dir.filePath(QStringLiteral("no-such-dir/out"));
        for (const QString &format : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
                                      QStringLiteral("drawio"), QStringLiteral("mermaid")}) {
            INFO(format.toStdString());
            const CliRun run = runCli({QStringLiteral("export"), QStringLiteral("--to"), format,
                                       QStringLiteral("--out"), unwritable, kHub});
            CHECK(run.exitCode == 2);
            CHECK(ownMessages(run.err).startsWith(QStringLiteral("spokewise-cli export: cannot write ") + unwritable
                                     + QStringLiteral(": ")));
        }
    }
}

namespace {

// The broken-mark colour of the canvas (views/canvas/canvas_items.cpp).
int brokenPixels(const QImage &image, int rows)
{
    int n = 0;
    for (int y = 0; y < std::min(rows, image.height()); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) & 0xffffff) == 0xd03030 ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("export --overlay marks what the analysis finds broken and adds a legend", "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString plainFile = dir.filePath(QStringLiteral("plain.png"));
    const QString overlayFile = dir.filePath(QStringLiteral("overlay.png"));
    const QString overlaySvg = dir.filePath(QStringLiteral("overlay.svg"));
    exportTo(QStringLiteral("png"), plainFile);
    exportTo(QStringLiteral("png"), overlayFile, {QStringLiteral("--overlay")});
    exportTo(QStringLiteral("svg"), overlaySvg, {QStringLiteral("--overlay")});
    const QImage plain(plainFile), overlay(overlayFile);
    // The legend is a band of 76 units below the same diagram.
    CHECK(overlay.width() == plain.width());
    CHECK(overlay.height() == plain.height() + 76);
    // The example's violated intent (remote users to on-premises) is drawn in the broken colour.
    CHECK(brokenPixels(plain, plain.height()) == 0);
    CHECK(brokenPixels(overlay, plain.height() - 24) > 20);
    const SvgContent svg = readSvg(overlaySvg);
    CHECK(svg.text.contains(QStringLiteral("Routing analysis")));
    CHECK(svg.text.contains(QStringLiteral("Errors: 0, warnings: 1; intents met: 1 of 2")));
}

TEST_CASE("export --to drawio writes a diagrams.net file with every element in its container", "[cli][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("hub.drawio"));
    exportTo(QStringLiteral("drawio"), out, {QStringLiteral("--title")});

    QXmlStreamReader xml(readAll(out));
    QStringList path;
    QMap<QString, QString> parentOf; // cell id -> parent id
    QList<QPair<QString, QString>> edgeEnds;
    QString labels;
    QString currentId;
    QStringList duplicates;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto a = xml.attributes();
            const QString where = path.join(QLatin1Char('>'));
            if (where == QLatin1String("mxfile>diagram>mxGraphModel>root")) {
                currentId = a.value(QLatin1String("id")).toString();
                if (parentOf.contains(currentId))
                    duplicates << currentId;
                parentOf.insert(currentId, QString());
                labels += a.value(QLatin1String("label")).toString() + a.value(QLatin1String("value")).toString()
                          + QLatin1Char('\n');
            }
            if (xml.name() == QLatin1String("mxCell") && where.startsWith(QLatin1String("mxfile>diagram>mxGraphModel>root"))) {
                parentOf[currentId] = a.value(QLatin1String("parent")).toString();
                if (a.value(QLatin1String("edge")) == QLatin1String("1"))
                    edgeEnds.append({a.value(QLatin1String("source")).toString(), a.value(QLatin1String("target")).toString()});
            }
            path << xml.name().toString();
        } else if (xml.isEndElement()) {
            path.removeLast();
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(duplicates.isEmpty());
    CHECK(parentOf.value(QStringLiteral("0")).isEmpty());
    CHECK(parentOf.value(QStringLiteral("1")) == QStringLiteral("0"));
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
        if (it.key() != QLatin1String("0"))
            CHECK(parentOf.contains(it.value()));
    }
    CHECK(edgeEnds.size() >= 9);
    for (const auto &[source, target] : edgeEnds) {
        CHECK(parentOf.contains(source));
        CHECK(parentOf.contains(target));
    }
    // Names in full (draw.io wraps rather than elides), and the title block.
    for (const QString &name : displayedNames()) {
        INFO(name.toStdString());
        CHECK(labels.contains(name.toHtmlEscaped()));
    }
    CHECK(labels.contains(QStringLiteral("<b>Hub and spoke with P2S VPN and ExpressRoute</b>")));
    // Members sit in their containers: the hub's firewall in the hub's AzureFirewallSubnet band.
    const QString band = parentOf.value(QStringLiteral("hub-fw"));
    CHECK(parentOf.value(band) == QStringLiteral("hub"));
}
