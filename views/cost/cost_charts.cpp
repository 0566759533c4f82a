#include "cost/cost_charts.h"

#include "cost/cost_text.h"
#include "text/element_text.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>
#include <set>

namespace spokewise::views {

using namespace spokewise::cost;

namespace {

// Carries the translation context "CostText" for lupdate and tr().
class CostText
{
    Q_DECLARE_TR_FUNCTIONS(CostText)
};

const QString kEstimateMark = QStringLiteral("\u2248 ");

QString chartSubtitle(const CostEstimate &e)
{
    return CostText::tr("%1 a month, catalog %2")
            .arg(QString::fromStdString(e.currency), QString::fromStdString(e.catalogDate));
}

bool dark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace

QColor categoryColor(CostCategory category)
{
    // Mid-tone colours with enough contrast against both a white and a near-black background.
    switch (category) {
    case CostCategory::VpnGateway: return QColor(0x1f, 0x77, 0xd0);
    case CostCategory::ExpressRoute: return QColor(0x8e, 0x44, 0xc8);
    case CostCategory::RouteServer: return QColor(0x2e, 0xa0, 0x5a);
    case CostCategory::Firewall: return QColor(0xd9, 0x48, 0x3b);
    case CostCategory::VirtualWan: return QColor(0x10, 0x9c, 0xa8);
    case CostCategory::Nva: return QColor(0xc7, 0x7c, 0x0e);
    case CostCategory::Peering: return QColor(0x7a, 0x86, 0x99);
    case CostCategory::DataTransfer: return QColor(0xc2, 0x4f, 0x9b);
    }
    return Qt::gray;
}

void applyChartPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    QColor grid = text;
    grid.setAlphaF(dark(palette) ? 0.25f : 0.18f);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            for (QPieSlice *slice : pie->slices()) {
                slice->setLabelColor(text);
                slice->setBorderColor(palette.color(QPalette::Base));
            }
        } else if (auto *bars = qobject_cast<QHorizontalBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                set->setLabelColor(text);
        }
    }
}

QChart *makeCategoryPieChart(const CostEstimate &estimate, QObject *parent)
{
    auto *chart = new QChart;
    if (parent)
        chart->setParent(parent);
    std::set<CostCategory> estimated;
    for (const CostLine &line : estimate.lines) {
        if (line.hasFlag(CostFlag::Estimate))
            estimated.insert(line.category);
    }
    auto *series = new QPieSeries;
    const double total = estimate.monthlyTotal();
    for (const auto &[category, monthly] : estimate.monthlyByCategory()) {
        if (monthly <= 0)
            continue;
        const QString mark = estimated.count(category) ? kEstimateMark : QString();
        QPieSlice *slice
                = series->append(CostText::tr("%1%2: %3").arg(mark, categoryText(category), money(monthly)), monthly);
        slice->setColor(categoryColor(category));
        // Labels on the pie only where there is room for them; the legend names every slice.
        slice->setLabelVisible(total > 0 && monthly / total >= 0.08);
        slice->setProperty("category", static_cast<int>(category));
    }
    series->setPieSize(0.62);
    series->setHoleSize(0.0);
    chart->addSeries(series);
    chart->setTitle(series->count() == 0 ? CostText::tr("Cost by category: nothing priced")
                                         : CostText::tr("Cost by category (%1)").arg(chartSubtitle(estimate)));
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    // Slice labels are long; the pie keeps only the percentage next to each slice.
    for (QPieSlice *slice : series->slices()) {
        slice->setProperty("legendText", slice->label());
        slice->setLabel(QStringLiteral("%1%").arg(qRound(slice->percentage() * 100)));
    }
    const auto markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers) {
        if (auto *pieMarker = qobject_cast<QPieLegendMarker *>(marker))
            pieMarker->setLabel(pieMarker->slice()->property("legendText").toString());
    }
    chart->setMargins(QMargins(4, 4, 4, 4));
    applyChartPalette(chart, QGuiApplication::palette());
    return chart;
}

QChart *makeElementBarChart(const CostEstimate &estimate, int maxBars, QObject *parent, const Design *design)
{
    auto *chart = new QChart;
    if (parent)
        chart->setParent(parent);
    std::set<Id> estimated;
    for (const CostLine &line : estimate.lines) {
        if (line.hasFlag(CostFlag::Estimate))
            estimated.insert(line.element);
    }
    std::vector<std::pair<Id, double>> elements = estimate.monthlyByElement();
    std::stable_sort(elements.begin(), elements.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    maxBars = std::max(1, maxBars);
    QStringList names;
    QList<qreal> values;
    double other = 0;
    int otherCount = 0;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const auto &[element, monthly] = elements[i];
        // Keep maxBars bars in all: the last one sums the rest when there are more.
        if (elements.size() > std::size_t(maxBars) && i + 1 >= std::size_t(maxBars)) {
            other += monthly;
            ++otherCount;
            continue;
        }
        const QString name = design && !element.empty() ? elementDisplayName(*design, element) : elementText(element);
        names << (estimated.count(element) ? kEstimateMark : QString()) + name;
        values << monthly;
    }
    if (otherCount > 0) {
        names << CostText::tr("%n other element(s)", nullptr, otherCount);
        values << other;
    }
    // A horizontal bar chart draws its first category at the bottom; the largest goes on top.
    std::reverse(names.begin(), names.end());
    std::reverse(values.begin(), values.end());

    auto *set = new QBarSet(CostText::tr("Monthly cost"));
    set->append(values);
    set->setColor(QColor(0x1f, 0x77, 0xd0));
    set->setBorderColor(Qt::transparent);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(7);
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(names);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    const double highest = values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
    axisX->setRange(0, highest > 0 ? highest * 1.25 : 1);
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisX->setTickCount(5);
    axisX->applyNiceNumbers();
    axisX->setTitleText(QString::fromStdString(estimate.currency));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    chart->legend()->setVisible(false);
    chart->setTitle(values.isEmpty() ? CostText::tr("Cost by element: nothing priced")
                                     : CostText::tr("Cost by element (%1)").arg(chartSubtitle(estimate)));
    chart->setMargins(QMargins(4, 4, 4, 4));
    applyChartPalette(chart, QGuiApplication::palette());
    return chart;
}

} // namespace spokewise::views
