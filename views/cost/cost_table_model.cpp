#include "cost/cost_table_model.h"

#include "cost/cost_text.h"
#include "text/element_text.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace spokewise::views {

using namespace spokewise::cost;

namespace {

const QString kEstimateMark = QStringLiteral("\u2248");

QString sourceText(const std::string &source, const std::string &date)
{
    return QString::fromStdString(source)
           + (date.empty() ? QString() : QLatin1Char(' ') + QString::fromStdString(date));
}

} // namespace

CostTableModel::CostTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CostTableModel::setEstimate(const CostEstimate &estimate, const Design &design)
{
    beginResetModel();
    m_estimate = estimate;
    m_names.clear();
    const auto remember = [&](const Id &id) {
        if (!id.empty() && !m_names.count(id))
            m_names[id] = elementDisplayName(design, id);
    };
    for (const CostLine &line : m_estimate.lines)
        remember(line.element);
    for (const UnpricedItem &item : m_estimate.unpriced)
        remember(item.element);
    endResetModel();
}

int CostTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_estimate.lines.size() + m_estimate.unpriced.size());
}

int CostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CostTableModel::elementName(const Id &id) const
{
    const auto it = m_names.find(id);
    return it != m_names.end() ? it->second : elementText(id);
}

QVariant CostTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto row = std::size_t(index.row());
    if (row < m_estimate.lines.size())
        return lineData(m_estimate.lines[row], index.column(), role);
    return unpricedData(m_estimate.unpriced[row - m_estimate.lines.size()], index.column(), role);
}

QVariant CostTableModel::lineData(const CostLine &line, int column, int role) const
{
    const bool estimate = line.hasFlag(CostFlag::Estimate);
    if (role == ElementIdRole)
        return QString::fromStdString(line.element.str());
    if (role == Qt::TextAlignmentRole && (column == QuantityColumn || column == MonthlyColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        QStringList tip{lineDescription(line)};
        tip << tr("Catalog item: %1").arg(QString::fromStdString(line.catalogItem));
        for (const CostFlag flag : line.flags)
            tip << flagText(flag);
        return tip.join(QLatin1Char('\n'));
    }
    if (role == SortRole) {
        switch (column) {
        case QuantityColumn: return line.quantity * line.unitPrice;
        case MonthlyColumn: return line.monthly;
        case CategoryColumn: return int(line.category);
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ElementColumn: return elementName(line.element);
    case CategoryColumn: return categoryText(line.category);
    case ItemColumn: return lineDescription(line);
    case QuantityColumn:
        return tr("%1 %2 \u00d7 %3")
                .arg(quantityText(line.quantity), unitText(line.unit),
                     QString::fromStdString(formatCostNumber(line.unitPrice)));
    case MonthlyColumn: return (estimate ? kEstimateMark + QLatin1Char(' ') : QString()) + money(line.monthly);
    case SourceColumn: return sourceText(line.source, line.sourceDate);
    case MarksColumn: {
        QStringList marks;
        for (const CostFlag flag : line.flags)
            marks << (flag == CostFlag::Estimate ? kEstimateMark + QLatin1Char(' ') + flagText(flag) : flagText(flag));
        return marks.join(QStringLiteral(", "));
    }
    }
    return {};
}

QVariant CostTableModel::unpricedData(const UnpricedItem &item, int column, int role) const
{
    if (role == ElementIdRole)
        return QString::fromStdString(item.element.str());
    if (role == Qt::FontRole) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole && column == MonthlyColumn)
        return QBrush(QGuiApplication::palette().color(QPalette::PlaceholderText));
    if (role == Qt::TextAlignmentRole && (column == QuantityColumn || column == MonthlyColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("Not priced, not in the total: %1").arg(notPricedText(item.reason, item.reasonArgs));
    if (role == SortRole) {
        if (column == QuantityColumn || column == MonthlyColumn)
            return -1.0; // below every priced line
        if (column == CategoryColumn)
            return int(item.category);
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ElementColumn: return elementName(item.element);
    case CategoryColumn: return categoryText(item.category);
    case ItemColumn: return unpricedDescription(item);
    case QuantityColumn: return QString();
    case MonthlyColumn: return tr("not priced");
    case SourceColumn: return notPricedText(item.reason, item.reasonArgs);
    case MarksColumn: return tr("not in the total");
    }
    return {};
}

QVariant CostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ElementColumn: return tr("Element");
    case CategoryColumn: return tr("Category");
    case ItemColumn: return tr("Item");
    case QuantityColumn: return tr("Quantity \u00d7 unit price");
    case MonthlyColumn: return tr("Monthly (%1)").arg(QString::fromStdString(m_estimate.currency));
    case SourceColumn: return tr("Source / reason");
    case MarksColumn: return tr("Notes");
    }
    return {};
}

} // namespace spokewise::views
