// Control plane: gateway and hub RIBs (path-vector propagation between Azure-side speakers), what
// Azure advertises to each site, what each site routes, subnet effective tables, P2S client routes.

#include "routing/control_plane.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace spokewise::routing::detail {


namespace {

using net::Ipv4Address;

RibRoute rib(const Prefix &p, RouteOrigin o, Egress eg, int target, int via, int originRes, int asPath,
             RuleRef rule)
{
    RibRoute r;
    r.prefix = p;
    r.origin = o;
    r.egress = eg;
    r.target = target;
    r.via = via;
    r.origin_res = originRes;
    r.asPath = asPath;
    r.rule = rule;
    return r;
}

// Every prefix the NVAs peered with Route Server `rs` advertise (§6.2), with the BGP peering
// resource, the NVA and its appliance index: f(peering, nva, appliance, prefix).
template<typename F>
void forEachRouteServerNvaPrefix(const Engine &e, int rs, F &&f)
{
    for (std::size_t i = 0; i < e.design.resources.size(); ++i) {
        const auto *bp = e.design.resources[i].as<BgpPeering>();
        if (!bp || e.failed[i] || e.find(bp->routeServer) != rs)
            continue;
        const int nva = e.find(bp->networkVirtualAppliance);
        const auto *nvaProps = nva == kNone ? nullptr : e.resource(nva).as<NetworkVirtualAppliance>();
        const int a = nvaProps ? e.resAppliance[static_cast<std::size_t>(nva)] : kNone;
        if (a == kNone)
            continue;
        for (const Prefix &p : nvaProps->advertisedPrefixes)
            f(static_cast<int>(i), nva, a, p);
    }
}

// Routes a speaker originates from its own VNet, connections and clients.
void originate(Engine &e, int si)
{
    Speaker &s = e.speakers[static_cast<std::size_t>(si)];
    auto &out = s.rib;
    if (s.kind != SpeakerKind::Hub) {
        for (const Prefix &p : e.domainPrefixes[static_cast<std::size_t>(s.vnet)])
            out.push_back(rib(p, RouteOrigin::VnetSpace, Egress::Local, s.vnet, kNone,
                              e.vnets[static_cast<std::size_t>(s.vnet)].res, 0, rule("§3.2")));
    } else {
        for (int v : s.hubVnets) {
            for (const Prefix &p : e.vnets[static_cast<std::size_t>(v)].vnet->addressPrefixes)
                out.push_back(rib(p, RouteOrigin::VnetSpace, Egress::Local, v,
                                  e.vnets[static_cast<std::size_t>(v)].hubConnection,
                                  e.vnets[static_cast<std::size_t>(v)].res, 0, rule("§6.3")));
        }
    }
    for (const Prefix &p : s.pool) {
        RibRoute r = rib(p, RouteOrigin::P2sPool, Egress::Pool, si, kNone, s.res, 0, rule("§3.2"));
        r.fromVpn = true;
        out.push_back(r);
    }
    for (int c : s.s2s) {
        const auto *conn = e.resource(c).as<SiteToSiteConnection>();
        const int siteRes = e.find(conn->site);
        const int site = e.resSite[static_cast<std::size_t>(siteRes)];
        const bool bgp = s2sBgp(e, c);
        for (const Prefix &p : conn->localNetworkGatewayPrefixes) {
            RibRoute r = rib(p, RouteOrigin::StaticLng, Egress::Site, site, c, siteRes, 0, rule("R-VPN-1"));
            r.fromVpn = true;
            out.push_back(r);
        }
        if (!bgp)
            continue;
        const auto [adv, pathLen] = siteAdvertisement(*e.sites[static_cast<std::size_t>(site)].site, e.idOf(c));
        for (const Prefix &p : adv) {
            // R-VPN-5: equal or more specific than the gateway's own VNet/spokes is dropped.
            if (s.kind != SpeakerKind::Hub && coveredByAny(p, e.domainPrefixes[static_cast<std::size_t>(s.vnet)]))
                continue;
            RibRoute r = rib(p, RouteOrigin::Bgp, Egress::Site, site, c, siteRes, pathLen, rule("R-VPN-2"));
            r.fromVpn = true;
            out.push_back(r);
        }
    }
    for (int c : s.v2v) {
        if (v2vBgp(e, c))
            continue; // propagated by BGP below
        const int other = otherV2vSpeaker(e, c, si);
        const int ov = e.speakers[static_cast<std::size_t>(other)].vnet;
        for (const Prefix &p : e.vnets[static_cast<std::size_t>(ov)].vnet->addressPrefixes)
            out.push_back(rib(p, RouteOrigin::VnetToVnet, Egress::Speaker, other, c,
                              e.vnets[static_cast<std::size_t>(ov)].res, 0, rule("R-VPN-3")));
    }
    for (int c : s.erConns) {
        const auto *conn = e.resource(c).as<ExpressRouteConnection>();
        const int circuit = e.find(conn->circuit);
        for (const SiteNode &site : e.sites) {
            for (int sc : site.connections) {
                const auto *csc = e.resource(sc).as<CircuitSiteConnection>();
                if (!csc || e.find(csc->circuit) != circuit)
                    continue;
                const auto [adv, pathLen] = siteAdvertisement(*site.site, e.idOf(sc));
                for (const Prefix &p : adv) {
                    RibRoute r = rib(p, RouteOrigin::ExpressRoute, Egress::Site,
                                     e.resSite[static_cast<std::size_t>(site.res)], c, site.res, pathLen,
                                     rule("§5.1"));
                    r.weight = conn->routingWeight;
                    r.fromExpressRoute = true;
                    out.push_back(r);
                }
            }
        }
    }
    // Route Server NVA routes reach the gateways only with branch-to-branch (§6.2).
    if (s.kind != SpeakerKind::Hub && arsBranchToBranch(e, s.vnet)) {
        const int rs = e.vnets[static_cast<std::size_t>(s.vnet)].routeServer;
        forEachRouteServerNvaPrefix(e, rs, [&](int peering, int nva, int a, const Prefix &p) {
            out.push_back(rib(p, RouteOrigin::RouteServer, Egress::Appliance, a, peering, nva, 1, rule("§6.2")));
        });
    }
}

enum class EdgeKind { V2vBgp, Ars, Circuit, HubHub };
struct Edge
{
    int from;
    int to;
    int via;
    EdgeKind kind;
};

// §3.2: what a VPN gateway gives its BGP peers.
bool vpnExports(const Engine &e, const Speaker &s, const RibRoute &r)
{
    if (isDefaultRoute(r.prefix))
        return false; // R-VPN-6
    switch (r.origin) {
    case RouteOrigin::VnetSpace:
    case RouteOrigin::StaticLng:
    case RouteOrigin::VnetToVnet:
    case RouteOrigin::P2sPool:
        return true;
    case RouteOrigin::Bgp:
        return r.egress == Egress::Speaker || !overlapsAny(r.prefix, e.vnets[static_cast<std::size_t>(s.vnet)].vnet->addressPrefixes);
    case RouteOrigin::RouteServer:
    case RouteOrigin::ExpressRoute:
        return arsBranchToBranch(e, s.vnet); // R-VPN-4: only with Route Server
    default:
        return false;
    }
}

bool edgeExports(const Engine &e, const Edge &edge, const RibRoute &r)
{
    const Speaker &from = e.speakers[static_cast<std::size_t>(edge.from)];
    switch (edge.kind) {
    case EdgeKind::V2vBgp:
        return r.via != edge.via && vpnExports(e, from, r);
    case EdgeKind::Ars:
        if (r.egress == Egress::Speaker && r.target == edge.to)
            return false;
        if (from.kind == SpeakerKind::Vpn)
            return r.origin == RouteOrigin::StaticLng || r.origin == RouteOrigin::Bgp
                   || r.origin == RouteOrigin::VnetToVnet || r.origin == RouteOrigin::P2sPool;
        return r.origin == RouteOrigin::ExpressRoute;
    case EdgeKind::Circuit:
        return r.origin == RouteOrigin::VnetSpace && r.egress == Egress::Local;
    case EdgeKind::HubHub:
        return r.path.empty() && !isDefaultRoute(r.prefix);
    }
    return false;
}

std::vector<Edge> speakerEdges(const Engine &e)
{
    std::vector<Edge> edges;
    for (std::size_t si = 0; si < e.speakers.size(); ++si) {
        const Speaker &s = e.speakers[si];
        const int self = static_cast<int>(si);
        for (int c : s.v2v) {
            if (v2vBgp(e, c))
                edges.push_back({otherV2vSpeaker(e, c, self), self, c, EdgeKind::V2vBgp});
        }
        if (s.kind != SpeakerKind::Hub && arsBranchToBranch(e, s.vnet)) {
            const VnetNode &v = e.vnets[static_cast<std::size_t>(s.vnet)];
            const int other = s.kind == SpeakerKind::Vpn ? v.erGw : v.vpnGw;
            if (other != kNone)
                edges.push_back({other, self, v.routeServer, EdgeKind::Ars});
        }
        if (s.kind == SpeakerKind::Er && s.erg->allowRemoteVnetTraffic) {
            for (std::size_t oi = 0; oi < e.speakers.size(); ++oi) {
                const Speaker &o = e.speakers[oi];
                if (oi == si || o.kind != SpeakerKind::Er || !o.erg->allowRemoteVnetTraffic)
                    continue;
                for (int a : s.erConns) {
                    for (int b : o.erConns) {
                        const int ca = e.find(e.resource(a).as<ExpressRouteConnection>()->circuit);
                        const int cb = e.find(e.resource(b).as<ExpressRouteConnection>()->circuit);
                        if (ca == cb)
                            edges.push_back({static_cast<int>(oi), self, ca, EdgeKind::Circuit});
                    }
                }
            }
        }
        if (s.kind == SpeakerKind::Hub && hubStandard(e, s)) {
            for (std::size_t oi = 0; oi < e.speakers.size(); ++oi) {
                const Speaker &o = e.speakers[oi];
                if (oi != si && o.kind == SpeakerKind::Hub && o.hub->virtualWan == s.hub->virtualWan)
                    edges.push_back({static_cast<int>(oi), self, o.res, EdgeKind::HubHub});
            }
        }
    }
    return edges;
}

using RibKey = std::tuple<std::uint32_t, int, int, int, int, int>;
RibKey keyOf(const RibRoute &r)
{
    return {r.prefix.first(), r.prefix.length(), static_cast<int>(r.egress), r.target, r.origin_res, r.asPath};
}

// Path-vector propagation to a fixpoint (loop prevention by the speakers already on the path).
void propagate(Engine &e)
{
    const std::vector<Edge> edges = speakerEdges(e);
    if (edges.empty())
        return;
    std::vector<std::vector<RibRoute>> originated;
    for (const Speaker &s : e.speakers)
        originated.push_back(s.rib);
    for (std::size_t iter = 0; iter <= e.speakers.size(); ++iter) {
        std::vector<std::vector<RibRoute>> next = originated;
        for (const Edge &edge : edges) {
            const Speaker &from = e.speakers[static_cast<std::size_t>(edge.from)];
            const Speaker &to = e.speakers[static_cast<std::size_t>(edge.to)];
            for (const RibRoute &r : from.rib) {
                if (!edgeExports(e, edge, r))
                    continue;
                if (std::find(r.path.begin(), r.path.end(), edge.to) != r.path.end())
                    continue;
                if (to.kind == SpeakerKind::Vpn && edge.kind == EdgeKind::V2vBgp
                    && coveredByAny(r.prefix, e.domainPrefixes[static_cast<std::size_t>(to.vnet)]))
                    continue; // R-VPN-5
                RibRoute learned = r;
                learned.path.push_back(edge.from);
                learned.egress = Egress::Speaker;
                learned.target = edge.from;
                learned.via = edge.via;
                if (edge.kind == EdgeKind::V2vBgp) {
                    learned.asPath += 1;
                    learned.rule = rule("R-VPN-7");
                    if (learned.origin == RouteOrigin::VnetSpace || learned.origin == RouteOrigin::StaticLng
                        || learned.origin == RouteOrigin::VnetToVnet)
                        learned.origin = RouteOrigin::Bgp;
                } else if (edge.kind == EdgeKind::Ars) {
                    learned.rule = rule("§6.2");
                    learned.arsPool = r.origin == RouteOrigin::P2sPool;
                } else if (edge.kind == EdgeKind::Circuit) {
                    learned.rule = rule("R-ER-8");
                    learned.origin = RouteOrigin::ExpressRoute;
                } else {
                    learned.rule = rule("§6.3");
                    learned.origin = RouteOrigin::VirtualHub;
                }
                next[static_cast<std::size_t>(edge.to)].push_back(std::move(learned));
            }
        }
        bool changed = false;
        for (std::size_t si = 0; si < e.speakers.size(); ++si) {
            auto &n = next[si];
            // Keep the shortest announcement per (prefix, egress, neighbour, originator).
            std::stable_sort(n.begin(), n.end(),
                             [](const RibRoute &a, const RibRoute &b) { return keyOf(a) < keyOf(b); });
            std::vector<RibRoute> dedup;
            for (auto &r : n) {
                if (!dedup.empty()) {
                    const RibRoute &last = dedup.back();
                    if (last.prefix == r.prefix && last.egress == r.egress && last.target == r.target
                        && last.origin_res == r.origin_res)
                        continue;
                }
                dedup.push_back(std::move(r));
            }
            auto &cur = e.speakers[si].rib;
            if (dedup.size() != cur.size()
                || !std::equal(dedup.begin(), dedup.end(), cur.begin(),
                               [](const RibRoute &a, const RibRoute &b) { return keyOf(a) == keyOf(b); }))
                changed = true;
            cur = std::move(dedup);
        }
        if (!changed)
            break;
    }
}

// Azure -> site advertisements over each connection (§3.2, §5.1, R-ER-1, §6.2, §6.3).
void computeAdvertisements(Engine &e)
{
    for (std::size_t si = 0; si < e.speakers.size(); ++si) {
        const Speaker &s = e.speakers[si];
        const bool hub = s.kind == SpeakerKind::Hub;
        const bool b2b = hub ? hubBranchToBranch(e, s) : arsBranchToBranch(e, s.vnet);
        const std::vector<RibRoute> &toSites = hub ? branchRib(s) : s.rib;
        for (int c : s.s2s) {
            if (!s2sBgp(e, c))
                continue;
            auto &adv = e.advertised[static_cast<std::size_t>(c)];
            for (const RibRoute &r : toSites) {
                if (r.via == c || (r.egress == Egress::Site && r.via == c))
                    continue;
                if (hub) {
                    if (isDefaultRoute(r.prefix) || (r.fromExpressRoute && !b2b))
                        continue;
                } else if (!vpnExports(e, s, r)) {
                    continue;
                }
                RibRoute a = r;
                a.asPath += 1;
                a.rule = hub ? rule("§6.3") : rule("§3.2");
                adv.push_back(a);
            }
        }
        for (int c : s.erConns) {
            auto &adv = e.advertised[static_cast<std::size_t>(c)];
            for (const RibRoute &r : toSites) {
                bool ok = false;
                RuleRef why = rule("§5.1");
                if (hub) {
                    ok = !r.fromExpressRoute && !isDefaultRoute(r.prefix) && (b2b || !r.fromVpn);
                    why = rule("§6.3");
                } else if (r.origin == RouteOrigin::VnetSpace && r.egress == Egress::Local) {
                    ok = true;
                } else if (b2b && !r.fromExpressRoute && r.origin != RouteOrigin::VnetSpace
                           && r.origin != RouteOrigin::ExpressRoute) {
                    ok = true; // §6.2: the ER gateway re-advertises VPN and NVA routes
                    why = r.arsPool ? rule("R-ARS-1") : rule("§6.2");
                }
                if (!ok)
                    continue;
                RibRoute a = r;
                a.asPath = 1; // on-premises sees 12076 only (§3.4)
                a.rule = why;
                adv.push_back(a);
            }
        }
    }
}

} // namespace

void RouteSet::finish()
{
    // Sort a permutation, then move each route once: routes are large.
    std::vector<std::uint32_t> order(routes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<std::uint32_t>(i);
    std::stable_sort(order.begin(), order.end(), [this](std::uint32_t ia, std::uint32_t ib) {
        const Rt &a = routes[ia];
        const Rt &b = routes[ib];
        if (a.e.prefix.length() != b.e.prefix.length())
            return a.e.prefix.length() > b.e.prefix.length();
        if (a.e.prefix.first() != b.e.prefix.first())
            return a.e.prefix.first() < b.e.prefix.first();
        if (a.kindRank != b.kindRank)
            return a.kindRank > b.kindRank;
        if (a.pref != b.pref)
            return a.pref > b.pref;
        if (a.er != b.er)
            return a.er;
        if (a.e.localPreference != b.e.localPreference)
            return a.e.localPreference > b.e.localPreference;
        if (a.e.weight != b.e.weight)
            return a.e.weight > b.e.weight;
        return a.e.asPathLength < b.e.asPathLength;
    });
    std::vector<Rt> sorted;
    sorted.reserve(routes.size());
    for (std::uint32_t i : order)
        sorted.push_back(std::move(routes[i]));
    routes = std::move(sorted);
    lpm.build(routes.size(), [this](std::size_t i) { return routes[i].e.prefix; });
    lpm.setFlags([this](std::uint32_t b, std::uint32_t e) {
        std::uint32_t flags = 0;
        for (std::uint32_t i = b; i < e; ++i) {
            if (routes[i].e.valid && routes[i].protectedSystem)
                flags |= 1u;
        }
        return flags;
    });
}

Rt fromRib(const Engine &e, const Speaker &s, const RibRoute &r, int ribIndex, bool forSubnet)
{
    Rt rt;
    rt.e.prefix = r.prefix;
    rt.e.asPathLength = r.asPath;
    rt.e.weight = r.weight;
    rt.e.rule = r.rule;
    rt.er = r.origin == RouteOrigin::ExpressRoute || (s.kind == SpeakerKind::Er && r.egress == Egress::Site);
    rt.arsPool = r.arsPool;
    rt.staticLng = r.origin == RouteOrigin::StaticLng;
    rt.via = r.via;
    if (s.kind == SpeakerKind::Hub)
        rt.pref = hubPreference(s, r);
    if (r.via != kNone)
        rt.e.elements.push_back(e.idOf(r.via));
    if (r.origin_res != kNone)
        rt.e.elements.push_back(e.idOf(r.origin_res));
    if (forSubnet) {
        rt.e.origin = RouteOrigin::VirtualNetworkGateway;
        rt.e.nextHop = s.kind == SpeakerKind::Hub ? NextHop::VirtualHub : NextHop::VirtualNetworkGateway;
        rt.e.nextHopElement = e.idOf(s.res);
        rt.e.rule = s.kind == SpeakerKind::Hub ? rule("§6.3") : rule("R-SYS-8");
        rt.kindRank = 1;
        rt.tk = Tk::Gateway;
        rt.target = static_cast<int>(&s - e.speakers.data());
        rt.aux = ribIndex;
        return rt;
    }
    rt.e.origin = r.origin;
    rt.kindRank = 1;
    rt.ribIndex = ribIndex;
    switch (r.egress) {
    case Egress::Local:
        rt.tk = s.kind == SpeakerKind::Hub ? Tk::Vnet : Tk::GatewaySubnet;
        rt.target = r.target;
        rt.aux = r.via;
        rt.e.nextHop = s.kind == SpeakerKind::Hub ? NextHop::VNetPeering : NextHop::VnetLocal;
        rt.e.nextHopElement = e.idOf(e.vnets[static_cast<std::size_t>(r.target)].res);
        break;
    case Egress::Site:
        rt.tk = Tk::Site;
        rt.target = r.target;
        rt.aux = r.via;
        rt.e.nextHop = s.kind == SpeakerKind::Er || r.origin == RouteOrigin::ExpressRoute ? NextHop::Circuit
                                                                                             : NextHop::Connection;
        rt.e.nextHopElement = e.idOf(r.via);
        break;
    case Egress::Speaker:
        rt.tk = Tk::Remote;
        rt.target = r.target;
        rt.aux = r.via;
        rt.e.nextHop = NextHop::Tunnel;
        rt.e.nextHopElement = e.idOf(e.speakers[static_cast<std::size_t>(r.target)].res);
        break;
    case Egress::Pool:
        rt.tk = Tk::Pool;
        rt.target = r.target;
        rt.e.nextHop = NextHop::ClientPool;
        rt.e.nextHopElement = e.idOf(s.res);
        break;
    case Egress::Appliance:
        rt.tk = Tk::Appliance;
        rt.target = r.target;
        rt.e.nextHop = NextHop::VirtualAppliance;
        if (r.target == kNone) {
            // A hub static route to a VNet connection whose spoke has no NVA (§6.3).
            if (r.via != kNone)
                rt.e.nextHopElement = e.idOf(r.via);
        } else if (const ApplianceNode &a = e.appliances[static_cast<std::size_t>(r.target)]; a.hub != kNone) {
            rt.e.nextHopElement = e.idOf(a.res); // the hub's firewall
        } else {
            rt.e.nextHopIp = a.ip;
            rt.e.nextHopElement = e.idOf(a.res);
        }
        break;
    case Egress::Drop:
        rt.tk = Tk::Drop;
        rt.e.nextHop = NextHop::None;
        break;
    }
    return rt;
}

namespace {

Rt systemRoute(const Prefix &p, NextHop nh, Tk tk, int target, RuleRef why)
{
    Rt rt;
    rt.e.prefix = p;
    rt.e.origin = RouteOrigin::Default;
    rt.e.nextHop = nh;
    rt.e.rule = why;
    rt.tk = tk;
    rt.target = target;
    rt.kindRank = 0;
    rt.protectedSystem = nh == NextHop::VnetLocal || nh == NextHop::VNetPeering;
    return rt;
}

void buildSubnetTable(Engine &e, SubnetTable &t)
{
    const VnetNode &v = e.vnets[static_cast<std::size_t>(t.vnet)];
    const RouteTable *udrs = t.routeTable == kNone ? nullptr : e.resource(t.routeTable).as<RouteTable>();
    auto &routes = t.set.routes;
    const Id vnetId = e.idOf(v.res);
    for (const Prefix &p : v.vnet->addressPrefixes) {
        Rt r = systemRoute(p, NextHop::VnetLocal, Tk::Vnet, t.vnet, rule("R-SYS-1"));
        r.e.nextHopElement = vnetId;
        routes.push_back(r);
    }
    routes.push_back(systemRoute(Prefix(Ipv4Address(0), 0), NextHop::Internet, Tk::Internet, kNone, rule("R-SYS-2")));
    const bool udrDefault = udrs && std::any_of(udrs->routes.begin(), udrs->routes.end(),
                                                [](const Route &r) { return r.addressPrefix.length() == 0; });
    static const std::pair<Prefix, std::string_view> reserved[] = {
        {Prefix(Ipv4Address(0x0A000000), 8), "R-SYS-3"}, {Prefix(Ipv4Address(0xAC100000), 12), "R-SYS-3"},
        {Prefix(Ipv4Address(0xC0A80000), 16), "R-SYS-3"}, {Prefix(Ipv4Address(0x64400000), 10), "R-SYS-4"}};
    for (const auto &[p, id] : reserved) {
        if (udrDefault)
            continue; // R-SYS-6
        if (std::any_of(v.vnet->addressPrefixes.begin(), v.vnet->addressPrefixes.end(),
                        [&](const Prefix &q) { return q.contains(p); }))
            continue; // R-SYS-5
        routes.push_back(systemRoute(p, NextHop::None, Tk::Drop, kNone,
                                     id == "R-SYS-3" ? rule("R-SYS-3") : rule("R-SYS-4")));
    }
    for (int li : v.links) {
        const PeerLink &l = e.links[static_cast<std::size_t>(li)];
        if (!l.connected)
            continue;
        const VnetNode &peer = e.vnets[static_cast<std::size_t>(l.peer)];
        for (const Prefix &p : peer.vnet->addressPrefixes) {
            Rt r = systemRoute(p, NextHop::VNetPeering, Tk::Peer, l.peer, rule("R-SYS-7"));
            r.aux = li;
            r.e.nextHopElement = e.idOf(peer.res);
            r.e.elements.push_back(e.idOf(l.peering));
            routes.push_back(r);
        }
    }
    const bool propagate = !(udrs && udrs->disableBgpRoutePropagation);
    if (v.hub != kNone) {
        const Speaker &hub = e.speakers[static_cast<std::size_t>(v.hub)];
        const auto *conn = e.resource(v.hubConnection).as<VirtualHubConnection>();
        {
            Rt r = systemRoute(hub.hub->addressPrefix, NextHop::VNetPeering, Tk::GatewayLookup, v.hub, rule("§6.3"));
            r.e.nextHopElement = e.idOf(hub.res);
            routes.push_back(r);
        }
        if (propagate) {
            t.hub = v.hub;
            t.hubTable = hub.privateIntent ? 0 : hubTableNamed(hub, conn->routingConfiguration.associatedRouteTable);
            t.hubDefault = conn->routingConfiguration.enableInternetSecurity;
        }
    }
    if (v.gatewayVnet != kNone && propagate) {
        const VnetNode &g = e.vnets[static_cast<std::size_t>(v.gatewayVnet)];
        for (int si : {g.vpnGw, g.erGw}) {
            if (si == kNone)
                continue;
            const Speaker &s = e.speakers[static_cast<std::size_t>(si)];
            for (std::size_t i = 0; i < s.rib.size(); ++i) {
                const RibRoute &r = s.rib[i];
                if (r.egress == Egress::Local || r.origin == RouteOrigin::RouteServer)
                    continue;
                // Learned from the co-located gateway through Route Server: that gateway's own
                // route is already in the table.
                if (r.egress == Egress::Speaker && e.speakers[static_cast<std::size_t>(r.target)].vnet == s.vnet)
                    continue;
                routes.push_back(fromRib(e, s, r, static_cast<int>(i), true));
            }
        }
    }
    // Route Server NVA routes (§6.2), gateway-sourced, suppressed with propagation (R-PROP-2).
    if (propagate) {
        const int rsVnet = v.routeServer != kNone ? t.vnet : v.gatewayVnet;
        const int rs = rsVnet == kNone ? kNone : e.vnets[static_cast<std::size_t>(rsVnet)].routeServer;
        if (rs != kNone) {
            forEachRouteServerNvaPrefix(e, rs, [&](int peering, int nva, int a, const Prefix &p) {
                Rt r;
                r.e.prefix = p;
                r.e.origin = RouteOrigin::VirtualNetworkGateway;
                r.e.nextHop = NextHop::VirtualAppliance;
                r.e.nextHopIp = e.appliances[static_cast<std::size_t>(a)].ip;
                r.e.nextHopElement = e.idOf(nva);
                r.e.elements = {e.idOf(rs), e.idOf(peering)};
                r.e.rule = rule("§6.2");
                r.kindRank = 1;
                r.tk = Tk::Appliance;
                r.target = a;
                routes.push_back(r);
            });
        }
    }
    if (udrs) {
        const Id rtId = e.idOf(t.routeTable);
        for (const Route &u : udrs->routes) {
            Rt r;
            r.e.prefix = u.addressPrefix;
            r.e.origin = RouteOrigin::User;
            r.e.rule = rule("§1.3");
            r.e.elements = {rtId};
            r.kindRank = 2;
            switch (u.nextHopType) {
            case NextHopType::VnetLocal:
                r.e.nextHop = NextHop::VnetLocal;
                r.tk = Tk::Vnet;
                r.target = t.vnet;
                break;
            case NextHopType::Internet:
                r.e.nextHop = NextHop::Internet;
                r.tk = Tk::Internet;
                break;
            case NextHopType::None:
                r.e.nextHop = NextHop::None;
                r.tk = Tk::Drop;
                break;
            case NextHopType::VirtualNetworkGateway: {
                r.e.nextHop = NextHop::VirtualNetworkGateway;
                const VnetNode *g = v.gatewayVnet == kNone ? nullptr : &e.vnets[static_cast<std::size_t>(v.gatewayVnet)];
                if (!g || g->vpnGw == kNone || g->erGw != kNone) {
                    r.e.valid = false; // R-UDR-1, R-ER-4
                    r.e.invalidRule = rule("R-UDR-1");
                } else {
                    r.tk = Tk::GatewayLookup;
                    r.target = g->vpnGw;
                    r.e.nextHopElement = e.idOf(e.speakers[static_cast<std::size_t>(g->vpnGw)].res);
                }
                break;
            }
            case NextHopType::VirtualAppliance: {
                r.e.nextHop = NextHop::VirtualAppliance;
                r.e.nextHopIp = u.nextHopIpAddress;
                r.tk = Tk::Appliance;
                const Ipv4Address ip = u.nextHopIpAddress.value_or(Ipv4Address());
                bool direct = v.contains(ip);
                for (int li : v.links) {
                    const PeerLink &l = e.links[static_cast<std::size_t>(li)];
                    direct = direct || (l.connected && e.vnets[static_cast<std::size_t>(l.peer)].contains(ip));
                }
                if (!u.nextHopIpAddress || !direct) {
                    r.e.valid = false;
                    r.e.invalidRule = rule("R-UDR-2");
                }
                const auto it = e.applianceByIp.find(ip.value());
                if (it != e.applianceByIp.end()) {
                    r.target = it->second;
                    r.e.nextHopElement = e.idOf(e.appliances[static_cast<std::size_t>(it->second)].res);
                }
                break;
            }
            }
            routes.push_back(r);
        }
    }
    t.set.finish();
}

} // namespace

void Engine::build()
{
    buildIndex(*this);
    for (std::size_t si = 0; si < speakers.size(); ++si)
        originate(*this, static_cast<int>(si));
    propagate(*this);
    buildHubTables(*this);
    computeAdvertisements(*this);
    for (Speaker &s : speakers) {
        for (std::size_t i = 0; i < s.rib.size(); ++i)
            s.table.routes.push_back(fromRib(*this, s, s.rib[i], static_cast<int>(i), false));
        s.table.finish();
        s.ribToTable.assign(s.rib.size(), kNone);
        for (std::size_t i = 0; i < s.table.routes.size(); ++i)
            s.ribToTable[static_cast<std::size_t>(s.table.routes[i].ribIndex)] = static_cast<int>(i);
    }
    finishHubTables(*this);
    for (SiteNode &s : sites)
        buildSiteRoutes(*this, s);
    // One effective table per (VNet, route table) pair.
    std::map<std::pair<int, int>, int> tableOf;
    for (std::size_t v = 0; v < vnets.size(); ++v) {
        tables.push_back({static_cast<int>(v), kNone, {}});
        tableOf[{static_cast<int>(v), kNone}] = static_cast<int>(tables.size()) - 1;
        vnets[v].defaultTable = static_cast<int>(tables.size()) - 1;
    }
    for (SubnetNode &s : subnets) {
        const auto key = std::make_pair(s.vnet, s.routeTable);
        auto it = tableOf.find(key);
        if (it == tableOf.end()) {
            tables.push_back({s.vnet, s.routeTable, {}});
            it = tableOf.emplace(key, static_cast<int>(tables.size()) - 1).first;
        }
        s.table = it->second;
    }
    for (SubnetTable &t : tables)
        buildSubnetTable(*this, t);
    for (ClientNode &c : clients)
        buildClientRoutes(*this, c);
    buildEndpoints(*this);
}

} // namespace spokewise::routing::detail
