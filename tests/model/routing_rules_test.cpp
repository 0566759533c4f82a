// One test per rule family of ROUTING.md: system routes, UDRs, selection, peering flags and
// assumptions, firewalls and asymmetry, ExpressRoute preference, transit, findings, rule ids.

#include "routing_support.h"
#include "test_support.h"

#include "routing/generator.h"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace spokewise;
using namespace spokewise::routing;
using namespace spokewise::test;

namespace {

// "prefix origin nextHop [rule]" lines of a route view, compared whole.
std::string routeLines(const std::optional<RouteTableView> &v)
{
    REQUIRE(v.has_value());
    std::string s;
    for (const RouteEntry &r : v->routes) {
        s += r.prefix.toString() + " " + std::string(enumName(r.origin)) + " " + std::string(enumName(r.nextHop));
        if (!r.nextHopElement.empty())
            s += " " + r.nextHopElement.str();
        s += " [" + std::string(ruleId(r.rule)) + "]";
        if (!r.valid)
            s += " invalid:" + std::string(ruleId(r.invalidRule));
        s += "\n";
    }
    return s;
}

bool hasFinding(const Analysis &a, std::string_view check, std::string_view code)
{
    return std::any_of(a.findings().begin(), a.findings().end(),
                       [&](const Finding &f) { return ruleId(f.check) == check && f.code == code; });
}

// hub (VPN gateway, firewall 10.0.1.4) with spoke1/spoke2 using its gateway; site1 over BGP.
DesignBuilder hubAndSpokes()
{
    DesignBuilder b;
    b.vnet("hub", {"10.0.0.0/16"}, {{"GatewaySubnet", "10.0.0.0/27"}, {"AzureFirewallSubnet", "10.0.1.0/26"}, {"shared", "10.0.2.0/24"}});
    b.vnet("spoke1", {"10.1.0.0/16"}, {{"app", "10.1.0.0/24"}});
    b.vnet("spoke2", {"10.2.0.0/16"}, {{"app", "10.2.0.0/24"}});
    b.vpnGateway("gw", "hub", true);
    b.transitPeer("p1", "hub", "spoke1");
    b.transitPeer("p2", "hub", "spoke2");
    b.site("site1", {"172.16.0.0/16"}, 65010);
    b.s2s("s1", "gw", "site1", {}, true);
    AzureFirewall fw;
    fw.virtualNetwork = Id("hub");
    fw.privateIpAddress = ip("10.0.1.4");
    fw.networkRules.push_back(NetworkRule{"all", RuleAction::Allow, {}, {}});
    b.add("fw", fw);
    return b;
}

} // namespace

TEST_CASE("system routes R-SYS-1..5 and the 0/0 UDR of R-SYS-6", "[routing][rules][system]")
{
    DesignBuilder b;
    b.vnet("v", {"10.1.0.0/16"}, {{"app", "10.1.0.0/24"}});
    b.vnet("big", {"10.0.0.0/7"}, {{"app", "10.0.0.0/24"}});
    b.vnet("exact", {"192.168.0.0/16"}, {{"app", "192.168.0.0/24"}});
    const Analysis a = analyze(b.design);
    CHECK(routeLines(a.effectiveRoutes(Id("v-app"))) ==
          "0.0.0.0/0 Default Internet [R-SYS-2]\n"
          "10.0.0.0/8 Default None [R-SYS-3]\n"
          "10.1.0.0/16 Default VnetLocal v [R-SYS-1]\n"
          "100.64.0.0/10 Default None [R-SYS-4]\n"
          "172.16.0.0/12 Default None [R-SYS-3]\n"
          "192.168.0.0/16 Default None [R-SYS-3]\n");
    // R-SYS-5: a containing range removes the None route; an exact one turns it into VnetLocal.
    CHECK(routeLines(a.effectiveRoutes(Id("big-app"))).find("10.0.0.0/8 Default None") == std::string::npos);
    CHECK(routeLines(a.effectiveRoutes(Id("exact-app"))).find("192.168.0.0/16 Default None") == std::string::npos);
    // Unknown private destinations are dropped, not sent to the Internet (R-SYS-6 second half).
    const FlowResult f = a.trace(Id("v-app"), ip("10.9.9.9"));
    CHECK(verdictOf(f) == "unreachable R-SYS-3");

    b.add("rt", RouteTable{{udr("default", "0.0.0.0/0", NextHopType::Internet)}, false});
    b.attach("v-app", "rt");
    const Analysis u = analyze(b.design);
    const std::string lines = routeLines(u.effectiveRoutes(Id("v-app")));
    CHECK(lines.find("Default None") == std::string::npos); // R-SYS-6
    CHECK(lines.find("0.0.0.0/0 User Internet [§1.3]") != std::string::npos);
}

TEST_CASE("peering R-SYS-7, gateway routes R-SYS-8 and disableBgpRoutePropagation", "[routing][rules][peering]")
{
    DesignBuilder b = hubAndSpokes();
    const Analysis a = analyze(b.design);
    CHECK(routeLines(a.effectiveRoutes(Id("spoke1-app"))) ==
          "0.0.0.0/0 Default Internet [R-SYS-2]\n"
          "10.0.0.0/8 Default None [R-SYS-3]\n"
          "10.0.0.0/16 Default VNetPeering hub [R-SYS-7]\n"
          "10.1.0.0/16 Default VnetLocal spoke1 [R-SYS-1]\n"
          "100.64.0.0/10 Default None [R-SYS-4]\n"
          "172.16.0.0/12 Default None [R-SYS-3]\n"
          "172.16.0.0/16 VirtualNetworkGateway VirtualNetworkGateway gw [R-SYS-8]\n"
          "192.168.0.0/16 Default None [R-SYS-3]\n");
    CHECK(a.trace(Id("spoke1-app"), Id("site1")).verdict == Verdict::Reachable);
    // R-PEER-1: spokes are not peered with each other.
    CHECK(verdictOf(a.trace(Id("spoke1-app"), Id("spoke2-app"))) == "unreachable R-SYS-3");
    // The site learns hub and spokes (R-PEER-7, §3.2).
    CHECK(prefixesOf(a.siteRoutes(Id("site1"))) == "10.0.0.0/16 10.1.0.0/16 10.2.0.0/16");

    b.routeTable("rt", {}, true);
    b.attach("spoke1-app", "rt");
    const Analysis off = analyze(b.design);
    CHECK(routeLines(off.effectiveRoutes(Id("spoke1-app"))).find("VirtualNetworkGateway") == std::string::npos);
    CHECK(off.trace(Id("spoke1-app"), Id("site1")).verdict == Verdict::Unreachable);
}

TEST_CASE("a spoke without useRemoteGateways is neither advertised nor routed (R-PEER-7)", "[routing][rules][peering]")
{
    DesignBuilder b = hubAndSpokes();
    b.get<VirtualNetworkPeering>("p2").sides[1].useRemoteGateways = false;
    const Analysis a = analyze(b.design);
    CHECK(prefixesOf(a.siteRoutes(Id("site1"))) == "10.0.0.0/16 10.1.0.0/16");
    const FlowResult f = a.trace(Id("site1"), Id("spoke2-app"));
    CHECK(verdictOf(f) == "unreachable R-PEER-7");
    CHECK(f.fix.code == FixCode::EnableUseRemoteGateways);
    CHECK(f.fix.args == std::vector<std::string>{"p2", "spoke2"});
    CHECK(hasFinding(analyze(b.design), "M-8", "use-remote-gateways-without-transit") == false);
    b.get<VirtualNetworkPeering>("p1").sides[0].allowGatewayTransit = false;
    CHECK(hasFinding(analyze(b.design), "M-8", "use-remote-gateways-without-transit"));
}

TEST_CASE("UDR validity R-UDR-1 and R-UDR-2, M-5 and M-6", "[routing][rules][udr]")
{
    DesignBuilder b;
    b.vnet("v", {"10.1.0.0/16"}, {{"GatewaySubnet", "10.1.255.0/27"}, {"app", "10.1.0.0/24"}});
    b.erGateway("er", "v");
    b.routeTable("rt", {udr("to-gw", "172.16.0.0/16", NextHopType::VirtualNetworkGateway),
                        udr("to-far-nva", "172.17.0.0/16", NextHopType::VirtualAppliance, "10.9.0.4")});
    b.attach("v-app", "rt");
    const Analysis a = analyze(b.design);
    const std::string lines = routeLines(a.effectiveRoutes(Id("v-app")));
    CHECK(lines.find("172.16.0.0/16 User VirtualNetworkGateway [§1.3] invalid:R-UDR-1") != std::string::npos);
    CHECK(lines.find("172.17.0.0/16 User VirtualAppliance [§1.3] invalid:R-UDR-2") != std::string::npos);
    CHECK(hasFinding(a, "M-6", "udr-gateway-next-hop-without-vpn-gateway"));
    CHECK(hasFinding(a, "M-5", "udr-next-hop-not-directly-reachable"));
}

TEST_CASE("selection: gateway routes never beat VnetLocal/VNetPeering (§1.4, R-SEL-2), forced tunnelling (R-SEL-3)",
          "[routing][rules][selection]")
{
    DesignBuilder b = hubAndSpokes();
    // On-premises advertises a /24 inside spoke1 and a default route.
    b.get<OnPremisesSite>("site1").connectionPolicies.push_back(
        SiteConnectionPolicy{Id("s1"), pfxs({"172.16.0.0/16", "10.1.0.0/24", "0.0.0.0/0"}), 0, 100, {}});
    const Analysis a = analyze(b.design);
    // The hub still reaches spoke1 over the peering: R-SEL-2.
    const FlowResult f = a.trace(Id("hub-shared"), Id("spoke1-app"));
    CHECK(f.verdict == Verdict::Reachable);
    CHECK(f.forward.hops.front().route->nextHop == NextHop::VNetPeering);
    CHECK(hasFinding(a, "M-26", "advertises-vnet-prefix"));
    // R-SEL-3: the BGP default beats the system Internet route: Internet via on-premises.
    const FlowResult t = a.trace(Id("spoke2-app"), Id("internet"));
    CHECK(t.verdict == Verdict::Reachable);
    CHECK(t.forward.hops.front().route->prefix.toString() == "0.0.0.0/0");
    CHECK(t.forward.hops.front().route->nextHop == NextHop::VirtualNetworkGateway);
    // ... and a UDR 0/0 -> Internet beats both.
    b.routeTable("rt", {udr("direct", "0.0.0.0/0", NextHopType::Internet)});
    b.attach("spoke2-app", "rt");
    const FlowResult u = analyze(b.design).trace(Id("spoke2-app"), Id("internet"));
    CHECK(u.forward.hops.front().route->nextHop == NextHop::Internet);
}

TEST_CASE("peering flags: allowVirtualNetworkAccess (§2.1) and allowForwardedTraffic with its assumptions (§10-C, §10-D)",
          "[routing][rules][peering][assumptions]")
{
    DesignBuilder b = hubAndSpokes();
    // Spoke-to-spoke through the hub firewall (R-FW-1).
    b.routeTable("rt", {udr("default", "0.0.0.0/0", NextHopType::VirtualAppliance, "10.0.1.4")});
    b.attach("spoke1-app", "rt");
    b.attach("spoke2-app", "rt");
    b.get<VirtualNetworkPeering>("p1").sides[0].allowForwardedTraffic = true;
    b.get<VirtualNetworkPeering>("p1").sides[1].allowForwardedTraffic = true;
    b.get<VirtualNetworkPeering>("p2").sides[0].allowForwardedTraffic = true;
    b.get<VirtualNetworkPeering>("p2").sides[1].allowForwardedTraffic = true;
    CHECK(analyze(b.design).trace(Id("spoke1-app"), Id("spoke2-app")).verdict == Verdict::Reachable);

    // The receiving spoke refuses forwarded traffic (portal reading: its own link's flag).
    b.get<VirtualNetworkPeering>("p2").sides[1].allowForwardedTraffic = false;
    const FlowResult strict = analyze(b.design).trace(Id("spoke1-app"), Id("spoke2-app"));
    CHECK(verdictOf(strict) == "unreachable R-FW-2 §10-D");
    CHECK(strict.reason == Reason::ForwardedTrafficBlocked);
    CHECK(strict.fix.code == FixCode::EnableAllowForwardedTraffic);
    CHECK(strict.fix.args == std::vector<std::string>{"p2", "spoke2"});
    CHECK(hasFinding(analyze(b.design), "M-10", "forwarded-traffic-refused"));

    b.design.assumptions.forwardedTrafficEnforcement = ForwardedTrafficEnforcement::Lenient;
    const FlowResult lenient = analyze(b.design).trace(Id("spoke1-app"), Id("spoke2-app"));
    CHECK(lenient.verdict == Verdict::Reachable);
    CHECK(lenient.assumptions == std::vector<std::string>{"forwardedTrafficEnforcement"});

    // SDK reading: the flag on the sending (hub) side governs; the hub allows, so it passes.
    b.design.assumptions.forwardedTrafficEnforcement = ForwardedTrafficEnforcement::Strict;
    b.design.assumptions.peeringFlagDirection = PeeringFlagDirection::Sdk;
    const Analysis sdk = analyze(b.design);
    CHECK(sdk.trace(Id("spoke1-app"), Id("spoke2-app")).verdict == Verdict::Reachable);
    requireMatrixMatchesTraces(sdk);

    // allowVirtualNetworkAccess = false on the hub's link: the hub can't initiate to spoke1,
    // spoke1 can still initiate to the hub (replies pass).
    DesignBuilder c = hubAndSpokes();
    c.get<VirtualNetworkPeering>("p1").sides[0].allowVirtualNetworkAccess = false;
    const Analysis acc = analyze(c.design);
    CHECK(verdictOf(acc.trace(Id("hub-shared"), Id("spoke1-app"))) == "unreachable §2.1 §10-C");
    CHECK(acc.trace(Id("spoke1-app"), Id("hub-shared")).verdict == Verdict::Reachable);
    requireMatrixMatchesTraces(acc);
}

TEST_CASE("stateful firewall on one direction only is asymmetric (§7.4, R-FW-5, R-FW-6)", "[routing][rules][firewall]")
{
    DesignBuilder b = hubAndSpokes();
    // GatewaySubnet sends on-premises -> spoke1 to the firewall, but spoke1 keeps its gateway routes.
    b.routeTable("rt-gw", {udr("spoke1", "10.1.0.0/16", NextHopType::VirtualAppliance, "10.0.1.4")});
    b.attach("hub-GatewaySubnet", "rt-gw");
    b.get<VirtualNetworkPeering>("p1").sides[1].allowForwardedTraffic = true;
    const Analysis a = analyze(b.design);
    const FlowResult f = a.trace(Id("site1"), Id("spoke1-app"));
    CHECK(verdictOf(f) == "asymmetric §7.4 R-FW-6");
    CHECK(f.elements == std::vector<Id>{Id("fw")});
    requireMatrixMatchesTraces(a);
    // R-FW-6: spoke1 sends on-premises traffic to the firewall as well: symmetric.
    b.routeTable("rt-spoke", {udr("default", "0.0.0.0/0", NextHopType::VirtualAppliance, "10.0.1.4")}, true);
    b.attach("spoke1-app", "rt-spoke");
    const Analysis fixed = analyze(b.design);
    CHECK(fixed.trace(Id("site1"), Id("spoke1-app")).verdict == Verdict::Reachable);
    CHECK(hasFinding(a, "M-18", "default-to-firewall-with-propagation") == false);
}

TEST_CASE("firewall rules deny and an NVA without IP forwarding drops (R-UDR-2, M-7)", "[routing][rules][firewall]")
{
    DesignBuilder b = hubAndSpokes();
    b.get<AzureFirewall>("fw").networkRules = {NetworkRule{"only-spoke2", RuleAction::Allow, {}, pfxs({"10.2.0.0/16"})}};
    b.routeTable("rt", {udr("to-site", "172.16.0.0/16", NextHopType::VirtualAppliance, "10.0.1.4")});
    b.attach("spoke1-app", "rt");
    const FlowResult f = analyze(b.design).trace(Id("spoke1-app"), Id("site1"));
    CHECK(verdictOf(f) == "unreachable §7.2");
    CHECK(f.elements == std::vector<Id>{Id("fw")});

    NetworkVirtualAppliance nva;
    nva.subnet = Id("hub-shared");
    nva.privateIpAddress = ip("10.0.2.10");
    nva.enableIpForwarding = false;
    b.add("nva", nva);
    b.get<RouteTable>("rt").routes = {udr("to-site", "172.16.0.0/16", NextHopType::VirtualAppliance, "10.0.2.10")};
    const Analysis a = analyze(b.design);
    const FlowResult g = a.trace(Id("spoke1-app"), Id("site1"));
    CHECK(verdictOf(g) == "unreachable R-UDR-2");
    CHECK(g.fix.code == FixCode::EnableIpForwarding);
    CHECK(hasFinding(a, "M-7", "nva-without-ip-forwarding"));
}

TEST_CASE("ExpressRoute: longer VPN prefix wins, then ER over VPN, then weight (§5.5)", "[routing][rules][er]")
{
    DesignBuilder b;
    b.vnet("v", {"10.1.0.0/16"}, {{"GatewaySubnet", "10.1.255.0/27"}, {"app", "10.1.0.0/24"}});
    b.erGateway("er", "v");
    b.vpnGateway("vpn", "v", true);
    b.circuit("c1");
    b.circuit("c2");
    b.erConnection("e1", "er", "c1");
    b.erConnection("e2", "er", "c2").routingWeight = 100;
    b.site("dc", {"172.16.0.0/16"}, 65010);
    b.circuitSite("dc-c1", "c1", "dc");
    b.circuitSite("dc-c2", "c2", "dc");
    b.s2s("dc-vpn", "vpn", "dc", {}, true);
    const Analysis a = analyze(b.design);
    const FlowResult f = a.trace(Id("v-app"), Id("dc"));
    CHECK(f.verdict == Verdict::Reachable);
    CHECK(ruleId(f.forward.hops[0].rule) == "§5.5");
    CHECK(f.forward.hops[1].route->nextHopElement.str() == "e2"); // weight 100 beats 0
    // Equal local preference on-premises for ER and VPN: M-19.
    CHECK(hasFinding(a, "M-19", "no-local-preference-for-expressroute"));

    // A more specific prefix over VPN wins by LPM (§5.5 step 1).
    b.get<OnPremisesSite>("dc").connectionPolicies.push_back(
        SiteConnectionPolicy{Id("dc-vpn"), pfxs({"172.16.0.0/24"}), 0, 100, {}});
    const FlowResult g = analyze(b.design).trace(Id("v-app"), Id("dc"));
    CHECK(g.forward.hops[0].route->nextHopElement.str() == "vpn");
}

TEST_CASE("ExpressRoute is no transit: circuits (R-TR-3), VNets on one circuit (R-ER-8), Global Reach (§5.6)",
          "[routing][rules][er][transit]")
{
    DesignBuilder b;
    b.vnet("v1", {"10.1.0.0/16"}, {{"GatewaySubnet", "10.1.255.0/27"}, {"app", "10.1.0.0/24"}});
    b.vnet("v2", {"10.2.0.0/16"}, {{"GatewaySubnet", "10.2.255.0/27"}, {"app", "10.2.0.0/24"}});
    b.erGateway("er1", "v1");
    b.erGateway("er2", "v2");
    b.circuit("c1");
    b.circuit("c2");
    b.erConnection("e11", "er1", "c1");
    b.erConnection("e21", "er2", "c1");
    b.erConnection("e12", "er1", "c2");
    b.site("dc1", {"172.16.0.0/16"}, 65010);
    b.site("dc2", {"172.17.0.0/16"}, 65020);
    b.circuitSite("dc1-c1", "c1", "dc1");
    b.circuitSite("dc2-c2", "c2", "dc2");
    const Analysis a = analyze(b.design);
    CHECK(a.trace(Id("v2-app"), Id("dc1")).verdict == Verdict::Reachable);
    CHECK(a.trace(Id("v1-app"), Id("v2-app")).verdict == Verdict::Unreachable);
    CHECK(hasRule(a.trace(Id("dc1"), Id("dc2")), "R-TR-3"));

    b.get<ExpressRouteGateway>("er1").allowRemoteVnetTraffic = true;
    b.get<ExpressRouteGateway>("er2").allowRemoteVnetTraffic = true;
    CHECK(analyze(b.design).trace(Id("v1-app"), Id("v2-app")).verdict == Verdict::Reachable);

    b.add("gr", GlobalReachConnection{{Id("c1"), Id("c2")}});
    const Analysis g = analyze(b.design);
    CHECK(g.trace(Id("dc1"), Id("dc2")).verdict == Verdict::Reachable);
    requireMatrixMatchesTraces(g);
}

TEST_CASE("site-to-site transit on one VPN gateway (R-TR-4) but not ER <-> VPN without Route Server (R-TR-1)",
          "[routing][rules][transit]")
{
    DesignBuilder b = hubAndSpokes();
    b.site("site2", {"172.20.0.0/16"}, 65020);
    b.s2s("s2", "gw", "site2", {}, true);
    const Analysis a = analyze(b.design);
    CHECK(a.trace(Id("site1"), Id("site2")).verdict == Verdict::Reachable);

    b.erGateway("er", "hub");
    b.circuit("c");
    b.erConnection("e", "er", "c");
    b.site("dc", {"172.30.0.0/16"}, 65030);
    b.circuitSite("dc-c", "c", "dc");
    const Analysis e = analyze(b.design);
    CHECK(hasRule(e.trace(Id("dc"), Id("site1")), "R-TR-1"));
    CHECK(e.trace(Id("dc"), Id("spoke1-app")).verdict == Verdict::Reachable);
    requireMatrixMatchesTraces(e);
}

TEST_CASE("findings: reserved ASN (M-12), GatewaySubnet propagation (M-4), several remote gateways (M-8)",
          "[routing][rules][findings]")
{
    DesignBuilder b = hubAndSpokes();
    b.get<OnPremisesSite>("site1").bgpAsn = 65515;
    b.routeTable("rt-gw", {}, true);
    b.attach("hub-GatewaySubnet", "rt-gw");
    b.vnet("hub2", {"10.50.0.0/16"}, {{"GatewaySubnet", "10.50.0.0/27"}});
    b.vpnGateway("gw2", "hub2");
    b.transitPeer("p3", "hub2", "spoke1");
    const Analysis a = analyze(b.design);
    CHECK(hasFinding(a, "M-12", "reserved-asn"));
    CHECK(hasFinding(a, "M-4", "gateway-subnet-propagation-disabled"));
    CHECK(hasFinding(a, "M-8", "use-remote-gateways-on-several-peerings"));
    CHECK(a.hasErrors());
}

TEST_CASE("generated designs analyse consistently", "[routing][generator]")
{
    GeneratorOptions o;
    o.hubs = 2;
    o.spokesPerHub = 3;
    o.sites = 2;
    o.p2sGroups = 2;
    o.firewall = true;
    const Analysis a = analyze(generateDesign(o));
    CHECK(a.endpoints().size() == 2 * 3 * 2 + 2 + 2 + 2 + 1);
    CHECK(a.trace(Id("spoke0-0-app"), Id("spoke1-2-data")).verdict == Verdict::Reachable);
    CHECK(a.trace(Id("spoke0-0-app"), Id("site0")).verdict == Verdict::Reachable);
    CHECK(a.trace(Id("spoke0-1-app"), Id("internet")).verdict == Verdict::Reachable);
    REQUIRE(a.intents().size() == 1);
    CHECK(a.intents().front().satisfied);
    requireMatrixMatchesTraces(a);
    o.vwan = true;
    const Analysis w = analyze(generateDesign(o));
    CHECK(w.trace(Id("spoke0-0-app"), Id("spoke1-2-data")).verdict == Verdict::Reachable);
    CHECK(w.trace(Id("users0"), Id("site1")).verdict == Verdict::Reachable);
    requireMatrixMatchesTraces(w);
}

TEST_CASE("every rule id the engine can return is a key of ROUTING.md", "[routing][rules]")
{
    // The rule specification is the team's shared reference, kept beside the repository (CI clones
    // the repository next to it).
    const auto spec = sourcePath("../shared/ROUTING.md");
    std::ifstream in(spec);
    INFO("reading " << spec.string());
    REQUIRE(in.is_open());
    std::stringstream s;
    s << in.rdbuf();
    const std::string text = s.str();
    // Rule ids appear verbatim; a section reference "§1.4" names the heading "### 1.4", and
    // "§10-B" the entry "**B." of section 10.
    for (std::string_view id : kRuleIds) {
        if (id.empty())
            continue;
        INFO(id);
        std::string key(id);
        if (id.starts_with("§10-"))
            key = "* **" + std::string(id.substr(std::string_view("§10-").size())) + ".";
        else if (id.starts_with("§"))
            key = "### " + std::string(id.substr(std::string_view("§").size()));
        CHECK(text.find(key) != std::string::npos);
    }
}

TEST_CASE("dangling and wrong-kind references never crash the engine", "[routing][rules][robustness]")
{
    DesignBuilder b = hubAndSpokes();
    b.clients("users-on-er", "hub", ClientOs::Other);               // a VNet, not a gateway
    b.s2s("s-bad", "spoke1", "nowhere", {"192.0.2.0/24"});          // wrong kind, dangling site
    b.v2v("v-bad", "gw", "fw");
    b.erConnection("e-bad", "gw", "s1");                            // VPN gateway, "circuit" is a connection
    b.circuitSite("cs-bad", "missing-circuit", "site1");
    b.add("bp-bad", BgpPeering{Id("fw"), Id("fw")});
    b.add("hc-bad", VirtualHubConnection{Id("gw"), Id("spoke2"), {}});
    b.add("i-bad", Intent{Id("nothing"), Id("site1"), IntentExpectation::MustReach});
    b.add("gr-bad", GlobalReachConnection{{Id("x"), Id("y")}});
    b.routeTable("rt", {udr("no-ip", "0.0.0.0/0", NextHopType::VirtualAppliance)});
    b.attach("spoke1-app", "rt");
    const Analysis a = analyze(b.design);
    CHECK(a.trace(Id("spoke2-app"), Id("site1")).verdict == Verdict::Reachable);
    CHECK(a.trace(Id("nothing"), Id("site1")).reason == Reason::EndpointDown);
    REQUIRE(a.intents().size() == 1);
    CHECK_FALSE(a.intents().front().satisfied);
    requireMatrixMatchesTraces(a);
    AnalyzeOptions o;
    o.failed = {Id("gw"), Id("unknown-element")};
    CHECK(analyze(b.design, o).trace(Id("spoke2-app"), Id("site1")).verdict == Verdict::Unreachable);
}

TEST_CASE("Route Server injects NVA routes into the hub and its spokes (§6.2), suppressed with propagation (R-PROP-2)",
          "[routing][rules][ars]")
{
    DesignBuilder b = hubAndSpokes();
    b.get<VirtualNetwork>("hub").subnets.push_back(
        Subnet{Id("hub-rs"), "RouteServerSubnet", pfx("10.0.3.0/26"), std::nullopt, {}});
    b.add("rs", RouteServer{Id("hub"), false, HubRoutingPreference::ExpressRoute, 2});
    NetworkVirtualAppliance nva;
    nva.subnet = Id("hub-shared");
    nva.privateIpAddress = ip("10.0.2.10");
    nva.bgpAsn = 65050;
    nva.advertisedPrefixes = pfxs({"192.0.2.0/24"});
    b.add("sdwan", nva);
    b.add("rs-sdwan", BgpPeering{Id("rs"), Id("sdwan")});
    const Analysis a = analyze(b.design);
    const std::string lines = routeLines(a.effectiveRoutes(Id("spoke1-app")));
    CHECK(lines.find("192.0.2.0/24 VirtualNetworkGateway VirtualAppliance sdwan [§6.2]") != std::string::npos);
    const FlowResult f = a.trace(Id("spoke1-app"), ip("192.0.2.7"));
    REQUIRE(f.forward.hops.size() >= 1);
    CHECK(f.forward.hops[0].route->nextHopIp == ip("10.0.2.10"));
    CHECK(hasFinding(a, "M-29", "route-server-gateway-downtime"));

    b.routeTable("rt", {}, true);
    b.attach("spoke1-app", "rt");
    CHECK(routeLines(analyze(b.design).effectiveRoutes(Id("spoke1-app"))).find("192.0.2.0/24") == std::string::npos);
}

TEST_CASE("a static LNG prefix equal to a BGP prefix on one gateway has no documented tie-break (§10-I)",
          "[routing][rules][selection]")
{
    DesignBuilder b = hubAndSpokes();
    // site1 advertises 172.16.0.0/16 by BGP; a second, static site claims it in its LNG.
    b.site("site2", {"172.16.0.0/16"});
    b.s2s("s2", "gw", "site2", {"172.16.0.0/16"});
    const Analysis a = analyze(b.design);
    const FlowResult f = a.trace(Id("spoke1-app"), Id("site1"));
    CHECK(verdictOf(f) == "indeterminate §10-I");
    CHECK(f.reason == Reason::UndocumentedTieBreak);
    requireMatrixMatchesTraces(a);
}

TEST_CASE("P2S custom routes are pushed to every client; forced tunnelling has no breakout (R-P2S-4)",
          "[routing][rules][p2s]")
{
    DesignBuilder b = hubAndSpokes();
    VpnGateway &gw = b.get<VpnGateway>("gw");
    b.pointToSite(gw, "172.30.0.0/24");
    gw.vpnClientConfiguration->customRoutes = pfxs({"172.16.0.0/16", "0.0.0.0/1", "128.0.0.0/1"});
    b.clients("win", "gw", ClientOs::Windows);
    const Analysis a = analyze(b.design);
    CHECK(prefixesOf(a.clientRoutes(Id("win"))) ==
          "0.0.0.0/1 10.0.0.0/16 10.1.0.0/16 10.2.0.0/16 128.0.0.0/1 172.16.0.0/16 172.30.0.0/24");
    CHECK(a.trace(Id("win"), Id("site1")).verdict == Verdict::Reachable);
    const FlowResult f = a.trace(Id("win"), Id("internet"));
    CHECK(verdictOf(f) == "unreachable R-P2S-4");
    CHECK(f.reason == Reason::GatewayNoInternet);
}

TEST_CASE("without a matrix, cells are walked on demand", "[routing][rules]")
{
    const Design d = hubAndSpokes().design;
    AnalyzeOptions o;
    o.matrix = false;
    const Analysis lazy = analyze(d, o);
    const Analysis full = analyze(d);
    CHECK_FALSE(lazy.hasMatrix());
    const int n = static_cast<int>(full.endpoints().size());
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            CHECK(lazy.cell(i, j).verdict == full.cell(i, j).verdict);
            CHECK(lazy.cell(i, j).reason == full.cell(i, j).reason);
        }
    }
    CHECK(lazy.cell(-1, 0).reason == Reason::EndpointDown);
}
