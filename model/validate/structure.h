#pragma once

#include "design/design.h"
#include "io/diagnostic.h"

namespace spokewise::validate {

// Design checks on a loaded design: what Azure would refuse to create, or where the design
// contradicts itself (subnets outside their VNet, overlapping subnets, a gateway without a
// GatewaySubnet, duplicate peerings, ...). Routing checks live in the routing engine.
// Findings carry JSON paths; positions are filled in by the caller when it has the text.
io::Diagnostics checkDesign(const Design &design);

} // namespace spokewise::validate
