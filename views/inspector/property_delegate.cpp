#include "inspector/property_delegate.h"

#include "inspector/property_model.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

#include <limits>

namespace spokewise::views {

namespace {

EditorKind editorOf(const QModelIndex &index)
{
    return static_cast<EditorKind>(index.data(PropertyModel::EditorRole).toInt());
}

// Characters that may appear while typing; whether the whole is valid is the model's call, so
// that "10.1.0.1/16" can be refused with "did you mean 10.1.0.0/16?" instead of being untypeable.
QLineEdit *addressEdit(QWidget *parent, const QString &allowed, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(allowed), edit));
    edit->setPlaceholderText(placeholder);
    return edit;
}

bool fitsInt(qint64 minimum, qint64 maximum)
{
    return minimum >= std::numeric_limits<int>::min() && maximum <= std::numeric_limits<int>::max();
}

} // namespace

QWidget *PropertyDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const qint64 minimum = index.data(PropertyModel::MinimumRole).toLongLong();
    const qint64 maximum = index.data(PropertyModel::MaximumRole).toLongLong();
    const bool optional = index.data(PropertyModel::OptionalRole).toBool();
    switch (editorOf(index)) {
    case EditorKind::ReadOnly:
    case EditorKind::Bool: return nullptr;
    case EditorKind::Choice: {
        auto *combo = new QComboBox(parent);
        const QStringList values = index.data(PropertyModel::ChoiceValuesRole).toStringList();
        const QStringList labels = index.data(PropertyModel::ChoiceLabelsRole).toStringList();
        for (qsizetype i = 0; i < values.size(); ++i)
            combo->addItem(i < labels.size() ? labels[i] : values[i], values[i]);
        // A choice is complete when it is made: commit without waiting for the focus to leave.
        auto *self = const_cast<PropertyDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }
    case EditorKind::Integer:
        if (!optional && fitsInt(minimum, maximum)) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(static_cast<int>(minimum), static_cast<int>(maximum));
            spin->setAccelerated(true);
            return spin;
        }
        return addressEdit(parent, QStringLiteral("\\d{0,10}"),
                           optional ? tr("empty for none") : QStringLiteral("%1–%2").arg(minimum).arg(maximum));
    case EditorKind::Decimal: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(static_cast<double>(minimum), static_cast<double>(maximum));
        spin->setDecimals(3);
        return spin;
    }
    case EditorKind::Prefix: return addressEdit(parent, QStringLiteral("[0-9./ ]*"), QStringLiteral("10.1.0.0/16"));
    case EditorKind::PrefixList:
        return addressEdit(parent, QStringLiteral("[0-9./,; ]*"),
                           optional ? tr("empty for the default") : QStringLiteral("10.1.0.0/16, 10.2.0.0/16"));
    case EditorKind::IpAddress:
        return addressEdit(parent, QStringLiteral("[0-9. ]*"),
                           optional ? tr("empty for none") : QStringLiteral("10.0.1.4"));
    case EditorKind::Text:
    case EditorKind::TextList: break;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void PropertyDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(value.toString()));
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(static_cast<int>(value.toLongLong()));
    } else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(editor)) {
        decimal->setValue(value.toDouble());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        edit->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void PropertyDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index, static_cast<qint64>(spin->value()), Qt::EditRole);
    } else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(editor)) {
        model->setData(index, decimal->value(), Qt::EditRole);
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

QSize PropertyDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Room for the editors' frames, so that opening one does not jump the row.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height() + 6, option.fontMetrics.height() + 10));
    return size;
}

} // namespace spokewise::views
