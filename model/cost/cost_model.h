#pragma once

// The cost model: the monthly and yearly cost of a design, line by line, from a price catalog.
//
// Every line names the element it belongs to, what it is (a code with arguments; the English is
// on the CLI and GUI side), the quantity and unit, the unit price and where that price came from
// (catalog item, source, source date, estimate or not). Anything the catalog has no figure for is
// listed in `unpriced` with a reason; nothing is ever silently zero. Traffic is priced from the
// TrafficInput (cost/traffic_path.h) that the routing engine supplies. Formulas: docs/cost.md.

#include "cost/price_catalog.h"
#include "cost/traffic_path.h"
#include "design/design.h"

#include <map>
#include <string>
#include <vector>

namespace spokewise::cost {

inline constexpr double kHoursPerMonth = 730;                 // the convention Azure's calculator uses
inline constexpr int kIncludedSiteToSiteTunnels = 10;         // per VPN gateway (PRICES.md §1)
inline constexpr int kIncludedP2sConnections = 128;           // per VPN gateway (PRICES.md §1)
inline constexpr int kIncludedRoutingInfrastructureUnits = 2; // per Route Server (PRICES.md §4)

enum class CostCategory { VpnGateway, ExpressRoute, RouteServer, Firewall, VirtualWan, Nva, Peering, DataTransfer };

// What a line is. The comment lists its args in order.
enum class CostLineCode {
    GatewayHours,                    // SKU name
    GatewayScaleUnits,               // scale units (ErGwScale)
    PublicIps,                       // number of Standard static public IPs
    ExtraSiteToSiteTunnels,          // tunnels, included, extra
    ExtraP2sConnections,             // connections (users), included, extra, connected hours per user
    CircuitPort,                     // bandwidth in Mbps, tier, family
    RouteServerHours,                //
    ExtraRoutingInfrastructureUnits, // units, included, extra
    FirewallHours,                   // SKU name
    HubHours,                        // Virtual WAN type
    HubVpnScaleUnits,                // scale units
    HubVpnConnectionUnits,           // site-to-site connections
    HubP2sScaleUnits,                // scale units
    HubP2sConnectionUnits,           // users, connected hours per user
    HubExpressRouteScaleUnits,       // scale units of the design, first unit at this rate, last unit at this rate
    HubExpressRouteConnectionUnits,  // circuit connections
    NvaVmHours,                      // VM size, instances
    NvaLicenceAndDisks,              // VM size (only ever unpriced: the catalog has no such figures)
    PeeringOutbound,                 // from VNet id, to VNet id, GB, "regional" or "global"
    PeeringInbound,                  // from VNet id, to VNet id, GB, "regional" or "global"
    FirewallDataProcessed,           // GB
    HubDataProcessed,                // GB
    InterHubTransfer,                // from hub id, to hub id, GB
    ExpressRouteMeteredEgress,       // GB
    VnetToVnetTransfer,              // GB
    GlobalReachTransfer,             // GB
    InternetEgressTier,              // first GB of the tier, last GB of the tier ("" = no limit), GB in the tier
    TrafficFlow,                     // GB (only ever unpriced: the flow had no path)
};

// Why something could not be priced. The comment lists its args in order.
enum class NotPricedReason {
    NoCatalogItem,           // catalog item id looked for
    WrongCatalogUnit,        // catalog item id, its unit, the unit the cost model needs
    ScaleUnitsMissing,       //
    ScaleUnitsBeyondCatalog, // scale units asked, highest unit the catalog prices
    UnknownRegion,           // region (not in the catalog's region table)
    NoPriceForGeographies,   // geography A, geography B
    UnknownElement,          // id (missing from the design, or of the wrong kind)
    PathNotComputed,         // (the routing engine has not given this flow direction a path)
    FlowNotRoutable,         // the routing engine's reason code
    OutsideCatalogScope,     // (vendor licences, disks: no figures in any catalog)
};

// Things a reader of a line should know besides its figures.
enum class CostFlag {
    Estimate,     // the catalog marks the price as an estimate
    LegacySku,    // a SKU Azure no longer sells for new deployments
    UsageAssumed, // the quantity rests on an assumed usage (CostOptions)
    UserOverride, // the price comes from the user's catalog file
};

// Names of the enums above, as files and CLI output spell them (design/enums.h).
SPOKEWISE_ENUM_NAMES(CostCategory, {CostCategory::VpnGateway, "vpnGateway"},
                     {CostCategory::ExpressRoute, "expressRoute"}, {CostCategory::RouteServer, "routeServer"},
                     {CostCategory::Firewall, "firewall"}, {CostCategory::VirtualWan, "virtualWan"},
                     {CostCategory::Nva, "nva"}, {CostCategory::Peering, "peering"},
                     {CostCategory::DataTransfer, "dataTransfer"})
SPOKEWISE_ENUM_NAMES(CostLineCode, {CostLineCode::GatewayHours, "gatewayHours"},
                     {CostLineCode::GatewayScaleUnits, "gatewayScaleUnits"}, {CostLineCode::PublicIps, "publicIps"},
                     {CostLineCode::ExtraSiteToSiteTunnels, "extraSiteToSiteTunnels"},
                     {CostLineCode::ExtraP2sConnections, "extraP2sConnections"},
                     {CostLineCode::CircuitPort, "circuitPort"}, {CostLineCode::RouteServerHours, "routeServerHours"},
                     {CostLineCode::ExtraRoutingInfrastructureUnits, "extraRoutingInfrastructureUnits"},
                     {CostLineCode::FirewallHours, "firewallHours"}, {CostLineCode::HubHours, "hubHours"},
                     {CostLineCode::HubVpnScaleUnits, "hubVpnScaleUnits"},
                     {CostLineCode::HubVpnConnectionUnits, "hubVpnConnectionUnits"},
                     {CostLineCode::HubP2sScaleUnits, "hubP2sScaleUnits"},
                     {CostLineCode::HubP2sConnectionUnits, "hubP2sConnectionUnits"},
                     {CostLineCode::HubExpressRouteScaleUnits, "hubExpressRouteScaleUnits"},
                     {CostLineCode::HubExpressRouteConnectionUnits, "hubExpressRouteConnectionUnits"},
                     {CostLineCode::NvaVmHours, "nvaVmHours"}, {CostLineCode::NvaLicenceAndDisks, "nvaLicenceAndDisks"},
                     {CostLineCode::PeeringOutbound, "peeringOutbound"},
                     {CostLineCode::PeeringInbound, "peeringInbound"},
                     {CostLineCode::FirewallDataProcessed, "firewallDataProcessed"},
                     {CostLineCode::HubDataProcessed, "hubDataProcessed"},
                     {CostLineCode::InterHubTransfer, "interHubTransfer"},
                     {CostLineCode::ExpressRouteMeteredEgress, "expressRouteMeteredEgress"},
                     {CostLineCode::VnetToVnetTransfer, "vnetToVnetTransfer"},
                     {CostLineCode::GlobalReachTransfer, "globalReachTransfer"},
                     {CostLineCode::InternetEgressTier, "internetEgressTier"},
                     {CostLineCode::TrafficFlow, "trafficFlow"})
SPOKEWISE_ENUM_NAMES(NotPricedReason, {NotPricedReason::NoCatalogItem, "noCatalogItem"},
                     {NotPricedReason::WrongCatalogUnit, "wrongCatalogUnit"},
                     {NotPricedReason::ScaleUnitsMissing, "scaleUnitsMissing"},
                     {NotPricedReason::ScaleUnitsBeyondCatalog, "scaleUnitsBeyondCatalog"},
                     {NotPricedReason::UnknownRegion, "unknownRegion"},
                     {NotPricedReason::NoPriceForGeographies, "noPriceForGeographies"},
                     {NotPricedReason::UnknownElement, "unknownElement"},
                     {NotPricedReason::PathNotComputed, "pathNotComputed"},
                     {NotPricedReason::FlowNotRoutable, "flowNotRoutable"},
                     {NotPricedReason::OutsideCatalogScope, "outsideCatalogScope"})
SPOKEWISE_ENUM_NAMES(CostFlag, {CostFlag::Estimate, "estimate"}, {CostFlag::LegacySku, "legacySku"},
                     {CostFlag::UsageAssumed, "usageAssumed"}, {CostFlag::UserOverride, "userOverride"})

// One priced line: quantity × unitPrice = monthly.
struct CostLine
{
    Id element;     // empty for design-wide lines (Internet egress tiers)
    Id trafficFlow; // traffic lines: the flow priced; empty otherwise
    FlowDirection direction = FlowDirection::Forward;
    CostCategory category = CostCategory::VpnGateway;
    CostLineCode code = CostLineCode::GatewayHours;
    std::vector<std::string> args;
    double quantity = 0; // per month, in `unit`s
    PriceUnit unit = PriceUnit::Hour;
    double unitPrice = 0;
    double monthly = 0;
    std::string catalogItem;
    std::string source;
    std::string sourceDate;
    PriceStatus status = PriceStatus::Estimate;
    std::vector<CostFlag> flags;

    double yearly() const { return monthly * 12; }
    bool isEstimate() const { return status == PriceStatus::Estimate; }
    bool hasFlag(CostFlag flag) const;
    friend bool operator==(const CostLine &, const CostLine &) = default;
};

// Something that costs money but that the catalog cannot price.
struct UnpricedItem
{
    Id element;
    Id trafficFlow;
    FlowDirection direction = FlowDirection::Forward;
    CostCategory category = CostCategory::VpnGateway;
    CostLineCode code = CostLineCode::GatewayHours;
    std::vector<std::string> args;
    NotPricedReason reason = NotPricedReason::NoCatalogItem;
    std::vector<std::string> reasonArgs;
    friend bool operator==(const UnpricedItem &, const UnpricedItem &) = default;
};

// The usage assumptions an estimate rests on; shown with every estimate.
struct CostOptions
{
    double hoursPerMonth = kHoursPerMonth;
    // Hours a month each P2S user is connected. Always-on is the safe upper bound for a quote;
    // 160 is a working month. Drives the extra P2S connections and the hub P2S connection units.
    double p2sConnectedHoursPerUser = kHoursPerMonth;
};

// A design's estimate. Lines come in design order, then traffic, then Internet egress tiers.
struct CostEstimate
{
    std::vector<CostLine> lines;
    std::vector<UnpricedItem> unpriced;
    std::string catalogDate;
    std::string currency;
    bool catalogOverridden = false;
    CostOptions options;

    double monthlyTotal() const;
    double yearlyTotal() const { return monthlyTotal() * 12; }
    std::map<CostCategory, double> monthlyByCategory() const;
    // Monthly total of each element with priced lines, in the order the lines first name it.
    std::vector<std::pair<Id, double>> monthlyByElement() const;
    bool hasEstimates() const;
};

// Prices `design` with `catalog`. Never fails: what cannot be priced goes to `unpriced`.
CostEstimate estimateCost(const Design &design, const PriceCatalog &catalog, const TrafficInput &traffic = {},
                          const CostOptions &options = {});

// Numbers in line args: integers without a decimal point, others in the shortest exact form.
std::string formatCostNumber(double value);

} // namespace spokewise::cost
