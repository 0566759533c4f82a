#pragma once

#include "design/design.h"

#include <QTreeWidget>

namespace spokewise::views {

// The elements of a design as a read-only tree grouped by kind, with their key properties.
class ElementTree final : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, DetailsColumn };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ElementTree(QWidget *parent = nullptr);

    // Rebuilds the tree from `design` (a copy of what is needed is kept in the items).
    void setDesign(const Design &design);

    // The item of the element or subnet with this id, or nullptr.
    QTreeWidgetItem *findElement(const QString &id) const;
};

} // namespace spokewise::views
