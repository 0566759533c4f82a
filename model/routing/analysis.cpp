// The public face of the engine: analyze(), the views of an Analysis and trace().

#include "routing/data_plane.h"

#include <algorithm>
#include <tuple>

namespace spokewise::routing {

using detail::Engine;
using detail::kNone;

namespace {

std::shared_ptr<Engine> run(const Design &design, const AnalyzeOptions &options, bool keepDeps, const Engine *previous)
{
    auto engine = std::make_shared<Engine>();
    engine->design = design;
    engine->failedIds = options.failed;
    engine->keepDeps = keepDeps;
    engine->build();
    if (options.matrix)
        engine->computeMatrix(std::max(1, options.threads), previous);
    engine->computeFindings();
    return engine;
}

} // namespace

Analysis analyze(const Design &design, const AnalyzeOptions &options)
{
    Analysis a;
    a.m_engine = run(design, options, options.keepDependencies, nullptr);
    return a;
}

Analysis reanalyze(const Analysis &previous, const Design &design, const AnalyzeOptions &options)
{
    Analysis a;
    a.m_engine = run(design, options, true, previous.m_engine.get());
    return a;
}

MatrixStats Analysis::matrixStats() const
{
    return m_engine ? m_engine->matrixStats : MatrixStats{};
}

namespace {

const std::vector<Endpoint> kNoEndpoints;
const std::vector<Finding> kNoFindings;
const std::vector<IntentResult> kNoIntents;
const Assumptions kDefaultAssumptions;
const std::set<Id> kNoFailures;

RouteTableView view(const Id &holder, const detail::RouteSet &set)
{
    RouteTableView v;
    v.holder = holder;
    for (const detail::Rt &r : set.routes)
        v.routes.push_back(r.e);
    std::stable_sort(v.routes.begin(), v.routes.end(), [](const RouteEntry &a, const RouteEntry &b) {
        if (a.prefix.first() != b.prefix.first())
            return a.prefix.first() < b.prefix.first();
        if (a.prefix.length() != b.prefix.length())
            return a.prefix.length() < b.prefix.length();
        return a.origin < b.origin;
    });
    return v;
}

} // namespace

const std::vector<Endpoint> &Analysis::endpoints() const
{
    return m_engine ? m_engine->endpoints : kNoEndpoints;
}

int Analysis::endpointIndex(const Id &id) const
{
    if (!m_engine)
        return -1;
    const auto it = m_engine->endpointIndex.find(id.str());
    return it == m_engine->endpointIndex.end() ? -1 : it->second;
}

bool Analysis::hasMatrix() const
{
    return m_engine && m_engine->matrixComputed;
}

MatrixCell Analysis::cell(int from, int to) const
{
    if (!m_engine || from < 0 || to < 0 || from >= static_cast<int>(m_engine->endpoints.size())
        || to >= static_cast<int>(m_engine->endpoints.size()))
        return MatrixCell{Verdict::Unreachable, Reason::EndpointDown, 0, 0};
    const Engine &e = *m_engine;
    if (from == to) {
        MatrixCell c;
        c.verdict = Verdict::Reachable;
        c.reason = Reason::Delivered;
        return c;
    }
    if (!e.matrixComputed) {
        // No matrix (AnalyzeOptions::matrix = false): walk this one pair.
        const FlowResult f = e.traceFlow(from, to, e.endpointAddress[static_cast<std::size_t>(to)], false);
        MatrixCell c;
        c.verdict = f.verdict;
        c.reason = f.reason;
        c.rule = f.rules.empty() ? 0 : f.rules.front();
        return c;
    }
    const auto cf = static_cast<std::size_t>(e.endpointClass[static_cast<std::size_t>(from)]);
    const auto ct = static_cast<std::size_t>(e.endpointClass[static_cast<std::size_t>(to)]);
    return e.classCells[cf * static_cast<std::size_t>(e.classCount) + ct];
}

std::optional<RouteTableView> Analysis::effectiveRoutes(const Id &subnet) const
{
    if (!m_engine)
        return std::nullopt;
    const auto it = m_engine->subnetIndex.find(subnet.str());
    if (it == m_engine->subnetIndex.end())
        return std::nullopt;
    const auto &sn = m_engine->subnets[static_cast<std::size_t>(it->second)];
    const auto &t = m_engine->tables[static_cast<std::size_t>(sn.table)];
    RouteTableView v = view(subnet, t.set);
    if (const detail::RouteSet *facing = detail::hubFacing(*m_engine, t)) {
        // Shared Virtual WAN hub routes of the associated table, without the VNet's own ranges.
        const auto &hub = m_engine->speakers[static_cast<std::size_t>(t.hub)];
        const auto &table = hub.hubTables[static_cast<std::size_t>(t.hubTable)];
        for (const detail::Rt &r : facing->routes) {
            const auto &rib = table.rib[static_cast<std::size_t>(r.aux)];
            if (rib.egress == detail::Egress::Local && rib.target == t.vnet)
                continue;
            v.routes.push_back(r.e);
        }
        std::stable_sort(v.routes.begin(), v.routes.end(), [](const RouteEntry &a, const RouteEntry &b) {
            return std::tie(a.prefix, a.origin) < std::tie(b.prefix, b.origin);
        });
    }
    return v;
}

std::optional<RouteTableView> Analysis::gatewayRoutes(const Id &gatewayOrHub) const
{
    if (!m_engine)
        return std::nullopt;
    const int r = m_engine->find(gatewayOrHub);
    if (r == kNone || m_engine->resSpeaker[static_cast<std::size_t>(r)] == kNone)
        return std::nullopt;
    const auto &s = m_engine->speakers[static_cast<std::size_t>(m_engine->resSpeaker[static_cast<std::size_t>(r)])];
    if (s.kind != detail::SpeakerKind::Hub)
        return view(gatewayOrHub, s.table);
    // A Virtual WAN hub: the routes of each of its tables, each entry naming its table (§6.3);
    // noneRouteTable never holds a route.
    RouteTableView v;
    v.holder = gatewayOrHub;
    for (const auto &t : s.hubTables) {
        const RouteTableView tv = view(gatewayOrHub, t.table);
        v.routes.insert(v.routes.end(), tv.routes.begin(), tv.routes.end());
    }
    return v;
}

std::optional<RouteTableView> Analysis::advertisedRoutes(const Id &connection) const
{
    if (!m_engine)
        return std::nullopt;
    const int r = m_engine->find(connection);
    if (r == kNone)
        return std::nullopt;
    const auto &res = m_engine->resource(r);
    if (!res.as<SiteToSiteConnection>() && !res.as<ExpressRouteConnection>())
        return std::nullopt;
    RouteTableView v;
    v.holder = connection;
    for (const auto &a : m_engine->advertised[static_cast<std::size_t>(r)]) {
        RouteEntry e;
        e.prefix = a.prefix;
        e.origin = a.origin;
        e.nextHop = NextHop::Connection;
        e.nextHopElement = connection;
        e.rule = a.rule;
        e.asPathLength = a.asPath;
        if (a.origin_res != kNone)
            e.elements.push_back(m_engine->idOf(a.origin_res));
        v.routes.push_back(std::move(e));
    }
    std::stable_sort(v.routes.begin(), v.routes.end(),
                     [](const RouteEntry &a, const RouteEntry &b) { return a.prefix < b.prefix; });
    return v;
}

std::optional<RouteTableView> Analysis::siteRoutes(const Id &site) const
{
    if (!m_engine)
        return std::nullopt;
    const int r = m_engine->find(site);
    if (r == kNone || m_engine->resSite[static_cast<std::size_t>(r)] == kNone)
        return std::nullopt;
    return view(site, m_engine->sites[static_cast<std::size_t>(m_engine->resSite[static_cast<std::size_t>(r)])].routes);
}

std::optional<RouteTableView> Analysis::clientRoutes(const Id &group) const
{
    if (!m_engine)
        return std::nullopt;
    const int r = m_engine->find(group);
    if (r == kNone || m_engine->resClient[static_cast<std::size_t>(r)] == kNone)
        return std::nullopt;
    return view(group, m_engine->clients[static_cast<std::size_t>(m_engine->resClient[static_cast<std::size_t>(r)])].routes);
}

std::optional<RouteTableView> Analysis::routesAt(const Id &element) const
{
    if (auto v = effectiveRoutes(element))
        return v;
    if (auto v = gatewayRoutes(element))
        return v;
    if (auto v = siteRoutes(element))
        return v;
    if (auto v = clientRoutes(element))
        return v;
    return advertisedRoutes(element);
}

FlowResult Analysis::trace(const Id &from, const Id &to) const
{
    FlowResult res;
    res.source = from;
    res.destination = to;
    const int f = endpointIndex(from);
    const int t = endpointIndex(to);
    if (f < 0 || t < 0) {
        res.reason = Reason::EndpointDown;
        res.elements.push_back(f < 0 ? from : to);
        return res;
    }
    return m_engine->traceFlow(f, t, m_engine->endpointAddress[static_cast<std::size_t>(t)], true);
}

FlowResult Analysis::trace(const Id &from, net::Ipv4Address to) const
{
    const int f = endpointIndex(from);
    if (f < 0) {
        FlowResult res;
        res.source = from;
        res.destinationAddress = to;
        res.reason = Reason::EndpointDown;
        res.elements.push_back(from);
        return res;
    }
    return m_engine->traceFlow(f, -1, to, true);
}

const std::vector<Finding> &Analysis::findings() const
{
    return m_engine ? m_engine->findings : kNoFindings;
}

const std::vector<IntentResult> &Analysis::intents() const
{
    return m_engine ? m_engine->intents : kNoIntents;
}

const Assumptions &Analysis::assumptions() const
{
    return m_engine ? m_engine->design.assumptions : kDefaultAssumptions;
}

const std::set<Id> &Analysis::failed() const
{
    return m_engine ? m_engine->failedIds : kNoFailures;
}

bool Analysis::hasErrors() const
{
    if (!m_engine)
        return false;
    const bool errorFinding = std::any_of(m_engine->findings.begin(), m_engine->findings.end(), [](const Finding &f) {
        return f.severity == Severity::Error || f.severity == Severity::Unsupported;
    });
    const bool violated = std::any_of(m_engine->intents.begin(), m_engine->intents.end(),
                                      [](const IntentResult &i) { return !i.satisfied; });
    return errorFinding || violated;
}

AnalysisDiff diff(const Analysis &before, const Analysis &after)
{
    AnalysisDiff d;
    if (!before.hasMatrix() || !after.hasMatrix())
        return d;
    const auto &eps = before.endpoints();
    for (std::size_t i = 0; i < eps.size(); ++i) {
        const int ai = after.endpointIndex(eps[i].id);
        for (std::size_t j = 0; j < eps.size(); ++j) {
            if (i == j)
                continue;
            const int aj = after.endpointIndex(eps[j].id);
            FlowChange c;
            c.source = eps[i].id;
            c.destination = eps[j].id;
            c.before = before.cell(static_cast<int>(i), static_cast<int>(j));
            if (ai < 0 || aj < 0) {
                c.after.verdict = Verdict::Unreachable;
                c.after.reason = Reason::EndpointDown;
            } else {
                c.after = after.cell(ai, aj);
            }
            if (c.lost())
                d.lost.push_back(c);
            else if (c.gained())
                d.gained.push_back(c);
            else if (c.before.verdict != c.after.verdict)
                d.changed.push_back(c);
            else if (c.moved() && c.before.verdict == Verdict::Reachable)
                d.moved.push_back(c);
        }
    }
    return d;
}

} // namespace spokewise::routing
