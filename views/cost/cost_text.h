#pragma once

// The English texts for the cost model's codes (translation context "CostText"), shared by
// spokewise-cli cost, the designer's Cost dock and the reports, and the number formats they use.

#include "cost/cost_model.h"

#include <QString>

#include <string>
#include <vector>

namespace spokewise::views {

// "VPN gateways", "ExpressRoute", ... (translated).
QString categoryText(cost::CostCategory category);

// The unit a quantity is counted in, short: "h", "GB", "tunnel-h", ... (translated).
QString unitText(cost::PriceUnit unit);

// What a line is, from its code and args: "VPN gateway VpnGw1AZ", "Peering (global) outbound, a -> b".
QString lineText(cost::CostLineCode code, cost::CostCategory category, const std::vector<std::string> &args);

// Why something was not priced, as a clause: "the catalog has no item vpnGateway.Foo".
QString notPricedText(cost::NotPricedReason reason, const std::vector<std::string> &args);

// One flag as a word: "estimate", "legacy SKU", "assumed usage", "your catalog's figure" (translated).
QString flagText(cost::CostFlag flag);

// The flags of a line as the one-letter marks the CLI table prints: E, L, U, O.
QString flagMarks(const cost::CostLine &line);

// " [flow-id]" or " [flow-id, return]" after a traffic line; "" when `flow` is empty.
QString directionSuffix(const Id &flow, cost::FlowDirection direction);

// The line's text with its traffic flow: lineText() + directionSuffix().
QString lineDescription(const cost::CostLine &line);

// The not-priced item's text with its flow, as the CLI lists it (without the reason).
QString unpricedDescription(const cost::UnpricedItem &item);

// The element column: the element id, or "(design)" for design-wide lines.
QString elementText(const Id &element);

// Rounded to cents.
double cents(double value);

// "1,234.56": two decimals with thousands separators, the same in every locale (quotes are compared).
QString money(double value);

// "1,234.56 USD".
QString moneyText(double value, const std::string &currency);

// A quantity with at most four decimals and no trailing zeros ("730", "0.5").
QString quantityText(double value);

} // namespace spokewise::views
