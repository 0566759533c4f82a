// Alternatives compared side by side (cost/alternatives.h): the hub-and-spoke example as is, with
// Route Server and as a Virtual WAN — cost per category against figures computed by hand from the
// bundled catalog, and P2S <-> on-premises reachable only in the Virtual WAN one; then the
// matching of endpoints by name on small designs.

#include "cost/alternatives.h"
#include "io/design_file.h"
#include "routing/analysis.h"
#include "routing_support.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace spokewise;
using namespace spokewise::cost;
using namespace spokewise::test;
using routing::Verdict;

namespace {

Design loadExample(const std::string &name)
{
    const auto result = io::loadDesignFile(std::filesystem::path(SPOKEWISE_SOURCE_DIR) / "resources/examples" / name);
    REQUIRE(result.ok());
    return *result.design;
}

double category(const AlternativeResult &a, CostCategory c)
{
    const auto it = a.monthlyByCategory.find(c);
    return it == a.monthlyByCategory.end() ? -1 : it->second;
}

std::vector<Alternative> hubSpokeAlternatives()
{
    return {{"as is", loadExample("hub-spoke-p2s-er.spokewise.json"), nullptr},
            {"+ Route Server", loadExample("hub-spoke-p2s-er-route-server.spokewise.json"), nullptr},
            {"Virtual WAN", loadExample("hub-spoke-p2s-er-vwan.spokewise.json"), nullptr}};
}

} // namespace

TEST_CASE("the hub-and-spoke question answered: as is, + Route Server, Virtual WAN", "[cost][alternatives][examples]")
{
    const Comparison c = compareAlternatives(hubSpokeAlternatives(), bundledCatalog());
    REQUIRE(c.alternatives.size() == 3);
    CHECK(c.catalogDate == "2026-09");
    CHECK(c.currency == "USD");
    const AlternativeResult &asIs = c.alternatives[0];
    const AlternativeResult &ars = c.alternatives[1];
    const AlternativeResult &vwan = c.alternatives[2];
    CHECK(asIs.name == "as is");

    SECTION("as is: VPN and ExpressRoute gateways in the hub VNet, Azure Firewall")
    {
        // VpnGw1AZ 730 h x 0.21 = 153.30; 1 public IP 730 x 0.005 = 3.65;
        // 200 P2S users, 128 included: 72 x 730 h x 0.01 = 525.60.
        CHECK(category(asIs, CostCategory::VpnGateway) == Approx(682.55));
        // ErGw1AZ 730 x 0.361 = 263.53 (estimate); circuit 1 Gbps Standard metered 436.00.
        CHECK(category(asIs, CostCategory::ExpressRoute) == Approx(699.53));
        // Standard 730 x 1.25 = 912.50 plus its public IP 3.65.
        CHECK(category(asIs, CostCategory::Firewall) == Approx(916.15));
        CHECK(asIs.monthlyByCategory.size() == 3);
        CHECK(asIs.monthlyTotal == Approx(2298.23));
        CHECK(asIs.yearlyTotal == Approx(27578.76));
        CHECK(asIs.estimatedCategories == std::set<CostCategory>{CostCategory::ExpressRoute});
    }
    SECTION("+ Route Server: 335.80 more a month (PRICES.md, fix A)")
    {
        // The VPN gateway turns active-active: a second public IP, 3.65.
        CHECK(category(ars, CostCategory::VpnGateway) == Approx(686.20));
        // Route Server 730 x 0.45 = 328.50 plus its public IP 3.65.
        CHECK(category(ars, CostCategory::RouteServer) == Approx(332.15));
        CHECK(ars.monthlyTotal == Approx(2634.03));
        CHECK(ars.monthlyTotal - asIs.monthlyTotal == Approx(335.80));
    }
    SECTION("Virtual WAN: the hub's gateways replace the VNet's")
    {
        CHECK(category(vwan, CostCategory::VpnGateway) == -1);
        CHECK(category(vwan, CostCategory::ExpressRoute) == Approx(436.00)); // the circuit only
        // Hub 730 x 0.25 = 182.50; P2S scale unit 730 x 0.361 = 263.53; ER scale unit 730 x 0.42 = 306.60;
        // ER connection unit 730 x 0.05 = 36.50; 200 users x 730 h x 0.0125 = 1,825.00 (estimate).
        CHECK(category(vwan, CostCategory::VirtualWan) == Approx(2614.13));
        CHECK(category(vwan, CostCategory::Firewall) == Approx(916.15)); // the same firewall, in the hub
        CHECK(vwan.monthlyTotal == Approx(3966.28));
        CHECK(vwan.estimatedCategories == std::set<CostCategory>{CostCategory::VirtualWan});
    }
    SECTION("remote users reach on-premises only with Virtual WAN")
    {
        CHECK(asIs.unpricedCount == 0);
        CHECK(asIs.reachability == ReachabilitySummary{6, 20, 10, 0, 0, 0});
        CHECK(ars.reachability == ReachabilitySummary{6, 20, 8, 0, 2, 0});
        CHECK(vwan.reachability == ReachabilitySummary{6, 22, 8, 0, 0, 0});
        CHECK(ars.findingsBySeverity[static_cast<std::size_t>(routing::Severity::Unsupported)] == 1);
        CHECK(asIs.violatedIntents == 1);
        CHECK(ars.violatedIntents == 1);
        CHECK(vwan.violatedIntents == 0);

        REQUIRE(c.differences.size() == 2);
        for (const FlowDifference &d : c.differences) {
            INFO(d.source << " -> " << d.destination);
            CHECK(((d.source == "Remote users" && d.destination == "OnPrem")
                   || (d.source == "OnPrem" && d.destination == "Remote users")));
            REQUIRE(d.verdicts.size() == 3);
            CHECK(d.verdicts[0]->verdict == Verdict::Unreachable);
            CHECK(d.verdicts[1]->verdict == Verdict::UnsupportedConfig);
            CHECK(routing::ruleId(d.verdicts[1]->rule) == "R-ARS-1");
            CHECK(d.verdicts[2]->verdict == Verdict::Reachable);
        }
    }
    SECTION("the categories of the side-by-side table")
    {
        CHECK(c.categories()
              == std::vector<CostCategory>{CostCategory::VpnGateway, CostCategory::ExpressRoute,
                                           CostCategory::RouteServer, CostCategory::Firewall,
                                           CostCategory::VirtualWan});
    }
}

TEST_CASE("alternatives use the analysis they are given, and the usage options", "[cost][alternatives]")
{
    auto alternatives = hubSpokeAlternatives();
    const routing::Analysis given = routing::analyze(alternatives[2].design);
    alternatives[2].analysis = &given;
    CostOptions options;
    options.p2sConnectedHoursPerUser = 160;
    const Comparison c = compareAlternatives(alternatives, bundledCatalog(), options);
    // 200 users x 160 h x 0.0125 = 400.00 instead of 1,825.00; as is: 72 x 160 h x 0.01 = 115.20.
    CHECK(category(c.alternatives[2], CostCategory::VirtualWan) == Approx(1189.13));
    CHECK(category(c.alternatives[0], CostCategory::VpnGateway) == Approx(272.15));
    CHECK(c.alternatives[2].reachability.reachable == 22);
}

TEST_CASE("endpoints are matched by name across alternatives", "[cost][alternatives]")
{
    // Two VNets peered or not: the same names, different ids.
    const auto twoVnets = [](bool peered, const std::string &prefix) {
        DesignBuilder b;
        b.vnet(prefix + "a", {"10.1.0.0/16"}, {{"app", "10.1.0.0/24"}});
        b.vnet(prefix + "b", {"10.2.0.0/16"}, {{"app", "10.2.0.0/24"}});
        b.design.resources[0].name = "A";
        b.design.resources[1].name = "B";
        if (peered)
            b.peer(prefix + "p", prefix + "a", prefix + "b");
        return b.design;
    };
    SECTION("the same pair under other ids differs in verdict")
    {
        const Comparison c = compareAlternatives({{"apart", twoVnets(false, "x"), nullptr},
                                                  {"peered", twoVnets(true, "y"), nullptr},
                                                  {"peered too", twoVnets(true, "z"), nullptr}},
                                                 bundledCatalog());
        REQUIRE(c.differences.size() == 2);
        CHECK(c.differences[0].source == "A/app");
        CHECK(c.differences[0].destination == "B/app");
        CHECK(c.differences[1].source == "B/app");
        CHECK(c.differences[0].verdicts[0]->verdict == Verdict::Unreachable);
        CHECK(c.differences[0].verdicts[1]->verdict == Verdict::Reachable);
        CHECK(c.differences[0].verdicts[2]->verdict == Verdict::Reachable);
        // No cost at all: categories are empty, totals zero, nothing unpriced.
        CHECK(c.categories().empty());
        CHECK(c.alternatives[1].monthlyTotal == 0);
    }
    SECTION("a pair missing from an alternative shows as absent; one alternative alone never differs")
    {
        Design third = twoVnets(true, "z");
        third.resources[1].name = "C"; // B/app is now C/app
        const Comparison c = compareAlternatives(
                {{"apart", twoVnets(false, "x"), nullptr}, {"renamed", third, nullptr}}, bundledCatalog());
        CHECK(c.differences.empty()); // A/app <-> B/app exists in one alternative only
        const Comparison d = compareAlternatives({{"apart", twoVnets(false, "x"), nullptr},
                                                  {"peered", twoVnets(true, "y"), nullptr},
                                                  {"renamed", third, nullptr}},
                                                 bundledCatalog());
        REQUIRE(d.differences.size() == 2);
        CHECK_FALSE(d.differences[0].verdicts[2].has_value());
    }
    SECTION("a name used twice in one design gets the element's id")
    {
        Design dup = twoVnets(false, "x");
        dup.resources[1].name = "A";
        CHECK(endpointMatchName(dup, Id("xa-app"), false) == "A/app#xa-app");
        CHECK(endpointMatchName(dup, Id("xb-app"), false) == "A/app#xb-app");
        CHECK(endpointMatchName(dup, Id("internet"), true) == "internet");
        CHECK(endpointMatchName(twoVnets(false, "x"), Id("xb-app"), false) == "B/app");
    }
}
