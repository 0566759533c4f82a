#include "design/references.h"

namespace spokewise {

namespace {

// Visits every reference field of a resource, mutable, so one table serves reading and renaming.
template<typename F>
void forEachReference(ResourceProperties &properties, F &&f)
{
    const auto opt = [&](std::optional<Id> &id) {
        if (id)
            f(*id);
    };
    std::visit(
        [&](auto &p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, VirtualNetwork>) {
                for (auto &s : p.subnets)
                    opt(s.routeTable);
            } else if constexpr (std::is_same_v<T, VirtualNetworkPeering>) {
                f(p.sides[0].virtualNetwork);
                f(p.sides[1].virtualNetwork);
            } else if constexpr (std::is_same_v<T, VpnGateway> || std::is_same_v<T, ExpressRouteGateway>
                                 || std::is_same_v<T, RouteServer>) {
                f(p.virtualNetwork);
            } else if constexpr (std::is_same_v<T, OnPremisesSite>) {
                for (auto &c : p.connectionPolicies)
                    f(c.connection);
            } else if constexpr (std::is_same_v<T, SiteToSiteConnection>) {
                opt(p.vpnGateway);
                opt(p.virtualHub);
                f(p.site);
            } else if constexpr (std::is_same_v<T, VnetToVnetConnection>) {
                f(p.vpnGateways[0]);
                f(p.vpnGateways[1]);
            } else if constexpr (std::is_same_v<T, ExpressRouteConnection>) {
                opt(p.expressRouteGateway);
                opt(p.virtualHub);
                f(p.circuit);
            } else if constexpr (std::is_same_v<T, CircuitSiteConnection>) {
                f(p.circuit);
                f(p.site);
            } else if constexpr (std::is_same_v<T, GlobalReachConnection>) {
                f(p.circuits[0]);
                f(p.circuits[1]);
            } else if constexpr (std::is_same_v<T, P2sClientGroup>) {
                opt(p.vpnGateway);
                opt(p.virtualHub);
            } else if constexpr (std::is_same_v<T, AzureFirewall>) {
                opt(p.virtualNetwork);
                opt(p.virtualHub);
            } else if constexpr (std::is_same_v<T, NetworkVirtualAppliance>) {
                f(p.subnet);
            } else if constexpr (std::is_same_v<T, BgpPeering>) {
                f(p.routeServer);
                f(p.networkVirtualAppliance);
            } else if constexpr (std::is_same_v<T, VirtualHub>) {
                f(p.virtualWan);
                for (auto &t : p.routeTables) {
                    for (auto &r : t.routes)
                        f(r.nextHop);
                }
            } else if constexpr (std::is_same_v<T, VirtualHubConnection>) {
                f(p.virtualHub);
                f(p.virtualNetwork);
            } else if constexpr (std::is_same_v<T, Intent> || std::is_same_v<T, TrafficFlow>) {
                f(p.source);
                f(p.destination);
            }
        },
        properties);
}

} // namespace

std::vector<Id> referencesOf(const Resource &resource)
{
    std::vector<Id> ids;
    auto copy = resource.properties;
    forEachReference(copy, [&](Id &id) { ids.push_back(id); });
    return ids;
}

void renameReferences(Resource &resource, const std::map<Id, Id> &rename)
{
    forEachReference(resource.properties, [&](Id &id) {
        const auto it = rename.find(id);
        if (it != rename.end())
            id = it->second;
    });
}

std::set<Id> removalClosure(const Design &design, const std::set<Id> &removed)
{
    std::set<Id> gone = removed;
    // Subnets of removed VNets go with them.
    const auto addSubnets = [&](const Resource &r) {
        if (const auto *vnet = r.as<VirtualNetwork>()) {
            for (const auto &s : vnet->subnets)
                gone.insert(s.id);
        }
    };
    for (const auto &r : design.resources) {
        if (gone.count(r.id))
            addSubnets(r);
    }
    bool grew = true;
    while (grew) {
        grew = false;
        for (const auto &r : design.resources) {
            if (gone.count(r.id))
                continue;
            for (const auto &ref : referencesOf(r)) {
                // A site only loses its policy for a removed connection; the site itself stays.
                if (r.kind() == ResourceKind::OnPremisesSite)
                    break;
                // A subnet's route table going away leaves the VNet.
                if (r.kind() == ResourceKind::VirtualNetwork)
                    break;
                if (gone.count(ref)) {
                    gone.insert(r.id);
                    addSubnets(r);
                    grew = true;
                    break;
                }
            }
        }
    }
    return gone;
}

Resource withoutReferencesTo(const Resource &resource, const std::set<Id> &removed)
{
    Resource copy = resource;
    if (auto *site = copy.as<OnPremisesSite>()) {
        std::erase_if(site->connectionPolicies,
                      [&](const SiteConnectionPolicy &p) { return removed.count(p.connection) > 0; });
    } else if (auto *vnet = copy.as<VirtualNetwork>()) {
        std::erase_if(vnet->subnets, [&](const Subnet &s) { return removed.count(s.id) > 0; });
        for (auto &s : vnet->subnets) {
            if (s.routeTable && removed.count(*s.routeTable))
                s.routeTable.reset();
        }
    }
    return copy;
}

Id uniqueId(const Design &design, const std::string &base, const std::set<Id> &alsoTaken)
{
    std::set<Id> taken = alsoTaken;
    for (const auto &r : design.resources) {
        taken.insert(r.id);
        if (const auto *vnet = r.as<VirtualNetwork>()) {
            for (const auto &s : vnet->subnets)
                taken.insert(s.id);
        }
    }
    std::string stem = base.empty() ? std::string("element") : base;
    if (!Id::isValid(stem))
        stem = "element";
    if (!taken.count(Id(stem)) && stem != kInternetEndpointId)
        return Id(stem);
    for (int n = 2;; ++n) {
        Id candidate(stem + "-" + std::to_string(n));
        if (!taken.count(candidate))
            return candidate;
    }
}

std::string uniqueName(const Design &design, const std::string &base, const std::set<std::string> &alsoTaken)
{
    std::set<std::string> taken = alsoTaken;
    for (const auto &r : design.resources)
        taken.insert(r.name);
    if (!taken.count(base))
        return base;
    for (int n = 2;; ++n) {
        const auto candidate = base + " " + std::to_string(n);
        if (!taken.count(candidate))
            return candidate;
    }
}

} // namespace spokewise
