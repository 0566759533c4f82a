#pragma once

#include "design/design.h"
#include "io/diagnostic.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace spokewise::io {

// Files larger than this are refused before they are read whole.
inline constexpr std::uintmax_t kMaxDesignFileBytes = 16u * 1024u * 1024u;
// Deeper JSON nesting than this is refused before parsing (the format needs 8 levels).
inline constexpr int kMaxNestingDepth = 64;

struct LoadResult
{
    std::optional<Design> design;  // absent when the file could not be understood
    Diagnostics diagnostics;       // every problem found, in file order; positions filled in
    bool ok() const { return design.has_value(); }
};

// Parses design text. Never throws for bad input: every problem becomes a diagnostic, with the
// JSON path and, where the text has one, the line and column.
LoadResult parseDesign(std::string_view text);

// Reads and parses a design file (size checked before reading).
LoadResult loadDesignFile(const std::filesystem::path &path);

// The canonical text of a design: fixed key order, two-space indentation, trailing newline.
// parseDesign(serializeDesign(d)) == d, and an unchanged design always gives the same bytes.
std::string serializeDesign(const Design &design);

// Writes the canonical text to `path` through a temporary file and a rename, so that a failed
// write never leaves a half-written design. Returns an error text on failure.
std::optional<std::string> saveDesignFile(const Design &design, const std::filesystem::path &path);

} // namespace spokewise::io
