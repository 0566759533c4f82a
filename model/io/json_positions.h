#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace spokewise::io {

struct TextPosition
{
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters (UTF-8 code points)
};

// Position of a byte offset in a text.
TextPosition positionOfOffset(std::string_view text, std::size_t offset);

// Offset of the first byte that is not valid UTF-8, if any.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);

// Offset where the nesting of [ and { first exceeds maxDepth (strings are skipped), if it does.
std::optional<std::size_t> firstTooDeep(std::string_view text, int maxDepth);

// Where each value of a JSON text starts, by JSONPath ("$", "$.resources[2].name", ...).
// For an object member the position is that of its key. Built from text that already parsed
// as JSON; on anything unexpected it stops and keeps what it has.
class JsonPositions final
{
public:
    explicit JsonPositions(std::string_view text);

    // The position of `path`, or of its nearest ancestor that has one.
    TextPosition find(const std::string &path) const;

private:
    std::map<std::string, std::size_t> m_offsets;
    std::string_view m_text;
};

// JSONPath helpers: "$.a", "$['odd key']", "$.a[3]".
std::string childPath(const std::string &parent, std::string_view key);
std::string indexPath(const std::string &parent, std::size_t index);

} // namespace spokewise::io
