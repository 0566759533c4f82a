#pragma once

#include "design/design.h"
#include "routing/analysis.h"
#include "routing/route_choice.h"

#include <QString>

namespace spokewise::views {

// A rule id with its gist, e.g. "R-SYS-7: a peering adds the peer's ranges" (translated); the bare
// id when the rule has no sentence (findings M-x have their own texts).
QString ruleSentence(routing::RuleRef rule);

// Azure's names for origins and next-hop types ("VirtualNetworkGateway"): they are what the portal
// and the CLI show, so they stay untranslated like rule ids.
QString originName(routing::RouteOrigin origin);
QString nextHopName(routing::NextHop nextHop);

// "VirtualNetworkGateway (Hub VPN gateway)" or "VirtualAppliance 10.0.1.4 (Firewall)".
QString nextHopText(const routing::RouteEntry &route, const Design &design);
// "10.1.0.0/16 → VNetPeering (Spoke 1)".
QString routeSummary(const routing::RouteEntry &route, const Design &design);

// The obvious fix as a sentence with elements by name, empty for none.
QString fixText(const routing::Fix &fix, const Design &design);

// Why `candidate` lost to `winner` (or, for the winner, why it was picked), one sentence.
QString choiceText(const routing::RouteCandidate &candidate, const routing::RouteEntry &winner, const Design &design);
// The whole "why this route wins" explanation for a destination typed at a holder.
QString choiceExplanation(const routing::RouteChoice &choice, const QString &destination, const Design &design);

// The display name of a matrix endpoint ("Spoke 1 / workload", "OnPrem", "Internet").
QString endpointName(const routing::Endpoint &endpoint, const Design &design);
// The names of all the analysis's endpoints, by endpoint index, as elementDisplayName() gives
// them, in one pass over the design (looking each up would cost O(endpoints x resources)).
QStringList endpointNames(const routing::Analysis &analysis, const Design &design);

} // namespace spokewise::views
