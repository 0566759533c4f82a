#pragma once

// Building blocks of the inspector's rows (property_builders.h, property_ref_rows.h), used only by
// property_rows.cpp and property_kinds.cpp.
// An accessor is a generic lambda taking a Resource (const or not) and returning a pointer to one
// field or nullptr; composing accessors (props -> member -> element) reaches any nested field,
// so one row builder per value type serves every kind.

#include "inspector/property_rows.h"
#include "inspector/property_values.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace spokewise::views::rows {

// Carries the translation context "PropertyModel" for lupdate and tr().
class PropertyTr
{
    Q_DECLARE_TR_FUNCTIONS(PropertyModel)
};

// Runs after a field was written to the copy: may adjust dependent fields or refuse the result.
using Hook = std::function<std::optional<QString>(const Design &, Resource &)>;

QString staleText();
QString noneText();
// The referenced element's display name ("Hub", "Spoke / app", "Internet").
QString elementName(const Design &design, const Id &id);

// ---------------------------------------------------------------- accessors

template<typename T>
auto props()
{
    return [](auto &r) { return std::get_if<T>(&r.properties); };
}

template<typename A, typename M>
auto member(A parent, M m)
{
    return [parent, m](auto &r) {
        auto *p = parent(r);
        return p ? &(p->*m) : nullptr;
    };
}

// Item `index` of a std::vector or std::array field.
template<typename A>
auto element(A parent, std::size_t index)
{
    return [parent, index](auto &r) {
        auto *p = parent(r);
        using Ptr = decltype(p ? &(*p)[0] : nullptr);
        return (p && index < p->size()) ? &(*p)[index] : Ptr(nullptr);
    };
}

// The value inside a std::optional field, when there is one.
template<typename A>
auto engaged(A parent)
{
    return [parent](auto &r) {
        auto *p = parent(r);
        using Ptr = decltype(p ? &**p : nullptr);
        return (p && p->has_value()) ? &**p : Ptr(nullptr);
    };
}

inline auto subnetById(Id id)
{
    return [id](auto &r) {
        auto *vnet = std::get_if<VirtualNetwork>(&r.properties);
        using Ptr = decltype(vnet ? &vnet->subnets[0] : nullptr);
        if (!vnet)
            return Ptr(nullptr);
        for (auto &s : vnet->subnets) {
            if (s.id == id)
                return &s;
        }
        return Ptr(nullptr);
    };
}

inline auto resourceSelf()
{
    return [](auto &r) { return &r; };
}

} // namespace spokewise::views::rows
