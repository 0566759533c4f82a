#include "cost/cost_model.h"

#include "cost/cost_builder.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace spokewise::cost {

using detail::CostBuilder;

// ---------------------------------------------------------------- lines

bool CostLine::hasFlag(CostFlag flag) const
{
    return std::find(flags.begin(), flags.end(), flag) != flags.end();
}

std::string formatCostNumber(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return std::to_string(static_cast<long long>(value));
    return nlohmann::json(value).dump();
}

bool CostBuilder::add(const Id &element, CostCategory category, CostLineCode code, std::vector<std::string> args,
                      std::string_view itemId, PriceUnit unit, double quantity, std::vector<CostFlag> flags)
{
    const PriceItem *item = m_catalog.find(itemId);
    if (!item) {
        unpriced(element, category, code, std::move(args), NotPricedReason::NoCatalogItem, {std::string(itemId)});
        return false;
    }
    if (item->unit != unit) {
        unpriced(element, category, code, std::move(args), NotPricedReason::WrongCatalogUnit,
                 {item->id, std::string(enumName(item->unit)), std::string(enumName(unit))});
        return false;
    }
    CostLine line;
    line.element = element;
    line.trafficFlow = m_flow;
    line.direction = m_direction;
    line.category = category;
    line.code = code;
    line.args = std::move(args);
    line.quantity = quantity;
    line.unit = unit;
    line.unitPrice = item->usd;
    line.monthly = quantity * item->usd;
    line.catalogItem = item->id;
    line.source = item->source;
    line.sourceDate = item->sourceDate;
    line.status = item->status;
    if (item->status == PriceStatus::Estimate)
        line.flags.push_back(CostFlag::Estimate);
    for (const CostFlag flag : flags)
        line.flags.push_back(flag);
    if (item->overridden)
        line.flags.push_back(CostFlag::UserOverride);
    m_out.lines.push_back(std::move(line));
    return true;
}

void CostBuilder::unpriced(const Id &element, CostCategory category, CostLineCode code, std::vector<std::string> args,
                           NotPricedReason reason, std::vector<std::string> reasonArgs)
{
    m_out.unpriced.push_back(
            {element, m_flow, m_direction, category, code, std::move(args), reason, std::move(reasonArgs)});
}

namespace {

std::string num(double value)
{
    return formatCostNumber(value);
}
std::string num(int value)
{
    return std::to_string(value);
}

// ---------------------------------------------------------------- who attaches to what

template<typename T, typename Pred>
int countOf(const Design &design, Pred pred)
{
    int n = 0;
    for (const auto &r : design.resources) {
        if (const T *p = r.as<T>(); p && pred(*p))
            ++n;
    }
    return n;
}

int p2sUsersOn(const Design &design, const Id &gatewayOrHub, bool hub)
{
    int users = 0;
    for (const auto &r : design.resources) {
        if (const auto *g = r.as<P2sClientGroup>()) {
            const auto &target = hub ? g->virtualHub : g->vpnGateway;
            if (target && *target == gatewayOrHub)
                users += std::max(0, g->users);
        }
    }
    return users;
}

bool isLegacyVpnSku(VpnGatewaySku sku)
{
    switch (sku) {
    case VpnGatewaySku::VpnGw1:
    case VpnGatewaySku::VpnGw2:
    case VpnGatewaySku::VpnGw3:
    case VpnGatewaySku::VpnGw4:
    case VpnGatewaySku::VpnGw5: return true;
    default: return false;
    }
}

bool isLegacyErSku(ExpressRouteGatewaySku sku)
{
    return sku == ExpressRouteGatewaySku::Standard || sku == ExpressRouteGatewaySku::HighPerformance
           || sku == ExpressRouteGatewaySku::UltraPerformance;
}

void addPublicIps(CostBuilder &b, const Id &element, CostCategory category, int count)
{
    b.add(element, category, CostLineCode::PublicIps, {num(count)}, "publicIp.standardStatic", PriceUnit::Hour,
          count * b.hours());
}

// ---------------------------------------------------------------- one function per priced kind

void priceVpnGateway(CostBuilder &b, const Resource &r, const VpnGateway &gw)
{
    const auto cat = CostCategory::VpnGateway;
    const std::string sku(enumName(gw.sku));
    std::vector<CostFlag> flags;
    if (isLegacyVpnSku(gw.sku))
        flags.push_back(CostFlag::LegacySku);
    b.add(r.id, cat, CostLineCode::GatewayHours, {sku}, "vpnGateway." + sku, PriceUnit::Hour, b.hours(), flags);
    // Active-active costs the same but needs a second public IP (S5).
    addPublicIps(b, r.id, cat, gw.activeActive ? 2 : 1);

    const auto &d = b.design();
    const int tunnels = countOf<SiteToSiteConnection>(
                                d, [&](const SiteToSiteConnection &c) { return c.vpnGateway && *c.vpnGateway == r.id; })
                        + countOf<VnetToVnetConnection>(d, [&](const VnetToVnetConnection &c) {
                              return c.vpnGateways[0] == r.id || c.vpnGateways[1] == r.id;
                          });
    if (const int extra = tunnels - kIncludedSiteToSiteTunnels; extra > 0) {
        b.add(r.id, cat, CostLineCode::ExtraSiteToSiteTunnels,
              {num(tunnels), num(kIncludedSiteToSiteTunnels), num(extra)}, "vpnGateway.s2sTunnel",
              PriceUnit::TunnelHour, extra * b.hours());
    }
    const int users = p2sUsersOn(d, r.id, false);
    if (const int extra = users - kIncludedP2sConnections; extra > 0) {
        const double hoursPerUser = b.options().p2sConnectedHoursPerUser;
        b.add(r.id, cat, CostLineCode::ExtraP2sConnections,
              {num(users), num(kIncludedP2sConnections), num(extra), num(hoursPerUser)}, "vpnGateway.p2sConnection",
              PriceUnit::ConnectionHour, extra * hoursPerUser, {CostFlag::UsageAssumed});
    }
}

void priceExpressRouteGateway(CostBuilder &b, const Resource &r, const ExpressRouteGateway &gw)
{
    const auto cat = CostCategory::ExpressRoute;
    const std::string sku(enumName(gw.sku));
    if (gw.sku == ExpressRouteGatewaySku::ErGwScale) {
        if (!gw.scaleUnits || *gw.scaleUnits < 1) {
            b.unpriced(r.id, cat, CostLineCode::GatewayScaleUnits, {}, NotPricedReason::ScaleUnitsMissing);
            return;
        }
        b.add(r.id, cat, CostLineCode::GatewayScaleUnits, {num(*gw.scaleUnits)}, "expressRouteGateway.ErGwScale",
              PriceUnit::ScaleUnitHour, *gw.scaleUnits * b.hours());
        return;
    }
    std::vector<CostFlag> flags;
    if (isLegacyErSku(gw.sku))
        flags.push_back(CostFlag::LegacySku);
    // The ER gateway's public IP is provisioned and managed by Azure: no line (docs/cost.md).
    b.add(r.id, cat, CostLineCode::GatewayHours, {sku}, "expressRouteGateway." + sku, PriceUnit::Hour, b.hours(),
          flags);
}

void priceCircuit(CostBuilder &b, const Resource &r, const ExpressRouteCircuit &c)
{
    const std::string tier(enumName(c.tier));
    const std::string family(enumName(c.family));
    const std::string bw = num(c.bandwidthInMbps);
    b.add(r.id, CostCategory::ExpressRoute, CostLineCode::CircuitPort, {bw, tier, family},
          "expressRouteCircuit." + tier + "." + family + "." + bw, PriceUnit::Month, 1);
}

void priceRouteServer(CostBuilder &b, const Resource &r, const RouteServer &rs)
{
    const auto cat = CostCategory::RouteServer;
    b.add(r.id, cat, CostLineCode::RouteServerHours, {}, "routeServer", PriceUnit::Hour, b.hours());
    addPublicIps(b, r.id, cat, 1);
    if (const int extra = rs.routingInfrastructureUnits - kIncludedRoutingInfrastructureUnits; extra > 0) {
        b.add(r.id, cat, CostLineCode::ExtraRoutingInfrastructureUnits,
              {num(rs.routingInfrastructureUnits), num(kIncludedRoutingInfrastructureUnits), num(extra)},
              "routeServer.routingInfrastructureUnit", PriceUnit::RiuHour, extra * b.hours());
    }
}

void priceFirewall(CostBuilder &b, const Resource &r, const AzureFirewall &fw)
{
    const auto cat = CostCategory::Firewall;
    const std::string sku(enumName(fw.sku));
    b.add(r.id, cat, CostLineCode::FirewallHours, {sku}, "azureFirewall." + sku, PriceUnit::Hour, b.hours());
    // One public IP for traffic; a VNet firewall with a management NIC (Basic always, others with
    // forced tunnelling) needs a second one. A secured hub's firewall gets one by default.
    const bool management = !fw.virtualHub && (fw.sku == AzureFirewallSku::Basic || fw.forcedTunneling);
    addPublicIps(b, r.id, cat, management ? 2 : 1);
}

void priceHub(CostBuilder &b, const Resource &r, const VirtualHub &hub)
{
    const auto cat = CostCategory::VirtualWan;
    const auto &d = b.design();
    const Resource *wanResource = d.find(hub.virtualWan);
    const VirtualWan *wan = wanResource ? wanResource->as<VirtualWan>() : nullptr;
    if (!wan) {
        b.unpriced(r.id, cat, CostLineCode::HubHours, {}, NotPricedReason::UnknownElement, {hub.virtualWan.str()});
    } else {
        const std::string type(enumName(wan->type));
        b.add(r.id, cat, CostLineCode::HubHours, {type}, "virtualHub." + type, PriceUnit::Hour, b.hours());
    }

    if (hub.vpnGateway) {
        b.add(r.id, cat, CostLineCode::HubVpnScaleUnits, {num(hub.vpnGateway->scaleUnits)}, "virtualHub.vpnScaleUnit",
              PriceUnit::ScaleUnitHour, hub.vpnGateway->scaleUnits * b.hours());
    }
    const int sites = countOf<SiteToSiteConnection>(
            d, [&](const SiteToSiteConnection &c) { return c.virtualHub && *c.virtualHub == r.id; });
    if (sites > 0) {
        b.add(r.id, cat, CostLineCode::HubVpnConnectionUnits, {num(sites)}, "virtualHub.vpnConnectionUnit",
              PriceUnit::ConnectionHour, sites * b.hours());
    }

    if (hub.p2sVpnGateway) {
        b.add(r.id, cat, CostLineCode::HubP2sScaleUnits, {num(hub.p2sVpnGateway->scaleUnits)},
              "virtualHub.p2sScaleUnit", PriceUnit::ScaleUnitHour, hub.p2sVpnGateway->scaleUnits * b.hours());
    }
    if (const int users = p2sUsersOn(d, r.id, true); users > 0) {
        const double hoursPerUser = b.options().p2sConnectedHoursPerUser;
        b.add(r.id, cat, CostLineCode::HubP2sConnectionUnits, {num(users), num(hoursPerUser)},
              "virtualHub.p2sConnectionUnit", PriceUnit::UserHour, users * hoursPerUser, {CostFlag::UsageAssumed});
    }

    if (hub.expressRouteGateway) {
        // Units 1-5 at one rate, 6-10 at a lower one (S2); the catalog has no rate beyond 10.
        const int units = hub.expressRouteGateway->scaleUnits;
        const int first = std::min(units, 5);
        const int second = std::clamp(units - 5, 0, 5);
        if (first > 0) {
            b.add(r.id, cat, CostLineCode::HubExpressRouteScaleUnits, {num(units), "1", num(first)},
                  "virtualHub.expressRouteScaleUnit", PriceUnit::ScaleUnitHour, first * b.hours());
        }
        if (second > 0) {
            b.add(r.id, cat, CostLineCode::HubExpressRouteScaleUnits, {num(units), "6", num(5 + second)},
                  "virtualHub.expressRouteAdditionalScaleUnit", PriceUnit::ScaleUnitHour, second * b.hours());
        }
        if (units > 10) {
            b.unpriced(r.id, cat, CostLineCode::HubExpressRouteScaleUnits, {num(units), "11", num(units)},
                       NotPricedReason::ScaleUnitsBeyondCatalog, {num(units), "10"});
        }
    }
    const int circuits = countOf<ExpressRouteConnection>(
            d, [&](const ExpressRouteConnection &c) { return c.virtualHub && *c.virtualHub == r.id; });
    if (circuits > 0) {
        b.add(r.id, cat, CostLineCode::HubExpressRouteConnectionUnits, {num(circuits)},
              "virtualHub.expressRouteConnectionUnit", PriceUnit::ConnectionHour, circuits * b.hours());
    }
}

void priceNva(CostBuilder &b, const Resource &r, const NetworkVirtualAppliance &nva)
{
    const auto cat = CostCategory::Nva;
    b.add(r.id, cat, CostLineCode::NvaVmHours, {nva.vmSize, num(nva.instanceCount)}, "vm." + nva.vmSize + ".linux",
          PriceUnit::Hour, nva.instanceCount * b.hours());
    // Disks and the vendor's licence are real costs no catalog can know: say so.
    b.unpriced(r.id, cat, CostLineCode::NvaLicenceAndDisks, {nva.vmSize}, NotPricedReason::OutsideCatalogScope);
}

// Flow directions with traffic but neither a path nor a routing verdict.
void reportFlowsWithoutPaths(CostBuilder &b, CostEstimate &out, const TrafficInput &traffic)
{
    const auto covered = [&](const Id &flow, FlowDirection dir) {
        const auto samePath = [&](const TrafficPath &p) { return p.flow == flow && p.direction == dir; };
        const auto sameUnrouted = [&](const UnroutedFlow &u) { return u.flow == flow && u.direction == dir; };
        return std::any_of(traffic.paths.begin(), traffic.paths.end(), samePath)
               || std::any_of(traffic.unrouted.begin(), traffic.unrouted.end(), sameUnrouted);
    };
    for (const auto &r : b.design().resources) {
        const auto *flow = r.as<TrafficFlow>();
        if (!flow)
            continue;
        const std::pair<FlowDirection, double> directions[] = {{FlowDirection::Forward, flow->gigabytesPerMonth},
                                                               {FlowDirection::Return, flow->returnGigabytesPerMonth}};
        for (const auto &[dir, gb] : directions) {
            if (gb > 0 && !covered(r.id, dir)) {
                out.unpriced.push_back({r.id,
                                        r.id,
                                        dir,
                                        CostCategory::DataTransfer,
                                        CostLineCode::TrafficFlow,
                                        {num(gb)},
                                        NotPricedReason::PathNotComputed,
                                        {}});
            }
        }
    }
    for (const auto &u : traffic.unrouted) {
        const Resource *r = b.design().find(u.flow);
        const auto *flow = r ? r->as<TrafficFlow>() : nullptr;
        const double gb = !flow                                   ? 0
                          : u.direction == FlowDirection::Forward ? flow->gigabytesPerMonth
                                                                  : flow->returnGigabytesPerMonth;
        out.unpriced.push_back({u.flow,
                                u.flow,
                                u.direction,
                                CostCategory::DataTransfer,
                                CostLineCode::TrafficFlow,
                                {num(gb)},
                                NotPricedReason::FlowNotRoutable,
                                {u.reasonCode}});
    }
}

} // namespace

// ---------------------------------------------------------------- the estimate

CostEstimate estimateCost(const Design &design, const PriceCatalog &catalog, const TrafficInput &traffic,
                          const CostOptions &options)
{
    CostEstimate out;
    out.catalogDate = catalog.date;
    out.currency = catalog.currency;
    out.catalogOverridden = catalog.hasOverrides();
    out.options = options;
    CostBuilder b(design, catalog, options, out);
    for (const auto &r : design.resources) {
        if (const auto *p = r.as<VpnGateway>())
            priceVpnGateway(b, r, *p);
        else if (const auto *p = r.as<ExpressRouteGateway>())
            priceExpressRouteGateway(b, r, *p);
        else if (const auto *p = r.as<ExpressRouteCircuit>())
            priceCircuit(b, r, *p);
        else if (const auto *p = r.as<RouteServer>())
            priceRouteServer(b, r, *p);
        else if (const auto *p = r.as<AzureFirewall>())
            priceFirewall(b, r, *p);
        else if (const auto *p = r.as<VirtualHub>())
            priceHub(b, r, *p);
        else if (const auto *p = r.as<NetworkVirtualAppliance>())
            priceNva(b, r, *p);
        // Everything else has no charge of its own: VNets, subnets, route tables, sites, BGP
        // peerings, intents; peerings and connections are priced by the traffic they carry.
    }
    detail::priceTraffic(b, traffic);
    reportFlowsWithoutPaths(b, out, traffic);
    return out;
}

double CostEstimate::monthlyTotal() const
{
    double total = 0;
    for (const auto &line : lines)
        total += line.monthly;
    return total;
}

std::map<CostCategory, double> CostEstimate::monthlyByCategory() const
{
    std::map<CostCategory, double> totals;
    for (const auto &line : lines)
        totals[line.category] += line.monthly;
    return totals;
}

std::vector<std::pair<Id, double>> CostEstimate::monthlyByElement() const
{
    std::vector<std::pair<Id, double>> totals;
    for (const auto &line : lines) {
        auto it = std::find_if(totals.begin(), totals.end(), [&](const auto &t) { return t.first == line.element; });
        if (it == totals.end())
            totals.emplace_back(line.element, line.monthly);
        else
            it->second += line.monthly;
    }
    return totals;
}

bool CostEstimate::hasEstimates() const
{
    return std::any_of(lines.begin(), lines.end(), [](const CostLine &l) { return l.isEstimate(); });
}

} // namespace spokewise::cost
