#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace spokewise {

// Every enum of the file format has one table of (value, file name) pairs: the names are what the
// file holds (Azure's ARM spelling where Azure has one), and the table's order is the order shown
// to users in lists. SPOKEWISE_ENUM_NAMES(E, ...) declares the table next to the enum, in the
// enum's own namespace; lookup finds it by argument-dependent lookup.

template<typename E>
constexpr auto enumEntries()
{
    return spokewiseEnumNames(E{});
}

template<typename E>
constexpr std::string_view enumName(E value)
{
    for (const auto &[v, name] : enumEntries<E>()) {
        if (v == value)
            return name;
    }
    return {};
}

template<typename E>
constexpr std::optional<E> enumFromName(std::string_view name)
{
    for (const auto &[v, n] : enumEntries<E>()) {
        if (n == name)
            return v;
    }
    return std::nullopt;
}

#define SPOKEWISE_ENUM_NAMES(E, ...)                                                            \
    constexpr auto spokewiseEnumNames(E)                                                        \
    {                                                                                           \
        return std::to_array<std::pair<E, std::string_view>>({__VA_ARGS__});                    \
    }

} // namespace spokewise
