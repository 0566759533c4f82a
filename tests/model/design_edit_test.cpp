// The Qt-free rules behind editing: which connections Azure allows, what a palette drop creates,
// and how references follow removals and copies.
#include "design/connections.h"
#include "design/factory.h"
#include "design/references.h"
#include "io/design_file.h"
#include "test_support.h"
#include "validate/structure.h"

#include <catch2/catch.hpp>

using namespace spokewise;

namespace {

Design load(const char *relative)
{
    auto result = io::loadDesignFile(test::dataPath(relative));
    REQUIRE(result.ok());
    return *result.design;
}

// Applies an edit the way the Document does, and checks the design is still valid.
Design apply(Design design, const std::vector<Resource> &added, const std::vector<Resource> &changed)
{
    for (const auto &c : changed)
        *design.find(c.id) = c;
    for (const auto &a : added)
        design.resources.push_back(a);
    const auto reloaded = io::parseDesign(io::serializeDesign(design));
    INFO(io::serializeDesign(design));
    REQUIRE(reloaded.diagnostics.empty());
    CHECK(validate::checkDesign(design).empty());
    return design;
}

} // namespace

TEST_CASE("Connections offered between two elements follow what Azure allows", "[connections]")
{
    const auto design = load("valid/small-hub.spokewise.json");
    const auto options = [&](const char *a, const char *b) { return connectionOptions(design, Id(a), Id(b)); };

    // Already peered: refused with the reason.
    CHECK(options("hub", "spoke").kinds.empty());
    CHECK(options("hub", "spoke").refusal == ConnectionRefusal::AlreadyConnected);
    CHECK(options("hub", "hub").refusal == ConnectionRefusal::SameElement);
    // A gateway and a circuit of the wrong type: nothing to draw.
    CHECK(options("vpngw", "circuit").refusal == ConnectionRefusal::NoConnectionForKinds);
    // Endpoints can always carry an intent or a traffic flow, both ways round.
    CHECK(options("spoke-app", "users").kinds == std::vector{ConnectionKind::Intent, ConnectionKind::TrafficFlow});
    CHECK(options("users", "internet").kinds == std::vector{ConnectionKind::Intent, ConnectionKind::TrafficFlow});
    // A subnet and a VNet: no connection and not two endpoints.
    CHECK(options("spoke-app", "hub").refusal == ConnectionRefusal::NoConnectionForKinds);
}

TEST_CASE("Drawing a peering between a hub and a new spoke sets up gateway transit", "[connections]")
{
    auto design = load("valid/small-hub.spokewise.json");
    const auto placed = placeElement(design, PaletteKind::VirtualNetwork, std::nullopt);
    REQUIRE_FALSE(placed.refusal);
    design = apply(design, placed.added, placed.changed);
    const Id spoke2 = placed.placedId;

    // Drawn from the spoke to the hub: the hub side still gets the transit flag.
    const auto options = connectionOptions(design, spoke2, Id("hub"));
    REQUIRE(options.kinds == std::vector{ConnectionKind::Peering});
    const auto edit = makeConnection(design, ConnectionKind::Peering, spoke2, Id("hub"));
    REQUIRE(edit.added.size() == 1);
    const auto &peering = *edit.added[0].as<VirtualNetworkPeering>();
    const auto &hubSide = peering.sides[0].virtualNetwork == Id("hub") ? peering.sides[0] : peering.sides[1];
    const auto &spokeSide = peering.sides[0].virtualNetwork == Id("hub") ? peering.sides[1] : peering.sides[0];
    CHECK(hubSide.allowGatewayTransit);
    CHECK_FALSE(hubSide.useRemoteGateways);
    CHECK(spokeSide.useRemoteGateways);
    design = apply(design, edit.added, edit.changed);
    CHECK(connectionOptions(design, Id("hub"), spoke2).refusal == ConnectionRefusal::AlreadyConnected);
}

TEST_CASE("Policy-based gateways take no VNet-to-VNet connection (R-VPN-12)", "[connections]")
{
    auto design = load("valid/every-kind.spokewise.json");
    design.find(Id("vpngw2"))->as<VpnGateway>()->vpnType = VpnType::PolicyBased;
    design.resources.erase(std::remove_if(design.resources.begin(), design.resources.end(),
                                          [](const Resource &r) { return r.id == Id("v2v"); }),
                           design.resources.end());
    CHECK(connectionOptions(design, Id("vpngw"), Id("vpngw2")).refusal == ConnectionRefusal::PolicyBasedGateway);
}

TEST_CASE("A P2S attachment and a route-table association change a property, not add a resource", "[connections]")
{
    auto design = load("valid/every-kind.spokewise.json");
    const auto attach = makeConnection(design, ConnectionKind::P2sAttachment, Id("users"), Id("vhub"));
    REQUIRE(attach.added.empty());
    REQUIRE(attach.changed.size() == 1);
    CHECK(attach.changed[0].as<P2sClientGroup>()->virtualHub == Id("vhub"));
    CHECK_FALSE(attach.changed[0].as<P2sClientGroup>()->vpnGateway);

    const auto associate = makeConnection(design, ConnectionKind::RouteTableAssociation, Id("rt-nva"), Id("hub-rs"));
    REQUIRE(associate.changed.size() == 1);
    CHECK(associate.changed[0].id == Id("hub"));
    for (const auto &s : associate.changed[0].as<VirtualNetwork>()->subnets) {
        if (s.id == Id("hub-rs"))
            CHECK(s.routeTable == Id("rt-nva"));
    }
}

TEST_CASE("An intent is drawn with the expectation asked for, and named after it", "[connections]")
{
    const auto design = load("valid/small-hub.spokewise.json");
    const auto must = makeConnection(design, ConnectionKind::Intent, Id("users"), Id("spoke-app"));
    REQUIRE(must.added.size() == 1);
    CHECK(must.added[0].as<Intent>()->expectation == IntentExpectation::MustReach);
    CHECK(must.added[0].name.find(" must reach ") != std::string::npos);

    const auto mustNot = makeConnection(design, ConnectionKind::Intent, Id("users"), Id("spoke-app"),
                                        IntentExpectation::MustNotReach);
    REQUIRE(mustNot.added.size() == 1);
    const auto *intent = mustNot.added[0].as<Intent>();
    REQUIRE(intent);
    CHECK(intent->expectation == IntentExpectation::MustNotReach);
    CHECK(intent->source == Id("users"));
    CHECK(intent->destination == Id("spoke-app"));
    CHECK(mustNot.added[0].name.find(" must not reach ") != std::string::npos);
}

TEST_CASE("Dropping a gateway on a VNet adds the GatewaySubnet it needs, in free space", "[factory]")
{
    const auto design = load("valid/small-hub.spokewise.json");
    const auto edit = placeElement(design, PaletteKind::VpnGateway, Id("spoke"));
    REQUIRE_FALSE(edit.refusal);
    REQUIRE(edit.added.size() == 1);
    REQUIRE(edit.changed.size() == 1);
    const auto &subnets = edit.changed[0].as<VirtualNetwork>()->subnets;
    REQUIRE(subnets.size() == 2);
    CHECK(subnets[1].name == "GatewaySubnet");
    CHECK(subnets[1].addressPrefix.toString() == "10.1.1.0/27"); // 10.1.0.0/24 is taken by "app"
    apply(design, edit.added, edit.changed);

    // The hub already has a VPN gateway: one per VNet.
    CHECK(placeElement(design, PaletteKind::VpnGateway, Id("hub")).refusal == PlacementRefusal::AlreadyHasGateway);
    // Gateways need a VNet.
    CHECK(placeElement(design, PaletteKind::ExpressRouteGateway, std::nullopt).refusal
          == PlacementRefusal::NeedsVirtualNetwork);
}

TEST_CASE("Palette drops create valid elements with free address space", "[factory]")
{
    const auto design = load("valid/small-hub.spokewise.json");

    const auto vnet = placeElement(design, PaletteKind::VirtualNetwork, std::nullopt);
    CHECK(vnet.topLevel);
    CHECK(vnet.added[0].as<VirtualNetwork>()->addressPrefixes[0].toString() == "10.2.0.0/16");
    apply(design, vnet.added, vnet.changed);

    const auto subnet = placeElement(design, PaletteKind::Subnet, Id("spoke-app")); // dropped on a subnet: its VNet
    REQUIRE_FALSE(subnet.refusal);
    CHECK(subnet.changed[0].as<VirtualNetwork>()->subnets.back().addressPrefix.toString() == "10.1.1.0/24");
    apply(design, subnet.added, subnet.changed);

    const auto routeServer = placeElement(design, PaletteKind::RouteServer, Id("hub"));
    REQUIRE_FALSE(routeServer.refusal);
    apply(design, routeServer.added, routeServer.changed);

    const auto site = placeElement(design, PaletteKind::OnPremisesSite, std::nullopt);
    CHECK(site.added[0].as<OnPremisesSite>()->addressPrefixes[0].toString() == "172.16.0.0/16");

    const auto hub = placeElement(design, PaletteKind::VirtualHub, std::nullopt);
    REQUIRE(hub.added.size() == 2); // the hub and the Virtual WAN it needs
    CHECK(hub.added[1].as<VirtualWan>());
    apply(design, hub.added, hub.changed);

    const auto nva = placeElement(design, PaletteKind::NetworkVirtualAppliance, Id("spoke"));
    REQUIRE_FALSE(nva.refusal);
    CHECK(nva.added[0].as<NetworkVirtualAppliance>()->privateIpAddress.toString() == "10.1.0.4");
    apply(design, nva.added, nva.changed);
    CHECK(placeElement(design, PaletteKind::NetworkVirtualAppliance, std::nullopt).refusal == PlacementRefusal::NeedsSubnet);
}

TEST_CASE("A P2S client group dropped on a gateway without P2S gives it a pool", "[factory]")
{
    auto design = load("valid/small-hub.spokewise.json");
    const auto edit = placeElement(design, PaletteKind::P2sClientGroup, Id("vpngw"));
    REQUIRE_FALSE(edit.refusal);
    REQUIRE(edit.changed.size() == 1);
    const auto &config = *edit.changed[0].as<VpnGateway>()->vpnClientConfiguration;
    CHECK(config.vpnClientAddressPool[0].toString() == "172.16.0.0/24");
    CHECK(edit.added[0].as<P2sClientGroup>()->vpnGateway == Id("vpngw"));
    apply(design, edit.added, edit.changed);
}

TEST_CASE("The free-prefix search skips every taken range", "[factory]")
{
    const auto p = [](const char *t) { return *Prefix::parse(t).prefix; };
    CHECK(firstFreePrefix(p("10.0.0.0/16"), 24, {p("10.0.0.0/24"), p("10.0.1.0/25")})->toString() == "10.0.2.0/24");
    CHECK_FALSE(firstFreePrefix(p("10.0.0.0/24"), 24, {p("10.0.0.128/25")}).has_value());
    CHECK_FALSE(firstFreePrefix(p("10.0.0.0/24"), 16, {}).has_value());
}

TEST_CASE("References of every kind are found, renamed and cleaned up", "[references]")
{
    const auto design = load("valid/every-kind.spokewise.json");
    CHECK(referencesOf(*design.find(Id("site"))) == std::vector{Id("s2s"), Id("cs")});
    CHECK(referencesOf(*design.find(Id("vhub"))) == std::vector{Id("wan"), Id("hubfw")});
    CHECK(referencesOf(*design.find(Id("traffic"))) == std::vector{Id("spoke-app"), Id("site")});
    // Every reference of every element names something that exists.
    for (const auto &r : design.resources) {
        for (const auto &ref : referencesOf(r)) {
            INFO(r.id.str() << " -> " << ref.str());
            CHECK((design.find(ref) || design.findSubnet(ref).subnet || ref.str() == kInternetEndpointId));
        }
    }
    auto copy = *design.find(Id("v2v"));
    renameReferences(copy, {{Id("vpngw"), Id("vpngw-copy")}});
    CHECK(copy.as<VnetToVnetConnection>()->vpnGateways[0] == Id("vpngw-copy"));
    CHECK(copy.as<VnetToVnetConnection>()->vpnGateways[1] == Id("vpngw2"));

    // Removing the route table's subnet association and the NVA subnet.
    const auto gone = removalClosure(design, {Id("hub-nva")});
    CHECK(gone.count(Id("nva")));
    CHECK(gone.count(Id("bgp")));
    CHECK_FALSE(gone.count(Id("hub")));
    const auto hub = withoutReferencesTo(*design.find(Id("hub")), gone);
    CHECK(hub.as<VirtualNetwork>()->subnets.size() == 3);
}
