// Reading a design from JSON with a JSONPath for every problem (docs/file-format.md); writing is in
// design_json_write.cpp.
#include "io/design_json.h"

#include "io/json_positions.h"
#include "io/json_reader.h"

#include <algorithm>
#include <map>
#include <set>

namespace spokewise::io {

namespace {

using Need = JsonObjectReader::Need;
constexpr Need Req = Need::Required;
constexpr Need Opt = Need::Optional;
constexpr std::int64_t kMaxAsn = 4294967295LL;

// What a reference may point at.
struct RefTarget
{
    std::vector<ResourceKind> kinds;
    bool subnet = false;
    bool internet = false;
};

RefTarget kinds(std::initializer_list<ResourceKind> k) { return {k, false, false}; }
const RefTarget kEndpoint{{ResourceKind::OnPremisesSite, ResourceKind::P2sClientGroup}, true, true};
const RefTarget kSubnet{{}, true, false};

struct PendingRef
{
    Id id;
    std::string path;
    RefTarget target;
};

// Reads a whole design; references are checked once every id is known.
class DesignReader
{
public:
    explicit DesignReader(Diagnostics &out) : m_out(out) {}

    std::optional<Design> read(const Json &root);

private:
    void report(DiagCode code, std::vector<std::string> args, const std::string &path)
    {
        m_out.push_back(makeError(code, std::move(args), path));
    }

    void registerId(const Id &id, const std::string &path, std::string_view kind)
    {
        if (id.str() == kInternetEndpointId) {
            report(DiagCode::ReservedId, {id.str()}, path);
            return;
        }
        const auto [it, inserted] = m_ids.emplace(id, std::make_pair(path, std::string(kind)));
        if (!inserted)
            report(DiagCode::DuplicateId, {id.str(), it->second.first}, path);
    }

    bool ref(JsonObjectReader &r, std::string_view key, Id &out, Need need, RefTarget target)
    {
        if (!r.readId(key, out, need))
            return false;
        m_refs.push_back({out, r.memberPath(key), std::move(target)});
        return true;
    }

    void refOpt(JsonObjectReader &r, std::string_view key, std::optional<Id> &out, RefTarget target)
    {
        Id id;
        if (ref(r, key, id, Opt, std::move(target)))
            out = id;
    }

    void refPair(JsonObjectReader &r, std::string_view key, std::array<Id, 2> &out, const RefTarget &target)
    {
        const Json *array = r.readArray(key, Req);
        if (!array)
            return;
        if (array->size() != 2) {
            report(DiagCode::WrongArraySize, {"2", std::to_string(array->size())}, r.memberPath(key));
            return;
        }
        for (std::size_t i = 0; i < 2; ++i) {
            const auto path = indexPath(r.memberPath(key), i);
            const auto &item = (*array)[i];
            if (!item.is_string()) {
                r.reportType(path, "string", item);
            } else if (!Id::isValid(item.get<std::string>())) {
                report(DiagCode::InvalidId, {item.get<std::string>()}, path);
            } else {
                out[i] = Id(item.get<std::string>());
                m_refs.push_back({out[i], path, target});
            }
        }
    }

    void exactlyOne(JsonObjectReader &r, std::string_view a, std::string_view b)
    {
        if (r.has(a) == r.has(b))
            report(DiagCode::ExactlyOneOf, {std::string(a), std::string(b)}, r.path());
    }

    void nonEmpty(JsonObjectReader &r, std::string_view key, std::size_t size)
    {
        if (r.has(key) && size == 0)
            report(DiagCode::WrongArraySize, {"1+", "0"}, r.memberPath(key));
    }

    // Iterates the objects of an array member.
    template<typename F>
    void forEachObject(JsonObjectReader &r, std::string_view key, Need need, F &&f)
    {
        const Json *array = r.readArray(key, need);
        if (!array)
            return;
        for (std::size_t i = 0; i < array->size(); ++i) {
            JsonObjectReader item((*array)[i], indexPath(r.memberPath(key), i), m_out);
            if (!item.valid())
                continue;
            f(item, i);
            item.finish();
        }
    }

    template<typename F>
    void withObject(JsonObjectReader &r, std::string_view key, F &&f)
    {
        const Json *v = r.member(key, Opt);
        if (!v)
            return;
        JsonObjectReader obj(*v, r.memberPath(key), m_out);
        if (!obj.valid())
            return;
        f(obj);
        obj.finish();
    }

    void readProperties(JsonObjectReader &r, VirtualNetwork &p);
    void readProperties(JsonObjectReader &r, VirtualNetworkPeering &p);
    void readProperties(JsonObjectReader &r, VpnGateway &p);
    void readProperties(JsonObjectReader &r, ExpressRouteGateway &p);
    void readProperties(JsonObjectReader &r, ExpressRouteCircuit &p);
    void readProperties(JsonObjectReader &r, OnPremisesSite &p);
    void readProperties(JsonObjectReader &r, SiteToSiteConnection &p);
    void readProperties(JsonObjectReader &r, VnetToVnetConnection &p);
    void readProperties(JsonObjectReader &r, ExpressRouteConnection &p);
    void readProperties(JsonObjectReader &r, CircuitSiteConnection &p);
    void readProperties(JsonObjectReader &r, GlobalReachConnection &p);
    void readProperties(JsonObjectReader &r, P2sClientGroup &p);
    void readProperties(JsonObjectReader &r, AzureFirewall &p);
    void readProperties(JsonObjectReader &r, RouteTable &p);
    void readProperties(JsonObjectReader &r, RouteServer &p);
    void readProperties(JsonObjectReader &r, NetworkVirtualAppliance &p);
    void readProperties(JsonObjectReader &r, BgpPeering &p);
    void readProperties(JsonObjectReader &r, VirtualWan &p);
    void readProperties(JsonObjectReader &r, VirtualHub &p);
    void readProperties(JsonObjectReader &r, VirtualHubConnection &p);
    void readProperties(JsonObjectReader &r, Intent &p);
    void readProperties(JsonObjectReader &r, TrafficFlow &p);
    void readRoutingConfiguration(JsonObjectReader &r, HubRoutingConfiguration &c);

    void readAssumptions(JsonObjectReader &r, Assumptions &a);
    void readLayout(JsonObjectReader &r, Layout &layout);
    void readResource(const Json &value, const std::string &path, Design &design);
    void resolveReferences(const Design &design);

    Diagnostics &m_out;
    std::map<Id, std::pair<std::string, std::string>> m_ids; // id -> (first path, kind name or "subnet")
    std::vector<PendingRef> m_refs;
};

void DesignReader::readProperties(JsonObjectReader &r, VirtualNetwork &p)
{
    r.readString("region", p.region, Req, false);
    if (r.readPrefixes("addressPrefixes", p.addressPrefixes, Req))
        nonEmpty(r, "addressPrefixes", p.addressPrefixes.size());
    forEachObject(r, "subnets", Req, [&](JsonObjectReader &s, std::size_t) {
        Subnet subnet;
        if (s.readId("id", subnet.id, Req))
            registerId(subnet.id, s.memberPath("id"), "subnet");
        s.readString("name", subnet.name, Req, false);
        s.readPrefix("addressPrefix", subnet.addressPrefix, Req);
        refOpt(s, "routeTable", subnet.routeTable, kinds({ResourceKind::RouteTable}));
        s.readString("notes", subnet.notes, Opt);
        p.subnets.push_back(std::move(subnet));
    });
}

void DesignReader::readProperties(JsonObjectReader &r, VirtualNetworkPeering &p)
{
    const Json *sides = r.readArray("sides", Req);
    if (!sides)
        return;
    if (sides->size() != 2) {
        report(DiagCode::WrongArraySize, {"2", std::to_string(sides->size())}, r.memberPath("sides"));
        return;
    }
    for (std::size_t i = 0; i < 2; ++i) {
        JsonObjectReader s((*sides)[i], indexPath(r.memberPath("sides"), i), m_out);
        if (!s.valid())
            continue;
        auto &side = p.sides[i];
        ref(s, "virtualNetwork", side.virtualNetwork, Req, kinds({ResourceKind::VirtualNetwork}));
        s.readBool("allowVirtualNetworkAccess", side.allowVirtualNetworkAccess);
        s.readBool("allowForwardedTraffic", side.allowForwardedTraffic);
        s.readBool("allowGatewayTransit", side.allowGatewayTransit);
        s.readBool("useRemoteGateways", side.useRemoteGateways);
        s.readEnum("peeringState", side.peeringState, Opt);
        s.readEnum("peeringSyncLevel", side.peeringSyncLevel, Opt);
        s.finish();
    }
}

void DesignReader::readProperties(JsonObjectReader &r, VpnGateway &p)
{
    ref(r, "virtualNetwork", p.virtualNetwork, Req, kinds({ResourceKind::VirtualNetwork}));
    r.readEnum("sku", p.sku, Req);
    r.readEnum("vpnType", p.vpnType, Opt);
    r.readBool("activeActive", p.activeActive);
    r.readBool("enableBgp", p.enableBgp);
    r.readInt("asn", p.asn, 1, kMaxAsn, Opt);
    withObject(r, "vpnClientConfiguration", [&](JsonObjectReader &c) {
        VpnClientConfiguration config;
        if (c.readPrefixes("vpnClientAddressPool", config.vpnClientAddressPool, Req))
            nonEmpty(c, "vpnClientAddressPool", config.vpnClientAddressPool.size());
        if (c.readEnumList("vpnClientProtocols", config.vpnClientProtocols, Req))
            nonEmpty(c, "vpnClientProtocols", config.vpnClientProtocols.size());
        if (c.readEnumList("vpnAuthenticationTypes", config.vpnAuthenticationTypes, Req))
            nonEmpty(c, "vpnAuthenticationTypes", config.vpnAuthenticationTypes.size());
        c.readPrefixes("customRoutes", config.customRoutes, Opt);
        p.vpnClientConfiguration = std::move(config);
    });
}

void DesignReader::readProperties(JsonObjectReader &r, ExpressRouteGateway &p)
{
    ref(r, "virtualNetwork", p.virtualNetwork, Req, kinds({ResourceKind::VirtualNetwork}));
    const bool skuRead = r.readEnum("sku", p.sku, Req);
    int units = 0;
    if (r.readInt("scaleUnits", units, 1, 40, Opt))
        p.scaleUnits = units;
    if (skuRead) {
        const bool scalable = p.sku == ExpressRouteGatewaySku::ErGwScale;
        if (scalable && !r.has("scaleUnits"))
            report(DiagCode::FieldRequiredWith, {"scaleUnits", "sku", "ErGwScale"}, r.path());
        else if (!scalable && r.has("scaleUnits"))
            report(DiagCode::FieldOnlyWith, {"scaleUnits", "sku", "ErGwScale"}, r.memberPath("scaleUnits"));
    }
    r.readBool("allowRemoteVnetTraffic", p.allowRemoteVnetTraffic);
}

void DesignReader::readProperties(JsonObjectReader &r, ExpressRouteCircuit &p)
{
    int bandwidth = 0;
    if (r.readInt("bandwidthInMbps", bandwidth, 0, 1000000, Req)) {
        if (std::find(kCircuitBandwidthsMbps.begin(), kCircuitBandwidthsMbps.end(), bandwidth)
            == kCircuitBandwidthsMbps.end()) {
            std::string allowed;
            for (const int b : kCircuitBandwidthsMbps)
                allowed += (allowed.empty() ? "" : ", ") + std::to_string(b);
            report(DiagCode::NotInSet, {std::to_string(bandwidth), allowed}, r.memberPath("bandwidthInMbps"));
        } else {
            p.bandwidthInMbps = bandwidth;
        }
    }
    r.readEnum("tier", p.tier, Req);
    r.readEnum("family", p.family, Req);
    r.readString("peeringLocation", p.peeringLocation, Req, false);
}

void DesignReader::readProperties(JsonObjectReader &r, OnPremisesSite &p)
{
    if (r.readPrefixes("addressPrefixes", p.addressPrefixes, Req))
        nonEmpty(r, "addressPrefixes", p.addressPrefixes.size());
    std::uint32_t asn = 0;
    if (r.readInt("bgpAsn", asn, 1, kMaxAsn, Opt))
        p.bgpAsn = asn;
    forEachObject(r, "connectionPolicies", Opt, [&](JsonObjectReader &c, std::size_t) {
        SiteConnectionPolicy policy;
        ref(c, "connection", policy.connection, Req,
            kinds({ResourceKind::SiteToSiteConnection, ResourceKind::CircuitSiteConnection}));
        std::vector<Prefix> advertised;
        if (c.readPrefixes("advertisedPrefixes", advertised, Opt))
            policy.advertisedPrefixes = std::move(advertised);
        c.readInt("asPathPrepend", policy.asPathPrepend, 0, 10, Opt);
        c.readInt("localPreference", policy.localPreference, 0, 2147483647, Opt);
        c.readPrefixes("staticRoutes", policy.staticRoutes, Opt);
        p.connectionPolicies.push_back(std::move(policy));
    });
}

void DesignReader::readProperties(JsonObjectReader &r, SiteToSiteConnection &p)
{
    refOpt(r, "vpnGateway", p.vpnGateway, kinds({ResourceKind::VpnGateway}));
    refOpt(r, "virtualHub", p.virtualHub, kinds({ResourceKind::VirtualHub}));
    exactlyOne(r, "vpnGateway", "virtualHub");
    ref(r, "site", p.site, Req, kinds({ResourceKind::OnPremisesSite}));
    r.readBool("enableBgp", p.enableBgp);
    r.readPrefixes("localNetworkGatewayPrefixes", p.localNetworkGatewayPrefixes, Req);
    r.readBool("usePolicyBasedTrafficSelectors", p.usePolicyBasedTrafficSelectors);
}

void DesignReader::readProperties(JsonObjectReader &r, VnetToVnetConnection &p)
{
    refPair(r, "vpnGateways", p.vpnGateways, kinds({ResourceKind::VpnGateway}));
    r.readBool("enableBgp", p.enableBgp);
}

void DesignReader::readProperties(JsonObjectReader &r, ExpressRouteConnection &p)
{
    refOpt(r, "expressRouteGateway", p.expressRouteGateway, kinds({ResourceKind::ExpressRouteGateway}));
    refOpt(r, "virtualHub", p.virtualHub, kinds({ResourceKind::VirtualHub}));
    exactlyOne(r, "expressRouteGateway", "virtualHub");
    ref(r, "circuit", p.circuit, Req, kinds({ResourceKind::ExpressRouteCircuit}));
    r.readInt("routingWeight", p.routingWeight, 0, 32000, Opt);
}

void DesignReader::readProperties(JsonObjectReader &r, CircuitSiteConnection &p)
{
    ref(r, "circuit", p.circuit, Req, kinds({ResourceKind::ExpressRouteCircuit}));
    ref(r, "site", p.site, Req, kinds({ResourceKind::OnPremisesSite}));
}

void DesignReader::readProperties(JsonObjectReader &r, GlobalReachConnection &p)
{
    refPair(r, "circuits", p.circuits, kinds({ResourceKind::ExpressRouteCircuit}));
}

void DesignReader::readProperties(JsonObjectReader &r, P2sClientGroup &p)
{
    refOpt(r, "vpnGateway", p.vpnGateway, kinds({ResourceKind::VpnGateway}));
    refOpt(r, "virtualHub", p.virtualHub, kinds({ResourceKind::VirtualHub}));
    exactlyOne(r, "vpnGateway", "virtualHub");
    r.readEnum("clientOs", p.clientOs, Req);
    r.readEnum("protocol", p.protocol, Req);
    r.readInt("users", p.users, 1, 100000, Req);
    r.readPrefixes("manualRoutes", p.manualRoutes, Opt);
    r.readBool("profileDownloadedBeforeLastChange", p.profileDownloadedBeforeLastChange);
}

void DesignReader::readProperties(JsonObjectReader &r, AzureFirewall &p)
{
    refOpt(r, "virtualNetwork", p.virtualNetwork, kinds({ResourceKind::VirtualNetwork}));
    refOpt(r, "virtualHub", p.virtualHub, kinds({ResourceKind::VirtualHub}));
    exactlyOne(r, "virtualNetwork", "virtualHub");
    r.readEnum("sku", p.sku, Req);
    Ipv4Address ip;
    if (r.readIp("privateIpAddress", ip, Opt))
        p.privateIpAddress = ip;
    else if (r.has("virtualNetwork") && !r.has("privateIpAddress"))
        report(DiagCode::FieldRequiredWith, {"privateIpAddress", "virtualNetwork", ""}, r.path());
    r.readBool("forcedTunneling", p.forcedTunneling);
    forEachObject(r, "networkRules", Opt, [&](JsonObjectReader &n, std::size_t) {
        NetworkRule rule;
        n.readString("name", rule.name, Req, false);
        n.readEnum("action", rule.action, Req);
        n.readPrefixes("sourceAddresses", rule.sourceAddresses, Req);
        n.readPrefixes("destinationAddresses", rule.destinationAddresses, Req);
        p.networkRules.push_back(std::move(rule));
    });
}

void DesignReader::readProperties(JsonObjectReader &r, RouteTable &p)
{
    std::set<std::string> names;
    forEachObject(r, "routes", Req, [&](JsonObjectReader &x, std::size_t) {
        Route route;
        if (x.readString("name", route.name, Req, false) && !names.insert(route.name).second)
            report(DiagCode::DuplicateValue, {route.name}, x.memberPath("name"));
        x.readPrefix("addressPrefix", route.addressPrefix, Req);
        const bool typeRead = x.readEnum("nextHopType", route.nextHopType, Req);
        Ipv4Address ip;
        if (x.readIp("nextHopIpAddress", ip, Opt))
            route.nextHopIpAddress = ip;
        if (typeRead) {
            const bool appliance = route.nextHopType == NextHopType::VirtualAppliance;
            if (appliance && !x.has("nextHopIpAddress"))
                report(DiagCode::FieldRequiredWith, {"nextHopIpAddress", "nextHopType", "VirtualAppliance"}, x.path());
            else if (!appliance && x.has("nextHopIpAddress"))
                report(DiagCode::FieldOnlyWith, {"nextHopIpAddress", "nextHopType", "VirtualAppliance"},
                       x.memberPath("nextHopIpAddress"));
        }
        p.routes.push_back(std::move(route));
    });
    r.readBool("disableBgpRoutePropagation", p.disableBgpRoutePropagation);
}

void DesignReader::readProperties(JsonObjectReader &r, RouteServer &p)
{
    ref(r, "virtualNetwork", p.virtualNetwork, Req, kinds({ResourceKind::VirtualNetwork}));
    r.readBool("allowBranchToBranchTraffic", p.allowBranchToBranchTraffic);
    r.readEnum("hubRoutingPreference", p.hubRoutingPreference, Opt);
    r.readInt("routingInfrastructureUnits", p.routingInfrastructureUnits, 2, 100, Opt);
}

void DesignReader::readProperties(JsonObjectReader &r, NetworkVirtualAppliance &p)
{
    ref(r, "subnet", p.subnet, Req, kSubnet);
    r.readIp("privateIpAddress", p.privateIpAddress, Req);
    r.readBool("enableIpForwarding", p.enableIpForwarding);
    std::uint32_t asn = 0;
    if (r.readInt("bgpAsn", asn, 1, kMaxAsn, Opt))
        p.bgpAsn = asn;
    r.readPrefixes("advertisedPrefixes", p.advertisedPrefixes, Opt);
    r.readInt("instanceCount", p.instanceCount, 1, 100, Opt);
    r.readString("vmSize", p.vmSize, Opt, false);
}

void DesignReader::readProperties(JsonObjectReader &r, BgpPeering &p)
{
    ref(r, "routeServer", p.routeServer, Req, kinds({ResourceKind::RouteServer}));
    ref(r, "networkVirtualAppliance", p.networkVirtualAppliance, Req,
        kinds({ResourceKind::NetworkVirtualAppliance}));
}

void DesignReader::readProperties(JsonObjectReader &r, VirtualWan &p)
{
    r.readEnum("type", p.type, Req);
    r.readBool("allowBranchToBranchTraffic", p.allowBranchToBranchTraffic);
}

void DesignReader::readRoutingConfiguration(JsonObjectReader &c, HubRoutingConfiguration &config)
{
    c.readString("associatedRouteTable", config.associatedRouteTable, Opt, false);
    c.readStrings("propagatedRouteTables", config.propagatedRouteTables, Opt);
    c.readStrings("propagatedLabels", config.propagatedLabels, Opt);
    c.readBool("enableInternetSecurity", config.enableInternetSecurity);
}

void DesignReader::readProperties(JsonObjectReader &r, VirtualHub &p)
{
    ref(r, "virtualWan", p.virtualWan, Req, kinds({ResourceKind::VirtualWan}));
    r.readString("region", p.region, Req, false);
    r.readPrefix("addressPrefix", p.addressPrefix, Req);
    withObject(r, "vpnGateway", [&](JsonObjectReader &g) {
        HubGateway gw;
        g.readInt("scaleUnits", gw.scaleUnits, 1, 100, Req);
        p.vpnGateway = gw;
    });
    withObject(r, "expressRouteGateway", [&](JsonObjectReader &g) {
        HubGateway gw;
        g.readInt("scaleUnits", gw.scaleUnits, 1, 100, Req);
        p.expressRouteGateway = gw;
    });
    withObject(r, "p2sVpnGateway", [&](JsonObjectReader &g) {
        HubP2sGateway gw;
        g.readInt("scaleUnits", gw.scaleUnits, 1, 100, Req);
        if (g.readPrefixes("vpnClientAddressPool", gw.vpnClientAddressPool, Req))
            nonEmpty(g, "vpnClientAddressPool", gw.vpnClientAddressPool.size());
        p.p2sVpnGateway = std::move(gw);
    });
    r.readEnum("hubRoutingPreference", p.hubRoutingPreference, Opt);
    std::set<std::string> tableNames;
    forEachObject(r, "routeTables", Opt, [&](JsonObjectReader &t, std::size_t) {
        HubRouteTable table;
        if (t.readString("name", table.name, Req, false) && !tableNames.insert(table.name).second)
            report(DiagCode::DuplicateValue, {table.name}, t.memberPath("name"));
        t.readStrings("labels", table.labels, Opt);
        forEachObject(t, "routes", Opt, [&](JsonObjectReader &x, std::size_t) {
            HubStaticRoute route;
            x.readString("name", route.name, Req, false);
            x.readPrefixes("destinations", route.destinations, Req);
            ref(x, "nextHop", route.nextHop, Req,
                kinds({ResourceKind::AzureFirewall, ResourceKind::VirtualHubConnection}));
            table.routes.push_back(std::move(route));
        });
        p.routeTables.push_back(std::move(table));
    });
    withObject(r, "routingIntent", [&](JsonObjectReader &i) {
        RoutingIntent intent;
        i.readBool("internetTrafficPolicy", intent.internetTrafficPolicy);
        i.readBool("privateTrafficPolicy", intent.privateTrafficPolicy);
        i.readPrefixes("additionalPrivatePrefixes", intent.additionalPrivatePrefixes, Opt);
        p.routingIntent = std::move(intent);
    });
    withObject(r, "branchRoutingConfiguration",
               [&](JsonObjectReader &c) { readRoutingConfiguration(c, p.branchRoutingConfiguration); });
}

void DesignReader::readProperties(JsonObjectReader &r, VirtualHubConnection &p)
{
    ref(r, "virtualHub", p.virtualHub, Req, kinds({ResourceKind::VirtualHub}));
    ref(r, "virtualNetwork", p.virtualNetwork, Req, kinds({ResourceKind::VirtualNetwork}));
    withObject(r, "routingConfiguration",
               [&](JsonObjectReader &c) { readRoutingConfiguration(c, p.routingConfiguration); });
}

void DesignReader::readProperties(JsonObjectReader &r, Intent &p)
{
    ref(r, "source", p.source, Req, kEndpoint);
    ref(r, "destination", p.destination, Req, kEndpoint);
    r.readEnum("expectation", p.expectation, Req);
}

void DesignReader::readProperties(JsonObjectReader &r, TrafficFlow &p)
{
    ref(r, "source", p.source, Req, kEndpoint);
    ref(r, "destination", p.destination, Req, kEndpoint);
    r.readNumber("gigabytesPerMonth", p.gigabytesPerMonth, 0, 1e9, Req);
    r.readNumber("returnGigabytesPerMonth", p.returnGigabytesPerMonth, 0, 1e9, Opt);
}

void DesignReader::readAssumptions(JsonObjectReader &r, Assumptions &a)
{
    r.readEnum("p2sExpressRouteTransitViaRouteServer", a.p2sExpressRouteTransitViaRouteServer, Opt);
    r.readEnum("forwardedTrafficEnforcement", a.forwardedTrafficEnforcement, Opt);
    r.readEnum("peeringFlagDirection", a.peeringFlagDirection, Opt);
}

void DesignReader::readLayout(JsonObjectReader &r, Layout &layout)
{
    const Json *elements = r.member("elements", Opt);
    if (!elements)
        return;
    if (!elements->is_object()) {
        r.reportType(r.memberPath("elements"), "object", *elements);
        return;
    }
    for (const auto &[key, value] : elements->items()) {
        const auto path = childPath(r.memberPath("elements"), key);
        if (!Id::isValid(key)) {
            report(DiagCode::InvalidId, {key}, path);
            continue;
        }
        JsonObjectReader box(value, path, m_out);
        if (!box.valid())
            continue;
        LayoutBox b;
        box.readNumber("x", b.x, -1e7, 1e7, Req);
        box.readNumber("y", b.y, -1e7, 1e7, Req);
        box.readNumber("width", b.width, 0, 1e7, Opt);
        box.readNumber("height", b.height, 0, 1e7, Opt);
        box.finish();
        layout.elements[Id(key)] = b;
        m_refs.push_back({Id(key), path, {{}, true, true}}); // the Internet endpoint may be placed too
        // Any resource kind may be placed: widen the target after the fact.
        auto &target = m_refs.back().target;
        for (const auto &[kind, name] : enumEntries<ResourceKind>())
            target.kinds.push_back(kind);
    }
}

template<std::size_t I = 0>
bool readVariant(ResourceKind kind, ResourceProperties &out, const std::function<void(ResourceProperties &)> &fill)
{
    if constexpr (I < std::variant_size_v<ResourceProperties>) {
        if (static_cast<std::size_t>(kind) == I) {
            out.emplace<I>();
            fill(out);
            return true;
        }
        return readVariant<I + 1>(kind, out, fill);
    }
    return false;
}

void DesignReader::readResource(const Json &value, const std::string &path, Design &design)
{
    JsonObjectReader r(value, path, m_out);
    if (!r.valid())
        return;
    Resource resource;
    std::string kindName;
    const bool idOk = r.readId("id", resource.id, Req);
    const bool kindOk = r.readString("kind", kindName, Req);
    r.readString("name", resource.name, Req, false);
    r.readString("notes", resource.notes, Opt);
    std::optional<ResourceKind> kind;
    if (kindOk) {
        kind = enumFromName<ResourceKind>(kindName);
        if (!kind)
            report(DiagCode::UnknownKind, {kindName, JsonObjectReader::allowedNames<ResourceKind>()},
                   r.memberPath("kind"));
    }
    if (idOk)
        registerId(resource.id, r.memberPath("id"), kind ? enumName(*kind) : std::string_view("?"));
    const Json *props = r.member("properties", Req);
    if (kind && props) {
        JsonObjectReader pr(*props, r.memberPath("properties"), m_out);
        if (pr.valid()) {
            readVariant(*kind, resource.properties, [&](ResourceProperties &v) {
                std::visit([&](auto &p) { readProperties(pr, p); }, v);
            });
            pr.finish();
        }
    }
    r.finish();
    if (kind)
        design.resources.push_back(std::move(resource));
}

void DesignReader::resolveReferences(const Design &design)
{
    std::map<Id, ResourceKind> kindOf;
    for (const auto &r : design.resources)
        kindOf.emplace(r.id, r.kind());
    std::set<Id> subnets;
    for (const auto &r : design.resources) {
        if (const auto *vnet = r.as<VirtualNetwork>()) {
            for (const auto &s : vnet->subnets)
                subnets.insert(s.id);
        }
    }
    for (const auto &ref : m_refs) {
        if (ref.target.internet && ref.id.str() == kInternetEndpointId)
            continue;
        if (subnets.count(ref.id)) {
            if (!ref.target.subnet)
                report(DiagCode::WrongReferenceKind, {ref.id.str(), "", "subnet"}, ref.path);
            continue;
        }
        const auto it = kindOf.find(ref.id);
        if (it == kindOf.end()) {
            // An id that exists but whose element failed to read is not dangling; its own error says why.
            if (!m_ids.count(ref.id))
                report(DiagCode::DanglingReference, {ref.id.str()}, ref.path);
            continue;
        }
        if (std::find(ref.target.kinds.begin(), ref.target.kinds.end(), it->second) == ref.target.kinds.end()) {
            std::string expected;
            for (const auto k : ref.target.kinds)
                expected += (expected.empty() ? "" : ", ") + std::string(enumName(k));
            if (ref.target.subnet)
                expected += (expected.empty() ? "" : ", ") + std::string("subnet");
            report(DiagCode::WrongReferenceKind, {ref.id.str(), expected, std::string(enumName(it->second))},
                   ref.path);
        }
    }
}

std::optional<Design> DesignReader::read(const Json &root)
{
    JsonObjectReader r(root, "$", m_out);
    if (!r.valid())
        return std::nullopt;
    Design design;
    if (!r.readInt("schemaVersion", design.schemaVersion, 1, 1000000, Req))
        return std::nullopt;
    if (design.schemaVersion > kCurrentSchemaVersion) {
        report(DiagCode::UnsupportedSchemaVersion,
               {std::to_string(design.schemaVersion), std::to_string(kCurrentSchemaVersion)},
               r.memberPath("schemaVersion"));
        return std::nullopt;
    }
    r.readString("name", design.name, Req);
    r.readString("description", design.description, Opt);
    withObject(r, "assumptions", [&](JsonObjectReader &a) { readAssumptions(a, design.assumptions); });
    if (const Json *resources = r.readArray("resources", Req)) {
        for (std::size_t i = 0; i < resources->size(); ++i)
            readResource((*resources)[i], indexPath(r.memberPath("resources"), i), design);
    }
    withObject(r, "layout", [&](JsonObjectReader &l) { readLayout(l, design.layout); });
    r.finish();
    resolveReferences(design);
    if (hasErrors(m_out))
        return std::nullopt;
    return design;
}

} // namespace

std::optional<Design> readDesign(const Json &root, Diagnostics &out)
{
    return DesignReader(out).read(root);
}

} // namespace spokewise::io
