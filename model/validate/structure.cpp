#include "validate/structure.h"

#include <map>
#include <set>

namespace spokewise::validate {

namespace {

using io::DiagCode;
using io::Diagnostic;
using io::Severity;

std::string resourcePath(std::size_t index) { return "$.resources[" + std::to_string(index) + "]"; }
std::string propertiesPath(std::size_t index) { return resourcePath(index) + ".properties"; }

// Ranges that can never be a VNet address space (ROUTING.md §1.1, [S24]).
const std::vector<Prefix> &forbiddenRanges()
{
    static const std::vector<Prefix> ranges = {
        *Prefix::parse("224.0.0.0/4").prefix,       *Prefix::parse("255.255.255.255/32").prefix,
        *Prefix::parse("127.0.0.0/8").prefix,       *Prefix::parse("169.254.0.0/16").prefix,
        *Prefix::parse("168.63.129.16/32").prefix,
    };
    return ranges;
}

// Special subnets and the largest prefix length Azure accepts for them.
struct SpecialSubnetRule
{
    std::string_view name;
    int maxLength;
    const char *ruleId;
};
constexpr SpecialSubnetRule kSpecialSubnets[] = {
    {kAzureFirewallSubnet, 26, "M-3"}, // ROUTING.md §7.1 [S32]; cited under the subnet-size check
    {kAzureFirewallManagementSubnet, 26, "M-3"},
    {kRouteServerSubnet, 26, "M-24"},
    {kAzureBastionSubnet, 26, "M-3"},
    {kGatewaySubnet, 29, "M-3"},
};

class Checker
{
public:
    explicit Checker(const Design &design) : m_design(design)
    {
        for (std::size_t i = 0; i < design.resources.size(); ++i)
            m_index[design.resources[i].id] = i;
    }

    io::Diagnostics run()
    {
        for (std::size_t i = 0; i < m_design.resources.size(); ++i) {
            const auto &r = m_design.resources[i];
            std::visit([&](const auto &p) { check(i, r, p); }, r.properties);
        }
        checkGatewayCounts();
        return std::move(m_out);
    }

private:
    void add(DiagCode code, std::vector<std::string> args, std::string path, const Resource &r,
             const char *ruleId = "")
    {
        m_out.push_back({Severity::Error, code, std::move(args), std::move(path), 0, 0, r.id.str(), ruleId});
    }

    const Resource *resource(const Id &id) const
    {
        const auto it = m_index.find(id);
        return it == m_index.end() ? nullptr : &m_design.resources[it->second];
    }

    const Subnet *subnetNamed(const Id &vnetId, std::string_view name) const
    {
        const auto *vnet = resource(vnetId);
        if (!vnet || !vnet->as<VirtualNetwork>())
            return nullptr;
        for (const auto &s : vnet->as<VirtualNetwork>()->subnets) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }

    std::string nameOf(const Id &id) const
    {
        const auto *r = resource(id);
        return r ? r->name : id.str();
    }

    void requireSubnet(std::size_t i, const Resource &r, const Id &vnetId, std::string_view subnet,
                       const char *ruleId)
    {
        if (resource(vnetId) && !subnetNamed(vnetId, subnet))
            add(DiagCode::MissingSpecialSubnet,
                {std::string(enumName(r.kind())), nameOf(vnetId), std::string(subnet)},
                propertiesPath(i) + ".virtualNetwork", r, ruleId);
    }

    void check(std::size_t i, const Resource &r, const VirtualNetwork &p)
    {
        const auto base = propertiesPath(i);
        for (std::size_t a = 0; a < p.addressPrefixes.size(); ++a) {
            const auto &prefix = p.addressPrefixes[a];
            for (const auto &bad : forbiddenRanges()) {
                if (prefix.overlaps(bad))
                    add(DiagCode::ForbiddenAddressSpace, {prefix.toString(), bad.toString()},
                        base + ".addressPrefixes[" + std::to_string(a) + "]", r);
            }
            for (std::size_t b = 0; b < a; ++b) {
                if (prefix.overlaps(p.addressPrefixes[b]))
                    add(DiagCode::AddressSpacesOverlap, {p.addressPrefixes[b].toString(), prefix.toString()},
                        base + ".addressPrefixes[" + std::to_string(a) + "]", r);
            }
        }
        std::set<std::string> names;
        for (std::size_t s = 0; s < p.subnets.size(); ++s) {
            const auto &subnet = p.subnets[s];
            const auto path = base + ".subnets[" + std::to_string(s) + "]";
            if (!names.insert(subnet.name).second)
                add(DiagCode::DuplicateSubnetName, {subnet.name}, path + ".name", r);
            bool inside = false;
            for (const auto &prefix : p.addressPrefixes)
                inside = inside || prefix.contains(subnet.addressPrefix);
            if (!inside)
                add(DiagCode::SubnetOutsideAddressSpace, {subnet.addressPrefix.toString(), r.name},
                    path + ".addressPrefix", r);
            if (subnet.addressPrefix.length() > 29)
                add(DiagCode::SubnetTooSmall, {subnet.name, subnet.addressPrefix.toString(), "29"},
                    path + ".addressPrefix", r);
            for (const auto &rule : kSpecialSubnets) {
                if (subnet.name == rule.name && subnet.addressPrefix.length() > rule.maxLength
                    && subnet.addressPrefix.length() <= 29)
                    add(DiagCode::SpecialSubnetTooSmall,
                        {subnet.name, subnet.addressPrefix.toString(), std::to_string(rule.maxLength), rule.ruleId},
                        path + ".addressPrefix", r, rule.ruleId);
            }
            for (std::size_t t = 0; t < s; ++t) {
                const auto &other = p.subnets[t];
                if (subnet.addressPrefix.overlaps(other.addressPrefix))
                    add(DiagCode::SubnetsOverlap,
                        {other.name, other.addressPrefix.toString(), subnet.name, subnet.addressPrefix.toString()},
                        path + ".addressPrefix", r);
            }
        }
    }

    void check(std::size_t i, const Resource &r, const VirtualNetworkPeering &p)
    {
        const auto &a = p.sides[0].virtualNetwork;
        const auto &b = p.sides[1].virtualNetwork;
        if (a == b) {
            add(DiagCode::PeeringSameNetwork, {nameOf(a)}, propertiesPath(i) + ".sides", r);
            return;
        }
        const auto key = a < b ? std::make_pair(a, b) : std::make_pair(b, a);
        if (!m_peerings.insert(key).second)
            add(DiagCode::DuplicatePeering, {nameOf(a), nameOf(b)}, propertiesPath(i) + ".sides", r);
    }

    void check(std::size_t i, const Resource &r, const VpnGateway &p)
    {
        requireSubnet(i, r, p.virtualNetwork, kGatewaySubnet, "M-3");
        m_vpnGateways[p.virtualNetwork].push_back(i);
    }

    void check(std::size_t i, const Resource &r, const ExpressRouteGateway &p)
    {
        requireSubnet(i, r, p.virtualNetwork, kGatewaySubnet, "M-3");
        m_erGateways[p.virtualNetwork].push_back(i);
    }

    void check(std::size_t i, const Resource &r, const AzureFirewall &p)
    {
        if (!p.virtualNetwork)
            return;
        requireSubnet(i, r, *p.virtualNetwork, kAzureFirewallSubnet, "M-3");
        if (p.forcedTunneling)
            requireSubnet(i, r, *p.virtualNetwork, kAzureFirewallManagementSubnet, "M-20");
        const auto *subnet = subnetNamed(*p.virtualNetwork, kAzureFirewallSubnet);
        if (subnet && p.privateIpAddress && !subnet->addressPrefix.contains(*p.privateIpAddress))
            add(DiagCode::AddressNotInSubnet,
                {p.privateIpAddress->toString(), subnet->name, subnet->addressPrefix.toString()},
                propertiesPath(i) + ".privateIpAddress", r);
    }

    void check(std::size_t i, const Resource &r, const RouteServer &p)
    {
        requireSubnet(i, r, p.virtualNetwork, kRouteServerSubnet, "M-24");
    }

    void check(std::size_t i, const Resource &r, const NetworkVirtualAppliance &p)
    {
        const auto ref = m_design.findSubnet(p.subnet);
        if (ref.subnet && !ref.subnet->addressPrefix.contains(p.privateIpAddress))
            add(DiagCode::AddressNotInSubnet,
                {p.privateIpAddress.toString(), ref.subnet->name, ref.subnet->addressPrefix.toString()},
                propertiesPath(i) + ".privateIpAddress", r);
    }

    void check(std::size_t i, const Resource &r, const OnPremisesSite &p)
    {
        for (std::size_t c = 0; c < p.connectionPolicies.size(); ++c) {
            const auto *conn = resource(p.connectionPolicies[c].connection);
            if (!conn)
                continue;
            const Id *site = nullptr;
            if (const auto *s2s = conn->as<SiteToSiteConnection>())
                site = &s2s->site;
            else if (const auto *cs = conn->as<CircuitSiteConnection>())
                site = &cs->site;
            if (site && *site != r.id)
                add(DiagCode::PolicyNotOnSiteConnection, {conn->id.str(), r.name},
                    propertiesPath(i) + ".connectionPolicies[" + std::to_string(c) + "].connection", r);
        }
    }

    void check(std::size_t i, const Resource &r, const VnetToVnetConnection &p)
    {
        if (p.vpnGateways[0] == p.vpnGateways[1])
            add(DiagCode::ConnectionEndsSame, {r.name}, propertiesPath(i) + ".vpnGateways", r);
    }

    void check(std::size_t i, const Resource &r, const GlobalReachConnection &p)
    {
        if (p.circuits[0] == p.circuits[1])
            add(DiagCode::ConnectionEndsSame, {r.name}, propertiesPath(i) + ".circuits", r);
    }

    void check(std::size_t i, const Resource &r, const Intent &p)
    {
        if (p.source == p.destination)
            add(DiagCode::ConnectionEndsSame, {r.name}, propertiesPath(i) + ".destination", r);
    }

    void check(std::size_t i, const Resource &r, const TrafficFlow &p)
    {
        if (p.source == p.destination)
            add(DiagCode::ConnectionEndsSame, {r.name}, propertiesPath(i) + ".destination", r);
    }

    bool hubHasTable(const Id &hubId, const std::string &table) const
    {
        if (table == "defaultRouteTable" || table == "noneRouteTable")
            return true;
        const auto *hub = resource(hubId);
        if (!hub || !hub->as<VirtualHub>())
            return true; // reported as a reference problem already
        for (const auto &t : hub->as<VirtualHub>()->routeTables) {
            if (t.name == table)
                return true;
        }
        return false;
    }

    void checkRouting(const std::string &path, const Resource &r, const Id &hubId, const HubRoutingConfiguration &c)
    {
        if (!hubHasTable(hubId, c.associatedRouteTable))
            add(DiagCode::UnknownHubRouteTable, {c.associatedRouteTable, nameOf(hubId)},
                path + ".associatedRouteTable", r);
        for (std::size_t t = 0; t < c.propagatedRouteTables.size(); ++t) {
            if (!hubHasTable(hubId, c.propagatedRouteTables[t]))
                add(DiagCode::UnknownHubRouteTable, {c.propagatedRouteTables[t], nameOf(hubId)},
                    path + ".propagatedRouteTables[" + std::to_string(t) + "]", r);
        }
    }

    void check(std::size_t i, const Resource &r, const VirtualHubConnection &p)
    {
        checkRouting(propertiesPath(i) + ".routingConfiguration", r, p.virtualHub, p.routingConfiguration);
    }

    void check(std::size_t i, const Resource &r, const VirtualHub &p)
    {
        checkRouting(propertiesPath(i) + ".branchRoutingConfiguration", r, r.id, p.branchRoutingConfiguration);
        for (std::size_t t = 0; t < p.routeTables.size(); ++t) {
            for (std::size_t k = 0; k < p.routeTables[t].routes.size(); ++k) {
                const auto *next = resource(p.routeTables[t].routes[k].nextHop);
                if (!next)
                    continue;
                const auto *fw = next->as<AzureFirewall>();
                const auto *conn = next->as<VirtualHubConnection>();
                const bool inHub = (fw && fw->virtualHub == r.id) || (conn && conn->virtualHub == r.id);
                if (!inHub)
                    add(DiagCode::HubConnectionNotInHub, {next->name, r.name},
                        propertiesPath(i) + ".routeTables[" + std::to_string(t) + "].routes[" + std::to_string(k)
                            + "].nextHop",
                        r);
            }
        }
    }

    template<typename T>
    void check(std::size_t, const Resource &, const T &)
    {
    }

    void checkGatewayCounts()
    {
        // R-VPN-11: at most one VPN-type and one ExpressRoute-type gateway per VNet.
        const auto report = [&](const std::map<Id, std::vector<std::size_t>> &byVnet, ResourceKind kind) {
            for (const auto &[vnet, list] : byVnet) {
                for (std::size_t k = 1; k < list.size(); ++k)
                    add(DiagCode::TooManyGatewaysOfKind, {nameOf(vnet), std::string(enumName(kind))},
                        propertiesPath(list[k]) + ".virtualNetwork", m_design.resources[list[k]], "R-VPN-11");
            }
        };
        report(m_vpnGateways, ResourceKind::VpnGateway);
        report(m_erGateways, ResourceKind::ExpressRouteGateway);
    }

    const Design &m_design;
    std::map<Id, std::size_t> m_index;
    std::set<std::pair<Id, Id>> m_peerings;
    std::map<Id, std::vector<std::size_t>> m_vpnGateways;
    std::map<Id, std::vector<std::size_t>> m_erGateways;
    io::Diagnostics m_out;
};

} // namespace

io::Diagnostics checkDesign(const Design &design)
{
    return Checker(design).run();
}

} // namespace spokewise::validate
