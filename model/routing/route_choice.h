#pragma once

// Why a route holder picks the route it picks for a destination (ROUTING.md §1.4, §5.5): the
// winner and, for every other route covering the destination, the step of the selection that
// set it aside. Codes only; the designer's Routes dock turns them into sentences.

#include "routing/analysis.h"

#include <vector>

namespace spokewise::routing {

// The step of route selection that set a covering route aside (or that it won by).
enum class ChoiceStep : std::uint8_t {
    Winner,              // the route selected
    Invalid,             // listed but never used (its invalidRule says why)
    ShorterPrefix,       // a longer prefix covers the destination (§1.4 step 1)
    ProtectedSystemRoute,// a VnetLocal/VNetPeering route covers it, so gateway routes are ignored (§1.4 step 2)
    OriginPreference,    // equal prefix: user route > gateway route > system route (§1.4 step 3)
    ExpressRouteOverVpn, // equal prefix on a gateway: ExpressRoute wins over VPN (§5.5)
    LocalPreference,     // equal prefix: higher local preference wins (§5.5)
    Weight,              // equal prefix: higher connection weight wins (§5.5)
    AsPathLength,        // equal prefix: shorter AS path wins (§5.5)
    EqualCost,           // equally good: the traffic is shared (ECMP, §5.5)
    UndocumentedTie,     // equally good and Microsoft documents no tie-break (§10-I)
};
SPOKEWISE_ENUM_NAMES(ChoiceStep, {ChoiceStep::Winner, "winner"}, {ChoiceStep::Invalid, "invalid"},
                     {ChoiceStep::ShorterPrefix, "shorter-prefix"},
                     {ChoiceStep::ProtectedSystemRoute, "protected-system-route"},
                     {ChoiceStep::OriginPreference, "origin-preference"},
                     {ChoiceStep::ExpressRouteOverVpn, "expressroute-over-vpn"},
                     {ChoiceStep::LocalPreference, "local-preference"}, {ChoiceStep::Weight, "weight"},
                     {ChoiceStep::AsPathLength, "as-path-length"}, {ChoiceStep::EqualCost, "equal-cost"},
                     {ChoiceStep::UndocumentedTie, "undocumented-tie"})

// One covering route and how it fared against the winner.
struct RouteCandidate
{
    RouteEntry route;
    ChoiceStep step = ChoiceStep::Winner;
    RuleRef rule = 0;    // the rule of the step (§1.4, §5.5, §10-I, or the route's invalidRule)
};

// The selection at one holder for one destination.
struct RouteChoice
{
    bool holderKnown = false;              // the element holds routes (subnet, gateway, hub, site, P2S group)
    std::optional<RouteEntry> winner;      // none: no valid route covers the destination
    std::vector<RouteCandidate> candidates; // every route covering the destination, winner first
};

// The route `holder` selects for `destination`, and why; the same selection the walker makes.
RouteChoice chooseRoute(const Analysis &analysis, const Id &holder, net::Ipv4Address destination);

} // namespace spokewise::routing
