#pragma once

// Synthetic designs for benchmarks and the CLI's `generate`: hub-and-spoke (classic VNet hubs, or
// Virtual WAN hubs) with sites, P2S client groups and optionally an Azure Firewall per hub.

#include "design/design.h"

namespace spokewise::routing {

// The shape of a generated design.
struct GeneratorOptions
{
    int hubs = 2;            // 1..12
    int spokesPerHub = 10;   // 0..4000
    int sites = 2;           // 0..800, spread over the hubs, BGP site-to-site
    int p2sGroups = 1;       // 0..1000, spread over the hubs, alternating Windows / other
    bool firewall = false;   // a firewall per hub with spoke UDRs (R-FW-1, R-FW-5, R-FW-6)
    bool vwan = false;       // Virtual WAN hubs instead of hub VNets
};

// Options out of range are clamped. Every spoke VNet has two subnets (two endpoints); ids are
// stable: hub<h>, hub<h>-gw, spoke<h>-<s>, spoke<h>-<s>-app, site<i>, users<g>, ...
Design generateDesign(const GeneratorOptions &options);

} // namespace spokewise::routing
