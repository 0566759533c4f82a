#pragma once

// Builders for the cost tests: small designs written in C++, and lookups into an estimate.

#include "cost/cost_model.h"
#include "net/ipv4.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace spokewise::test {

inline Resource resource(const std::string &id, ResourceProperties properties)
{
    return Resource{Id(id), id, "", std::move(properties)};
}

inline VirtualNetwork vnet(const std::string &region)
{
    VirtualNetwork v;
    v.region = region;
    return v;
}

inline VpnGateway vpnGateway(VpnGatewaySku sku, bool activeActive = false)
{
    VpnGateway gw;
    gw.virtualNetwork = Id("hub");
    gw.sku = sku;
    gw.activeActive = activeActive;
    return gw;
}

inline SiteToSiteConnection siteConnection(const std::string &gateway)
{
    SiteToSiteConnection c;
    c.vpnGateway = Id(gateway);
    c.site = Id("site");
    return c;
}

inline P2sClientGroup p2sGroup(const std::string &gateway, int users, bool onHub = false)
{
    P2sClientGroup g;
    if (onHub)
        g.virtualHub = Id(gateway);
    else
        g.vpnGateway = Id(gateway);
    g.users = users;
    return g;
}

inline TrafficFlow flow(const std::string &source, const std::string &destination, double gb, double returnGb = 0)
{
    return TrafficFlow{Id(source), Id(destination), gb, returnGb};
}

// The priced lines of one element with one code.
inline std::vector<cost::CostLine> linesOf(const cost::CostEstimate &e, const std::string &element,
                                           cost::CostLineCode code)
{
    std::vector<cost::CostLine> out;
    for (const auto &l : e.lines) {
        if (l.element.str() == element && l.code == code)
            out.push_back(l);
    }
    return out;
}

// The single priced line of one element with one code (fails the test if there is not exactly one).
inline cost::CostLine lineOf(const cost::CostEstimate &e, const std::string &element, cost::CostLineCode code)
{
    const auto lines = linesOf(e, element, code);
    INFO("element " << element << ", code " << enumName(code));
    REQUIRE(lines.size() == 1);
    return lines.front();
}

inline double totalOf(const cost::CostEstimate &e, const std::string &element)
{
    double total = 0;
    for (const auto &l : e.lines) {
        if (l.element.str() == element)
            total += l.monthly;
    }
    return total;
}

} // namespace spokewise::test
