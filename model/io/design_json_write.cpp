// Writing a design as JSON, in the canonical key order of file format v1 (docs/file-format.md).
#include "io/design_json.h"

#include "io/json_reader.h"

#include <cstdint>

namespace spokewise::io {

namespace {

// ---------------------------------------------------------------- writing

// Whole numbers are written without a fraction ("40", not "40.0"), so hand-written files round-trip.
Json number(double value)
{
    if (value == static_cast<double>(static_cast<std::int64_t>(value)) && value > -1e15 && value < 1e15)
        return static_cast<std::int64_t>(value);
    return value;
}

Json prefixes(const std::vector<Prefix> &list)
{
    Json a = Json::array();
    for (const auto &p : list)
        a.push_back(p.toString());
    return a;
}

template<typename E>
Json enumList(const std::vector<E> &list)
{
    Json a = Json::array();
    for (const auto v : list)
        a.push_back(std::string(enumName(v)));
    return a;
}

template<typename E>
std::string name(E v)
{
    return std::string(enumName(v));
}

void putOptionalId(Json &j, const char *key, const std::optional<Id> &id)
{
    if (id)
        j[key] = id->str();
}

Json writeRoutingConfiguration(const HubRoutingConfiguration &c)
{
    Json j;
    j["associatedRouteTable"] = c.associatedRouteTable;
    j["propagatedRouteTables"] = c.propagatedRouteTables;
    j["propagatedLabels"] = c.propagatedLabels;
    j["enableInternetSecurity"] = c.enableInternetSecurity;
    return j;
}

Json writeProperties(const VirtualNetwork &p)
{
    Json j;
    j["region"] = p.region;
    j["addressPrefixes"] = prefixes(p.addressPrefixes);
    j["subnets"] = Json::array();
    for (const auto &s : p.subnets) {
        Json sj;
        sj["id"] = s.id.str();
        sj["name"] = s.name;
        sj["addressPrefix"] = s.addressPrefix.toString();
        putOptionalId(sj, "routeTable", s.routeTable);
        if (!s.notes.empty())
            sj["notes"] = s.notes;
        j["subnets"].push_back(std::move(sj));
    }
    return j;
}

Json writeProperties(const VirtualNetworkPeering &p)
{
    Json j;
    j["sides"] = Json::array();
    for (const auto &s : p.sides) {
        Json sj;
        sj["virtualNetwork"] = s.virtualNetwork.str();
        sj["allowVirtualNetworkAccess"] = s.allowVirtualNetworkAccess;
        sj["allowForwardedTraffic"] = s.allowForwardedTraffic;
        sj["allowGatewayTransit"] = s.allowGatewayTransit;
        sj["useRemoteGateways"] = s.useRemoteGateways;
        sj["peeringState"] = name(s.peeringState);
        sj["peeringSyncLevel"] = name(s.peeringSyncLevel);
        j["sides"].push_back(std::move(sj));
    }
    return j;
}

Json writeProperties(const VpnGateway &p)
{
    Json j;
    j["virtualNetwork"] = p.virtualNetwork.str();
    j["sku"] = name(p.sku);
    j["vpnType"] = name(p.vpnType);
    j["activeActive"] = p.activeActive;
    j["enableBgp"] = p.enableBgp;
    j["asn"] = p.asn;
    if (p.vpnClientConfiguration) {
        const auto &c = *p.vpnClientConfiguration;
        Json cj;
        cj["vpnClientAddressPool"] = prefixes(c.vpnClientAddressPool);
        cj["vpnClientProtocols"] = enumList(c.vpnClientProtocols);
        cj["vpnAuthenticationTypes"] = enumList(c.vpnAuthenticationTypes);
        cj["customRoutes"] = prefixes(c.customRoutes);
        j["vpnClientConfiguration"] = std::move(cj);
    }
    return j;
}

Json writeProperties(const ExpressRouteGateway &p)
{
    Json j;
    j["virtualNetwork"] = p.virtualNetwork.str();
    j["sku"] = name(p.sku);
    if (p.scaleUnits)
        j["scaleUnits"] = *p.scaleUnits;
    j["allowRemoteVnetTraffic"] = p.allowRemoteVnetTraffic;
    return j;
}

Json writeProperties(const ExpressRouteCircuit &p)
{
    Json j;
    j["bandwidthInMbps"] = p.bandwidthInMbps;
    j["tier"] = name(p.tier);
    j["family"] = name(p.family);
    j["peeringLocation"] = p.peeringLocation;
    return j;
}

Json writeProperties(const OnPremisesSite &p)
{
    Json j;
    j["addressPrefixes"] = prefixes(p.addressPrefixes);
    if (p.bgpAsn)
        j["bgpAsn"] = *p.bgpAsn;
    j["connectionPolicies"] = Json::array();
    for (const auto &c : p.connectionPolicies) {
        Json cj;
        cj["connection"] = c.connection.str();
        if (c.advertisedPrefixes)
            cj["advertisedPrefixes"] = prefixes(*c.advertisedPrefixes);
        cj["asPathPrepend"] = c.asPathPrepend;
        cj["localPreference"] = c.localPreference;
        cj["staticRoutes"] = prefixes(c.staticRoutes);
        j["connectionPolicies"].push_back(std::move(cj));
    }
    return j;
}

Json writeProperties(const SiteToSiteConnection &p)
{
    Json j;
    putOptionalId(j, "vpnGateway", p.vpnGateway);
    putOptionalId(j, "virtualHub", p.virtualHub);
    j["site"] = p.site.str();
    j["enableBgp"] = p.enableBgp;
    j["localNetworkGatewayPrefixes"] = prefixes(p.localNetworkGatewayPrefixes);
    j["usePolicyBasedTrafficSelectors"] = p.usePolicyBasedTrafficSelectors;
    return j;
}

Json writeProperties(const VnetToVnetConnection &p)
{
    Json j;
    j["vpnGateways"] = Json::array({p.vpnGateways[0].str(), p.vpnGateways[1].str()});
    j["enableBgp"] = p.enableBgp;
    return j;
}

Json writeProperties(const ExpressRouteConnection &p)
{
    Json j;
    putOptionalId(j, "expressRouteGateway", p.expressRouteGateway);
    putOptionalId(j, "virtualHub", p.virtualHub);
    j["circuit"] = p.circuit.str();
    j["routingWeight"] = p.routingWeight;
    return j;
}

Json writeProperties(const CircuitSiteConnection &p)
{
    Json j;
    j["circuit"] = p.circuit.str();
    j["site"] = p.site.str();
    return j;
}

Json writeProperties(const GlobalReachConnection &p)
{
    Json j;
    j["circuits"] = Json::array({p.circuits[0].str(), p.circuits[1].str()});
    return j;
}

Json writeProperties(const P2sClientGroup &p)
{
    Json j;
    putOptionalId(j, "vpnGateway", p.vpnGateway);
    putOptionalId(j, "virtualHub", p.virtualHub);
    j["clientOs"] = name(p.clientOs);
    j["protocol"] = name(p.protocol);
    j["users"] = p.users;
    j["manualRoutes"] = prefixes(p.manualRoutes);
    j["profileDownloadedBeforeLastChange"] = p.profileDownloadedBeforeLastChange;
    return j;
}

Json writeProperties(const AzureFirewall &p)
{
    Json j;
    putOptionalId(j, "virtualNetwork", p.virtualNetwork);
    putOptionalId(j, "virtualHub", p.virtualHub);
    j["sku"] = name(p.sku);
    if (p.privateIpAddress)
        j["privateIpAddress"] = p.privateIpAddress->toString();
    j["forcedTunneling"] = p.forcedTunneling;
    j["networkRules"] = Json::array();
    for (const auto &rule : p.networkRules) {
        Json rj;
        rj["name"] = rule.name;
        rj["action"] = name(rule.action);
        rj["sourceAddresses"] = prefixes(rule.sourceAddresses);
        rj["destinationAddresses"] = prefixes(rule.destinationAddresses);
        j["networkRules"].push_back(std::move(rj));
    }
    return j;
}

Json writeProperties(const RouteTable &p)
{
    Json j;
    j["routes"] = Json::array();
    for (const auto &route : p.routes) {
        Json rj;
        rj["name"] = route.name;
        rj["addressPrefix"] = route.addressPrefix.toString();
        rj["nextHopType"] = name(route.nextHopType);
        if (route.nextHopIpAddress)
            rj["nextHopIpAddress"] = route.nextHopIpAddress->toString();
        j["routes"].push_back(std::move(rj));
    }
    j["disableBgpRoutePropagation"] = p.disableBgpRoutePropagation;
    return j;
}

Json writeProperties(const RouteServer &p)
{
    Json j;
    j["virtualNetwork"] = p.virtualNetwork.str();
    j["allowBranchToBranchTraffic"] = p.allowBranchToBranchTraffic;
    j["hubRoutingPreference"] = name(p.hubRoutingPreference);
    j["routingInfrastructureUnits"] = p.routingInfrastructureUnits;
    return j;
}

Json writeProperties(const NetworkVirtualAppliance &p)
{
    Json j;
    j["subnet"] = p.subnet.str();
    j["privateIpAddress"] = p.privateIpAddress.toString();
    j["enableIpForwarding"] = p.enableIpForwarding;
    if (p.bgpAsn)
        j["bgpAsn"] = *p.bgpAsn;
    j["advertisedPrefixes"] = prefixes(p.advertisedPrefixes);
    j["instanceCount"] = p.instanceCount;
    j["vmSize"] = p.vmSize;
    return j;
}

Json writeProperties(const BgpPeering &p)
{
    Json j;
    j["routeServer"] = p.routeServer.str();
    j["networkVirtualAppliance"] = p.networkVirtualAppliance.str();
    return j;
}

Json writeProperties(const VirtualWan &p)
{
    Json j;
    j["type"] = name(p.type);
    j["allowBranchToBranchTraffic"] = p.allowBranchToBranchTraffic;
    return j;
}

Json writeProperties(const VirtualHub &p)
{
    Json j;
    j["virtualWan"] = p.virtualWan.str();
    j["region"] = p.region;
    j["addressPrefix"] = p.addressPrefix.toString();
    if (p.vpnGateway)
        j["vpnGateway"] = Json{{"scaleUnits", p.vpnGateway->scaleUnits}};
    if (p.expressRouteGateway)
        j["expressRouteGateway"] = Json{{"scaleUnits", p.expressRouteGateway->scaleUnits}};
    if (p.p2sVpnGateway) {
        Json g;
        g["scaleUnits"] = p.p2sVpnGateway->scaleUnits;
        g["vpnClientAddressPool"] = prefixes(p.p2sVpnGateway->vpnClientAddressPool);
        j["p2sVpnGateway"] = std::move(g);
    }
    j["hubRoutingPreference"] = name(p.hubRoutingPreference);
    j["routeTables"] = Json::array();
    for (const auto &t : p.routeTables) {
        Json tj;
        tj["name"] = t.name;
        tj["labels"] = t.labels;
        tj["routes"] = Json::array();
        for (const auto &route : t.routes) {
            Json rj;
            rj["name"] = route.name;
            rj["destinations"] = prefixes(route.destinations);
            rj["nextHop"] = route.nextHop.str();
            tj["routes"].push_back(std::move(rj));
        }
        j["routeTables"].push_back(std::move(tj));
    }
    if (p.routingIntent) {
        Json ij;
        ij["internetTrafficPolicy"] = p.routingIntent->internetTrafficPolicy;
        ij["privateTrafficPolicy"] = p.routingIntent->privateTrafficPolicy;
        ij["additionalPrivatePrefixes"] = prefixes(p.routingIntent->additionalPrivatePrefixes);
        j["routingIntent"] = std::move(ij);
    }
    j["branchRoutingConfiguration"] = writeRoutingConfiguration(p.branchRoutingConfiguration);
    return j;
}

Json writeProperties(const VirtualHubConnection &p)
{
    Json j;
    j["virtualHub"] = p.virtualHub.str();
    j["virtualNetwork"] = p.virtualNetwork.str();
    j["routingConfiguration"] = writeRoutingConfiguration(p.routingConfiguration);
    return j;
}

Json writeProperties(const Intent &p)
{
    Json j;
    j["source"] = p.source.str();
    j["destination"] = p.destination.str();
    j["expectation"] = name(p.expectation);
    return j;
}

Json writeProperties(const TrafficFlow &p)
{
    Json j;
    j["source"] = p.source.str();
    j["destination"] = p.destination.str();
    j["gigabytesPerMonth"] = number(p.gigabytesPerMonth);
    j["returnGigabytesPerMonth"] = number(p.returnGigabytesPerMonth);
    return j;
}

} // namespace

Json writeDesign(const Design &design)
{
    Json j;
    j["schemaVersion"] = design.schemaVersion;
    j["name"] = design.name;
    j["description"] = design.description;
    Json a;
    a["p2sExpressRouteTransitViaRouteServer"] = name(design.assumptions.p2sExpressRouteTransitViaRouteServer);
    a["forwardedTrafficEnforcement"] = name(design.assumptions.forwardedTrafficEnforcement);
    a["peeringFlagDirection"] = name(design.assumptions.peeringFlagDirection);
    j["assumptions"] = std::move(a);
    j["resources"] = Json::array();
    for (const auto &r : design.resources) {
        Json rj;
        rj["id"] = r.id.str();
        rj["kind"] = name(r.kind());
        rj["name"] = r.name;
        if (!r.notes.empty())
            rj["notes"] = r.notes;
        rj["properties"] = std::visit([](const auto &p) { return writeProperties(p); }, r.properties);
        j["resources"].push_back(std::move(rj));
    }
    Json elements = Json::object();
    for (const auto &[id, box] : design.layout.elements) {
        Json bj;
        bj["x"] = number(box.x);
        bj["y"] = number(box.y);
        if (box.width != 0)
            bj["width"] = number(box.width);
        if (box.height != 0)
            bj["height"] = number(box.height);
        elements[id.str()] = std::move(bj);
    }
    j["layout"] = Json{{"elements", std::move(elements)}};
    return j;
}

} // namespace spokewise::io
