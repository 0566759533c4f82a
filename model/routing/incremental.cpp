// Incremental re-analysis: which nodes of the engine an edit changed.
//
// A matrix block walked in the previous analysis can be reused when every node its walks and
// verdicts read (the keys data_plane.h's accessors noted) is equal in both engines. Nodes hold
// pointers into their own engine's copy of the design; those are never compared: a node counts
// as changed when its resource changed, which covers whatever the pointers lead to. What the
// walker reads without an accessor (ids, endpoints, assumptions, the VNet address index, peer
// pairs) is checked by sameFrame(), and any difference there makes a full analysis.

#include "routing/data_plane.h"

namespace spokewise::routing::detail {

namespace {

bool sameRoutes(const RouteSet &a, const RouteSet &b)
{
    return a.routes == b.routes;
}

// The RIB entry a Gateway route names with `aux` (kNone-safe), in its speaker or hub table.
const RibRoute *ribOf(const Engine &e, const Rt &r)
{
    if (r.target < 0 || static_cast<std::size_t>(r.target) >= e.speakers.size() || r.aux < 0)
        return nullptr;
    const Speaker &s = e.speakers[static_cast<std::size_t>(r.target)];
    const std::vector<RibRoute> *rib = &s.rib;
    if (r.hubTable != kNone) {
        if (r.hubTable < 0 || static_cast<std::size_t>(r.hubTable) >= s.hubTables.size())
            return nullptr;
        rib = &s.hubTables[static_cast<std::size_t>(r.hubTable)].rib;
    }
    return static_cast<std::size_t>(r.aux) < rib->size() ? &(*rib)[static_cast<std::size_t>(r.aux)] : nullptr;
}

// A subnet's, site's or client's routes, equal but for the RIB positions Gateway routes name: a
// RIB that gained or lost an entry elsewhere shifts them. Such a route counts as equal when the
// entry it names is equal, and the positions map one to one (select() compares them for ECMP);
// the walker reads the entry itself only through the speaker, which it notes.
bool sameRoutes(const Engine &x, const Engine &y, const RouteSet &a, const RouteSet &b)
{
    if (a.routes.size() != b.routes.size())
        return false;
    struct Pos
    {
        int target, hubTable, before, after;
    };
    std::vector<Pos> positions;
    for (std::size_t k = 0; k < a.routes.size(); ++k) {
        const Rt &p = a.routes[k];
        const Rt &q = b.routes[k];
        if (p.tk != Tk::Gateway || q.tk != Tk::Gateway || p.aux == q.aux) {
            if (!(p == q))
                return false;
        } else {
            Rt moved = p;
            moved.aux = q.aux;
            const RibRoute *rp = ribOf(x, p);
            const RibRoute *rq = ribOf(y, q);
            if (!(moved == q) || !rp || !rq || !(*rp == *rq))
                return false;
        }
        if (p.tk != Tk::Gateway)
            continue;
        for (const Pos &o : positions) {
            if (o.target == p.target && o.hubTable == p.hubTable && ((o.before == p.aux) != (o.after == q.aux)))
                return false;
        }
        positions.push_back({p.target, p.hubTable, p.aux, q.aux});
    }
    return true;
}

bool sameHubTable(const HubTable &a, const HubTable &b)
{
    return a.name == b.name && a.labels == b.labels && a.rib == b.rib && sameRoutes(a.table, b.table)
           && a.ribToTable == b.ribToTable && sameRoutes(a.vnetFacing[0], b.vnetFacing[0])
           && sameRoutes(a.vnetFacing[1], b.vnetFacing[1]);
}

bool sameSpeaker(const Speaker &a, const Speaker &b)
{
    if (a.hubTables.size() != b.hubTables.size())
        return false;
    for (std::size_t i = 0; i < a.hubTables.size(); ++i) {
        if (!sameHubTable(a.hubTables[i], b.hubTables[i]))
            return false;
    }
    return a.kind == b.kind && a.res == b.res && a.vnet == b.vnet && a.pool == b.pool && a.s2s == b.s2s
           && a.v2v == b.v2v && a.erConns == b.erConns && a.p2s == b.p2s && a.hubVnets == b.hubVnets
           && a.firewall == b.firewall && a.rib == b.rib && sameRoutes(a.table, b.table) && a.ribToTable == b.ribToTable
           && a.branchTable == b.branchTable && a.interHubTable == b.interHubTable && a.privateIntent == b.privateIntent
           && a.internetIntent == b.internetIntent;
}

bool sameSubnetNode(const SubnetNode &a, const SubnetNode &b)
{
    return a.res == b.res && a.vnet == b.vnet && a.routeTable == b.routeTable && a.table == b.table
           && a.endpoint == b.endpoint;
}

bool sameEndpoint(const Endpoint &a, const Endpoint &b)
{
    return a.id == b.id && a.kind == b.kind && a.internet == b.internet;
}

} // namespace

bool sameFrame(const Engine &x, const Engine &y)
{
    const auto &rx = x.design.resources;
    const auto &ry = y.design.resources;
    if (rx.size() != ry.size() || !(x.design.assumptions == y.design.assumptions) || x.failed != y.failed)
        return false;
    for (std::size_t i = 0; i < rx.size(); ++i) {
        if (!(rx[i].id == ry[i].id) || rx[i].kind() != ry[i].kind())
            return false;
    }
    if (x.endpoints.size() != y.endpoints.size())
        return false;
    for (std::size_t i = 0; i < x.endpoints.size(); ++i) {
        if (!sameEndpoint(x.endpoints[i], y.endpoints[i]))
            return false;
    }
    return x.endpointAddress == y.endpointAddress && x.endpointSubnet == y.endpointSubnet
           && x.endpointSite == y.endpointSite && x.endpointClient == y.endpointClient
           && x.internetEndpoint == y.internetEndpoint && x.internetAddress == y.internetAddress
           && x.resVnet == y.resVnet && x.resSpeaker == y.resSpeaker && x.resSite == y.resSite
           && x.resClient == y.resClient && x.resAppliance == y.resAppliance && x.linkByPair == y.linkByPair
           && x.vnetPrefixes == y.vnetPrefixes && x.vnets.size() == y.vnets.size()
           && x.subnets.size() == y.subnets.size() && x.links.size() == y.links.size()
           && x.appliances.size() == y.appliances.size() && x.speakers.size() == y.speakers.size()
           && x.sites.size() == y.sites.size() && x.clients.size() == y.clients.size()
           && x.tables.size() == y.tables.size() && x.classCount == y.classCount && x.endpointClass == y.endpointClass;
}

std::array<std::vector<char>, 11> changedNodes(const Engine &x, const Engine &y)
{
    static_assert(kDepKinds == 11);
    std::array<std::vector<char>, 11> changed;
    const auto slot = [&](Dep kind, std::size_t size) -> std::vector<char> & {
        auto &v = changed[static_cast<std::size_t>(kind)];
        v.assign(size, 0);
        return v;
    };

    auto &res = slot(Dep::Resource, x.design.resources.size());
    for (std::size_t i = 0; i < res.size(); ++i) {
        // Names and notes do not route; ids and kinds are equal (sameFrame).
        res[i] = !(x.design.resources[i].properties == y.design.resources[i].properties);
    }
    const auto resChanged = [&](int r) { return r >= 0 && res[static_cast<std::size_t>(r)]; };

    auto &tables = slot(Dep::Table, x.tables.size());
    for (std::size_t i = 0; i < tables.size(); ++i) {
        const SubnetTable &a = x.tables[i];
        const SubnetTable &b = y.tables[i];
        tables[i] = !(a.vnet == b.vnet && a.routeTable == b.routeTable && a.hub == b.hub && a.hubTable == b.hubTable
                      && a.hubDefault == b.hubDefault && sameRoutes(x, y, a.set, b.set));
    }

    auto &speakers = slot(Dep::Speaker, x.speakers.size());
    bool poolsChanged = false;
    for (std::size_t i = 0; i < speakers.size(); ++i) {
        speakers[i] = !sameSpeaker(x.speakers[i], y.speakers[i]) || resChanged(x.speakers[i].res);
        poolsChanged = poolsChanged || x.speakers[i].pool != y.speakers[i].pool;
    }

    auto &sites = slot(Dep::Site, x.sites.size());
    bool anySite = false;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        const SiteNode &a = x.sites[i];
        const SiteNode &b = y.sites[i];
        bool c = !(a.res == b.res && a.endpoint == b.endpoint && a.connections == b.connections
                   && sameRoutes(x, y, a.routes, b.routes))
                 || resChanged(a.res);
        sites[i] = c;
        // Explanations read the kind and BGP flag of every site's connections.
        for (int conn : a.connections)
            c = c || resChanged(conn);
        anySite = anySite || c;
    }

    auto &clients = slot(Dep::Client, x.clients.size());
    for (std::size_t i = 0; i < clients.size(); ++i) {
        const ClientNode &a = x.clients[i];
        const ClientNode &b = y.clients[i];
        clients[i] = !(a.res == b.res && a.speaker == b.speaker && a.endpoint == b.endpoint && a.address == b.address
                       && sameRoutes(x, y, a.routes, b.routes))
                     || resChanged(a.res);
    }

    auto &appliances = slot(Dep::Appliance, x.appliances.size());
    for (std::size_t i = 0; i < appliances.size(); ++i) {
        const ApplianceNode &a = x.appliances[i];
        const ApplianceNode &b = y.appliances[i];
        appliances[i] = !(a.res == b.res && a.firewall == b.firewall && a.ip == b.ip && a.vnet == b.vnet
                          && a.subnet == b.subnet && a.hub == b.hub && a.forwarding == b.forwarding)
                        || resChanged(a.res);
    }

    auto &links = slot(Dep::Link, x.links.size());
    for (std::size_t i = 0; i < links.size(); ++i) {
        const PeerLink &a = x.links[i];
        const PeerLink &b = y.links[i];
        links[i] = !(a.peering == b.peering && a.self == b.self && a.peer == b.peer && a.connected == b.connected)
                   || resChanged(a.peering);
    }

    auto &vnets = slot(Dep::Vnet, x.vnets.size());
    bool vnetGateways = false;
    for (std::size_t i = 0; i < vnets.size(); ++i) {
        const VnetNode &a = x.vnets[i];
        const VnetNode &b = y.vnets[i];
        bool c = !(a.res == b.res && a.subnets == b.subnets && a.links == b.links && a.vpnGw == b.vpnGw
                   && a.erGw == b.erGw && a.routeServer == b.routeServer && a.gatewaySubnet == b.gatewaySubnet
                   && a.gatewayVnet == b.gatewayVnet && a.remoteLink == b.remoteLink && a.hub == b.hub
                   && a.hubConnection == b.hubConnection && a.defaultTable == b.defaultTable)
                 || resChanged(a.res);
        for (int sn : a.subnets) {
            if (!c && sn >= 0 && static_cast<std::size_t>(sn) < x.subnets.size())
                c = !sameSubnetNode(x.subnets[static_cast<std::size_t>(sn)], y.subnets[static_cast<std::size_t>(sn)]);
        }
        vnets[i] = c;
        vnetGateways = vnetGateways || a.routeServer != b.routeServer || a.vpnGw != b.vpnGw || a.erGw != b.erGw;
    }

    slot(Dep::AllSites, 1)[0] = anySite;
    slot(Dep::AllPools, 1)[0] = poolsChanged;
    slot(Dep::AllVnets, 1)[0] = vnetGateways;
    return changed;
}

} // namespace spokewise::routing::detail
