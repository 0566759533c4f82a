#include "inspector/property_model.h"

#include "document/document.h"
#include "text/element_text.h"

#include <QCoreApplication>
#include <QFont>

namespace spokewise::views {

namespace {

// Carries the translation context "PropertyModel" for lupdate and tr(), as in the row builders.
class PropertyTr
{
    Q_DECLARE_TR_FUNCTIONS(PropertyModel)
};

// Group rows carry this internal id; property rows carry their group's index + 1.
constexpr quintptr kGroupId = 0;

bool sameShape(const std::vector<PropertyGroup> &a, const std::vector<PropertyGroup> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t g = 0; g < a.size(); ++g) {
        if (a[g].key != b[g].key || a[g].rows.size() != b[g].rows.size())
            return false;
        for (std::size_t r = 0; r < a[g].rows.size(); ++r) {
            if (a[g].rows[r].key != b[g].rows[r].key || a[g].rows[r].editor != b[g].rows[r].editor)
                return false;
        }
    }
    return true;
}

// The file format's field name, the last part of a row's key ("routes.0.addressPrefix").
QString fieldName(const QString &key)
{
    return key.section(QLatin1Char('.'), -1);
}

// Typing merges into one undo step; a click on a checkbox or a choice in a list is a step of its own.
bool mergesWhileTyping(EditorKind editor)
{
    switch (editor) {
    case EditorKind::Text:
    case EditorKind::Prefix:
    case EditorKind::PrefixList:
    case EditorKind::IpAddress:
    case EditorKind::Integer:
    case EditorKind::Decimal:
    case EditorKind::TextList: return true;
    case EditorKind::ReadOnly:
    case EditorKind::Choice:
    case EditorKind::Bool: return false;
    }
    return false;
}

} // namespace

PropertyModel::PropertyModel(Document *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
{
    // Any change can matter: a rename of the VNet a peering side names changes its group title.
    connect(document, &Document::designReset, this, &PropertyModel::rebuild);
    connect(document, &Document::resourceChanged, this, &PropertyModel::rebuild);
    connect(document, &Document::resourcesRemoved, this, &PropertyModel::rebuild);
    connect(document, &Document::resourcesAdded, this, &PropertyModel::rebuild);
}

void PropertyModel::setElement(const QString &id)
{
    beginResetModel();
    m_element = id;
    m_groups = id.isEmpty() || !m_document ? std::vector<PropertyGroup>()
                                           : propertyGroups(m_document->design(), toId(id));
    endResetModel();
    if (!m_lastRefusal.isEmpty())
        accept();
    emit elementChanged();
}

void PropertyModel::rebuild()
{
    auto groups = m_element.isEmpty() || !m_document ? std::vector<PropertyGroup>()
                                                     : propertyGroups(m_document->design(), toId(m_element));
    if (!sameShape(groups, m_groups)) {
        beginResetModel();
        m_groups = std::move(groups);
        endResetModel();
    } else if (!m_groups.empty()) {
        m_groups = std::move(groups);
        const int last = static_cast<int>(m_groups.size()) - 1;
        emit dataChanged(index(0, 0), index(last, ValueColumn));
        for (int g = 0; g <= last; ++g) {
            const int rows = static_cast<int>(m_groups[static_cast<std::size_t>(g)].rows.size());
            if (rows > 0)
                emit dataChanged(index(0, 0, index(g, 0)), index(rows - 1, ValueColumn, index(g, 0)));
        }
    }
    emit elementChanged();
}

const Resource *PropertyModel::resource() const
{
    if (!m_document || m_element.isEmpty())
        return nullptr;
    return owningResource(m_document->design(), toId(m_element));
}

QString PropertyModel::elementKindText() const
{
    if (!m_document || m_groups.empty())
        return {};
    if (const auto *r = m_document->design().find(toId(m_element)))
        return kindDisplayName(r->kind());
    return PropertyTr::tr("subnet");
}

QString PropertyModel::elementName() const
{
    if (!m_document || m_groups.empty())
        return {};
    const auto &design = m_document->design();
    if (const auto *r = design.find(toId(m_element)))
        return QString::fromStdString(r->name);
    const auto ref = design.findSubnet(toId(m_element));
    return ref.subnet ? QString::fromStdString(ref.subnet->name) : QString();
}

// ---------------------------------------------------------------- lists

ListKind PropertyModel::list() const
{
    return m_document && !m_groups.empty() ? elementList(m_document->design(), toId(m_element)) : ListKind::None;
}

QString PropertyModel::addText() const
{
    switch (list()) {
    case ListKind::Subnets: return PropertyTr::tr("Add subnet");
    case ListKind::Routes: return PropertyTr::tr("Add route");
    case ListKind::NetworkRules: return PropertyTr::tr("Add rule");
    case ListKind::ConnectionPolicies: return PropertyTr::tr("Add policy");
    case ListKind::None: break;
    }
    return {};
}

QString PropertyModel::removeText() const
{
    switch (list()) {
    case ListKind::Subnets: return PropertyTr::tr("Remove subnet");
    case ListKind::Routes: return PropertyTr::tr("Remove route");
    case ListKind::NetworkRules: return PropertyTr::tr("Remove rule");
    case ListKind::ConnectionPolicies: return PropertyTr::tr("Remove policy");
    case ListKind::None: break;
    }
    return {};
}

bool PropertyModel::canAdd(QString *whyNot) const
{
    const auto *r = resource();
    return r && withNewListItem(m_document->design(), *r, list(), whyNot).has_value();
}

bool PropertyModel::add()
{
    const auto *r = resource();
    if (!r)
        return false;
    QString whyNot;
    const auto changed = withNewListItem(m_document->design(), *r, list(), &whyNot);
    if (!changed) {
        refuse(whyNot);
        return false;
    }
    const QString text = PropertyTr::tr("%1 to %2").arg(addText(), QString::fromStdString(r->name));
    m_document->changeResource(*changed, text);
    accept();
    return true;
}

bool PropertyModel::canRemove(const QModelIndex &index) const
{
    const auto *group = groupOf(index);
    return group && group->list != ListKind::None;
}

bool PropertyModel::remove(const QModelIndex &index)
{
    const auto *group = groupOf(index);
    const auto *r = resource();
    if (!group || !r || group->list == ListKind::None)
        return false;
    const QString owner = QString::fromStdString(r->name);
    QString text;
    switch (group->list) {
    case ListKind::Subnets: text = PropertyTr::tr("Remove subnet %1 from %2").arg(group->itemName, owner); break;
    case ListKind::Routes: text = PropertyTr::tr("Remove route %1 from %2").arg(group->itemName, owner); break;
    case ListKind::NetworkRules: text = PropertyTr::tr("Remove rule %1 from %2").arg(group->itemName, owner); break;
    case ListKind::ConnectionPolicies:
        text = PropertyTr::tr("Remove the policy for %1 from %2").arg(group->itemName, owner);
        break;
    case ListKind::None: return false;
    }
    if (group->list == ListKind::Subnets) {
        // A subnet is an element: whatever refers to it (NVAs, intents) goes with it.
        m_document->removeElements({toId(group->itemId)}, text);
        accept();
        return true;
    }
    const auto changed = withoutListItem(*r, group->list, group->listIndex);
    if (!changed)
        return false;
    m_document->changeResource(*changed, text);
    accept();
    return true;
}

QModelIndex PropertyModel::lastListItem() const
{
    for (int g = static_cast<int>(m_groups.size()) - 1; g >= 0; --g) {
        if (m_groups[static_cast<std::size_t>(g)].list != ListKind::None)
            return index(g, 0);
    }
    return {};
}

// ---------------------------------------------------------------- item model

QModelIndex PropertyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= static_cast<int>(m_groups.size()))
            return {};
        return createIndex(row, column, kGroupId);
    }
    if (parent.internalId() != kGroupId || parent.column() != 0 || parent.row() >= static_cast<int>(m_groups.size()))
        return {};
    if (row >= static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].rows.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex PropertyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupId);
}

int PropertyModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.internalId() == kGroupId && parent.column() == 0 && parent.row() < static_cast<int>(m_groups.size()))
        return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].rows.size());
    return 0;
}

int PropertyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const PropertyGroup *PropertyModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto g = index.internalId() == kGroupId ? static_cast<std::size_t>(index.row()) : index.internalId() - 1;
    return g < m_groups.size() ? &m_groups[g] : nullptr;
}

const PropertyRow *PropertyModel::rowOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const auto *group = groupOf(index);
    if (!group || index.row() >= static_cast<int>(group->rows.size()))
        return nullptr;
    return &group->rows[static_cast<std::size_t>(index.row())];
}

QVariant PropertyModel::data(const QModelIndex &index, int role) const
{
    if (const auto *row = rowOf(index))
        return rowData(*row, index.column(), role);
    if (const auto *group = groupOf(index))
        return groupData(*group, index.column(), role);
    return {};
}

QVariant PropertyModel::groupData(const PropertyGroup &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole: return column == PropertyColumn ? QVariant(group.title) : QVariant();
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case IsGroupRole: return true;
    case KeyRole: return group.key;
    default: return {};
    }
}

QVariant PropertyModel::rowData(const PropertyRow &row, int column, int role) const
{
    const auto *r = resource();
    if (!r)
        return {};
    const auto &design = m_document->design();
    if (role == IsGroupRole)
        return false;
    if (role == KeyRole)
        return row.key;
    if (column == PropertyColumn) {
        if (role == Qt::DisplayRole)
            return row.label;
        if (role == Qt::ToolTipRole && row.editor != EditorKind::ReadOnly)
            return fieldName(row.key);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: {
        if (row.editor == EditorKind::Bool)
            return {};
        if (row.display)
            return row.display(design, *r);
        const QVariant value = row.value(design, *r);
        if (value.typeId() == QMetaType::Double)
            return QString::number(value.toDouble(), 'g', 15);
        return value.toString();
    }
    case Qt::EditRole: return row.value(design, *r);
    case Qt::FontRole: {
        // "(none)", "(no BGP)": what absence means, set apart from values in italics.
        if (!row.display || !row.value(design, *r).toString().isEmpty())
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::CheckStateRole:
        if (row.editor != EditorKind::Bool)
            return {};
        return row.value(design, *r).toBool() ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (row.toolTip)
            return row.toolTip(design, *r);
        return row.editor == EditorKind::ReadOnly ? QVariant() : QVariant(fieldName(row.key));
    case EditorRole: return static_cast<int>(row.editor);
    case MinimumRole: return row.minimum;
    case MaximumRole: return row.maximum;
    case OptionalRole: return row.optional;
    case ChoiceValuesRole:
    case ChoiceLabelsRole: {
        if (!row.choices)
            return {};
        QStringList out;
        for (const auto &choice : row.choices(design, *r))
            out << (role == ChoiceValuesRole ? choice.value : choice.label);
        return out;
    }
    default: return {};
    }
}

Qt::ItemFlags PropertyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const auto *row = rowOf(index);
    if (!row || index.column() != ValueColumn)
        return flags;
    if (row->editor == EditorKind::Bool)
        return flags | Qt::ItemIsUserCheckable;
    if (row->editor != EditorKind::ReadOnly)
        return flags | Qt::ItemIsEditable;
    return flags;
}

QVariant PropertyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PropertyColumn: return PropertyTr::tr("Property");
    case ValueColumn: return PropertyTr::tr("Value");
    default: return {};
    }
}

bool PropertyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const auto *row = rowOf(index);
    const auto *current = resource();
    if (!row || !current || index.column() != ValueColumn || !row->write)
        return false;
    QVariant written = value;
    if (row->editor == EditorKind::Bool) {
        if (role == Qt::CheckStateRole)
            written = value.toInt() == Qt::Checked;
        else if (role != Qt::EditRole)
            return false;
    } else if (role != Qt::EditRole) {
        return false;
    }
    Resource changed = *current;
    if (const auto refusal = row->write(m_document->design(), changed, written)) {
        refuse(*refusal);
        return false;
    }
    // Copied before the change: the Document's signal rebuilds m_groups, and `row` with them.
    const QString text = PropertyTr::tr("Change %1 of %2").arg(row->label, elementName());
    const QString mergeKey = mergesWhileTyping(row->editor) ? m_element + QLatin1Char('/') + row->key : QString();
    accept();
    m_document->changeResource(changed, text, mergeKey);
    return true;
}

void PropertyModel::refuse(const QString &reason)
{
    m_lastRefusal = reason;
    emit valueRefused(reason);
}

void PropertyModel::accept()
{
    if (m_lastRefusal.isEmpty())
        return;
    m_lastRefusal.clear();
    emit refusalCleared();
}

} // namespace spokewise::views
