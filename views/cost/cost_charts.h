#pragma once

// Qt Charts of a cost estimate, shared by the designer's Cost dock and the reports: a pie of the
// monthly cost by category and a horizontal bar per element. Both take their colours from the
// application palette when made, so they read on light and dark themes alike.

#include "cost/cost_model.h"

#include <QColor>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
class QObject;
QT_END_NAMESPACE

namespace spokewise::views {

// The colour of a category in every chart and legend (fixed, so pie and report agree).
QColor categoryColor(cost::CostCategory category);

// One slice per category that has priced lines, labelled "VPN gateways: 1,234.56", titled
// with the currency and catalog date. An estimate without priced lines gives an empty pie titled
// so. Categories containing estimated prices are marked "≈".
QChart *makeCategoryPieChart(const cost::CostEstimate &estimate, QObject *parent = nullptr);

// One bar per element, largest first; beyond `maxBars` the rest are summed into one "other" bar.
// Elements with an estimated price are marked "≈". Bars are labelled with the element names of
// `design` (the design the estimate was computed from) when given, else with element ids.
QChart *makeElementBarChart(const cost::CostEstimate &estimate, int maxBars = 12, QObject *parent = nullptr,
                            const Design *design = nullptr);

// Sets a chart's background, title, label and grid colours from `palette` (the charts above do
// this with the application palette; call it again when the palette changes).
void applyChartPalette(QChart *chart, const QPalette &palette);

} // namespace spokewise::views
