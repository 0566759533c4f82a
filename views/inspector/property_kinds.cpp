// The inspector's groups and rows for each kind of resource. Keys are the file format's field
// names (with list positions or ids where a field repeats), so a row's tooltip can name the field
// and merge keys stay stable while the user types.
#include "inspector/property_ref_rows.h"

#include "design/references.h"

namespace spokewise::views::rows {

namespace {

using K = ResourceKind;

QString str(const std::string &s)
{
    return QString::fromStdString(s);
}

QString key(const char *prefix, std::size_t index, const char *field)
{
    return QStringLiteral("%1.%2.%3").arg(QLatin1String(prefix)).arg(index).arg(QLatin1String(field));
}

const RefTargets kVnets{{K::VirtualNetwork}};
const RefTargets kVpnGateways{{K::VpnGateway}};
const RefTargets kHubs{{K::VirtualHub}};
const RefTargets kCircuits{{K::ExpressRouteCircuit}};
const RefTargets kSites{{K::OnPremisesSite}};
const RefTargets kEndpoints{{K::OnPremisesSite, K::P2sClientGroup}, true, true};

PropertyGroup group(const QString &key, const QString &title, std::vector<PropertyRow> rows = {})
{
    PropertyGroup g;
    g.key = key;
    g.title = title;
    g.rows = std::move(rows);
    return g;
}

// ---------------------------------------------------------------- hooks

// Azure refuses an address space change that leaves a subnet outside it.
std::optional<QString> vnetSpaceCheck(const Design &, Resource &r)
{
    const auto *vnet = r.as<VirtualNetwork>();
    if (vnet->addressPrefixes.empty())
        return PropertyTr::tr("A virtual network needs at least one address prefix.");
    for (const auto &s : vnet->subnets) {
        const bool inside = std::any_of(vnet->addressPrefixes.begin(), vnet->addressPrefixes.end(),
                                        [&](const Prefix &p) { return p.contains(s.addressPrefix); });
        if (!inside)
            return refusalText(io::DiagCode::SubnetOutsideAddressSpace, {str(s.addressPrefix.toString()), str(r.name)});
    }
    return std::nullopt;
}

Hook subnetNameCheck(const Id &subnetId)
{
    return [subnetId](const Design &, Resource &r) -> std::optional<QString> {
        const auto *vnet = r.as<VirtualNetwork>();
        const auto *subnet = subnetById(subnetId)(std::as_const(r));
        for (const auto &s : vnet->subnets) {
            if (s.id != subnetId && s.name == subnet->name)
                return refusalText(io::DiagCode::DuplicateSubnetName, {str(s.name)});
        }
        return std::nullopt;
    };
}

Hook routeNameCheck(std::size_t index)
{
    return [index](const Design &, Resource &r) -> std::optional<QString> {
        const auto &routes = r.as<RouteTable>()->routes;
        for (std::size_t i = 0; i < routes.size(); ++i) {
            if (i != index && routes[i].name == routes[index].name)
                return refusalText(io::DiagCode::DuplicateValue, {str(routes[i].name)});
        }
        return std::nullopt;
    };
}

// The names a hub routing configuration may use: the implicit tables and the hub's own.
QStringList hubTableNames(const Design &design, const Resource &r)
{
    const VirtualHub *hub = r.as<VirtualHub>();
    if (const auto *connection = r.as<VirtualHubConnection>()) {
        const auto *hubResource = design.find(connection->virtualHub);
        hub = hubResource ? hubResource->as<VirtualHub>() : nullptr;
    }
    QStringList names{QStringLiteral("defaultRouteTable"), QStringLiteral("noneRouteTable")};
    if (hub) {
        for (const auto &t : hub->routeTables)
            names << str(t.name);
    }
    return names;
}

template<typename A>
std::vector<PropertyRow> routingConfigurationRows(const QString &prefix, A acc)
{
    PropertyRow associated
            = textRow(prefix + QStringLiteral(".associatedRouteTable"), PropertyTr::tr("Associated route table"),
                      member(acc, &HubRoutingConfiguration::associatedRouteTable), false,
                      [acc](const Design &d, Resource &r) -> std::optional<QString> {
                          const auto names = hubTableNames(d, r);
                          const auto name = str(acc(r)->associatedRouteTable);
                          if (names.contains(name))
                              return std::nullopt;
                          return refusalText(io::DiagCode::InvalidEnumValue, {name, names.join(QStringLiteral(", "))});
                      });
    associated.editor = EditorKind::Choice;
    associated.choices = [](const Design &d, const Resource &r) {
        std::vector<PropertyChoice> choices;
        for (const auto &name : hubTableNames(d, r))
            choices.push_back({name, name});
        return choices;
    };
    return {associated,
            stringListRow(prefix + QStringLiteral(".propagatedRouteTables"), PropertyTr::tr("Propagated route tables"),
                          member(acc, &HubRoutingConfiguration::propagatedRouteTables), hubTableNames),
            stringListRow(prefix + QStringLiteral(".propagatedLabels"), PropertyTr::tr("Propagated labels"),
                          member(acc, &HubRoutingConfiguration::propagatedLabels)),
            boolRow(prefix + QStringLiteral(".enableInternetSecurity"), PropertyTr::tr("Internet security"),
                    member(acc, &HubRoutingConfiguration::enableInternetSecurity))};
}

// ---------------------------------------------------------------- kinds

struct KindGroups
{
    const Design &design;
    const Resource &resource;
    std::vector<PropertyGroup> &groups;

    void add(std::vector<PropertyRow> rows, const QString &title = {})
    {
        groups.push_back(group(QStringLiteral("properties"), title.isEmpty() ? PropertyTr::tr("Properties") : title,
                               std::move(rows)));
    }

    void operator()(const VirtualNetwork &v)
    {
        const auto p = props<VirtualNetwork>();
        add({textRow(QStringLiteral("region"), PropertyTr::tr("Region"), member(p, &VirtualNetwork::region), false),
             prefixListRow(QStringLiteral("addressPrefixes"), PropertyTr::tr("Address space"),
                           member(p, &VirtualNetwork::addressPrefixes), vnetSpaceCheck)});
        for (std::size_t i = 0; i < v.subnets.size(); ++i) {
            const auto &s = v.subnets[i];
            auto g = group(QStringLiteral("subnets.") + str(s.id.str()), PropertyTr::tr("Subnet: %1").arg(str(s.name)),
                           subnetRows(s.id, false));
            g.list = ListKind::Subnets;
            g.itemName = str(s.name);
            g.listIndex = static_cast<int>(i);
            g.itemId = str(s.id.str());
            groups.push_back(std::move(g));
        }
    }

    void operator()(const VirtualNetworkPeering &peering)
    {
        const auto p = props<VirtualNetworkPeering>();
        for (std::size_t i = 0; i < 2; ++i) {
            const auto side = element(member(p, &VirtualNetworkPeering::sides), i);
            Hook notSelf = [](const Design &d, Resource &r) -> std::optional<QString> {
                const auto &sides = r.as<VirtualNetworkPeering>()->sides;
                if (sides[0].virtualNetwork == sides[1].virtualNetwork)
                    return refusalText(io::DiagCode::PeeringSameNetwork, {elementName(d, sides[0].virtualNetwork)});
                return std::nullopt;
            };
            groups.push_back(
                    group(QStringLiteral("sides.%1").arg(i),
                          PropertyTr::tr("Peering side: %1").arg(elementName(design, peering.sides[i].virtualNetwork)),
                          {refRow(key("sides", i, "virtualNetwork"), PropertyTr::tr("Virtual network"),
                                  member(side, &PeeringSide::virtualNetwork), kVnets, notSelf),
                           boolRow(key("sides", i, "allowVirtualNetworkAccess"),
                                   PropertyTr::tr("Allow virtual network access"),
                                   member(side, &PeeringSide::allowVirtualNetworkAccess)),
                           boolRow(key("sides", i, "allowForwardedTraffic"), PropertyTr::tr("Allow forwarded traffic"),
                                   member(side, &PeeringSide::allowForwardedTraffic)),
                           boolRow(key("sides", i, "allowGatewayTransit"), PropertyTr::tr("Allow gateway transit"),
                                   member(side, &PeeringSide::allowGatewayTransit)),
                           boolRow(key("sides", i, "useRemoteGateways"), PropertyTr::tr("Use remote gateways"),
                                   member(side, &PeeringSide::useRemoteGateways)),
                           enumRow(key("sides", i, "peeringState"), PropertyTr::tr("Peering state"),
                                   member(side, &PeeringSide::peeringState)),
                           enumRow(key("sides", i, "peeringSyncLevel"), PropertyTr::tr("Sync level"),
                                   member(side, &PeeringSide::peeringSyncLevel))}));
        }
    }

    void operator()(const VpnGateway &g)
    {
        const auto p = props<VpnGateway>();
        add({refRow(QStringLiteral("virtualNetwork"), PropertyTr::tr("Virtual network"),
                    member(p, &VpnGateway::virtualNetwork), kVnets),
             enumRow(QStringLiteral("sku"), PropertyTr::tr("SKU"), member(p, &VpnGateway::sku)),
             enumRow(QStringLiteral("vpnType"), PropertyTr::tr("VPN type"), member(p, &VpnGateway::vpnType)),
             boolRow(QStringLiteral("activeActive"), PropertyTr::tr("Active-active"),
                     member(p, &VpnGateway::activeActive)),
             boolRow(QStringLiteral("enableBgp"), PropertyTr::tr("BGP"), member(p, &VpnGateway::enableBgp)),
             intRow(QStringLiteral("asn"), PropertyTr::tr("ASN"), member(p, &VpnGateway::asn), 1, 4294967295LL)});
        VpnClientConfiguration defaults;
        defaults.vpnClientAddressPool = {*Prefix::parse("172.16.0.0/24").prefix};
        defaults.vpnClientProtocols = {VpnClientProtocol::OpenVPN, VpnClientProtocol::IkeV2};
        defaults.vpnAuthenticationTypes = {VpnAuthenticationType::Certificate};
        const auto config = member(p, &VpnGateway::vpnClientConfiguration);
        std::vector<PropertyRow> rows{
                presenceRow(QStringLiteral("vpnClientConfiguration"), PropertyTr::tr("Enabled"), config, defaults)};
        if (g.vpnClientConfiguration) {
            const auto c = engaged(config);
            rows.push_back(prefixListRow(QStringLiteral("vpnClientAddressPool"), PropertyTr::tr("Address pool"),
                                         member(c, &VpnClientConfiguration::vpnClientAddressPool)));
            rows.push_back(enumListRow(QStringLiteral("vpnClientProtocols"), PropertyTr::tr("Tunnel types"),
                                       member(c, &VpnClientConfiguration::vpnClientProtocols)));
            rows.push_back(enumListRow(QStringLiteral("vpnAuthenticationTypes"), PropertyTr::tr("Authentication"),
                                       member(c, &VpnClientConfiguration::vpnAuthenticationTypes)));
            rows.push_back(prefixListRow(QStringLiteral("customRoutes"), PropertyTr::tr("Custom routes"),
                                         member(c, &VpnClientConfiguration::customRoutes)));
        }
        groups.push_back(
                group(QStringLiteral("vpnClientConfiguration"), PropertyTr::tr("Point-to-site"), std::move(rows)));
    }

    void operator()(const ExpressRouteGateway &g)
    {
        const auto p = props<ExpressRouteGateway>();
        // Scale units exist exactly when the SKU is ErGwScale (the file format requires it).
        Hook scaleUnitsFollowSku = [](const Design &, Resource &r) -> std::optional<QString> {
            auto *gw = r.as<ExpressRouteGateway>();
            if (gw->sku != ExpressRouteGatewaySku::ErGwScale)
                gw->scaleUnits.reset();
            else if (!gw->scaleUnits)
                gw->scaleUnits = 1;
            return std::nullopt;
        };
        std::vector<PropertyRow> rows{refRow(QStringLiteral("virtualNetwork"), PropertyTr::tr("Virtual network"),
                                             member(p, &ExpressRouteGateway::virtualNetwork), kVnets),
                                      enumRow(QStringLiteral("sku"), PropertyTr::tr("SKU"),
                                              member(p, &ExpressRouteGateway::sku), scaleUnitsFollowSku)};
        if (g.sku == ExpressRouteGatewaySku::ErGwScale) {
            rows.push_back(intRow(QStringLiteral("scaleUnits"), PropertyTr::tr("Scale units"),
                                  engaged(member(p, &ExpressRouteGateway::scaleUnits)), 1, 40));
        }
        rows.push_back(boolRow(QStringLiteral("allowRemoteVnetTraffic"),
                               PropertyTr::tr("Allow traffic from remote VNets"),
                               member(p, &ExpressRouteGateway::allowRemoteVnetTraffic)));
        add(std::move(rows));
    }

    void operator()(const ExpressRouteCircuit &)
    {
        const auto p = props<ExpressRouteCircuit>();
        auto bandwidth
                = intRow(QStringLiteral("bandwidthInMbps"), PropertyTr::tr("Bandwidth (Mbps)"),
                         member(p, &ExpressRouteCircuit::bandwidthInMbps), kCircuitBandwidthsMbps.front(),
                         kCircuitBandwidthsMbps.back(), [](const Design &, Resource &r) -> std::optional<QString> {
                             const int value = r.as<ExpressRouteCircuit>()->bandwidthInMbps;
                             if (std::find(kCircuitBandwidthsMbps.begin(), kCircuitBandwidthsMbps.end(), value)
                                 != kCircuitBandwidthsMbps.end())
                                 return std::nullopt;
                             QStringList allowed;
                             for (int b : kCircuitBandwidthsMbps)
                                 allowed << QString::number(b);
                             return refusalText(io::DiagCode::NotInSet,
                                                {QString::number(value), allowed.join(QStringLiteral(", "))});
                         });
        bandwidth.editor = EditorKind::Choice;
        bandwidth.choices = [](const Design &, const Resource &) {
            std::vector<PropertyChoice> choices;
            for (int b : kCircuitBandwidthsMbps)
                choices.push_back({QString::number(b), PropertyTr::tr("%1 Mbps").arg(b)});
            return choices;
        };
        add({bandwidth, enumRow(QStringLiteral("tier"), PropertyTr::tr("Tier"), member(p, &ExpressRouteCircuit::tier)),
             enumRow(QStringLiteral("family"), PropertyTr::tr("Billing"), member(p, &ExpressRouteCircuit::family)),
             textRow(QStringLiteral("peeringLocation"), PropertyTr::tr("Peering location"),
                     member(p, &ExpressRouteCircuit::peeringLocation), false)});
    }

    void operator()(const OnPremisesSite &site)
    {
        const auto p = props<OnPremisesSite>();
        add({prefixListRow(QStringLiteral("addressPrefixes"), PropertyTr::tr("Address prefixes"),
                           member(p, &OnPremisesSite::addressPrefixes)),
             optionalIntRow(QStringLiteral("bgpAsn"), PropertyTr::tr("BGP ASN"), member(p, &OnPremisesSite::bgpAsn), 1,
                            4294967295LL, PropertyTr::tr("(no BGP)"))});
        const auto siteId = resource.id;
        for (std::size_t i = 0; i < site.connectionPolicies.size(); ++i) {
            const auto policy = element(member(p, &OnPremisesSite::connectionPolicies), i);
            auto connection = refRow(key("connectionPolicies", i, "connection"), PropertyTr::tr("Connection"),
                                     member(policy, &SiteConnectionPolicy::connection),
                                     {{K::SiteToSiteConnection, K::CircuitSiteConnection}});
            connection.choices = [siteId](const Design &d, const Resource &) {
                std::vector<PropertyChoice> choices;
                for (const auto &r : d.resources) {
                    const auto *s2s = r.as<SiteToSiteConnection>();
                    const auto *cs = r.as<CircuitSiteConnection>();
                    if ((s2s && s2s->site == siteId) || (cs && cs->site == siteId))
                        choices.push_back({str(r.id.str()), str(r.name)});
                }
                return choices;
            };
            auto check = connection.write;
            connection.write
                    = [check, siteId](const Design &d, Resource &r, const QVariant &v) -> std::optional<QString> {
                const auto *target = d.find(Id(v.toString().trimmed().toStdString()));
                const auto *s2s = target ? target->as<SiteToSiteConnection>() : nullptr;
                const auto *cs = target ? target->as<CircuitSiteConnection>() : nullptr;
                if ((s2s && s2s->site != siteId) || (cs && cs->site != siteId))
                    return refusalText(io::DiagCode::PolicyNotOnSiteConnection, {v.toString().trimmed(), str(r.name)});
                return check(d, r, v);
            };
            auto g = group(QStringLiteral("connectionPolicies.%1").arg(i),
                           PropertyTr::tr("Connection policy: %1")
                                   .arg(elementName(design, site.connectionPolicies[i].connection)),
                           {connection,
                            optionalPrefixListRow(key("connectionPolicies", i, "advertisedPrefixes"),
                                                  PropertyTr::tr("Advertised prefixes"),
                                                  member(policy, &SiteConnectionPolicy::advertisedPrefixes),
                                                  PropertyTr::tr("(the site's address prefixes)")),
                            intRow(key("connectionPolicies", i, "asPathPrepend"), PropertyTr::tr("AS path prepend"),
                                   member(policy, &SiteConnectionPolicy::asPathPrepend), 0, 10),
                            intRow(key("connectionPolicies", i, "localPreference"), PropertyTr::tr("Local preference"),
                                   member(policy, &SiteConnectionPolicy::localPreference), 0, 2147483647),
                            prefixListRow(key("connectionPolicies", i, "staticRoutes"), PropertyTr::tr("Static routes"),
                                          member(policy, &SiteConnectionPolicy::staticRoutes))});
            g.list = ListKind::ConnectionPolicies;
            g.itemName = elementName(design, site.connectionPolicies[i].connection);
            g.listIndex = static_cast<int>(i);
            groups.push_back(std::move(g));
        }
    }

    void operator()(const SiteToSiteConnection &)
    {
        const auto p = props<SiteToSiteConnection>();
        add({oneOfRefRow(QStringLiteral("vpnGateway"), PropertyTr::tr("Gateway"),
                         member(p, &SiteToSiteConnection::vpnGateway), kVpnGateways,
                         member(p, &SiteToSiteConnection::virtualHub), kHubs),
             refRow(QStringLiteral("site"), PropertyTr::tr("Site"), member(p, &SiteToSiteConnection::site), kSites),
             boolRow(QStringLiteral("enableBgp"), PropertyTr::tr("BGP"), member(p, &SiteToSiteConnection::enableBgp)),
             prefixListRow(QStringLiteral("localNetworkGatewayPrefixes"),
                           PropertyTr::tr("Local network gateway prefixes"),
                           member(p, &SiteToSiteConnection::localNetworkGatewayPrefixes)),
             boolRow(QStringLiteral("usePolicyBasedTrafficSelectors"), PropertyTr::tr("Policy-based traffic selectors"),
                     member(p, &SiteToSiteConnection::usePolicyBasedTrafficSelectors))});
    }

    void operator()(const VnetToVnetConnection &)
    {
        const auto p = props<VnetToVnetConnection>();
        const auto gateways = member(p, &VnetToVnetConnection::vpnGateways);
        add({refRow(QStringLiteral("vpnGateways.0"), PropertyTr::tr("First gateway"), element(gateways, 0),
                    kVpnGateways),
             refRow(QStringLiteral("vpnGateways.1"), PropertyTr::tr("Second gateway"), element(gateways, 1),
                    kVpnGateways),
             boolRow(QStringLiteral("enableBgp"), PropertyTr::tr("BGP"), member(p, &VnetToVnetConnection::enableBgp))});
    }

    void operator()(const ExpressRouteConnection &)
    {
        const auto p = props<ExpressRouteConnection>();
        add({oneOfRefRow(QStringLiteral("expressRouteGateway"), PropertyTr::tr("Gateway"),
                         member(p, &ExpressRouteConnection::expressRouteGateway), RefTargets{{K::ExpressRouteGateway}},
                         member(p, &ExpressRouteConnection::virtualHub), kHubs),
             refRow(QStringLiteral("circuit"), PropertyTr::tr("Circuit"), member(p, &ExpressRouteConnection::circuit),
                    kCircuits),
             intRow(QStringLiteral("routingWeight"), PropertyTr::tr("Routing weight"),
                    member(p, &ExpressRouteConnection::routingWeight), 0, 32000)});
    }

    void operator()(const CircuitSiteConnection &)
    {
        const auto p = props<CircuitSiteConnection>();
        add({refRow(QStringLiteral("circuit"), PropertyTr::tr("Circuit"), member(p, &CircuitSiteConnection::circuit),
                    kCircuits),
             refRow(QStringLiteral("site"), PropertyTr::tr("Site"), member(p, &CircuitSiteConnection::site), kSites)});
    }

    void operator()(const GlobalReachConnection &)
    {
        const auto circuits = member(props<GlobalReachConnection>(), &GlobalReachConnection::circuits);
        add({refRow(QStringLiteral("circuits.0"), PropertyTr::tr("First circuit"), element(circuits, 0), kCircuits),
             refRow(QStringLiteral("circuits.1"), PropertyTr::tr("Second circuit"), element(circuits, 1), kCircuits)});
    }

    void operator()(const P2sClientGroup &)
    {
        const auto p = props<P2sClientGroup>();
        add({oneOfRefRow(QStringLiteral("vpnGateway"), PropertyTr::tr("Gateway"),
                         member(p, &P2sClientGroup::vpnGateway), kVpnGateways, member(p, &P2sClientGroup::virtualHub),
                         kHubs),
             enumRow(QStringLiteral("clientOs"), PropertyTr::tr("Client OS"), member(p, &P2sClientGroup::clientOs)),
             enumRow(QStringLiteral("protocol"), PropertyTr::tr("Protocol"), member(p, &P2sClientGroup::protocol)),
             intRow(QStringLiteral("users"), PropertyTr::tr("Users"), member(p, &P2sClientGroup::users), 1, 100000),
             prefixListRow(QStringLiteral("manualRoutes"), PropertyTr::tr("Manual routes"),
                           member(p, &P2sClientGroup::manualRoutes)),
             boolRow(QStringLiteral("profileDownloadedBeforeLastChange"),
                     PropertyTr::tr("Profile older than last change"),
                     member(p, &P2sClientGroup::profileDownloadedBeforeLastChange))});
    }

    void operator()(const AzureFirewall &firewall)
    {
        const auto p = props<AzureFirewall>();
        add({oneOfRefRow(QStringLiteral("virtualNetwork"), PropertyTr::tr("Deployed in"),
                         member(p, &AzureFirewall::virtualNetwork), kVnets, member(p, &AzureFirewall::virtualHub),
                         kHubs),
             enumRow(QStringLiteral("sku"), PropertyTr::tr("SKU"), member(p, &AzureFirewall::sku)),
             optionalIpRow(QStringLiteral("privateIpAddress"), PropertyTr::tr("Private IP address"),
                           member(p, &AzureFirewall::privateIpAddress)),
             boolRow(QStringLiteral("forcedTunneling"), PropertyTr::tr("Forced tunneling"),
                     member(p, &AzureFirewall::forcedTunneling))});
        for (std::size_t i = 0; i < firewall.networkRules.size(); ++i) {
            const auto rule = element(member(p, &AzureFirewall::networkRules), i);
            auto g = group(QStringLiteral("networkRules.%1").arg(i),
                           PropertyTr::tr("Network rule: %1").arg(str(firewall.networkRules[i].name)),
                           {textRow(key("networkRules", i, "name"), PropertyTr::tr("Name"),
                                    member(rule, &NetworkRule::name), false),
                            enumRow(key("networkRules", i, "action"), PropertyTr::tr("Action"),
                                    member(rule, &NetworkRule::action)),
                            prefixListRow(key("networkRules", i, "sourceAddresses"), PropertyTr::tr("Source addresses"),
                                          member(rule, &NetworkRule::sourceAddresses)),
                            prefixListRow(key("networkRules", i, "destinationAddresses"),
                                          PropertyTr::tr("Destination addresses"),
                                          member(rule, &NetworkRule::destinationAddresses))});
            g.list = ListKind::NetworkRules;
            g.itemName = str(firewall.networkRules[i].name);
            g.listIndex = static_cast<int>(i);
            groups.push_back(std::move(g));
        }
    }

    void operator()(const RouteTable &table)
    {
        const auto p = props<RouteTable>();
        add({boolRow(QStringLiteral("disableBgpRoutePropagation"), PropertyTr::tr("Disable gateway route propagation"),
                     member(p, &RouteTable::disableBgpRoutePropagation))});
        for (std::size_t i = 0; i < table.routes.size(); ++i) {
            const auto route = element(member(p, &RouteTable::routes), i);
            // Only a virtual appliance takes a next hop address (NextHopIpNotAllowed otherwise).
            Hook dropAddress = [i](const Design &, Resource &r) -> std::optional<QString> {
                auto &rt = r.as<RouteTable>()->routes[i];
                if (rt.nextHopType != NextHopType::VirtualAppliance)
                    rt.nextHopIpAddress.reset();
                return std::nullopt;
            };
            Hook addressAllowed = [i](const Design &, Resource &r) -> std::optional<QString> {
                const auto &rt = r.as<RouteTable>()->routes[i];
                if (rt.nextHopIpAddress && rt.nextHopType != NextHopType::VirtualAppliance)
                    return refusalText(io::DiagCode::NextHopIpNotAllowed, {str(rt.name), enumText(rt.nextHopType)});
                return std::nullopt;
            };
            auto g = group(QStringLiteral("routes.%1").arg(i),
                           PropertyTr::tr("Route: %1").arg(str(table.routes[i].name)),
                           {textRow(key("routes", i, "name"), PropertyTr::tr("Name"), member(route, &Route::name),
                                    false, routeNameCheck(i)),
                            prefixRow(key("routes", i, "addressPrefix"), PropertyTr::tr("Address prefix"),
                                      member(route, &Route::addressPrefix)),
                            enumRow(key("routes", i, "nextHopType"), PropertyTr::tr("Next hop type"),
                                    member(route, &Route::nextHopType), dropAddress),
                            optionalIpRow(key("routes", i, "nextHopIpAddress"), PropertyTr::tr("Next hop IP address"),
                                          member(route, &Route::nextHopIpAddress), addressAllowed)});
            g.list = ListKind::Routes;
            g.itemName = str(table.routes[i].name);
            g.listIndex = static_cast<int>(i);
            groups.push_back(std::move(g));
        }
    }

    void operator()(const RouteServer &)
    {
        const auto p = props<RouteServer>();
        add({refRow(QStringLiteral("virtualNetwork"), PropertyTr::tr("Virtual network"),
                    member(p, &RouteServer::virtualNetwork), kVnets),
             boolRow(QStringLiteral("allowBranchToBranchTraffic"), PropertyTr::tr("Branch-to-branch"),
                     member(p, &RouteServer::allowBranchToBranchTraffic)),
             enumRow(QStringLiteral("hubRoutingPreference"), PropertyTr::tr("Routing preference"),
                     member(p, &RouteServer::hubRoutingPreference)),
             intRow(QStringLiteral("routingInfrastructureUnits"), PropertyTr::tr("Routing infrastructure units"),
                    member(p, &RouteServer::routingInfrastructureUnits), 2, 100)});
    }

    void operator()(const NetworkVirtualAppliance &)
    {
        const auto p = props<NetworkVirtualAppliance>();
        add({refRow(QStringLiteral("subnet"), PropertyTr::tr("Subnet"), member(p, &NetworkVirtualAppliance::subnet),
                    RefTargets{{}, true}),
             ipRow(QStringLiteral("privateIpAddress"), PropertyTr::tr("Private IP address"),
                   member(p, &NetworkVirtualAppliance::privateIpAddress)),
             boolRow(QStringLiteral("enableIpForwarding"), PropertyTr::tr("IP forwarding"),
                     member(p, &NetworkVirtualAppliance::enableIpForwarding)),
             optionalIntRow(QStringLiteral("bgpAsn"), PropertyTr::tr("BGP ASN"),
                            member(p, &NetworkVirtualAppliance::bgpAsn), 1, 4294967295LL, PropertyTr::tr("(no BGP)")),
             prefixListRow(QStringLiteral("advertisedPrefixes"), PropertyTr::tr("Advertised prefixes"),
                           member(p, &NetworkVirtualAppliance::advertisedPrefixes)),
             intRow(QStringLiteral("instanceCount"), PropertyTr::tr("Instances"),
                    member(p, &NetworkVirtualAppliance::instanceCount), 1, 100),
             textRow(QStringLiteral("vmSize"), PropertyTr::tr("VM size"), member(p, &NetworkVirtualAppliance::vmSize),
                     false)});
    }

    void operator()(const BgpPeering &)
    {
        const auto p = props<BgpPeering>();
        add({refRow(QStringLiteral("routeServer"), PropertyTr::tr("Route Server"), member(p, &BgpPeering::routeServer),
                    RefTargets{{K::RouteServer}}),
             refRow(QStringLiteral("networkVirtualAppliance"), PropertyTr::tr("Appliance"),
                    member(p, &BgpPeering::networkVirtualAppliance), RefTargets{{K::NetworkVirtualAppliance}})});
    }

    void operator()(const VirtualWan &)
    {
        const auto p = props<VirtualWan>();
        add({enumRow(QStringLiteral("type"), PropertyTr::tr("Type"), member(p, &VirtualWan::type)),
             boolRow(QStringLiteral("allowBranchToBranchTraffic"), PropertyTr::tr("Branch-to-branch"),
                     member(p, &VirtualWan::allowBranchToBranchTraffic))});
    }

    void operator()(const VirtualHub &hub);

    void operator()(const VirtualHubConnection &)
    {
        const auto p = props<VirtualHubConnection>();
        add({refRow(QStringLiteral("virtualHub"), PropertyTr::tr("Hub"), member(p, &VirtualHubConnection::virtualHub),
                    kHubs),
             refRow(QStringLiteral("virtualNetwork"), PropertyTr::tr("Virtual network"),
                    member(p, &VirtualHubConnection::virtualNetwork), kVnets)});
        add(routingConfigurationRows(QStringLiteral("routingConfiguration"),
                                     member(p, &VirtualHubConnection::routingConfiguration)),
            PropertyTr::tr("Routing"));
    }

    void operator()(const Intent &)
    {
        const auto p = props<Intent>();
        add({refRow(QStringLiteral("source"), PropertyTr::tr("Source"), member(p, &Intent::source), kEndpoints),
             refRow(QStringLiteral("destination"), PropertyTr::tr("Destination"), member(p, &Intent::destination),
                    kEndpoints),
             enumRow(QStringLiteral("expectation"), PropertyTr::tr("Expectation"), member(p, &Intent::expectation))});
    }

    void operator()(const TrafficFlow &)
    {
        const auto p = props<TrafficFlow>();
        add({refRow(QStringLiteral("source"), PropertyTr::tr("Source"), member(p, &TrafficFlow::source), kEndpoints),
             refRow(QStringLiteral("destination"), PropertyTr::tr("Destination"), member(p, &TrafficFlow::destination),
                    kEndpoints),
             decimalRow(QStringLiteral("gigabytesPerMonth"), PropertyTr::tr("GB per month"),
                        member(p, &TrafficFlow::gigabytesPerMonth), 0, 1e9),
             decimalRow(QStringLiteral("returnGigabytesPerMonth"), PropertyTr::tr("Return GB per month"),
                        member(p, &TrafficFlow::returnGigabytesPerMonth), 0, 1e9)});
    }
};

void KindGroups::operator()(const VirtualHub &hub)
{
    const auto p = props<VirtualHub>();
    add({refRow(QStringLiteral("virtualWan"), PropertyTr::tr("Virtual WAN"), member(p, &VirtualHub::virtualWan),
                RefTargets{{K::VirtualWan}}),
         textRow(QStringLiteral("region"), PropertyTr::tr("Region"), member(p, &VirtualHub::region), false),
         prefixRow(QStringLiteral("addressPrefix"), PropertyTr::tr("Address prefix"),
                   member(p, &VirtualHub::addressPrefix)),
         enumRow(QStringLiteral("hubRoutingPreference"), PropertyTr::tr("Routing preference"),
                 member(p, &VirtualHub::hubRoutingPreference))});

    const auto gatewayGroup = [&](const char *field, const QString &title, auto acc) {
        std::vector<PropertyRow> rows{presenceRow(QLatin1String(field), PropertyTr::tr("Deployed"), acc, HubGateway{})};
        if (acc(resource) && *acc(resource)) {
            rows.push_back(intRow(QLatin1String(field) + QStringLiteral(".scaleUnits"), PropertyTr::tr("Scale units"),
                                  member(engaged(acc), &HubGateway::scaleUnits), 1, 100));
        }
        groups.push_back(group(QLatin1String(field), title, std::move(rows)));
    };
    gatewayGroup("vpnGateway", PropertyTr::tr("VPN gateway"), member(p, &VirtualHub::vpnGateway));
    gatewayGroup("expressRouteGateway", PropertyTr::tr("ExpressRoute gateway"),
                 member(p, &VirtualHub::expressRouteGateway));

    const auto p2s = member(p, &VirtualHub::p2sVpnGateway);
    HubP2sGateway p2sDefaults;
    p2sDefaults.vpnClientAddressPool = {*Prefix::parse("172.16.0.0/24").prefix};
    std::vector<PropertyRow> p2sRows{
            presenceRow(QStringLiteral("p2sVpnGateway"), PropertyTr::tr("Deployed"), p2s, p2sDefaults)};
    if (hub.p2sVpnGateway) {
        p2sRows.push_back(intRow(QStringLiteral("p2sVpnGateway.scaleUnits"), PropertyTr::tr("Scale units"),
                                 member(engaged(p2s), &HubP2sGateway::scaleUnits), 1, 100));
        p2sRows.push_back(prefixListRow(QStringLiteral("p2sVpnGateway.vpnClientAddressPool"),
                                        PropertyTr::tr("Address pool"),
                                        member(engaged(p2s), &HubP2sGateway::vpnClientAddressPool)));
    }
    groups.push_back(
            group(QStringLiteral("p2sVpnGateway"), PropertyTr::tr("Point-to-site gateway"), std::move(p2sRows)));

    const auto intent = member(p, &VirtualHub::routingIntent);
    std::vector<PropertyRow> intentRows{
            presenceRow(QStringLiteral("routingIntent"), PropertyTr::tr("Configured"), intent, RoutingIntent{})};
    if (hub.routingIntent) {
        const auto i = engaged(intent);
        intentRows.push_back(boolRow(QStringLiteral("routingIntent.internetTrafficPolicy"),
                                     PropertyTr::tr("Internet traffic policy"),
                                     member(i, &RoutingIntent::internetTrafficPolicy)));
        intentRows.push_back(boolRow(QStringLiteral("routingIntent.privateTrafficPolicy"),
                                     PropertyTr::tr("Private traffic policy"),
                                     member(i, &RoutingIntent::privateTrafficPolicy)));
        intentRows.push_back(prefixListRow(QStringLiteral("routingIntent.additionalPrivatePrefixes"),
                                           PropertyTr::tr("Additional private prefixes"),
                                           member(i, &RoutingIntent::additionalPrivatePrefixes)));
    }
    groups.push_back(group(QStringLiteral("routingIntent"), PropertyTr::tr("Routing intent"), std::move(intentRows)));

    groups.push_back(group(QStringLiteral("branchRoutingConfiguration"), PropertyTr::tr("Branch routing"),
                           routingConfigurationRows(QStringLiteral("branchRoutingConfiguration"),
                                                    member(p, &VirtualHub::branchRoutingConfiguration))));

    for (std::size_t t = 0; t < hub.routeTables.size(); ++t) {
        const auto table = element(member(p, &VirtualHub::routeTables), t);
        const QString tableKey = QStringLiteral("routeTables.%1").arg(t);
        groups.push_back(group(tableKey, PropertyTr::tr("Hub route table: %1").arg(str(hub.routeTables[t].name)),
                               {textRow(tableKey + QStringLiteral(".name"), PropertyTr::tr("Name"),
                                        member(table, &HubRouteTable::name), false),
                                stringListRow(tableKey + QStringLiteral(".labels"), PropertyTr::tr("Labels"),
                                              member(table, &HubRouteTable::labels))}));
        for (std::size_t i = 0; i < hub.routeTables[t].routes.size(); ++i) {
            const auto route = element(member(table, &HubRouteTable::routes), i);
            const QString routeKey = tableKey + QStringLiteral(".routes.%1").arg(i);
            groups.push_back(
                    group(routeKey,
                          PropertyTr::tr("Static route: %1 (%2)")
                                  .arg(str(hub.routeTables[t].routes[i].name), str(hub.routeTables[t].name)),
                          {textRow(routeKey + QStringLiteral(".name"), PropertyTr::tr("Name"),
                                   member(route, &HubStaticRoute::name), false),
                           prefixListRow(routeKey + QStringLiteral(".destinations"), PropertyTr::tr("Destinations"),
                                         member(route, &HubStaticRoute::destinations)),
                           refRow(routeKey + QStringLiteral(".nextHop"), PropertyTr::tr("Next hop"),
                                  member(route, &HubStaticRoute::nextHop),
                                  RefTargets{{K::AzureFirewall, K::VirtualHubConnection}})}));
        }
    }
}

} // namespace

void appendKindGroups(const Design &design, const Resource &resource, std::vector<PropertyGroup> &groups)
{
    KindGroups visitor{design, resource, groups};
    std::visit(visitor, resource.properties);
}

std::vector<PropertyRow> subnetRows(const Id &subnetId, bool withNotes)
{
    const auto s = subnetById(subnetId);
    const QString prefix = QStringLiteral("subnets.") + str(subnetId.str());
    Hook inside = [subnetId](const Design &, Resource &r) -> std::optional<QString> {
        const auto *vnet = r.as<VirtualNetwork>();
        const auto *subnet = subnetById(subnetId)(std::as_const(r));
        const bool ok = std::any_of(vnet->addressPrefixes.begin(), vnet->addressPrefixes.end(),
                                    [&](const Prefix &p) { return p.contains(subnet->addressPrefix); });
        if (ok)
            return std::nullopt;
        return refusalText(io::DiagCode::SubnetOutsideAddressSpace,
                           {str(subnet->addressPrefix.toString()), str(r.name)});
    };
    std::vector<PropertyRow> rows{textRow(prefix + QStringLiteral(".name"), PropertyTr::tr("Name"),
                                          member(s, &Subnet::name), false, subnetNameCheck(subnetId)),
                                  prefixRow(prefix + QStringLiteral(".addressPrefix"), PropertyTr::tr("Address prefix"),
                                            member(s, &Subnet::addressPrefix), inside),
                                  optionalRefRow(prefix + QStringLiteral(".routeTable"), PropertyTr::tr("Route table"),
                                                 member(s, &Subnet::routeTable), RefTargets{{K::RouteTable}})};
    if (withNotes)
        rows.push_back(
                textRow(prefix + QStringLiteral(".notes"), PropertyTr::tr("Notes"), member(s, &Subnet::notes), true));
    return rows;
}

} // namespace spokewise::views::rows
