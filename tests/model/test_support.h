#pragma once

// Small helpers shared by the model tests: reading fixtures and comparing texts whole.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace spokewise::test {

inline std::filesystem::path dataPath(const std::string &relative)
{
    return std::filesystem::path(SPOKEWISE_TEST_DATA_DIR) / relative;
}

inline std::filesystem::path sourcePath(const std::string &relative)
{
    return std::filesystem::path(SPOKEWISE_SOURCE_DIR) / relative;
}

inline std::string readText(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Compares two texts whole; on mismatch reports the first differing line of each, readably.
inline void requireSameText(const std::string &actual, const std::string &expected)
{
    if (actual == expected)
        return;
    std::istringstream a(actual), e(expected);
    std::string la, le;
    int line = 0;
    while (true) {
        ++line;
        const bool ha = static_cast<bool>(std::getline(a, la));
        const bool he = static_cast<bool>(std::getline(e, le));
        if (!ha && !he)
            break;
        if (!ha || !he || la != le) {
            INFO("first difference at line " << line << "\n  actual:   " << (ha ? la : "<end of text>")
                                             << "\n  expected: " << (he ? le : "<end of text>"));
            FAIL("texts differ");
        }
    }
    FAIL("texts differ only in line endings or a final newline");
}

} // namespace spokewise::test
