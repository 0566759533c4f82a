// Prices the charged segments of traffic paths (cost/traffic_path.h).

#include "cost/cost_builder.h"

#include <array>
#include <optional>

namespace spokewise::cost::detail {

namespace {

std::string num(double value)
{
    return formatCostNumber(value);
}

// The monthly tiers of Internet data transfer out, in GB (1 TB = 1024 GB), with their catalog items.
struct EgressTier
{
    double firstGb;
    std::optional<double> endGb; // exclusive; none for the last tier
    const char *item;
};
constexpr double kTb = 1024;
const std::array<EgressTier, 6> kEgressTiers = {{
        {0, 100, "internetEgress.first100GB"},
        {100, 10 * kTb, "internetEgress.next10TB"},
        {10 * kTb, 50 * kTb, "internetEgress.next40TB"},
        {50 * kTb, 150 * kTb, "internetEgress.next100TB"},
        {150 * kTb, 500 * kTb, "internetEgress.next350TB"},
        {500 * kTb, std::nullopt, "internetEgress.over500TB"},
}};

template<typename T>
const T *findAs(const Design &design, const Id &id, const Resource **resource = nullptr)
{
    const Resource *r = design.find(id);
    if (resource)
        *resource = r;
    return r ? r->as<T>() : nullptr;
}

// Prices the segments of each path; keeps the month's Internet egress to tier it at the end.
class PathPricer
{
public:
    explicit PathPricer(CostBuilder &b)
        : m_b(b)
        , m_d(b.design())
    {}

    void price(const TrafficPath &path)
    {
        const double gb = path.gigabytesPerMonth;
        m_b.setTraffic(path.flow, path.direction);
        if (!findAs<TrafficFlow>(m_d, path.flow)) {
            m_b.unpriced(path.flow, CostCategory::DataTransfer, CostLineCode::TrafficFlow, {num(gb)},
                         NotPricedReason::UnknownElement, {path.flow.str()});
            return;
        }
        if (gb <= 0)
            return;
        for (const auto &s : path.segments)
            priceSegment(s, gb);
    }

    // Internet egress is tiered by the month's total, so it is priced once, after all paths.
    void priceInternetEgress()
    {
        m_b.clearTraffic();
        if (m_internetGb <= 0)
            return;
        for (const auto &tier : kEgressTiers) {
            if (m_internetGb <= tier.firstGb)
                break;
            const double top = tier.endGb ? std::min(*tier.endGb, m_internetGb) : m_internetGb;
            const double inTier = top - tier.firstGb;
            m_b.add(Id(), CostCategory::DataTransfer, CostLineCode::InternetEgressTier,
                    {num(tier.firstGb), tier.endGb ? num(*tier.endGb) : std::string(), num(inTier)}, tier.item,
                    PriceUnit::Gigabyte, inTier);
        }
    }

private:
    void unknown(const Id &element, CostCategory cat, CostLineCode code, double gb, const Id &missing)
    {
        m_b.unpriced(element, cat, code, {num(gb)}, NotPricedReason::UnknownElement, {missing.str()});
    }

    void priceSegment(const TrafficSegment &s, double gb)
    {
        switch (s.kind) {
        case TrafficSegmentKind::PeeringTransfer: return pricePeering(s, gb);
        case TrafficSegmentKind::FirewallProcessing: {
            const auto code = CostLineCode::FirewallDataProcessed;
            const auto *fw = findAs<AzureFirewall>(m_d, s.element);
            if (!fw)
                return unknown(s.element, CostCategory::Firewall, code, gb, s.element);
            const std::string sku(enumName(fw->sku));
            m_b.add(s.element, CostCategory::Firewall, code, {num(gb)}, "azureFirewall." + sku + ".dataProcessed",
                    PriceUnit::Gigabyte, gb);
            return;
        }
        case TrafficSegmentKind::HubProcessing: {
            const auto code = CostLineCode::HubDataProcessed;
            const auto *hub = findAs<VirtualHub>(m_d, s.element);
            const auto *wan = hub ? findAs<VirtualWan>(m_d, hub->virtualWan) : nullptr;
            if (!wan)
                return unknown(s.element, CostCategory::VirtualWan, code, gb, hub ? hub->virtualWan : s.element);
            // A Basic hub has no data-processing fee (S2), and carries no VNet-to-VNet transit anyway.
            if (wan->type == VirtualWanType::Standard) {
                m_b.add(s.element, CostCategory::VirtualWan, code, {num(gb)}, "virtualHub.Standard.dataProcessed",
                        PriceUnit::Gigabyte, gb);
            }
            return;
        }
        case TrafficSegmentKind::InterHubTransfer: return priceInterHub(s, gb);
        case TrafficSegmentKind::ExpressRouteEgress: {
            const auto code = CostLineCode::ExpressRouteMeteredEgress;
            const auto *circuit = findAs<ExpressRouteCircuit>(m_d, s.element);
            if (!circuit)
                return unknown(s.element, CostCategory::ExpressRoute, code, gb, s.element);
            // Unlimited and Local circuits include their outbound data: no line.
            if (circuit->family == CircuitFamily::MeteredData && circuit->tier != CircuitTier::Local) {
                m_b.add(s.element, CostCategory::ExpressRoute, code, {num(gb)}, "expressRouteCircuit.meteredEgress",
                        PriceUnit::Gigabyte, gb);
            }
            return;
        }
        case TrafficSegmentKind::VnetToVnetTransfer: {
            const auto code = CostLineCode::VnetToVnetTransfer;
            if (!findAs<VnetToVnetConnection>(m_d, s.element))
                return unknown(s.element, CostCategory::VpnGateway, code, gb, s.element);
            m_b.add(s.element, CostCategory::VpnGateway, code, {num(gb)}, "vpnGateway.vnetToVnetTransfer",
                    PriceUnit::Gigabyte, gb);
            return;
        }
        case TrafficSegmentKind::GlobalReachTransfer: {
            const auto code = CostLineCode::GlobalReachTransfer;
            if (!findAs<GlobalReachConnection>(m_d, s.element))
                return unknown(s.element, CostCategory::ExpressRoute, code, gb, s.element);
            m_b.add(s.element, CostCategory::ExpressRoute, code, {num(gb)}, "expressRoute.globalReach",
                    PriceUnit::Gigabyte, gb);
            return;
        }
        case TrafficSegmentKind::InternetEgress: m_internetGb += gb; return;
        }
    }

    // Region of a VNet, or nothing (reported) when the element is not a VNet.
    const VirtualNetwork *vnet(const Id &id, const Id &element, CostLineCode code, double gb)
    {
        const auto *v = findAs<VirtualNetwork>(m_d, id);
        if (!v)
            unknown(element, CostCategory::Peering, code, gb, id);
        return v;
    }

    void pricePeering(const TrafficSegment &s, double gb)
    {
        const auto code = CostLineCode::PeeringOutbound;
        if (!findAs<VirtualNetworkPeering>(m_d, s.element))
            return unknown(s.element, CostCategory::Peering, code, gb, s.element);
        const auto *from = vnet(s.from, s.element, code, gb);
        const auto *to = vnet(s.to, s.element, code, gb);
        if (!from || !to)
            return;
        const std::string fromRegion = normaliseRegion(from->region);
        const std::string toRegion = normaliseRegion(to->region);
        if (fromRegion == toRegion) {
            const std::vector<std::string> args = {s.from.str(), s.to.str(), num(gb), "regional"};
            m_b.add(s.element, CostCategory::Peering, CostLineCode::PeeringOutbound, args, "peering.regional.outbound",
                    PriceUnit::Gigabyte, gb);
            m_b.add(s.element, CostCategory::Peering, CostLineCode::PeeringInbound, args, "peering.regional.inbound",
                    PriceUnit::Gigabyte, gb);
            return;
        }
        // Global peering: outbound at the sending region's zone rate, inbound at the receiving one's.
        const std::vector<std::string> args = {s.from.str(), s.to.str(), num(gb), "global"};
        const auto side = [&](const std::string &region, CostLineCode lineCode, const char *direction) {
            const RegionInfo *info = m_b.catalog().region(region);
            if (!info) {
                m_b.unpriced(s.element, CostCategory::Peering, lineCode, args, NotPricedReason::UnknownRegion,
                             {region});
                return;
            }
            m_b.add(s.element, CostCategory::Peering, lineCode, args,
                    "peering.global.zone" + std::to_string(info->zone) + "." + direction, PriceUnit::Gigabyte, gb);
        };
        side(fromRegion, CostLineCode::PeeringOutbound, "outbound");
        side(toRegion, CostLineCode::PeeringInbound, "inbound");
    }

    void priceInterHub(const TrafficSegment &s, double gb)
    {
        const auto code = CostLineCode::InterHubTransfer;
        const auto cat = CostCategory::VirtualWan;
        const auto *from = findAs<VirtualHub>(m_d, s.from);
        const auto *to = findAs<VirtualHub>(m_d, s.to);
        if (!from || !to)
            return unknown(s.from, cat, code, gb, from ? s.to : s.from);
        const std::vector<std::string> args = {s.from.str(), s.to.str(), num(gb)};
        const RegionInfo *a = m_b.catalog().region(from->region);
        const RegionInfo *b = m_b.catalog().region(to->region);
        if (!a || !b) {
            m_b.unpriced(s.from, cat, code, args, NotPricedReason::UnknownRegion,
                         {normaliseRegion(a ? to->region : from->region)});
            return;
        }
        // S2 prices North America and Europe only; other pairs are listed as unpriced.
        std::string item;
        if (a->geography == "northAmerica" && b->geography == "northAmerica")
            item = "virtualWan.interHub.northAmerica";
        else if (a->geography == "europe" && b->geography == "europe")
            item = "virtualWan.interHub.europe";
        else if ((a->geography == "northAmerica" && b->geography == "europe")
                 || (a->geography == "europe" && b->geography == "northAmerica"))
            item = "virtualWan.interHub.northAmericaEurope";
        if (item.empty()) {
            m_b.unpriced(s.from, cat, code, args, NotPricedReason::NoPriceForGeographies, {a->geography, b->geography});
            return;
        }
        m_b.add(s.from, cat, code, args, item, PriceUnit::Gigabyte, gb);
    }

    CostBuilder &m_b;
    const Design &m_d;
    double m_internetGb = 0;
};

} // namespace

void priceTraffic(CostBuilder &builder, const TrafficInput &traffic)
{
    PathPricer pricer(builder);
    for (const auto &path : traffic.paths)
        pricer.price(path);
    pricer.priceInternetEgress();
    builder.clearTraffic();
}

} // namespace spokewise::cost::detail
