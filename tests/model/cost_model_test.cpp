// The cost model, resource by resource, against figures computed by hand from the bundled
// catalog (PRICES.md). 730 hours a month throughout.

#include "cost/cost_model.h"
#include "cost_test_support.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace spokewise;
using namespace spokewise::cost;
using namespace spokewise::test;

namespace {

Design designOf(std::vector<Resource> resources)
{
    Design d;
    d.name = "cost test";
    d.resources.insert(d.resources.begin(), resource("hub", vnet("eastus")));
    for (auto &r : resources)
        d.resources.push_back(std::move(r));
    return d;
}

CostEstimate estimate(const Design &d, const CostOptions &options = {})
{
    return estimateCost(d, bundledCatalog(), {}, options);
}

} // namespace

TEST_CASE("A VPN gateway is its SKU's hours plus its public IP")
{
    const auto e = estimate(designOf({resource("gw", vpnGateway(VpnGatewaySku::VpnGw1AZ))}));
    const auto sku = lineOf(e, "gw", CostLineCode::GatewayHours);
    // 730 h × $0.21 = $153.30
    CHECK(sku.quantity == 730);
    CHECK(sku.unit == PriceUnit::Hour);
    CHECK(sku.unitPrice == 0.21);
    CHECK(sku.monthly == Approx(153.30));
    CHECK(sku.yearly() == Approx(1839.60));
    CHECK(sku.args == std::vector<std::string>{"VpnGw1AZ"});
    CHECK(sku.category == CostCategory::VpnGateway);
    CHECK(sku.catalogItem == "vpnGateway.VpnGw1AZ");
    CHECK(sku.source == "S1");
    CHECK(sku.sourceDate == "2025-01-15");
    CHECK(sku.status == PriceStatus::ConfirmedRetail);
    CHECK(sku.flags.empty());
    // 1 IP × 730 h × $0.005 = $3.65
    const auto ip = lineOf(e, "gw", CostLineCode::PublicIps);
    CHECK(ip.args == std::vector<std::string>{"1"});
    CHECK(ip.quantity == 730);
    CHECK(ip.monthly == Approx(3.65));
    // No tunnels or P2S users: nothing else.
    CHECK(e.lines.size() == 2);
    CHECK(e.unpriced.empty());
    CHECK(e.monthlyTotal() == Approx(156.95));
    CHECK(e.yearlyTotal() == Approx(1883.40));
    CHECK(e.catalogDate == "2026-09");
    CHECK(e.currency == "USD");
}

TEST_CASE("Active-active costs a second public IP, not a second gateway")
{
    const auto e = estimate(designOf({resource("gw", vpnGateway(VpnGatewaySku::VpnGw2AZ, true))}));
    // 730 h × $0.54 = $394.20 (S8, third-party)
    CHECK(lineOf(e, "gw", CostLineCode::GatewayHours).monthly == Approx(394.20));
    CHECK(lineOf(e, "gw", CostLineCode::GatewayHours).status == PriceStatus::ConfirmedThirdParty);
    // 2 IPs × 730 h × $0.005 = $7.30
    const auto ip = lineOf(e, "gw", CostLineCode::PublicIps);
    CHECK(ip.args == std::vector<std::string>{"2"});
    CHECK(ip.quantity == 1460);
    CHECK(ip.monthly == Approx(7.30));
}

TEST_CASE("Legacy non-AZ SKUs are priced at their own figure and flagged; inferred AZ prices are estimates")
{
    const auto e = estimate(designOf({resource("old", vpnGateway(VpnGatewaySku::VpnGw1)),
                                      resource("big", vpnGateway(VpnGatewaySku::VpnGw3AZ)),
                                      resource("basic", vpnGateway(VpnGatewaySku::Basic))}));
    const auto old = lineOf(e, "old", CostLineCode::GatewayHours);
    CHECK(old.monthly == Approx(138.70)); // 730 × 0.19
    CHECK(old.hasFlag(CostFlag::LegacySku));
    CHECK_FALSE(old.isEstimate());
    const auto big = lineOf(e, "big", CostLineCode::GatewayHours);
    CHECK(big.monthly == Approx(1007.40)); // 730 × 1.38
    CHECK(big.isEstimate());
    CHECK(big.hasFlag(CostFlag::Estimate));
    CHECK_FALSE(big.hasFlag(CostFlag::LegacySku));
    CHECK(lineOf(e, "basic", CostLineCode::GatewayHours).monthly == Approx(26.28)); // 730 × 0.036
    CHECK(e.hasEstimates());
}

TEST_CASE("Site-to-site tunnels beyond the 10 included are charged per tunnel-hour")
{
    auto designWith = [](int siteConnections, int vnetToVnet) {
        std::vector<Resource> rs = {resource("gw", vpnGateway(VpnGatewaySku::VpnGw1AZ)),
                                    resource("gw2", vpnGateway(VpnGatewaySku::VpnGw1AZ))};
        for (int i = 0; i < siteConnections; ++i)
            rs.push_back(resource("s2s" + std::to_string(i), siteConnection("gw")));
        for (int i = 0; i < vnetToVnet; ++i)
            rs.push_back(resource("v2v" + std::to_string(i), VnetToVnetConnection{{Id("gw"), Id("gw2")}, false}));
        return designOf(std::move(rs));
    };
    SECTION("10 tunnels: all included")
    {
        const auto e = estimate(designWith(10, 0));
        CHECK(linesOf(e, "gw", CostLineCode::ExtraSiteToSiteTunnels).empty());
    }
    SECTION("11 tunnels: one extra")
    {
        const auto line = lineOf(estimate(designWith(11, 0)), "gw", CostLineCode::ExtraSiteToSiteTunnels);
        CHECK(line.args == std::vector<std::string>{"11", "10", "1"});
        CHECK(line.unit == PriceUnit::TunnelHour);
        CHECK(line.quantity == 730);
        CHECK(line.monthly == Approx(10.95)); // 1 × 730 × 0.015
    }
    SECTION("VNet-to-VNet connections count as tunnels on both gateways")
    {
        const auto e = estimate(designWith(10, 2));
        // gw: 10 + 2 = 12 tunnels -> 2 extra × 730 × 0.015 = $21.90; gw2: 2 tunnels, all included.
        CHECK(lineOf(e, "gw", CostLineCode::ExtraSiteToSiteTunnels).monthly == Approx(21.90));
        CHECK(linesOf(e, "gw2", CostLineCode::ExtraSiteToSiteTunnels).empty());
    }
}

TEST_CASE("P2S connections beyond the 128 included are charged per connection-hour")
{
    auto designWith = [](int secondGroupUsers) {
        return designOf({resource("gw", vpnGateway(VpnGatewaySku::VpnGw1AZ)), resource("a", p2sGroup("gw", 100)),
                         resource("b", p2sGroup("gw", secondGroupUsers))});
    };
    SECTION("128 users: 0 extra")
    {
        CHECK(linesOf(estimate(designWith(28)), "gw", CostLineCode::ExtraP2sConnections).empty());
    }
    SECTION("129 users: 1 extra, always connected by default")
    {
        const auto line = lineOf(estimate(designWith(29)), "gw", CostLineCode::ExtraP2sConnections);
        CHECK(line.args == std::vector<std::string>{"129", "128", "1", "730"});
        CHECK(line.unit == PriceUnit::ConnectionHour);
        CHECK(line.quantity == 730);
        CHECK(line.monthly == Approx(7.30)); // 1 × 730 × 0.01
        CHECK(line.hasFlag(CostFlag::UsageAssumed));
    }
    SECTION("The connected hours per user are an option")
    {
        CostOptions options;
        options.p2sConnectedHoursPerUser = 160;
        // 200 users: 72 extra × 160 h × $0.01 = $115.20
        const auto line = lineOf(estimate(designWith(100), options), "gw", CostLineCode::ExtraP2sConnections);
        CHECK(line.quantity == 72 * 160);
        CHECK(line.monthly == Approx(115.20));
    }
}

TEST_CASE("ExpressRoute gateways: SKU hours, or scale units for ErGwScale")
{
    ExpressRouteGateway az;
    az.virtualNetwork = Id("hub");
    ExpressRouteGateway scale = az;
    scale.sku = ExpressRouteGatewaySku::ErGwScale;
    scale.scaleUnits = 4;
    ExpressRouteGateway noUnits = scale;
    noUnits.scaleUnits.reset();
    ExpressRouteGateway ultra = az;
    ultra.sku = ExpressRouteGatewaySku::UltraPerformance;
    const auto e = estimate(designOf(
            {resource("er", az), resource("scale", scale), resource("nounits", noUnits), resource("ultra", ultra)}));
    const auto er = lineOf(e, "er", CostLineCode::GatewayHours);
    CHECK(er.monthly == Approx(263.53)); // 730 × 0.361 (Brazil South figure: an estimate for East US)
    CHECK(er.isEstimate());
    CHECK(er.category == CostCategory::ExpressRoute);
    CHECK(linesOf(e, "er", CostLineCode::PublicIps).empty()); // managed by Azure
    const auto su = lineOf(e, "scale", CostLineCode::GatewayScaleUnits);
    CHECK(su.quantity == 4 * 730);
    CHECK(su.unit == PriceUnit::ScaleUnitHour);
    CHECK(su.monthly == Approx(613.20)); // 4 × 730 × 0.21
    const auto legacy = lineOf(e, "ultra", CostLineCode::GatewayHours);
    CHECK(legacy.monthly == Approx(1365.10)); // 730 × 1.87
    CHECK(legacy.hasFlag(CostFlag::LegacySku));
    CHECK(legacy.hasFlag(CostFlag::Estimate));
    REQUIRE(e.unpriced.size() == 1);
    CHECK(e.unpriced[0].element == Id("nounits"));
    CHECK(e.unpriced[0].reason == NotPricedReason::ScaleUnitsMissing);
}

TEST_CASE("Circuits by bandwidth, tier and family; combinations with no price are listed, not zero")
{
    const auto circuit = [](int mbps, CircuitTier tier, CircuitFamily family) {
        return ExpressRouteCircuit{mbps, tier, family, "Amsterdam"};
    };
    const auto e = estimate(designOf({
            resource("premium", circuit(1000, CircuitTier::Premium, CircuitFamily::MeteredData)),
            resource("small", circuit(50, CircuitTier::Standard, CircuitFamily::UnlimitedData)),
            resource("local", circuit(10000, CircuitTier::Local, CircuitFamily::UnlimitedData)),
            resource("localMetered", circuit(1000, CircuitTier::Local, CircuitFamily::MeteredData)),
    }));
    const auto premium = lineOf(e, "premium", CostLineCode::CircuitPort);
    CHECK(premium.args == std::vector<std::string>{"1000", "Premium", "MeteredData"});
    CHECK(premium.unit == PriceUnit::Month);
    CHECK(premium.quantity == 1);
    CHECK(premium.monthly == 1186);
    CHECK(premium.yearly() == 14232);
    CHECK(lineOf(e, "small", CostLineCode::CircuitPort).monthly == 300);
    CHECK(lineOf(e, "local", CostLineCode::CircuitPort).monthly == 5500);
    REQUIRE(e.unpriced.size() == 1);
    CHECK(e.unpriced[0].element == Id("localMetered"));
    CHECK(e.unpriced[0].code == CostLineCode::CircuitPort);
    CHECK(e.unpriced[0].reason == NotPricedReason::NoCatalogItem);
    CHECK(e.unpriced[0].reasonArgs == std::vector<std::string>{"expressRouteCircuit.Local.MeteredData.1000"});
}

TEST_CASE("Route Server: its hours, its public IP, and routing infrastructure units beyond 2")
{
    RouteServer rs;
    rs.virtualNetwork = Id("hub");
    RouteServer big = rs;
    big.routingInfrastructureUnits = 5;
    const auto e = estimate(designOf({resource("rs", rs), resource("big", big)}));
    CHECK(lineOf(e, "rs", CostLineCode::RouteServerHours).monthly == Approx(328.50)); // 730 × 0.45
    CHECK(lineOf(e, "rs", CostLineCode::PublicIps).monthly == Approx(3.65));
    CHECK(linesOf(e, "rs", CostLineCode::ExtraRoutingInfrastructureUnits).empty());
    const auto riu = lineOf(e, "big", CostLineCode::ExtraRoutingInfrastructureUnits);
    CHECK(riu.args == std::vector<std::string>{"5", "2", "3"});
    CHECK(riu.unit == PriceUnit::RiuHour);
    CHECK(riu.monthly == Approx(219.00)); // 3 × 730 × 0.10
    CHECK(totalOf(e, "big") == Approx(328.50 + 3.65 + 219.00));

    // The threshold itself: 2 units are included, the 3rd is the first one charged.
    RouteServer three = rs;
    three.routingInfrastructureUnits = 3;
    const auto t = estimate(designOf({resource("three", three)}));
    const auto extra = lineOf(t, "three", CostLineCode::ExtraRoutingInfrastructureUnits);
    CHECK(extra.args == std::vector<std::string>{"3", "2", "1"});
    CHECK(extra.quantity == Approx(730));
    CHECK(extra.monthly == Approx(73.00)); // 1 × 730 × 0.10
}

TEST_CASE("Azure Firewall: SKU hours and public IPs (two with a management NIC)")
{
    AzureFirewall standard;
    standard.virtualNetwork = Id("hub");
    AzureFirewall basic = standard;
    basic.sku = AzureFirewallSku::Basic;
    AzureFirewall premium = standard;
    premium.sku = AzureFirewallSku::Premium;
    premium.forcedTunneling = true;
    AzureFirewall inHub;
    inHub.virtualHub = Id("vhub");
    const auto e = estimate(designOf({resource("std", standard), resource("basic", basic), resource("premium", premium),
                                      resource("hubfw", inHub)}));
    CHECK(lineOf(e, "std", CostLineCode::FirewallHours).monthly == Approx(912.50)); // 730 × 1.25
    CHECK(lineOf(e, "std", CostLineCode::PublicIps).monthly == Approx(3.65));
    CHECK(lineOf(e, "basic", CostLineCode::FirewallHours).monthly == Approx(288.35));    // 730 × 0.395
    CHECK(lineOf(e, "basic", CostLineCode::PublicIps).monthly == Approx(7.30));          // 2 × 730 × 0.005
    CHECK(lineOf(e, "premium", CostLineCode::FirewallHours).monthly == Approx(1277.50)); // 730 × 1.75
    CHECK(lineOf(e, "premium", CostLineCode::PublicIps).monthly == Approx(7.30));
    CHECK(lineOf(e, "hubfw", CostLineCode::FirewallHours).monthly == Approx(912.50));
    CHECK(lineOf(e, "hubfw", CostLineCode::PublicIps).monthly == Approx(3.65));
    CHECK(e.monthlyByCategory().at(CostCategory::Firewall)
          == Approx(912.50 + 3.65 + 288.35 + 7.30 + 1277.50 + 7.30 + 912.50 + 3.65));
}

TEST_CASE("Virtual WAN hubs: base fee, gateway scale units and connection units")
{
    VirtualHub hub;
    hub.virtualWan = Id("wan");
    hub.region = "westeurope";
    hub.vpnGateway = HubGateway{2};
    hub.p2sVpnGateway = HubP2sGateway{1, {}};
    hub.expressRouteGateway = HubGateway{7};
    VirtualHub basicHub;
    basicHub.virtualWan = Id("basicwan");
    basicHub.region = "westeurope";
    basicHub.vpnGateway = HubGateway{1};
    VirtualHub huge = hub;
    huge.expressRouteGateway = HubGateway{12};
    huge.vpnGateway.reset();
    huge.p2sVpnGateway.reset();

    std::vector<Resource> rs = {resource("wan", VirtualWan{VirtualWanType::Standard, true}),
                                resource("basicwan", VirtualWan{VirtualWanType::Basic, true}),
                                resource("vhub", hub),
                                resource("basichub", basicHub),
                                resource("huge", huge),
                                resource("users", p2sGroup("vhub", 100, true))};
    for (int i = 0; i < 3; ++i) {
        SiteToSiteConnection c;
        c.virtualHub = Id("vhub");
        c.site = Id("site");
        rs.push_back(resource("branch" + std::to_string(i), c));
    }
    for (int i = 0; i < 2; ++i) {
        ExpressRouteConnection c;
        c.virtualHub = Id("vhub");
        c.circuit = Id("circuit");
        rs.push_back(resource("erc" + std::to_string(i), c));
    }
    const auto e = estimate(designOf(std::move(rs)));

    const auto base = lineOf(e, "vhub", CostLineCode::HubHours);
    CHECK(base.args == std::vector<std::string>{"Standard"});
    CHECK(base.monthly == Approx(182.50));                                                   // 730 × 0.25
    CHECK(lineOf(e, "vhub", CostLineCode::HubVpnScaleUnits).monthly == Approx(527.06));      // 2 × 730 × 0.361
    CHECK(lineOf(e, "vhub", CostLineCode::HubVpnConnectionUnits).monthly == Approx(109.50)); // 3 × 730 × 0.05
    CHECK(lineOf(e, "vhub", CostLineCode::HubP2sScaleUnits).monthly == Approx(263.53));      // 1 × 730 × 0.361
    const auto users = lineOf(e, "vhub", CostLineCode::HubP2sConnectionUnits);
    CHECK(users.args == std::vector<std::string>{"100", "730"});
    CHECK(users.unit == PriceUnit::UserHour);
    CHECK(users.monthly == Approx(912.50)); // 100 × 730 × 0.0125
    CHECK(users.isEstimate());
    CHECK(users.hasFlag(CostFlag::UsageAssumed));
    // 7 ER scale units: units 1-5 at 0.42 (5 × 730 × 0.42 = 1533.00), 6-7 at 0.25 (2 × 730 × 0.25 = 365.00)
    const auto er = linesOf(e, "vhub", CostLineCode::HubExpressRouteScaleUnits);
    REQUIRE(er.size() == 2);
    CHECK(er[0].args == std::vector<std::string>{"7", "1", "5"});
    CHECK(er[0].monthly == Approx(1533.00));
    CHECK(er[1].args == std::vector<std::string>{"7", "6", "7"});
    CHECK(er[1].monthly == Approx(365.00));
    CHECK(lineOf(e, "vhub", CostLineCode::HubExpressRouteConnectionUnits).monthly == Approx(73.00)); // 2 × 730 × 0.05
    CHECK(totalOf(e, "vhub") == Approx(182.50 + 527.06 + 109.50 + 263.53 + 912.50 + 1533.00 + 365.00 + 73.00));

    // A Basic hub has no base fee (a $0 line says so), but its VPN scale units cost the same.
    CHECK(lineOf(e, "basichub", CostLineCode::HubHours).monthly == 0);
    CHECK(lineOf(e, "basichub", CostLineCode::HubVpnScaleUnits).monthly == Approx(263.53));

    // 12 ER scale units: 10 priced (1533.00 + 5 × 730 × 0.25 = 912.50), units 11-12 not priced.
    CHECK(totalOf(e, "huge") == Approx(182.50 + 1533.00 + 912.50));
    REQUIRE(e.unpriced.size() == 1);
    CHECK(e.unpriced[0].element == Id("huge"));
    CHECK(e.unpriced[0].reason == NotPricedReason::ScaleUnitsBeyondCatalog);
    CHECK(e.unpriced[0].reasonArgs == std::vector<std::string>{"12", "10"});
}

TEST_CASE("An NVA is its VMs; its disks and licence are listed as not priced; unknown sizes too")
{
    NetworkVirtualAppliance nva;
    nva.subnet = Id("hub-nva");
    nva.vmSize = "Standard_D2s_v3";
    nva.instanceCount = 2;
    NetworkVirtualAppliance exotic = nva;
    exotic.vmSize = "Standard_F72s_v2";
    const auto e = estimate(designOf({resource("nva", nva), resource("exotic", exotic)}));
    const auto vm = lineOf(e, "nva", CostLineCode::NvaVmHours);
    CHECK(vm.args == std::vector<std::string>{"Standard_D2s_v3", "2"});
    CHECK(vm.quantity == 1460);
    CHECK(vm.monthly == Approx(140.16)); // 2 × 730 × 0.096
    CHECK(vm.category == CostCategory::Nva);
    CHECK(linesOf(e, "exotic", CostLineCode::NvaVmHours).empty());
    REQUIRE(e.unpriced.size() == 3);
    CHECK(e.unpriced[0].code == CostLineCode::NvaLicenceAndDisks);
    CHECK(e.unpriced[0].reason == NotPricedReason::OutsideCatalogScope);
    CHECK(e.unpriced[1].element == Id("exotic"));
    CHECK(e.unpriced[1].reason == NotPricedReason::NoCatalogItem);
    CHECK(e.unpriced[1].reasonArgs == std::vector<std::string>{"vm.Standard_F72s_v2.linux"});
}

TEST_CASE("Elements with no charge of their own add no lines")
{
    const auto e = estimate(designOf({resource("spoke", vnet("eastus")), resource("site", OnPremisesSite{}),
                                      resource("rt", RouteTable{}),
                                      resource("intent", Intent{Id("a"), Id("b"), IntentExpectation::MustReach}),
                                      resource("wan", VirtualWan{})}));
    CHECK(e.lines.empty());
    CHECK(e.unpriced.empty());
    CHECK(e.monthlyTotal() == 0);
}

TEST_CASE("PRICES.md's worked comparison: Fix A adds about $335.80 a month, Fix B's fixed part is $789.13")
{
    ExpressRouteGateway er;
    er.virtualNetwork = Id("hub");
    const Design baseline = designOf({resource("vpngw", vpnGateway(VpnGatewaySku::VpnGw1AZ)), resource("ergw", er)});

    Design fixA = baseline;
    fixA.resources[1].as<VpnGateway>()->activeActive = true; // Route Server needs an active-active VPN gateway
    RouteServer rs;
    rs.virtualNetwork = Id("hub");
    fixA.resources.push_back(resource("rs", rs));
    // Route Server 328.50 + its IP 3.65 + the VPN gateway's second IP 3.65 = 335.80
    CHECK(estimate(fixA).monthlyTotal() - estimate(baseline).monthlyTotal() == Approx(335.80));

    VirtualHub hub;
    hub.virtualWan = Id("wan");
    hub.region = "eastus";
    hub.p2sVpnGateway = HubP2sGateway{1, {}};
    hub.expressRouteGateway = HubGateway{1};
    ExpressRouteConnection c;
    c.virtualHub = Id("vhub");
    c.circuit = Id("circuit");
    const Design fixB = designOf({resource("wan", VirtualWan{}), resource("vhub", hub), resource("erc", c)});
    // Hub 182.50 + P2S SU 263.53 + ER SU 306.60 + ER connection 36.50 = 789.13
    CHECK(estimate(fixB).monthlyTotal() == Approx(789.13));
    // The baseline's two gateways and IPs: 153.30 + 3.65 + 263.53 = 420.48 (PRICES.md's 424.13
    // counts a second IP for the ExpressRoute gateway, which Azure manages; see docs/cost.md).
    CHECK(estimate(baseline).monthlyTotal() == Approx(420.48));
}

TEST_CASE("Totals by category and by element, monthly and yearly")
{
    RouteServer rs;
    rs.virtualNetwork = Id("hub");
    const auto e = estimate(designOf({resource("gw", vpnGateway(VpnGatewaySku::VpnGw1AZ)), resource("rs", rs)}));
    const auto byCategory = e.monthlyByCategory();
    CHECK(byCategory.size() == 2);
    CHECK(byCategory.at(CostCategory::VpnGateway) == Approx(156.95));
    CHECK(byCategory.at(CostCategory::RouteServer) == Approx(332.15));
    const auto byElement = e.monthlyByElement();
    REQUIRE(byElement.size() == 2);
    CHECK(byElement[0].first == Id("gw"));
    CHECK(byElement[0].second == Approx(156.95));
    CHECK(byElement[1].first == Id("rs"));
    CHECK(e.yearlyTotal() == Approx((156.95 + 332.15) * 12));
}

TEST_CASE("A catalog without an item lists the element as not priced instead of pricing it at zero")
{
    const auto small = parseCatalog(readText(dataPath("cost/small-catalog.json")));
    REQUIRE(small.ok());
    const auto e = estimateCost(designOf({resource("gw", vpnGateway(VpnGatewaySku::VpnGw2AZ))}), *small.catalog);
    REQUIRE(e.lines.size() == 1); // the public IP is in the small catalog
    CHECK(e.lines[0].code == CostLineCode::PublicIps);
    REQUIRE(e.unpriced.size() == 1);
    CHECK(e.unpriced[0].element == Id("gw"));
    CHECK(e.unpriced[0].code == CostLineCode::GatewayHours);
    CHECK(e.unpriced[0].args == std::vector<std::string>{"VpnGw2AZ"});
    CHECK(e.unpriced[0].reason == NotPricedReason::NoCatalogItem);
    CHECK(e.unpriced[0].reasonArgs == std::vector<std::string>{"vpnGateway.VpnGw2AZ"});
}

TEST_CASE("Overridden figures are used, and their lines say so")
{
    const auto overridden = loadCatalogOverrides(bundledCatalog(), dataPath("cost/override-good.json"));
    REQUIRE(overridden.ok());
    const auto e = estimateCost(designOf({resource("gw", vpnGateway(VpnGatewaySku::VpnGw1AZ))}), *overridden.catalog);
    const auto sku = lineOf(e, "gw", CostLineCode::GatewayHours);
    CHECK(sku.monthly == Approx(138.70)); // 730 × 0.19
    CHECK(sku.source == "Q1");
    CHECK(sku.sourceDate == "2026-11-01");
    CHECK(sku.hasFlag(CostFlag::UserOverride));
    CHECK_FALSE(lineOf(e, "gw", CostLineCode::PublicIps).hasFlag(CostFlag::UserOverride));
    CHECK(e.catalogOverridden);
}

TEST_CASE("Cost numbers in arguments are written without noise")
{
    CHECK(formatCostNumber(730) == "730");
    CHECK(formatCostNumber(0) == "0");
    CHECK(formatCostNumber(1.5) == "1.5");
    CHECK(formatCostNumber(0.1) == "0.1");
    CHECK(formatCostNumber(10240) == "10240");
}
