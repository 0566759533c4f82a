#pragma once

#include "design/resources.h"

#include <map>
#include <string>
#include <vector>

namespace spokewise {

inline constexpr int kCurrentSchemaVersion = 1;

// ---------------------------------------------------------------- assumptions (ROUTING.md §10)

// §10-B: P2S <-> ExpressRoute transit through Route Server branch-to-branch.
enum class P2sExpressRouteTransit { Unsupported, Empirical };
SPOKEWISE_ENUM_NAMES(P2sExpressRouteTransit, {P2sExpressRouteTransit::Unsupported, "unsupported"},
                     {P2sExpressRouteTransit::Empirical, "empirical"})

// §10-D: is allowForwardedTraffic=false enforced on forwarded packets?
enum class ForwardedTrafficEnforcement { Strict, Lenient };
SPOKEWISE_ENUM_NAMES(ForwardedTrafficEnforcement, {ForwardedTrafficEnforcement::Strict, "strict"},
                     {ForwardedTrafficEnforcement::Lenient, "lenient"})

// §10-C: which VNet a side's allowVirtualNetworkAccess / allowForwardedTraffic flags protect.
enum class PeeringFlagDirection { Portal, Sdk };
SPOKEWISE_ENUM_NAMES(PeeringFlagDirection, {PeeringFlagDirection::Portal, "portal"},
                     {PeeringFlagDirection::Sdk, "sdk"})

// The documented, switchable assumptions the routing engine makes where Microsoft's sources
// disagree. Stored in the design so that a result can always be reproduced.
struct Assumptions
{
    P2sExpressRouteTransit p2sExpressRouteTransitViaRouteServer = P2sExpressRouteTransit::Unsupported;
    ForwardedTrafficEnforcement forwardedTrafficEnforcement = ForwardedTrafficEnforcement::Strict;
    PeeringFlagDirection peeringFlagDirection = PeeringFlagDirection::Portal;
    friend bool operator==(const Assumptions &, const Assumptions &) = default;
};

// ---------------------------------------------------------------- layout (kept apart from semantics)

struct LayoutBox
{
    double x = 0;
    double y = 0;
    double width = 0; // 0 = the element's natural size
    double height = 0;
    friend bool operator==(const LayoutBox &, const LayoutBox &) = default;
};

struct Layout
{
    std::map<Id, LayoutBox> elements; // by element id; written sorted by id
    friend bool operator==(const Layout &, const Layout &) = default;
};

// ---------------------------------------------------------------- the design

// A whole network design: what a *.spokewise.json file holds.
struct Design
{
    int schemaVersion = kCurrentSchemaVersion;
    std::string name;
    std::string description;
    Assumptions assumptions;
    std::vector<Resource> resources; // in file order; new elements are appended
    Layout layout;

    const Resource *find(const Id &id) const;
    Resource *find(const Id &id);

    // The VNet resource holding a subnet, and the subnet; {nullptr, nullptr} if there is none.
    struct SubnetRef
    {
        const Resource *virtualNetwork = nullptr;
        const Subnet *subnet = nullptr;
    };
    SubnetRef findSubnet(const Id &id) const;

    // A resource with that unique display name (or that id), for command-line element arguments.
    // Returns nullptr when nothing or more than one element matches the name.
    const Resource *findByIdOrUniqueName(const std::string &idOrName) const;

    friend bool operator==(const Design &, const Design &) = default;
};

} // namespace spokewise
