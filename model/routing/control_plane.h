#pragma once

// Internal helpers shared by the control-plane sources (control_plane.cpp: gateway RIBs and subnet
// tables; holders.cpp: what sites and P2S clients route, and the endpoints).

#include "routing/engine.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace spokewise::routing::detail {

void buildIndex(Engine &e);
void buildClientRoutes(Engine &e, ClientNode &c);
void buildSiteRoutes(Engine &e, SiteNode &site);
void buildEndpoints(Engine &e);

// A RIB route as a lookup route of the speaker (forSubnet: as a subnet sees it, next hop the gateway).
Rt fromRib(const Engine &e, const Speaker &s, const RibRoute &r, int ribIndex, bool forSubnet);

// hub_tables.cpp: Virtual WAN hub route tables (§6.3).
void buildHubTables(Engine &e);   // after the hub RIBs are final
void finishHubTables(Engine &e);  // lookup sets of every hub table
std::uint8_t hubPreference(const Speaker &hub, const RibRoute &r);
const std::vector<RibRoute> &branchRib(const Speaker &hub); // what the hub's branches are given
int hubTableNamed(const Speaker &hub, const std::string &name); // kNone when the hub has no such table
int hubFirewallResource(const Engine &e, const Speaker &hub);     // the design's hub firewall, failed or not

inline const SiteConnectionPolicy *policyFor(const OnPremisesSite &site, const Id &connection)
{
    for (const auto &p : site.connectionPolicies) {
        if (p.connection == connection)
            return &p;
    }
    return nullptr;
}

inline bool overlapsAny(const Prefix &p, const std::vector<Prefix> &list)
{
    return std::any_of(list.begin(), list.end(), [&](const Prefix &q) { return p.overlaps(q); });
}

inline bool coveredByAny(const Prefix &p, const std::vector<Prefix> &list)
{
    return std::any_of(list.begin(), list.end(), [&](const Prefix &q) { return q.contains(p); });
}

inline bool isDefaultRoute(const Prefix &p) { return p.length() == 0; }

// Route Server with branch-to-branch in a VNet (§6.2).
inline bool arsBranchToBranch(const Engine &e, int vnet)
{
    if (vnet == kNone)
        return false;
    const int rs = e.vnets[static_cast<std::size_t>(vnet)].routeServer;
    return rs != kNone && e.resource(rs).as<RouteServer>()->allowBranchToBranchTraffic;
}

inline const VirtualWan *wanOf(const Engine &e, const Speaker &hub)
{
    const int w = e.find(hub.hub->virtualWan);
    return w == kNone ? nullptr : e.resource(w).as<VirtualWan>();
}

inline bool hubStandard(const Engine &e, const Speaker &hub)
{
    const VirtualWan *w = wanOf(e, hub);
    return w && w->type == VirtualWanType::Standard;
}

inline bool hubBranchToBranch(const Engine &e, const Speaker &hub)
{
    const VirtualWan *w = wanOf(e, hub);
    return w && w->allowBranchToBranchTraffic;
}

inline bool s2sBgp(const Engine &e, int conn)
{
    const auto *c = e.resource(conn).as<SiteToSiteConnection>();
    const int site = e.find(c->site);
    const auto *s = e.resource(site).as<OnPremisesSite>();
    bool gwBgp = true;
    if (c->vpnGateway) {
        const int g = e.find(*c->vpnGateway);
        gwBgp = e.resource(g).as<VpnGateway>()->enableBgp;
    }
    return c->enableBgp && gwBgp && s->bgpAsn.has_value();
}

inline bool v2vBgp(const Engine &e, int conn)
{
    const auto *c = e.resource(conn).as<VnetToVnetConnection>();
    const auto *a = e.resource(e.find(c->vpnGateways[0])).as<VpnGateway>();
    const auto *b = e.resource(e.find(c->vpnGateways[1])).as<VpnGateway>();
    return c->enableBgp && a && b && a->enableBgp && b->enableBgp;
}

inline int otherV2vSpeaker(const Engine &e, int conn, int self)
{
    const auto *c = e.resource(conn).as<VnetToVnetConnection>();
    for (const Id &id : c->vpnGateways) {
        const int s = e.resSpeaker[static_cast<std::size_t>(e.find(id))];
        if (s != self)
            return s;
    }
    return kNone;
}

// What a site advertises into one of its connections (input; default: its address space).
inline std::pair<std::vector<Prefix>, int> siteAdvertisement(const OnPremisesSite &site, const Id &conn)
{
    const SiteConnectionPolicy *p = policyFor(site, conn);
    if (p && p->advertisedPrefixes)
        return {*p->advertisedPrefixes, 1 + p->asPathPrepend};
    return {site.addressPrefixes, 1 + (p ? p->asPathPrepend : 0)};
}

} // namespace spokewise::routing::detail
