// Data plane: route selection (§1.4, §5.5) and the hop-by-hop walk of one packet, forward and back.

#include "routing/data_plane.h"

#include <algorithm>

namespace spokewise::routing::detail {

using net::Ipv4Address;

Selection select(const RouteSet &set, std::uint32_t dst, bool subnetSemantics)
{
    // One pass collects the covering prefixes (longest first); §1.4 step 2 needs to know whether a
    // VnetLocal/VNetPeering route covers the destination before any gateway route may win.
    std::array<std::pair<std::uint32_t, std::uint32_t>, 33> spans;
    std::size_t count = 0;
    bool protectedCovers = false;
    set.lpm.forEachSpan(dst, [&](const Lpm::Span &s) {
        spans[count++] = {s.begin, s.end};
        protectedCovers = protectedCovers || (subnetSemantics && (s.flags & 1u));
        return true;
    });
    Selection sel;
    sel.protectedCovers = protectedCovers;
    for (std::size_t k = 0; k < count && sel.index == kNone; ++k) {
        for (std::uint32_t i = spans[k].first; i < spans[k].second; ++i) {
            const Rt &r = set.routes[i];
            if (!r.e.valid || (protectedCovers && r.kindRank == 1))
                continue;
            if (sel.index == kNone) {
                sel.index = static_cast<int>(i);
                continue;
            }
            const Rt &best = set.routes[static_cast<std::size_t>(sel.index)];
            sel.contested = true;
            if (r.kindRank == best.kindRank && r.tk == best.tk && r.target == best.target && r.staticLng != best.staticLng
                && r.via != best.via) {
                sel.tie = true; // §10-I: static LNG vs identical BGP prefix on one gateway (AS paths not comparable)
            } else if (r.kindRank == best.kindRank && r.pref == best.pref && r.er == best.er
                       && r.e.localPreference == best.e.localPreference
                       && r.e.weight == best.e.weight && r.e.asPathLength == best.e.asPathLength
                       && (r.tk != best.tk || r.target != best.target || r.aux != best.aux)) {
                sel.ecmp = true;
            }
            break;
        }
    }
    if (sel.index != kNone)
        sel.route = &set.routes[static_cast<std::size_t>(sel.index)];
    return sel;
}

Selection selectInTable(const Engine &e, const SubnetTable &t, std::uint32_t dst)
{
    Selection local = select(t.set, dst, true);
    if (t.hub != kNone)
        touch(Dep::Speaker, t.hub); // the hub routes it shares
    const RouteSet *hub = hubFacing(e, t);
    if (!hub || local.protectedCovers)
        return local;
    const Selection fromHub = select(*hub, dst, false);
    if (!fromHub.route)
        return local;
    if (!local.route)
        return fromHub;
    const int ll = local.route->e.prefix.length();
    const int hl = fromHub.route->e.prefix.length();
    if (hl > ll || (hl == ll && local.route->kindRank < fromHub.route->kindRank))
        return fromHub;
    return local;
}

namespace {

std::uint32_t mix(std::uint32_t h, int v)
{
    h ^= static_cast<std::uint32_t>(v) + 0x9e3779b9u + (h << 6) + (h >> 2);
    return h;
}

} // namespace

Walker::Walker(const Engine &e, Ipv4Address src, Ipv4Address dst, bool reply, Walk *detail)
    : m_e(e), m_src(src.value()), m_dst(dst.value()), m_reply(reply), m_detail(detail)
{
}

Id refId(const Engine &e, int ref)
{
    if (ref >= 0)
        return e.idOf(ref);
    if (ref <= -2)
        return subnetAt(e, -2 - ref).subnet->id;
    return Id(std::string(kInternetEndpointId));
}

void Walker::hop(int ref, const Rt *route, RuleRef why, bool ecmp)
{
    if (!m_detail)
        return;
    Hop h;
    h.element = refId(m_e, ref);
    if (route)
        h.route = route->e;
    h.rule = why;
    h.ecmp = ecmp;
    m_detail->hops.push_back(std::move(h));
}

void Walker::hopId(const Id &id, RuleRef why)
{
    if (!m_detail)
        return;
    Hop h;
    h.element = id;
    h.rule = why;
    m_detail->hops.push_back(std::move(h));
}

void Walker::finish(Reason reason, RuleRef why, std::initializer_list<int> elements)
{
    m_out.reason = reason;
    m_out.rule = why;
    m_out.elementCount = 0;
    for (int el : elements) {
        if (el != kNone && m_out.elementCount < m_out.elements.size())
            m_out.elements[m_out.elementCount++] = el;
    }
    m_done = true;
}

void Walker::addRule(RuleRef why)
{
    if (m_out.extraRuleCount < m_out.extraRules.size())
        m_out.extraRules[m_out.extraRuleCount++] = why;
}

void Walker::deliverInVnet(int vnet)
{
    const VnetNode &v = vnetAt(m_e, vnet);
    for (int sn : v.subnets) {
        const SubnetNode &s = subnetAt(m_e, sn);
        if (s.subnet->addressPrefix.contains(Ipv4Address(m_dst))) {
            m_out.deliveredEndpoint = s.endpoint;
            if (m_detail)
                hopId(s.subnet->id, rule("R-SYS-1"));
            finish(Reason::Delivered, rule("R-SYS-1"), {});
            return;
        }
    }
    finish(Reason::NoHostAtAddress, rule("R-SYS-1"), {v.res});
}

bool Walker::crossPeering(int linkIndex)
{
    const PeerLink &l = linkAt(m_e, linkIndex);
    if (!m_reply && !l.selfSide->allowVirtualNetworkAccess) {
        if (!m_neutral) {
            finish(Reason::PeeringAccessBlocked, rule("§2.1"), {l.peering});
            addRule(rule("§10-C"));
            return false;
        }
        if (m_out.softReason == Reason::Delivered) {
            m_out.softReason = Reason::PeeringAccessBlocked;
            m_out.softRule = rule("§2.1");
            m_out.softElement = l.peering;
        }
    }
    if (m_viaAppliance && !vnetAt(m_e, l.self).contains(Ipv4Address(m_src))) {
        const bool portal = m_e.design.assumptions.peeringFlagDirection == PeeringFlagDirection::Portal;
        const bool allowed = portal ? l.peerSide->allowForwardedTraffic : l.selfSide->allowForwardedTraffic;
        if (!allowed) {
            if (m_e.design.assumptions.forwardedTrafficEnforcement == ForwardedTrafficEnforcement::Strict) {
                finish(Reason::ForwardedTrafficBlocked, rule("R-FW-2"), {l.peering, vnetAt(m_e, portal ? l.peer : l.self).res});
                addRule(rule("§10-D"));
                return false;
            }
            m_out.usedLenientForwarding = true;
        }
    }
    m_out.path = mix(m_out.path, l.peering);
    if (m_detail)
        hop(l.peering, nullptr, rule("R-SYS-7"));
    return true;
}

bool Walker::enterAppliance(int appliance, int fromVnet)
{
    if (appliance == kNone) {
        finish(Reason::ApplianceMissing, rule("§1.4"), {});
        return false;
    }
    const ApplianceNode &a = applianceAt(m_e, appliance);
    if (a.vnet != kNone && fromVnet != kNone && a.vnet != fromVnet) {
        int link = kNone;
        const auto it = m_e.linkByPair.find((static_cast<std::uint64_t>(fromVnet) << 32) | static_cast<std::uint32_t>(a.vnet));
        if (it != m_e.linkByPair.end())
            link = it->second;
        if (link == kNone) {
            finish(Reason::ApplianceMissing, rule("R-UDR-2"), {a.res});
            return false;
        }
        if (!crossPeering(link))
            return false;
    }
    if (!a.forwarding) {
        finish(Reason::ApplianceNoForwarding, rule("R-UDR-2"), {a.res});
        return false;
    }
    for (std::size_t i = 0; i < m_out.statefulCount; ++i) {
        if (m_out.stateful[i] == appliance) {
            finish(Reason::RoutingLoop, rule("R-UDR-3"), {a.res});
            return false;
        }
    }
    if (a.firewall && !m_reply) {
        bool allowed = false;
        for (const NetworkRule &r : a.fw->networkRules) {
            const auto matches = [](const std::vector<Prefix> &list, std::uint32_t ip) {
                return list.empty()
                       || std::any_of(list.begin(), list.end(), [ip](const Prefix &p) { return p.contains(Ipv4Address(ip)); });
            };
            if (matches(r.sourceAddresses, m_src) && matches(r.destinationAddresses, m_dst)) {
                allowed = r.action == RuleAction::Allow;
                break;
            }
        }
        if (!allowed && !m_neutral) {
            finish(Reason::FirewallDenied, rule("§7.2"), {a.res});
            return false;
        }
        if (!allowed && m_out.softReason == Reason::Delivered) {
            m_out.softReason = Reason::FirewallDenied;
            m_out.softRule = rule("§7.2");
            m_out.softElement = a.res;
        }
    }
    if (m_out.statefulCount < m_out.stateful.size())
        m_out.stateful[m_out.statefulCount++] = appliance;
    m_viaAppliance = true;
    m_out.path = mix(m_out.path, a.res);
    return true;
}

bool Walker::enterHubFirewall(int appliance)
{
    const ApplianceNode &a = applianceAt(m_e, appliance);
    if (a.hub == kNone)
        return false;
    // A secured hub's firewall forwards with what the hub router knows (§6.3).
    if (m_detail)
        hop(a.res, nullptr, rule("§6.3"));
    m_state = State::SpeakerLookup;
    m_index = a.hub;
    m_hubTable = kNone;
    m_afterHubFirewall = true;
    return true;
}

int Walker::applianceTable(int appliance) const
{
    const ApplianceNode &a = applianceAt(m_e, appliance);
    if (a.subnet != kNone)
        return subnetAt(m_e, a.subnet).table;
    return vnetAt(m_e, a.vnet).defaultTable;
}

int Walker::gatewayTable(int vnet) const
{
    const VnetNode &v = vnetAt(m_e, vnet);
    if (v.gatewaySubnet != kNone)
        return subnetAt(m_e, v.gatewaySubnet).table;
    return v.defaultTable;
}

void Walker::atSite(int site, int viaRes)
{
    const SiteNode &s = siteAt(m_e, site);
    if (viaRes != kNone)
        m_out.path = mix(m_out.path, viaRes);
    for (const Prefix &p : s.site->addressPrefixes) {
        if (p.contains(Ipv4Address(m_dst))) {
            m_out.deliveredEndpoint = s.endpoint;
            if (m_detail)
                hop(s.res, nullptr, rule("§3.2"));
            finish(Reason::Delivered, 0, {});
            return;
        }
    }
    m_state = State::Site;
    m_index = site;
}

void Walker::stepSite()
{
    const SiteNode &s = siteAt(m_e, m_index);
    const Selection sel = select(s.routes, m_dst, false);
    if (sel.index == kNone) {
        if (m_dst == m_e.internetAddress.value()) {
            // No default route from Azure: the site breaks out locally.
            m_out.deliveredEndpoint = m_e.internetEndpoint;
            finish(Reason::Delivered, 0, {});
            return;
        }
        m_out.stuckAtSite = m_index;
        finish(Reason::NoRoute, rule("§3.3"), {s.res});
        return;
    }
    const Rt &r = s.routes.routes[static_cast<std::size_t>(sel.index)];
    hop(s.res, &r, r.e.rule, sel.ecmp);
    if (r.e.nextHop == NextHop::Circuit)
        m_out.touchedCircuit = true;
    if (r.tk == Tk::Site) {
        atSite(r.target, r.aux);
        return;
    }
    m_out.path = mix(m_out.path, r.aux);
    m_state = State::SpeakerLookup;
    m_index = r.target;
    m_hubTable = speakerAt(m_e, r.target).branchTable;
}

void Walker::followRib(int speaker, const Rt &r, bool ecmp)
{
    const Speaker &s = speakerAt(m_e, speaker);
    if (s.kind == SpeakerKind::Hub)
        m_out.throughHub = true;
    hop(s.res, &r, r.e.rule, ecmp);
    m_out.path = mix(m_out.path, s.res);
    if (r.arsPool)
        m_out.usedArsPool = true;
    switch (r.tk) {
    case Tk::GatewaySubnet:
        m_state = State::Table;
        m_index = gatewayTable(r.target);
        m_vnet = r.target;
        m_holder = s.res;
        m_fromGateway = true;
        return;
    case Tk::Vnet:
        deliverInVnet(r.target);
        return;
    case Tk::Site:
        if (r.e.nextHop == NextHop::Circuit)
            m_out.touchedCircuit = true;
        atSite(r.target, r.aux);
        return;
    case Tk::Remote: {
        m_out.path = mix(m_out.path, r.aux);
        const Speaker &next = speakerAt(m_e, r.target);
        if (next.kind != SpeakerKind::Hub && next.vnet == s.vnet) {
            // The co-located gateway (Route Server branch-to-branch): its own RIB decides.
            const Selection sel = select(next.table, m_dst, false);
            const Rt *own = nullptr;
            if (sel.index != kNone)
                own = &next.table.routes[static_cast<std::size_t>(sel.index)];
            if (!own || own->tk == Tk::Remote) {
                finish(Reason::NoRoute, rule("§6.2"), {next.res});
                return;
            }
            followRib(r.target, *own, sel.ecmp);
            return;
        }
        m_state = State::SpeakerLookup;
        m_index = r.target;
        m_hubTable = next.kind == SpeakerKind::Hub ? next.interHubTable : kNone;
        return;
    }
    case Tk::Pool: {
        const Speaker &ps = speakerAt(m_e, r.target);
        m_out.touchedClient = true;
        m_out.deliveredEndpoint = kNone;
        for (int c : ps.p2s) {
            const int ci = m_e.resClient[static_cast<std::size_t>(c)];
            if (ci == kNone)
                continue;
            const ClientNode &cn = clientAt(m_e, ci);
            if (m_out.deliveredEndpoint == kNone || cn.endpoint == m_expectedEndpoint)
                m_out.deliveredEndpoint = cn.endpoint;
        }
        if (m_out.deliveredEndpoint == kNone) {
            finish(Reason::NoHostAtAddress, rule("§3.2"), {ps.res});
            return;
        }
        finish(Reason::Delivered, 0, {});
        return;
    }
    case Tk::Appliance:
        if (r.target == kNone && s.kind == SpeakerKind::Hub) {
            // A hub static route to a VNet connection whose spoke has no NVA, or routing intent
            // with the hub firewall failed (§6.3).
            finish(Reason::ApplianceMissing, rule("§6.3"), {s.res, r.via});
            return;
        }
        if (!enterAppliance(r.target, kNone))
            return;
        if (enterHubFirewall(r.target))
            return;
        m_state = State::Table;
        m_index = applianceTable(r.target);
        m_vnet = applianceAt(m_e, r.target).vnet;
        m_holder = applianceAt(m_e, r.target).res;
        m_fromGateway = false;
        return;
    default:
        finish(Reason::DroppedByNoneRoute, r.e.rule, {s.res});
        return;
    }
}

void Walker::stepSpeakerLookup()
{
    const Speaker &s = speakerAt(m_e, m_index);
    if (s.kind == SpeakerKind::Hub) {
        m_out.throughHub = true;
        // Branches look up in the table they associate with, the hub firewall and traffic from
        // another hub in what the hub router knows (§6.3).
        const RouteSet &set = m_hubTable == kNone ? s.table : s.hubTables[static_cast<std::size_t>(m_hubTable)].table;
        const Selection sel = select(set, m_dst, false);
        if (sel.index == kNone) {
            if (m_afterHubFirewall && m_dst == m_e.internetAddress.value()) {
                m_out.deliveredEndpoint = m_e.internetEndpoint;
                if (m_detail)
                    hopId(Id(std::string(kInternetEndpointId)), rule("§6.3"));
                finish(Reason::Delivered, 0, {});
                return;
            }
            finish(Reason::NoRoute, rule("§6.3"), {s.res});
            return;
        }
        followRib(m_index, set.routes[static_cast<std::size_t>(sel.index)], sel.ecmp);
        return;
    }
    if (m_detail)
        hop(s.res, nullptr, 0);
    m_out.path = mix(m_out.path, s.res);
    m_state = State::Table;
    m_vnet = s.vnet;
    m_index = gatewayTable(s.vnet);
    m_holder = s.res;
    m_fromGateway = true;
}

void Walker::stepTable()
{
    const SubnetTable &t = tableAt(m_e, m_index);
    const Selection sel = selectInTable(m_e, t, m_dst);
    if (!sel.route) {
        if (t.hub != kNone) // the associated hub route table has no route either (§6.3)
            finish(Reason::NoRoute, rule("§6.3"), {holderRef(), speakerAt(m_e, t.hub).res});
        else
            finish(Reason::NoRoute, rule("§1.4"), {holderRef()});
        return;
    }
    const Rt &r = *sel.route;
    if (sel.tie)
        m_out.undocumentedTie = true;
    const int holder = holderRef();
    // A Virtual WAN hub route keeps §6.3: the hub's routing preference chose it, not §5.5.
    const bool erWon = sel.contested && r.kindRank == 1 && r.er && r.hubTable == kNone;
    hop(holder, &r, erWon ? rule("§5.5") : r.e.rule, sel.ecmp);
    m_holderSubnet = kNone;
    const int fromVnet = m_vnet;
    switch (r.tk) {
    case Tk::Vnet:
        deliverInVnet(r.target);
        return;
    case Tk::Peer:
        if (crossPeering(r.aux))
            deliverInVnet(r.target);
        return;
    case Tk::Gateway: {
        // The gateway's own table entry for that RIB route.
        const Speaker &s = speakerAt(m_e, r.target);
        if (r.hubTable != kNone) {
            // A Virtual WAN hub route: the hub forwards with the route of the table (§6.3).
            const HubTable &ht = s.hubTables[static_cast<std::size_t>(r.hubTable)];
            const int ti = ht.ribToTable[static_cast<std::size_t>(r.aux)];
            followRib(r.target, ht.table.routes[static_cast<std::size_t>(ti)], sel.ecmp);
            return;
        }
        const int ti = s.ribToTable[static_cast<std::size_t>(r.aux)];
        followRib(r.target, s.table.routes[static_cast<std::size_t>(ti)], sel.ecmp);
        return;
    }
    case Tk::GatewayLookup:
        m_state = State::SpeakerLookup;
        m_index = r.target;
        m_hubTable = kNone;
        if (speakerAt(m_e, r.target).kind != SpeakerKind::Hub) {
            // UDR to the VPN gateway: the gateway's RIB decides.
            const Speaker &s = speakerAt(m_e, r.target);
            const Selection gs = select(s.table, m_dst, false);
            if (gs.index == kNone) {
                finish(Reason::NoRoute, rule("R-UDR-1"), {s.res});
                return;
            }
            followRib(r.target, s.table.routes[static_cast<std::size_t>(gs.index)], gs.ecmp);
        }
        return;
    case Tk::Appliance:
        if (!enterAppliance(r.target, fromVnet))
            return;
        if (enterHubFirewall(r.target))
            return;
        m_state = State::Table;
        m_index = applianceTable(r.target);
        m_vnet = applianceAt(m_e, r.target).vnet;
        m_holder = applianceAt(m_e, r.target).res;
        m_fromGateway = false;
        return;
    case Tk::Internet:
        if (m_fromGateway && !m_viaAppliance) {
            finish(Reason::GatewayNoInternet, m_out.touchedClient ? rule("R-P2S-4") : rule("§7.5"), {holder});
            return;
        }
        if (m_dst == m_e.internetAddress.value()) {
            m_out.deliveredEndpoint = m_e.internetEndpoint;
            if (m_detail)
                hopId(Id(std::string(kInternetEndpointId)), rule("R-SYS-2"));
            finish(Reason::Delivered, 0, {});
            return;
        }
        finish(Reason::PrivateToInternet, rule("R-SYS-2"), {holder, m_vnet == kNone ? kNone : vnetAt(m_e, m_vnet).res});
        return;
    default:
        if (t.hub != kNone && r.e.origin == RouteOrigin::Default) {
            // A reserved range's None route (R-SYS-3/4) stands because the associated hub table
            // has no route for the destination (§6.3).
            finish(Reason::DroppedByNoneRoute, r.e.rule, {holder, speakerAt(m_e, t.hub).res});
            addRule(rule("§6.3"));
            return;
        }
        finish(Reason::DroppedByNoneRoute, r.e.rule,
               {holder, r.e.elements.empty() ? kNone : m_e.find(r.e.elements.front())});
        return;
    }
}

void Walker::run()
{
    for (int guard = 0; !m_done; ++guard) {
        if (guard > 48) {
            finish(Reason::RoutingLoop, rule("R-UDR-3"), {m_holder});
            return;
        }
        switch (m_state) {
        case State::Table:
            stepTable();
            break;
        case State::SpeakerLookup:
            stepSpeakerLookup();
            break;
        case State::Site:
            stepSite();
            break;
        }
    }
}

void Walker::fromEndpoint(int endpoint)
{
    const Endpoint &ep = m_e.endpoints[static_cast<std::size_t>(endpoint)];
    if (ep.internet) {
        finish(Reason::NoInboundFromInternet, 0, {});
        return;
    }
    if (const int sn = m_e.endpointSubnet[static_cast<std::size_t>(endpoint)]; sn != kNone) {
        const SubnetNode &s = subnetAt(m_e, sn);
        m_state = State::Table;
        m_index = s.table;
        m_vnet = s.vnet;
        m_holder = s.res;
        m_holderSubnet = sn;
        run();
        return;
    }
    if (const int site = m_e.endpointSite[static_cast<std::size_t>(endpoint)]; site != kNone) {
        atSite(site, kNone);
        if (!m_done)
            run();
        return;
    }
    const int ci = m_e.endpointClient[static_cast<std::size_t>(endpoint)];
    const ClientNode &c = clientAt(m_e, ci);
    m_out.touchedClient = true;
    m_hubTable = speakerAt(m_e, c.speaker).branchTable;
    if (m_assumeClientRoute) {
        m_state = State::SpeakerLookup;
        m_index = c.speaker;
        run();
        return;
    }
    const Selection sel = select(c.routes, m_dst, false);
    if (sel.index == kNone) {
        if (m_dst == m_e.internetAddress.value()) {
            m_out.deliveredEndpoint = m_e.internetEndpoint;
            finish(Reason::Delivered, 0, {});
            return;
        }
        const bool windows = c.group->clientOs == ClientOs::Windows && c.group->protocol != VpnClientProtocol::OpenVPN;
        finish(Reason::ClientRouteMissing, windows ? rule("R-P2S-1") : rule("R-P2S-2"), {c.res});
        return;
    }
    const Rt &r = c.routes.routes[static_cast<std::size_t>(sel.index)];
    hop(c.res, &r, r.e.rule, false);
    if (r.e.uncertain)
        m_out.staleRoute = true;
    m_out.path = mix(m_out.path, c.res);
    m_state = State::SpeakerLookup;
    m_index = c.speaker;
    run();
}

} // namespace spokewise::routing::detail
