// Virtual WAN hub route tables (ROUTING.md §6.3): association, propagation to tables and labels
// across the hubs of a WAN, static routes, routing intent and hub routing preference.
//
// The hub's RIB (Speaker::rib, built by control_plane.cpp) stays what the hub router knows as a
// whole: it serves the hub firewall and traffic arriving from another hub. The tables built here
// decide what each connection routes with: a VNet connection looks destinations up in the table
// it associates with, branches (S2S, ER, P2S) in the branch table, and what a branch is told
// (advertisements, P2S routes) is that table's content.

#include "routing/control_plane.h"

#include <algorithm>
#include <tuple>

namespace spokewise::routing::detail {

int hubTableNamed(const Speaker &h, const std::string &name)
{
    for (std::size_t i = 0; i < h.hubTables.size(); ++i) {
        if (h.hubTables[i].name == name)
            return static_cast<int>(i);
    }
    return kNone;
}

namespace {

inline constexpr std::string_view kDefaultTable = "defaultRouteTable";
inline constexpr std::string_view kNoneTable = "noneRouteTable";

bool sameWan(const Speaker &a, const Speaker &b)
{
    return a.hub->virtualWan == b.hub->virtualWan;
}

// The tables of a hub: defaultRouteTable (label "default"), noneRouteTable (label "none"), then
// the custom ones; a design table named like an implicit one adds its labels and routes to it.
void createTables(Speaker &h)
{
    const auto add = [&h](const std::string &name, std::vector<std::string> labels) {
        HubTable t;
        t.name = name;
        t.labels = std::move(labels);
        h.hubTables.push_back(std::move(t));
    };
    h.hubTables.clear();
    add(std::string(kDefaultTable), {"default"});
    add(std::string(kNoneTable), {"none"});
    for (const HubRouteTable &t : h.hub->routeTables) {
        int i = hubTableNamed(h, t.name);
        if (i == kNone) {
            add(t.name, {});
            i = static_cast<int>(h.hubTables.size()) - 1;
        }
        auto &labels = h.hubTables[static_cast<std::size_t>(i)].labels;
        labels.insert(labels.end(), t.labels.begin(), t.labels.end());
    }
}

// A connection of a hub with its routing configuration: a VNet connection, or (vnet == kNone)
// the hub's branches.
struct Source
{
    int hub;
    int vnet;
    const HubRoutingConfiguration *cfg;
};

std::vector<Source> sourcesOf(const Engine &e, int hi)
{
    const Speaker &h = e.speakers[static_cast<std::size_t>(hi)];
    std::vector<Source> out;
    for (int v : h.hubVnets) {
        const auto *c = e.resource(e.vnets[static_cast<std::size_t>(v)].hubConnection).as<VirtualHubConnection>();
        out.push_back({hi, v, &c->routingConfiguration});
    }
    out.push_back({hi, kNone, &h.hub->branchRoutingConfiguration});
    return out;
}

// The routes a connection puts into the tables it propagates to: a VNet's address space, or the
// routes the hub learned from its own branches.
bool fromSource(const RibRoute &r, const Source &s)
{
    if (s.vnet != kNone)
        return r.egress == Egress::Local && r.target == s.vnet;
    return r.path.empty() && (r.egress == Egress::Site || r.egress == Egress::Pool);
}

void addUnique(std::vector<RibRoute> &rib, RibRoute r)
{
    const auto same = [&](const RibRoute &x) {
        return x.prefix == r.prefix && x.egress == r.egress && x.target == r.target && x.origin_res == r.origin_res
               && x.via == r.via && x.hubStatic == r.hubStatic;
    };
    if (std::none_of(rib.begin(), rib.end(), same))
        rib.push_back(std::move(r));
}

// The appliance a static route's next hop names: the hub's firewall, or the NVA in the spoke of a
// VNet connection of this hub (kNone: none there, a black hole).
int staticNextHop(const Engine &e, const Speaker &h, const Id &nextHop, bool &resolved)
{
    resolved = false;
    const int res = e.find(nextHop);
    if (res == kNone)
        return kNone;
    const Resource &r = e.resource(res);
    if (const auto *fw = r.as<AzureFirewall>()) {
        resolved = fw->virtualHub && e.find(*fw->virtualHub) == h.res;
        return resolved ? e.resAppliance[static_cast<std::size_t>(res)] : kNone;
    }
    if (const auto *c = r.as<VirtualHubConnection>()) {
        resolved = e.find(c->virtualHub) == h.res;
        const int vr = e.find(c->virtualNetwork);
        const int v = vr == kNone ? kNone : e.resVnet[static_cast<std::size_t>(vr)];
        if (!resolved || v == kNone)
            return kNone;
        for (std::size_t a = 0; a < e.appliances.size(); ++a) {
            if (!e.appliances[a].firewall && e.appliances[a].vnet == v)
                return static_cast<int>(a);
        }
    }
    return kNone;
}

RibRoute hubRoute(const Prefix &p, Egress eg, int target, int via, int originRes)
{
    RibRoute r;
    r.prefix = p;
    r.origin = RouteOrigin::VirtualHub;
    r.egress = eg;
    r.target = target;
    r.via = via;
    r.origin_res = originRes;
    r.rule = rule("§6.3");
    return r;
}

// Routing intent's routes to the hub firewall (kNone when the firewall failed: a black hole).
void addIntentRoutes(Speaker &h, int fwRes)
{
    auto &rib = h.hubTables[0].rib;
    const RoutingIntent &ri = *h.hub->routingIntent;
    if (h.privateIntent) {
        static const Prefix rfc1918[]
                = {Prefix(net::Ipv4Address(0x0A000000), 8), Prefix(net::Ipv4Address(0xAC100000), 12),
                   Prefix(net::Ipv4Address(0xC0A80000), 16)};
        for (const Prefix &p : rfc1918)
            addUnique(rib, hubRoute(p, Egress::Appliance, h.firewall, fwRes, fwRes));
        for (const Prefix &p : ri.additionalPrivatePrefixes)
            addUnique(rib, hubRoute(p, Egress::Appliance, h.firewall, fwRes, fwRes));
    }
    if (h.internetIntent)
        addUnique(rib, hubRoute(Prefix(net::Ipv4Address(0), 0), Egress::Appliance, h.firewall, fwRes, fwRes));
}

void addStaticRoutes(const Engine &e, Speaker &h)
{
    for (const HubRouteTable &t : h.hub->routeTables) {
        const int ti = hubTableNamed(h, t.name);
        if (ti == 1)
            continue; // noneRouteTable holds nothing
        if (h.privateIntent && ti != 0)
            continue; // routing intent ignores custom tables (M-25)
        for (const HubStaticRoute &s : t.routes) {
            bool resolved = false;
            const int a = staticNextHop(e, h, s.nextHop, resolved);
            const int nh = e.find(s.nextHop);
            if (h.privateIntent && nh != kNone && e.resource(nh).as<VirtualHubConnection>())
                continue; // not with routing intent (M-25)
            for (const Prefix &p : s.destinations) {
                RibRoute r = hubRoute(p, resolved ? Egress::Appliance : Egress::Drop, a, nh, kNone);
                r.hubStatic = true;
                addUnique(h.hubTables[static_cast<std::size_t>(ti)].rib, std::move(r));
            }
        }
    }
}

} // namespace

int hubFirewallResource(const Engine &e, const Speaker &h)
{
    for (std::size_t i = 0; i < e.design.resources.size(); ++i) {
        const auto *fw = e.design.resources[i].as<AzureFirewall>();
        if (fw && fw->virtualHub && e.find(*fw->virtualHub) == h.res)
            return static_cast<int>(i);
    }
    return kNone;
}

void buildHubTables(Engine &e)
{
    std::vector<int> hubs;
    for (std::size_t i = 0; i < e.speakers.size(); ++i) {
        Speaker &h = e.speakers[i];
        if (h.kind != SpeakerKind::Hub)
            continue;
        hubs.push_back(static_cast<int>(i));
        createTables(h);
        const bool standard = hubStandard(e, h);
        // In force with a firewall in the design; a failed firewall (what-if) black-holes the traffic.
        const bool hasIntent = h.hub->routingIntent && hubFirewallResource(e, h) != kNone && standard;
        h.privateIntent = hasIntent && h.hub->routingIntent->privateTrafficPolicy;
        h.internetIntent = hasIntent && h.hub->routingIntent->internetTrafficPolicy;
        h.branchTable = h.privateIntent ? 0 : hubTableNamed(h, h.hub->branchRoutingConfiguration.associatedRouteTable);
        if (h.branchTable == kNone)
            h.branchTable = 1; // no such table: the branches route with nothing (noneRouteTable)
        h.interHubTable = h.privateIntent ? 0 : kNone;
    }
    // Propagation: each connection's routes into the tables it names in its own hub and into the
    // tables carrying one of its labels in every hub of the WAN (§6.3).
    std::vector<int> vnetSource(e.vnets.size(), kNone);
    for (int hi : hubs) {
        const Speaker &from = e.speakers[static_cast<std::size_t>(hi)];
        const std::vector<Source> sources = sourcesOf(e, hi);
        // The RIB routes each source puts into tables (sources: the VNets, then the branches).
        std::vector<std::vector<int>> routesOf(sources.size());
        for (std::size_t k = 0; k + 1 < sources.size(); ++k)
            vnetSource[static_cast<std::size_t>(sources[k].vnet)] = static_cast<int>(k);
        for (std::size_t i = 0; i < from.rib.size(); ++i) {
            const RibRoute &r = from.rib[i];
            if (r.egress == Egress::Local && r.target != kNone
                && vnetSource[static_cast<std::size_t>(r.target)] != kNone)
                routesOf[static_cast<std::size_t>(vnetSource[static_cast<std::size_t>(r.target)])].push_back(
                        static_cast<int>(i));
            else if (fromSource(r, sources.back()))
                routesOf.back().push_back(static_cast<int>(i));
        }
        for (std::size_t k = 0; k + 1 < sources.size(); ++k)
            vnetSource[static_cast<std::size_t>(sources[k].vnet)] = kNone;
        for (std::size_t k = 0; k < sources.size(); ++k) {
            const Source &src = sources[k];
            // Private routing intent: connections propagate to noneRouteTable; other hubs still
            // learn the prefixes through the default label.
            static const std::vector<std::string> defaultLabel = {"default"};
            const std::vector<std::string> &labels = from.privateIntent ? defaultLabel : src.cfg->propagatedLabels;
            for (int ti : hubs) {
                Speaker &to = e.speakers[static_cast<std::size_t>(ti)];
                if (to.privateIntent || !sameWan(from, to))
                    continue;
                const bool local = ti == hi;
                if (!local && !(hubStandard(e, from) && hubStandard(e, to)))
                    continue; // Basic: no hub-to-hub transit
                for (std::size_t t = 0; t < to.hubTables.size(); ++t) {
                    if (t == 1)
                        continue; // propagating to None advertises nothing
                    HubTable &table = to.hubTables[t];
                    const bool byName = local && !from.privateIntent
                                        && std::find(src.cfg->propagatedRouteTables.begin(),
                                                     src.cfg->propagatedRouteTables.end(), table.name)
                                                   != src.cfg->propagatedRouteTables.end();
                    const bool byLabel
                            = std::any_of(table.labels.begin(), table.labels.end(), [&](const std::string &l) {
                                  return std::find(labels.begin(), labels.end(), l) != labels.end();
                              });
                    if (!byName && !byLabel)
                        continue;
                    for (int ri : routesOf[k]) {
                        const RibRoute &r = from.rib[static_cast<std::size_t>(ri)];
                        RibRoute copy = r;
                        copy.rule = rule("§6.3");
                        if (!local) {
                            if (r.prefix.length() == 0)
                                continue; // 0/0 never crosses hubs
                            copy.path.push_back(hi);
                            copy.egress = Egress::Speaker;
                            copy.target = hi;
                            copy.via = from.res;
                            copy.origin = RouteOrigin::VirtualHub;
                        }
                        // One source reaches a table once, and sources never share routes.
                        table.rib.push_back(std::move(copy));
                    }
                }
            }
        }
    }
    for (int hi : hubs) {
        Speaker &h = e.speakers[static_cast<std::size_t>(hi)];
        if (h.privateIntent || h.internetIntent)
            addIntentRoutes(h, hubFirewallResource(e, h));
        addStaticRoutes(e, h);
    }
}

std::uint8_t hubPreference(const Speaker &h, const RibRoute &r)
{
    if (r.hubStatic)
        return 250; // static routes beat dynamic ones for the same prefix (§6.3)
    const bool local = r.path.empty();
    switch (h.hub->hubRoutingPreference) {
    case HubRoutingPreference::ExpressRoute:
        // Local-hub routes first, then ER over VPN; among remote routes VPN over ER (§6.3).
        return local ? 2 : (r.fromVpn ? 1 : 0);
    case HubRoutingPreference::VpnGateway: return r.fromVpn ? 1 : 0;
    case HubRoutingPreference::ASPath:
        return static_cast<std::uint8_t>(200 - std::min(r.asPath + static_cast<int>(r.path.size()), 199));
    }
    return 0;
}

void finishHubTables(Engine &e)
{
    for (Speaker &h : e.speakers) {
        if (h.kind != SpeakerKind::Hub)
            continue;
        const bool basic = !hubStandard(e, h);
        for (std::size_t t = 0; t < h.hubTables.size(); ++t) {
            HubTable &table = h.hubTables[t];
            for (std::size_t i = 0; i < table.rib.size(); ++i) {
                Rt r = fromRib(e, h, table.rib[i], static_cast<int>(i), false);
                r.hubTable = static_cast<int>(t);
                r.e.hubTable = table.name;
                table.table.routes.push_back(std::move(r));
            }
            table.table.finish();
            table.ribToTable.assign(table.rib.size(), kNone);
            for (std::size_t i = 0; i < table.table.routes.size(); ++i)
                table.ribToTable[static_cast<std::size_t>(table.table.routes[i].ribIndex)] = static_cast<int>(i);
            for (std::size_t i = 0; i < table.rib.size(); ++i) {
                const RibRoute &rib = table.rib[i];
                if (basic && rib.egress == Egress::Local)
                    continue; // Basic: no VNet-to-VNet transit through the hub (§6.3)
                Rt r = fromRib(e, h, rib, static_cast<int>(i), true);
                r.hubTable = static_cast<int>(t);
                r.e.hubTable = table.name;
                if (rib.prefix.length() != 0)
                    table.vnetFacing[0].routes.push_back(r);
                table.vnetFacing[1].routes.push_back(std::move(r));
            }
            table.vnetFacing[0].finish();
            table.vnetFacing[1].finish();
        }
    }
}

const std::vector<RibRoute> &branchRib(const Speaker &h)
{
    static const std::vector<RibRoute> none;
    if (h.privateIntent)
        return h.rib; // the hub advertises what it knows; traffic goes through the firewall
    if (h.branchTable == kNone)
        return none; // not a hub
    return h.hubTables[static_cast<std::size_t>(h.branchTable)].rib;
}

const RouteSet *hubFacing(const Engine &e, const SubnetTable &t)
{
    if (t.hub == kNone || t.hubTable == kNone)
        return nullptr;
    const Speaker &h = e.speakers[static_cast<std::size_t>(t.hub)];
    return &h.hubTables[static_cast<std::size_t>(t.hubTable)].vnetFacing[t.hubDefault ? 1 : 0];
}

} // namespace spokewise::routing::detail
