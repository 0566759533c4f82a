#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace spokewise::net {

// An IPv4 address as a host-order 32-bit value.
class Ipv4Address final
{
public:
    constexpr Ipv4Address() = default;
    constexpr explicit Ipv4Address(std::uint32_t value) : m_value(value) {}

    // Dotted quad only ("10.0.0.1"); no leading zeros, no shorthand forms.
    static std::optional<Ipv4Address> parse(std::string_view text);

    constexpr std::uint32_t value() const { return m_value; }
    std::string toString() const;

    friend constexpr auto operator<=>(Ipv4Address, Ipv4Address) = default;

private:
    std::uint32_t m_value = 0;
};

// Why a CIDR string was refused.
enum class PrefixError {
    Syntax,       // not "a.b.c.d/len"
    LengthRange,  // length outside 0..32
    HostBitsSet,  // "10.1.0.1/16": address has bits below the mask
};

struct PrefixParseResult;

// An IPv4 prefix in canonical form (no host bits set).
class Prefix final
{
public:
    constexpr Prefix() = default;
    // Masks away host bits; use parse() to refuse them instead.
    constexpr Prefix(Ipv4Address address, int length)
        : m_address(address.value() & maskFor(length)), m_length(static_cast<std::uint8_t>(length)) {}

    static PrefixParseResult parse(std::string_view text);

    constexpr Ipv4Address address() const { return m_address; }
    constexpr int length() const { return m_length; }
    constexpr std::uint32_t mask() const { return maskFor(m_length); }
    constexpr std::uint32_t first() const { return m_address.value(); }
    constexpr std::uint32_t last() const { return m_address.value() | ~mask(); }
    // Number of addresses, as 64-bit so that /0 fits.
    constexpr std::uint64_t size() const { return std::uint64_t{1} << (32 - m_length); }

    constexpr bool contains(Ipv4Address a) const { return (a.value() & mask()) == m_address.value(); }
    constexpr bool contains(const Prefix &other) const
    {
        return other.m_length >= m_length && contains(other.m_address);
    }
    constexpr bool overlaps(const Prefix &other) const { return contains(other) || other.contains(*this); }

    std::string toString() const;

    friend constexpr auto operator<=>(const Prefix &, const Prefix &) = default;

    static constexpr std::uint32_t maskFor(int length)
    {
        return length <= 0 ? 0u : (length >= 32 ? 0xFFFFFFFFu : ~(0xFFFFFFFFu >> length));
    }

private:
    Ipv4Address m_address;
    std::uint8_t m_length = 0;
};

struct PrefixParseResult
{
    std::optional<Prefix> prefix;
    PrefixError error = PrefixError::Syntax;
    std::optional<Prefix> suggestion; // for HostBitsSet: the network the user probably meant
};

} // namespace spokewise::net
