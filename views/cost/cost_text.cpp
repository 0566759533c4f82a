#include "cost/cost_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace spokewise::views {

using namespace spokewise::cost;

namespace {

// Carries the translation context "CostText" for lupdate and tr().
class CostText
{
    Q_DECLARE_TR_FUNCTIONS(CostText)
};

QString arg(const std::vector<std::string> &args, std::size_t i)
{
    return i < args.size() ? QString::fromStdString(args[i]) : QString();
}

} // namespace

QString categoryText(CostCategory category)
{
    switch (category) {
    case CostCategory::VpnGateway: return CostText::tr("VPN gateways");
    case CostCategory::ExpressRoute: return CostText::tr("ExpressRoute");
    case CostCategory::RouteServer: return CostText::tr("Route Server");
    case CostCategory::Firewall: return CostText::tr("Azure Firewall");
    case CostCategory::VirtualWan: return CostText::tr("Virtual WAN");
    case CostCategory::Nva: return CostText::tr("Network virtual appliances");
    case CostCategory::Peering: return CostText::tr("VNet peering");
    case CostCategory::DataTransfer: return CostText::tr("Data transfer");
    }
    return {};
}

QString unitText(PriceUnit unit)
{
    switch (unit) {
    case PriceUnit::Hour: return CostText::tr("h");
    case PriceUnit::Month: return CostText::tr("month");
    case PriceUnit::Gigabyte: return CostText::tr("GB");
    case PriceUnit::TunnelHour: return CostText::tr("tunnel-h");
    case PriceUnit::ConnectionHour: return CostText::tr("connection-h");
    case PriceUnit::UserHour: return CostText::tr("user-h");
    case PriceUnit::ScaleUnitHour: return CostText::tr("SU-h");
    case PriceUnit::RiuHour: return CostText::tr("RIU-h");
    }
    return {};
}

QString lineText(CostLineCode code, CostCategory category, const std::vector<std::string> &a)
{
    switch (code) {
    case CostLineCode::GatewayHours:
        return category == CostCategory::ExpressRoute ? CostText::tr("ExpressRoute gateway %1").arg(arg(a, 0))
                                                      : CostText::tr("VPN gateway %1").arg(arg(a, 0));
    case CostLineCode::GatewayScaleUnits:
        return CostText::tr("ExpressRoute gateway ErGwScale, %1 scale units").arg(arg(a, 0));
    case CostLineCode::PublicIps: return CostText::tr("Standard public IPs: %1").arg(arg(a, 0));
    case CostLineCode::ExtraSiteToSiteTunnels:
        return CostText::tr("S2S tunnels: %1, %2 included, %3 extra").arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case CostLineCode::ExtraP2sConnections:
        return CostText::tr("P2S connections: %1, %2 included, %3 extra (%4 h connected each)")
                .arg(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
    case CostLineCode::CircuitPort:
        return CostText::tr("ExpressRoute circuit %1 Mbps, %2, %3").arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case CostLineCode::RouteServerHours: return CostText::tr("Route Server");
    case CostLineCode::ExtraRoutingInfrastructureUnits:
        return CostText::tr("Routing infrastructure units: %1, %2 included, %3 extra")
                .arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case CostLineCode::FirewallHours: return CostText::tr("Azure Firewall %1").arg(arg(a, 0));
    case CostLineCode::HubHours: return CostText::tr("Virtual hub (%1)").arg(arg(a, 0));
    case CostLineCode::HubVpnScaleUnits: return CostText::tr("Hub S2S VPN gateway, %1 scale units").arg(arg(a, 0));
    case CostLineCode::HubVpnConnectionUnits: return CostText::tr("Hub S2S connection units: %1").arg(arg(a, 0));
    case CostLineCode::HubP2sScaleUnits: return CostText::tr("Hub P2S gateway, %1 scale units").arg(arg(a, 0));
    case CostLineCode::HubP2sConnectionUnits:
        return CostText::tr("Hub P2S connection units: %1 users, %2 h connected each").arg(arg(a, 0), arg(a, 1));
    case CostLineCode::HubExpressRouteScaleUnits:
        return CostText::tr("Hub ExpressRoute gateway, scale units %1-%2 of %3").arg(arg(a, 1), arg(a, 2), arg(a, 0));
    case CostLineCode::HubExpressRouteConnectionUnits:
        return CostText::tr("Hub ExpressRoute connection units: %1").arg(arg(a, 0));
    case CostLineCode::NvaVmHours: return CostText::tr("NVA VMs: %2 x %1").arg(arg(a, 0), arg(a, 1));
    case CostLineCode::NvaLicenceAndDisks: return CostText::tr("NVA disks and vendor licence (%1)").arg(arg(a, 0));
    case CostLineCode::PeeringOutbound:
        return CostText::tr("Peering (%4) outbound, %1 -> %2").arg(arg(a, 0)).arg(arg(a, 1)).arg(arg(a, 3));
    case CostLineCode::PeeringInbound:
        return CostText::tr("Peering (%4) inbound, %1 -> %2").arg(arg(a, 0)).arg(arg(a, 1)).arg(arg(a, 3));
    case CostLineCode::FirewallDataProcessed: return CostText::tr("Firewall data processed");
    case CostLineCode::HubDataProcessed: return CostText::tr("Hub data processed");
    case CostLineCode::InterHubTransfer: return CostText::tr("Hub-to-hub data, %1 -> %2").arg(arg(a, 0), arg(a, 1));
    case CostLineCode::ExpressRouteMeteredEgress: return CostText::tr("ExpressRoute metered outbound data");
    case CostLineCode::VnetToVnetTransfer: return CostText::tr("VNet-to-VNet VPN data");
    case CostLineCode::GlobalReachTransfer: return CostText::tr("Global Reach data");
    case CostLineCode::InternetEgressTier:
        return arg(a, 1).isEmpty() ? CostText::tr("Internet data out, beyond %1 GB").arg(arg(a, 0))
                                   : CostText::tr("Internet data out, %1-%2 GB tier").arg(arg(a, 0), arg(a, 1));
    case CostLineCode::TrafficFlow: return CostText::tr("Traffic, %1 GB a month").arg(arg(a, 0));
    }
    return {};
}

QString notPricedText(NotPricedReason reason, const std::vector<std::string> &a)
{
    switch (reason) {
    case NotPricedReason::NoCatalogItem: return CostText::tr("the catalog has no item %1").arg(arg(a, 0));
    case NotPricedReason::WrongCatalogUnit:
        return CostText::tr("catalog item %1 is priced per %2, not per %3").arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case NotPricedReason::ScaleUnitsMissing: return CostText::tr("the gateway has no scale units");
    case NotPricedReason::ScaleUnitsBeyondCatalog:
        return CostText::tr("%1 scale units; the catalog prices up to %2").arg(arg(a, 0), arg(a, 1));
    case NotPricedReason::UnknownRegion:
        return CostText::tr("region %1 is not in the catalog's region table").arg(arg(a, 0));
    case NotPricedReason::NoPriceForGeographies:
        return CostText::tr("no price between %1 and %2").arg(arg(a, 0), arg(a, 1));
    case NotPricedReason::UnknownElement: return CostText::tr("the design has no suitable element %1").arg(arg(a, 0));
    case NotPricedReason::PathNotComputed: return CostText::tr("no path has been computed for this flow");
    case NotPricedReason::FlowNotRoutable: return CostText::tr("the flow has no route (%1)").arg(arg(a, 0));
    case NotPricedReason::OutsideCatalogScope: return CostText::tr("not in any price catalog");
    }
    return {};
}

QString flagMarks(const CostLine &line)
{
    QString marks;
    if (line.hasFlag(CostFlag::Estimate))
        marks += QLatin1Char('E');
    if (line.hasFlag(CostFlag::LegacySku))
        marks += QLatin1Char('L');
    if (line.hasFlag(CostFlag::UsageAssumed))
        marks += QLatin1Char('U');
    if (line.hasFlag(CostFlag::UserOverride))
        marks += QLatin1Char('O');
    return marks;
}

QString directionSuffix(const Id &flow, FlowDirection direction)
{
    if (flow.empty())
        return {};
    return direction == FlowDirection::Forward
                   ? QStringLiteral(" [%1]").arg(QString::fromStdString(flow.str()))
                   : QStringLiteral(" [%1, return]").arg(QString::fromStdString(flow.str()));
}

QString flagText(CostFlag flag)
{
    switch (flag) {
    case CostFlag::Estimate: return CostText::tr("estimate");
    case CostFlag::LegacySku: return CostText::tr("legacy SKU");
    case CostFlag::UsageAssumed: return CostText::tr("assumed usage");
    case CostFlag::UserOverride: return CostText::tr("your catalog's figure");
    }
    return {};
}

QString lineDescription(const CostLine &line)
{
    return lineText(line.code, line.category, line.args) + directionSuffix(line.trafficFlow, line.direction);
}

QString unpricedDescription(const UnpricedItem &u)
{
    // A traffic flow that is itself the element needs no "[flow]" after it, only its direction.
    if (u.trafficFlow == u.element) {
        return lineText(u.code, u.category, u.args)
               + (u.direction == FlowDirection::Return ? QStringLiteral(" (return)") : QString());
    }
    return lineText(u.code, u.category, u.args) + directionSuffix(u.trafficFlow, u.direction);
}

QString elementText(const Id &element)
{
    return element.empty() ? CostText::tr("(design)") : QString::fromStdString(element.str());
}

double cents(double value)
{
    return std::round(value * 100) / 100;
}

QString money(double value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(cents(value), 'f', 2);
}

QString moneyText(double value, const std::string &currency)
{
    return money(value) + QLatin1Char(' ') + QString::fromStdString(currency);
}

QString quantityText(double value)
{
    return QString::fromStdString(formatCostNumber(std::round(value * 10000) / 10000));
}

} // namespace spokewise::views
