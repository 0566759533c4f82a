#include "io/design_file.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <set>

using namespace spokewise;
using spokewise::test::dataPath;
using spokewise::test::readText;
using spokewise::test::requireSameText;

namespace {

Design loadValid(const std::string &relative)
{
    const auto result = io::loadDesignFile(dataPath(relative));
    INFO(relative);
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.ok());
    return *result.design;
}

} // namespace

TEST_CASE("A design with one element of every kind loads with its values and defaults", "[io]")
{
    const auto design = loadValid("valid/every-kind.spokewise.json");
    CHECK(design.name == "Every kind");
    CHECK(design.assumptions.p2sExpressRouteTransitViaRouteServer == P2sExpressRouteTransit::Empirical);
    CHECK(design.assumptions.forwardedTrafficEnforcement == ForwardedTrafficEnforcement::Lenient);
    CHECK(design.assumptions.peeringFlagDirection == PeeringFlagDirection::Sdk);

    // Every kind is present exactly as the fixture says.
    std::set<ResourceKind> kinds;
    for (const auto &r : design.resources)
        kinds.insert(r.kind());
    CHECK(kinds.size() == std::variant_size_v<ResourceProperties>);

    const auto *hub = design.find(Id("hub"));
    REQUIRE(hub);
    CHECK(hub->notes == "The hub of the design.");
    const auto &vnet = *hub->as<VirtualNetwork>();
    REQUIRE(vnet.subnets.size() == 4);
    CHECK(vnet.subnets[3].routeTable == Id("rt-nva"));
    CHECK(design.findSubnet(Id("hub-fw")).virtualNetwork == hub);

    // Omitted flags take Azure's defaults.
    const auto &peering = *design.find(Id("peer"))->as<VirtualNetworkPeering>();
    CHECK(peering.sides[0].allowVirtualNetworkAccess);
    CHECK_FALSE(peering.sides[0].useRemoteGateways);
    CHECK(peering.sides[1].useRemoteGateways);
    CHECK_FALSE(peering.sides[1].allowVirtualNetworkAccess);
    CHECK(peering.sides[1].peeringState == PeeringState::Initiated);

    const auto &vpn = *design.find(Id("vpngw"))->as<VpnGateway>();
    CHECK(vpn.vpnType == VpnType::RouteBased);
    CHECK(vpn.sku == VpnGatewaySku::VpnGw2AZ);
    REQUIRE(vpn.vpnClientConfiguration);
    CHECK(vpn.vpnClientConfiguration->vpnClientProtocols
          == std::vector{VpnClientProtocol::OpenVPN, VpnClientProtocol::IkeV2});
    CHECK(design.find(Id("vpngw2"))->as<VpnGateway>()->asn == kAzureDefaultAsn);

    const auto &er = *design.find(Id("ergw"))->as<ExpressRouteGateway>();
    CHECK(er.scaleUnits == 2);
    CHECK_FALSE(er.allowRemoteVnetTraffic);

    const auto &site = *design.find(Id("site"))->as<OnPremisesSite>();
    CHECK(site.bgpAsn == 65010u);
    REQUIRE(site.connectionPolicies.size() == 2);
    CHECK(site.connectionPolicies[0].asPathPrepend == 2);
    CHECK(site.connectionPolicies[1].localPreference == 200);
    CHECK_FALSE(site.connectionPolicies[1].advertisedPrefixes.has_value());

    const auto &rt = *design.find(Id("rt-spoke"))->as<RouteTable>();
    CHECK(rt.disableBgpRoutePropagation);
    CHECK(rt.routes[0].nextHopIpAddress->toString() == "10.0.1.4");
    CHECK_FALSE(rt.routes[1].nextHopIpAddress);

    const auto &vhub = *design.find(Id("vhub"))->as<VirtualHub>();
    CHECK(vhub.p2sVpnGateway->vpnClientAddressPool.size() == 1);
    CHECK(vhub.routingIntent->privateTrafficPolicy);
    CHECK_FALSE(vhub.routingIntent->internetTrafficPolicy);
    CHECK(vhub.branchRoutingConfiguration.associatedRouteTable == "defaultRouteTable");

    CHECK(design.find(Id("mustnot"))->as<Intent>()->destination == Id("internet"));
    CHECK(design.find(Id("traffic"))->as<TrafficFlow>()->returnGigabytesPerMonth == 12.5);
    CHECK(design.layout.elements.at(Id("hub-gw")).x == 10.5);
}

TEST_CASE("Saving writes the canonical form: fixed key order, defaults explicit, stable bytes", "[io]")
{
    const auto design = loadValid("valid/every-kind.spokewise.json");
    const auto text = io::serializeDesign(design);
    requireSameText(text, readText(dataPath("valid/every-kind.canonical.json")));

    // Saving an unchanged design changes no byte, and the canonical text loads back to the same design.
    const auto again = io::parseDesign(text);
    REQUIRE(again.ok());
    CHECK(*again.design == design);
    CHECK(io::serializeDesign(*again.design) == text);
}

TEST_CASE("Canonical files round-trip byte for byte", "[io]")
{
    const auto text = readText(dataPath("valid/every-kind.canonical.json"));
    const auto loaded = io::parseDesign(text);
    REQUIRE(loaded.ok());
    requireSameText(io::serializeDesign(*loaded.design), text);
}

TEST_CASE("Saving goes through a temporary file and reports failures without touching the target", "[io]")
{
    const auto design = loadValid("valid/small-hub.spokewise.json");
    const auto dir = std::filesystem::temp_directory_path() / "spokewise-save-test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto target = dir / "design.spokewise.json";

    REQUIRE_FALSE(io::saveDesignFile(design, target).has_value());
    CHECK(readText(target) == io::serializeDesign(design));
    CHECK_FALSE(std::filesystem::exists(dir / "design.spokewise.json.saving"));

    // A failing save (its folder does not exist) says why and leaves nothing behind.
    const auto error = io::saveDesignFile(design, dir / "missing" / "x.spokewise.json");
    REQUIRE(error.has_value());
    CHECK_FALSE(error->empty());
    CHECK(readText(target) == io::serializeDesign(design));
    std::filesystem::remove_all(dir);
}
