#include "shell/element_tree.h"

#include "text/element_text.h"

#include <QHeaderView>

#include <map>

namespace spokewise::views {

namespace {

QTreeWidgetItem *makeItem(const QString &name, const QString &id, const QString &details)
{
    auto *item = new QTreeWidgetItem({name, id, details});
    item->setData(ElementTree::NameColumn, ElementTree::IdRole, id);
    item->setToolTip(ElementTree::DetailsColumn, details);
    return item;
}

} // namespace

ElementTree::ElementTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Name"), tr("Id"), tr("Properties")});
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
}

void ElementTree::setDesign(const Design &design)
{
    clear();
    // Groups in the kinds' declared order (networks first, intents and flows last), elements in
    // file order within a group.
    std::map<ResourceKind, QTreeWidgetItem *> groups;
    for (const Resource &resource : design.resources) {
        QTreeWidgetItem *&group = groups[resource.kind()];
        if (!group) {
            group = new QTreeWidgetItem;
            QFont bold = group->font(NameColumn);
            bold.setBold(true);
            group->setFont(NameColumn, bold);
        }
        const QString id = QString::fromStdString(resource.id.str());
        QTreeWidgetItem *item = makeItem(QString::fromStdString(resource.name), id, elementDetails(design, resource));
        group->addChild(item);
        if (const auto *vnet = resource.as<VirtualNetwork>()) {
            for (const Subnet &subnet : vnet->subnets) {
                item->addChild(makeItem(QString::fromStdString(subnet.name), QString::fromStdString(subnet.id.str()),
                                        subnetDetails(design, subnet)));
            }
        }
    }
    for (auto &[kind, group] : groups) {
        group->setText(NameColumn, tr("%1 (%2)").arg(kindGroupName(kind)).arg(group->childCount()));
        addTopLevelItem(group);
        group->setFirstColumnSpanned(true);
    }
    expandAll();
    for (int column = 0; column < columnCount() - 1; ++column)
        resizeColumnToContents(column);
}

QTreeWidgetItem *ElementTree::findElement(const QString &id) const
{
    const auto matches = findItems(id, Qt::MatchExactly | Qt::MatchRecursive, IdColumn);
    return matches.isEmpty() ? nullptr : matches.first();
}

} // namespace spokewise::views
