// Editing gestures through the canvas: each is one undo step, refusals say why.
#include "canvas/design_scene.h"
#include "document/document.h"
#include "editing/edit_controller.h"
#include "io/design_file.h"
#include "validate/structure.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QSignalSpy>
#include <QUndoStack>

#include <filesystem>

using namespace spokewise;
using namespace spokewise::views;

namespace {

QString fixture(const char *relative)
{
    return QString::fromStdString((std::filesystem::path(SPOKEWISE_TEST_DATA_DIR) / relative).string());
}

QPointF centreOf(DesignScene &scene, const QString &id)
{
    auto *item = scene.itemFor(id);
    REQUIRE(item);
    return item->sceneBoundingRect().center();
}

void requireValid(const Document &document)
{
    const auto text = io::serializeDesign(document.design());
    const auto reloaded = io::parseDesign(text);
    INFO(text);
    REQUIRE(reloaded.ok());
    CHECK(validate::checkDesign(*reloaded.design).empty());
}

} // namespace

TEST_CASE("Dropping a VPN gateway on a spoke adds it and its GatewaySubnet in one step", "[editing][undo]")
{
    Document document;
    REQUIRE(document.load(fixture("valid/small-hub.spokewise.json")).empty());
    DesignScene scene(&document);
    EditController controller(&document, &scene);
    const auto before = io::serializeDesign(document.design());

    REQUIRE(controller.place(PaletteKind::VpnGateway, centreOf(scene, "spoke")));
    CHECK(document.undoStack()->count() == 1);
    requireValid(document);
    CHECK(scene.selectedElementIds() == QStringList{"spoke-vpngw"});
    CHECK(scene.itemFor("spoke-gatewaysubnet"));

    document.undoStack()->undo();
    CHECK(io::serializeDesign(document.design()) == before);
}

TEST_CASE("A refused placement or connection changes nothing and says why", "[editing]")
{
    Document document;
    REQUIRE(document.load(fixture("valid/small-hub.spokewise.json")).empty());
    DesignScene scene(&document);
    EditController controller(&document, &scene);
    QSignalSpy messages(&controller, &EditController::message);

    CHECK_FALSE(controller.place(PaletteKind::VpnGateway, centreOf(scene, "hub")));
    REQUIRE(messages.count() == 1);
    CHECK(messages.takeFirst().at(0).toString().contains("R-VPN-11"));

    CHECK_FALSE(controller.connectElements("vpngw", "circuit", {}));
    REQUIRE(messages.count() == 1);
    CHECK(messages.takeFirst().at(0).toString() == "Azure has no connection between VPN gateway and Circuit.");

    CHECK_FALSE(controller.connectElements("hub", "spoke", {}));
    CHECK(messages.takeFirst().at(0).toString() == "Hub and Spoke are already connected.");
    CHECK(document.undoStack()->count() == 0);
}

TEST_CASE("Connecting two endpoints offers the kinds, and the chosen one is drawn", "[editing]")
{
    Document document;
    REQUIRE(document.load(fixture("valid/small-hub.spokewise.json")).empty());
    DesignScene scene(&document);
    EditController controller(&document, &scene);
    QStringList offered;
    REQUIRE(controller.connectElements("users", "spoke-app", [&](const QStringList &kinds) {
        offered = kinds;
        return 0;
    }));
    CHECK(offered == QStringList{"Intent: must reach", "Intent: must not reach", "Traffic flow (for the cost estimate)"});
    QApplication::processEvents();
    const auto &last = document.design().resources.back();
    REQUIRE(last.as<Intent>());
    CHECK(last.as<Intent>()->destination == Id("spoke-app"));
    CHECK(document.undoStack()->count() == 1);
    requireValid(document);
}

TEST_CASE("Copy and paste keep the configuration, with new ids and names, in one step", "[editing][undo]")
{
    Document document;
    REQUIRE(document.load(fixture("valid/small-hub.spokewise.json")).empty());
    DesignScene scene(&document);
    EditController controller(&document, &scene);

    scene.selectElements({"hub"});
    controller.copySelection();
    controller.paste();
    requireValid(document);
    CHECK(document.undoStack()->count() == 1);
    const auto *copy = document.design().find(Id("hub-2"));
    REQUIRE(copy);
    CHECK(copy->name == "Hub 2");
    // The hosted gateway and firewall came along, pointing at the copy, with their settings.
    const auto *gateway = document.design().find(Id("vpngw-2"));
    REQUIRE(gateway);
    CHECK(gateway->as<VpnGateway>()->virtualNetwork == Id("hub-2"));
    CHECK(gateway->as<VpnGateway>()->sku == VpnGatewaySku::VpnGw1AZ);
    CHECK(document.design().find(Id("fw-2"))->as<AzureFirewall>()->privateIpAddress->toString() == "10.0.1.4");
    // Address spaces are copied as they are: the copy overlaps, which the routing checks report.
    CHECK(copy->as<VirtualNetwork>()->addressPrefixes[0].toString() == "10.0.0.0/16");
    QApplication::processEvents();
    CHECK(scene.selectedElementIds().contains("hub-2"));

    document.undoStack()->undo();
    CHECK(document.design().find(Id("hub-2")) == nullptr);
}

TEST_CASE("Duplicate leaves the clipboard alone; delete removes what depends on the selection", "[editing]")
{
    Document document;
    REQUIRE(document.load(fixture("valid/small-hub.spokewise.json")).empty());
    DesignScene scene(&document);
    EditController controller(&document, &scene);

    scene.selectElements({"circuit"});
    controller.copySelection();
    scene.selectElements({"spoke"});
    controller.duplicateSelection();
    CHECK(document.design().find(Id("spoke-2")));
    controller.paste();
    CHECK(document.design().find(Id("circuit-2")));

    scene.selectElements({"vpngw"});
    controller.deleteSelection();
    CHECK(document.design().find(Id("vpngw")) == nullptr);
    CHECK(document.design().find(Id("users")) == nullptr);
    requireValid(document);
}

TEST_CASE("Align and distribute move the selected elements in one step", "[editing]")
{
    Document document;
    REQUIRE(document.load(fixture("valid/every-kind.spokewise.json")).empty());
    DesignScene scene(&document);
    EditController controller(&document, &scene);
    scene.selectElements({"site", "circuit", "circuit2"});
    controller.alignSelection(EditController::Alignment::Left);
    QApplication::processEvents();
    const auto &layout = document.design().layout.elements;
    CHECK(layout.at(Id("site")).x == layout.at(Id("circuit")).x);
    CHECK(layout.at(Id("circuit2")).x == layout.at(Id("circuit")).x);
    CHECK(document.undoStack()->count() == 1);

    controller.distributeSelection(Qt::Vertical);
    QApplication::processEvents();
    const double a = scene.itemFor("site")->sceneBoundingRect().center().y();
    const double b = scene.itemFor("circuit")->sceneBoundingRect().center().y();
    const double c = scene.itemFor("circuit2")->sceneBoundingRect().center().y();
    std::vector<double> ys{a, b, c};
    std::sort(ys.begin(), ys.end());
    CHECK(ys[1] - ys[0] == Approx(ys[2] - ys[1]));
    CHECK(document.undoStack()->count() == 2);
}
