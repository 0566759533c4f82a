// Golden tests: the eight topologies of Microsoft's "About Point-to-Site VPN routing" article, as
// tabulated in ROUTING.md §4.3 (pool 192.168.0.0/24, VNet1 hosts the P2S gateway). The table is
// the truth for routes and reachability; #3 and #7 are documented behaviour whose mechanism is
// uncertain ([uncertain] tag).

#include "routing_support.h"

using namespace spokewise;
using namespace spokewise::routing;
using namespace spokewise::test;

namespace {

// Builds scenario `n` (1..8) with three client groups on gw1: "win" (Windows, nothing added by
// hand), "win-manual" (Windows with every remote prefix added by hand) and "other" (non-Windows).
Design scenario(int n)
{
    DesignBuilder b;
    b.vnet("vnet1", {"10.1.0.0/16"}, {{"GatewaySubnet", "10.1.255.0/27"}, {"app", "10.1.1.0/24"}});
    const bool bgp = n == 4 || n == 6 || n == 8;
    VpnGateway &gw1 = b.vpnGateway("gw1", "vnet1", bgp, 65001);
    b.pointToSite(gw1, "192.168.0.0/24");
    if (n == 2) {
        b.vnet("vnet2", {"10.2.0.0/16"}, {{"app", "10.2.1.0/24"}});
        b.vnet("vnet3", {"10.3.0.0/16"}, {{"app", "10.3.1.0/24"}});
        b.vnet("vnet4", {"10.4.0.0/16"}, {{"app", "10.4.1.0/24"}});
        b.transitPeer("p12", "vnet1", "vnet2");
        b.transitPeer("p14", "vnet1", "vnet4");
        b.peer("p23", "vnet2", "vnet3");
    }
    if (n == 3 || n == 4 || n == 7 || n == 8) {
        b.vnet("vnet2", {"10.2.0.0/16"}, {{"GatewaySubnet", "10.2.255.0/27"}, {"app", "10.2.1.0/24"}});
        b.vnet("vnet3", {"10.3.0.0/16"}, {{"GatewaySubnet", "10.3.255.0/27"}, {"app", "10.3.1.0/24"}});
        b.vpnGateway("gw2", "vnet2", bgp, 65002);
        b.vpnGateway("gw3", "vnet3", bgp, 65003);
        b.v2v("v12", "gw1", "gw2", bgp);
        b.v2v("v23", "gw2", "gw3", bgp);
    }
    if (n == 5 || n == 6) {
        b.site("site1", {"10.101.0.0/16"}, bgp ? std::optional<std::uint32_t>(65101) : std::nullopt);
        b.s2s("s1", "gw1", "site1", {"10.101.0.0/16"}, bgp);
    }
    if (n == 7 || n == 8) {
        b.site("site1", {"10.101.0.0/16"}, bgp ? std::optional<std::uint32_t>(65101) : std::nullopt);
        b.s2s("s3", "gw3", "site1", {"10.101.0.0/16"}, bgp);
    }
    b.clients("win", "gw1", ClientOs::Windows);
    b.clients("win-manual", "gw1", ClientOs::Windows, {"10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.101.0.0/16"});
    b.clients("other", "gw1", ClientOs::Other);
    return b.design;
}

// The destinations of a scenario that each group can reach, as text ("vnet1-app site1").
std::string reached(const Analysis &a, const std::string &group)
{
    std::string s;
    for (const char *dst : {"vnet1-app", "vnet2-app", "vnet3-app", "vnet4-app", "site1"}) {
        if (a.endpointIndex(Id(dst)) < 0)
            continue;
        if (a.trace(Id(group), Id(dst)).verdict == Verdict::Reachable)
            s += (s.empty() ? "" : " ") + std::string(dst);
    }
    return s;
}

} // namespace

TEST_CASE("P2S #1: isolated VNet", "[routing][p2s][golden]")
{
    const Analysis a = analyze(scenario(1));
    CHECK(prefixesOf(a.clientRoutes(Id("win"))) == "10.1.0.0/16 192.168.0.0/24");
    CHECK(prefixesOf(a.clientRoutes(Id("other"))) == "10.1.0.0/16 192.168.0.0/24");
    CHECK(reached(a, "win") == "vnet1-app");
    CHECK(reached(a, "other") == "vnet1-app");
    requireMatrixMatchesTraces(a);
}

TEST_CASE("P2S #2: peered VNets, spokes use remote gateways", "[routing][p2s][golden]")
{
    const Analysis a = analyze(scenario(2));
    const std::string routes = "10.1.0.0/16 10.2.0.0/16 10.4.0.0/16 192.168.0.0/24";
    CHECK(prefixesOf(a.clientRoutes(Id("win"))) == routes);
    CHECK(prefixesOf(a.clientRoutes(Id("other"))) == routes);
    CHECK(reached(a, "win") == "vnet1-app vnet2-app vnet4-app");
    CHECK(reached(a, "other") == "vnet1-app vnet2-app vnet4-app");
    // VNet3 is peered with VNet2 only: non-transitive, and no route on the client.
    const FlowResult f = a.trace(Id("other"), Id("vnet3-app"));
    CHECK(f.verdict == Verdict::Unreachable);
    CHECK(f.reason == Reason::ClientRouteMissing);
    CHECK(hasRule(f, "R-P2S-2"));
    CHECK(hasRule(f, "R-PEER-1"));
    // Even a route added by hand does not help: VNet1 has no route to VNet3 (R-PEER-1).
    const FlowResult m = a.trace(Id("win-manual"), Id("vnet3-app"));
    CHECK(m.verdict == Verdict::Unreachable);
    CHECK(m.reason == Reason::DroppedByNoneRoute);
    CHECK(hasRule(m, "R-SYS-3"));
    // The spokes route the pool back through the hub gateway (R-P2S-5).
    const auto spoke = a.effectiveRoutes(Id("vnet2-app"));
    REQUIRE(spoke);
    CHECK(std::any_of(spoke->routes.begin(), spoke->routes.end(), [](const RouteEntry &r) {
        return r.prefix.toString() == "192.168.0.0/24" && r.nextHop == NextHop::VirtualNetworkGateway
               && ruleId(r.rule) == "R-SYS-8";
    }));
    requireMatrixMatchesTraces(a);
}

TEST_CASE("P2S #2: a Windows profile downloaded before the peering is indeterminate", "[routing][p2s][golden]")
{
    Design d = scenario(2);
    d.find(Id("win"))->as<P2sClientGroup>()->profileDownloadedBeforeLastChange = true;
    const Analysis a = analyze(d);
    const FlowResult own = a.trace(Id("win"), Id("vnet1-app"));
    CHECK(own.verdict == Verdict::Reachable);
    const FlowResult spoke = a.trace(Id("win"), Id("vnet2-app"));
    CHECK(spoke.verdict == Verdict::Indeterminate);
    CHECK(spoke.reason == Reason::StaleClientProfile);
    CHECK(hasRule(spoke, "R-PEER-8"));
    CHECK(spoke.fix.code == FixCode::RedownloadClientProfile);
    CHECK(spoke.fix.args == std::vector<std::string>{"win"});
    const auto &fs = a.findings();
    CHECK(std::any_of(fs.begin(), fs.end(), [](const Finding &f) { return ruleId(f.check) == "M-15"; }));
    requireMatrixMatchesTraces(a);
}

TEST_CASE("P2S #3: static VNet-to-VNet chain (documented behaviour, mechanism uncertain)",
          "[routing][p2s][golden][uncertain]")
{
    const Analysis a = analyze(scenario(3));
    CHECK(prefixesOf(a.clientRoutes(Id("win"))) == "10.1.0.0/16 192.168.0.0/24");
    CHECK(prefixesOf(a.clientRoutes(Id("other"))) == "10.1.0.0/16 10.2.0.0/16 192.168.0.0/24");
    CHECK(reached(a, "win") == "vnet1-app");
    CHECK(reached(a, "other") == "vnet1-app");
    // Offered VNet2 but VNet2 has no route back to the pool (R-P2S-3).
    const FlowResult f = a.trace(Id("other"), Id("vnet2-app"));
    CHECK(f.verdict == Verdict::Unreachable);
    CHECK(f.decidedBy == Direction::Return);
    CHECK(hasRule(f, "R-P2S-3"));
    CHECK(f.forward.delivered());
    requireMatrixMatchesTraces(a);
}

TEST_CASE("P2S #4: BGP VNet-to-VNet chain", "[routing][p2s][golden]")
{
    const Analysis a = analyze(scenario(4));
    CHECK(prefixesOf(a.clientRoutes(Id("win"))) == "10.1.0.0/16 192.168.0.0/24");
    CHECK(prefixesOf(a.clientRoutes(Id("other"))) == "10.1.0.0/16 10.2.0.0/16 10.3.0.0/16 192.168.0.0/24");
    CHECK(reached(a, "win") == "vnet1-app");
    CHECK(reached(a, "win-manual") == "vnet1-app vnet2-app vnet3-app");
    CHECK(reached(a, "other") == "vnet1-app vnet2-app vnet3-app");
    const FlowResult f = a.trace(Id("win"), Id("vnet3-app"));
    CHECK(verdictOf(f) == "unreachable R-P2S-1");
    CHECK(f.reason == Reason::ClientRouteMissing);
    CHECK(f.fix.code == FixCode::AddClientRoute);
    CHECK(f.fix.args == std::vector<std::string>{"win", "10.3.0.0/16"});
    requireMatrixMatchesTraces(a);
}

TEST_CASE("P2S #5: static branch office", "[routing][p2s][golden]")
{
    const Analysis a = analyze(scenario(5));
    CHECK(prefixesOf(a.clientRoutes(Id("win"))) == "10.1.0.0/16 192.168.0.0/24");
    CHECK(prefixesOf(a.clientRoutes(Id("other"))) == "10.1.0.0/16 192.168.0.0/24");
    CHECK(reached(a, "win") == "vnet1-app");
    CHECK(reached(a, "win-manual") == "vnet1-app");
    CHECK(reached(a, "other") == "vnet1-app");
    // With a route added by hand the packet reaches Site1, which has no route back to the pool.
    const FlowResult f = a.trace(Id("win-manual"), Id("site1"));
    CHECK(f.verdict == Verdict::Unreachable);
    CHECK(f.decidedBy == Direction::Return);
    CHECK(hasRule(f, "R-P2S-3"));
    CHECK(f.fix.code == FixCode::AddOnPremisesRoute);
    CHECK(f.fix.args == std::vector<std::string>{"site1", "s1", "192.168.0.0/24"});
    requireMatrixMatchesTraces(a);
}

TEST_CASE("P2S #6: BGP branch office", "[routing][p2s][golden]")
{
    const Analysis a = analyze(scenario(6));
    CHECK(prefixesOf(a.clientRoutes(Id("win"))) == "10.1.0.0/16 192.168.0.0/24");
    CHECK(prefixesOf(a.clientRoutes(Id("other"))) == "10.1.0.0/16 10.101.0.0/16 192.168.0.0/24");
    CHECK(reached(a, "win") == "vnet1-app");
    CHECK(reached(a, "win-manual") == "vnet1-app site1");
    CHECK(reached(a, "other") == "vnet1-app site1");
    // Site1 learns the pool by BGP (§3.2).
    CHECK(prefixesOf(a.siteRoutes(Id("site1"))) == "10.1.0.0/16 192.168.0.0/24");
    requireMatrixMatchesTraces(a);
}

TEST_CASE("P2S #7: static chain with a branch (documented behaviour, mechanism uncertain)",
          "[routing][p2s][golden][uncertain]")
{
    const Analysis a = analyze(scenario(7));
    CHECK(prefixesOf(a.clientRoutes(Id("win"))) == "10.1.0.0/16 192.168.0.0/24");
    // The article prints 10.1, 10.2, 10.3, 10.101 and the pool for non-Windows clients, which no
    // non-BGP gateway can know (ROUTING.md §10-A(2)); the engine follows the rules (R-VPN-3).
    CHECK(prefixesOf(a.clientRoutes(Id("other"))) == "10.1.0.0/16 10.2.0.0/16 192.168.0.0/24");
    CHECK(reached(a, "win") == "vnet1-app");
    CHECK(reached(a, "win-manual") == "vnet1-app");
    CHECK(reached(a, "other") == "vnet1-app");
    requireMatrixMatchesTraces(a);
}

TEST_CASE("P2S #8: BGP chain with a branch", "[routing][p2s][golden]")
{
    const Analysis a = analyze(scenario(8));
    CHECK(prefixesOf(a.clientRoutes(Id("win"))) == "10.1.0.0/16 192.168.0.0/24");
    CHECK(prefixesOf(a.clientRoutes(Id("other"))) == "10.1.0.0/16 10.101.0.0/16 10.2.0.0/16 10.3.0.0/16 192.168.0.0/24");
    CHECK(reached(a, "win") == "vnet1-app");
    CHECK(reached(a, "win-manual") == "vnet1-app vnet2-app vnet3-app site1");
    CHECK(reached(a, "other") == "vnet1-app vnet2-app vnet3-app site1");
    requireMatrixMatchesTraces(a);
}
