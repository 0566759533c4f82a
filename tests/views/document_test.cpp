// The Document façade and its undo commands: every edit is one undo step, undo and redo walk the
// whole history back and forth with the saved text checked at every step.
#include "document/document.h"

#include "io/design_file.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <filesystem>

using namespace spokewise;
using namespace spokewise::views;

namespace {

QString dataFile(const char *relative)
{
    return QString::fromStdString((std::filesystem::path(SPOKEWISE_TEST_DATA_DIR) / relative).string());
}

Resource spokeVnet(const std::string &id, const std::string &name, const char *prefix)
{
    VirtualNetwork vnet;
    vnet.region = "westeurope";
    vnet.addressPrefixes = {*Prefix::parse(prefix).prefix};
    vnet.subnets.push_back({Id(id + "-app"), "app", *Prefix::parse(prefix).prefix, std::nullopt, ""});
    return {Id(id), name, "", vnet};
}

Resource peering(const std::string &id, const std::string &a, const std::string &b)
{
    VirtualNetworkPeering p;
    p.sides[0].virtualNetwork = Id(a);
    p.sides[0].allowGatewayTransit = true;
    p.sides[1].virtualNetwork = Id(b);
    p.sides[1].useRemoteGateways = true;
    return {Id(id), a + "-" + b, "", p};
}

} // namespace

TEST_CASE("Every edit is one undo step, and undo/redo walk the whole history", "[document][undo]")
{
    Document document;
    REQUIRE(document.load(dataFile("valid/small-hub.spokewise.json")).empty());
    CHECK_FALSE(document.isModified());

    std::vector<std::string> states{io::serializeDesign(document.design())};
    const auto step = [&] { states.push_back(io::serializeDesign(document.design())); };

    // Add a spoke with its peering: one gesture, one step.
    document.addResources({spokeVnet("spoke2", "Spoke2", "10.2.0.0/16"), peering("peering2", "hub", "spoke2")},
                          {{Id("spoke2"), {400, 0, 200, 120}}}, "Add spoke");
    step();
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.isModified());

    // Rename, typed letter by letter: merges into one step.
    auto spoke = *document.design().find(Id("spoke2"));
    for (const char *name : {"S", "Sp", "Spoke two"}) {
        spoke.name = name;
        document.changeResource(spoke, "Rename", "spoke2/name");
    }
    step();
    CHECK(document.undoStack()->count() == 2);

    // A drag of three mouse moves: one step.
    document.setLayout({{Id("spoke2"), {410, 0, 200, 120}}}, "Move", false);
    document.setLayout({{Id("spoke2"), {420, 5, 200, 120}}}, "Move", true);
    document.setLayout({{Id("spoke2"), {430, 10, 200, 120}}}, "Move", true);
    step();
    CHECK(document.undoStack()->count() == 3);
    CHECK(document.design().layout.elements.at(Id("spoke2")).x == 430);

    // Removing the VPN gateway takes the P2S client group with it, in one step.
    document.removeElements({Id("vpngw")}, "Delete");
    step();
    CHECK(document.design().find(Id("users")) == nullptr);
    CHECK(document.undoStack()->count() == 4);

    // Settings.
    auto assumptions = document.design().assumptions;
    assumptions.forwardedTrafficEnforcement = ForwardedTrafficEnforcement::Lenient;
    document.changeSettings("Renamed design", "With a description", assumptions, "Design settings");
    step();
    CHECK(document.undoStack()->count() == 5);

    // Every state differs from the one before: each step did something visible.
    for (std::size_t i = 1; i < states.size(); ++i)
        CHECK(states[i] != states[i - 1]);

    // Undo to the start, checking the saved text at every step; then redo to the end.
    for (int i = static_cast<int>(states.size()) - 2; i >= 0; --i) {
        document.undoStack()->undo();
        INFO("after undo to state " << i);
        CHECK(io::serializeDesign(document.design()) == states[static_cast<std::size_t>(i)]);
    }
    CHECK_FALSE(document.isModified());
    for (std::size_t i = 1; i < states.size(); ++i) {
        document.undoStack()->redo();
        INFO("after redo to state " << i);
        CHECK(io::serializeDesign(document.design()) == states[i]);
    }
    // Every intermediate state is itself a valid design file.
    for (const auto &s : states)
        CHECK(io::parseDesign(s).ok());
}

TEST_CASE("Removing a connection drops the site's policy for it; undo restores both", "[document][undo]")
{
    Document document;
    REQUIRE(document.load(dataFile("valid/every-kind.spokewise.json")).empty());
    const auto before = io::serializeDesign(document.design());

    document.removeElements({Id("s2s")}, "Delete");
    const auto &site = *document.design().find(Id("site"))->as<OnPremisesSite>();
    REQUIRE(site.connectionPolicies.size() == 1);
    CHECK(site.connectionPolicies[0].connection == Id("cs"));
    CHECK(io::parseDesign(io::serializeDesign(document.design())).ok());

    document.undoStack()->undo();
    CHECK(io::serializeDesign(document.design()) == before);
}

TEST_CASE("Removing a VNet removes its gateways, their connections and clients, and its layout", "[document][undo]")
{
    Document document;
    REQUIRE(document.load(dataFile("valid/every-kind.spokewise.json")).empty());
    const auto before = io::serializeDesign(document.design());

    document.removeElements({Id("hub")}, "Delete");
    for (const char *gone : {"hub", "vpngw", "ergw", "peer", "s2s", "v2v", "erconn", "users", "fw", "rs", "nva", "bgp",
                             "must"}) {
        INFO(gone);
        CHECK(document.design().find(Id(gone)) == nullptr);
    }
    CHECK(document.design().find(Id("spoke")) != nullptr);
    CHECK(document.design().find(Id("site")) != nullptr);
    CHECK(document.design().layout.elements.count(Id("hub-gw")) == 0);
    CHECK(io::parseDesign(io::serializeDesign(document.design())).ok());

    document.undoStack()->undo();
    CHECK(io::serializeDesign(document.design()) == before);
}

TEST_CASE("Copies get fresh ids and unique names, and references among them follow", "[document]")
{
    Document document;
    REQUIRE(document.load(dataFile("valid/small-hub.spokewise.json")).empty());
    std::map<Id, Id> renamed;
    const auto copies = document.withFreshIds({*document.design().find(Id("spoke")), *document.design().find(Id("peering"))},
                                              &renamed);
    REQUIRE(copies.size() == 2);
    CHECK(copies[0].id == Id("spoke-2"));
    CHECK(copies[0].name == "Spoke 2");
    CHECK(copies[0].as<VirtualNetwork>()->subnets[0].id == Id("spoke-app-2"));
    const auto &p = *copies[1].as<VirtualNetworkPeering>();
    CHECK(p.sides[0].virtualNetwork == Id("hub"));      // outside the copy: kept
    CHECK(p.sides[1].virtualNetwork == Id("spoke-2"));  // inside the copy: follows

    document.addResources(copies, {}, "Paste");
    CHECK(io::parseDesign(io::serializeDesign(document.design())).ok());
}

TEST_CASE("A file that fails to load leaves the open design untouched", "[document]")
{
    Document document;
    REQUIRE(document.load(dataFile("valid/small-hub.spokewise.json")).empty());
    document.setLayout({{Id("hub"), {5, 5, 0, 0}}}, "Move");
    const auto before = io::serializeDesign(document.design());
    QSignalSpy resets(&document, &Document::designReset);

    const auto diagnostics = document.load(dataFile("malformed/cidr-host-bits.json"));
    REQUIRE_FALSE(diagnostics.empty());
    CHECK(diagnostics.front().code == io::DiagCode::PrefixHostBitsSet);
    CHECK(io::serializeDesign(document.design()) == before);
    CHECK(document.isModified());
    CHECK(document.undoStack()->count() == 1);
    CHECK(document.filePath() == dataFile("valid/small-hub.spokewise.json"));
    CHECK(resets.count() == 0);
}

TEST_CASE("Saving marks the design clean; a failed save says why and keeps it modified", "[document]")
{
    QTemporaryDir dir;
    Document document;
    REQUIRE(document.load(dataFile("valid/small-hub.spokewise.json")).empty());
    document.setLayout({{Id("hub"), {5, 5, 0, 0}}}, "Move");
    REQUIRE(document.isModified());

    const auto failed = document.save(dir.filePath("missing-folder/design.spokewise.json"));
    REQUIRE(failed.has_value());
    CHECK_FALSE(failed->isEmpty());
    CHECK(document.isModified());

    const auto path = dir.filePath("design.spokewise.json");
    CHECK_FALSE(document.save(path).has_value());
    CHECK_FALSE(document.isModified());
    CHECK(document.filePath() == path);
    const auto reloaded = io::loadDesignFile(path.toStdString());
    REQUIRE(reloaded.ok());
    CHECK(*reloaded.design == document.design());
}

TEST_CASE("Listeners hear precisely what changed", "[document]")
{
    Document document;
    REQUIRE(document.load(dataFile("valid/small-hub.spokewise.json")).empty());
    QSignalSpy added(&document, &Document::resourcesAdded);
    QSignalSpy removed(&document, &Document::resourcesRemoved);
    QSignalSpy changedOne(&document, &Document::resourceChanged);
    QSignalSpy changed(&document, &Document::changed);
    const auto revision = document.revision();

    auto circuit = *document.design().find(Id("circuit"));
    circuit.as<ExpressRouteCircuit>()->tier = CircuitTier::Premium;
    document.changeResource(circuit, "Change tier");
    CHECK(changedOne.count() == 1);
    CHECK(changedOne.at(0).at(0).toString() == "circuit");
    CHECK(changed.count() == 1);
    CHECK(document.revision() > revision);

    document.removeElements({Id("users")}, "Delete");
    CHECK(removed.count() == 1);
    document.undoStack()->undo();
    CHECK(added.count() == 1);
    CHECK(added.at(0).at(0).toStringList() == QStringList{"users"});
}
