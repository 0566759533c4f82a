// Traffic priced along paths. The routing engine will supply the paths; here they are written by
// hand, segment by segment, as the engine will give them.

#include "cost/cost_model.h"
#include "cost_test_support.h"

#include <catch2/catch.hpp>

using namespace spokewise;
using namespace spokewise::cost;
using namespace spokewise::test;

namespace {

using Kind = TrafficSegmentKind;

// Hub and spokes in East US, a spoke in West Europe and one in Japan East, a Standard vWAN with
// hubs in East US, West Europe and Japan East, a firewall of each SKU, a metered and an unlimited
// circuit, a VNet-to-VNet connection and a Global Reach link.
Design trafficDesign()
{
    Design d;
    d.name = "traffic";
    auto peering = [](const char *a, const char *b) {
        VirtualNetworkPeering p;
        p.sides[0].virtualNetwork = Id(a);
        p.sides[1].virtualNetwork = Id(b);
        return p;
    };
    auto hub = [](const char *region) {
        VirtualHub h;
        h.virtualWan = Id("wan");
        h.region = region;
        return h;
    };
    AzureFirewall standard;
    standard.virtualNetwork = Id("hub");
    AzureFirewall basic = standard;
    basic.sku = AzureFirewallSku::Basic;
    d.resources = {
            resource("hub", vnet("eastus")),
            resource("spoke1", vnet("East US")),
            resource("spokeEu", vnet("westeurope")),
            resource("spokeJp", vnet("japaneast")),
            resource("spokeMars", vnet("marsnorth")),
            resource("p1", peering("hub", "spoke1")),
            resource("pEu", peering("hub", "spokeEu")),
            resource("pJp", peering("hub", "spokeJp")),
            resource("pMars", peering("hub", "spokeMars")),
            resource("fw", standard),
            resource("fwBasic", basic),
            resource("wan", VirtualWan{}),
            resource("vhubUs", hub("eastus")),
            resource("vhubEu", hub("westeurope")),
            resource("vhubJp", hub("japaneast")),
            resource("metered",
                     ExpressRouteCircuit{1000, CircuitTier::Standard, CircuitFamily::MeteredData, "Amsterdam"}),
            resource("unlimited",
                     ExpressRouteCircuit{1000, CircuitTier::Standard, CircuitFamily::UnlimitedData, "Amsterdam"}),
            resource("v2v", VnetToVnetConnection{{Id("gw1"), Id("gw2")}, false}),
            resource("gr", GlobalReachConnection{{Id("metered"), Id("unlimited")}}),
            resource("f1", flow("spoke1", "spokeEu", 1000, 200)),
            resource("f2", flow("spoke1", "internet", 20000)),
            resource("f3", flow("spoke1", "site", 0)),
    };
    // The hub's firewall and hub routers are the only things f1 passes besides the peerings;
    // f2 leaves through the firewall.
    return d;
}

TrafficSegment seg(Kind kind, const char *element, const char *from = "", const char *to = "")
{
    return TrafficSegment{kind, Id(element), Id(from), Id(to)};
}

TrafficPath path(const char *flowId, double gb, std::vector<TrafficSegment> segments,
                 FlowDirection direction = FlowDirection::Forward)
{
    return TrafficPath{Id(flowId), direction, gb, std::move(segments)};
}

CostEstimate estimate(const TrafficInput &traffic)
{
    return estimateCost(trafficDesign(), bundledCatalog(), traffic);
}

std::vector<CostLine> trafficLines(const CostEstimate &e)
{
    std::vector<CostLine> out;
    for (const auto &l : e.lines) {
        if (!l.trafficFlow.empty() || l.code == CostLineCode::InternetEgressTier)
            out.push_back(l);
    }
    return out;
}

// What could not be priced, leaving out flows nobody gave a path (f2 in most tests).
std::vector<UnpricedItem> unpricedSegments(const CostEstimate &e)
{
    std::vector<UnpricedItem> out;
    for (const auto &u : e.unpriced) {
        if (u.code != CostLineCode::TrafficFlow)
            out.push_back(u);
    }
    return out;
}

} // namespace

TEST_CASE("Regional peering costs outbound and inbound per GB")
{
    const auto e = estimate({{path("f1", 1000, {seg(Kind::PeeringTransfer, "p1", "spoke1", "hub")}),
                              path("f1", 200, {}, FlowDirection::Return)},
                             {}});
    const auto lines = trafficLines(e);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].code == CostLineCode::PeeringOutbound);
    CHECK(lines[0].element == Id("p1"));
    CHECK(lines[0].trafficFlow == Id("f1"));
    CHECK(lines[0].category == CostCategory::Peering);
    CHECK(lines[0].args == std::vector<std::string>{"spoke1", "hub", "1000", "regional"});
    CHECK(lines[0].unit == PriceUnit::Gigabyte);
    CHECK(lines[0].quantity == 1000);
    CHECK(lines[0].monthly == Approx(10.00)); // 1000 GB × $0.01
    CHECK(lines[1].code == CostLineCode::PeeringInbound);
    CHECK(lines[1].monthly == Approx(10.00)); // 1000 GB × $0.01
}

TEST_CASE("Global peering uses each side's zone: outbound where it leaves, inbound where it arrives")
{
    const auto e
            = estimate({{path("f1", 1000, {seg(Kind::PeeringTransfer, "pEu", "hub", "spokeEu")}),
                         path("f1", 200, {seg(Kind::PeeringTransfer, "pJp", "hub", "spokeJp")}, FlowDirection::Return)},
                        {}});
    const auto lines = trafficLines(e);
    REQUIRE(lines.size() == 4);
    // East US -> West Europe, both Zone 1: 1000 × 0.035 out + 1000 × 0.035 in
    CHECK(lines[0].catalogItem == "peering.global.zone1.outbound");
    CHECK(lines[0].monthly == Approx(35.00));
    CHECK(lines[1].catalogItem == "peering.global.zone1.inbound");
    CHECK(lines[1].monthly == Approx(35.00));
    CHECK(lines[1].args.back() == "global");
    // East US (Zone 1) -> Japan East (Zone 2): 200 × 0.035 out + 200 × 0.09 in
    CHECK(lines[2].direction == FlowDirection::Return);
    CHECK(lines[2].monthly == Approx(7.00));
    CHECK(lines[3].catalogItem == "peering.global.zone2.inbound");
    CHECK(lines[3].monthly == Approx(18.00));
    CHECK(unpricedSegments(e).empty());
}

TEST_CASE("A region missing from the catalog's region table leaves that side not priced")
{
    const auto e = estimate({{path("f1", 100, {seg(Kind::PeeringTransfer, "pMars", "hub", "spokeMars")}),
                              path("f1", 200, {}, FlowDirection::Return)},
                             {}});
    const auto lines = trafficLines(e);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].monthly == Approx(3.50)); // outbound from East US: 100 × 0.035
    const auto unpriced = unpricedSegments(e);
    REQUIRE(unpriced.size() == 1);
    CHECK(unpriced[0].code == CostLineCode::PeeringInbound);
    CHECK(unpriced[0].reason == NotPricedReason::UnknownRegion);
    CHECK(unpriced[0].reasonArgs == std::vector<std::string>{"marsnorth"});
    CHECK(unpriced[0].trafficFlow == Id("f1"));
}

TEST_CASE("Firewalls and Standard hubs charge per GB processed")
{
    const auto e = estimate({{path("f1", 500,
                                   {seg(Kind::FirewallProcessing, "fw"), seg(Kind::FirewallProcessing, "fwBasic"),
                                    seg(Kind::HubProcessing, "vhubUs")}),
                              path("f1", 200, {}, FlowDirection::Return)},
                             {}});
    CHECK(lineOf(e, "fw", CostLineCode::FirewallDataProcessed).monthly == Approx(8.00));       // 500 × 0.016
    CHECK(lineOf(e, "fwBasic", CostLineCode::FirewallDataProcessed).monthly == Approx(32.50)); // 500 × 0.065
    CHECK(lineOf(e, "vhubUs", CostLineCode::HubDataProcessed).monthly == Approx(10.00));       // 500 × 0.02
}

TEST_CASE("Hub-to-hub transfer is priced by the hubs' geographies where the catalog has a price")
{
    const auto e
            = estimate({{path("f1", 100, {seg(Kind::InterHubTransfer, "", "vhubUs", "vhubEu")}),
                         path("f1", 200, {seg(Kind::InterHubTransfer, "", "vhubUs", "vhubJp")}, FlowDirection::Return)},
                        {}});
    const auto line = lineOf(e, "vhubUs", CostLineCode::InterHubTransfer);
    CHECK(line.catalogItem == "virtualWan.interHub.northAmericaEurope");
    CHECK(line.monthly == Approx(7.00)); // 100 × 0.07
    const auto unpriced = unpricedSegments(e);
    REQUIRE(unpriced.size() == 1);
    CHECK(unpriced[0].reason == NotPricedReason::NoPriceForGeographies);
    CHECK(unpriced[0].reasonArgs == std::vector<std::string>{"northAmerica", "asiaPacific"});
}

TEST_CASE("ExpressRoute egress is charged on Metered circuits only; VNet-to-VNet and Global Reach per GB")
{
    const auto e
            = estimate({{path("f1", 2000,
                              {seg(Kind::ExpressRouteEgress, "metered"), seg(Kind::ExpressRouteEgress, "unlimited"),
                               seg(Kind::VnetToVnetTransfer, "v2v", "gw1"), seg(Kind::GlobalReachTransfer, "gr")}),
                         path("f1", 200, {}, FlowDirection::Return)},
                        {}});
    CHECK(lineOf(e, "metered", CostLineCode::ExpressRouteMeteredEgress).monthly == Approx(50.00)); // 2000 × 0.025
    CHECK(linesOf(e, "unlimited", CostLineCode::ExpressRouteMeteredEgress).empty());
    CHECK(lineOf(e, "v2v", CostLineCode::VnetToVnetTransfer).monthly == Approx(70.00)); // 2000 × 0.035
    const auto gr = lineOf(e, "gr", CostLineCode::GlobalReachTransfer);
    CHECK(gr.monthly == Approx(200.00)); // 2000 × 0.10, a placeholder
    CHECK(gr.isEstimate());
}

TEST_CASE("Internet egress is tiered over the month's total of all flows")
{
    // 20,000 GB out: first 100 GB free; 100..10,240 GB at 0.087 (10,140 GB = 882.18);
    // 10,240..20,000 GB at 0.083 (9,760 GB = 810.08).
    const auto e = estimate(
            {{path("f2", 15000, {seg(Kind::InternetEgress, "fw")}), path("f1", 5000, {seg(Kind::InternetEgress, "fw")}),
              path("f1", 200, {}, FlowDirection::Return)},
             {}});
    const auto lines = trafficLines(e);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].element.empty());
    CHECK(lines[0].trafficFlow.empty());
    CHECK(lines[0].category == CostCategory::DataTransfer);
    CHECK(lines[0].args == std::vector<std::string>{"0", "100", "100"});
    CHECK(lines[0].monthly == 0);
    CHECK(lines[1].args == std::vector<std::string>{"100", "10240", "10140"});
    CHECK(lines[1].monthly == Approx(882.18));
    CHECK(lines[2].args == std::vector<std::string>{"10240", "51200", "9760"});
    CHECK(lines[2].monthly == Approx(810.08));
    CHECK(e.monthlyByCategory().at(CostCategory::DataTransfer) == Approx(1692.26));
}

TEST_CASE("Flows without a path are listed as not priced, with the router's reason when it has one")
{
    SECTION("No traffic input at all")
    {
        const auto e = estimate({});
        // f1 both ways and f2 forward; f3 has no traffic.
        REQUIRE(e.unpriced.size() == 3);
        CHECK(e.unpriced[0].element == Id("f1"));
        CHECK(e.unpriced[0].direction == FlowDirection::Forward);
        CHECK(e.unpriced[0].code == CostLineCode::TrafficFlow);
        CHECK(e.unpriced[0].args == std::vector<std::string>{"1000"});
        CHECK(e.unpriced[0].reason == NotPricedReason::PathNotComputed);
        CHECK(e.unpriced[1].direction == FlowDirection::Return);
        CHECK(e.unpriced[1].args == std::vector<std::string>{"200"});
        CHECK(e.unpriced[2].element == Id("f2"));
    }
    SECTION("The router found no path")
    {
        TrafficInput input;
        input.paths = {path("f1", 1000, {}), path("f1", 200, {}, FlowDirection::Return)};
        input.unrouted = {{Id("f2"), FlowDirection::Forward, "R-P2S-3"}};
        const auto e = estimate(input);
        REQUIRE(e.unpriced.size() == 1);
        CHECK(e.unpriced[0].element == Id("f2"));
        CHECK(e.unpriced[0].reason == NotPricedReason::FlowNotRoutable);
        CHECK(e.unpriced[0].reasonArgs == std::vector<std::string>{"R-P2S-3"});
        CHECK(e.unpriced[0].args == std::vector<std::string>{"20000"});
    }
    SECTION("A path naming elements the design does not have")
    {
        const auto e = estimate({{path("f1", 10, {seg(Kind::FirewallProcessing, "nofw")}), path("nosuchflow", 10, {}),
                                  path("f1", 200, {}, FlowDirection::Return)},
                                 {{Id("f2"), FlowDirection::Forward, "x"}}});
        REQUIRE(e.unpriced.size() == 3);
        CHECK(e.unpriced[0].reason == NotPricedReason::UnknownElement);
        CHECK(e.unpriced[0].reasonArgs == std::vector<std::string>{"nofw"});
        CHECK(e.unpriced[1].reason == NotPricedReason::UnknownElement);
        CHECK(e.unpriced[1].reasonArgs == std::vector<std::string>{"nosuchflow"});
    }
}
