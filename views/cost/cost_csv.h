#pragma once

// The line items of a cost estimate as CSV: what `spokewise-cli cost --csv` prints and what the
// designer's and the CLI's reports write, so that the two can never disagree on a column.

#include "cost/cost_model.h"

#include <QString>

namespace spokewise::views {

// A header row, one row per priced line, then one row per item not priced (its reason in the last
// column); fields quoted only when they contain a comma, a quote or a line break; '\n' line ends.
QString costCsv(const cost::CostEstimate &estimate);

} // namespace spokewise::views
