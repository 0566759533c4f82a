// Verdicts: combine a forward walk and its reply walk into reachable / unreachable / asymmetric /
// unsupported-config / indeterminate, with the deciding rules, elements and an obvious fix.

#include "routing/data_plane.h"

#include <algorithm>

namespace spokewise::routing::detail {

using net::Ipv4Address;

namespace {

void addRule(Decision &d, RuleRef r)
{
    if (r == 0 || d.ruleCount == d.rules.size())
        return;
    if (std::find(d.rules.begin(), d.rules.begin() + static_cast<long>(d.ruleCount), r)
        != d.rules.begin() + static_cast<long>(d.ruleCount))
        return;
    d.rules[d.ruleCount++] = r;
}

void addElement(Decision &d, int ref)
{
    if (ref == kNone || d.elementCount == d.elements.size())
        return;
    if (std::find(d.elements.begin(), d.elements.begin() + static_cast<long>(d.elementCount), ref)
        != d.elements.begin() + static_cast<long>(d.elementCount))
        return;
    d.elements[d.elementCount++] = ref;
}

bool inPool(const Engine &e, std::uint32_t a, int *speaker)
{
    touch(Dep::AllPools, 0);
    for (std::size_t i = 0; i < e.speakers.size(); ++i) {
        for (const Prefix &p : e.speakers[i].pool) {
            if (p.contains(Ipv4Address(a))) {
                *speaker = static_cast<int>(i);
                return true;
            }
        }
    }
    return false;
}

// Why a site has no route for an address: the Azure rule behind the missing advertisement.
void explainSite(const Engine &e, Decision &d, int site, std::uint32_t dst, bool withFix)
{
    const SiteNode &s = siteAt(e, site);
    bool circuit = false;
    bool bgpS2s = false;
    bool staticS2s = false;
    for (int c : s.connections) {
        if (resourceAt(e, c).as<CircuitSiteConnection>()) {
            circuit = true;
        } else if (const auto *s2s = resourceAt(e, c).as<SiteToSiteConnection>()) {
            const bool bgp = s2s->enableBgp && s.site->bgpAsn;
            bgpS2s = bgpS2s || bgp;
            staticS2s = staticS2s || !bgp;
        }
    }
    int speaker = kNone;
    if (inPool(e, dst, &speaker)) {
        if (circuit && !bgpS2s) {
            addRule(d, rule("R-ER-1"));
            addRule(d, rule("R-TR-2"));
        } else {
            addRule(d, rule("R-P2S-3"));
        }
        addElement(d, speakerAt(e, speaker).res);
        if (withFix && staticS2s && !circuit) {
            for (const Prefix &p : speakerAt(e, speaker).pool) {
                if (p.contains(Ipv4Address(dst)))
                    d.fix = {FixCode::AddOnPremisesRoute, {e.idOf(s.res).str(), e.idOf(s.connections.front()).str(), p.toString()}};
            }
        }
        return;
    }
    if (const int vi = e.vnetContaining(Ipv4Address(dst)); vi != kNone) {
        const VnetNode &v = vnetAt(e, vi);
        addElement(d, v.res);
        if (v.hub != kNone) {
            // A Virtual WAN spoke: the branches' hub route table does not hold it (§6.3).
            addElement(d, speakerAt(e, v.hub).res);
            addRule(d, rule("§6.3"));
        } else if (v.gatewayVnet == kNone) {
            addRule(d, rule("R-PEER-7"));
            if (withFix) {
                for (int li : v.links) {
                    const PeerLink &l = linkAt(e, li);
                    const VnetNode &peer = vnetAt(e, l.peer);
                    if (!l.connected || (peer.vpnGw == kNone && peer.erGw == kNone))
                        continue;
                    if (!l.peerSide->allowGatewayTransit)
                        d.fix = {FixCode::EnableAllowGatewayTransit, {e.idOf(l.peering).str(), e.idOf(peer.res).str()}};
                    else
                        d.fix = {FixCode::EnableUseRemoteGateways, {e.idOf(l.peering).str(), e.idOf(v.res).str()}};
                    break;
                }
            }
        } else if (staticS2s) {
            addRule(d, rule("R-PEER-10"));
        } else {
            addRule(d, rule("R-PEER-7"));
        }
        return;
    }
    touch(Dep::AllSites, 0);
    for (const SiteNode &o : e.sites) {
        for (const Prefix &p : o.site->addressPrefixes) {
            if (!p.contains(Ipv4Address(dst)))
                continue;
            addElement(d, o.res);
            const bool otherCircuit = std::any_of(o.connections.begin(), o.connections.end(), [&](int c) {
                return resourceAt(e, c).as<CircuitSiteConnection>() != nullptr;
            });
            if (circuit && otherCircuit)
                addRule(d, rule("R-TR-3"));
            else if (circuit || otherCircuit)
                addRule(d, rule("R-TR-1"));
            else
                addRule(d, rule("§3.3"));
            return;
        }
    }
    addRule(d, rule("§3.3"));
}

void absorbWalk(const Engine &e, Decision &d, const WalkOut &w, std::uint32_t dst, bool withFix)
{
    // The Azure rule behind a site's missing route is more telling than "the site has no route".
    const std::size_t before = d.ruleCount;
    if (w.reason == Reason::NoRoute && w.stuckAtSite != kNone)
        explainSite(e, d, w.stuckAtSite, dst, withFix);
    if (d.ruleCount == before)
        addRule(d, w.rule);
    for (std::size_t i = 0; i < w.extraRuleCount; ++i)
        addRule(d, w.extraRules[i]);
    for (std::size_t i = 0; i < w.elementCount; ++i)
        addElement(d, w.elements[i]);
}

// The prefix a client would add by hand to reach an endpoint: the VNet range or site prefix.
std::vector<Prefix> destinationPrefixes(const Engine &e, int endpoint)
{
    const Ipv4Address a = e.endpointAddress[static_cast<std::size_t>(endpoint)];
    if (const int vi = e.vnetContaining(a); vi != kNone) {
        for (const Prefix &p : vnetAt(e, vi).vnet->addressPrefixes)
            if (p.contains(a))
                return {p};
    }
    touch(Dep::AllSites, 0);
    for (const SiteNode &s : e.sites) {
        for (const Prefix &p : s.site->addressPrefixes)
            if (p.contains(a))
                return {p};
    }
    return {};
}

Verdict verdictFor(Reason r)
{
    switch (r) {
    case Reason::UnsupportedTopology:
    case Reason::P2sExpressRouteTransit:
        return Verdict::UnsupportedConfig;
    case Reason::UndocumentedTieBreak:
    case Reason::StaleClientProfile:
        return Verdict::Indeterminate;
    default:
        return Verdict::Unreachable;
    }
}

} // namespace

Decision decide(const Engine &e, int from, int to, const WalkOut &f, const WalkOut *b, bool withFix)
{
    Decision d;
    const Endpoint &src = e.endpoints[static_cast<std::size_t>(from)];
    const std::uint32_t srcAddr = e.endpointAddress[static_cast<std::size_t>(from)].value();
    const std::uint32_t dstAddr = to >= 0 ? e.endpointAddress[static_cast<std::size_t>(to)].value() : 0;
    if (src.internet) {
        d.reason = Reason::NoInboundFromInternet;
        return d;
    }
    // §10-I: the walk took one of two routes whose order Microsoft does not document.
    if (f.undocumentedTie || (f.reason == Reason::Delivered && b && b->undocumentedTie)) {
        d.verdict = Verdict::Indeterminate;
        d.reason = Reason::UndocumentedTieBreak;
        addRule(d, rule("§10-I"));
        return d;
    }
    if (f.reason != Reason::Delivered) {
        d.reason = f.reason;
        d.verdict = verdictFor(f.reason);
        absorbWalk(e, d, f, dstAddr, withFix);
        if (f.reason == Reason::ClientRouteMissing && to >= 0) {
            // Would a route added by hand help? Walk as if the client had one.
            Walker hf(e, e.endpointAddress[static_cast<std::size_t>(from)], e.endpointAddress[static_cast<std::size_t>(to)],
                      false, nullptr);
            hf.setNeutral();
            hf.assumeClientRoute();
            hf.setExpectedEndpoint(to);
            hf.fromEndpoint(from);
            std::optional<WalkOut> hb;
            if (hf.out().reason == Reason::Delivered && hf.out().deliveredEndpoint == to
                && !e.endpoints[static_cast<std::size_t>(to)].internet)
                hb = neutralWalk(e, to, from);
            Decision h = decide(e, from, to, hf.out(), hb ? &*hb : nullptr, false);
            const RuleRef missing = d.rules[0];
            if (h.verdict == Verdict::Reachable) {
                if (withFix) {
                    for (const Prefix &p : destinationPrefixes(e, to))
                        d.fix = {FixCode::AddClientRoute, {src.id.str(), p.toString()}};
                }
            } else {
                // The deeper reason comes first; the missing client route is only the first symptom.
                Decision merged;
                merged.verdict = d.verdict;
                merged.reason = d.reason;
                const int ci = e.resClient[static_cast<std::size_t>(e.find(src.id))];
                const Speaker &s = speakerAt(e, clientAt(e, ci).speaker);
                if (hf.out().reason != Reason::Delivered && s.kind != SpeakerKind::Hub) {
                    // Not even the gateway side knows the destination: no transit.
                    const int vi = e.vnetContaining(Ipv4Address(dstAddr));
                    const bool inVnet = vi != kNone;
                    if (inVnet)
                        addRule(merged, vnetAt(e, vi).vpnGw != kNone ? rule("R-VPN-3") : rule("R-PEER-1"));
                    if (!inVnet && !s.v2v.empty())
                        addRule(merged, rule("R-VPN-7"));
                }
                for (std::size_t i = 0; i < h.ruleCount; ++i)
                    addRule(merged, h.rules[i]);
                addRule(merged, missing);
                for (std::size_t i = 0; i < d.elementCount; ++i)
                    addElement(merged, d.elements[i]);
                for (std::size_t i = 0; i < h.elementCount; ++i)
                    addElement(merged, h.elements[i]);
                d = merged;
            }
        }
        if (f.reason == Reason::ForwardedTrafficBlocked && withFix && f.elementCount >= 2)
            d.fix = {FixCode::EnableAllowForwardedTraffic, {e.idOf(f.elements[0]).str(), e.idOf(f.elements[1]).str()}};
        if (f.reason == Reason::ApplianceNoForwarding && withFix && f.elementCount >= 1)
            d.fix = {FixCode::EnableIpForwarding, {e.idOf(f.elements[0]).str()}};
        if (f.touchedClient && f.touchedCircuit)
            addRule(d, rule("R-TR-2"));
        return d;
    }
    if (f.softReason != Reason::Delivered) {
        d.reason = f.softReason;
        addRule(d, f.softRule);
        addElement(d, f.softElement);
        return d;
    }
    if (to >= 0 && f.deliveredEndpoint != to) {
        d.reason = Reason::DeliveredElsewhere;
        addRule(d, rule("§1.4"));
        if (f.deliveredEndpoint >= 0)
            addElement(d, e.find(e.endpoints[static_cast<std::size_t>(f.deliveredEndpoint)].id));
        return d;
    }
    const bool toInternet = to >= 0 && e.endpoints[static_cast<std::size_t>(to)].internet;
    if (b && !toInternet) {
        if (b->reason != Reason::Delivered || b->deliveredEndpoint != from) {
            d.direction = Direction::Return;
            d.reason = b->reason == Reason::Delivered ? Reason::DeliveredElsewhere : b->reason;
            d.verdict = verdictFor(d.reason);
            absorbWalk(e, d, *b, srcAddr, withFix);
            if (src.kind == ResourceKind::P2sClientGroup)
                addRule(d, rule("R-P2S-3"));
            if ((f.touchedClient || b->touchedClient) && (f.touchedCircuit || b->touchedCircuit))
                addRule(d, rule("R-TR-2"));
            return d;
        }
        // §7.4: every stateful device must see both directions.
        bool asymmetric = false;
        for (std::size_t i = 0; i < f.statefulCount; ++i) {
            const int a = f.stateful[i];
            if (std::find(b->stateful.begin(), b->stateful.begin() + static_cast<long>(b->statefulCount), a)
                == b->stateful.begin() + static_cast<long>(b->statefulCount)) {
                asymmetric = true;
                addElement(d, applianceAt(e, a).res);
            }
        }
        for (std::size_t i = 0; i < b->statefulCount; ++i) {
            const int a = b->stateful[i];
            if (std::find(f.stateful.begin(), f.stateful.begin() + static_cast<long>(f.statefulCount), a)
                == f.stateful.begin() + static_cast<long>(f.statefulCount)) {
                asymmetric = true;
                addElement(d, applianceAt(e, a).res);
            }
        }
        if (asymmetric) {
            d.verdict = Verdict::Asymmetric;
            d.reason = Reason::StatefulAsymmetry;
            addRule(d, rule("§7.4"));
            addRule(d, rule("R-FW-6"));
            return d;
        }
    }
    const bool p2sEr = !f.throughHub && ((f.touchedClient && f.touchedCircuit) || (b && b->touchedClient && b->touchedCircuit));
    if (p2sEr) {
        if (e.design.assumptions.p2sExpressRouteTransitViaRouteServer == P2sExpressRouteTransit::Unsupported) {
            d.verdict = Verdict::UnsupportedConfig;
            d.reason = Reason::P2sExpressRouteTransit;
            addRule(d, rule("R-ARS-1"));
            addRule(d, rule("§10-B"));
            touch(Dep::AllVnets, 0);
            for (const VnetNode &v : e.vnets) {
                if (v.routeServer != kNone && v.vpnGw != kNone && v.erGw != kNone)
                    addElement(d, v.routeServer);
            }
            return d;
        }
        d.empiricalP2sEr = true;
        addRule(d, rule("R-ARS-1"));
    }
    if (f.staleRoute) {
        d.verdict = Verdict::Indeterminate;
        d.reason = Reason::StaleClientProfile;
        addRule(d, rule("R-PEER-8"));
        addRule(d, rule("§4.5"));
        addElement(d, e.find(src.id));
        if (withFix)
            d.fix = {FixCode::RedownloadClientProfile, {src.id.str()}};
        return d;
    }
    d.verdict = Verdict::Reachable;
    d.reason = Reason::Delivered;
    d.lenientForwarding = f.usedLenientForwarding || (b && b->usedLenientForwarding);
    if (d.lenientForwarding)
        addRule(d, rule("§10-D"));
    return d;
}

WalkOut neutralWalk(const Engine &e, int from, int to)
{
    Walker w(e, e.endpointAddress[static_cast<std::size_t>(from)], e.endpointAddress[static_cast<std::size_t>(to)],
             false, nullptr);
    w.setNeutral();
    w.setExpectedEndpoint(to);
    w.fromEndpoint(from);
    return w.out();
}

FlowResult Engine::traceFlow(int from, int to, net::Ipv4Address dst, bool detailed) const
{
    FlowResult res;
    res.source = endpoints[static_cast<std::size_t>(from)].id;
    if (to >= 0)
        res.destination = endpoints[static_cast<std::size_t>(to)].id;
    res.sourceAddress = endpointAddress[static_cast<std::size_t>(from)];
    res.destinationAddress = dst;
    Walker fw(*this, res.sourceAddress, dst, false, detailed ? &res.forward : nullptr);
    fw.setExpectedEndpoint(to);
    fw.fromEndpoint(from);
    const WalkOut &f = fw.out();
    const auto fillWalk = [&](Walk &w, const WalkOut &o) {
        w.reason = o.reason;
        w.rule = o.rule;
        for (std::size_t i = 0; i < o.elementCount; ++i)
            w.elements.push_back(refId(*this, o.elements[i]));
    };
    fillWalk(res.forward, f);
    const int delivered = f.deliveredEndpoint;
    // An address destination: the flow is towards whichever endpoint holds it.
    const int target = to >= 0 ? to : delivered;
    std::optional<WalkOut> back;
    const bool internet = target >= 0 && endpoints[static_cast<std::size_t>(target)].internet;
    if (f.reason == Reason::Delivered && delivered >= 0 && delivered == target && !internet) {
        Walker bw(*this, dst, res.sourceAddress, true, detailed ? &res.back : nullptr);
        bw.setExpectedEndpoint(from);
        bw.fromEndpoint(delivered);
        back = bw.out();
        fillWalk(res.back, *back);
    }
    Decision d = decide(*this, from, target, f, back ? &*back : nullptr, true);
    if (to < 0 && target < 0 && f.reason == Reason::Delivered) {
        d.verdict = Verdict::Reachable; // delivered to an address that is no endpoint (no reply walk)
        d.reason = Reason::Delivered;
    }
    res.verdict = d.verdict;
    res.reason = d.reason;
    res.decidedBy = d.direction;
    for (std::size_t i = 0; i < d.ruleCount; ++i)
        res.rules.push_back(d.rules[i]);
    for (std::size_t i = 0; i < d.elementCount; ++i)
        res.elements.push_back(refId(*this, d.elements[i]));
    if (d.lenientForwarding)
        res.assumptions.push_back("forwardedTrafficEnforcement");
    if (d.empiricalP2sEr || d.reason == Reason::P2sExpressRouteTransit)
        res.assumptions.push_back("p2sExpressRouteTransitViaRouteServer");
    if (d.reason == Reason::ForwardedTrafficBlocked || d.reason == Reason::PeeringAccessBlocked) {
        res.assumptions.push_back("peeringFlagDirection");
        if (d.reason == Reason::ForwardedTrafficBlocked)
            res.assumptions.push_back("forwardedTrafficEnforcement");
    }
    res.fix = d.fix;
    return res;
}

} // namespace spokewise::routing::detail
