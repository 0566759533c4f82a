// Alternatives compared side by side: cost from the cost model, flows from the routing engine.

#include "cost/alternatives.h"

#include "cost/traffic_routing.h"
#include "routing/analysis.h"

#include <algorithm>
#include <set>

namespace spokewise::cost {

namespace {

// The display name of an endpoint before disambiguation.
std::string plainName(const Design &design, const Id &endpoint, bool internet)
{
    if (internet)
        return std::string(kInternetEndpointId);
    if (const auto ref = design.findSubnet(endpoint); ref.subnet)
        return ref.virtualNetwork->name + "/" + ref.subnet->name;
    if (const Resource *r = design.find(endpoint))
        return r->name.empty() ? r->id.str() : r->name;
    return endpoint.str();
}

// Matching names of all endpoints of one analysis, by endpoint index.
std::vector<std::string> matchNames(const Design &design, const routing::Analysis &analysis)
{
    const auto &endpoints = analysis.endpoints();
    std::vector<std::string> names;
    names.reserve(endpoints.size());
    std::map<std::string, int> uses;
    for (const auto &ep : endpoints) {
        names.push_back(plainName(design, ep.id, ep.internet));
        ++uses[names.back()];
    }
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (uses[names[i]] > 1)
            names[i] += "#" + endpoints[i].id.str();
    }
    return names;
}

void count(ReachabilitySummary &s, routing::Verdict v)
{
    switch (v) {
    case routing::Verdict::Reachable: ++s.reachable; return;
    case routing::Verdict::Unreachable: ++s.unreachable; return;
    case routing::Verdict::Asymmetric: ++s.asymmetric; return;
    case routing::Verdict::UnsupportedConfig: ++s.unsupportedConfig; return;
    case routing::Verdict::Indeterminate: ++s.indeterminate; return;
    }
}

using PairKey = std::pair<std::string, std::string>;

} // namespace

std::string endpointMatchName(const Design &design, const Id &endpoint, bool internet)
{
    const std::string name = plainName(design, endpoint, internet);
    if (internet)
        return name;
    // Another endpoint-like element with the same name makes this one ambiguous.
    int uses = 0;
    for (const Resource &r : design.resources) {
        if (const auto *vnet = r.as<VirtualNetwork>()) {
            for (const Subnet &s : vnet->subnets)
                uses += r.name + "/" + s.name == name;
        } else if (r.as<OnPremisesSite>() || r.as<P2sClientGroup>()) {
            uses += r.name == name;
        }
    }
    return uses > 1 ? name + "#" + endpoint.str() : name;
}

std::vector<CostCategory> Comparison::categories() const
{
    std::set<CostCategory> seen;
    for (const auto &a : alternatives) {
        for (const auto &[category, monthly] : a.monthlyByCategory)
            seen.insert(category);
    }
    return {seen.begin(), seen.end()};
}

Comparison compareAlternatives(const std::vector<Alternative> &alternatives, const PriceCatalog &catalog,
                               const CostOptions &options)
{
    Comparison out;
    out.catalogDate = catalog.date;
    out.currency = catalog.currency;
    out.catalogOverridden = catalog.hasOverrides();
    // Each alternative's verdict per named pair.
    std::vector<std::map<PairKey, PairVerdict>> verdicts(alternatives.size());
    for (std::size_t a = 0; a < alternatives.size(); ++a) {
        const Alternative &alt = alternatives[a];
        routing::Analysis own;
        if (!alt.analysis)
            own = routing::analyze(alt.design);
        const routing::Analysis &analysis = alt.analysis ? *alt.analysis : own;

        AlternativeResult r;
        r.name = alt.name;
        r.estimate = estimateWithRouting(alt.design, catalog, &analysis, options);
        r.monthlyByCategory = r.estimate.monthlyByCategory();
        r.monthlyTotal = r.estimate.monthlyTotal();
        r.yearlyTotal = r.estimate.yearlyTotal();
        r.hasEstimates = r.estimate.hasEstimates();
        for (const CostLine &line : r.estimate.lines) {
            if (line.isEstimate())
                r.estimatedCategories.insert(line.category);
        }
        r.unpricedCount = static_cast<int>(r.estimate.unpriced.size());

        const auto names = matchNames(alt.design, analysis);
        const int n = static_cast<int>(names.size());
        r.reachability.endpoints = n;
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                if (i == j)
                    continue;
                const routing::MatrixCell cell = analysis.cell(i, j);
                count(r.reachability, cell.verdict);
                verdicts[a][{names[static_cast<std::size_t>(i)], names[static_cast<std::size_t>(j)]}] =
                        PairVerdict{cell.verdict, cell.reason, cell.rule};
            }
        }
        for (const routing::Finding &f : analysis.findings())
            ++r.findingsBySeverity[static_cast<std::size_t>(f.severity)];
        r.violatedIntents = static_cast<int>(std::count_if(analysis.intents().begin(), analysis.intents().end(),
                                                           [](const routing::IntentResult &i) { return !i.satisfied; }));
        out.alternatives.push_back(std::move(r));
    }

    // Pairs present in at least two alternatives whose verdicts are not all the same.
    std::set<PairKey> keys;
    for (const auto &m : verdicts) {
        for (const auto &[key, v] : m)
            keys.insert(key);
    }
    for (const PairKey &key : keys) {
        FlowDifference d{key.first, key.second, {}};
        int present = 0;
        bool differs = false;
        std::optional<routing::Verdict> first;
        for (const auto &m : verdicts) {
            const auto it = m.find(key);
            if (it == m.end()) {
                d.verdicts.push_back(std::nullopt);
                continue;
            }
            ++present;
            d.verdicts.push_back(it->second);
            if (!first)
                first = it->second.verdict;
            else if (*first != it->second.verdict)
                differs = true;
        }
        if (present >= 2 && differs)
            out.differences.push_back(std::move(d));
    }
    return out;
}

} // namespace spokewise::cost
