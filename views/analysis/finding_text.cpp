#include "analysis/finding_text.h"

#include "text/element_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <iterator>

namespace spokewise::views {

namespace {

// Carries the translation context "FindingText" for lupdate and tr().
class FindingTr
{
    Q_DECLARE_TR_FUNCTIONS(FindingText)
};

// One sub-code's sentence. %1..%N are the names of the finding's first `elements` elements, the
// finding's arguments follow (%N+1, ...); a check that names a variable number of elements
// (a site and all its connections) refers to the first ones only.
struct CodeText
{
    std::string_view code;
    int elements;
    const char *text;
};

constexpr CodeText kTexts[] = {
    // M-1
    {"peered-address-overlap", 3,
     QT_TRANSLATE_NOOP("FindingText", "%2 and %3 are peered through %1, but their address spaces overlap (%4 and %5); "
                                      "Azure refuses such a peering.")},
    {"site-overlaps-vnet", 2,
     QT_TRANSLATE_NOOP("FindingText", "On-premises site %1 uses %3, which overlaps %4 of %2: traffic to the overlap "
                                      "stays in Azure.")},
    // M-2
    {"pool-overlaps-vnet", 2,
     QT_TRANSLATE_NOOP("FindingText", "The point-to-site address pool %3 of %1 overlaps %4 of %2.")},
    {"pool-overlaps-site", 2,
     QT_TRANSLATE_NOOP("FindingText", "The point-to-site address pool %3 of %1 overlaps %4 of on-premises site %2.")},
    // M-3
    {"gateway-subnet-too-small-for-coexistence", 1,
     QT_TRANSLATE_NOOP("FindingText", "GatewaySubnet %1 (%2) is too small for a VPN and an ExpressRoute gateway side "
                                      "by side; it needs /27 or larger.")},
    {"gateway-without-gateway-subnet", 2,
     QT_TRANSLATE_NOOP("FindingText", "Gateway %1 needs a subnet named GatewaySubnet in %2, which has none.")},
    // M-4
    {"gateway-subnet-propagation-disabled", 2,
     QT_TRANSLATE_NOOP("FindingText", "Route table %2 on GatewaySubnet %1 disables gateway route propagation; Azure "
                                      "does not support that and the gateway stops working.")},
    {"gateway-subnet-default-route", 2,
     QT_TRANSLATE_NOOP("FindingText", "Route table %2 on GatewaySubnet %1 has a route for 0.0.0.0/0; Azure does not "
                                      "support a default route on the gateway subnet.")},
    // M-5
    {"udr-next-hop-not-directly-reachable", 1,
     QT_TRANSLATE_NOOP("FindingText", "Route table %1 sends %2 to %3, which is not directly reachable from the "
                                      "subnets that use it: the route is invalid and its traffic is dropped.")},
    {"udr-to-appliance-in-same-subnet", 2,
     QT_TRANSLATE_NOOP("FindingText", "Appliance %1 sits in subnet %2 whose own route table sends traffic to it; "
                                      "its own traffic loops back.")},
    // M-6
    {"udr-gateway-next-hop-without-vpn-gateway", 1,
     QT_TRANSLATE_NOOP("FindingText", "Route table %1 sends %2 to the virtual network gateway, but there is no VPN "
                                      "gateway: the route is invalid.")},
    // M-7
    {"nva-without-ip-forwarding", 2,
     QT_TRANSLATE_NOOP("FindingText", "Route table %2 sends traffic to appliance %1, whose NIC has IP forwarding "
                                      "disabled: that traffic is dropped.")},
    // M-8
    {"use-remote-gateways-with-own-gateway", 2,
     QT_TRANSLATE_NOOP("FindingText", "%2 uses remote gateways through peering %1 but has a gateway of its own; "
                                      "Azure does not allow both.")},
    {"use-remote-gateways-without-transit", 3,
     QT_TRANSLATE_NOOP("FindingText", "%2 uses the remote gateways of %3 through peering %1, but %3 does not allow "
                                      "gateway transit.")},
    {"use-remote-gateways-without-remote-gateway", 3,
     QT_TRANSLATE_NOOP("FindingText", "%2 uses the remote gateways of %3 through peering %1, but %3 has no gateway.")},
    {"use-remote-gateways-on-several-peerings", 1,
     QT_TRANSLATE_NOOP("FindingText", "%1 uses remote gateways on more than one peering; only one peering may.")},
    // M-9
    {"peering-not-connected", 2,
     QT_TRANSLATE_NOOP("FindingText", "Peering %1 of %2 is %3, not Connected: no traffic crosses it.")},
    {"peering-not-in-sync", 2,
     QT_TRANSLATE_NOOP("FindingText", "Peering %1 of %2 is %3: sync the peering so that the changed address space "
                                      "is routed.")},
    // M-10
    {"forwarded-traffic-refused", 3,
     QT_TRANSLATE_NOOP("FindingText", "Appliance %3 forwards traffic into %2, but peering %1 refuses forwarded "
                                      "traffic: that traffic is dropped.")},
    // M-11
    {"bgp-on-one-side", 2,
     QT_TRANSLATE_NOOP("FindingText", "Connection %1 of %2 has BGP enabled on one side only; the session never comes "
                                      "up and no routes are exchanged.")},
    // M-12
    {"reserved-asn", 1,
     QT_TRANSLATE_NOOP("FindingText", "On-premises site %1 uses ASN %2, which Azure reserves.")},
    // M-13
    {"route-server-branch-to-branch-off", 1,
     QT_TRANSLATE_NOOP("FindingText", "Route Server %1 has branch-to-branch off: ExpressRoute and VPN sites do not "
                                      "learn each other's routes.")},
    {"vpn-gateway-not-active-active", 1,
     QT_TRANSLATE_NOOP("FindingText", "VPN gateway %1 must be active-active for transit between ExpressRoute and VPN "
                                      "through Route Server.")},
    {"vpn-gateway-asn-not-65515", 1,
     QT_TRANSLATE_NOOP("FindingText", "VPN gateway %1 uses ASN %2; transit between ExpressRoute and VPN through Route "
                                      "Server needs ASN 65515.")},
    // M-14
    {"p2s-expressroute-transit-in-classic-hub", 2,
     QT_TRANSLATE_NOOP("FindingText", "Point-to-site users of %1 cannot reach ExpressRoute sites behind %2: a hub "
                                      "VNet gives no transit between P2S and ExpressRoute (use Virtual WAN).")},
    // M-15
    {"stale-windows-profile", 1,
     QT_TRANSLATE_NOOP("FindingText", "The Windows VPN profile of %1 was downloaded before the last topology change; "
                                      "the clients lack the new routes until they download it again.")},
    // M-16
    {"too-many-prefixes-into-circuit", 1,
     QT_TRANSLATE_NOOP("FindingText", "On-premises advertises %2 prefixes into circuit %1; the limit is %3 and the "
                                      "BGP session is dropped above it.")},
    {"too-many-prefixes-from-gateway-to-circuit", 3,
     QT_TRANSLATE_NOOP("FindingText", "Gateway %2 advertises %4 prefixes to circuit %3 through %1; the limit is %5.")},
    {"too-many-prefixes-into-vpn-gateway", 1,
     QT_TRANSLATE_NOOP("FindingText", "Sites advertise %2 prefixes to VPN gateway %1 over BGP; the limit is %3.")},
    {"too-many-prefixes-to-route-server", 3,
     QT_TRANSLATE_NOOP("FindingText", "Appliance %3 advertises %4 prefixes to Route Server %2 through %1; the limit "
                                      "is %5.")},
    {"openvpn-too-many-routes", 1,
     QT_TRANSLATE_NOOP("FindingText", "%2 routes are pushed to the OpenVPN clients of %1; the limit is %3.")},
    {"windows-ikev2-too-many-routes", 1,
     QT_TRANSLATE_NOOP("FindingText", "%2 routes are pushed to the Windows IKEv2 clients of %1; the limit is %3.")},
    // M-17
    {"policy-based-gateway-feature", 1,
     QT_TRANSLATE_NOOP("FindingText", "Policy-based VPN gateway %1 does not support a feature it uses (BGP, "
                                      "point-to-site or several connections).")},
    {"basic-sku-feature", 1,
     QT_TRANSLATE_NOOP("FindingText", "The Basic SKU of gateway %1 does not support a feature it uses.")},
    // M-18
    {"default-to-firewall-with-propagation", 2,
     QT_TRANSLATE_NOOP("FindingText", "Route table %2 of subnet %1 sends 0.0.0.0/0 to the firewall but keeps gateway "
                                      "route propagation on: on-premises prefixes bypass the firewall.")},
    // M-19
    {"no-local-preference-for-expressroute", 1,
     QT_TRANSLATE_NOOP("FindingText", "On-premises site %1 reaches the same Azure prefixes over ExpressRoute and VPN "
                                      "without preferring ExpressRoute (local preference): return traffic may take "
                                      "the other path.")},
    // M-20
    {"firewall-learns-default-route", 3,
     QT_TRANSLATE_NOOP("FindingText", "Firewall %1 learns a default route from %3 in subnet %2; without forced "
                                      "tunnelling it loses its Internet access.")},
    // M-21
    {"global-reach-on-local-circuit", 2,
     QT_TRANSLATE_NOOP("FindingText", "Global Reach %1 uses circuit %2 on the Local tier, which does not support it.")},
    {"global-reach-same-peering-location", 3,
     QT_TRANSLATE_NOOP("FindingText", "Global Reach %1 connects %2 and %3 at the same peering location (%4); it needs "
                                      "two locations.")},
    // M-23
    {"radius-only-over-expressroute", 2,
     QT_TRANSLATE_NOOP("FindingText", "VPN gateway %1 authenticates with RADIUS, but on-premises is reachable only "
                                      "over ExpressRoute gateway %2, which the gateway cannot use to reach the "
                                      "RADIUS server.")},
    // M-24
    {"route-server-in-hub-spoke", 2,
     QT_TRANSLATE_NOOP("FindingText", "%1 is connected to a virtual hub and has Route Server %2; Azure does not "
                                      "support both.")},
    {"route-server-subnet-route-table", 1,
     QT_TRANSLATE_NOOP("FindingText", "RouteServerSubnet %1 has a route table; Azure does not support that.")},
    {"route-server-subnet-too-small", 1,
     QT_TRANSLATE_NOOP("FindingText", "RouteServerSubnet %1 (%2) is too small; it needs /27 or larger.")},
    // M-25
    {"hub-spoke-with-own-gateway", 1,
     QT_TRANSLATE_NOOP("FindingText", "%1 is connected to a virtual hub and has a gateway of its own; Azure does not "
                                      "support both.")},
    {"basic-virtual-wan-with-er-or-p2s", 2,
     QT_TRANSLATE_NOOP("FindingText", "Hub %1 uses ExpressRoute or point-to-site, which Basic Virtual WAN %2 does not "
                                      "offer; it needs the Standard type.")},
    {"routing-intent-with-custom-route-tables", 1,
     QT_TRANSLATE_NOOP("FindingText", "Hub %1 uses routing intent together with custom route tables; Azure does not "
                                      "support both.")},
    {"basic-virtual-wan-vnet-transit", 2,
     QT_TRANSLATE_NOOP("FindingText", "Hub %1 connects several virtual networks, but Basic Virtual WAN %2 gives no "
                                      "transit between them; it needs the Standard type.")},
    {"routing-intent-with-static-route-to-connection", 2,
     QT_TRANSLATE_NOOP("FindingText", "Hub %1 uses routing intent, so static route %4 of table %3 to connection %2 "
                                      "is not supported and is ignored.")},
    // §6.3 (Virtual WAN hub route tables)
    {"hub-associated-table-empty", 2,
     QT_TRANSLATE_NOOP("FindingText", "%1 associates with route table %3 of hub %2, but no connection propagates "
                                      "to it and it has no static route: its traffic gets no route from the hub.")},
    {"hub-label-unknown", 2,
     QT_TRANSLATE_NOOP("FindingText", "%1 (hub %2) propagates to label %3, which no route table of the virtual WAN "
                                      "carries.")},
    {"branches-not-associated-to-default", 1,
     QT_TRANSLATE_NOOP("FindingText", "The branch connections of hub %1 associate with route table %2; Azure "
                                      "requires the default route table.")},
    {"hub-static-route-without-nva", 2,
     QT_TRANSLATE_NOOP("FindingText", "Static route %4 of table %3 in hub %1 sends traffic to connection %2, but "
                                      "its virtual network has no network virtual appliance to receive it.")},
    {"routing-intent-without-firewall", 1,
     QT_TRANSLATE_NOOP("FindingText", "Hub %1 has routing intent but no Azure Firewall; the intent is not in "
                                      "force.")},
    {"basic-virtual-wan-secured-hub", 1,
     QT_TRANSLATE_NOOP("FindingText", "Hub %1 has a firewall or routing intent, but belongs to a Basic virtual WAN, "
                                      "whose hubs cannot be secured.")},
    // M-26
    {"advertises-vnet-prefix", 3,
     QT_TRANSLATE_NOOP("FindingText", "On-premises site %1 advertises %4 over %2, equal to or inside the address "
                                      "space of %3: Azure keeps its own route and the advertisement is ignored.")},
    // M-27
    {"sstp-with-openvpn", 1,
     QT_TRANSLATE_NOOP("FindingText", "VPN gateway %1 combines SSTP with OpenVPN; Azure does not offer both.")},
    {"sstp-retired", 1,
     QT_TRANSLATE_NOOP("FindingText", "VPN gateway %1 offers SSTP, which Azure retires: it cannot be enabled since "
                                      "31 March 2026 and stops working on 31 March 2027. Use OpenVPN or IKEv2.")},
    {"entra-id-without-openvpn-only", 1,
     QT_TRANSLATE_NOOP("FindingText", "VPN gateway %1 authenticates with Microsoft Entra ID, which needs OpenVPN as "
                                      "the only tunnel type.")},
    // M-28
    {"vpn-primary-overridden-by-expressroute", 4,
     QT_TRANSLATE_NOOP("FindingText", "On-premises site %1 prefers VPN connection %2, but Azure sends %5 (and %6 "
                                      "prefix(es) in all) to %4 over ExpressRoute connection %3, which always wins.")},
    // M-29
    {"route-server-gateway-downtime", 1,
     QT_TRANSLATE_NOOP("FindingText", "Adding or removing Route Server %1 briefly interrupts the gateways of its "
                                      "virtual network.")},
};

const CodeText *textFor(std::string_view code)
{
    const auto it = std::find_if(std::begin(kTexts), std::end(kTexts), [&](const CodeText &t) { return t.code == code; });
    return it == std::end(kTexts) ? nullptr : &*it;
}

// Replaces %1..%N by the values, highest first so that %1 does not eat the start of %10.
QString fill(QString text, const QStringList &values)
{
    for (qsizetype i = values.size(); i >= 1; --i)
        text.replace(QLatin1Char('%') + QString::number(i), values[i - 1]);
    return text;
}

} // namespace

std::vector<std::string_view> knownFindingCodes()
{
    std::vector<std::string_view> codes;
    for (const CodeText &t : kTexts)
        codes.push_back(t.code);
    return codes;
}

QString findingSeverityText(routing::Severity severity)
{
    switch (severity) {
    case routing::Severity::Info: return FindingTr::tr("Information");
    case routing::Severity::Warning: return FindingTr::tr("Warning");
    case routing::Severity::Error: return FindingTr::tr("Error");
    case routing::Severity::Unsupported: return FindingTr::tr("Unsupported");
    }
    return {};
}

QString findingText(const routing::Finding &finding, const Design &design)
{
    QStringList names;
    for (const Id &id : finding.elements)
        names.append(elementDisplayName(design, id));
    QStringList args;
    for (const std::string &a : finding.args)
        args.append(QString::fromStdString(a));

    if (const CodeText *t = textFor(finding.code)) {
        QStringList values = names.mid(0, t->elements);
        while (values.size() < t->elements)
            values.append(QString());
        values += args;
        return fill(FindingTr::tr(t->text), values);
    }
    QString text = FindingTr::tr("Check %1 (%2) fails for %3.")
                           .arg(ruleText(finding.check),
                                QString::fromStdString(finding.code), names.join(QStringLiteral(", ")));
    if (!args.isEmpty())
        text += QLatin1Char(' ') + FindingTr::tr("Values: %1.").arg(args.join(QStringLiteral(", ")));
    return text;
}

QString ruleText(routing::RuleRef rule)
{
    const std::string_view id = routing::ruleId(rule);
    return QString::fromUtf8(id.data(), static_cast<qsizetype>(id.size()));
}

QString verdictText(routing::Verdict verdict)
{
    using V = routing::Verdict;
    switch (verdict) {
    case V::Reachable: return FindingTr::tr("reachable");
    case V::Unreachable: return FindingTr::tr("unreachable");
    case V::Asymmetric: return FindingTr::tr("asymmetric");
    case V::UnsupportedConfig: return FindingTr::tr("unsupported configuration");
    case V::Indeterminate: return FindingTr::tr("indeterminate");
    }
    return {};
}

QString reasonText(routing::Reason reason)
{
    using R = routing::Reason;
    switch (reason) {
    case R::Delivered: return FindingTr::tr("delivered");
    case R::NoRoute: return FindingTr::tr("no route covers the destination");
    case R::DroppedByNoneRoute: return FindingTr::tr("dropped by a route with next hop None");
    case R::PrivateToInternet: return FindingTr::tr("a private destination followed the Internet route");
    case R::PeeringAccessBlocked: return FindingTr::tr("the peering does not allow virtual network access");
    case R::ForwardedTrafficBlocked: return FindingTr::tr("the receiving peering refuses forwarded traffic");
    case R::ApplianceMissing: return FindingTr::tr("the next-hop appliance does not exist or cannot be reached");
    case R::ApplianceNoForwarding: return FindingTr::tr("the network virtual appliance has IP forwarding disabled");
    case R::FirewallDenied: return FindingTr::tr("the firewall's network rules deny the flow");
    case R::RoutingLoop: return FindingTr::tr("the packet loops");
    case R::ClientRouteMissing: return FindingTr::tr("the VPN clients have no route to the destination");
    case R::StaleClientProfile: return FindingTr::tr("the Windows VPN profile predates the last topology change");
    case R::NoHostAtAddress: return FindingTr::tr("no subnet holds the address");
    case R::GatewayNoInternet: return FindingTr::tr("a gateway gives no Internet breakout");
    case R::StatefulAsymmetry: return FindingTr::tr("a stateful device sees only one direction");
    case R::P2sExpressRouteTransit:
        return FindingTr::tr("point-to-site to ExpressRoute through Route Server is not supported by Microsoft");
    case R::UnsupportedTopology: return FindingTr::tr("Azure does not support this configuration");
    case R::UndocumentedTieBreak: return FindingTr::tr("equal routes have no documented tie-break");
    case R::EndpointDown: return FindingTr::tr("an endpoint is down or is no endpoint");
    case R::NoInboundFromInternet: return FindingTr::tr("nothing initiates from the Internet");
    case R::DeliveredElsewhere: return FindingTr::tr("the address belongs to another endpoint");
    }
    return {};
}

QString intentResultText(const routing::IntentResult &result, const Design &design)
{
    const Resource *resource = design.find(result.intent);
    const auto *intent = resource ? resource->as<Intent>() : nullptr;
    const QString name = elementDisplayName(design, result.intent);
    const bool mustReach = !intent || intent->expectation == IntentExpectation::MustReach;
    if (result.satisfied)
        return FindingTr::tr("%1: holds (%2).").arg(name, verdictText(result.verdict));
    if (!mustReach)
        return FindingTr::tr("%1: expected not to reach, but the traffic is delivered.").arg(name);
    return FindingTr::tr("%1: expected reachable, but %2 — %3.")
            .arg(name, verdictText(result.verdict), reasonText(result.reason));
}

} // namespace spokewise::views
