#include "io/design_file.h"

#include "io/design_json.h"
#include "io/json_positions.h"
#include "io/json_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace spokewise::io {

namespace {

// nlohmann reports syntax errors in English; keep only a category and the token it read.
Diagnostic syntaxDiagnostic(std::string_view text, const nlohmann::json::parse_error &e)
{
    const std::string what = e.what();
    const char *category = kSyntaxUnexpectedToken;
    if (what.find("unexpected end of input") != std::string::npos || e.byte >= text.size())
        category = kSyntaxUnexpectedEnd;
    else if (what.find("expected end of input") != std::string::npos)
        category = kSyntaxTrailingContent;
    else if (what.find("invalid literal") != std::string::npos)
        category = kSyntaxInvalidLiteral;
    else if (what.find("invalid string") != std::string::npos)
        category = kSyntaxInvalidString;
    else if (what.find("invalid number") != std::string::npos)
        category = kSyntaxInvalidNumber;

    std::string token;
    const auto marker = what.find("last read: '");
    if (marker != std::string::npos) {
        const auto start = marker + 12;
        const auto end = what.find("'", start);
        token = what.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (token.size() > 40)
            token = token.substr(0, 40) + "...";
    }
    // e.byte is 1-based: the position of the last character read.
    const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
    const auto pos = positionOfOffset(text, offset);
    return makeError(DiagCode::SyntaxError, {category, token}, "", pos.line, pos.column);
}

Diagnostic atOffset(std::string_view text, DiagCode code, std::vector<std::string> args, std::size_t offset)
{
    const auto pos = positionOfOffset(text, offset);
    return makeError(code, std::move(args), "", pos.line, pos.column);
}

} // namespace

LoadResult parseDesign(std::string_view text)
{
    LoadResult result;
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        result.diagnostics.push_back(makeError(DiagCode::FileEmpty, {}, ""));
        return result;
    }
    if (const auto bad = firstInvalidUtf8(text)) {
        result.diagnostics.push_back(atOffset(text, DiagCode::NotUtf8, {}, *bad));
        return result;
    }
    if (const auto deep = firstTooDeep(text, kMaxNestingDepth)) {
        result.diagnostics.push_back(
            atOffset(text, DiagCode::NestingTooDeep, {std::to_string(kMaxNestingDepth)}, *deep));
        return result;
    }
    Json root;
    try {
        root = Json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        result.diagnostics.push_back(syntaxDiagnostic(text, e));
        return result;
    }
    result.design = readDesign(root, result.diagnostics);
    if (!result.diagnostics.empty()) {
        const JsonPositions positions(text);
        for (auto &d : result.diagnostics) {
            const auto pos = positions.find(d.path);
            d.line = pos.line;
            d.column = pos.column;
        }
    }
    return result;
}

LoadResult loadDesignFile(const std::filesystem::path &path)
{
    LoadResult result;
    const auto fail = [&](DiagCode code, std::vector<std::string> args) {
        result.diagnostics.push_back(makeError(code, std::move(args), ""));
        return result;
    };
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return fail(DiagCode::FileUnreadable, {ec ? ec.message() : std::strerror(ENOENT)});
    if (std::filesystem::is_directory(status))
        return fail(DiagCode::FileUnreadable, {std::strerror(EISDIR)});
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return fail(DiagCode::FileUnreadable, {ec.message()});
    if (size > kMaxDesignFileBytes)
        return fail(DiagCode::FileTooLarge, {std::to_string(size), std::to_string(kMaxDesignFileBytes)});

    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(DiagCode::FileUnreadable, {std::strerror(errno)});
    std::string text;
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), static_cast<std::streamsize>(size));
    if (in.gcount() != static_cast<std::streamsize>(size))
        return fail(DiagCode::FileUnreadable, {std::strerror(errno ? errno : EIO)});
    return parseDesign(text);
}

std::string serializeDesign(const Design &design)
{
    return writeDesign(design).dump(2) + '\n';
}

std::optional<std::string> saveDesignFile(const Design &design, const std::filesystem::path &path)
{
    const std::string text = serializeDesign(design);
    auto temp = path;
    temp += ".saving";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out)
            return std::string(std::strerror(errno));
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.flush();
        if (!out) {
            const std::string reason = std::strerror(errno);
            std::error_code ignored;
            std::filesystem::remove(temp, ignored);
            return reason;
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        return ec.message();
    }
    return std::nullopt;
}

} // namespace spokewise::io
