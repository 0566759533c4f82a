// English texts and JSON for the routing engine's codes (the model returns codes only).
#include "routing_text.h"

#include "analysis/finding_text.h"
#include "shell/design_check.h"
#include "text/diagnostic_text.h"

namespace spokewise::cli {

using namespace routing;

std::optional<Design> loadForAnalysis(const QString &fileName, Console &console)
{
    const views::CheckedDesign checked = views::loadAndCheckDesign(fileName);
    if (!checked.loaded()) {
        for (const io::Diagnostic &d : checked.load.diagnostics)
            console.err << views::diagnosticLine(fileName, d) << '\n';
        if (checked.load.diagnostics.empty())
            console.err << fileName << ": error: the design could not be read.\n";
        return std::nullopt;
    }
    return *checked.load.design;
}

std::optional<Id> resolveElement(const Design &design, const QString &text)
{
    const std::string s = text.toStdString();
    if (s == kInternetEndpointId)
        return Id(s);
    if (const Resource *r = design.findByIdOrUniqueName(s))
        return r->id;
    if (design.findSubnet(Id(s)).subnet)
        return Id(s);
    // "vnet/subnet": a subnet by its VNet's id or name and its own name.
    const auto slash = s.find('/');
    if (slash != std::string::npos) {
        const Resource *vnet = design.findByIdOrUniqueName(s.substr(0, slash));
        if (const auto *v = vnet ? vnet->as<VirtualNetwork>() : nullptr) {
            for (const Subnet &sub : v->subnets) {
                if (sub.name == s.substr(slash + 1))
                    return sub.id;
            }
        }
    }
    return std::nullopt;
}

std::optional<std::set<Id>> resolveFailures(const Command &command, const Design &design, const QStringList &names,
                                            Console &console)
{
    std::set<Id> failed;
    for (const QString &n : names) {
        const auto id = resolveElement(design, n);
        if (!id) {
            usageError(command, QStringLiteral("--fail %1: no element has this id or (unique) name").arg(n), console);
            return std::nullopt;
        }
        failed.insert(*id);
    }
    return failed;
}

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Delivered: return QStringLiteral("delivered");
    case Reason::NoRoute: return QStringLiteral("no route covers the destination");
    case Reason::DroppedByNoneRoute: return QStringLiteral("dropped by a route with next hop None");
    case Reason::PrivateToInternet: return QStringLiteral("a private destination followed the Internet route");
    case Reason::PeeringAccessBlocked: return QStringLiteral("the peering does not allow access (allowVirtualNetworkAccess)");
    case Reason::ForwardedTrafficBlocked: return QStringLiteral("the receiving peering refuses forwarded traffic (allowForwardedTraffic)");
    case Reason::ApplianceMissing: return QStringLiteral("the next-hop appliance does not exist or cannot be reached (black hole)");
    case Reason::ApplianceNoForwarding: return QStringLiteral("the network virtual appliance has IP forwarding disabled");
    case Reason::FirewallDenied: return QStringLiteral("the firewall's network rules deny the flow");
    case Reason::RoutingLoop: return QStringLiteral("the packet loops");
    case Reason::ClientRouteMissing: return QStringLiteral("the VPN client has no route for the destination");
    case Reason::StaleClientProfile: return QStringLiteral("the Windows VPN profile predates the last topology change");
    case Reason::NoHostAtAddress: return QStringLiteral("no subnet holds the address");
    case Reason::GatewayNoInternet: return QStringLiteral("a VPN/ExpressRoute gateway gives no Internet breakout");
    case Reason::StatefulAsymmetry: return QStringLiteral("a stateful device sees only one direction");
    case Reason::P2sExpressRouteTransit: return QStringLiteral("P2S to ExpressRoute through Route Server is not supported by Microsoft");
    case Reason::UnsupportedTopology: return QStringLiteral("Azure does not support this configuration");
    case Reason::UndocumentedTieBreak: return QStringLiteral("equal routes with no documented tie-break");
    case Reason::EndpointDown: return QStringLiteral("the endpoint is down or not an endpoint");
    case Reason::NoInboundFromInternet: return QStringLiteral("nothing initiates from the Internet (no public endpoints modelled)");
    case Reason::DeliveredElsewhere: return QStringLiteral("the address belongs to another endpoint");
    }
    return {};
}

QString fixText(const Fix &fix)
{
    const auto arg = [&](std::size_t i) {
        return i < fix.args.size() ? QString::fromStdString(fix.args[i]) : QString();
    };
    switch (fix.code) {
    case FixCode::None: return {};
    case FixCode::AddClientRoute: return QStringLiteral("add route %2 on the clients of %1").arg(arg(0), arg(1));
    case FixCode::RedownloadClientProfile: return QStringLiteral("download and install the VPN profile of %1 again").arg(arg(0));
    case FixCode::EnableUseRemoteGateways: return QStringLiteral("enable useRemoteGateways on peering %1, side %2").arg(arg(0), arg(1));
    case FixCode::EnableAllowGatewayTransit: return QStringLiteral("enable allowGatewayTransit on peering %1, side %2").arg(arg(0), arg(1));
    case FixCode::EnableAllowForwardedTraffic: return QStringLiteral("enable allowForwardedTraffic on peering %1, side %2").arg(arg(0), arg(1));
    case FixCode::AddOnPremisesRoute: return QStringLiteral("route %3 into connection %2 on site %1").arg(arg(0), arg(1), arg(2));
    case FixCode::EnableBgp: return QStringLiteral("enable BGP on connection %1").arg(arg(0));
    case FixCode::EnableIpForwarding: return QStringLiteral("enable IP forwarding on %1").arg(arg(0));
    case FixCode::AllowInFirewall: return QStringLiteral("allow %2 to %3 in firewall %1").arg(arg(0), arg(1), arg(2));
    }
    return {};
}

QString findingText(const Finding &f, const Design &design)
{
    // The sentence is the designer's (views/analysis/finding_text), in English here; the rule id
    // and the engine's sub-code follow so scripts and ROUTING.md lookups keep working.
    return QStringLiteral("%1 (%2, %3)")
            .arg(views::findingText(f, design), QString::fromUtf8(ruleId(f.check).data()), QString::fromStdString(f.code));
}

nlohmann::ordered_json routeJson(const RouteEntry &r)
{
    nlohmann::ordered_json elements = nlohmann::ordered_json::array();
    for (const Id &e : r.elements)
        elements.push_back(e.str());
    nlohmann::ordered_json j = {
            {"prefix", r.prefix.toString()},
            {"origin", std::string(enumName(r.origin))},
            {"nextHop", std::string(enumName(r.nextHop))},
            {"nextHopIp", r.nextHopIp ? r.nextHopIp->toString() : std::string()},
            {"nextHopElement", r.nextHopElement.str()},
            {"rule", std::string(ruleId(r.rule))},
            {"elements", elements},
            {"valid", r.valid},
            {"invalidRule", std::string(ruleId(r.invalidRule))},
            {"asPathLength", r.asPathLength},
            {"weight", r.weight},
            {"localPreference", r.localPreference},
            {"uncertain", r.uncertain},
    };
    if (!r.hubTable.empty())
        j["hubTable"] = r.hubTable; // Virtual WAN hub route table (§6.3)
    return j;
}

namespace {

nlohmann::ordered_json walkJson(const Walk &w)
{
    nlohmann::ordered_json hops = nlohmann::ordered_json::array();
    for (const Hop &h : w.hops) {
        hops.push_back({{"element", h.element.str()},
                        {"route", h.route ? routeJson(*h.route) : nlohmann::ordered_json()},
                        {"rule", std::string(ruleId(h.rule))},
                        {"ecmp", h.ecmp}});
    }
    nlohmann::ordered_json elements = nlohmann::ordered_json::array();
    for (const Id &e : w.elements)
        elements.push_back(e.str());
    return {{"reason", std::string(enumName(w.reason))}, {"rule", std::string(ruleId(w.rule))},
            {"elements", elements}, {"hops", hops}};
}

} // namespace

nlohmann::ordered_json flowJson(const FlowResult &f)
{
    nlohmann::ordered_json rules = nlohmann::ordered_json::array();
    for (RuleRef r : f.rules)
        rules.push_back(std::string(ruleId(r)));
    nlohmann::ordered_json elements = nlohmann::ordered_json::array();
    for (const Id &e : f.elements)
        elements.push_back(e.str());
    nlohmann::ordered_json fixArgs = nlohmann::ordered_json::array();
    for (const std::string &a : f.fix.args)
        fixArgs.push_back(a);
    return {
            {"source", f.source.str()},
            {"destination", f.destination.str()},
            {"sourceAddress", f.sourceAddress.toString()},
            {"destinationAddress", f.destinationAddress.toString()},
            {"verdict", std::string(enumName(f.verdict))},
            {"reason", std::string(enumName(f.reason))},
            {"decidedBy", std::string(enumName(f.decidedBy))},
            {"rules", rules},
            {"elements", elements},
            {"assumptions", f.assumptions},
            {"fix", {{"code", std::string(enumName(f.fix.code))}, {"args", fixArgs}}},
            {"forward", walkJson(f.forward)},
            {"return", walkJson(f.back)},
    };
}

nlohmann::ordered_json assumptionsJson(const Assumptions &a)
{
    return {{"p2sExpressRouteTransitViaRouteServer", std::string(enumName(a.p2sExpressRouteTransitViaRouteServer))},
            {"forwardedTrafficEnforcement", std::string(enumName(a.forwardedTrafficEnforcement))},
            {"peeringFlagDirection", std::string(enumName(a.peeringFlagDirection))}};
}

QString routeLine(const RouteEntry &r)
{
    const auto sv = [](std::string_view s) { return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size())); };
    QString nh = sv(enumName(r.nextHop));
    if (r.nextHopIp)
        nh += QLatin1Char(' ') + QString::fromStdString(r.nextHopIp->toString());
    if (!r.nextHopElement.empty())
        nh += QStringLiteral(" (%1)").arg(QString::fromStdString(r.nextHopElement.str()));
    QString line = QStringLiteral("%1  %2  %3  %4")
                           .arg(QString::fromStdString(r.prefix.toString()), -18)
                           .arg(sv(enumName(r.origin)), -21)
                           .arg(nh, -40)
                           .arg(QString::fromUtf8(ruleId(r.rule).data(), static_cast<qsizetype>(ruleId(r.rule).size())));
    if (!r.valid)
        line += QStringLiteral("  INVALID (%1)").arg(QString::fromUtf8(ruleId(r.invalidRule).data()));
    if (r.uncertain)
        line += QStringLiteral("  (stale profile: uncertain)");
    if (!r.hubTable.empty())
        line += QStringLiteral("  [%1]").arg(QString::fromStdString(r.hubTable));
    return line;
}

void printJson(const nlohmann::ordered_json &doc, Console &console)
{
    console.out << QString::fromStdString(doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)) << '\n';
}

} // namespace spokewise::cli
