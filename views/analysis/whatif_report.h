#pragma once

#include "routing/analysis.h"

#include <memory>
#include <set>
#include <vector>

namespace spokewise::views {

// The transit elements of a flow's forward path, in order: the gateways, appliances and hubs it
// crosses and the connections or circuits it is carried on (not its two endpoints).
using TransitPath = std::vector<Id>;

// A flow that still works but on another path, with the path before and after the failures.
struct MovedFlow
{
    routing::FlowChange change;
    TransitPath before;
    TransitPath after;
};

// What a set of failed elements does to the design: the analysis with the failures and how its
// flows differ from the healthy design's. Computed on the analysis worker, read on the GUI thread.
struct WhatIfReport
{
    std::set<Id> failed;
    std::shared_ptr<const routing::Analysis> analysis; // with the failures
    routing::AnalysisDiff diff;                         // healthy -> failed
    std::vector<MovedFlow> moved;                       // diff.moved with their paths (traced)
};

// Analyses `design` with `failed` down and compares it with `healthy` (the design's analysis
// without failures). Runs two traces per moved flow, up to kMaxTracedMoves of them; the
// remaining moved flows carry empty paths.
WhatIfReport computeWhatIf(const Design &design, const routing::Analysis &healthy, const std::set<Id> &failed);
inline constexpr std::size_t kMaxTracedMoves = 500;

// The transit elements of a walked flow (see TransitPath).
TransitPath transitPath(const Design &design, const routing::FlowResult &flow);

} // namespace spokewise::views
