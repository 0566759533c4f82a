#pragma once

// Row builders for references to other elements: shown by the referenced element's name, chosen
// from the elements of the right kind, refused when the id names nothing or the wrong kind.

#include "inspector/property_builders.h"

namespace spokewise::views::rows {

// ---------------------------------------------------------------- references

// The kinds of element a reference may name.
struct RefTargets
{
    std::vector<ResourceKind> kinds;
    bool subnets = false;
    bool internet = false;
};

std::vector<PropertyChoice> referenceChoices(const Design &design, const RefTargets &targets);
// nullopt when `id` names an element of the right kind, else why not.
std::optional<QString> checkReference(const Design &design, const RefTargets &targets, const QString &id);

// A reference row: an Id field shown by the referenced element's name, chosen from `choices`.
template<typename A>
PropertyRow refRow(const QString &key, const QString &label, A acc, RefTargets targets, Hook after = {})
{
    PropertyRow row;
    row.key = key;
    row.label = label;
    row.editor = EditorKind::Choice;
    row.value = [acc](const Design &, const Resource &r) -> QVariant {
        const auto *p = acc(r);
        return p ? QVariant(QString::fromStdString(p->str())) : QVariant();
    };
    row.display = [acc](const Design &d, const Resource &r) {
        const auto *p = acc(r);
        return p ? elementName(d, *p) : QString();
    };
    row.toolTip = [acc](const Design &, const Resource &r) {
        const auto *p = acc(r);
        return p ? QString::fromStdString(p->str()) : QString();
    };
    row.choices = [targets](const Design &d, const Resource &) { return referenceChoices(d, targets); };
    row.write = [acc, targets, after](const Design &d, Resource &r, const QVariant &v) -> std::optional<QString> {
        auto *p = acc(r);
        if (!p)
            return staleText();
        const QString id = v.toString().trimmed();
        if (auto refused = checkReference(d, targets, id))
            return refused;
        *p = Id(id.toStdString());
        return after ? after(d, r) : std::nullopt;
    };
    return row;
}

// An optional reference (a subnet's route table): the empty choice means none.
template<typename A>
PropertyRow optionalRefRow(const QString &key, const QString &label, A acc, RefTargets targets)
{
    PropertyRow row;
    row.key = key;
    row.label = label;
    row.editor = EditorKind::Choice;
    row.optional = true;
    row.value = [acc](const Design &, const Resource &r) -> QVariant {
        const auto *p = acc(r);
        return p && *p ? QVariant(QString::fromStdString((*p)->str())) : QVariant(QString());
    };
    row.display = [acc](const Design &d, const Resource &r) {
        const auto *p = acc(r);
        return p && *p ? elementName(d, **p) : noneText();
    };
    row.toolTip = [acc](const Design &, const Resource &r) {
        const auto *p = acc(r);
        return p && *p ? QString::fromStdString((*p)->str()) : QString();
    };
    row.choices = [targets](const Design &d, const Resource &) {
        auto choices = referenceChoices(d, targets);
        choices.insert(choices.begin(), PropertyChoice{QString(), noneText()});
        return choices;
    };
    row.write = [acc, targets](const Design &d, Resource &r, const QVariant &v) -> std::optional<QString> {
        auto *p = acc(r);
        if (!p)
            return staleText();
        const QString id = v.toString().trimmed();
        if (id.isEmpty()) {
            p->reset();
            return std::nullopt;
        }
        if (auto refused = checkReference(d, targets, id))
            return refused;
        *p = Id(id.toStdString());
        return std::nullopt;
    };
    return row;
}

// Exactly one of two optional references (a VPN gateway or a Virtual WAN hub), as one row.
template<typename A, typename B>
PropertyRow oneOfRefRow(const QString &key, const QString &label, A first, RefTargets firstTargets, B second,
                        RefTargets secondTargets)
{
    RefTargets all = firstTargets;
    all.kinds.insert(all.kinds.end(), secondTargets.kinds.begin(), secondTargets.kinds.end());
    const auto current = [first, second](const Resource &r) -> std::optional<Id> {
        const auto *a = first(r);
        const auto *b = second(r);
        if (a && *a)
            return **a;
        if (b && *b)
            return **b;
        return std::nullopt;
    };
    PropertyRow row;
    row.key = key;
    row.label = label;
    row.editor = EditorKind::Choice;
    row.value = [current](const Design &, const Resource &r) -> QVariant {
        const auto id = current(r);
        return id ? QVariant(QString::fromStdString(id->str())) : QVariant(QString());
    };
    row.display = [current](const Design &d, const Resource &r) {
        const auto id = current(r);
        return id ? elementName(d, *id) : noneText();
    };
    row.toolTip = [current](const Design &, const Resource &r) {
        const auto id = current(r);
        return id ? QString::fromStdString(id->str()) : QString();
    };
    row.choices = [all](const Design &d, const Resource &) { return referenceChoices(d, all); };
    row.write = [=](const Design &d, Resource &r, const QVariant &v) -> std::optional<QString> {
        auto *a = first(r);
        auto *b = second(r);
        if (!a || !b)
            return staleText();
        const QString id = v.toString().trimmed();
        if (auto refused = checkReference(d, all, id))
            return refused;
        const bool isFirst = !checkReference(d, firstTargets, id);
        *a = isFirst ? std::optional<Id>(Id(id.toStdString())) : std::nullopt;
        *b = isFirst ? std::nullopt : std::optional<Id>(Id(id.toStdString()));
        return std::nullopt;
    };
    return row;
}

// The groups after "General" for a resource of each kind (property_kinds.cpp).
void appendKindGroups(const Design &design, const Resource &resource, std::vector<PropertyGroup> &groups);
// The rows of one subnet of a VNet, found by id whenever they are read or written.
std::vector<PropertyRow> subnetRows(const Id &subnetId, bool withNotes);

} // namespace spokewise::views::rows
