#include "text/element_text.h"

#include <QCoreApplication>
#include <QStringList>

namespace spokewise::views {

namespace {

// Carries the translation context "Element" for lupdate and tr().
class ElementTr
{
    Q_DECLARE_TR_FUNCTIONS(Element)
};

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

template<typename E>
QString name(E value)
{
    const auto n = enumName(value);
    return QString::fromUtf8(n.data(), static_cast<qsizetype>(n.size()));
}

QString prefixes(const std::vector<Prefix> &list)
{
    QStringList parts;
    for (const auto &p : list)
        parts << str(p.toString());
    return parts.join(QStringLiteral(", "));
}

// English needs "1 subnet" / "2 subnets" without an English translation file; languages without
// plural forms translate both strings alike.
template<typename N>
QString count(N n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(static_cast<qint64>(n));
}

QString clientOsText(ClientOs os)
{
    switch (os) {
    case ClientOs::Windows: return ElementTr::tr("Windows clients");
    case ClientOs::Other: return ElementTr::tr("other clients");
    }
    return name(os);
}

QString refName(const Design &design, const std::optional<Id> &a, const std::optional<Id> &b)
{
    if (a)
        return elementDisplayName(design, *a);
    if (b)
        return elementDisplayName(design, *b);
    return QString();
}

QString joinDetails(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const auto &p : parts) {
        if (!p.isEmpty())
            nonEmpty << p;
    }
    return nonEmpty.join(QStringLiteral(" · "));
}

struct DetailsVisitor
{
    const Design &design;

    QString ref(const Id &id) const { return elementDisplayName(design, id); }

    QString operator()(const VirtualNetwork &v) const
    {
        return joinDetails({prefixes(v.addressPrefixes), str(v.region),
                            count(v.subnets.size(), ElementTr::tr("1 subnet"), ElementTr::tr("%1 subnets"))});
    }
    QString operator()(const VirtualNetworkPeering &p) const
    {
        QStringList flags;
        for (const auto &side : p.sides) {
            if (side.allowGatewayTransit)
                flags << ElementTr::tr("%1 allows gateway transit").arg(ref(side.virtualNetwork));
            if (side.useRemoteGateways)
                flags << ElementTr::tr("%1 uses remote gateways").arg(ref(side.virtualNetwork));
        }
        return joinDetails(
                {ElementTr::tr("%1 ↔ %2").arg(ref(p.sides[0].virtualNetwork), ref(p.sides[1].virtualNetwork)),
                 flags.join(QStringLiteral(", "))});
    }
    QString operator()(const VpnGateway &g) const
    {
        return joinDetails(
                {name(g.sku), ElementTr::tr("in %1").arg(ref(g.virtualNetwork)),
                 g.activeActive ? ElementTr::tr("active-active") : QString(),
                 g.enableBgp ? ElementTr::tr("BGP ASN %1").arg(g.asn) : QString(),
                 g.vpnClientConfiguration
                         ? ElementTr::tr("P2S pool %1").arg(prefixes(g.vpnClientConfiguration->vpnClientAddressPool))
                         : QString()});
    }
    QString operator()(const ExpressRouteGateway &g) const
    {
        return joinDetails({name(g.sku),
                            g.scaleUnits ? count(*g.scaleUnits, ElementTr::tr("1 scale unit"), ElementTr::tr("%1 scale units")) : QString(),
                            ElementTr::tr("in %1").arg(ref(g.virtualNetwork))});
    }
    QString operator()(const ExpressRouteCircuit &c) const
    {
        return joinDetails({ElementTr::tr("%1 Mbps").arg(c.bandwidthInMbps), name(c.tier), name(c.family),
                            str(c.peeringLocation)});
    }
    QString operator()(const OnPremisesSite &s) const
    {
        return joinDetails({prefixes(s.addressPrefixes),
                            s.bgpAsn ? ElementTr::tr("BGP ASN %1").arg(*s.bgpAsn) : ElementTr::tr("no BGP")});
    }
    QString operator()(const SiteToSiteConnection &c) const
    {
        return joinDetails({ElementTr::tr("%1 → %2").arg(refName(design, c.vpnGateway, c.virtualHub), ref(c.site)),
                            c.enableBgp ? ElementTr::tr("BGP") : ElementTr::tr("static")});
    }
    QString operator()(const VnetToVnetConnection &c) const
    {
        return ElementTr::tr("%1 ↔ %2").arg(ref(c.vpnGateways[0]), ref(c.vpnGateways[1]));
    }
    QString operator()(const ExpressRouteConnection &c) const
    {
        return joinDetails(
                {ElementTr::tr("%1 → %2").arg(refName(design, c.expressRouteGateway, c.virtualHub), ref(c.circuit)),
                 ElementTr::tr("weight %1").arg(c.routingWeight)});
    }
    QString operator()(const CircuitSiteConnection &c) const
    {
        return ElementTr::tr("%1 → %2").arg(ref(c.circuit), ref(c.site));
    }
    QString operator()(const GlobalReachConnection &c) const
    {
        return ElementTr::tr("%1 ↔ %2").arg(ref(c.circuits[0]), ref(c.circuits[1]));
    }
    QString operator()(const P2sClientGroup &g) const
    {
        return joinDetails({count(g.users, ElementTr::tr("1 user"), ElementTr::tr("%1 users")), clientOsText(g.clientOs), name(g.protocol),
                            ElementTr::tr("via %1").arg(refName(design, g.vpnGateway, g.virtualHub))});
    }
    QString operator()(const AzureFirewall &f) const
    {
        return joinDetails({name(f.sku), f.privateIpAddress ? str(f.privateIpAddress->toString()) : QString(),
                            ElementTr::tr("in %1").arg(refName(design, f.virtualNetwork, f.virtualHub)),
                            count(f.networkRules.size(), ElementTr::tr("1 rule"), ElementTr::tr("%1 rules"))});
    }
    QString operator()(const RouteTable &t) const
    {
        return joinDetails({count(t.routes.size(), ElementTr::tr("1 route"), ElementTr::tr("%1 routes")),
                            t.disableBgpRoutePropagation ? ElementTr::tr("gateway route propagation off") : QString()});
    }
    QString operator()(const RouteServer &r) const
    {
        return joinDetails({ElementTr::tr("in %1").arg(ref(r.virtualNetwork)),
                            r.allowBranchToBranchTraffic ? ElementTr::tr("branch-to-branch") : QString()});
    }
    QString operator()(const NetworkVirtualAppliance &n) const
    {
        return joinDetails({str(n.privateIpAddress.toString()), ElementTr::tr("in %1").arg(ref(n.subnet)),
                            n.bgpAsn ? ElementTr::tr("BGP ASN %1").arg(*n.bgpAsn) : QString()});
    }
    QString operator()(const BgpPeering &b) const
    {
        return ElementTr::tr("%1 ↔ %2").arg(ref(b.routeServer), ref(b.networkVirtualAppliance));
    }
    QString operator()(const VirtualWan &w) const { return name(w.type); }
    QString operator()(const VirtualHub &h) const
    {
        QStringList gateways;
        if (h.vpnGateway)
            gateways << ElementTr::tr("S2S VPN");
        if (h.expressRouteGateway)
            gateways << ElementTr::tr("ExpressRoute");
        if (h.p2sVpnGateway)
            gateways << ElementTr::tr("P2S VPN");
        return joinDetails({str(h.addressPrefix.toString()), str(h.region), gateways.join(QStringLiteral(", "))});
    }
    QString operator()(const VirtualHubConnection &c) const
    {
        return ElementTr::tr("%1 ↔ %2").arg(ref(c.virtualHub), ref(c.virtualNetwork));
    }
    QString operator()(const Intent &i) const
    {
        return i.expectation == IntentExpectation::MustReach
                       ? ElementTr::tr("%1 must reach %2").arg(ref(i.source), ref(i.destination))
                       : ElementTr::tr("%1 must not reach %2").arg(ref(i.source), ref(i.destination));
    }
    QString operator()(const TrafficFlow &f) const
    {
        return joinDetails({ElementTr::tr("%1 → %2").arg(ref(f.source), ref(f.destination)),
                            ElementTr::tr("%1 GB/month").arg(f.gigabytesPerMonth),
                            f.returnGigabytesPerMonth > 0
                                    ? ElementTr::tr("%1 GB/month back").arg(f.returnGigabytesPerMonth)
                                    : QString()});
    }
};

} // namespace

QString kindDisplayName(ResourceKind kind)
{
    using K = ResourceKind;
    switch (kind) {
    case K::VirtualNetwork: return ElementTr::tr("virtual network");
    case K::VirtualNetworkPeering: return ElementTr::tr("peering");
    case K::VpnGateway: return ElementTr::tr("VPN gateway");
    case K::ExpressRouteGateway: return ElementTr::tr("ExpressRoute gateway");
    case K::ExpressRouteCircuit: return ElementTr::tr("ExpressRoute circuit");
    case K::OnPremisesSite: return ElementTr::tr("on-premises site");
    case K::SiteToSiteConnection: return ElementTr::tr("site-to-site connection");
    case K::VnetToVnetConnection: return ElementTr::tr("VNet-to-VNet connection");
    case K::ExpressRouteConnection: return ElementTr::tr("ExpressRoute connection");
    case K::CircuitSiteConnection: return ElementTr::tr("circuit-to-site link");
    case K::GlobalReachConnection: return ElementTr::tr("Global Reach connection");
    case K::P2sClientGroup: return ElementTr::tr("point-to-site client group");
    case K::AzureFirewall: return ElementTr::tr("Azure Firewall");
    case K::RouteTable: return ElementTr::tr("route table");
    case K::RouteServer: return ElementTr::tr("Route Server");
    case K::NetworkVirtualAppliance: return ElementTr::tr("network virtual appliance");
    case K::BgpPeering: return ElementTr::tr("BGP peering");
    case K::VirtualWan: return ElementTr::tr("Virtual WAN");
    case K::VirtualHub: return ElementTr::tr("virtual hub");
    case K::VirtualHubConnection: return ElementTr::tr("hub virtual network connection");
    case K::Intent: return ElementTr::tr("intent");
    case K::TrafficFlow: return ElementTr::tr("traffic flow");
    }
    return name(kind);
}

QString kindGroupName(ResourceKind kind)
{
    using K = ResourceKind;
    switch (kind) {
    case K::VirtualNetwork: return ElementTr::tr("Virtual networks");
    case K::VirtualNetworkPeering: return ElementTr::tr("Peerings");
    case K::VpnGateway: return ElementTr::tr("VPN gateways");
    case K::ExpressRouteGateway: return ElementTr::tr("ExpressRoute gateways");
    case K::ExpressRouteCircuit: return ElementTr::tr("ExpressRoute circuits");
    case K::OnPremisesSite: return ElementTr::tr("On-premises sites");
    case K::SiteToSiteConnection: return ElementTr::tr("Site-to-site connections");
    case K::VnetToVnetConnection: return ElementTr::tr("VNet-to-VNet connections");
    case K::ExpressRouteConnection: return ElementTr::tr("ExpressRoute connections");
    case K::CircuitSiteConnection: return ElementTr::tr("Circuit-to-site links");
    case K::GlobalReachConnection: return ElementTr::tr("Global Reach connections");
    case K::P2sClientGroup: return ElementTr::tr("Point-to-site client groups");
    case K::AzureFirewall: return ElementTr::tr("Azure Firewalls");
    case K::RouteTable: return ElementTr::tr("Route tables");
    case K::RouteServer: return ElementTr::tr("Route Servers");
    case K::NetworkVirtualAppliance: return ElementTr::tr("Network virtual appliances");
    case K::BgpPeering: return ElementTr::tr("BGP peerings");
    case K::VirtualWan: return ElementTr::tr("Virtual WANs");
    case K::VirtualHub: return ElementTr::tr("Virtual hubs");
    case K::VirtualHubConnection: return ElementTr::tr("Hub virtual network connections");
    case K::Intent: return ElementTr::tr("Intents");
    case K::TrafficFlow: return ElementTr::tr("Traffic flows");
    }
    return name(kind);
}

QString kindDisplayNameFromFileName(std::string_view fileNames)
{
    QStringList out;
    std::size_t start = 0;
    while (start <= fileNames.size()) {
        auto end = fileNames.find(',', start);
        if (end == std::string_view::npos)
            end = fileNames.size();
        std::string_view item = fileNames.substr(start, end - start);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ')
            item.remove_suffix(1);
        if (const auto kind = enumFromName<ResourceKind>(item))
            out << kindDisplayName(*kind);
        else
            out << QString::fromUtf8(item.data(), static_cast<qsizetype>(item.size()));
        start = end + 1;
    }
    return out.join(QStringLiteral(", "));
}

QString elementDisplayName(const Design &design, const Id &id)
{
    if (const Resource *r = design.find(id))
        return str(r->name);
    // Subnet names repeat across VNets ("workload" in every spoke), so the VNet is named too.
    if (const auto ref = design.findSubnet(id); ref.subnet) {
        return ElementTr::tr("%1 / %2").arg(ref.virtualNetwork ? str(ref.virtualNetwork->name) : QString(),
                                            str(ref.subnet->name));
    }
    if (id.str() == kInternetEndpointId)
        return ElementTr::tr("Internet");
    return str(id.str());
}

QString elementDetails(const Design &design, const Resource &resource)
{
    return std::visit(DetailsVisitor{design}, resource.properties);
}

QString subnetDetails(const Design &design, const Subnet &subnet)
{
    return joinDetails({str(subnet.addressPrefix.toString()),
                        subnet.routeTable
                                ? ElementTr::tr("route table %1").arg(elementDisplayName(design, *subnet.routeTable))
                                : QString()});
}

} // namespace spokewise::views
