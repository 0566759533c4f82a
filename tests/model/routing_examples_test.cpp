// Golden tests on the example designs in resources/examples: the eight P2S routing scenarios
// (ROUTING.md §4.3), the hub-and-spoke P2S + ExpressRoute question and the ExpressRoute-with-VPN-
// failover reference architecture, with their variants (Route Server, Virtual WAN, failures).

#include "routing_support.h"

#include "io/design_file.h"

#include <filesystem>

using namespace spokewise;
using namespace spokewise::routing;
using namespace spokewise::test;

namespace {

Design loadExample(const std::string &relative)
{
    const auto path = std::filesystem::path(SPOKEWISE_SOURCE_DIR) / "resources/examples" / relative;
    auto loaded = io::loadDesignFile(path);
    INFO(path.string());
    REQUIRE(loaded.ok());
    return *loaded.design;
}

// The /16s (VNets and sites) a group reaches, as text: "10.1 10.101".
std::string reachedSpaces(const Analysis &a, const std::string &group)
{
    std::vector<std::string> out;
    const int g = a.endpointIndex(Id(group));
    REQUIRE(g >= 0);
    for (std::size_t i = 0; i < a.endpoints().size(); ++i) {
        const Endpoint &ep = a.endpoints()[i];
        if (ep.internet || ep.kind == ResourceKind::P2sClientGroup)
            continue;
        const FlowResult f = a.trace(Id(group), ep.id);
        CHECK(a.cell(g, static_cast<int>(i)).verdict == f.verdict);
        if (f.verdict != Verdict::Reachable)
            continue;
        const std::uint32_t v = f.destinationAddress.value();
        out.push_back(std::to_string(v >> 24) + "." + std::to_string((v >> 16) & 0xFF));
    }
    std::sort(out.begin(), out.end());
    std::string s;
    for (const auto &x : out)
        s += (s.empty() ? "" : " ") + x;
    return s;
}

struct P2sGolden
{
    const char *file;
    const char *windowsRoutes;
    const char *otherRoutes;
    const char *windowsReach;       // as downloaded
    const char *windowsManualReach; // with every remote prefix added by hand
    const char *otherReach;
};

const P2sGolden kP2sGoldens[] = {
    {"01-isolated-vnet", "10.1.0.0/16 192.168.0.0/24", "10.1.0.0/16 192.168.0.0/24", "10.1", "10.1", "10.1"},
    {"02-peered-vnets", "10.1.0.0/16 10.2.0.0/16 10.4.0.0/16 192.168.0.0/24",
     "10.1.0.0/16 10.2.0.0/16 10.4.0.0/16 192.168.0.0/24", "10.1 10.2 10.4", "10.1 10.2 10.4", "10.1 10.2 10.4"},
    {"03-v2v-static", "10.1.0.0/16 192.168.0.0/24", "10.1.0.0/16 10.2.0.0/16 192.168.0.0/24", "10.1", "10.1", "10.1"},
    {"04-v2v-bgp", "10.1.0.0/16 192.168.0.0/24", "10.1.0.0/16 10.2.0.0/16 10.3.0.0/16 192.168.0.0/24", "10.1",
     "10.1 10.2 10.3", "10.1 10.2 10.3"},
    {"05-s2s-static", "10.1.0.0/16 192.168.0.0/24", "10.1.0.0/16 192.168.0.0/24", "10.1", "10.1", "10.1"},
    {"06-s2s-bgp", "10.1.0.0/16 192.168.0.0/24", "10.1.0.0/16 10.101.0.0/16 192.168.0.0/24", "10.1", "10.1 10.101",
     "10.1 10.101"},
    // #7: the article prints 10.1, 10.2, 10.3, 10.101 and the pool for non-Windows clients, which a
    // non-BGP gateway cannot know (ROUTING.md §10-A(2)); the engine gives what R-VPN-3 allows.
    {"07-chain-s2s-static", "10.1.0.0/16 192.168.0.0/24", "10.1.0.0/16 10.2.0.0/16 192.168.0.0/24", "10.1", "10.1",
     "10.1"},
    {"08-chain-s2s-bgp", "10.1.0.0/16 192.168.0.0/24", "10.1.0.0/16 10.101.0.0/16 10.2.0.0/16 10.3.0.0/16 192.168.0.0/24",
     "10.1", "10.1 10.101 10.2 10.3", "10.1 10.101 10.2 10.3"},
};

void checkP2sExample(const P2sGolden &g)
{
    INFO(g.file);
    Design d = loadExample(std::string("p2s-routing/") + g.file + ".spokewise.json");
    const Analysis a = analyze(d);
    CHECK(prefixesOf(a.clientRoutes(Id("windows-clients"))) == g.windowsRoutes);
    CHECK(prefixesOf(a.clientRoutes(Id("other-clients"))) == g.otherRoutes);
    CHECK(reachedSpaces(a, "windows-clients") == g.windowsReach);
    CHECK(reachedSpaces(a, "other-clients") == g.otherReach);
    d.find(Id("windows-clients"))->as<P2sClientGroup>()->manualRoutes =
        pfxs({"10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.101.0.0/16"});
    CHECK(reachedSpaces(analyze(d), "windows-clients") == g.windowsManualReach);
}

} // namespace

TEST_CASE("P2S routing examples #1 #2 #4 #5 #6 #8 match ROUTING.md §4.3", "[routing][p2s][golden][examples]")
{
    for (int i : {0, 1, 3, 4, 5, 7})
        checkP2sExample(kP2sGoldens[i]);
}

TEST_CASE("P2S routing examples #3 #7 (documented behaviour, mechanism uncertain)",
          "[routing][p2s][golden][examples][uncertain]")
{
    checkP2sExample(kP2sGoldens[2]);
    checkP2sExample(kP2sGoldens[6]);
    const Analysis a = analyze(loadExample("p2s-routing/03-v2v-static.spokewise.json"));
    const FlowResult f = a.trace(Id("other-clients"), Id("vnet2-default"));
    CHECK(f.verdict == Verdict::Unreachable);
    CHECK(f.decidedBy == Direction::Return);
    CHECK(hasRule(f, "R-P2S-3"));
}

TEST_CASE("hub-and-spoke P2S + ExpressRoute: users reach the spokes, not on-premises", "[routing][examples][er]")
{
    const Design d = loadExample("hub-spoke-p2s-er.spokewise.json");
    const Analysis a = analyze(d);
    for (const char *spoke : {"spoke1-workload", "spoke2-workload", "spoke3-workload"}) {
        const FlowResult f = a.trace(Id("remote-users"), Id(spoke));
        CHECK(f.verdict == Verdict::Reachable);
        // Through the firewall both ways: the GatewaySubnet UDR (R-FW-5) and the spokes' 0/0.
        CHECK(std::any_of(f.forward.hops.begin(), f.forward.hops.end(), [](const Hop &h) { return h.element.str() == "hub-fw"; }));
        CHECK(std::any_of(f.back.hops.begin(), f.back.hops.end(), [](const Hop &h) { return h.element.str() == "hub-fw"; }));
    }
    const FlowResult onprem = a.trace(Id("remote-users"), Id("onprem"));
    CHECK(onprem.verdict == Verdict::Unreachable);
    CHECK(verdictOf(onprem) == "unreachable R-ER-1 R-TR-2 R-P2S-3 R-P2S-2");
    CHECK(onprem.fix.code == FixCode::None); // a client route would not help: on-premises can't answer
    // The pool is not advertised over ExpressRoute (R-ER-1): on-premises learns hub and spokes only.
    CHECK(prefixesOf(a.siteRoutes(Id("onprem"))) == "10.0.0.0/16 10.1.0.0/16 10.2.0.0/16 10.3.0.0/16");
    // The intent "remote users must reach on-premises" is violated; the other holds.
    REQUIRE(a.intents().size() == 2);
    for (const IntentResult &i : a.intents())
        CHECK(i.satisfied == (i.intent.str() == "remote-users-to-spoke1"));
    CHECK(a.hasErrors());
    requireMatrixMatchesTraces(a);
}

namespace {

// The same hub with a Route Server, branch-to-branch on, and an active-active VPN gateway.
Design withRouteServer(Design d)
{
    auto *hub = d.find(Id("hub"))->as<VirtualNetwork>();
    hub->subnets.push_back(Subnet{Id("hub-rs-subnet"), "RouteServerSubnet", pfx("10.0.2.0/26"), std::nullopt, {}});
    RouteServer rs;
    rs.virtualNetwork = Id("hub");
    rs.allowBranchToBranchTraffic = true;
    d.resources.push_back(Resource{Id("hub-rs"), "hub-rs", {}, rs});
    d.find(Id("hub-vpn-gw"))->as<VpnGateway>()->activeActive = true;
    return d;
}

} // namespace

TEST_CASE("hub-and-spoke P2S + ExpressRoute with Route Server: unsupported, reachable if empirical",
          "[routing][examples][er][ars]")
{
    Design d = withRouteServer(loadExample("hub-spoke-p2s-er.spokewise.json"));
    const Analysis a = analyze(d);
    const FlowResult f = a.trace(Id("remote-users"), Id("onprem"));
    CHECK(f.verdict == Verdict::UnsupportedConfig);
    CHECK(f.reason == Reason::P2sExpressRouteTransit);
    CHECK(verdictOf(f) == "unsupported-config R-ARS-1 §10-B");
    CHECK(f.elements == std::vector<Id>{Id("hub-rs")});
    CHECK(f.assumptions == std::vector<std::string>{"p2sExpressRouteTransitViaRouteServer"});
    requireMatrixMatchesTraces(a);

    d.assumptions.p2sExpressRouteTransitViaRouteServer = P2sExpressRouteTransit::Empirical;
    const Analysis e = analyze(d);
    const FlowResult g = e.trace(Id("remote-users"), Id("onprem"));
    CHECK(g.verdict == Verdict::Reachable);
    CHECK(hasRule(g, "R-ARS-1"));
    CHECK(g.assumptions == std::vector<std::string>{"p2sExpressRouteTransitViaRouteServer"});
    // Branch-to-branch: on-premises now learns the pool (§6.2, flagged R-ARS-1).
    CHECK(prefixesOf(e.siteRoutes(Id("onprem"))) == "10.0.0.0/16 10.1.0.0/16 10.2.0.0/16 10.3.0.0/16 172.30.0.0/24");
}

TEST_CASE("P2S + ExpressRoute on a Standard Virtual WAN hub: reachable", "[routing][examples][er][vwan]")
{
    DesignBuilder b;
    b.add("wan", VirtualWan{VirtualWanType::Standard, true});
    VirtualHub hub;
    hub.virtualWan = Id("wan");
    hub.region = "eastus";
    hub.addressPrefix = pfx("10.100.0.0/23");
    hub.expressRouteGateway = HubGateway{1};
    hub.p2sVpnGateway = HubP2sGateway{1, {pfx("172.30.0.0/24")}};
    b.add("hub", hub);
    b.vnet("spoke1", {"10.1.0.0/16"}, {{"workload", "10.1.0.0/24"}});
    b.add("spoke1-conn", VirtualHubConnection{Id("hub"), Id("spoke1"), {}});
    b.circuit("er-circuit");
    ExpressRouteConnection erc;
    erc.virtualHub = Id("hub");
    erc.circuit = Id("er-circuit");
    b.add("hub-er", erc);
    b.site("onprem", {"172.16.0.0/16"}, 65010);
    b.circuitSite("onprem-er", "er-circuit", "onprem");
    P2sClientGroup users;
    users.virtualHub = Id("hub");
    users.clientOs = ClientOs::Windows;
    users.protocol = VpnClientProtocol::OpenVPN;
    b.add("remote-users", users);
    const Analysis a = analyze(b.design);
    CHECK(a.trace(Id("remote-users"), Id("onprem")).verdict == Verdict::Reachable);
    CHECK(a.trace(Id("remote-users"), Id("spoke1-workload")).verdict == Verdict::Reachable);
    CHECK(a.trace(Id("onprem"), Id("spoke1-workload")).verdict == Verdict::Reachable);
    CHECK(prefixesOf(a.siteRoutes(Id("onprem"))) == "10.1.0.0/16 172.30.0.0/24");
    requireMatrixMatchesTraces(a);

    // Branch-to-branch off at the WAN: P2S <-> ExpressRoute stops (§6.3), VNets keep working.
    b.get<VirtualWan>("wan").allowBranchToBranchTraffic = false;
    const Analysis off = analyze(b.design);
    CHECK(off.trace(Id("remote-users"), Id("onprem")).verdict == Verdict::Unreachable);
    CHECK(off.trace(Id("remote-users"), Id("spoke1-workload")).verdict == Verdict::Reachable);
    CHECK(off.trace(Id("onprem"), Id("spoke1-workload")).verdict == Verdict::Reachable);
}

TEST_CASE("ExpressRoute with VPN failover: ER preferred, VPN when the circuit fails, ER again when restored",
          "[routing][examples][er][whatif]")
{
    const Design d = loadExample("er-vpn-failover.spokewise.json");
    const Analysis normal = analyze(d);
    const FlowResult f = normal.trace(Id("vnet-workload"), Id("onprem"));
    CHECK(f.verdict == Verdict::Reachable);
    REQUIRE(f.forward.hops.size() >= 2);
    // Same prefix from both gateways: ExpressRoute wins (§5.5).
    CHECK(f.forward.hops[0].element.str() == "vnet-workload");
    CHECK(ruleId(f.forward.hops[0].rule) == "§5.5");
    CHECK(f.forward.hops[0].route->nextHopElement.str() == "er-gw");
    CHECK(f.forward.hops[1].element.str() == "er-gw");
    // On-premises prefers ExpressRoute by local preference (R-ER-6): symmetric.
    CHECK(f.back.hops[0].route->nextHop == NextHop::Circuit);
    CHECK(std::none_of(normal.findings().begin(), normal.findings().end(),
                       [](const Finding &x) { return ruleId(x.check) == "M-19"; }));

    AnalyzeOptions failCircuit;
    failCircuit.failed = {Id("circuit")};
    const Analysis failed = analyze(d, failCircuit);
    const FlowResult g = failed.trace(Id("vnet-workload"), Id("onprem"));
    CHECK(g.verdict == Verdict::Reachable);
    CHECK(g.forward.hops[0].route->nextHopElement.str() == "vpn-gw");
    CHECK(g.back.hops[0].route->nextHop == NextHop::Connection);

    const AnalysisDiff lost = diff(normal, failed);
    CHECK(lost.lost.empty());
    std::vector<std::string> moved;
    for (const FlowChange &c : lost.moved)
        moved.push_back(c.source.str() + ">" + c.destination.str());
    std::sort(moved.begin(), moved.end());
    CHECK(moved == std::vector<std::string>{"onprem>vnet-workload", "vnet-workload>onprem"});

    const Analysis restored = analyze(d);
    const AnalysisDiff back = diff(failed, restored);
    CHECK(back.lost.empty());
    CHECK(back.moved.size() == 2);
    CHECK(restored.trace(Id("vnet-workload"), Id("onprem")).forward.hops[0].route->nextHopElement.str() == "er-gw");
    CHECK(diff(normal, restored).moved.empty());

    // Both paths down: the flow is lost.
    AnalyzeOptions both;
    both.failed = {Id("circuit"), Id("onprem-vpn")};
    const AnalysisDiff gone = diff(normal, analyze(d, both));
    CHECK(gone.lost.size() == 2);
}
