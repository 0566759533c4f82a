#pragma once

#include "cost/cost_model.h"
#include "design/design.h"

#include <QAbstractTableModel>

namespace spokewise::views {

// The lines of a cost estimate as a table: one row per priced line, then one per item that could
// not be priced (with its reason, never a zero). Qt::UserRole holds the sort key of each cell.
class CostTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The money first: a narrow dock shows element, item and monthly cost without scrolling.
    enum Column {
        ElementColumn,
        ItemColumn,
        MonthlyColumn,
        QuantityColumn,
        SourceColumn,
        MarksColumn,
        CategoryColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    // The element id of a row (empty for design-wide lines).
    static constexpr int ElementIdRole = Qt::UserRole + 1;

    explicit CostTableModel(QObject *parent = nullptr);

    // Shows `estimate`; element names are taken from `design` (the design it was computed from).
    void setEstimate(const cost::CostEstimate &estimate, const Design &design);
    const cost::CostEstimate &estimate() const { return m_estimate; }
    // Whether a row is a not-priced item.
    bool isUnpricedRow(int row) const { return row >= int(m_estimate.lines.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant lineData(const cost::CostLine &line, int column, int role) const;
    QVariant unpricedData(const cost::UnpricedItem &item, int column, int role) const;
    QString elementName(const Id &id) const;

    cost::CostEstimate m_estimate;
    std::map<Id, QString> m_names;
};

} // namespace spokewise::views
