// The ROUTING.md §8 checks added after the first engine: M-16 (prefix counts), M-20 (firewall learns
// 0/0), M-21 (Global Reach), M-23 (RADIUS only over ExpressRoute), M-27 (SSTP), M-28 (VPN intended
// primary).
// Each builds the smallest design that raises the finding and a near miss that does not.

#include "routing_support.h"

#include <string>

using namespace spokewise;
using namespace spokewise::routing;
using namespace spokewise::test;

namespace {

// The findings of one check and sub-code, as "severity element... | args..." lines.
std::vector<std::string> findingsOf(const Analysis &a, std::string_view check, std::string_view code)
{
    std::vector<std::string> out;
    for (const Finding &f : a.findings()) {
        if (ruleId(f.check) != check || f.code != code)
            continue;
        std::string s(enumName(f.severity));
        for (const Id &e : f.elements)
            s += " " + e.str();
        s += " |";
        for (const std::string &arg : f.args)
            s += " " + arg;
        out.push_back(s);
    }
    return out;
}

using Lines = std::vector<std::string>;

// n distinct on-premises /24s: 20.0.0.0/24, 20.0.1.0/24, ...
std::vector<net::Prefix> manyPrefixes(int n, int firstOctet = 20)
{
    std::vector<net::Prefix> v;
    for (int i = 0; i < n; ++i) {
        const std::string t = std::to_string(firstOctet + i / 65536) + "." + std::to_string((i / 256) % 256) + "."
                              + std::to_string(i % 256) + ".0/24";
        v.push_back(pfx(t.c_str()));
    }
    return v;
}

Analysis analyzeFast(const Design &d)
{
    AnalyzeOptions o;
    o.matrix = false;
    return analyze(d, o);
}

// v (ER gateway er) linked to circuit c; site1 (BGP) on the circuit over cs.
DesignBuilder expressRouteSite()
{
    DesignBuilder b;
    b.vnet("v", {"10.1.0.0/16"}, {{"GatewaySubnet", "10.1.255.0/27"}, {"app", "10.1.0.0/24"}});
    b.erGateway("er", "v");
    b.circuit("c");
    b.erConnection("ec", "er", "c");
    b.site("site1", {"172.16.0.0/16"}, 65010);
    b.circuitSite("cs", "c", "site1");
    return b;
}

} // namespace

TEST_CASE("M-16: prefixes advertised by on-premises into a circuit (4,000 Standard, 10,000 Premium)",
          "[routing][checks][m16]")
{
    DesignBuilder b = expressRouteSite();
    b.get<OnPremisesSite>("site1").connectionPolicies.push_back(SiteConnectionPolicy{Id("cs"), manyPrefixes(4001), 0, 100, {}});
    CHECK(findingsOf(analyzeFast(b.design), "M-16", "too-many-prefixes-into-circuit")
          == Lines{"error c cs | 4001 4000"});
    b.get<ExpressRouteCircuit>("c").tier = CircuitTier::Premium;
    CHECK(findingsOf(analyzeFast(b.design), "M-16", "too-many-prefixes-into-circuit").empty());
    b.get<ExpressRouteCircuit>("c").tier = CircuitTier::Standard;
    b.get<OnPremisesSite>("site1").connectionPolicies.front().advertisedPrefixes = manyPrefixes(4000);
    CHECK(findingsOf(analyzeFast(b.design), "M-16", "too-many-prefixes-into-circuit").empty());
}

TEST_CASE("M-16: more than 1,000 prefixes advertised from a gateway to ExpressRoute", "[routing][checks][m16]")
{
    const auto build = [](int prefixes) {
        DesignBuilder b = expressRouteSite();
        auto &v = b.get<VirtualNetwork>("v");
        v.addressPrefixes = manyPrefixes(prefixes - 1, 11);
        v.addressPrefixes.push_back(pfx("10.1.0.0/16"));
        return b;
    };
    CHECK(findingsOf(analyzeFast(build(1001).design), "M-16", "too-many-prefixes-from-gateway-to-circuit")
          == Lines{"error ec er c | 1001 1000"});
    CHECK(findingsOf(analyzeFast(build(1000).design), "M-16", "too-many-prefixes-from-gateway-to-circuit").empty());
}

TEST_CASE("M-16: more than 4,000 prefixes advertised to a VPN gateway over BGP (R-VPN-9)", "[routing][checks][m16]")
{
    DesignBuilder b;
    b.vnet("v", {"10.1.0.0/16"}, {{"GatewaySubnet", "10.1.255.0/27"}, {"app", "10.1.0.0/24"}});
    b.vpnGateway("gw", "v", true);
    b.site("site1", {"172.16.0.0/16"}, 65010);
    b.s2s("s1", "gw", "site1", {}, true);
    b.get<OnPremisesSite>("site1").connectionPolicies.push_back(SiteConnectionPolicy{Id("s1"), manyPrefixes(4001), 0, 100, {}});
    CHECK(findingsOf(analyzeFast(b.design), "M-16", "too-many-prefixes-into-vpn-gateway")
          == Lines{"error gw s1 | 4001 4000"});
    b.get<OnPremisesSite>("site1").connectionPolicies.front().advertisedPrefixes = manyPrefixes(4000);
    CHECK(findingsOf(analyzeFast(b.design), "M-16", "too-many-prefixes-into-vpn-gateway").empty());
}

TEST_CASE("M-16: routes per BGP peer of a Route Server (1,000 in 2023, 4,000 in 2025, §10-H)", "[routing][checks][m16]")
{
    DesignBuilder b;
    b.vnet("v", {"10.1.0.0/16"}, {{"RouteServerSubnet", "10.1.254.0/26"}, {"nva", "10.1.1.0/24"}});
    RouteServer rs;
    rs.virtualNetwork = Id("v");
    b.add("rs", rs);
    NetworkVirtualAppliance nva;
    nva.subnet = Id("v-nva");
    nva.privateIpAddress = ip("10.1.1.4");
    nva.bgpAsn = 65020;
    nva.advertisedPrefixes = manyPrefixes(1000);
    b.add("nva", nva);
    b.add("bgp", BgpPeering{Id("rs"), Id("nva")});
    CHECK(findingsOf(analyzeFast(b.design), "M-16", "too-many-prefixes-to-route-server").empty());
    b.get<NetworkVirtualAppliance>("nva").advertisedPrefixes = manyPrefixes(1001);
    CHECK(findingsOf(analyzeFast(b.design), "M-16", "too-many-prefixes-to-route-server")
          == Lines{"warning bgp rs nva | 1001 1000"});
    b.get<NetworkVirtualAppliance>("nva").advertisedPrefixes = manyPrefixes(4001);
    CHECK(findingsOf(analyzeFast(b.design), "M-16", "too-many-prefixes-to-route-server")
          == Lines{"error bgp rs nva | 4001 4000"});
}

TEST_CASE("M-16: routes pushed to Windows IKEv2 clients (25 / 255) and OpenVPN clients (1,000)", "[routing][checks][m16]")
{
    // The clients get the VNet, the pool and the custom routes: 2 + n.
    const auto build = [](int customRoutes, VpnClientProtocol protocol, ClientOs os) {
        DesignBuilder b;
        b.vnet("v", {"10.1.0.0/16"}, {{"GatewaySubnet", "10.1.255.0/27"}, {"app", "10.1.0.0/24"}});
        VpnGateway &gw = b.vpnGateway("gw", "v");
        b.pointToSite(gw, "192.168.0.0/24");
        gw.vpnClientConfiguration->vpnClientProtocols = {protocol};
        gw.vpnClientConfiguration->customRoutes = manyPrefixes(customRoutes);
        b.clients("users", "gw", os).protocol = protocol;
        return b;
    };
    const auto ikev2 = [&](int n) {
        return findingsOf(analyzeFast(build(n, VpnClientProtocol::IkeV2, ClientOs::Windows).design), "M-16",
                          "windows-ikev2-too-many-routes");
    };
    CHECK(ikev2(23).empty());
    CHECK(ikev2(24) == Lines{"warning users | 26 25"});
    CHECK(ikev2(253) == Lines{"warning users | 255 25"});
    CHECK(ikev2(254) == Lines{"error users | 256 255"});
    // Non-Windows IKEv2 clients have no selector limit.
    CHECK(findingsOf(analyzeFast(build(300, VpnClientProtocol::IkeV2, ClientOs::Other).design), "M-16",
                     "windows-ikev2-too-many-routes").empty());
    const auto openvpn = [&](int n) {
        return findingsOf(analyzeFast(build(n, VpnClientProtocol::OpenVPN, ClientOs::Other).design), "M-16",
                          "openvpn-too-many-routes");
    };
    CHECK(openvpn(998).empty());
    CHECK(openvpn(999) == Lines{"error users | 1001 1000"});
}

TEST_CASE("M-20: a VNet firewall learns 0/0 from on-premises without forced-tunnelling mode", "[routing][checks][m20]")
{
    DesignBuilder b;
    b.vnet("hub", {"10.0.0.0/16"}, {{"GatewaySubnet", "10.0.0.0/27"}, {"AzureFirewallSubnet", "10.0.1.0/26"}});
    b.vpnGateway("gw", "hub", true);
    b.site("site1", {"172.16.0.0/16"}, 65010);
    b.s2s("s1", "gw", "site1", {}, true);
    AzureFirewall fw;
    fw.virtualNetwork = Id("hub");
    fw.privateIpAddress = ip("10.0.1.4");
    b.add("fw", fw);
    // Without a default route from on-premises: nothing.
    CHECK(findingsOf(analyze(b.design), "M-20", "firewall-learns-default-route").empty());
    b.get<OnPremisesSite>("site1").connectionPolicies.push_back(
        SiteConnectionPolicy{Id("s1"), pfxs({"172.16.0.0/16", "0.0.0.0/0"}), 0, 100, {}});
    CHECK(findingsOf(analyze(b.design), "M-20", "firewall-learns-default-route")
          == Lines{"error fw hub-AzureFirewallSubnet gw |"});
    // Forced-tunnelling mode is the supported way to take 0/0 from on-premises.
    b.get<AzureFirewall>("fw").forcedTunneling = true;
    CHECK(findingsOf(analyze(b.design), "M-20", "firewall-learns-default-route").empty());
}

TEST_CASE("M-21: Global Reach between circuits at the same peering location or on the Local tier", "[routing][checks][m21]")
{
    DesignBuilder b;
    b.circuit("c1");
    b.circuit("c2");
    b.add("gr", GlobalReachConnection{{Id("c1"), Id("c2")}});
    CHECK(findingsOf(analyze(b.design), "M-21", "global-reach-same-peering-location")
          == Lines{"error gr c1 c2 | Amsterdam"});
    b.get<ExpressRouteCircuit>("c2").peeringLocation = "London";
    const Analysis a = analyze(b.design);
    CHECK(findingsOf(a, "M-21", "global-reach-same-peering-location").empty());
    CHECK(findingsOf(a, "M-21", "global-reach-on-local-circuit").empty());
    b.get<ExpressRouteCircuit>("c2").tier = CircuitTier::Local;
    CHECK(findingsOf(analyze(b.design), "M-21", "global-reach-on-local-circuit") == Lines{"error gr c2 |"});
}

TEST_CASE("M-23: RADIUS authentication for P2S where on-premises is reachable only over ExpressRoute",
          "[routing][checks][m23]")
{
    DesignBuilder b = expressRouteSite();
    VpnGateway &gw = b.vpnGateway("gw", "v");
    b.pointToSite(gw, "192.168.0.0/24");
    gw.vpnClientConfiguration->vpnAuthenticationTypes = {VpnAuthenticationType::Radius};
    CHECK(findingsOf(analyze(b.design), "M-23", "radius-only-over-expressroute") == Lines{"error gw er |"});
    // Certificate authentication needs no server.
    b.get<VpnGateway>("gw").vpnClientConfiguration->vpnAuthenticationTypes = {VpnAuthenticationType::Certificate};
    CHECK(findingsOf(analyze(b.design), "M-23", "radius-only-over-expressroute").empty());
    // A site-to-site tunnel on the same gateway reaches the server.
    b.get<VpnGateway>("gw").vpnClientConfiguration->vpnAuthenticationTypes = {VpnAuthenticationType::Radius};
    b.s2s("s1", "gw", "site1", {"172.16.0.0/16"});
    CHECK(findingsOf(analyze(b.design), "M-23", "radius-only-over-expressroute").empty());
}

TEST_CASE("M-28: the same prefix over ExpressRoute and VPN while on-premises prefers the VPN", "[routing][checks][m28]")
{
    DesignBuilder b = expressRouteSite();
    b.vpnGateway("gw", "v", true);
    b.s2s("s1", "gw", "site1", {}, true);
    auto &site = b.get<OnPremisesSite>("site1");
    site.connectionPolicies.push_back(SiteConnectionPolicy{Id("s1"), std::nullopt, 0, 200, {}});
    site.connectionPolicies.push_back(SiteConnectionPolicy{Id("cs"), std::nullopt, 0, 100, {}});
    CHECK(findingsOf(analyze(b.design), "M-28", "vpn-primary-overridden-by-expressroute")
          == Lines{"warning site1 s1 cs v | 172.16.0.0/16 1"});
    // ExpressRoute preferred on-premises too: nothing to warn about.
    b.get<OnPremisesSite>("site1").connectionPolicies[0].localPreference = 100;
    b.get<OnPremisesSite>("site1").connectionPolicies[1].localPreference = 200;
    CHECK(findingsOf(analyze(b.design), "M-28", "vpn-primary-overridden-by-expressroute").empty());
    // VPN preferred, but the VPN carries a more specific prefix: longest match makes it primary.
    b.get<OnPremisesSite>("site1").connectionPolicies[0] = SiteConnectionPolicy{Id("s1"), pfxs({"172.16.0.0/17", "172.16.128.0/17"}), 0, 200, {}};
    b.get<OnPremisesSite>("site1").connectionPolicies[1].localPreference = 100;
    CHECK(findingsOf(analyze(b.design), "M-28", "vpn-primary-overridden-by-expressroute").empty());
}

TEST_CASE("M-27: SSTP is retired, and cannot share a gateway with OpenVPN", "[routing][checks][m27]")
{
    DesignBuilder b;
    b.vnet("v", {"10.1.0.0/16"}, {{"GatewaySubnet", "10.1.255.0/27"}, {"app", "10.1.0.0/24"}});
    VpnGateway &gw = b.vpnGateway("gw", "v");
    b.pointToSite(gw, "192.168.0.0/24");
    gw.vpnClientConfiguration->vpnClientProtocols = {VpnClientProtocol::SSTP, VpnClientProtocol::IkeV2};
    CHECK(findingsOf(analyzeFast(b.design), "M-27", "sstp-retired") == Lines{"error gw |"});
    CHECK(findingsOf(analyzeFast(b.design), "M-27", "sstp-with-openvpn").empty());
    b.get<VpnGateway>("gw").vpnClientConfiguration->vpnClientProtocols = {VpnClientProtocol::SSTP, VpnClientProtocol::OpenVPN};
    CHECK(findingsOf(analyzeFast(b.design), "M-27", "sstp-with-openvpn") == Lines{"error gw |"});
    CHECK(findingsOf(analyzeFast(b.design), "M-27", "sstp-retired") == Lines{"error gw |"});
    // IKEv2 and OpenVPN are not retiring.
    b.get<VpnGateway>("gw").vpnClientConfiguration->vpnClientProtocols = {VpnClientProtocol::IkeV2, VpnClientProtocol::OpenVPN};
    CHECK(findingsOf(analyzeFast(b.design), "M-27", "sstp-retired").empty());
    CHECK(findingsOf(analyzeFast(b.design), "M-27", "sstp-with-openvpn").empty());
}
