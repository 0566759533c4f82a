// Route selection explained: the walker's own select() picks the winner; every other covering
// route is compared with it in the order RouteSet::finish() ranks routes (§1.4, §5.5).
#include "routing/route_choice.h"

#include "routing/data_plane.h"

#include <algorithm>

namespace spokewise::routing {

using detail::kNone;
using detail::Rt;

namespace {

// Why `r` lost to `w` (both valid, both covering the destination).
RouteCandidate compare(const Rt &r, const Rt &w, bool protectedCovers)
{
    RouteCandidate c{r.e, ChoiceStep::EqualCost, rule("§5.5")};
    const int rl = r.e.prefix.length();
    const int wl = w.e.prefix.length();
    if (protectedCovers && r.kindRank == 1 && !(rl == wl && r.kindRank == w.kindRank)) {
        c.step = ChoiceStep::ProtectedSystemRoute;
        c.rule = rule("§1.4");
    } else if (rl != wl) {
        c.step = rl < wl ? ChoiceStep::ShorterPrefix : ChoiceStep::ProtectedSystemRoute;
        c.rule = rule("§1.4");
    } else if (r.kindRank != w.kindRank) {
        c.step = ChoiceStep::OriginPreference;
        c.rule = rule("§1.4");
    } else if (r.er != w.er) {
        c.step = ChoiceStep::ExpressRouteOverVpn;
    } else if (r.e.localPreference != w.e.localPreference) {
        c.step = ChoiceStep::LocalPreference;
    } else if (r.e.weight != w.e.weight) {
        c.step = ChoiceStep::Weight;
    } else if (r.e.asPathLength != w.e.asPathLength) {
        c.step = ChoiceStep::AsPathLength;
    } else if (r.tk == w.tk && r.target == w.target && r.staticLng != w.staticLng && r.via != w.via) {
        c.step = ChoiceStep::UndocumentedTie;
        c.rule = rule("§10-I");
    }
    return c;
}

} // namespace

RouteChoice chooseRoute(const Analysis &analysis, const Id &holder, net::Ipv4Address destination)
{
    RouteChoice choice;
    if (!analysis.m_engine)
        return choice;
    const detail::Engine &e = *analysis.m_engine;
    const std::uint32_t dst = destination.value();

    std::vector<const Rt *> covering;
    const auto collect = [&](const detail::RouteSet &set, auto keep) {
        for (const Rt &r : set.routes) {
            if (r.e.prefix.contains(destination) && keep(r))
                covering.push_back(&r);
        }
    };
    const auto all = [](const Rt &) { return true; };
    detail::Selection sel;
    bool subnetSemantics = false;

    if (const auto it = e.subnetIndex.find(holder.str()); it != e.subnetIndex.end()) {
        const auto &t = e.tables[static_cast<std::size_t>(e.subnets[static_cast<std::size_t>(it->second)].table)];
        subnetSemantics = true;
        sel = detail::selectInTable(e, t, dst);
        // Virtual WAN hub routes are shared, not copied (§6.3): only a winning one is listed.
        collect(t.set, all);
        if (sel.route && std::find(covering.begin(), covering.end(), sel.route) == covering.end())
            covering.push_back(sel.route);
    } else {
        const int res = e.find(holder);
        if (res == kNone)
            return choice;
        const auto i = static_cast<std::size_t>(res);
        const detail::RouteSet *set = nullptr;
        if (e.resSpeaker[i] != kNone)
            set = &e.speakers[static_cast<std::size_t>(e.resSpeaker[i])].table;
        else if (e.resSite[i] != kNone)
            set = &e.sites[static_cast<std::size_t>(e.resSite[i])].routes;
        else if (e.resClient[i] != kNone)
            set = &e.clients[static_cast<std::size_t>(e.resClient[i])].routes;
        if (!set)
            return choice;
        sel = detail::select(*set, dst, false);
        collect(*set, all);
    }
    choice.holderKnown = true;
    if (sel.route) {
        choice.winner = sel.route->e;
        choice.candidates.push_back({sel.route->e, ChoiceStep::Winner, sel.route->e.rule});
    }
    // Longest prefix first, then in the order the selection ranks routes.
    std::stable_sort(covering.begin(), covering.end(),
                     [](const Rt *a, const Rt *b) { return a->e.prefix.length() > b->e.prefix.length(); });
    for (const Rt *r : covering) {
        if (r == sel.route)
            continue;
        if (!r->e.valid)
            choice.candidates.push_back({r->e, ChoiceStep::Invalid, r->e.invalidRule});
        else if (sel.route)
            choice.candidates.push_back(compare(*r, *sel.route, subnetSemantics && sel.protectedCovers));
    }
    return choice;
}

} // namespace spokewise::routing
