#pragma once

// Builders and assertions shared by the routing tests: designs written in a few lines of C++,
// and helpers that compare route lists and verdicts whole.

#include "routing/analysis.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

namespace spokewise::test {

inline net::Prefix pfx(const char *text)
{
    const auto r = net::Prefix::parse(text);
    REQUIRE(r.prefix.has_value());
    return *r.prefix;
}

inline net::Ipv4Address ip(const char *text)
{
    const auto a = net::Ipv4Address::parse(text);
    REQUIRE(a.has_value());
    return *a;
}

inline std::vector<net::Prefix> pfxs(std::initializer_list<const char *> list)
{
    std::vector<net::Prefix> v;
    for (const char *t : list)
        v.push_back(pfx(t));
    return v;
}

// Builds a design in code; every element's name is its id.
class DesignBuilder final
{
public:
    Design design;

    template<typename T>
    T &add(const std::string &id, T props)
    {
        design.resources.push_back(Resource{Id(id), id, {}, std::move(props)});
        return *design.resources.back().template as<T>();
    }

    // A VNet with subnets given as {name, prefix}; subnet ids are "<vnet>-<name>".
    VirtualNetwork &vnet(const std::string &id, std::initializer_list<const char *> prefixes,
                         std::initializer_list<std::pair<const char *, const char *>> subnets)
    {
        VirtualNetwork v;
        v.region = "westeurope";
        v.addressPrefixes = pfxs(prefixes);
        for (const auto &[name, prefix] : subnets)
            v.subnets.push_back(Subnet{Id(id + "-" + name), name, pfx(prefix), std::nullopt, {}});
        return add(id, v);
    }

    VirtualNetworkPeering &peer(const std::string &id, const std::string &a, const std::string &b)
    {
        VirtualNetworkPeering p;
        p.sides[0].virtualNetwork = Id(a);
        p.sides[1].virtualNetwork = Id(b);
        return add(id, p);
    }

    // Hub side allows transit, spoke side uses the hub's gateway.
    VirtualNetworkPeering &transitPeer(const std::string &id, const std::string &hub, const std::string &spoke)
    {
        VirtualNetworkPeering &p = peer(id, hub, spoke);
        p.sides[0].allowGatewayTransit = true;
        p.sides[1].useRemoteGateways = true;
        return p;
    }

    VpnGateway &vpnGateway(const std::string &id, const std::string &vnetId, bool bgp = false, std::uint32_t asn = 65515)
    {
        VpnGateway g;
        g.virtualNetwork = Id(vnetId);
        g.enableBgp = bgp;
        g.asn = asn;
        return add(id, g);
    }

    void pointToSite(VpnGateway &g, const char *pool)
    {
        VpnClientConfiguration c;
        c.vpnClientAddressPool = {pfx(pool)};
        c.vpnClientProtocols = {VpnClientProtocol::IkeV2};
        c.vpnAuthenticationTypes = {VpnAuthenticationType::Certificate};
        g.vpnClientConfiguration = c;
    }

    P2sClientGroup &clients(const std::string &id, const std::string &gw, ClientOs os,
                            std::initializer_list<const char *> manual = {})
    {
        P2sClientGroup c;
        c.vpnGateway = Id(gw);
        c.clientOs = os;
        c.manualRoutes = pfxs(manual);
        return add(id, c);
    }

    OnPremisesSite &site(const std::string &id, std::initializer_list<const char *> prefixes,
                         std::optional<std::uint32_t> asn = std::nullopt)
    {
        OnPremisesSite s;
        s.addressPrefixes = pfxs(prefixes);
        s.bgpAsn = asn;
        return add(id, s);
    }

    SiteToSiteConnection &s2s(const std::string &id, const std::string &gw, const std::string &siteId,
                              std::initializer_list<const char *> lng, bool bgp = false)
    {
        SiteToSiteConnection c;
        c.vpnGateway = Id(gw);
        c.site = Id(siteId);
        c.localNetworkGatewayPrefixes = pfxs(lng);
        c.enableBgp = bgp;
        return add(id, c);
    }

    VnetToVnetConnection &v2v(const std::string &id, const std::string &a, const std::string &b, bool bgp = false)
    {
        VnetToVnetConnection c;
        c.vpnGateways = {Id(a), Id(b)};
        c.enableBgp = bgp;
        return add(id, c);
    }

    ExpressRouteGateway &erGateway(const std::string &id, const std::string &vnetId)
    {
        ExpressRouteGateway g;
        g.virtualNetwork = Id(vnetId);
        return add(id, g);
    }

    ExpressRouteCircuit &circuit(const std::string &id)
    {
        ExpressRouteCircuit c;
        c.peeringLocation = "Amsterdam";
        return add(id, c);
    }

    ExpressRouteConnection &erConnection(const std::string &id, const std::string &gw, const std::string &circuitId)
    {
        ExpressRouteConnection c;
        c.expressRouteGateway = Id(gw);
        c.circuit = Id(circuitId);
        return add(id, c);
    }

    CircuitSiteConnection &circuitSite(const std::string &id, const std::string &circuitId, const std::string &siteId)
    {
        return add(id, CircuitSiteConnection{Id(circuitId), Id(siteId)});
    }

    RouteTable &routeTable(const std::string &id, std::vector<Route> routes, bool disablePropagation = false)
    {
        return add(id, RouteTable{std::move(routes), disablePropagation});
    }

    void attach(const std::string &subnetId, const std::string &tableId)
    {
        for (Resource &r : design.resources) {
            if (auto *v = r.as<VirtualNetwork>()) {
                for (Subnet &s : v->subnets) {
                    if (s.id.str() == subnetId)
                        s.routeTable = Id(tableId);
                }
            }
        }
    }

    template<typename T>
    T &get(const std::string &id)
    {
        return *design.find(Id(id))->template as<T>();
    }
};

inline Route udr(const char *name, const char *prefix, NextHopType type, const char *nextHopIp = nullptr)
{
    Route r;
    r.name = name;
    r.addressPrefix = pfx(prefix);
    r.nextHopType = type;
    if (nextHopIp)
        r.nextHopIpAddress = ip(nextHopIp);
    return r;
}

// The prefixes of a route view, sorted, as text: "10.1.0.0/16 192.168.0.0/24".
inline std::string prefixesOf(const std::optional<routing::RouteTableView> &view)
{
    REQUIRE(view.has_value());
    std::vector<std::string> v;
    for (const auto &r : view->routes)
        v.push_back(r.prefix.toString());
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    std::string s;
    for (const auto &p : v)
        s += (s.empty() ? "" : " ") + p;
    return s;
}

// "verdict rule1 rule2 ..." of a flow, for whole comparisons.
inline std::string verdictOf(const routing::FlowResult &f)
{
    std::string s(spokewise::enumName(f.verdict));
    for (routing::RuleRef r : f.rules)
        s += " " + std::string(routing::ruleId(r));
    return s;
}

inline bool hasRule(const routing::FlowResult &f, std::string_view id)
{
    return std::any_of(f.rules.begin(), f.rules.end(), [&](routing::RuleRef r) { return routing::ruleId(r) == id; });
}

// Every endpoint pair of the matrix agrees with a full trace (the matrix shares walks between
// classes; this checks that sharing never changes a verdict).
inline void requireMatrixMatchesTraces(const routing::Analysis &a)
{
    REQUIRE(a.hasMatrix());
    const auto &eps = a.endpoints();
    for (std::size_t i = 0; i < eps.size(); ++i) {
        for (std::size_t j = 0; j < eps.size(); ++j) {
            if (i == j)
                continue;
            const auto t = a.trace(eps[i].id, eps[j].id);
            const auto c = a.cell(static_cast<int>(i), static_cast<int>(j));
            INFO(eps[i].id.str() << " -> " << eps[j].id.str() << ": trace " << verdictOf(t) << ", matrix "
                                 << spokewise::enumName(c.verdict) << " " << routing::ruleId(c.rule));
            CHECK(c.verdict == t.verdict);
            CHECK(c.reason == t.reason);
        }
    }
}

} // namespace spokewise::test
