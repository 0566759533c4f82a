#pragma once

#include <QStyledItemDelegate>

namespace spokewise::views {

// Fitting editors for PropertyModel's values: a combo box for enums and references, a spin box for
// bounded integers, a line edit whose validator lets CIDRs and addresses be typed (the model
// refuses bad final values with a reason). Checkboxes need no editor: the model's CheckStateRole
// does it.
class PropertyDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace spokewise::views
