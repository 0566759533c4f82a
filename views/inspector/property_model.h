#pragma once

#include "inspector/property_rows.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace spokewise::views {

class Document;

// The properties of one selected element (a resource or a subnet) as a two-level tree: group rows
// ("General", "Peering side: Hub", "Route: default") holding property rows, in two columns. A thin
// adapter: every value is read from the Document when asked for, and every edit goes back through
// Document::changeResource (or removeElements for subnets) as one undo step.
class PropertyModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { PropertyColumn, ValueColumn, ColumnCount };
    enum Role {
        EditorRole = Qt::UserRole + 1, // int(EditorKind)
        MinimumRole,                   // qint64, Integer and Decimal rows
        MaximumRole,
        ChoiceValuesRole, // QStringList: what setData takes, in display order
        ChoiceLabelsRole, // QStringList: what the user sees
        OptionalRole,     // bool: empty text means "absent"
        KeyRole,          // the row's stable key ("routes.0.addressPrefix")
        IsGroupRole,      // bool
    };

    explicit PropertyModel(Document *document, QObject *parent = nullptr);

    // Shows the element with this id (a resource or a subnet); empty shows nothing.
    void setElement(const QString &id);
    QString element() const { return m_element; }
    bool hasElement() const { return !m_groups.empty(); }
    // "Virtual network", "Subnet", ... and the element's display name, for the panel's header.
    QString elementKindText() const;
    QString elementName() const;

    // The reason the last edit was refused; empty after a successful edit.
    QString lastRefusal() const { return m_lastRefusal; }

    // The list the element's add button appends to, and that button's text ("Add route").
    ListKind list() const;
    QString addText() const;
    QString removeText() const;
    bool canAdd(QString *whyNot = nullptr) const;
    bool add();
    // The list item (group) `index` belongs to, if any; its removal is one undo step.
    bool canRemove(const QModelIndex &index) const;
    bool remove(const QModelIndex &index);
    // The group row of a list item, for selecting what add() just appended.
    QModelIndex lastListItem() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void valueRefused(const QString &reason);
    void refusalCleared();
    // The element was selected, renamed, removed or its structure changed (the header follows).
    void elementChanged();

private:
    const Resource *resource() const;
    const PropertyGroup *groupOf(const QModelIndex &index) const;
    const PropertyRow *rowOf(const QModelIndex &index) const;
    QVariant groupData(const PropertyGroup &group, int column, int role) const;
    QVariant rowData(const PropertyRow &row, int column, int role) const;
    void refuse(const QString &reason);
    void accept();
    // Re-reads the element's structure from the Document: rows that kept their shape only get
    // dataChanged, so open editors and the selection survive an unrelated change.
    void rebuild();

    QPointer<Document> m_document;
    QString m_element;
    std::vector<PropertyGroup> m_groups;
    QString m_lastRefusal;
};

} // namespace spokewise::views
