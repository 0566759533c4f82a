#pragma once

#include "design/design.h"

#include <QString>
#include <QVariant>

#include <functional>
#include <optional>
#include <vector>

namespace spokewise::views {

// Which editor a property row wants; the delegate picks its widget by this.
enum class EditorKind {
    ReadOnly,   // shown, never edited (kind, id)
    Text,       // free text (names, regions, notes)
    Prefix,     // one CIDR prefix
    PrefixList, // comma-separated CIDR prefixes
    IpAddress,  // one IPv4 address
    Integer,    // a whole number within minimum..maximum
    Decimal,    // a number >= minimum
    Choice,     // one of choices(): enum names, referenced ids, bandwidths
    Bool,       // a checkbox (Qt::CheckStateRole)
    TextList,   // comma-separated names (hub route table labels, enum lists)
};

// One choice of a Choice row: the value written and the text shown.
struct PropertyChoice
{
    QString value;
    QString label;
};

// One property of the selected element. The closures read the current Document value every time
// they are called, so the model never shows a stale value; `write` changes a copy of the resource
// and returns the translated reason when the value is refused.
struct PropertyRow
{
    QString key;   // stable within the element ("sides.0.allowGatewayTransit"), part of the merge key
    QString label; // translated
    EditorKind editor = EditorKind::ReadOnly;
    qint64 minimum = 0; // Integer and Decimal
    qint64 maximum = 0;
    bool optional = false; // empty text means "absent" (optional IP addresses, ASNs, references)
    // The value for editing: QString, qint64, double or bool; an invalid QVariant when absent.
    std::function<QVariant(const Design &, const Resource &)> value;
    // The text shown when it differs from the value (references by name, "(none)").
    std::function<QString(const Design &, const Resource &)> display;
    std::function<QString(const Design &, const Resource &)> toolTip;
    std::function<std::vector<PropertyChoice>(const Design &, const Resource &)> choices;
    std::function<std::optional<QString>(const Design &, Resource &, const QVariant &)> write;
};

// The list a group is one item of; the panel's add and remove buttons act on these.
enum class ListKind { None, Subnets, Routes, NetworkRules, ConnectionPolicies };

// A titled group of rows ("General", "Peering side: Hub", "Route: default").
struct PropertyGroup
{
    QString key;
    QString title;
    ListKind list = ListKind::None; // the group is item `listIndex` of this list
    int listIndex = -1;
    QString itemId;   // subnets: the subnet's id (removed through the Document like any element)
    QString itemName; // the item's name, for undo texts ("Remove route default from Spoke routes")
    std::vector<PropertyRow> rows;
};

// Everything the inspector shows for an element (a resource id or a subnet id) of `design`;
// empty when the design has no such element.
std::vector<PropertyGroup> propertyGroups(const Design &design, const Id &element);

// The resource holding the element: the resource itself, or the VNet of a subnet.
const Resource *owningResource(const Design &design, const Id &element);

// The list the element's add button appends to (subnets of a VNet, routes of a route table, ...).
ListKind elementList(const Design &design, const Id &element);

// The resource with a new item appended to `list`, or the reason there is none to add.
std::optional<Resource> withNewListItem(const Design &design, const Resource &resource, ListKind list,
                                        QString *whyNot = nullptr);

// The resource without item `index` of `list` (subnets are removed through the Document instead).
std::optional<Resource> withoutListItem(const Resource &resource, ListKind list, int index);

} // namespace spokewise::views
