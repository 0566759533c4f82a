// Synthetic hub-and-spoke designs. Address plan: hub h = 10.(200+h).0.0/16 (a Virtual WAN hub uses
// its first /23); hub h's spokes live in 10.(16h).0.0/12, spoke s = 10.(16h + s/256).(s%256).0/24 with
// two /25 subnets; site i = 192.168.i.0/24 (i < 256) or 192.(169 + i/256).(i%256).0/24; hub h's P2S
// pool = 172.(16+h).0.0/24.

#include "routing/generator.h"

#include <algorithm>
#include <string>

namespace spokewise::routing {

namespace {

using net::Ipv4Address;

Prefix prefix(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d, int len)
{
    return Prefix(Ipv4Address((a << 24) | (b << 16) | (c << 8) | d), len);
}

class Builder final
{
public:
    Design d;

    template<typename T>
    T &add(const std::string &id, T props)
    {
        d.resources.push_back(Resource{Id(id), id, {}, std::move(props)});
        return *d.resources.back().template as<T>();
    }
};

} // namespace

Design generateDesign(const GeneratorOptions &in)
{
    GeneratorOptions o = in;
    o.hubs = std::clamp(o.hubs, 1, 12);
    o.spokesPerHub = std::clamp(o.spokesPerHub, 0, 4000);
    o.sites = std::clamp(o.sites, 0, 800);
    o.p2sGroups = std::clamp(o.p2sGroups, 0, 1000);

    Builder b;
    b.d.name = "Generated: " + std::to_string(o.hubs) + " hubs x " + std::to_string(o.spokesPerHub) + " spokes";
    const auto hubId = [](int h) { return "hub" + std::to_string(h); };
    const auto spokeSupernet = [](int h) { return prefix(10, static_cast<std::uint32_t>(16 * h), 0, 0, 12); };
    const auto spokePrefix = [](int h, int s) {
        return prefix(10, static_cast<std::uint32_t>(16 * h + s / 256), static_cast<std::uint32_t>(s % 256), 0, 24);
    };
    const auto fwIp = [](int h) { return Ipv4Address((10u << 24) | ((200u + static_cast<std::uint32_t>(h)) << 16) | (1u << 8) | 4u); };

    if (o.vwan) {
        b.add("wan", VirtualWan{VirtualWanType::Standard, true});
        for (int h = 0; h < o.hubs; ++h) {
            VirtualHub hub;
            hub.virtualWan = Id("wan");
            hub.region = "westeurope";
            hub.addressPrefix = prefix(10, 200u + static_cast<std::uint32_t>(h), 0, 0, 23);
            hub.vpnGateway = HubGateway{1};
            hub.p2sVpnGateway = HubP2sGateway{1, {prefix(172, 16u + static_cast<std::uint32_t>(h), 0, 0, 24)}};
            b.add(hubId(h), hub);
        }
    } else {
        for (int h = 0; h < o.hubs; ++h) {
            const auto o2 = 200u + static_cast<std::uint32_t>(h);
            VirtualNetwork v;
            v.region = "westeurope";
            v.addressPrefixes = {prefix(10, o2, 0, 0, 16)};
            v.subnets.push_back({Id(hubId(h) + "-gateway"), std::string(kGatewaySubnet), prefix(10, o2, 0, 0, 27),
                                 o.firewall ? std::optional<Id>(Id(hubId(h) + "-rt-gateway")) : std::nullopt, {}});
            if (o.firewall)
                v.subnets.push_back({Id(hubId(h) + "-firewall"), std::string(kAzureFirewallSubnet), prefix(10, o2, 1, 0, 26),
                                     o.hubs > 1 ? std::optional<Id>(Id(hubId(h) + "-rt-firewall")) : std::nullopt, {}});
            v.subnets.push_back({Id(hubId(h) + "-shared"), "shared", prefix(10, o2, 2, 0, 24), std::nullopt, {}});
            b.add(hubId(h), v);
            VpnGateway gw;
            gw.virtualNetwork = Id(hubId(h));
            gw.enableBgp = true;
            gw.asn = 65515;
            VpnClientConfiguration p2s;
            p2s.vpnClientAddressPool = {prefix(172, 16u + static_cast<std::uint32_t>(h), 0, 0, 24)};
            p2s.vpnClientProtocols = {VpnClientProtocol::IkeV2, VpnClientProtocol::OpenVPN};
            p2s.vpnAuthenticationTypes = {VpnAuthenticationType::Certificate};
            gw.vpnClientConfiguration = p2s;
            b.add(hubId(h) + "-gw", gw);
            if (o.firewall) {
                AzureFirewall fw;
                fw.virtualNetwork = Id(hubId(h));
                fw.privateIpAddress = fwIp(h);
                fw.networkRules.push_back(NetworkRule{"allow-all", RuleAction::Allow, {}, {}});
                b.add(hubId(h) + "-fw", fw);
                // R-FW-5: on-premises -> spokes through the firewall, one exact prefix per spoke
                // (a supernet would lose to the spokes' peering routes by LPM).
                RouteTable gwRt;
                for (int s = 0; s < o.spokesPerHub; ++s)
                    gwRt.routes.push_back(Route{"spoke" + std::to_string(s), spokePrefix(h, s), NextHopType::VirtualAppliance, fwIp(h)});
                b.add(hubId(h) + "-rt-gateway", gwRt);
                // R-FW-6: spokes send everything to the firewall and take no gateway routes.
                b.add(hubId(h) + "-rt-spokes",
                      RouteTable{{Route{"default", prefix(0, 0, 0, 0, 0), NextHopType::VirtualAppliance, fwIp(h)}}, true});
                if (o.hubs > 1) {
                    RouteTable rt;
                    for (int k = 0; k < o.hubs; ++k) {
                        if (k != h)
                            rt.routes.push_back(Route{"to-" + hubId(k), spokeSupernet(k), NextHopType::VirtualAppliance, fwIp(k)});
                    }
                    b.add(hubId(h) + "-rt-firewall", rt);
                }
            }
        }
        // Hubs peer with each other (full mesh).
        for (int h = 0; h < o.hubs; ++h) {
            for (int k = h + 1; k < o.hubs; ++k) {
                VirtualNetworkPeering p;
                p.sides[0].virtualNetwork = Id(hubId(h));
                p.sides[1].virtualNetwork = Id(hubId(k));
                p.sides[0].allowForwardedTraffic = p.sides[1].allowForwardedTraffic = true;
                b.add(hubId(h) + "-" + hubId(k), p);
            }
        }
    }

    for (int h = 0; h < o.hubs; ++h) {
        for (int s = 0; s < o.spokesPerHub; ++s) {
            const std::string id = "spoke" + std::to_string(h) + "-" + std::to_string(s);
            const auto o2 = static_cast<std::uint32_t>(16 * h + s / 256);
            const auto o3 = static_cast<std::uint32_t>(s % 256);
            const std::optional<Id> rt = o.firewall && !o.vwan ? std::optional<Id>(Id(hubId(h) + "-rt-spokes")) : std::nullopt;
            VirtualNetwork v;
            v.region = "westeurope";
            v.addressPrefixes = {prefix(10, o2, o3, 0, 24)};
            v.subnets.push_back({Id(id + "-app"), "app", prefix(10, o2, o3, 0, 25), rt, {}});
            v.subnets.push_back({Id(id + "-data"), "data", prefix(10, o2, o3, 128, 25), rt, {}});
            b.add(id, v);
            if (o.vwan) {
                b.add(id + "-conn", VirtualHubConnection{Id(hubId(h)), Id(id), {}});
                continue;
            }
            VirtualNetworkPeering p;
            p.sides[0].virtualNetwork = Id(hubId(h));
            p.sides[0].allowGatewayTransit = true;
            p.sides[0].allowForwardedTraffic = true;
            p.sides[1].virtualNetwork = Id(id);
            p.sides[1].useRemoteGateways = true;
            p.sides[1].allowForwardedTraffic = true;
            b.add(id + "-peering", p);
        }
    }

    for (int i = 0; i < o.sites; ++i) {
        const int h = i % o.hubs;
        const std::string id = "site" + std::to_string(i);
        OnPremisesSite site;
        site.addressPrefixes = {i < 256 ? prefix(192, 168, static_cast<std::uint32_t>(i), 0, 24)
                                        : prefix(192, 169u + static_cast<std::uint32_t>(i / 256), static_cast<std::uint32_t>(i % 256), 0, 24)};
        site.bgpAsn = 64600u + static_cast<std::uint32_t>(i);
        b.add(id, site);
        SiteToSiteConnection c;
        if (o.vwan)
            c.virtualHub = Id(hubId(h));
        else
            c.vpnGateway = Id(hubId(h) + "-gw");
        c.site = Id(id);
        c.enableBgp = true;
        b.add(id + "-s2s", c);
    }
    for (int g = 0; g < o.p2sGroups; ++g) {
        const int h = g % o.hubs;
        P2sClientGroup c;
        if (o.vwan)
            c.virtualHub = Id(hubId(h));
        else
            c.vpnGateway = Id(hubId(h) + "-gw");
        c.clientOs = g % 2 == 0 ? ClientOs::Windows : ClientOs::Other;
        c.users = 50;
        b.add("users" + std::to_string(g), c);
    }
    if (o.spokesPerHub > 0 && o.sites > 0)
        b.add("spoke-to-site", Intent{Id("spoke0-0-app"), Id("site0"), IntentExpectation::MustReach});
    return b.d;
}

} // namespace spokewise::routing
