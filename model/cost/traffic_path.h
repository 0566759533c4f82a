#pragma once

// Traffic priced along paths: the seam between the routing engine and the cost model.
//
// A trafficFlow element says how many GB a month go between two endpoints; what that traffic
// costs depends on the path it takes (peerings crossed, firewalls and hub routers that process
// it, the circuit or VPN it leaves Azure by). The cost model does not route: it prices the
// charged segments of paths it is given. The routing engine (model/routing) will turn each flow
// into TrafficPaths, one per direction (or several, splitting the GB, for equal-cost paths), and
// report the flows it found no path for. Until then, callers (tests, the CLI) may give paths by
// hand; flows with no path are listed as not priced, never as zero.

#include "design/id.h"

#include <string>
#include <vector>

namespace spokewise::cost {

// One charged step of a path. Segments that cost nothing (a subnet, a route table, a VPN tunnel
// into Azure) are simply left out.
enum class TrafficSegmentKind {
    PeeringTransfer,     // element: the virtualNetworkPeering; from/to: the VNets, in travel order
    FirewallProcessing,  // element: the azureFirewall that processes the traffic
    HubProcessing,       // element: the virtualHub whose router carries VNet-to-VNet traffic
    InterHubTransfer,    // from/to: the virtualHubs (hub-to-hub across regions)
    ExpressRouteEgress,  // element: the expressRouteCircuit the traffic leaves Azure by
    VnetToVnetTransfer,  // element: the vnetToVnetConnection; from: the sending VPN gateway
    GlobalReachTransfer, // element: the globalReachConnection
    InternetEgress,      // element: where it leaves (gateway, hub, firewall) — to the Internet, or
                         // to on-premises over S2S/P2S VPN, both billed as Internet data transfer out
};

// A charged step of a path: what is charged, and for peerings and hub-to-hub, which way.
struct TrafficSegment
{
    TrafficSegmentKind kind = TrafficSegmentKind::PeeringTransfer;
    Id element;
    Id from; // PeeringTransfer, InterHubTransfer, VnetToVnetTransfer
    Id to;   // PeeringTransfer, InterHubTransfer
    friend bool operator==(const TrafficSegment &, const TrafficSegment &) = default;
};

enum class FlowDirection { Forward, Return };

// The charged segments of one direction of one flow, with the GB a month that take it.
struct TrafficPath
{
    Id flow; // the trafficFlow element
    FlowDirection direction = FlowDirection::Forward;
    double gigabytesPerMonth = 0;
    std::vector<TrafficSegment> segments;
    friend bool operator==(const TrafficPath &, const TrafficPath &) = default;
};

// Why the router could not give a flow a path (for the "not priced" list).
struct UnroutedFlow
{
    Id flow;
    FlowDirection direction = FlowDirection::Forward;
    std::string reasonCode; // the routing engine's own code (e.g. a rule id); shown as given
    friend bool operator==(const UnroutedFlow &, const UnroutedFlow &) = default;
};

// Everything the cost model needs to know about traffic. A flow direction that has GB but
// appears in neither list is reported as "path not computed".
struct TrafficInput
{
    std::vector<TrafficPath> paths;
    std::vector<UnroutedFlow> unrouted;
    friend bool operator==(const TrafficInput &, const TrafficInput &) = default;
};

} // namespace spokewise::cost
