#pragma once

// Longest-prefix-match index over a route vector sorted by (prefix length descending, network).

#include "net/ipv4.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace spokewise::routing::detail {

// For each prefix length present, a sorted array of (network, first route, end route) spans, so
// that finding every route covering an address costs one binary search per length present.
class Lpm final
{
public:
    // The routes [begin, end) of one prefix.
    struct Span
    {
        std::uint32_t network;
        std::uint32_t begin;
        std::uint32_t end;
        std::uint32_t flags = 0; // set by the owner (RouteSet: a usable VnetLocal/VNetPeering route)
    };
    // The prefixes of one length, sorted by network.
    struct Level
    {
        int length;
        std::vector<Span> spans;
    };

    // `prefixOf(i)` gives route i's prefix; routes must already be sorted as described above.
    template<typename PrefixOf>
    void build(std::size_t count, PrefixOf prefixOf)
    {
        m_levels.clear();
        for (std::size_t i = 0; i < count;) {
            const net::Prefix p = prefixOf(i);
            std::size_t j = i + 1;
            while (j < count && prefixOf(j) == p)
                ++j;
            if (m_levels.empty() || m_levels.back().length != p.length())
                m_levels.push_back({p.length(), {}});
            m_levels.back().spans.push_back(
                {p.first(), static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), 0});
            i = j;
        }
    }

    // Calls f(begin, end) for each prefix covering `address`, longest first; stops when f returns false.
    template<typename F>
    void forEachCovering(std::uint32_t address, F f) const
    {
        forEachSpan(address, [&](const Span &s) { return f(s.begin, s.end); });
    }

    // The same, with the whole span (and its flags).
    template<typename F>
    void forEachSpan(std::uint32_t address, F f) const
    {
        for (const Level &level : m_levels) {
            const std::uint32_t key = address & net::Prefix::maskFor(level.length);
            const auto it = std::lower_bound(level.spans.begin(), level.spans.end(), key,
                                             [](const Span &s, std::uint32_t k) { return s.network < k; });
            if (it != level.spans.end() && it->network == key) {
                if (!f(*it))
                    return;
            }
        }
    }

    // Sets each span's flags from f(begin, end).
    template<typename F>
    void setFlags(F f)
    {
        for (Level &level : m_levels)
            for (Span &s : level.spans)
                s.flags = f(s.begin, s.end);
    }

private:
    std::vector<Level> m_levels;
};

} // namespace spokewise::routing::detail
