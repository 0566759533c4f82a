#include "io/json_positions.h"

#include <vector>

namespace spokewise::io {

namespace {

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

bool isIdentifier(std::string_view key)
{
    if (key.empty() || (key.front() >= '0' && key.front() <= '9'))
        return false;
    for (const char c : key) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

// A tiny scanner over already-valid JSON that records where values start.
class Scanner
{
public:
    Scanner(std::string_view text, std::map<std::string, std::size_t> &out) : m_text(text), m_out(out) {}

    void run()
    {
        // Iterative walk with an explicit stack so that nesting depth costs no native stack.
        struct Frame
        {
            std::string path;
            bool isObject;
            std::size_t index;
        };
        std::vector<Frame> stack;
        std::string pendingPath = "$";
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size())
                return;
            // At a value position (pendingPath set) or inside a container.
            if (!pendingPath.empty()) {
                if (!m_out.count(pendingPath))
                    m_out[pendingPath] = m_pos;
                const char c = m_text[m_pos];
                if (c == '{' || c == '[') {
                    stack.push_back({pendingPath, c == '{', 0});
                    ++m_pos;
                    pendingPath.clear();
                    skipSpace();
                    if (m_pos < m_text.size() && (m_text[m_pos] == '}' || m_text[m_pos] == ']')) {
                        ++m_pos;
                        stack.pop_back();
                        if (stack.empty())
                            return;
                        continue;
                    }
                    if (!stack.back().isObject)
                        pendingPath = indexPath(stack.back().path, 0);
                    else if (!readMember(stack.back().path, pendingPath))
                        return;
                    continue;
                }
                if (!skipScalar())
                    return;
                pendingPath.clear();
                if (stack.empty())
                    return;
                continue;
            }
            // After a value inside a container: ',' or the closing bracket.
            if (stack.empty())
                return;
            const char c = m_text[m_pos++];
            if (c == ',') {
                auto &top = stack.back();
                ++top.index;
                if (!top.isObject)
                    pendingPath = indexPath(top.path, top.index);
                else if (!readMember(top.path, pendingPath))
                    return;
            } else if (c == '}' || c == ']') {
                stack.pop_back();
                if (stack.empty())
                    return;
            } else {
                return;
            }
        }
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' || m_text[m_pos] == '\r' || m_text[m_pos] == '\t'))
            ++m_pos;
    }

    // Reads `"key" :` and records the key's position as the member's position.
    bool readMember(const std::string &objectPath, std::string &memberPath)
    {
        skipSpace();
        const std::size_t keyStart = m_pos;
        std::string key;
        if (!readString(key))
            return false;
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != ':')
            return false;
        ++m_pos;
        memberPath = childPath(objectPath, key);
        if (!m_out.count(memberPath))
            m_out[memberPath] = keyStart;
        // The value itself is recorded under the same path only if the key was not; keep the key.
        return true;
    }

    bool readString(std::string &out)
    {
        if (m_pos >= m_text.size() || m_text[m_pos] != '"')
            return false;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (c == '\\') {
                if (m_pos >= m_text.size())
                    return false;
                const char e = m_text[m_pos++];
                switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': out += '?'; m_pos += 4; break; // keys with \u escapes are not ours anyway
                default: out += e; break;
                }
            } else {
                out += c;
            }
        }
        return false;
    }

    bool skipScalar()
    {
        if (m_text[m_pos] == '"') {
            std::string ignored;
            return readString(ignored);
        }
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
                break;
            ++m_pos;
        }
        return true;
    }

    std::string_view m_text;
    std::map<std::string, std::size_t> &m_out;
    std::size_t m_pos = 0;
};

} // namespace

TextPosition positionOfOffset(std::string_view text, std::size_t offset)
{
    TextPosition p{1, 1};
    const std::size_t end = offset < text.size() ? offset : text.size();
    for (std::size_t i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if (!isContinuation(c)) {
            ++p.column;
        }
    }
    return p;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            if (c == 0)
                return i; // NUL: no design file holds one
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > text.size())
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            if (!isContinuation(cc))
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::nullopt;
}

std::optional<std::size_t> firstTooDeep(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

JsonPositions::JsonPositions(std::string_view text) : m_text(text)
{
    Scanner(text, m_offsets).run();
}

TextPosition JsonPositions::find(const std::string &path) const
{
    std::string p = path;
    while (!p.empty()) {
        const auto it = m_offsets.find(p);
        if (it != m_offsets.end())
            return positionOfOffset(m_text, it->second);
        // Strip the last component: ".name", "[3]" or "['key']" (whose key may hold '.' or '[').
        const auto cut = p.size() >= 2 && p.compare(p.size() - 2, 2, "']") == 0 ? p.rfind("['")
                                                                                 : p.find_last_of(".[");
        if (cut == std::string::npos || cut == 0)
            break;
        p.resize(cut);
    }
    return {};
}

std::string childPath(const std::string &parent, std::string_view key)
{
    if (isIdentifier(key))
        return parent + '.' + std::string(key);
    std::string escaped;
    for (const char c : key) {
        if (c == '\'' || c == '\\')
            escaped += '\\';
        escaped += c;
    }
    return parent + "['" + escaped + "']";
}

std::string indexPath(const std::string &parent, std::size_t index)
{
    return parent + '[' + std::to_string(index) + ']';
}

} // namespace spokewise::io
