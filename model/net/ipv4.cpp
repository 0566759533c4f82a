#include "net/ipv4.h"

#include <charconv>

namespace spokewise::net {

namespace {

// Parses a decimal number in [0, max] with no sign, no leading zeros (except "0" itself).
std::optional<std::uint32_t> parseDecimal(std::string_view text, std::uint32_t max)
{
    if (text.empty() || text.size() > 10 || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    std::uint32_t value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || value > max)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<Ipv4Address> Ipv4Address::parse(std::string_view text)
{
    std::uint32_t value = 0;
    for (int part = 0; part < 4; ++part) {
        const auto dot = text.find('.');
        if ((part < 3) == (dot == std::string_view::npos))
            return std::nullopt;
        const auto octet = parseDecimal(text.substr(0, dot), 255);
        if (!octet)
            return std::nullopt;
        value = (value << 8) | *octet;
        text = part < 3 ? text.substr(dot + 1) : std::string_view();
    }
    return Ipv4Address(value);
}

std::string Ipv4Address::toString() const
{
    return std::to_string(m_value >> 24) + '.' + std::to_string((m_value >> 16) & 0xFF) + '.'
           + std::to_string((m_value >> 8) & 0xFF) + '.' + std::to_string(m_value & 0xFF);
}

PrefixParseResult Prefix::parse(std::string_view text)
{
    PrefixParseResult result;
    const auto slash = text.find('/');
    if (slash == std::string_view::npos)
        return result;
    const auto address = Ipv4Address::parse(text.substr(0, slash));
    const auto lengthText = text.substr(slash + 1);
    if (!address || lengthText.empty())
        return result;
    const auto length = parseDecimal(lengthText, 1000);
    if (!length)
        return result;
    if (*length > 32) {
        result.error = PrefixError::LengthRange;
        return result;
    }
    const Prefix canonical(*address, static_cast<int>(*length));
    if (canonical.address() != *address) {
        result.error = PrefixError::HostBitsSet;
        result.suggestion = canonical;
        return result;
    }
    result.prefix = canonical;
    return result;
}

std::string Prefix::toString() const
{
    return m_address.toString() + '/' + std::to_string(m_length);
}

} // namespace spokewise::net
