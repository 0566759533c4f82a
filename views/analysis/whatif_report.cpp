#include "analysis/whatif_report.h"

#include <algorithm>

namespace spokewise::views {

namespace {

// Resources that carry traffic between holders without being a hop of the walk themselves.
bool isCarrier(const Design &design, const Id &id)
{
    const Resource *r = design.find(id);
    if (!r)
        return false;
    switch (r->kind()) {
    case ResourceKind::ExpressRouteCircuit:
    case ResourceKind::SiteToSiteConnection:
    case ResourceKind::VnetToVnetConnection:
    case ResourceKind::ExpressRouteConnection:
    case ResourceKind::GlobalReachConnection:
    case ResourceKind::VirtualNetworkPeering:
    case ResourceKind::VirtualHubConnection:
        return true;
    default:
        return false;
    }
}

} // namespace

TransitPath transitPath(const Design &design, const routing::FlowResult &flow)
{
    TransitPath path;
    const auto add = [&](const Id &id) {
        if (id.str().empty() || id == flow.source || id == flow.destination)
            return;
        if (std::find(path.begin(), path.end(), id) == path.end())
            path.push_back(id);
    };
    const auto &hops = flow.forward.hops;
    for (std::size_t i = 0; i < hops.size(); ++i) {
        if (i > 0 && i + 1 < hops.size())
            add(hops[i].element);
        if (hops[i].route && isCarrier(design, hops[i].route->nextHopElement))
            add(hops[i].route->nextHopElement);
    }
    return path;
}

WhatIfReport computeWhatIf(const Design &design, const routing::Analysis &healthy, const std::set<Id> &failed)
{
    WhatIfReport report;
    report.failed = failed;
    routing::AnalyzeOptions options;
    options.failed = failed;
    report.analysis = std::make_shared<const routing::Analysis>(routing::analyze(design, options));
    report.diff = routing::diff(healthy, *report.analysis);
    report.moved.reserve(report.diff.moved.size());
    for (const routing::FlowChange &c : report.diff.moved) {
        MovedFlow m{c, {}, {}};
        if (report.moved.size() < kMaxTracedMoves) {
            m.before = transitPath(design, healthy.trace(c.source, c.destination));
            m.after = transitPath(design, report.analysis->trace(c.source, c.destination));
        }
        report.moved.push_back(std::move(m));
    }
    return report;
}

} // namespace spokewise::views
