#include "analysis/route_text.h"

#include "analysis/finding_text.h"
#include "text/element_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <unordered_map>

namespace spokewise::views {

namespace {

// Carries the translation context "RouteText" for lupdate and tr().
class RouteTr
{
    Q_DECLARE_TR_FUNCTIONS(RouteText)
};

// Rule ids carry "§" (UTF-8); enum names are ASCII.
QString latin(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The gist of each rule of ROUTING.md that a route or a hop can carry.
struct RuleGist
{
    std::string_view id;
    const char *text;
};

constexpr RuleGist kGists[] = {
    {"R-SYS-1", QT_TRANSLATE_NOOP("RouteText", "the VNet's own address space stays in the VNet")},
    {"R-SYS-2", QT_TRANSLATE_NOOP("RouteText", "the default route sends everything else to the Internet")},
    {"R-SYS-3", QT_TRANSLATE_NOOP("RouteText", "private ranges (RFC 1918) no route knows are dropped")},
    {"R-SYS-4", QT_TRANSLATE_NOOP("RouteText", "the shared range 100.64.0.0/10 is dropped")},
    {"R-SYS-5", QT_TRANSLATE_NOOP("RouteText", "a system route Azure adds for a feature")},
    {"R-SYS-6", QT_TRANSLATE_NOOP("RouteText", "a 0.0.0.0/0 user route removes the drop routes for private ranges")},
    {"R-SYS-7", QT_TRANSLATE_NOOP("RouteText", "a peering adds the peer VNet's address ranges")},
    {"R-SYS-8", QT_TRANSLATE_NOOP("RouteText", "the gateway propagates the routes it learned to the subnets")},
    {"R-UDR-1", QT_TRANSLATE_NOOP("RouteText", "a user route to the virtual network gateway needs a VPN gateway")},
    {"R-UDR-2", QT_TRANSLATE_NOOP("RouteText", "a user route to an appliance needs it directly reachable and forwarding")},
    {"R-UDR-3", QT_TRANSLATE_NOOP("RouteText", "an appliance in the subnet its route table points to loops")},
    {"R-SEL-1", QT_TRANSLATE_NOOP("RouteText", "a 0.0.0.0/0 user route does not capture the VNet's own or peered space")},
    {"R-SEL-2", QT_TRANSLATE_NOOP("RouteText", "on-premises prefixes overlapping a VNet do not win over it")},
    {"R-SEL-3", QT_TRANSLATE_NOOP("RouteText", "a BGP default route (forced tunnelling) beats the Internet route")},
    {"R-PROP-1", QT_TRANSLATE_NOOP("RouteText", "gateway route propagation must stay on for GatewaySubnet")},
    {"R-PROP-2", QT_TRANSLATE_NOOP("RouteText", "disabling propagation also drops Route Server routes")},
    {"R-PEER-1", QT_TRANSLATE_NOOP("RouteText", "peering is not transitive")},
    {"R-PEER-2", QT_TRANSLATE_NOOP("RouteText", "a peering needs both of its links")},
    {"R-PEER-5", QT_TRANSLATE_NOOP("RouteText", "with both peering and VNet-to-VNet VPN, traffic uses the peering")},
    {"R-PEER-6", QT_TRANSLATE_NOOP("RouteText", "a VNet learns only its peer's ranges, plus gateway routes with remote gateways")},
    {"R-PEER-7", QT_TRANSLATE_NOOP("RouteText", "a spoke using remote gateways is advertised to on-premises")},
    {"R-PEER-8", QT_TRANSLATE_NOOP("RouteText", "Windows VPN clients need the profile again after peering changes")},
    {"R-PEER-10", QT_TRANSLATE_NOOP("RouteText", "static site-to-site needs the spokes in the on-premises routes")},
    {"R-VPN-1", QT_TRANSLATE_NOOP("RouteText", "static site-to-site: the local network gateway's prefixes are routes")},
    {"R-VPN-2", QT_TRANSLATE_NOOP("RouteText", "BGP: routes are learned per session")},
    {"R-VPN-3", QT_TRANSLATE_NOOP("RouteText", "VNet-to-VNet without BGP: each side knows the other VNet's space only")},
    {"R-VPN-4", QT_TRANSLATE_NOOP("RouteText", "a VPN gateway next to an ExpressRoute gateway sees its routes")},
    {"R-VPN-5", QT_TRANSLATE_NOOP("RouteText", "prefixes overlapping the VNet are filtered from on-premises")},
    {"R-VPN-6", QT_TRANSLATE_NOOP("RouteText", "VPN gateways never advertise a default route")},
    {"R-VPN-7", QT_TRANSLATE_NOOP("RouteText", "BGP transit needs BGP on every connection of the chain")},
    {"R-VPN-12", QT_TRANSLATE_NOOP("RouteText", "a policy-based gateway has one tunnel and no BGP or P2S")},
    {"R-P2S-1", QT_TRANSLATE_NOOP("RouteText", "Windows clients use the routes of the profile they installed")},
    {"R-P2S-2", QT_TRANSLATE_NOOP("RouteText", "the gateway pushes its routes to the VPN clients")},
    {"R-P2S-3", QT_TRANSLATE_NOOP("RouteText", "the destination must route the client pool back")},
    {"R-P2S-4", QT_TRANSLATE_NOOP("RouteText", "custom routes are pushed to every client; no Internet through the gateway")},
    {"R-P2S-5", QT_TRANSLATE_NOOP("RouteText", "peered spokes reach clients only when they use the gateway")},
    {"R-ER-1", QT_TRANSLATE_NOOP("RouteText", "the client pool is not advertised over ExpressRoute")},
    {"R-ER-3", QT_TRANSLATE_NOOP("RouteText", "ExpressRoute is no transit between on-premises networks")},
    {"R-ER-4", QT_TRANSLATE_NOOP("RouteText", "no user route can point at an ExpressRoute gateway")},
    {"R-ER-5", QT_TRANSLATE_NOOP("RouteText", "VPN carries traffic only after ExpressRoute fails")},
    {"R-ER-6", QT_TRANSLATE_NOOP("RouteText", "Azure's choice does not bind the on-premises side")},
    {"R-ER-8", QT_TRANSLATE_NOOP("RouteText", "VNet-to-VNet through a shared circuit is disabled")},
    {"R-TR-1", QT_TRANSLATE_NOOP("RouteText", "no transit between ExpressRoute and site-to-site without Route Server")},
    {"R-TR-2", QT_TRANSLATE_NOOP("RouteText", "no transit between ExpressRoute and point-to-site")},
    {"R-TR-3", QT_TRANSLATE_NOOP("RouteText", "no transit between two ExpressRoute circuits")},
    {"R-TR-4", QT_TRANSLATE_NOOP("RouteText", "sites on one VPN gateway reach each other")},
    {"R-ARS-1", QT_TRANSLATE_NOOP("RouteText", "point-to-site to ExpressRoute through Route Server is not supported")},
    {"R-ARS-3", QT_TRANSLATE_NOOP("RouteText", "Route Server's routing preference decides between equal prefixes")},
    {"R-FW-1", QT_TRANSLATE_NOOP("RouteText", "spoke user routes send traffic to the firewall")},
    {"R-FW-2", QT_TRANSLATE_NOOP("RouteText", "the receiving peering must allow forwarded traffic")},
    {"R-FW-5", QT_TRANSLATE_NOOP("RouteText", "GatewaySubnet routes send traffic from on-premises to the firewall")},
    {"R-FW-6", QT_TRANSLATE_NOOP("RouteText", "both directions must pass the firewall")},
    {"§1.3", QT_TRANSLATE_NOOP("RouteText", "a user-defined route")},
    {"§1.4", QT_TRANSLATE_NOOP("RouteText", "route selection: longest prefix, then user > gateway > system")},
    {"§2.1", QT_TRANSLATE_NOOP("RouteText", "the peering's flags decide what may cross it")},
    {"§3.2", QT_TRANSLATE_NOOP("RouteText", "what the VPN gateway advertises")},
    {"§3.3", QT_TRANSLATE_NOOP("RouteText", "the on-premises side routes only what it was configured with")},
    {"§4.5", QT_TRANSLATE_NOOP("RouteText", "a VPN profile goes stale after topology changes")},
    {"§5.1", QT_TRANSLATE_NOOP("RouteText", "routes exchanged over ExpressRoute private peering")},
    {"§5.5", QT_TRANSLATE_NOOP("RouteText", "equal prefixes: ExpressRoute > VPN, then weight, AS path, ECMP")},
    {"§5.6", QT_TRANSLATE_NOOP("RouteText", "Global Reach joins two circuits' on-premises networks")},
    {"§6.2", QT_TRANSLATE_NOOP("RouteText", "Route Server exchanges routes with appliances and gateways")},
    {"§6.3", QT_TRANSLATE_NOOP("RouteText", "a Virtual WAN hub routes between its connections")},
    {"§7.2", QT_TRANSLATE_NOOP("RouteText", "spoke to spoke goes through the hub's firewall or appliance")},
    {"§7.4", QT_TRANSLATE_NOOP("RouteText", "a stateful device must see both directions")},
    {"§7.5", QT_TRANSLATE_NOOP("RouteText", "forced tunnelling sends Internet traffic on-premises")},
    {"§10-B", QT_TRANSLATE_NOOP("RouteText", "assumption: P2S to ExpressRoute through Route Server")},
    {"§10-C", QT_TRANSLATE_NOOP("RouteText", "assumption: which side's peering flag applies")},
    {"§10-D", QT_TRANSLATE_NOOP("RouteText", "assumption: whether allowForwardedTraffic is enforced")},
    {"§10-I", QT_TRANSLATE_NOOP("RouteText", "equal routes with no documented tie-break")},
};

} // namespace

QString ruleSentence(routing::RuleRef rule)
{
    const std::string_view id = routing::ruleId(rule);
    if (id.empty())
        return {};
    for (const RuleGist &g : kGists) {
        if (g.id == id)
            return RouteTr::tr("%1: %2").arg(latin(id), RouteTr::tr(g.text));
    }
    return latin(id);
}

QString originName(routing::RouteOrigin origin)
{
    return latin(enumName(origin));
}

QString nextHopName(routing::NextHop nextHop)
{
    return latin(enumName(nextHop));
}

QString nextHopText(const routing::RouteEntry &route, const Design &design)
{
    QString text = nextHopName(route.nextHop);
    if (route.nextHopIp)
        text += QLatin1Char(' ') + QString::fromStdString(route.nextHopIp->toString());
    if (!route.nextHopElement.empty())
        text = RouteTr::tr("%1 (%2)").arg(text, elementDisplayName(design, route.nextHopElement));
    return text;
}

QString routeSummary(const routing::RouteEntry &route, const Design &design)
{
    return RouteTr::tr("%1 → %2").arg(QString::fromStdString(route.prefix.toString()), nextHopText(route, design));
}

QString fixText(const routing::Fix &fix, const Design &design)
{
    const auto arg = [&](std::size_t i) {
        return i < fix.args.size() ? elementDisplayName(design, Id(fix.args[i])) : QString();
    };
    using routing::FixCode;
    switch (fix.code) {
    case FixCode::None: return {};
    case FixCode::AddClientRoute:
        return RouteTr::tr("Add a route for %2 to the VPN clients of %1.").arg(arg(0), arg(1));
    case FixCode::RedownloadClientProfile:
        return RouteTr::tr("Download and install the VPN profile of %1 again on the Windows clients.").arg(arg(0));
    case FixCode::EnableUseRemoteGateways:
        return RouteTr::tr("Turn on \"use remote gateways\" on peering %1, on the side of %2.").arg(arg(0), arg(1));
    case FixCode::EnableAllowGatewayTransit:
        return RouteTr::tr("Turn on \"allow gateway transit\" on peering %1, on the side of %2.").arg(arg(0), arg(1));
    case FixCode::EnableAllowForwardedTraffic:
        return RouteTr::tr("Turn on \"allow forwarded traffic\" on peering %1, on the side of %2.").arg(arg(0), arg(1));
    case FixCode::AddOnPremisesRoute:
        return RouteTr::tr("On site %1, route %3 into connection %2.").arg(arg(0), arg(1), arg(2));
    case FixCode::EnableBgp: return RouteTr::tr("Enable BGP on connection %1.").arg(arg(0));
    case FixCode::EnableIpForwarding: return RouteTr::tr("Enable IP forwarding on %1.").arg(arg(0));
    case FixCode::AllowInFirewall:
        return RouteTr::tr("Allow %2 to %3 in the network rules of firewall %1.").arg(arg(0), arg(1), arg(2));
    }
    return {};
}

QString choiceText(const routing::RouteCandidate &c, const routing::RouteEntry &winner, const Design &)
{
    using routing::ChoiceStep;
    const QString prefix = QString::fromStdString(c.route.prefix.toString());
    const QString rule = ruleText(c.rule);
    switch (c.step) {
    case ChoiceStep::Winner:
        return RouteTr::tr("%1 (%2) is the most specific usable route.").arg(prefix, originName(c.route.origin));
    case ChoiceStep::Invalid:
        return RouteTr::tr("%1 (%2) is invalid and never used (%3).").arg(prefix, originName(c.route.origin), rule);
    case ChoiceStep::ShorterPrefix:
        return RouteTr::tr("%1 (%2) loses on longest prefix match: /%3 is longer than /%4 (%5).")
                .arg(prefix, originName(c.route.origin))
                .arg(winner.prefix.length())
                .arg(c.route.prefix.length())
                .arg(rule);
    case ChoiceStep::ProtectedSystemRoute:
        return RouteTr::tr("%1 (%2) is ignored although it is more specific: a gateway route never beats the "
                           "VNet's own or a peered VNet's range (%3).")
                .arg(prefix, originName(c.route.origin), rule);
    case ChoiceStep::OriginPreference:
        return RouteTr::tr("%1 (%2) has the same prefix but loses on origin: user routes beat gateway routes, which "
                           "beat system routes (%3).")
                .arg(prefix, originName(c.route.origin), rule);
    case ChoiceStep::ExpressRouteOverVpn:
        return RouteTr::tr("%1 (%2) has the same prefix but ExpressRoute wins over VPN (%3).")
                .arg(prefix, originName(c.route.origin), rule);
    case ChoiceStep::LocalPreference:
        return RouteTr::tr("%1 (%2) has the same prefix but a lower local preference (%3 against %4; %5).")
                .arg(prefix, originName(c.route.origin))
                .arg(c.route.localPreference)
                .arg(winner.localPreference)
                .arg(rule);
    case ChoiceStep::Weight:
        return RouteTr::tr("%1 (%2) has the same prefix but a lower connection weight (%3 against %4; %5).")
                .arg(prefix, originName(c.route.origin))
                .arg(c.route.weight)
                .arg(winner.weight)
                .arg(rule);
    case ChoiceStep::AsPathLength:
        return RouteTr::tr("%1 (%2) has the same prefix but a longer AS path (%3 against %4; %5).")
                .arg(prefix, originName(c.route.origin))
                .arg(c.route.asPathLength)
                .arg(winner.asPathLength)
                .arg(rule);
    case ChoiceStep::EqualCost:
        return RouteTr::tr("%1 (%2) is equally good: traffic is shared between the two (ECMP, %3).")
                .arg(prefix, originName(c.route.origin), rule);
    case ChoiceStep::UndocumentedTie:
        return RouteTr::tr("%1 (%2) is equally good and Microsoft documents no tie-break between them (%3); "
                           "the result is uncertain.")
                .arg(prefix, originName(c.route.origin), rule);
    }
    return {};
}

QString choiceExplanation(const routing::RouteChoice &choice, const QString &destination, const Design &design)
{
    if (!choice.holderKnown)
        return RouteTr::tr("This element holds no routes.");
    if (!choice.winner)
        return RouteTr::tr("No valid route covers %1: the packet is dropped here (%2).")
                .arg(destination, ruleText(routing::rule("§1.4")));
    QStringList lines;
    const routing::RouteEntry &w = *choice.winner;
    lines.append(RouteTr::tr("For %1 the route %2 wins (%3, %4).")
                         .arg(destination, routeSummary(w, design), originName(w.origin), ruleSentence(w.rule)));
    if (choice.candidates.size() <= 1)
        lines.append(RouteTr::tr("It is the only route covering %1.").arg(destination));
    else
        lines.append(RouteTr::tr("It is the longest prefix among the routes covering %1 that may be used (%2).")
                             .arg(destination, ruleText(routing::rule("§1.4"))));
    for (const routing::RouteCandidate &c : choice.candidates) {
        if (c.step != routing::ChoiceStep::Winner)
            lines.append(choiceText(c, w, design));
    }
    return lines.join(QLatin1Char('\n'));
}

QString endpointName(const routing::Endpoint &endpoint, const Design &design)
{
    return elementDisplayName(design, endpoint.id);
}

QStringList endpointNames(const routing::Analysis &analysis, const Design &design)
{
    std::unordered_map<std::string, QString> names;
    for (const Resource &r : design.resources) {
        names.emplace(r.id.str(), QString::fromStdString(r.name));
        if (const auto *vnet = r.as<VirtualNetwork>()) {
            for (const Subnet &s : vnet->subnets) {
                // The same words as elementDisplayName() (translation context "Element").
                names.emplace(s.id.str(), QCoreApplication::translate("Element", "%1 / %2")
                                                  .arg(QString::fromStdString(r.name), QString::fromStdString(s.name)));
            }
        }
    }
    QStringList result;
    result.reserve(static_cast<qsizetype>(analysis.endpoints().size()));
    for (const routing::Endpoint &e : analysis.endpoints()) {
        const auto it = names.find(e.id.str());
        result.append(it != names.end() ? it->second : elementDisplayName(design, e.id));
    }
    return result;
}

} // namespace spokewise::views
