// The canvas mirrors the design: every element is drawn, gestures become Document edits, and the
// examples render (set SPOKEWISE_SCREENSHOT_DIR to keep PNGs of them).
#include "canvas/canvas_style.h"
#include "canvas/canvas_view.h"
#include "canvas/design_scene.h"
#include "document/document.h"
#include "io/design_file.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QSvgRenderer>
#include <QTest>
#include <QUndoStack>

#include <cmath>

#include <filesystem>

using namespace spokewise;
using namespace spokewise::views;

namespace {

QString sourceFile(const std::string &relative)
{
    return QString::fromStdString((std::filesystem::path(SPOKEWISE_SOURCE_DIR) / relative).string());
}

const std::vector<std::string> &examples()
{
    static const std::vector<std::string> list = {
        "hub-spoke-p2s-er", "er-vpn-failover",
        "p2s-routing/01-isolated-vnet", "p2s-routing/02-peered-vnets", "p2s-routing/03-v2v-static",
        "p2s-routing/04-v2v-bgp", "p2s-routing/05-s2s-static", "p2s-routing/06-s2s-bgp",
        "p2s-routing/07-chain-s2s-static", "p2s-routing/08-chain-s2s-bgp",
    };
    return list;
}

// Whether the scene shows this resource: as an item, or as a connector selecting it.
bool drawn(const DesignScene &scene, const Resource &r)
{
    if (scene.itemFor(toQString(r.id)))
        return true;
    for (const auto *link : scene.links()) {
        if (link->elementId() == toQString(r.id))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Every element of every example is drawn on the canvas", "[canvas]")
{
    const QString shots = qEnvironmentVariable("SPOKEWISE_SCREENSHOT_DIR");
    for (const auto &name : examples()) {
        INFO(name);
        Document document;
        REQUIRE(document.load(sourceFile("resources/examples/" + name + ".spokewise.json")).empty());
        DesignScene scene(&document);
        for (const auto &r : document.design().resources) {
            INFO(r.id.str());
            CHECK(drawn(scene, r));
            if (const auto *vnet = r.as<VirtualNetwork>()) {
                for (const auto &s : vnet->subnets)
                    CHECK(scene.itemFor(toQString(s.id)));
            }
        }
        if (!shots.isEmpty()) {
            CanvasView view(&scene);
            view.resize(1400, 900);
            view.show();
            view.fitDesign();
            QApplication::processEvents();
            QDir().mkpath(shots);
            view.grab().save(shots + QLatin1Char('/') + QString::fromStdString(name).replace('/', '-') + ".png");
            // The same on a dark palette: the diagram must read there too.
            const QPalette light = QApplication::palette();
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
            updateCanvasStyle(dark);
            view.viewport()->update();
            view.grab().save(shots + QLatin1Char('/') + QString::fromStdString(name).replace('/', '-') + "-dark.png");
            updateCanvasStyle(light);
        }
    }
}

TEST_CASE("Every example is drawn like a diagram: containers apart, nodes outside them", "[canvas]")
{
    for (const auto &name : examples()) {
        INFO(name);
        Document document;
        REQUIRE(document.load(sourceFile("resources/examples/" + name + ".spokewise.json")).empty());
        DesignScene scene(&document);
        QList<QRectF> containers;
        QList<QPair<QString, QRectF>> nodes;
        for (auto *item : scene.items()) {
            if (item->parentItem())
                continue;
            if (auto *container = qgraphicsitem_cast<ContainerItem *>(item))
                containers.append(container->sceneBoundingRect());
            else if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
                nodes.append({node->elementId(), node->sceneBoundingRect()});
        }
        for (int i = 0; i < containers.size(); ++i) {
            for (int j = 0; j < i; ++j)
                CHECK_FALSE(containers[i].intersects(containers[j]));
        }
        for (const auto &[id, box] : nodes) {
            INFO(id.toStdString());
            for (const auto &c : containers)
                CHECK_FALSE(c.intersects(box));
            for (const auto &[other, otherBox] : nodes) {
                if (other != id)
                    CHECK_FALSE(box.intersects(otherBox));
            }
        }
    }
}

TEST_CASE("The canvas's icons are all bundled and valid", "[canvas]")
{
    for (const char *icon : {"virtual-network", "subnet", "vpn-gateway", "expressroute-gateway", "expressroute-circuit",
                             "azure-firewall", "route-server", "nva", "on-premises-site", "p2s-client-group",
                             "virtual-wan", "virtual-hub", "route-table", "internet"}) {
        INFO(icon);
        QSvgRenderer renderer(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon)));
        CHECK(renderer.isValid());
    }
}

TEST_CASE("Dragging an element is one undo step and the model follows the drag", "[canvas][undo]")
{
    Document document;
    REQUIRE(document.load(sourceFile("tests/data/valid/small-hub.spokewise.json")).empty());
    DesignScene scene(&document);
    CanvasView view(&scene);
    view.resize(1000, 700);
    view.show();
    view.setZoom(1.0, QPointF(0, 0));
    QApplication::processEvents();

    auto *spoke = scene.itemFor("spoke");
    REQUIRE(spoke);
    const QPointF start = spoke->pos();
    const QPoint press = view.mapFromScene(spoke->sceneBoundingRect().topLeft() + QPointF(60, 12));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, press);
    for (int step = 1; step <= 4; ++step) {
        QMouseEvent move(QEvent::MouseMove, press + QPoint(step * 25, step * 10), view.viewport()->mapToGlobal(press + QPoint(step * 25, step * 10)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view.viewport(), &move);
    }
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, press + QPoint(100, 40));

    const auto &box = document.design().layout.elements.at(Id("spoke"));
    CHECK(box.x == spoke->pos().x());
    CHECK(box.y == spoke->pos().y());
    CHECK(spoke->pos() != start);
    // Snapped to the 20 px grid.
    CHECK(std::fmod(box.x, 20.0) == 0);
    CHECK(document.undoStack()->count() == 1);
    document.undoStack()->undo();
    QApplication::processEvents();
    CHECK(scene.itemFor("spoke")->pos() == start);
}

TEST_CASE("A structure change redraws the canvas with the selection kept", "[canvas]")
{
    Document document;
    REQUIRE(document.load(sourceFile("tests/data/valid/small-hub.spokewise.json")).empty());
    DesignScene scene(&document);
    scene.selectElements({"spoke"});
    auto circuit = *document.design().find(Id("circuit"));
    circuit.name = "Main circuit";
    document.changeResource(circuit, "Rename");
    QApplication::processEvents();
    CHECK(scene.itemFor("circuit")->label().title == "Main circuit");
    CHECK(scene.selectedElementIds() == QStringList{"spoke"});

    document.removeElements({Id("vpngw")}, "Delete");
    QApplication::processEvents();
    CHECK(scene.itemFor("vpngw") == nullptr);
    CHECK(scene.itemFor("users") == nullptr);
}
