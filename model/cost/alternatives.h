#pragma once

// Alternatives: named variants of a design ("as is", "+ Route Server", "Virtual WAN") compared
// side by side — what each costs, per category and in total, and which flows each makes work.
//
// Variants are usually different files, so element ids mean nothing across them; endpoints are
// matched by NAME: "vnet/subnet" for a subnet, the element's name for an on-premises site or a
// P2S client group, "internet" for the Internet. A name used twice in one design gets the
// element's id appended ("name#id") so that it never matches by accident.

#include "cost/cost_model.h"
#include "design/design.h"
#include "routing/codes.h"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace spokewise::routing {
class Analysis;
}

namespace spokewise::cost {

// One variant to compare.
struct Alternative
{
    std::string name;                            // as the user named it (e.g. the file name)
    Design design;
    const routing::Analysis *analysis = nullptr; // of `design`, if the caller has one; else analysed here
};

// How many matrix cells (ordered endpoint pairs, an endpoint to itself excluded) have each verdict.
struct ReachabilitySummary
{
    int endpoints = 0;
    int reachable = 0;
    int unreachable = 0;
    int asymmetric = 0;
    int unsupportedConfig = 0;
    int indeterminate = 0;
    int pairs() const { return reachable + unreachable + asymmetric + unsupportedConfig + indeterminate; }
    friend bool operator==(const ReachabilitySummary &, const ReachabilitySummary &) = default;
};

// One alternative's side of the comparison.
struct AlternativeResult
{
    std::string name;
    CostEstimate estimate;                          // traffic priced along its own routed paths
    std::map<CostCategory, double> monthlyByCategory; // categories with priced lines only
    double monthlyTotal = 0;
    double yearlyTotal = 0;
    bool hasEstimates = false;                      // some line rests on an estimated price
    std::set<CostCategory> estimatedCategories;     // categories with a line at an estimated price
    int unpricedCount = 0;                          // items not in the total
    ReachabilitySummary reachability;
    // Findings by severity, indexed by routing::Severity (Info, Warning, Error, Unsupported).
    std::array<int, 4> findingsBySeverity{};
    int violatedIntents = 0;
};

// A pair's verdict in one alternative.
struct PairVerdict
{
    routing::Verdict verdict = routing::Verdict::Unreachable;
    routing::Reason reason = routing::Reason::NoRoute;
    routing::RuleRef rule = 0;
    friend bool operator==(const PairVerdict &, const PairVerdict &) = default;
};

// An endpoint pair (by name) whose verdict is not the same in every alternative that has it.
struct FlowDifference
{
    std::string source;
    std::string destination;
    std::vector<std::optional<PairVerdict>> verdicts; // one per alternative; nullopt: no such pair there
};

// The whole comparison; alternatives in the order given.
struct Comparison
{
    std::vector<AlternativeResult> alternatives;
    std::vector<FlowDifference> differences; // sorted by source then destination name
    std::string catalogDate;
    std::string currency;
    bool catalogOverridden = false;
    // Every category priced in at least one alternative, in CostCategory order.
    std::vector<CostCategory> categories() const;
};

// Prices and analyses each alternative (with the routing engine) and compares them.
// Never fails; what cannot be priced is counted in each result's unpriced items.
Comparison compareAlternatives(const std::vector<Alternative> &alternatives, const PriceCatalog &catalog,
                               const CostOptions &options = {});

// The name an endpoint of `design` is matched by across alternatives (see above).
std::string endpointMatchName(const Design &design, const Id &endpoint, bool internet);

} // namespace spokewise::cost
