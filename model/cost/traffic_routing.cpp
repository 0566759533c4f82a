// The routing -> cost bridge: a flow's walks become the charged segments of its TrafficPaths.

#include "cost/traffic_routing.h"

#include "routing/analysis.h"

#include <string>

namespace spokewise::cost {

namespace {

using routing::Hop;
using routing::NextHop;

// What a hop's element is, as far as charging goes.
enum class Place { Vnet, Hub, HubFirewall, Peering, Outside };

// Reads one walk's hops and lists the charged segments in travel order.
class SegmentReader
{
public:
    explicit SegmentReader(const Design &design)
        : m_d(design)
    {}

    std::vector<TrafficSegment> read(const routing::Walk &walk)
    {
        m_out.clear();
        m_vnet = Id();
        const auto &hops = walk.hops;
        for (std::size_t i = 0; i < hops.size(); ++i) {
            const Hop &hop = hops[i];
            const Place place = placeOf(hop.element);
            if (place == Place::Hub || place == Place::HubFirewall) {
                i = readHubRun(hops, i) - 1;
                continue;
            }
            if (place == Place::Peering) {
                crossPeering(hop.element);
            } else {
                const Id vnet = vnetOf(hop.element);
                // Gateway transit crosses a peering without a peering hop: the packet goes straight
                // from a spoke subnet to the hub's gateway, or from the gateway into the spoke.
                if (!vnet.empty() && !m_vnet.empty() && vnet != m_vnet) {
                    if (const Id peering = peeringBetween(m_vnet, vnet); !peering.empty())
                        m_out.push_back({TrafficSegmentKind::PeeringTransfer, peering, m_vnet, vnet});
                }
                m_vnet = vnet;
            }
            if (isA<AzureFirewall>(hop.element))
                m_out.push_back({TrafficSegmentKind::FirewallProcessing, hop.element, {}, {}});
            if (hop.element.str() == kInternetEndpointId && i > 0)
                m_out.push_back({TrafficSegmentKind::InternetEgress, hops[i - 1].element, {}, {}});
            if (hop.route)
                readExit(hop);
        }
        return std::move(m_out);
    }

private:
    template<typename T>
    const T *as(const Id &id) const
    {
        const Resource *r = m_d.find(id);
        return r ? r->as<T>() : nullptr;
    }
    template<typename T>
    bool isA(const Id &id) const
    {
        return as<T>(id) != nullptr;
    }

    Place placeOf(const Id &id) const
    {
        if (isA<VirtualHub>(id))
            return Place::Hub;
        if (const auto *fw = as<AzureFirewall>(id); fw && fw->virtualHub)
            return Place::HubFirewall;
        if (isA<VirtualNetworkPeering>(id))
            return Place::Peering;
        return vnetOf(id).empty() ? Place::Outside : Place::Vnet;
    }

    // The VNet an element sits in; empty for sites, P2S groups, hubs, the Internet.
    Id vnetOf(const Id &id) const
    {
        if (const auto ref = m_d.findSubnet(id); ref.virtualNetwork)
            return ref.virtualNetwork->id;
        if (const auto *gw = as<VpnGateway>(id))
            return gw->virtualNetwork;
        if (const auto *gw = as<ExpressRouteGateway>(id))
            return gw->virtualNetwork;
        if (const auto *fw = as<AzureFirewall>(id))
            return fw->virtualNetwork.value_or(Id());
        if (const auto *nva = as<NetworkVirtualAppliance>(id)) {
            const auto ref = m_d.findSubnet(nva->subnet);
            return ref.virtualNetwork ? ref.virtualNetwork->id : Id();
        }
        if (const auto *rs = as<RouteServer>(id))
            return rs->virtualNetwork;
        return Id();
    }

    Id peeringBetween(const Id &a, const Id &b) const
    {
        for (const Resource &r : m_d.resources) {
            const auto *p = r.as<VirtualNetworkPeering>();
            if (!p)
                continue;
            const Id &x = p->sides[0].virtualNetwork;
            const Id &y = p->sides[1].virtualNetwork;
            if ((x == a && y == b) || (x == b && y == a))
                return r.id;
        }
        return Id();
    }

    void crossPeering(const Id &peering)
    {
        const auto *p = as<VirtualNetworkPeering>(peering);
        const Id &x = p->sides[0].virtualNetwork;
        const Id &y = p->sides[1].virtualNetwork;
        // The walk always knows its VNet before a peering hop; x -> y is only a fallback.
        const Id from = m_vnet == y ? y : x;
        const Id to = from == x ? y : x;
        m_out.push_back({TrafficSegmentKind::PeeringTransfer, peering, from, to});
        m_vnet = to;
    }

    // A run of hub hops (with the secured hubs' firewalls): hub-to-hub transfers, the firewalls'
    // processing, and the hub router's processing fee when the run carries VNet-to-VNet traffic
    // (charged once, at the hub the traffic enters by). Returns the index after the run.
    std::size_t readHubRun(const std::vector<Hop> &hops, std::size_t first)
    {
        const bool fromVnet = !m_vnet.empty();
        std::size_t end = first;
        while (end < hops.size()) {
            const Place p = placeOf(hops[end].element);
            if (p != Place::Hub && p != Place::HubFirewall)
                break;
            ++end;
        }
        const bool toVnet = end < hops.size() && !vnetOf(hops[end].element).empty();
        Id entryHub;
        Id lastHub;
        for (std::size_t i = first; i < end; ++i) {
            const Hop &hop = hops[i];
            if (isA<AzureFirewall>(hop.element)) {
                m_out.push_back({TrafficSegmentKind::FirewallProcessing, hop.element, {}, {}});
            } else {
                if (entryHub.empty()) {
                    entryHub = hop.element;
                    if (fromVnet && toVnet)
                        m_out.push_back({TrafficSegmentKind::HubProcessing, hop.element, {}, {}});
                }
                if (!lastHub.empty() && lastHub != hop.element)
                    m_out.push_back({TrafficSegmentKind::InterHubTransfer, {}, lastHub, hop.element});
                lastHub = hop.element;
            }
            if (hop.route)
                readExit(hop);
        }
        // Where the run hands over to a VNet, the hub connection is crossed (not a charged peering).
        m_vnet = Id();
        return end;
    }

    // The circuit behind a route that leaves Azure by ExpressRoute.
    Id circuitOf(const routing::RouteEntry &route) const
    {
        if (isA<ExpressRouteCircuit>(route.nextHopElement))
            return route.nextHopElement;
        if (const auto *c = as<ExpressRouteConnection>(route.nextHopElement))
            return c->circuit;
        for (const Id &id : route.elements) {
            if (isA<ExpressRouteCircuit>(id))
                return id;
            if (const auto *c = as<ExpressRouteConnection>(id))
                return c->circuit;
        }
        return Id();
    }

    // Segments charged for leaving a gateway or hub by the route it used.
    void readExit(const Hop &hop)
    {
        const routing::RouteEntry &route = *hop.route;
        const bool azureGateway = isA<VpnGateway>(hop.element) || isA<ExpressRouteGateway>(hop.element)
                                  || isA<VirtualHub>(hop.element);
        if (isA<OnPremisesSite>(hop.element)) {
            // Site to site over ExpressRoute Global Reach.
            for (const Id &id : route.elements) {
                if (isA<GlobalReachConnection>(id))
                    m_out.push_back({TrafficSegmentKind::GlobalReachTransfer, id, {}, {}});
            }
            return;
        }
        if (!azureGateway)
            return;
        switch (route.nextHop) {
        case NextHop::Circuit:
            if (const Id circuit = circuitOf(route); !circuit.empty())
                m_out.push_back({TrafficSegmentKind::ExpressRouteEgress, circuit, {}, {}});
            return;
        case NextHop::Connection:
        case NextHop::ClientPool:
            // To on-premises over S2S VPN, or to P2S users: billed as Internet data transfer out.
            m_out.push_back({TrafficSegmentKind::InternetEgress, hop.element, {}, {}});
            return;
        case NextHop::Tunnel:
            for (const Id &id : route.elements) {
                if (isA<VnetToVnetConnection>(id))
                    m_out.push_back({TrafficSegmentKind::VnetToVnetTransfer, id, hop.element, {}});
            }
            return;
        default: return;
        }
    }

    const Design &m_d;
    std::vector<TrafficSegment> m_out;
    Id m_vnet; // the VNet the packet is in, empty outside VNets
};

// "verdict/reason" of the engine, e.g. "unreachable/no-route": the code the cost text shows.
std::string unroutedCode(const routing::FlowResult &r)
{
    return std::string(enumName(r.verdict)) + "/" + std::string(enumName(r.reason));
}

} // namespace

TrafficInput trafficFromRouting(const Design &design, const routing::Analysis &analysis)
{
    TrafficInput input;
    SegmentReader reader(design);
    for (const Resource &r : design.resources) {
        const auto *flow = r.as<TrafficFlow>();
        if (!flow || (flow->gigabytesPerMonth <= 0 && flow->returnGigabytesPerMonth <= 0))
            continue;
        const routing::FlowResult result = analysis.trace(flow->source, flow->destination);
        const std::pair<double, FlowDirection> directions[] = {{flow->gigabytesPerMonth, FlowDirection::Forward},
                                                               {flow->returnGigabytesPerMonth, FlowDirection::Return}};
        for (const auto &[gb, direction] : directions) {
            if (gb <= 0)
                continue;
            if (result.verdict != routing::Verdict::Reachable) {
                input.unrouted.push_back({r.id, direction, unroutedCode(result)});
                continue;
            }
            const routing::Walk &walk = direction == FlowDirection::Forward ? result.forward : result.back;
            input.paths.push_back({r.id, direction, gb, reader.read(walk)});
        }
    }
    return input;
}

CostEstimate estimateWithRouting(const Design &design, const PriceCatalog &catalog, const routing::Analysis *analysis,
                                 const CostOptions &options)
{
    if (analysis)
        return estimateCost(design, catalog, trafficFromRouting(design, *analysis), options);
    routing::AnalyzeOptions analyzeOptions;
    analyzeOptions.matrix = false;
    const routing::Analysis own = routing::analyze(design, analyzeOptions);
    return estimateCost(design, catalog, trafficFromRouting(design, own), options);
}

} // namespace spokewise::cost
