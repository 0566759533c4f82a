#include "design/connections.h"

#include "design/references.h"

#include <algorithm>

namespace spokewise {

namespace {

// What an id names, for connection rules: a resource kind, a subnet or the Internet.
struct EndInfo
{
    const Resource *resource = nullptr;
    const Subnet *subnet = nullptr;
    const Resource *subnetVnet = nullptr;
    bool internet = false;

    bool is(ResourceKind k) const { return resource && resource->kind() == k; }
    bool endpoint() const
    {
        return subnet || internet || is(ResourceKind::OnPremisesSite) || is(ResourceKind::P2sClientGroup);
    }
};

EndInfo endInfo(const Design &design, const Id &id)
{
    EndInfo info;
    if (id.str() == kInternetEndpointId) {
        info.internet = true;
        return info;
    }
    info.resource = design.find(id);
    if (!info.resource) {
        const auto ref = design.findSubnet(id);
        info.subnet = ref.subnet;
        info.subnetVnet = ref.virtualNetwork;
    }
    return info;
}

template<typename T, typename F>
bool anyResource(const Design &design, F &&pred)
{
    return std::any_of(design.resources.begin(), design.resources.end(), [&](const Resource &r) {
        const auto *p = r.as<T>();
        return p && pred(*p);
    });
}

bool samePair(const Id &a, const Id &b, const Id &x, const Id &y)
{
    return (a == x && b == y) || (a == y && b == x);
}

const VirtualWan *wanOf(const Design &design, const VirtualHub &hub)
{
    const auto *wan = design.find(hub.virtualWan);
    return wan ? wan->as<VirtualWan>() : nullptr;
}

// The structural connection between two elements in this order, if Azure has one.
std::optional<ConnectionKind> structuralKind(const EndInfo &a, const EndInfo &b)
{
    using K = ResourceKind;
    if (a.is(K::VirtualNetwork) && b.is(K::VirtualNetwork))
        return ConnectionKind::Peering;
    if (a.is(K::VirtualHub) && b.is(K::VirtualNetwork))
        return ConnectionKind::HubConnection;
    if ((a.is(K::VpnGateway) || a.is(K::VirtualHub)) && b.is(K::OnPremisesSite))
        return ConnectionKind::SiteToSite;
    if (a.is(K::VpnGateway) && b.is(K::VpnGateway))
        return ConnectionKind::VnetToVnet;
    if ((a.is(K::ExpressRouteGateway) || a.is(K::VirtualHub)) && b.is(K::ExpressRouteCircuit))
        return ConnectionKind::ExpressRoute;
    if (a.is(K::ExpressRouteCircuit) && b.is(K::OnPremisesSite))
        return ConnectionKind::CircuitSite;
    if (a.is(K::ExpressRouteCircuit) && b.is(K::ExpressRouteCircuit))
        return ConnectionKind::GlobalReach;
    if (a.is(K::P2sClientGroup) && (b.is(K::VpnGateway) || b.is(K::VirtualHub)))
        return ConnectionKind::P2sAttachment;
    if (a.is(K::RouteServer) && b.is(K::NetworkVirtualAppliance))
        return ConnectionKind::BgpPeering;
    if (a.subnet && b.is(K::RouteTable))
        return ConnectionKind::RouteTableAssociation;
    return std::nullopt;
}

std::optional<ConnectionRefusal> refusalFor(const Design &design, ConnectionKind kind, const EndInfo &a,
                                            const EndInfo &b)
{
    const Id &x = a.resource ? a.resource->id : Id();
    const Id &y = b.resource ? b.resource->id : Id();
    switch (kind) {
    case ConnectionKind::Peering:
        if (anyResource<VirtualNetworkPeering>(design, [&](const VirtualNetworkPeering &p) {
                return samePair(p.sides[0].virtualNetwork, p.sides[1].virtualNetwork, x, y);
            }))
            return ConnectionRefusal::AlreadyConnected;
        break;
    case ConnectionKind::HubConnection:
        if (anyResource<VirtualHubConnection>(design, [&](const VirtualHubConnection &c) { return c.virtualNetwork == y; }))
            return ConnectionRefusal::AlreadyAttached;
        break;
    case ConnectionKind::SiteToSite:
        if (const auto *hub = a.resource->as<VirtualHub>(); hub && !hub->vpnGateway)
            return ConnectionRefusal::HubHasNoGateway;
        if (anyResource<SiteToSiteConnection>(design, [&](const SiteToSiteConnection &c) {
                return c.site == y && (c.vpnGateway == x || c.virtualHub == x);
            }))
            return ConnectionRefusal::AlreadyConnected;
        break;
    case ConnectionKind::VnetToVnet:
        if (a.resource->as<VpnGateway>()->vpnType == VpnType::PolicyBased
            || b.resource->as<VpnGateway>()->vpnType == VpnType::PolicyBased)
            return ConnectionRefusal::PolicyBasedGateway;
        if (anyResource<VnetToVnetConnection>(design, [&](const VnetToVnetConnection &c) {
                return samePair(c.vpnGateways[0], c.vpnGateways[1], x, y);
            }))
            return ConnectionRefusal::AlreadyConnected;
        break;
    case ConnectionKind::ExpressRoute:
        if (const auto *hub = a.resource->as<VirtualHub>()) {
            const auto *wan = wanOf(design, *hub);
            if (wan && wan->type == VirtualWanType::Basic)
                return ConnectionRefusal::BasicVirtualWan;
            if (!hub->expressRouteGateway)
                return ConnectionRefusal::HubHasNoGateway;
        }
        if (anyResource<ExpressRouteConnection>(design, [&](const ExpressRouteConnection &c) {
                return c.circuit == y && (c.expressRouteGateway == x || c.virtualHub == x);
            }))
            return ConnectionRefusal::AlreadyConnected;
        break;
    case ConnectionKind::CircuitSite:
        if (anyResource<CircuitSiteConnection>(design,
                                               [&](const CircuitSiteConnection &c) { return c.circuit == x && c.site == y; }))
            return ConnectionRefusal::AlreadyConnected;
        break;
    case ConnectionKind::GlobalReach:
        if (anyResource<GlobalReachConnection>(design, [&](const GlobalReachConnection &c) {
                return samePair(c.circuits[0], c.circuits[1], x, y);
            }))
            return ConnectionRefusal::AlreadyConnected;
        break;
    case ConnectionKind::P2sAttachment: {
        const auto &group = *a.resource->as<P2sClientGroup>();
        if (group.vpnGateway == y || group.virtualHub == y)
            return ConnectionRefusal::AlreadyConnected;
        if (const auto *hub = b.resource->as<VirtualHub>()) {
            const auto *wan = wanOf(design, *hub);
            if (wan && wan->type == VirtualWanType::Basic)
                return ConnectionRefusal::BasicVirtualWan;
            if (!hub->p2sVpnGateway)
                return ConnectionRefusal::HubHasNoGateway;
        }
        break;
    }
    case ConnectionKind::BgpPeering:
        if (anyResource<BgpPeering>(design, [&](const BgpPeering &p) {
                return p.routeServer == x && p.networkVirtualAppliance == y;
            }))
            return ConnectionRefusal::AlreadyConnected;
        break;
    case ConnectionKind::RouteTableAssociation:
        if (a.subnet->routeTable == y)
            return ConnectionRefusal::AlreadyConnected;
        break;
    case ConnectionKind::Intent:
    case ConnectionKind::TrafficFlow:
        break;
    }
    return std::nullopt;
}

std::string displayName(const Design &design, const Id &id)
{
    if (id.str() == kInternetEndpointId)
        return "Internet";
    if (const auto *r = design.find(id))
        return r->name;
    if (const auto ref = design.findSubnet(id); ref.subnet)
        return ref.virtualNetwork->name + "/" + ref.subnet->name;
    return id.str();
}

Resource newResource(const Design &design, const std::string &idBase, std::string name, ResourceProperties p)
{
    return {uniqueId(design, idBase), uniqueName(design, name), "", std::move(p)};
}

bool hasGateway(const Design &design, const Id &vnet)
{
    return anyResource<VpnGateway>(design, [&](const VpnGateway &g) { return g.virtualNetwork == vnet; })
           || anyResource<ExpressRouteGateway>(design, [&](const ExpressRouteGateway &g) { return g.virtualNetwork == vnet; })
           || anyResource<RouteServer>(design, [&](const RouteServer &g) { return g.virtualNetwork == vnet; });
}

} // namespace

ConnectionOptions connectionOptions(const Design &design, const Id &from, const Id &to)
{
    ConnectionOptions options;
    if (from == to) {
        options.refusal = ConnectionRefusal::SameElement;
        return options;
    }
    const auto a = endInfo(design, from);
    const auto b = endInfo(design, to);
    // Structural connections are undirected: the rules are written one way round.
    std::optional<ConnectionKind> kind = structuralKind(a, b);
    bool reversed = false;
    if (!kind) {
        kind = structuralKind(b, a);
        reversed = kind.has_value();
    }
    if (kind) {
        if (const auto refusal = reversed ? refusalFor(design, *kind, b, a) : refusalFor(design, *kind, a, b))
            options.refusal = refusal;
        else
            options.kinds.push_back(*kind);
    }
    if (a.endpoint() && b.endpoint()) {
        options.kinds.push_back(ConnectionKind::Intent);
        options.kinds.push_back(ConnectionKind::TrafficFlow);
    }
    if (options.kinds.empty() && !options.refusal)
        options.refusal = ConnectionRefusal::NoConnectionForKinds;
    if (!options.kinds.empty())
        options.refusal.reset();
    return options;
}

ConnectionEdit makeConnection(const Design &design, ConnectionKind kind, const Id &fromId, const Id &toId,
                              IntentExpectation expectation)
{
    ConnectionEdit edit;
    auto a = endInfo(design, fromId);
    auto b = endInfo(design, toId);
    Id from = fromId;
    Id to = toId;
    // Put the pair in the order the rules are written in.
    if (kind != ConnectionKind::Intent && kind != ConnectionKind::TrafficFlow && structuralKind(a, b) != kind) {
        std::swap(a, b);
        std::swap(from, to);
    }
    const auto label = displayName(design, from) + " - " + displayName(design, to);
    const auto base = from.str() + "-" + to.str();
    switch (kind) {
    case ConnectionKind::Peering: {
        VirtualNetworkPeering p;
        p.sides[0].virtualNetwork = from;
        p.sides[1].virtualNetwork = to;
        const bool fromHub = hasGateway(design, from);
        const bool toHub = hasGateway(design, to);
        if (fromHub != toHub) {
            auto &hub = fromHub ? p.sides[0] : p.sides[1];
            auto &spoke = fromHub ? p.sides[1] : p.sides[0];
            hub.allowGatewayTransit = true;
            spoke.useRemoteGateways = true;
        }
        edit.added.push_back(newResource(design, "peering-" + base, label, p));
        break;
    }
    case ConnectionKind::HubConnection: {
        VirtualHubConnection c;
        c.virtualHub = from;
        c.virtualNetwork = to;
        edit.added.push_back(newResource(design, "hubconn-" + base, label, c));
        break;
    }
    case ConnectionKind::SiteToSite: {
        SiteToSiteConnection c;
        const auto &site = *b.resource->as<OnPremisesSite>();
        if (a.resource->as<VirtualHub>()) {
            c.virtualHub = from;
            c.enableBgp = site.bgpAsn.has_value();
        } else {
            c.vpnGateway = from;
            c.enableBgp = site.bgpAsn.has_value() && a.resource->as<VpnGateway>()->enableBgp;
        }
        c.site = to;
        if (!c.enableBgp)
            c.localNetworkGatewayPrefixes = site.addressPrefixes;
        edit.added.push_back(newResource(design, "s2s-" + base, label, c));
        break;
    }
    case ConnectionKind::VnetToVnet: {
        VnetToVnetConnection c;
        c.vpnGateways = {from, to};
        c.enableBgp = a.resource->as<VpnGateway>()->enableBgp && b.resource->as<VpnGateway>()->enableBgp;
        edit.added.push_back(newResource(design, "v2v-" + base, label, c));
        break;
    }
    case ConnectionKind::ExpressRoute: {
        ExpressRouteConnection c;
        if (a.resource->as<VirtualHub>())
            c.virtualHub = from;
        else
            c.expressRouteGateway = from;
        c.circuit = to;
        edit.added.push_back(newResource(design, "erconn-" + base, label, c));
        break;
    }
    case ConnectionKind::CircuitSite:
        edit.added.push_back(newResource(design, "peering-" + base, label, CircuitSiteConnection{from, to}));
        break;
    case ConnectionKind::GlobalReach:
        edit.added.push_back(newResource(design, "gr-" + base, label, GlobalReachConnection{{from, to}}));
        break;
    case ConnectionKind::BgpPeering:
        edit.added.push_back(newResource(design, "bgp-" + base, label, BgpPeering{from, to}));
        break;
    case ConnectionKind::P2sAttachment: {
        Resource group = *a.resource;
        auto &p = *group.as<P2sClientGroup>();
        p.vpnGateway.reset();
        p.virtualHub.reset();
        if (b.resource->as<VirtualHub>())
            p.virtualHub = to;
        else
            p.vpnGateway = to;
        edit.changed.push_back(std::move(group));
        break;
    }
    case ConnectionKind::RouteTableAssociation: {
        Resource vnet = *a.subnetVnet;
        for (auto &s : vnet.as<VirtualNetwork>()->subnets) {
            if (s.id == from)
                s.routeTable = to;
        }
        edit.changed.push_back(std::move(vnet));
        break;
    }
    case ConnectionKind::Intent: {
        const bool must = expectation == IntentExpectation::MustReach;
        edit.added.push_back(newResource(design, "intent-" + base,
                                         displayName(design, from) + (must ? " must reach " : " must not reach ")
                                             + displayName(design, to),
                                         Intent{from, to, expectation}));
        break;
    }
    case ConnectionKind::TrafficFlow:
        edit.added.push_back(newResource(design, "traffic-" + base, displayName(design, from) + " to "
                                                                         + displayName(design, to),
                                         TrafficFlow{from, to, 100, 0}));
        break;
    }
    return edit;
}

} // namespace spokewise
