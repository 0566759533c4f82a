#pragma once

// The bridge from the routing engine to the cost model: every trafficFlow priced along the path
// the routing engine walks for it.
//
// trafficFromRouting() turns each flow's forward and return walks (routing::Analysis::trace) into
// TrafficPaths: the peerings crossed (regional or global is decided by the cost model from the
// VNets' regions), the firewalls and Virtual WAN hubs that process the traffic, hub-to-hub hops,
// the ExpressRoute circuit or VPN it leaves Azure by, VNet-to-VNet connections. A direction whose
// flow has no working path becomes an UnroutedFlow with the engine's verdict and reason as code
// (e.g. "unreachable/no-route"), so that it is listed as not priced, never as zero.
//
// estimateWithRouting() is the one entry point for everything that shows costs (the CLI, the
// designer's Cost dock from a worker thread, the reports): it is a pure function of its inputs.

#include "cost/cost_model.h"
#include "cost/traffic_path.h"
#include "design/design.h"

namespace spokewise::routing {
class Analysis;
}

namespace spokewise::cost {

// The priced paths of every trafficFlow of `design`, walked in `analysis` (which must have been
// computed from the same design). Only flows whose verdict is reachable get paths (the return
// direction along the return walk); the others are unrouted with the code "verdict/reason".
// Equal-cost paths: the walk the engine follows (the first) carries all the GB.
TrafficInput trafficFromRouting(const Design &design, const routing::Analysis &analysis);

// The estimate of `design` with its traffic priced along the routed paths. `analysis` is the
// routing analysis of the same design (e.g. the designer's latest background analysis); when it is
// null, the design is analysed here (control plane plus one trace per flow, no matrix). Safe to call
// from any thread: it touches only its arguments.
CostEstimate estimateWithRouting(const Design &design, const PriceCatalog &catalog,
                                 const routing::Analysis *analysis = nullptr, const CostOptions &options = {});

} // namespace spokewise::cost
