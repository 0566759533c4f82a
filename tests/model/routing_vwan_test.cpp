// Virtual WAN hub routing (ROUTING.md §6.3): route tables, association and propagation, labels
// across hubs, static routes, routing intent and hub routing preference; and the findings of M-25
// and §6.3. Every verdict test checks the rule as well as the verdict.

#include "routing_support.h"

#include "routing/analysis.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace spokewise;
using namespace spokewise::routing;
using namespace spokewise::test;

namespace {

VirtualHub &hub(DesignBuilder &b, const std::string &id, const char *prefix, const std::string &wan = "wan")
{
    VirtualHub h;
    h.virtualWan = Id(wan);
    h.region = "westeurope";
    h.addressPrefix = pfx(prefix);
    h.vpnGateway = HubGateway{1};
    return b.add(id, h);
}

// A VNet "<id>" with subnet "<id>-app", connected to a hub by "<id>-conn".
VirtualHubConnection &spoke(DesignBuilder &b, const std::string &id, const char *prefix, const char *subnet,
                            const std::string &hubId)
{
    b.vnet(id, {prefix}, {{"app", subnet}});
    return b.add(id + "-conn", VirtualHubConnection{Id(hubId), Id(id), {}});
}

HubRoutingConfiguration config(const char *associated, std::vector<std::string> tables,
                               std::vector<std::string> labels = {})
{
    HubRoutingConfiguration c;
    c.associatedRouteTable = associated;
    c.propagatedRouteTables = std::move(tables);
    c.propagatedLabels = std::move(labels);
    return c;
}

// A site reached over S2S BGP from hub "hub".
void branch(DesignBuilder &b, const std::string &hubId = "hub")
{
    b.site("branch", {"172.16.0.0/16"}, 65010);
    SiteToSiteConnection c;
    c.virtualHub = Id(hubId);
    c.site = Id("branch");
    c.enableBgp = true;
    b.add("branch-vpn", c);
}

bool hasFinding(const Analysis &a, std::string_view check, const std::string &code)
{
    return std::any_of(a.findings().begin(), a.findings().end(),
                       [&](const Finding &f) { return ruleId(f.check) == check && f.code == code; });
}

bool passes(const Walk &w, const std::string &element)
{
    return std::any_of(w.hops.begin(), w.hops.end(), [&](const Hop &h) { return h.element.str() == element; });
}

// The hub tables a view lists a prefix in, sorted.
std::string tablesOf(const std::optional<RouteTableView> &v, const char *prefix)
{
    REQUIRE(v.has_value());
    std::vector<std::string> names;
    for (const RouteEntry &r : v->routes) {
        if (r.prefix == pfx(prefix))
            names.push_back(r.hubTable);
    }
    std::sort(names.begin(), names.end());
    std::string s;
    for (const auto &n : names)
        s += (s.empty() ? "" : " ") + n;
    return s;
}

// Isolated VNets with shared services (Azure's "isolating VNets" scenario): spokes associate with
// RT_VNET and propagate to the default table only; shared services and branches associate with the
// default table and propagate to both.
DesignBuilder isolatedSpokes()
{
    DesignBuilder b;
    b.add("wan", VirtualWan{VirtualWanType::Standard, true});
    VirtualHub &h = hub(b, "hub", "10.100.0.0/23");
    h.routeTables.push_back(HubRouteTable{"RT_VNET", {}, {}});
    h.branchRoutingConfiguration = config("defaultRouteTable", {"defaultRouteTable", "RT_VNET"}, {"default"});
    spoke(b, "spoke1", "10.1.0.0/16", "10.1.0.0/24", "hub").routingConfiguration
            = config("RT_VNET", {"defaultRouteTable"}, {"default"});
    spoke(b, "spoke2", "10.2.0.0/16", "10.2.0.0/24", "hub").routingConfiguration
            = config("RT_VNET", {"defaultRouteTable"}, {"default"});
    spoke(b, "shared", "10.3.0.0/16", "10.3.0.0/24", "hub").routingConfiguration
            = config("defaultRouteTable", {"defaultRouteTable", "RT_VNET"}, {"default"});
    branch(b);
    return b;
}

} // namespace

TEST_CASE("vWAN custom route tables isolate spokes; branches and shared services reach all (§6.3)",
          "[routing][vwan][tables]")
{
    const DesignBuilder b = isolatedSpokes();
    const Analysis a = analyze(b.design);

    const FlowResult s1s2 = a.trace(Id("spoke1-app"), Id("spoke2-app"));
    // No hub route for spoke2: the reserved 10.0.0.0/8 None route drops it (R-SYS-3).
    CHECK(verdictOf(s1s2) == "unreachable R-SYS-3 §6.3");
    CHECK(s1s2.reason == Reason::DroppedByNoneRoute);
    CHECK(s1s2.elements == std::vector<Id>{Id("spoke1-app"), Id("hub")});

    const FlowResult toBranch = a.trace(Id("spoke1-app"), Id("branch"));
    CHECK(toBranch.verdict == Verdict::Reachable);
    REQUIRE(toBranch.forward.hops.size() >= 2);
    REQUIRE(toBranch.forward.hops[0].route.has_value());
    CHECK(toBranch.forward.hops[0].route->hubTable == "RT_VNET");
    CHECK(toBranch.forward.hops[0].route->nextHop == NextHop::VirtualHub);
    CHECK(ruleId(toBranch.forward.hops[0].rule) == "§6.3");
    CHECK(toBranch.forward.hops[1].element.str() == "hub");
    CHECK(ruleId(toBranch.forward.hops[1].rule) == "§6.3");

    for (const char *to : {"spoke1-app", "spoke2-app", "shared-app"})
        CHECK(a.trace(Id("branch"), Id(to)).verdict == Verdict::Reachable);
    CHECK(a.trace(Id("spoke1-app"), Id("shared-app")).verdict == Verdict::Reachable);
    CHECK(a.trace(Id("shared-app"), Id("spoke2-app")).verdict == Verdict::Reachable);

    // Effective routes: the spoke's associated table only (no spoke2); the branch learns all.
    CHECK(prefixesOf(a.effectiveRoutes(Id("spoke1-app")))
          == "0.0.0.0/0 10.0.0.0/8 10.1.0.0/16 10.100.0.0/23 10.3.0.0/16 100.64.0.0/10 172.16.0.0/12 172.16.0.0/16 "
             "192.168.0.0/16");
    CHECK(prefixesOf(a.siteRoutes(Id("branch"))) == "10.1.0.0/16 10.2.0.0/16 10.3.0.0/16");
    // The hub lists each table's routes, naming the table.
    CHECK(tablesOf(a.routesAt(Id("hub")), "10.1.0.0/16") == "defaultRouteTable");
    CHECK(tablesOf(a.routesAt(Id("hub")), "10.3.0.0/16") == "RT_VNET defaultRouteTable");
    CHECK(tablesOf(a.routesAt(Id("hub")), "172.16.0.0/16") == "RT_VNET defaultRouteTable");
    CHECK(a.findings().empty());
    requireMatrixMatchesTraces(a);
}

TEST_CASE("vWAN default route tables are any-to-any (§6.3)", "[routing][vwan][tables]")
{
    DesignBuilder b;
    b.add("wan", VirtualWan{VirtualWanType::Standard, true});
    hub(b, "hub", "10.100.0.0/23");
    spoke(b, "spoke1", "10.1.0.0/16", "10.1.0.0/24", "hub");
    spoke(b, "spoke2", "10.2.0.0/16", "10.2.0.0/24", "hub");
    const Analysis a = analyze(b.design);
    const FlowResult f = a.trace(Id("spoke1-app"), Id("spoke2-app"));
    CHECK(f.verdict == Verdict::Reachable);
    REQUIRE(f.forward.hops.size() >= 2);
    CHECK(f.forward.hops[0].route->hubTable == "defaultRouteTable");
    CHECK(ruleId(f.forward.hops[1].rule) == "§6.3");

    // Basic WAN: no VNet-to-VNet transit through the hub (M-25).
    b.get<VirtualWan>("wan").type = VirtualWanType::Basic;
    const Analysis basic = analyze(b.design);
    CHECK(verdictOf(basic.trace(Id("spoke1-app"), Id("spoke2-app"))) == "unreachable R-SYS-3 §6.3");
    CHECK(hasFinding(basic, "M-25", "basic-virtual-wan-vnet-transit"));
}

TEST_CASE("vWAN labels select tables across hubs (§6.3); a label no table carries is flagged",
          "[routing][vwan][labels]")
{
    DesignBuilder b;
    b.add("wan", VirtualWan{VirtualWanType::Standard, true});
    hub(b, "hub1", "10.100.0.0/23").routeTables.push_back(HubRouteTable{"RT_SHARED", {"shared"}, {}});
    hub(b, "hub2", "10.102.0.0/23");
    // a (hub1) routes with RT_SHARED, which only c's routes reach, through the "shared" label.
    spoke(b, "a", "10.1.0.0/16", "10.1.0.0/24", "hub1").routingConfiguration
            = config("RT_SHARED", {"defaultRouteTable"}, {"default"});
    spoke(b, "c", "10.3.0.0/16", "10.3.0.0/24", "hub2").routingConfiguration
            = config("defaultRouteTable", {"defaultRouteTable"}, {"default", "shared"});
    spoke(b, "d", "10.4.0.0/16", "10.4.0.0/24", "hub2");
    const Analysis a = analyze(b.design);

    const FlowResult ac = a.trace(Id("a-app"), Id("c-app"));
    CHECK(ac.verdict == Verdict::Reachable);
    CHECK(ac.forward.hops[0].route->hubTable == "RT_SHARED");
    CHECK(passes(ac.forward, "hub1"));
    CHECK(passes(ac.forward, "hub2"));
    CHECK(a.trace(Id("c-app"), Id("a-app")).verdict == Verdict::Reachable);
    // d's routes reach hub1's default table only: a has no route to d.
    CHECK(verdictOf(a.trace(Id("a-app"), Id("d-app"))) == "unreachable R-SYS-3 §6.3");
    // d reaches a, but a's replies have no way back.
    const FlowResult da = a.trace(Id("d-app"), Id("a-app"));
    CHECK(verdictOf(da) == "unreachable R-SYS-3 §6.3");
    CHECK(da.decidedBy == Direction::Return);
    CHECK(tablesOf(a.routesAt(Id("hub1")), "10.3.0.0/16") == "RT_SHARED defaultRouteTable");
    CHECK(tablesOf(a.routesAt(Id("hub1")), "10.4.0.0/16") == "defaultRouteTable");
    CHECK(a.findings().empty());
    requireMatrixMatchesTraces(a);

    // A label typo selects no table: c no longer reaches RT_SHARED.
    b.get<VirtualHubConnection>("c-conn").routingConfiguration.propagatedLabels = {"default", "shraed"};
    const Analysis typo = analyze(b.design);
    CHECK(verdictOf(typo.trace(Id("a-app"), Id("c-app"))) == "unreachable R-SYS-3 §6.3");
    CHECK(hasFinding(typo, "§6.3", "hub-label-unknown"));
    CHECK(hasFinding(typo, "§6.3", "hub-associated-table-empty"));
}

TEST_CASE("vWAN routing intent sends private traffic through the hub firewall (§6.3)", "[routing][vwan][intent]")
{
    DesignBuilder b;
    b.add("wan", VirtualWan{VirtualWanType::Standard, true});
    VirtualHub &h = hub(b, "hub", "10.100.0.0/23");
    h.routingIntent = RoutingIntent{true, true, {}};
    AzureFirewall fw;
    fw.virtualHub = Id("hub");
    fw.networkRules = {NetworkRule{"all", RuleAction::Allow, {}, {}}};
    b.add("hub-fw", fw);
    spoke(b, "spoke1", "10.1.0.0/16", "10.1.0.0/24", "hub").routingConfiguration.enableInternetSecurity = true;
    spoke(b, "spoke2", "10.2.0.0/16", "10.2.0.0/24", "hub");
    spoke(b, "spoke3", "40.1.0.0/16", "40.1.0.0/24", "hub");
    branch(b);
    const Analysis a = analyze(b.design);

    for (const auto &[from, to] : {std::pair{"spoke1-app", "spoke2-app"}, std::pair{"branch", "spoke1-app"},
                                   std::pair{"spoke2-app", "branch"}}) {
        INFO(from << " -> " << to);
        const FlowResult f = a.trace(Id(from), Id(to));
        CHECK(f.verdict == Verdict::Reachable);
        CHECK(passes(f.forward, "hub-fw"));
        CHECK(passes(f.back, "hub-fw"));
    }
    const FlowResult s1s2 = a.trace(Id("spoke1-app"), Id("spoke2-app"));
    CHECK(s1s2.forward.hops[0].route->prefix == pfx("10.0.0.0/8"));
    CHECK(s1s2.forward.hops[0].route->hubTable == "defaultRouteTable");
    CHECK(ruleId(s1s2.forward.hops[0].rule) == "§6.3");
    // Internet policy: spoke1 (enableInternetSecurity) breaks out through the firewall, spoke2 directly.
    CHECK(passes(a.trace(Id("spoke1-app"), Id("internet")).forward, "hub-fw"));
    const FlowResult s2i = a.trace(Id("spoke2-app"), Id("internet"));
    CHECK(s2i.verdict == Verdict::Reachable);
    CHECK_FALSE(passes(s2i.forward, "hub-fw"));
    // 40.1.0.0/16 is no private prefix: spoke2 (no Internet policy) sends it to the Internet...
    CHECK(verdictOf(a.trace(Id("spoke2-app"), Id("spoke3-app"))) == "unreachable R-SYS-2");
    // ... spoke1 sends it to the firewall with its 0/0, which knows spoke3...
    CHECK(passes(a.trace(Id("spoke1-app"), Id("spoke3-app")).forward, "hub-fw"));
    // ... and as an additional private prefix it goes to the firewall from every spoke.
    b.get<VirtualHub>("hub").routingIntent->additionalPrivatePrefixes = {pfx("40.1.0.0/16")};
    const Analysis more = analyze(b.design);
    const FlowResult s1s3 = more.trace(Id("spoke2-app"), Id("spoke3-app"));
    CHECK(s1s3.verdict == Verdict::Reachable);
    CHECK(passes(s1s3.forward, "hub-fw"));
    CHECK(a.findings().empty());
    requireMatrixMatchesTraces(a);

    // What-if: the firewall fails; private traffic is lost, not rerouted around it.
    AnalyzeOptions failFw;
    failFw.failed = {Id("hub-fw")};
    const FlowResult lost = analyze(b.design, failFw).trace(Id("spoke1-app"), Id("spoke2-app"));
    CHECK(verdictOf(lost) == "unreachable §6.3");
    CHECK(lost.reason == Reason::ApplianceMissing);

    // The firewall's rules decide.
    b.get<AzureFirewall>("hub-fw").networkRules.insert(
            b.get<AzureFirewall>("hub-fw").networkRules.begin(),
            NetworkRule{"no-spoke2", RuleAction::Deny, {}, pfxs({"10.2.0.0/16"})});
    const Analysis denied = analyze(b.design);
    CHECK(verdictOf(denied.trace(Id("spoke1-app"), Id("spoke2-app"))) == "unreachable §7.2");
}

TEST_CASE("vWAN routing intent ignores custom tables and needs a firewall (M-25, §6.3)",
          "[routing][vwan][intent][findings]")
{
    DesignBuilder b = isolatedSpokes();
    b.get<VirtualHub>("hub").routingIntent = RoutingIntent{false, true, {}};
    const Analysis noFw = analyze(b.design);
    CHECK(hasFinding(noFw, "§6.3", "routing-intent-without-firewall"));
    CHECK(hasFinding(noFw, "M-25", "routing-intent-with-custom-route-tables"));
    // Without a firewall the intent is not in force: the custom tables still isolate.
    CHECK(verdictOf(noFw.trace(Id("spoke1-app"), Id("spoke2-app"))) == "unreachable R-SYS-3 §6.3");

    AzureFirewall fw;
    fw.virtualHub = Id("hub");
    fw.networkRules = {NetworkRule{"all", RuleAction::Allow, {}, {}}};
    b.add("hub-fw", fw);
    const Analysis a = analyze(b.design);
    CHECK_FALSE(hasFinding(a, "§6.3", "routing-intent-without-firewall"));
    CHECK(hasFinding(a, "M-25", "routing-intent-with-custom-route-tables"));
    // As Azure does, the intent wins: RT_VNET is ignored and the firewall connects the spokes.
    const FlowResult f = a.trace(Id("spoke1-app"), Id("spoke2-app"));
    CHECK(f.verdict == Verdict::Reachable);
    CHECK(passes(f.forward, "hub-fw"));
    CHECK(f.forward.hops[0].route->hubTable == "defaultRouteTable");
}

TEST_CASE("vWAN hub routing preference picks VPN over ExpressRoute when set (§6.3)", "[routing][vwan][preference]")
{
    DesignBuilder b;
    b.add("wan", VirtualWan{VirtualWanType::Standard, true});
    hub(b, "hub", "10.100.0.0/23").expressRouteGateway = HubGateway{1};
    spoke(b, "spoke1", "10.1.0.0/16", "10.1.0.0/24", "hub");
    branch(b);
    b.circuit("circuit");
    ExpressRouteConnection erc;
    erc.virtualHub = Id("hub");
    erc.circuit = Id("circuit");
    b.add("hub-er", erc);
    b.circuitSite("branch-er", "circuit", "branch");
    const auto firstHubRoute = [](const FlowResult &f) {
        REQUIRE(f.verdict == Verdict::Reachable);
        REQUIRE(f.forward.hops.size() >= 2);
        CHECK(ruleId(f.forward.hops[0].rule) == "§6.3");
        CHECK(f.forward.hops[1].element.str() == "hub");
        CHECK(ruleId(f.forward.hops[1].rule) == "§6.3");
        return f.forward.hops[1].route->nextHop;
    };
    // Default preference ExpressRoute.
    CHECK(firstHubRoute(analyze(b.design).trace(Id("spoke1-app"), Id("branch"))) == NextHop::Circuit);
    b.get<VirtualHub>("hub").hubRoutingPreference = HubRoutingPreference::VpnGateway;
    CHECK(firstHubRoute(analyze(b.design).trace(Id("spoke1-app"), Id("branch"))) == NextHop::Connection);
    // AS path: the branch prepends on ExpressRoute, so the VPN path is shorter.
    b.get<VirtualHub>("hub").hubRoutingPreference = HubRoutingPreference::ASPath;
    SiteConnectionPolicy pol;
    pol.connection = Id("branch-er");
    pol.asPathPrepend = 3;
    b.get<OnPremisesSite>("branch").connectionPolicies.push_back(pol);
    CHECK(firstHubRoute(analyze(b.design).trace(Id("spoke1-app"), Id("branch"))) == NextHop::Connection);
    b.get<OnPremisesSite>("branch").connectionPolicies.clear();
    CHECK(firstHubRoute(analyze(b.design).trace(Id("spoke1-app"), Id("branch"))) == NextHop::Circuit);
}

TEST_CASE("vWAN static routes: to the NVA of a spoke connection, and without one (§6.3)", "[routing][vwan][static]")
{
    DesignBuilder b;
    b.add("wan", VirtualWan{VirtualWanType::Standard, true});
    VirtualHub &h = hub(b, "hub", "10.100.0.0/23");
    h.routeTables.push_back(HubRouteTable{
            "defaultRouteTable", {}, {HubStaticRoute{"to-indirect", pfxs({"10.11.0.0/16"}), Id("nva-conn")}}});
    spoke(b, "nva", "10.10.0.0/16", "10.10.1.0/24", "hub");
    b.vnet("indirect", {"10.11.0.0/16"}, {{"app", "10.11.0.0/24"}});
    b.peer("nva-indirect", "nva", "indirect").sides[0].allowForwardedTraffic = true;
    b.get<VirtualNetworkPeering>("nva-indirect").sides[1].allowForwardedTraffic = true;
    b.routeTable("rt-indirect", {udr("to-nva", "0.0.0.0/0", NextHopType::VirtualAppliance, "10.10.1.4")});
    b.attach("indirect-app", "rt-indirect");
    branch(b);

    // Without the NVA: a black hole at the hub.
    const Analysis none = analyze(b.design);
    CHECK(hasFinding(none, "§6.3", "hub-static-route-without-nva"));
    const FlowResult lost = none.trace(Id("branch"), Id("indirect-app"));
    CHECK(verdictOf(lost) == "unreachable §6.3");
    CHECK(lost.reason == Reason::ApplianceMissing);

    NetworkVirtualAppliance nva;
    nva.subnet = Id("nva-app");
    nva.privateIpAddress = ip("10.10.1.4");
    b.add("nva-vm", nva);
    const Analysis a = analyze(b.design);
    CHECK_FALSE(hasFinding(a, "§6.3", "hub-static-route-without-nva"));
    const FlowResult f = a.trace(Id("branch"), Id("indirect-app"));
    CHECK(f.verdict == Verdict::Reachable);
    CHECK(passes(f.forward, "nva-vm"));
    CHECK(passes(f.back, "nva-vm"));
    CHECK(tablesOf(a.routesAt(Id("hub")), "10.11.0.0/16") == "defaultRouteTable");
    requireMatrixMatchesTraces(a);
}

TEST_CASE("vWAN branches off the default table are flagged; a connection without a table has no hub routes (§6.3)",
          "[routing][vwan][findings]")
{
    DesignBuilder b = isolatedSpokes();
    b.get<VirtualHub>("hub").branchRoutingConfiguration.associatedRouteTable = "RT_VNET";
    const Analysis a = analyze(b.design);
    CHECK(hasFinding(a, "§6.3", "branches-not-associated-to-default"));
    // The branches now route with RT_VNET, which holds no spoke: they reach shared services only.
    CHECK(a.trace(Id("branch"), Id("shared-app")).verdict == Verdict::Reachable);
    CHECK(verdictOf(a.trace(Id("branch"), Id("spoke1-app"))) == "unreachable §6.3");
    CHECK(prefixesOf(a.siteRoutes(Id("branch"))) == "10.3.0.0/16");

    // A table name the hub lacks (a design error the validator reports): no hub routes at all.
    b.get<VirtualHubConnection>("spoke1-conn").routingConfiguration.associatedRouteTable = "RT_VNTE";
    const Analysis typo = analyze(b.design);
    CHECK(verdictOf(typo.trace(Id("spoke1-app"), Id("shared-app"))) == "unreachable R-SYS-3 §6.3");
    CHECK(prefixesOf(typo.effectiveRoutes(Id("spoke1-app")))
          == "0.0.0.0/0 10.0.0.0/8 10.1.0.0/16 10.100.0.0/23 100.64.0.0/10 172.16.0.0/12 192.168.0.0/16");
}
