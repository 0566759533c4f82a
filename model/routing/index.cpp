// The compiled index of a design: ids to elements, VNets and their peer links, which gateways serve
// which VNet (useRemoteGateways), appliances by IP, and the failure closure of a what-if.

#include "routing/engine.h"

#include <algorithm>

namespace spokewise::routing::detail {

bool VnetNode::contains(net::Ipv4Address a) const
{
    return std::any_of(vnet->addressPrefixes.begin(), vnet->addressPrefixes.end(),
                       [a](const Prefix &p) { return p.contains(a); });
}

bool isPrivate(net::Ipv4Address a)
{
    static const Prefix ranges[] = {Prefix(Ipv4Address(0x0A000000), 8), Prefix(Ipv4Address(0xAC100000), 12),
                                    Prefix(Ipv4Address(0xC0A80000), 16), Prefix(Ipv4Address(0x64400000), 10)};
    return std::any_of(std::begin(ranges), std::end(ranges), [a](const Prefix &p) { return p.contains(a); });
}

int Engine::vnetContaining(net::Ipv4Address a) const
{
    int found = kNone;
    vnetLpm.forEachCovering(a.value(), [&](std::uint32_t b, std::uint32_t) {
        found = vnetPrefixes[b].second;
        return false;
    });
    return found;
}

int Engine::find(const Id &id) const
{
    const auto it = resIndex.find(id.str());
    return it == resIndex.end() ? kNone : it->second;
}

namespace {

// A failed element takes down what cannot work without it (a circuit its connections, a gateway its
// connections and client groups, ...). Iterates to a fixpoint; the chains are short.
void closeFailures(Engine &e)
{
    const auto down = [&](const std::optional<Id> &id) { return id && e.isFailed(e.find(*id)); };
    const auto downId = [&](const Id &id) { return e.isFailed(e.find(id)); };
    bool changed = true;
    while (changed) {
        changed = false;
        for (std::size_t i = 0; i < e.design.resources.size(); ++i) {
            if (e.failed[i])
                continue;
            const Resource &r = e.design.resources[i];
            bool f = false;
            if (const auto *p = r.as<VirtualNetworkPeering>())
                f = downId(p->sides[0].virtualNetwork) || downId(p->sides[1].virtualNetwork);
            else if (const auto *g = r.as<VpnGateway>())
                f = downId(g->virtualNetwork);
            else if (const auto *g = r.as<ExpressRouteGateway>())
                f = downId(g->virtualNetwork);
            else if (const auto *c = r.as<SiteToSiteConnection>())
                f = down(c->vpnGateway) || down(c->virtualHub) || downId(c->site);
            else if (const auto *c = r.as<VnetToVnetConnection>())
                f = downId(c->vpnGateways[0]) || downId(c->vpnGateways[1]);
            else if (const auto *c = r.as<ExpressRouteConnection>())
                f = down(c->expressRouteGateway) || down(c->virtualHub) || downId(c->circuit);
            else if (const auto *c = r.as<CircuitSiteConnection>())
                f = downId(c->circuit) || downId(c->site);
            else if (const auto *c = r.as<GlobalReachConnection>())
                f = downId(c->circuits[0]) || downId(c->circuits[1]);
            else if (const auto *c = r.as<P2sClientGroup>())
                f = down(c->vpnGateway) || down(c->virtualHub);
            else if (const auto *c = r.as<AzureFirewall>())
                f = down(c->virtualNetwork) || down(c->virtualHub);
            else if (const auto *c = r.as<RouteServer>())
                f = downId(c->virtualNetwork);
            else if (const auto *c = r.as<BgpPeering>())
                f = downId(c->routeServer) || downId(c->networkVirtualAppliance);
            else if (const auto *c = r.as<VirtualHub>())
                f = downId(c->virtualWan);
            else if (const auto *c = r.as<VirtualHubConnection>())
                f = downId(c->virtualHub) || downId(c->virtualNetwork);
            if (f) {
                e.failed[i] = true;
                changed = true;
            }
        }
    }
}

} // namespace

// Builds the index part of the engine (everything before routes).
void buildIndex(Engine &e)
{
    const auto n = e.design.resources.size();
    e.failed.assign(n, false);
    e.resVnet.assign(n, kNone);
    e.resSpeaker.assign(n, kNone);
    e.resSite.assign(n, kNone);
    e.resClient.assign(n, kNone);
    e.resAppliance.assign(n, kNone);
    e.advertised.assign(n, {});
    for (std::size_t i = 0; i < n; ++i)
        e.resIndex.emplace(e.design.resources[i].id.str(), static_cast<int>(i));
    for (const Id &id : e.failedIds) {
        if (const int r = e.find(id); r != kNone)
            e.failed[static_cast<std::size_t>(r)] = true;
    }
    closeFailures(e);

    // VNets and subnets.
    for (std::size_t i = 0; i < n; ++i) {
        const Resource &r = e.design.resources[i];
        const auto *v = r.as<VirtualNetwork>();
        if (!v || e.failed[i])
            continue;
        VnetNode node;
        node.res = static_cast<int>(i);
        node.vnet = v;
        const int vi = static_cast<int>(e.vnets.size());
        for (const Subnet &s : v->subnets) {
            SubnetNode sn;
            sn.res = static_cast<int>(i);
            sn.subnet = &s;
            sn.vnet = vi;
            if (s.routeTable) {
                const int rt = e.find(*s.routeTable);
                if (rt != kNone && e.resource(rt).as<RouteTable>())
                    sn.routeTable = rt;
            }
            const int si = static_cast<int>(e.subnets.size());
            if (s.name == kGatewaySubnet)
                node.gatewaySubnet = si;
            node.subnets.push_back(si);
            e.subnetIndex.emplace(s.id.str(), si);
            e.subnets.push_back(sn);
        }
        e.resVnet[i] = vi;
        e.vnets.push_back(std::move(node));
    }
    const auto vnetOf = [&](const Id &id) {
        const int r = e.find(id);
        return r == kNone ? kNone : e.resVnet[static_cast<std::size_t>(r)];
    };

    // Gateways and hubs (speakers), route servers, appliances.
    for (std::size_t i = 0; i < n; ++i) {
        if (e.failed[i])
            continue;
        const Resource &r = e.design.resources[i];
        if (const auto *g = r.as<VpnGateway>()) {
            const int v = vnetOf(g->virtualNetwork);
            if (v == kNone)
                continue;
            Speaker s;
            s.kind = SpeakerKind::Vpn;
            s.res = static_cast<int>(i);
            s.vnet = v;
            s.vpn = g;
            if (g->vpnClientConfiguration)
                s.pool = g->vpnClientConfiguration->vpnClientAddressPool;
            e.resSpeaker[i] = static_cast<int>(e.speakers.size());
            if (e.vnets[static_cast<std::size_t>(v)].vpnGw == kNone)
                e.vnets[static_cast<std::size_t>(v)].vpnGw = e.resSpeaker[i];
            e.speakers.push_back(std::move(s));
        } else if (const auto *g = r.as<ExpressRouteGateway>()) {
            const int v = vnetOf(g->virtualNetwork);
            if (v == kNone)
                continue;
            Speaker s;
            s.kind = SpeakerKind::Er;
            s.res = static_cast<int>(i);
            s.vnet = v;
            s.erg = g;
            e.resSpeaker[i] = static_cast<int>(e.speakers.size());
            if (e.vnets[static_cast<std::size_t>(v)].erGw == kNone)
                e.vnets[static_cast<std::size_t>(v)].erGw = e.resSpeaker[i];
            e.speakers.push_back(std::move(s));
        } else if (const auto *h = r.as<VirtualHub>()) {
            Speaker s;
            s.kind = SpeakerKind::Hub;
            s.res = static_cast<int>(i);
            s.hub = h;
            if (h->p2sVpnGateway)
                s.pool = h->p2sVpnGateway->vpnClientAddressPool;
            e.resSpeaker[i] = static_cast<int>(e.speakers.size());
            e.speakers.push_back(std::move(s));
        } else if (const auto *rs = r.as<RouteServer>()) {
            const int v = vnetOf(rs->virtualNetwork);
            if (v != kNone && e.vnets[static_cast<std::size_t>(v)].routeServer == kNone)
                e.vnets[static_cast<std::size_t>(v)].routeServer = static_cast<int>(i);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (e.failed[i])
            continue;
        const Resource &r = e.design.resources[i];
        ApplianceNode a;
        a.res = static_cast<int>(i);
        if (const auto *fw = r.as<AzureFirewall>()) {
            a.firewall = true;
            a.fw = fw;
            if (fw->virtualNetwork) {
                a.vnet = vnetOf(*fw->virtualNetwork);
                if (a.vnet == kNone || !fw->privateIpAddress)
                    continue;
                a.ip = *fw->privateIpAddress;
                for (int sn : e.vnets[static_cast<std::size_t>(a.vnet)].subnets) {
                    if (e.subnets[static_cast<std::size_t>(sn)].subnet->addressPrefix.contains(a.ip))
                        a.subnet = sn;
                }
            } else if (fw->virtualHub) {
                const int h = e.find(*fw->virtualHub);
                if (h == kNone || e.resSpeaker[static_cast<std::size_t>(h)] == kNone)
                    continue;
                a.hub = e.resSpeaker[static_cast<std::size_t>(h)];
            }
        } else if (const auto *nva = r.as<NetworkVirtualAppliance>()) {
            const auto it = e.subnetIndex.find(nva->subnet.str());
            if (it == e.subnetIndex.end())
                continue;
            a.subnet = it->second;
            a.vnet = e.subnets[static_cast<std::size_t>(a.subnet)].vnet;
            a.ip = nva->privateIpAddress;
            a.forwarding = nva->enableIpForwarding;
        } else {
            continue;
        }
        const int ai = static_cast<int>(e.appliances.size());
        e.resAppliance[i] = ai;
        if (a.hub != kNone)
            e.speakers[static_cast<std::size_t>(a.hub)].firewall = ai;
        else
            e.applianceByIp.emplace(a.ip.value(), ai);
        e.appliances.push_back(a);
    }

    // Peerings.
    for (std::size_t i = 0; i < n; ++i) {
        const auto *p = e.design.resources[i].as<VirtualNetworkPeering>();
        if (!p || e.failed[i])
            continue;
        const int a = vnetOf(p->sides[0].virtualNetwork);
        const int b = vnetOf(p->sides[1].virtualNetwork);
        if (a == kNone || b == kNone || a == b)
            continue;
        const bool connected = p->sides[0].peeringState == PeeringState::Connected
                               && p->sides[1].peeringState == PeeringState::Connected;
        for (int side = 0; side < 2; ++side) {
            PeerLink l;
            l.peering = static_cast<int>(i);
            l.self = side == 0 ? a : b;
            l.peer = side == 0 ? b : a;
            l.selfSide = &p->sides[static_cast<std::size_t>(side)];
            l.peerSide = &p->sides[static_cast<std::size_t>(1 - side)];
            l.connected = connected;
            if (connected)
                e.linkByPair.emplace((static_cast<std::uint64_t>(l.self) << 32) | static_cast<std::uint32_t>(l.peer),
                                     static_cast<int>(e.links.size()));
            e.vnets[static_cast<std::size_t>(l.self)].links.push_back(static_cast<int>(e.links.size()));
            e.links.push_back(l);
        }
    }

    // Which gateways serve which VNet (R-PEER-6/7, §2.1).
    for (std::size_t v = 0; v < e.vnets.size(); ++v) {
        VnetNode &node = e.vnets[v];
        if (node.vpnGw != kNone || node.erGw != kNone || node.routeServer != kNone) {
            node.gatewayVnet = static_cast<int>(v);
            continue;
        }
        for (int li : node.links) {
            const PeerLink &l = e.links[static_cast<std::size_t>(li)];
            const VnetNode &peer = e.vnets[static_cast<std::size_t>(l.peer)];
            if (l.connected && l.selfSide->useRemoteGateways && l.peerSide->allowGatewayTransit
                && (peer.vpnGw != kNone || peer.erGw != kNone || peer.routeServer != kNone)) {
                node.gatewayVnet = l.peer;
                node.remoteLink = li;
                break;
            }
        }
    }

    // Virtual WAN hub connections.
    for (std::size_t i = 0; i < n; ++i) {
        const auto *c = e.design.resources[i].as<VirtualHubConnection>();
        if (!c || e.failed[i])
            continue;
        const int v = vnetOf(c->virtualNetwork);
        const int h = e.find(c->virtualHub);
        if (v == kNone || h == kNone || e.resSpeaker[static_cast<std::size_t>(h)] == kNone)
            continue;
        const int s = e.resSpeaker[static_cast<std::size_t>(h)];
        if (e.vnets[static_cast<std::size_t>(v)].hub != kNone || e.speakers[static_cast<std::size_t>(s)].kind != SpeakerKind::Hub)
            continue;
        e.vnets[static_cast<std::size_t>(v)].hub = s;
        e.vnets[static_cast<std::size_t>(v)].hubConnection = static_cast<int>(i);
        e.speakers[static_cast<std::size_t>(s)].hubVnets.push_back(v);
    }

    // Connections and client groups onto their speakers; sites and clients.
    // A connection's gateway, or kNone when the reference is dangling or names the wrong kind.
    const auto speakerOf = [&](const std::optional<Id> &gw, const std::optional<Id> &hub, SpeakerKind kind) {
        const std::optional<Id> &id = gw ? gw : hub;
        if (!id)
            return kNone;
        const int r = e.find(*id);
        const int s = r == kNone ? kNone : e.resSpeaker[static_cast<std::size_t>(r)];
        if (s == kNone)
            return kNone;
        const SpeakerKind k = e.speakers[static_cast<std::size_t>(s)].kind;
        return (gw ? k == kind : k == SpeakerKind::Hub) ? s : kNone;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const Resource &r = e.design.resources[i];
        if (const auto *site = r.as<OnPremisesSite>()) {
            if (e.failed[i])
                continue;
            SiteNode s;
            s.res = static_cast<int>(i);
            s.site = site;
            e.resSite[i] = static_cast<int>(e.sites.size());
            e.sites.push_back(std::move(s));
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (e.failed[i])
            continue;
        const Resource &r = e.design.resources[i];
        const int ri = static_cast<int>(i);
        const auto siteOf = [&](const Id &id) {
            const int x = e.find(id);
            return x == kNone ? kNone : e.resSite[static_cast<std::size_t>(x)];
        };
        if (const auto *c = r.as<SiteToSiteConnection>()) {
            const int s = speakerOf(c->vpnGateway, c->virtualHub, SpeakerKind::Vpn);
            const int site = siteOf(c->site);
            if (s != kNone && site != kNone) {
                e.speakers[static_cast<std::size_t>(s)].s2s.push_back(ri);
                e.sites[static_cast<std::size_t>(site)].connections.push_back(ri);
            }
        } else if (const auto *c = r.as<VnetToVnetConnection>()) {
            const int a = speakerOf(c->vpnGateways[0], std::nullopt, SpeakerKind::Vpn);
            const int b = speakerOf(c->vpnGateways[1], std::nullopt, SpeakerKind::Vpn);
            if (a != kNone && b != kNone && a != b) {
                e.speakers[static_cast<std::size_t>(a)].v2v.push_back(ri);
                e.speakers[static_cast<std::size_t>(b)].v2v.push_back(ri);
            }
        } else if (const auto *c = r.as<ExpressRouteConnection>()) {
            const int s = speakerOf(c->expressRouteGateway, c->virtualHub, SpeakerKind::Er);
            const int circuit = e.find(c->circuit);
            if (s != kNone && circuit != kNone && e.resource(circuit).as<ExpressRouteCircuit>())
                e.speakers[static_cast<std::size_t>(s)].erConns.push_back(ri);
        } else if (const auto *c = r.as<CircuitSiteConnection>()) {
            const int circuit = e.find(c->circuit);
            if (circuit == kNone || !e.resource(circuit).as<ExpressRouteCircuit>())
                continue;
            if (const int site = siteOf(c->site); site != kNone)
                e.sites[static_cast<std::size_t>(site)].connections.push_back(ri);
        } else if (const auto *c = r.as<P2sClientGroup>()) {
            const int s = speakerOf(c->vpnGateway, c->virtualHub, SpeakerKind::Vpn);
            if (s == kNone)
                continue;
            ClientNode cn;
            cn.res = ri;
            cn.group = c;
            cn.speaker = s;
            e.speakers[static_cast<std::size_t>(s)].p2s.push_back(ri);
            e.resClient[i] = static_cast<int>(e.clients.size());
            e.clients.push_back(std::move(cn));
        }
    }

    for (std::size_t v = 0; v < e.vnets.size(); ++v) {
        for (const Prefix &p : e.vnets[v].vnet->addressPrefixes)
            e.vnetPrefixes.emplace_back(p, static_cast<int>(v));
    }
    std::sort(e.vnetPrefixes.begin(), e.vnetPrefixes.end(), [](const auto &a, const auto &b) {
        if (a.first.length() != b.first.length())
            return a.first.length() > b.first.length();
        return a.first.first() < b.first.first();
    });
    e.vnetLpm.build(e.vnetPrefixes.size(), [&](std::size_t i) { return e.vnetPrefixes[i].first; });

    // Gateway domains: the gateway VNet plus the spokes using its gateways (R-PEER-7).
    e.domainPrefixes.assign(e.vnets.size(), {});
    for (std::size_t v = 0; v < e.vnets.size(); ++v) {
        const int g = e.vnets[v].gatewayVnet;
        if (g == kNone)
            continue;
        auto &dom = e.domainPrefixes[static_cast<std::size_t>(g)];
        const auto &own = e.vnets[v].vnet->addressPrefixes;
        if (static_cast<int>(v) == g)
            dom.insert(dom.begin(), own.begin(), own.end());
        else
            dom.insert(dom.end(), own.begin(), own.end());
    }
}

Id subnetVnetId(const Engine &e, int subnetNode)
{
    return e.idOf(e.subnets[static_cast<std::size_t>(subnetNode)].res);
}

} // namespace spokewise::routing::detail
