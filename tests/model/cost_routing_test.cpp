// Traffic priced along the paths the routing engine walks (cost/traffic_routing.h): the segments
// read from real walks, and the figures they cost, computed by hand from the bundled catalog.

#include "cost/traffic_routing.h"
#include "cost_test_support.h"
#include "routing/analysis.h"
#include "routing_support.h"

#include <catch2/catch.hpp>

#include <tuple>

using namespace spokewise;
using namespace spokewise::cost;
using namespace spokewise::test;

namespace {

using Kind = TrafficSegmentKind;

TrafficSegment seg(Kind kind, const char *element, const char *from = "", const char *to = "")
{
    return TrafficSegment{kind, Id(element), Id(from), Id(to)};
}

// Hub and two spokes in West Europe. The spokes send 10.0.0.0/8 to the hub's Azure Firewall and
// use the hub's gateways: an ExpressRoute gateway to the data centre "dc" over circuit "cm", and a
// VPN gateway to the branch "branch" over a static S2S tunnel (the branch routes 10.0.0.0/8 into it).
DesignBuilder hubAndSpokes(CircuitFamily family = CircuitFamily::MeteredData)
{
    DesignBuilder b;
    b.vnet("hub", {"10.0.0.0/16"}, {{"GatewaySubnet", "10.0.0.0/24"}, {"AzureFirewallSubnet", "10.0.1.0/26"}});
    b.vnet("spoke1", {"10.1.0.0/16"}, {{"app", "10.1.0.0/24"}});
    b.vnet("spoke2", {"10.2.0.0/16"}, {{"app", "10.2.0.0/24"}});
    for (const char *p : {"p1", "p2"}) {
        auto &peering = b.transitPeer(p, "hub", p == std::string("p1") ? "spoke1" : "spoke2");
        peering.sides[0].allowForwardedTraffic = true;
        peering.sides[1].allowForwardedTraffic = true;
    }
    AzureFirewall fw;
    fw.virtualNetwork = Id("hub");
    fw.privateIpAddress = ip("10.0.1.4");
    fw.networkRules = {NetworkRule{"all", RuleAction::Allow, {}, {}}};
    b.add("fw", fw);
    b.routeTable("rt", {udr("via-fw", "10.0.0.0/8", NextHopType::VirtualAppliance, "10.0.1.4")});
    b.attach("spoke1-app", "rt");
    b.attach("spoke2-app", "rt");

    b.erGateway("ergw", "hub");
    b.circuit("cm").family = family;
    b.erConnection("erc", "ergw", "cm");
    b.site("dc", {"192.168.0.0/16"}, 65010);
    b.circuitSite("cs", "cm", "dc");

    b.vpnGateway("vpngw", "hub");
    b.site("branch", {"172.16.0.0/16"});
    b.s2s("s2s", "vpngw", "branch", {"172.16.0.0/16"});
    b.get<OnPremisesSite>("branch").connectionPolicies.push_back(
            SiteConnectionPolicy{Id("s2s"), std::nullopt, 0, 100, pfxs({"10.0.0.0/8"})});
    b.site("nowhere", {"198.18.0.0/16"});
    return b;
}

const TrafficPath &pathOf(const TrafficInput &in, const char *flow, FlowDirection direction)
{
    for (const auto &p : in.paths) {
        if (p.flow.str() == flow && p.direction == direction)
            return p;
    }
    FAIL("no path for " << flow);
    throw;
}

double monthlyOf(const CostEstimate &e, const char *element, CostLineCode code, const char *flow = nullptr)
{
    double sum = 0;
    for (const auto &l : e.lines) {
        if (l.element.str() == element && l.code == code && (!flow || l.trafficFlow.str() == flow))
            sum += l.monthly;
    }
    return sum;
}

double trafficTotal(const CostEstimate &e)
{
    double sum = 0;
    for (const auto &l : e.lines) {
        if (!l.trafficFlow.empty() || l.code == CostLineCode::InternetEgressTier)
            sum += l.monthly;
    }
    return sum;
}

} // namespace

TEST_CASE("spoke to spoke through the hub firewall: two peerings and the firewall, each way", "[cost][routing]")
{
    DesignBuilder b = hubAndSpokes();
    b.add("f", flow("spoke1-app", "spoke2-app", 100, 50));
    const auto analysis = routing::analyze(b.design);
    const TrafficInput in = trafficFromRouting(b.design, analysis);
    REQUIRE(in.unrouted.empty());
    REQUIRE(in.paths.size() == 2);
    CHECK(pathOf(in, "f", FlowDirection::Forward)
          == TrafficPath{Id("f"), FlowDirection::Forward, 100,
                         {seg(Kind::PeeringTransfer, "p1", "spoke1", "hub"), seg(Kind::FirewallProcessing, "fw"),
                          seg(Kind::PeeringTransfer, "p2", "hub", "spoke2")}});
    CHECK(pathOf(in, "f", FlowDirection::Return)
          == TrafficPath{Id("f"), FlowDirection::Return, 50,
                         {seg(Kind::PeeringTransfer, "p2", "spoke2", "hub"), seg(Kind::FirewallProcessing, "fw"),
                          seg(Kind::PeeringTransfer, "p1", "hub", "spoke1")}});

    const CostEstimate e = estimateWithRouting(b.design, bundledCatalog(), &analysis);
    // Each peering: 150 GB out at $0.01 and 150 GB in at $0.01 = $3.00; firewall: 150 GB x $0.016 = $2.40.
    CHECK(monthlyOf(e, "p1", CostLineCode::PeeringOutbound) == Approx(1.50));
    CHECK(monthlyOf(e, "p1", CostLineCode::PeeringInbound) == Approx(1.50));
    CHECK(monthlyOf(e, "p2", CostLineCode::PeeringOutbound) + monthlyOf(e, "p2", CostLineCode::PeeringInbound)
          == Approx(3.00));
    CHECK(monthlyOf(e, "fw", CostLineCode::FirewallDataProcessed) == Approx(2.40));
    CHECK(trafficTotal(e) == Approx(8.40));
    CHECK(e.unpriced.empty());
}

TEST_CASE("spoke to on-premises over ExpressRoute: gateway transit and the circuit's egress", "[cost][routing]")
{
    SECTION("metered circuit: outbound data charged, inbound free")
    {
        DesignBuilder b = hubAndSpokes(CircuitFamily::MeteredData);
        b.add("f", flow("spoke1-app", "dc", 200, 1000));
        const auto analysis = routing::analyze(b.design);
        const TrafficInput in = trafficFromRouting(b.design, analysis);
        REQUIRE(in.unrouted.empty());
        CHECK(pathOf(in, "f", FlowDirection::Forward).segments
              == std::vector{seg(Kind::PeeringTransfer, "p1", "spoke1", "hub"), seg(Kind::ExpressRouteEgress, "cm")});
        CHECK(pathOf(in, "f", FlowDirection::Return).segments
              == std::vector{seg(Kind::PeeringTransfer, "p1", "hub", "spoke1")});
        const CostEstimate e = estimateWithRouting(b.design, bundledCatalog(), &analysis);
        // Peering: 1,200 GB x ($0.01 + $0.01) = $24.00; egress: 200 GB x $0.025 = $5.00.
        CHECK(monthlyOf(e, "cm", CostLineCode::ExpressRouteMeteredEgress) == Approx(5.00));
        CHECK(trafficTotal(e) == Approx(29.00));
    }
    SECTION("unlimited circuit: the same path, no egress line")
    {
        DesignBuilder b = hubAndSpokes(CircuitFamily::UnlimitedData);
        b.add("f", flow("spoke1-app", "dc", 200, 1000));
        const CostEstimate e = estimateWithRouting(b.design, bundledCatalog(), nullptr);
        CHECK(monthlyOf(e, "cm", CostLineCode::ExpressRouteMeteredEgress) == 0);
        CHECK(linesOf(e, "cm", CostLineCode::ExpressRouteMeteredEgress).empty());
        CHECK(trafficTotal(e) == Approx(24.00));
    }
}

TEST_CASE("spoke to a branch over S2S VPN: billed as Internet data out", "[cost][routing]")
{
    DesignBuilder b = hubAndSpokes();
    b.add("f", flow("spoke1-app", "branch", 300, 40));
    const auto analysis = routing::analyze(b.design);
    const TrafficInput in = trafficFromRouting(b.design, analysis);
    REQUIRE(in.unrouted.empty());
    CHECK(pathOf(in, "f", FlowDirection::Forward).segments
          == std::vector{seg(Kind::PeeringTransfer, "p1", "spoke1", "hub"), seg(Kind::InternetEgress, "vpngw")});
    CHECK(pathOf(in, "f", FlowDirection::Return).segments
          == std::vector{seg(Kind::PeeringTransfer, "p1", "hub", "spoke1")});
    const CostEstimate e = estimateWithRouting(b.design, bundledCatalog(), &analysis);
    // Peering: 340 GB x $0.02 = $6.80; Internet out: first 100 GB free, 200 GB x $0.087 = $17.40.
    CHECK(monthlyOf(e, "", CostLineCode::InternetEgressTier) == Approx(17.40));
    CHECK(trafficTotal(e) == Approx(24.20));
}

TEST_CASE("VNet to VNet through a Standard Virtual WAN hub: hub data processing", "[cost][routing]")
{
    DesignBuilder b;
    b.add("wan", VirtualWan{});
    VirtualHub hub;
    hub.virtualWan = Id("wan");
    hub.region = "westeurope";
    hub.addressPrefix = pfx("10.100.0.0/23");
    b.add("vh", hub);
    b.vnet("a", {"10.10.0.0/16"}, {{"app", "10.10.0.0/24"}});
    b.vnet("c", {"10.20.0.0/16"}, {{"app", "10.20.0.0/24"}});
    b.add("ca", VirtualHubConnection{Id("vh"), Id("a"), {}});
    b.add("cc", VirtualHubConnection{Id("vh"), Id("c"), {}});
    b.add("f", flow("a-app", "c-app", 500, 250));
    const auto analysis = routing::analyze(b.design);
    const TrafficInput in = trafficFromRouting(b.design, analysis);
    REQUIRE(in.unrouted.empty());
    CHECK(pathOf(in, "f", FlowDirection::Forward).segments == std::vector{seg(Kind::HubProcessing, "vh")});
    CHECK(pathOf(in, "f", FlowDirection::Return).segments == std::vector{seg(Kind::HubProcessing, "vh")});
    const CostEstimate e = estimateWithRouting(b.design, bundledCatalog(), &analysis);
    // 750 GB x $0.02 = $15.00.
    CHECK(monthlyOf(e, "vh", CostLineCode::HubDataProcessed) == Approx(15.00));
    CHECK(trafficTotal(e) == Approx(15.00));
}

TEST_CASE("a flow with no working path is not priced, never zero", "[cost][routing]")
{
    DesignBuilder b = hubAndSpokes();
    b.add("f", flow("spoke1-app", "nowhere", 10, 5));
    const auto analysis = routing::analyze(b.design);
    const TrafficInput in = trafficFromRouting(b.design, analysis);
    CHECK(in.paths.empty());
    const auto verdict = analysis.trace(Id("spoke1-app"), Id("nowhere"));
    const std::string code = std::string(enumName(verdict.verdict)) + "/" + std::string(enumName(verdict.reason));
    CHECK(code.rfind("unreachable/", 0) == 0);
    CHECK(in.unrouted
          == std::vector<UnroutedFlow>{{Id("f"), FlowDirection::Forward, code}, {Id("f"), FlowDirection::Return, code}});

    const CostEstimate e = estimateWithRouting(b.design, bundledCatalog(), &analysis);
    CHECK(trafficTotal(e) == 0);
    REQUIRE(e.unpriced.size() == 2);
    for (const auto &u : e.unpriced) {
        CHECK(u.trafficFlow == Id("f"));
        CHECK(u.code == CostLineCode::TrafficFlow);
        CHECK(u.reason == NotPricedReason::FlowNotRoutable);
        CHECK(u.reasonArgs == std::vector<std::string>{code});
    }
}

TEST_CASE("estimateWithRouting analyses the design itself when given no analysis", "[cost][routing]")
{
    DesignBuilder b = hubAndSpokes();
    b.add("f", flow("spoke1-app", "spoke2-app", 100, 50));
    const auto analysis = routing::analyze(b.design);
    const CostEstimate given = estimateWithRouting(b.design, bundledCatalog(), &analysis);
    const CostEstimate own = estimateWithRouting(b.design, bundledCatalog(), nullptr);
    CHECK(own.lines == given.lines);
    CHECK(own.unpriced == given.unpriced);
    // Without routing, the same flow is "path not computed".
    const CostEstimate plain = estimateCost(b.design, bundledCatalog());
    CHECK(plain.unpriced.size() == 2);
    CHECK(plain.unpriced.front().reason == NotPricedReason::PathNotComputed);
}

TEST_CASE("VNet-to-VNet VPN, P2S users and the Internet: the segments they are charged for", "[cost][routing]")
{
    DesignBuilder b;
    b.vnet("v1", {"10.1.0.0/16"}, {{"GatewaySubnet", "10.1.255.0/27"}, {"app", "10.1.0.0/24"}});
    b.vnet("v2", {"10.2.0.0/16"}, {{"GatewaySubnet", "10.2.255.0/27"}, {"app", "10.2.0.0/24"}});
    b.pointToSite(b.vpnGateway("gw1", "v1"), "172.30.0.0/24");
    b.vpnGateway("gw2", "v2");
    b.v2v("v2v", "gw1", "gw2");
    b.clients("users", "gw1", ClientOs::Other);
    b.add("f-v2v", flow("v1-app", "v2-app", 100, 10));
    b.add("f-users", flow("users", "v1-app", 5, 150));
    b.add("f-web", flow("v1-app", "internet", 50));
    const auto analysis = routing::analyze(b.design);
    const TrafficInput in = trafficFromRouting(b.design, analysis);
    REQUIRE(in.unrouted.empty());
    CHECK(pathOf(in, "f-v2v", FlowDirection::Forward).segments
          == std::vector{seg(Kind::VnetToVnetTransfer, "v2v", "gw1")});
    CHECK(pathOf(in, "f-v2v", FlowDirection::Return).segments
          == std::vector{seg(Kind::VnetToVnetTransfer, "v2v", "gw2")});
    CHECK(pathOf(in, "f-users", FlowDirection::Forward).segments.empty()); // into Azure: free
    CHECK(pathOf(in, "f-users", FlowDirection::Return).segments == std::vector{seg(Kind::InternetEgress, "gw1")});
    CHECK(pathOf(in, "f-web", FlowDirection::Forward).segments == std::vector{seg(Kind::InternetEgress, "v1-app")});

    const CostEstimate e = estimateWithRouting(b.design, bundledCatalog(), &analysis);
    // VNet-to-VNet: 110 GB x $0.035 = $3.85. Internet out: 150 + 50 = 200 GB, the first 100 free,
    // 100 GB x $0.087 = $8.70.
    CHECK(monthlyOf(e, "v2v", CostLineCode::VnetToVnetTransfer) == Approx(3.85));
    CHECK(monthlyOf(e, "", CostLineCode::InternetEgressTier) == Approx(8.70));
    CHECK(trafficTotal(e) == Approx(12.55));
}

TEST_CASE("VNet to VNet across two Virtual WAN hubs: processing at the first hub, hub-to-hub transfer",
          "[cost][routing]")
{
    DesignBuilder b;
    b.add("wan", VirtualWan{});
    for (const auto &[id, region, prefix] : {std::tuple{"vhEu", "westeurope", "10.100.0.0/23"},
                                             std::tuple{"vhUs", "eastus", "10.101.0.0/23"}}) {
        VirtualHub hub;
        hub.virtualWan = Id("wan");
        hub.region = region;
        hub.addressPrefix = pfx(prefix);
        b.add(id, hub);
    }
    b.vnet("a", {"10.10.0.0/16"}, {{"app", "10.10.0.0/24"}});
    b.vnet("c", {"10.20.0.0/16"}, {{"app", "10.20.0.0/24"}});
    b.add("ca", VirtualHubConnection{Id("vhEu"), Id("a"), {}});
    b.add("cc", VirtualHubConnection{Id("vhUs"), Id("c"), {}});
    b.add("f", flow("a-app", "c-app", 100));
    const auto analysis = routing::analyze(b.design);
    const TrafficInput in = trafficFromRouting(b.design, analysis);
    REQUIRE(in.unrouted.empty());
    CHECK(pathOf(in, "f", FlowDirection::Forward).segments
          == std::vector{seg(Kind::HubProcessing, "vhEu"), seg(Kind::InterHubTransfer, "", "vhEu", "vhUs")});
    const CostEstimate e = estimateWithRouting(b.design, bundledCatalog(), &analysis);
    // Processing 100 GB x $0.02 = $2.00; Europe -> North America 100 GB x $0.07 = $7.00.
    CHECK(trafficTotal(e) == Approx(9.00));
}
