#pragma once

// Internal to model/cost: collects the lines of one estimate. Not part of the public API.

#include "cost/cost_model.h"

#include <string_view>

namespace spokewise::cost::detail {

// Turns "this much of catalog item X" into a CostLine, or into an UnpricedItem with the reason.
class CostBuilder final
{
public:
    CostBuilder(const Design &design, const PriceCatalog &catalog, const CostOptions &options, CostEstimate &out)
        : m_design(design)
        , m_catalog(catalog)
        , m_options(options)
        , m_out(out)
    {}

    const Design &design() const { return m_design; }
    const PriceCatalog &catalog() const { return m_catalog; }
    const CostOptions &options() const { return m_options; }
    double hours() const { return m_options.hoursPerMonth; }

    // Lines and unpriced items added from now on belong to this flow direction (traffic).
    void setTraffic(const Id &flow, FlowDirection direction)
    {
        m_flow = flow;
        m_direction = direction;
    }
    void clearTraffic() { m_flow = Id(); }

    // Prices `quantity` units of catalog item `itemId` (which must be counted in `unit`).
    // Returns false, after listing the item as unpriced, when the catalog cannot price it.
    bool add(const Id &element, CostCategory category, CostLineCode code, std::vector<std::string> args,
             std::string_view itemId, PriceUnit unit, double quantity, std::vector<CostFlag> flags = {});

    void unpriced(const Id &element, CostCategory category, CostLineCode code, std::vector<std::string> args,
                  NotPricedReason reason, std::vector<std::string> reasonArgs = {});

private:
    const Design &m_design;
    const PriceCatalog &m_catalog;
    const CostOptions &m_options;
    CostEstimate &m_out;
    Id m_flow;
    FlowDirection m_direction = FlowDirection::Forward;
};

void priceTraffic(CostBuilder &builder, const TrafficInput &traffic);

} // namespace spokewise::cost::detail
