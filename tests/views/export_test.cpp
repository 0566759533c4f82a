// Diagram export as a user meets it: a draw.io file that diagrams.net can open (the structure of its
// XML: unique ids, parents and edge ends that exist, containers holding their members), the
// analysis overlay showing only when asked for, selection-only exports holding only the selection,
// and File → Export remembering its choices and explaining a failed write.
#include "canvas/design_scene.h"
#include "document/document.h"
#include "export/design_export.h"
#include "export/diagram_export.h"
#include "export/drawio_export.h"
#include "export/export_dialog.h"
#include "export/export_overlay.h"
#include "io/design_file.h"
#include "routing/analysis.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

#include <map>
#include <set>

using namespace spokewise;

namespace {

const QString kExample = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/hub-spoke-p2s-er.spokewise.json");
const QColor kBroken(0xd0, 0x30, 0x30);

Design exampleDesign()
{
    auto loaded = io::loadDesignFile(kExample.toStdString());
    REQUIRE(loaded.ok());
    return *loaded.design;
}

// One cell of a draw.io file, whether written as a bare <mxCell> or wrapped in an <object>.
struct Cell
{
    QString id;
    QString label; // plain text of the (HTML) label
    QString spokewiseId;
    QString parent;
    QString source;
    QString target;
    QString style;
    bool vertex = false;
    bool edge = false;
    QRectF geometry;
};

struct Drawio
{
    QList<Cell> cells;
    std::map<QString, Cell> byId;
    QStringList duplicateIds;
};

// Reads a draw.io file as diagrams.net would: mxfile > diagram > mxGraphModel > root > cells.
Drawio readDrawio(const QByteArray &bytes)
{
    Drawio d;
    QXmlStreamReader xml(bytes);
    QStringList path;
    Cell cell;
    bool rootSeen = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QXmlStreamAttributes a = xml.attributes();
            const QString parent = path.join('>');
            if (parent == "mxfile>diagram>mxGraphModel" && name == "root")
                rootSeen = true;
            if (parent == "mxfile>diagram>mxGraphModel>root") {
                cell = Cell();
                cell.id = a.value("id").toString();
                if (name == "object" || name == "UserObject") {
                    cell.label = QTextDocumentFragment::fromHtml(a.value("label").toString()).toPlainText();
                    cell.spokewiseId = a.value("spokewiseId").toString();
                } else {
                    CHECK(name == "mxCell");
                    cell.label = QTextDocumentFragment::fromHtml(a.value("value").toString()).toPlainText();
                }
            }
            if (name == "mxCell" && parent.startsWith("mxfile>diagram>mxGraphModel>root")) {
                if (parent.endsWith("object"))
                    CHECK_FALSE(a.hasAttribute("id")); // the wrapper carries it
                cell.parent = a.value("parent").toString();
                cell.source = a.value("source").toString();
                cell.target = a.value("target").toString();
                cell.style = a.value("style").toString();
                cell.vertex = a.value("vertex") == QLatin1String("1");
                cell.edge = a.value("edge") == QLatin1String("1");
            }
            if (name == "mxGeometry" && parent.endsWith("mxCell")) {
                cell.geometry = QRectF(a.value("x").toDouble(), a.value("y").toDouble(), a.value("width").toDouble(),
                                       a.value("height").toDouble());
            }
            path << name;
        } else if (xml.isEndElement()) {
            path.removeLast();
            if (path.join('>') == "mxfile>diagram>mxGraphModel>root") {
                if (d.byId.count(cell.id))
                    d.duplicateIds << cell.id;
                d.byId[cell.id] = cell;
                d.cells << cell;
            }
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(rootSeen);
    return d;
}

// The structure every draw.io file must have, whatever it shows.
void checkDrawioStructure(const Drawio &d)
{
    CHECK(d.duplicateIds.isEmpty());
    REQUIRE(d.cells.size() >= 2);
    CHECK(d.cells[0].id == "0");
    CHECK(d.cells[0].parent.isEmpty());
    CHECK(d.cells[1].id == "1");
    CHECK(d.cells[1].parent == "0");
    std::set<QString> seen;
    for (const Cell &c : d.cells) {
        INFO(c.id.toStdString());
        CHECK((c.vertex != c.edge || c.id == "0" || c.id == "1"));
        if (c.id != "0") {
            // Parents come first, as draw.io reads them.
            CHECK(seen.count(c.parent) == 1);
        }
        if (c.edge) {
            CHECK(d.byId.count(c.source) == 1);
            CHECK(d.byId.count(c.target) == 1);
            CHECK(c.style.contains("edgeStyle=orthogonalEdgeStyle"));
        }
        if (c.vertex) {
            CHECK(c.geometry.width() > 0);
            CHECK(c.geometry.height() > 0);
        }
        seen.insert(c.id);
    }
}

QStringList cellLabels(const Drawio &d)
{
    QStringList labels;
    for (const Cell &c : d.cells)
        labels << c.label;
    return labels;
}

// The cell standing for `elementId` (its own cell, not a band or hosted node of it).
const Cell *cellFor(const Drawio &d, const QString &elementId)
{
    const auto it = d.byId.find(elementId);
    return it == d.byId.end() ? nullptr : &it->second;
}

int countColour(const QImage &image, const QColor &colour, int maxY)
{
    int n = 0;
    for (int y = 0; y < std::min(maxY, image.height()); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += QColor(image.pixel(x, y)).rgb() == colour.rgb() ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("The draw.io export holds every element, in its container, with connectors between cells", "[export]")
{
    views::Document document;
    const Design design = exampleDesign();
    document.reset(design);
    const views::DesignScene scene(&document);
    views::DiagramExportOptions options;
    options.title = QString::fromStdString(design.name);
    const Drawio d = readDrawio(views::DrawioExporter(&scene, options).toXml());
    checkDrawioStructure(d);

    // Every resource drawn on the canvas is a cell with its name; every subnet a band in its VNet.
    const QStringList labels = cellLabels(d);
    for (const Resource &r : design.resources) {
        const QString id = QString::fromStdString(r.id.str());
        const QString name = QString::fromStdString(r.name);
        INFO(id.toStdString());
        if (auto *item = scene.itemFor(id)) {
            const Cell *cell = cellFor(d, id);
            REQUIRE(cell);
            CHECK(cell->vertex);
            CHECK(cell->label.startsWith(item->label().title));
            CHECK(cell->spokewiseId == id);
        }
        if (const auto *vnet = r.as<VirtualNetwork>()) {
            CHECK(cellFor(d, id)->style.contains("container=1"));
            for (const Subnet &s : vnet->subnets) {
                const Cell *band = cellFor(d, QString::fromStdString(s.id.str()));
                REQUIRE(band);
                CHECK(band->parent == id);
                CHECK(band->label.startsWith(QString::fromStdString(s.name)));
            }
        }
        // Gateways, firewalls and the like sit in a band of their VNet: relative geometry inside it.
        if (const auto *g = r.as<VpnGateway>()) {
            const Cell *cell = cellFor(d, id);
            const Cell *band = cellFor(d, cell->parent);
            REQUIRE(band);
            CHECK(band->parent == QString::fromStdString(g->virtualNetwork.str()));
            CHECK(band->label.startsWith("GatewaySubnet"));
            CHECK(cell->geometry.right() <= band->geometry.width());
            CHECK(cell->geometry.bottom() <= band->geometry.height());
        }
        if (r.as<VirtualNetworkPeering>() || r.as<SiteToSiteConnection>() || r.as<ExpressRouteConnection>()
            || r.as<Intent>()) {
            const auto edge = std::find_if(d.cells.begin(), d.cells.end(),
                                           [&](const Cell &c) { return c.edge && c.spokewiseId == id; });
            CHECK(edge != d.cells.end());
        }
    }
    // Positions match the canvas: a top-level box's offset from another is the same in both.
    const Cell *hub = cellFor(d, "hub");
    REQUIRE(hub);
    for (const Resource &r : design.resources) {
        const QString id = QString::fromStdString(r.id.str());
        auto *item = scene.itemFor(id);
        const Cell *cell = cellFor(d, id);
        if (!item || item->parentItem() || !cell)
            continue;
        INFO(id.toStdString());
        CHECK(cell->geometry.topLeft() - hub->geometry.topLeft()
              == item->scenePos() - scene.itemFor("hub")->scenePos());
        CHECK(cell->geometry.size() == item->boundingRect().size());
    }
    // Each connector's cell ends are the boxes the canvas connects.
    int edges = 0;
    for (const auto *link : scene.links()) {
        const auto edge = std::find_if(d.cells.begin(), d.cells.end(), [&](const Cell &c) {
            return c.edge && c.spokewiseId == link->elementId()
                   && d.byId.at(c.source).spokewiseId == scene.itemFor(link->fromId())->elementId()
                   && d.byId.at(c.target).spokewiseId == scene.itemFor(link->toId())->elementId();
        });
        CHECK(edge != d.cells.end());
        ++edges;
    }
    CHECK(std::count_if(d.cells.begin(), d.cells.end(), [](const Cell &c) { return c.edge; }) == edges);
    // Icons are the bundled SVGs inside the cell's style, so each shape stays one editable cell.
    CHECK(hub->style.contains("image=data:image/svg+xml,PHN2Zy")); // "<svg" in base64
    CHECK_FALSE(hub->style.contains(";base64"));
}

TEST_CASE("The analysis overlay shows only when asked for, with its legend", "[export]")
{
    const Design design = exampleDesign();
    views::Document document;
    document.reset(design);
    const routing::Analysis analysis = routing::analyze(design);
    REQUIRE(analysis.hasErrors()); // the example's "remote users to on-premises" intent is violated

    views::DesignScene plainScene(&document);
    views::DiagramExportOptions plain;
    const views::DiagramExporter without(&plainScene, plain);

    views::DesignScene markedScene(&document);
    views::DiagramExportOptions marked;
    views::applyAnalysisOverlay(&markedScene, analysis, &marked);
    CHECK(marked.overlay);
    CHECK(marked.legend.summary.contains("intents met: 1 of 2"));
    const views::DiagramExporter with(&markedScene, marked);

    // The legend adds a band below the same diagram.
    CHECK(with.size() == without.size() + QSize(0, views::DiagramExporter::legendHeight));
    const QImage a = without.toImage();
    const QImage b = with.toImage();
    // The violated intent's connector is drawn in the broken colour, in the diagram itself.
    CHECK(countColour(a, kBroken, a.height()) == 0);
    CHECK(countColour(b, kBroken, a.height() - views::DiagramExporter::margin) > 20);

    // draw.io: the same connector's stroke, and a legend cell.
    const Drawio d = readDrawio(views::DrawioExporter(&markedScene, marked).toXml());
    checkDrawioStructure(d);
    const auto violated = std::find_if(d.cells.begin(), d.cells.end(),
                                       [](const Cell &c) { return c.spokewiseId == "remote-users-to-onprem"; });
    REQUIRE(violated != d.cells.end());
    CHECK(violated->style.contains("strokeColor=#d03030"));
    CHECK(cellFor(d, "legend"));
    const Drawio p = readDrawio(views::DrawioExporter(&plainScene, plain).toXml());
    CHECK_FALSE(cellFor(p, "legend"));
    for (const Cell &c : p.cells)
        CHECK_FALSE(c.style.contains("#d03030"));
}

TEST_CASE("Selection-only exports hold the selected elements and the connectors between them only", "[export]")
{
    const Design design = exampleDesign();
    views::Document document;
    document.reset(design);
    const views::DesignScene scene(&document);
    views::DiagramExportOptions options;
    options.elementIds = {"hub", "spoke1"};
    const Drawio d = readDrawio(views::DrawioExporter(&scene, options).toXml());
    checkDrawioStructure(d);

    std::set<QString> elements;
    for (const Cell &c : d.cells) {
        if (!c.spokewiseId.isEmpty() && c.vertex)
            elements.insert(c.spokewiseId);
    }
    // The two VNets with their subnets and the gateways inside the hub; no site, circuit or spoke2.
    CHECK(elements.count("hub") == 1);
    CHECK(elements.count("spoke1") == 1);
    CHECK(elements.count("hub-vpn-gw") == 1);
    CHECK(elements.count("spoke2") == 0);
    for (const Resource &r : design.resources) {
        if (r.as<OnPremisesSite>() || r.as<ExpressRouteCircuit>() || r.as<P2sClientGroup>())
            CHECK(elements.count(QString::fromStdString(r.id.str())) == 0);
    }
    // Only the peering between them among the connectors.
    QStringList edges;
    for (const Cell &c : d.cells) {
        if (c.edge)
            edges << c.spokewiseId;
    }
    REQUIRE(edges.size() == 1);
    const Resource *peering = design.find(Id(edges.front().toStdString()));
    REQUIRE(peering);
    CHECK(peering->as<VirtualNetworkPeering>());

    // The picture is cut to the selection: smaller than the whole design.
    const views::DiagramExporter whole(&scene, views::DiagramExportOptions{});
    const views::DiagramExporter part(&scene, options);
    CHECK(part.size().width() * part.size().height() < whole.size().width() * whole.size().height());
    const QRectF both = scene.itemFor("hub")->sceneBoundingRect().united(scene.itemFor("spoke1")->sceneBoundingRect());
    if (const QString shots = qEnvironmentVariable("SPOKEWISE_SCREENSHOT_DIR"); !shots.isEmpty())
        part.toImage().save(shots + "/export-selection.png");
    CHECK(part.size() == (both.size() + QSizeF(2 * views::DiagramExporter::margin, 2 * views::DiagramExporter::margin)).toSize());

    // Ids that are not on the diagram export nothing and say so.
    views::DiagramExportOptions none;
    none.elementIds = {"no-such-element"};
    QTemporaryDir dir;
    QString error;
    CHECK_FALSE(views::DiagramExporter(&scene, none).write(views::DiagramFormat::Png, dir.filePath("x.png"), &error));
    CHECK(error == "none of the elements to export is on the diagram");
    CHECK_FALSE(QFile::exists(dir.filePath("x.png")));
}

TEST_CASE("File → Export remembers its choices and explains a failed write", "[export][designer]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Design design = exampleDesign();
    views::Document document;
    document.reset(design);
    QSettings settings(dir.filePath("settings.ini"), QSettings::IniFormat);

    views::ExportChoices wanted;
    wanted.format = views::ExportFormat::DrawIo;
    wanted.transparent = true;
    wanted.titleBlock = true;
    wanted.overlay = true;
    wanted.selectionOnly = true;
    wanted.scale = 2.5;
    wanted.fileName = dir.filePath("hub.drawio");
    {
        views::ExportDialog dialog(&document);
        // Without a selection or an analysis, those two options cannot be chosen.
        dialog.setChoices(wanted);
        CHECK_FALSE(dialog.findChildren<QCheckBox *>()[3]->isEnabled());
        CHECK_FALSE(dialog.choices().selectionOnly);
        CHECK_FALSE(dialog.choices().overlay);
        dialog.setSelection({"hub"});
        dialog.setAnalysis(std::make_shared<const routing::Analysis>(routing::analyze(design)));
        CHECK(dialog.choices() == wanted);
        dialog.accept();
        CHECK(dialog.errorText().isEmpty());
        CHECK(dialog.result() == QDialog::Accepted);
        dialog.saveSettings(settings);
    }
    const Drawio d = [&] {
        QFile file(wanted.fileName);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return readDrawio(file.readAll());
    }();
    CHECK(cellFor(d, "hub"));
    CHECK_FALSE(cellFor(d, "spoke1"));
    CHECK(cellFor(d, "legend"));
    CHECK(cellFor(d, "title"));

    // A new dialog starts from the same choices, in the same folder.
    views::ExportDialog again(&document);
    again.setSelection({"hub"});
    again.setAnalysis(std::make_shared<const routing::Analysis>(routing::analyze(design)));
    again.loadSettings(settings);
    views::ExportChoices remembered = again.choices();
    CHECK(remembered.format == views::ExportFormat::DrawIo);
    CHECK(remembered.scale == 2.5);
    CHECK(remembered.transparent);
    CHECK(remembered.titleBlock);
    CHECK(remembered.overlay);
    CHECK(remembered.selectionOnly);
    CHECK(QFileInfo(remembered.fileName).absolutePath() == QFileInfo(wanted.fileName).absolutePath());
    CHECK(remembered.fileName.endsWith(".drawio"));

    // Another format changes the file's extension, and only the options that apply stay enabled.
    again.setChoices({views::ExportFormat::Mermaid, 1, false, false, false, false, {}});
    CHECK(again.choices().fileName.endsWith(".mmd"));
    CHECK_FALSE(again.choices().overlay);

    // An unwritable path: the reason shows, the dialog stays open with every choice kept.
    wanted.fileName = dir.filePath("no-such-dir/hub.png");
    wanted.format = views::ExportFormat::Png;
    again.setChoices(wanted);
    again.setResult(QDialog::Rejected);
    again.accept();
    CHECK(again.result() == QDialog::Rejected);
    CHECK(again.errorText().startsWith("Could not export to " + QDir::toNativeSeparators(wanted.fileName) + ": "));
    CHECK(again.errorText().size() > QString("Could not export to " + wanted.fileName + ": ").size());
    CHECK(again.choices() == wanted);
    if (const QString shots = qEnvironmentVariable("SPOKEWISE_SCREENSHOT_DIR"); !shots.isEmpty())
        again.grab().save(shots + "/export-dialog.png");
}
