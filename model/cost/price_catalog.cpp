#include "cost/price_catalog.h"

#include "io/json_positions.h"
#include "io/json_reader.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <system_error>

namespace spokewise::cost {

using io::DiagCode;
using io::Diagnostic;
using io::Diagnostics;
using io::Json;
using io::JsonObjectReader;
using Need = io::JsonObjectReader::Need;

namespace {

constexpr std::string_view kFormatName = "spokewise-price-catalog";
constexpr int kFormatVersion = 1;
constexpr double kMaxPrice = 1000000; // far above any Azure network list price; catches typos
constexpr std::string_view kUserSource = "user";

// Full: the bundled catalog, where every field is required. Override: a user's partial file.
enum class Mode { Full, Override };

bool isDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day.
bool isValidDate(std::string_view s)
{
    if (s.size() != 4 && s.size() != 7 && s.size() != 10)
        return false;
    if (!isDigits(s.substr(0, 4)))
        return false;
    if (s.size() >= 7) {
        if (s[4] != '-' || !isDigits(s.substr(5, 2)))
            return false;
        const int month = std::stoi(std::string(s.substr(5, 2)));
        if (month < 1 || month > 12)
            return false;
    }
    if (s.size() == 10) {
        if (s[7] != '-' || !isDigits(s.substr(8, 2)))
            return false;
        const int day = std::stoi(std::string(s.substr(8, 2)));
        if (day < 1 || day > 31)
            return false;
    }
    return true;
}

void report(Diagnostics &out, DiagCode code, std::vector<std::string> args, const std::string &path)
{
    Diagnostic d;
    d.code = code;
    d.args = std::move(args);
    d.path = path;
    out.push_back(std::move(d));
}

bool readDate(JsonObjectReader &reader, std::string_view key, std::string &out, Need need, bool allowEmpty)
{
    std::string value;
    if (!reader.readString(key, value, need))
        return false;
    if ((value.empty() && !allowEmpty) || (!value.empty() && !isValidDate(value))) {
        reader.report(DiagCode::InvalidDate, {value}, reader.memberPath(key));
        return false;
    }
    out = std::move(value);
    return true;
}

// Classifies nlohmann's parse error text into the SyntaxProblem names of io/diagnostic.h.
const char *syntaxProblem(std::string_view what)
{
    if (what.find("unexpected end of input") != std::string_view::npos)
        return io::kSyntaxUnexpectedEnd;
    if (what.find("expected end of input") != std::string_view::npos)
        return io::kSyntaxTrailingContent;
    if (what.find("invalid literal") != std::string_view::npos)
        return io::kSyntaxInvalidLiteral;
    if (what.find("invalid string") != std::string_view::npos)
        return io::kSyntaxInvalidString;
    if (what.find("invalid number") != std::string_view::npos)
        return io::kSyntaxInvalidNumber;
    return io::kSyntaxUnexpectedToken;
}

// The token nlohmann names: "last read: '...'" for lexer errors, "unexpected '...'" for parser ones.
std::string lastToken(std::string_view what)
{
    for (const std::string_view marker : {std::string_view("last read: '"), std::string_view("unexpected '")}) {
        const auto start = what.find(marker);
        if (start == std::string_view::npos)
            continue;
        const auto from = start + marker.size();
        const auto end = what.find('\'', from);
        std::string token(what.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from));
        if (token.size() > 40)
            token = token.substr(0, 40) + "...";
        return token;
    }
    return {};
}

// Parses the text or reports why not, with the line and column of the problem.
std::optional<Json> parseJson(std::string_view text, Diagnostics &out)
{
    const auto at = [&](DiagCode code, std::vector<std::string> args, std::size_t offset) {
        Diagnostic d;
        d.code = code;
        d.args = std::move(args);
        d.path = ""; // the whole text, as io::parseDesign reports it
        const auto pos = io::positionOfOffset(text, offset);
        d.line = pos.line;
        d.column = pos.column;
        out.push_back(std::move(d));
    };
    if (std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c); })) {
        report(out, DiagCode::FileEmpty, {}, "");
        return std::nullopt;
    }
    if (const auto bad = io::firstInvalidUtf8(text)) {
        at(DiagCode::NotUtf8, {}, *bad);
        return std::nullopt;
    }
    if (const auto deep = io::firstTooDeep(text, 64)) {
        at(DiagCode::NestingTooDeep, {"64"}, *deep);
        return std::nullopt;
    }
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is 1-based and points at the last character read.
        const std::size_t offset = e.byte > 0 ? std::min<std::size_t>(e.byte - 1, text.size()) : 0;
        at(DiagCode::SyntaxError, {syntaxProblem(e.what()), lastToken(e.what())}, offset);
    } catch (const nlohmann::json::exception &) {
        at(DiagCode::SyntaxError, {io::kSyntaxUnexpectedToken, ""}, 0);
    }
    return std::nullopt;
}

void readSources(JsonObjectReader &root, PriceCatalog &catalog, Mode mode, Diagnostics &out)
{
    const Json *sources = root.member("sources", mode == Mode::Full ? Need::Required : Need::Optional);
    if (!sources)
        return;
    const auto path = root.memberPath("sources");
    if (!sources->is_object()) {
        root.reportType(path, "object", *sources);
        return;
    }
    for (auto it = sources->begin(); it != sources->end(); ++it) {
        const auto itemPath = io::childPath(path, it.key());
        if (it.key() == kUserSource) {
            report(out, DiagCode::ReservedId, {it.key()}, itemPath);
            continue;
        }
        JsonObjectReader reader(it.value(), itemPath, out);
        if (!reader.valid())
            continue;
        PriceSource source;
        reader.readString("title", source.title, Need::Required, false);
        readDate(reader, "date", source.date, Need::Optional, true);
        reader.finish();
        catalog.sources[it.key()] = std::move(source);
    }
}

void readRegions(JsonObjectReader &root, PriceCatalog &catalog, Mode mode, Diagnostics &out)
{
    const Json *regions = root.member("regions", mode == Mode::Full ? Need::Required : Need::Optional);
    if (!regions)
        return;
    const auto path = root.memberPath("regions");
    if (!regions->is_object()) {
        root.reportType(path, "object", *regions);
        return;
    }
    std::map<std::string, std::string> seen; // normalised name -> path of first use in this file
    for (auto it = regions->begin(); it != regions->end(); ++it) {
        const auto itemPath = io::childPath(path, it.key());
        const auto name = normaliseRegion(it.key());
        if (name.empty()) {
            report(out, DiagCode::EmptyString, {}, itemPath);
            continue;
        }
        if (const auto first = seen.find(name); first != seen.end()) {
            report(out, DiagCode::DuplicateId, {it.key(), first->second}, itemPath);
            continue;
        }
        seen[name] = itemPath;
        JsonObjectReader reader(it.value(), itemPath, out);
        if (!reader.valid())
            continue;
        RegionInfo info;
        reader.readInt("zone", info.zone, 1, 4, Need::Required);
        reader.readString("geography", info.geography, Need::Required, false);
        reader.finish();
        catalog.regions[name] = std::move(info);
    }
}

// Reads one item. In override mode only the id is required and the item must exist in `base`.
void readItem(const Json &value, const std::string &path, Mode mode, PriceCatalog &catalog,
              std::map<std::string, std::string> &seenIds, Diagnostics &out)
{
    JsonObjectReader reader(value, path, out);
    if (!reader.valid())
        return;
    const Need need = mode == Mode::Full ? Need::Required : Need::Optional;
    const std::size_t errorsBefore = out.size();

    std::string id;
    if (!reader.readString("id", id, Need::Required, false)) {
        reader.finish();
        return;
    }
    const auto idPath = reader.memberPath("id");
    if (const auto first = seenIds.find(id); first != seenIds.end()) {
        reader.report(DiagCode::DuplicateId, {id, first->second}, idPath);
        reader.finish();
        return;
    }
    seenIds[id] = idPath;

    PriceItem fresh;
    PriceItem *target = &fresh;
    if (mode == Mode::Override) {
        auto it = std::find_if(catalog.items.begin(), catalog.items.end(),
                               [&](const PriceItem &item) { return item.id == id; });
        if (it == catalog.items.end()) {
            reader.report(DiagCode::UnknownCatalogItem, {id}, idPath);
            reader.finish();
            return;
        }
        target = &*it;
    }
    PriceItem item = *target;
    item.id = id;

    PriceUnit unit = item.unit;
    if (reader.readEnum("unit", unit, need)) {
        if (mode == Mode::Override && unit != item.unit) {
            reader.report(DiagCode::CatalogUnitMismatch,
                          {std::string(enumName(unit)), std::string(enumName(item.unit))}, reader.memberPath("unit"));
        }
        item.unit = unit;
    }
    reader.readNumber("usd", item.usd, 0, kMaxPrice, need);
    reader.readString("region", item.region, need, false);
    const bool hasSource = reader.readString("source", item.source, need, false);
    if (hasSource && item.source != kUserSource && !catalog.sources.count(item.source))
        reader.report(DiagCode::DanglingReference, {item.source}, reader.memberPath("source"));
    const bool hasDate = readDate(reader, "sourceDate", item.sourceDate, need, true);
    const bool hasStatus = reader.readEnum("status", item.status, need);
    reader.readString("note", item.note, Need::Optional);
    reader.finish();

    if (out.size() != errorsBefore)
        return;
    if (mode == Mode::Override) {
        // A figure the user gave without saying where it came from is the user's own.
        if (!hasSource)
            item.source = std::string(kUserSource);
        if (!hasSource && !hasDate)
            item.sourceDate.clear();
        if (!hasStatus)
            item.status = PriceStatus::User;
        item.overridden = true;
        *target = std::move(item);
    } else {
        catalog.items.push_back(std::move(item));
    }
}

void addPositions(std::string_view text, Diagnostics &diagnostics)
{
    const io::JsonPositions positions(text);
    for (auto &d : diagnostics) {
        if (d.line != 0)
            continue;
        const auto pos = positions.find(d.path);
        d.line = pos.line;
        d.column = pos.column;
    }
}

CatalogLoadResult readCatalog(std::string_view text, Mode mode, const PriceCatalog *base)
{
    CatalogLoadResult result;
    auto &out = result.diagnostics;
    const auto json = parseJson(text, out);
    if (!json)
        return result;

    PriceCatalog catalog = base ? *base : PriceCatalog{};
    JsonObjectReader root(*json, "$", out);
    if (root.valid()) {
        std::string format;
        if (root.readString("format", format, Need::Required) && format != kFormatName)
            root.report(DiagCode::InvalidEnumValue, {format, std::string(kFormatName)}, root.memberPath("format"));
        std::int64_t version = 0;
        if (root.readInt("formatVersion", version, 1, 1000000, Need::Required) && version > kFormatVersion) {
            root.report(DiagCode::UnsupportedSchemaVersion, {std::to_string(version), std::to_string(kFormatVersion)},
                        root.memberPath("formatVersion"));
        }
        const Need need = mode == Mode::Full ? Need::Required : Need::Optional;
        std::string date;
        if (readDate(root, "date", date, need, false)) {
            if (mode == Mode::Full)
                catalog.date = date;
        }
        std::string currency;
        if (root.readString("currency", currency, need, false)) {
            if (mode == Mode::Full)
                catalog.currency = currency;
            else if (currency != catalog.currency)
                root.report(DiagCode::CatalogCurrencyMismatch, {currency, catalog.currency},
                            root.memberPath("currency"));
        }
        std::string description;
        if (root.readString("description", description, Need::Optional) && mode == Mode::Full)
            catalog.description = description;
        readSources(root, catalog, mode, out);
        readRegions(root, catalog, mode, out);
        if (const Json *items = root.readArray("items", Need::Required)) {
            std::map<std::string, std::string> seenIds;
            for (std::size_t i = 0; i < items->size(); ++i)
                readItem((*items)[i], io::indexPath(root.memberPath("items"), i), mode, catalog, seenIds, out);
        }
        root.finish();
    }
    addPositions(text, out);
    if (!io::hasErrors(out))
        result.catalog = std::move(catalog);
    return result;
}

} // namespace

const PriceItem *PriceCatalog::find(std::string_view id) const
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const PriceItem &item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

const RegionInfo *PriceCatalog::region(std::string_view name) const
{
    const auto it = regions.find(normaliseRegion(name));
    return it == regions.end() ? nullptr : &it->second;
}

bool PriceCatalog::hasOverrides() const
{
    return std::any_of(items.begin(), items.end(), [](const PriceItem &item) { return item.overridden; });
}

std::string normaliseRegion(std::string_view name)
{
    std::string out;
    for (const char c : name) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

CatalogLoadResult parseCatalog(std::string_view text)
{
    return readCatalog(text, Mode::Full, nullptr);
}

const PriceCatalog &bundledCatalog()
{
    // Parsed once; an empty catalog (nothing priced) if the bundled text were ever broken.
    static const PriceCatalog catalog = [] {
        auto result = parseCatalog(bundledCatalogText());
        return result.catalog ? std::move(*result.catalog) : PriceCatalog{};
    }();
    return catalog;
}

CatalogLoadResult applyCatalogOverrides(const PriceCatalog &base, std::string_view overrideText)
{
    return readCatalog(overrideText, Mode::Override, &base);
}

CatalogLoadResult loadCatalogOverrides(const PriceCatalog &base, const std::filesystem::path &path)
{
    CatalogLoadResult result;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        report(result.diagnostics, DiagCode::FileUnreadable, {ec.message()}, "$");
        return result;
    }
    if (size > kMaxCatalogFileBytes) {
        report(result.diagnostics, DiagCode::FileTooLarge, {std::to_string(size), std::to_string(kMaxCatalogFileBytes)},
               "$");
        return result;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        report(result.diagnostics, DiagCode::FileUnreadable,
               {std::error_code(errno, std::generic_category()).message()}, "$");
        return result;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return applyCatalogOverrides(base, text.str());
}

} // namespace spokewise::cost
