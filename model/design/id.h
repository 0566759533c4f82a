#pragma once

#include <compare>
#include <functional>
#include <string>
#include <string_view>

namespace spokewise {

// Stable identifier of an element of a design; unique across the whole design (subnets included).
// Ids are short readable strings ("hub", "hub-gw") so that files diff well in git.
class Id final
{
public:
    Id() = default;
    explicit Id(std::string value) : m_value(std::move(value)) {}

    const std::string &str() const { return m_value; }
    bool empty() const { return m_value.empty(); }

    // Letters, digits, '.', '_' and '-', starting with a letter or digit, at most 80 characters.
    static bool isValid(std::string_view text);

    friend auto operator<=>(const Id &, const Id &) = default;

private:
    std::string m_value;
};

} // namespace spokewise

template<>
struct std::hash<spokewise::Id>
{
    std::size_t operator()(const spokewise::Id &id) const noexcept
    {
        return std::hash<std::string>()(id.str());
    }
};
