#pragma once

// The price catalog: every figure the cost model uses, as data. The bundled catalog
// (resources/prices/catalog.json, compiled into the library) is dated and sourced item by item;
// a user catalog file overrides any figure by id. docs/cost.md describes the file format.

#include "design/enums.h"
#include "io/diagnostic.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spokewise::cost {

// What one unit of an item is. Quantities in cost lines are counted in the same unit.
enum class PriceUnit { Hour, Month, Gigabyte, TunnelHour, ConnectionHour, UserHour, ScaleUnitHour, RiuHour };

// How far a figure can be trusted (PRICES.md's status legend); User marks a figure a user
// override set without saying more.
enum class PriceStatus { ConfirmedPrimary, ConfirmedRetail, ConfirmedThirdParty, Estimate, User };

// Names of the enums above, as files and CLI output spell them (design/enums.h).
SPOKEWISE_ENUM_NAMES(PriceUnit, {PriceUnit::Hour, "hour"}, {PriceUnit::Month, "month"}, {PriceUnit::Gigabyte, "GB"},
                     {PriceUnit::TunnelHour, "tunnel-hour"}, {PriceUnit::ConnectionHour, "connection-hour"},
                     {PriceUnit::UserHour, "user-hour"}, {PriceUnit::ScaleUnitHour, "scale-unit-hour"},
                     {PriceUnit::RiuHour, "riu-hour"})
SPOKEWISE_ENUM_NAMES(PriceStatus, {PriceStatus::ConfirmedPrimary, "confirmed-P"},
                     {PriceStatus::ConfirmedRetail, "confirmed-R"}, {PriceStatus::ConfirmedThirdParty, "confirmed-T"},
                     {PriceStatus::Estimate, "estimate"}, {PriceStatus::User, "user"})

// One priced item of the catalog.
struct PriceItem
{
    std::string id; // "vpnGateway.VpnGw1AZ", "expressRouteCircuit.Premium.MeteredData.1000", ...
    PriceUnit unit = PriceUnit::Hour;
    double usd = 0;         // price of one unit, in the catalog's currency
    std::string region;     // ARM region name, "zone1".., "all", "us" or "unstated"
    std::string source;     // key into PriceCatalog::sources
    std::string sourceDate; // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" when the source is undated
    PriceStatus status = PriceStatus::Estimate;
    std::string note;        // free text for people reading the catalog; never shown as a price
    bool overridden = false; // set by applyCatalogOverrides()
    friend bool operator==(const PriceItem &, const PriceItem &) = default;
};

// Where figures come from (PRICES.md's source table).
struct PriceSource
{
    std::string title;
    std::string date;
    friend bool operator==(const PriceSource &, const PriceSource &) = default;
};

// Data-transfer zone and geography of an Azure region, for peering and hub-to-hub prices.
struct RegionInfo
{
    int zone = 1;          // 1..4
    std::string geography; // "northAmerica", "europe", "asiaPacific", ...
    friend bool operator==(const RegionInfo &, const RegionInfo &) = default;
};

// A whole catalog: figures by id, their sources, and the region table.
struct PriceCatalog
{
    std::string date;     // when the figures were gathered ("2026-09")
    std::string currency; // "USD"
    std::string description;
    std::map<std::string, PriceSource> sources;
    std::map<std::string, RegionInfo> regions; // by normalised region name (see normaliseRegion)
    std::vector<PriceItem> items;              // in file order

    const PriceItem *find(std::string_view id) const;
    const RegionInfo *region(std::string_view name) const;
    bool hasOverrides() const;

    friend bool operator==(const PriceCatalog &, const PriceCatalog &) = default;
};

// "East US", "eastus" and "EastUS" all become "eastus".
std::string normaliseRegion(std::string_view name);

// Catalog files larger than this are refused before they are read.
inline constexpr std::uintmax_t kMaxCatalogFileBytes = 4u * 1024u * 1024u;

// A parsed catalog, or the reasons it could not be read.
struct CatalogLoadResult
{
    std::optional<PriceCatalog> catalog; // absent when any error was found
    io::Diagnostics diagnostics;         // JSON path on each; line:column where the text has one
    bool ok() const { return catalog.has_value(); }
};

// Parses a complete catalog (every field of every item required). Never throws for bad input.
CatalogLoadResult parseCatalog(std::string_view text);

// The text of resources/prices/catalog.json as it was when the library was built.
std::string_view bundledCatalogText();

// The bundled catalog, parsed. It is checked by the tests, so this cannot fail in a release.
const PriceCatalog &bundledCatalog();

// Applies a user catalog file to `base`: the same format as the bundled catalog, but only each
// item's id is required, and every item must exist in `base` with the same unit. Sources and
// regions may be added or changed. The result carries every base item, overridden ones marked.
CatalogLoadResult applyCatalogOverrides(const PriceCatalog &base, std::string_view overrideText);

// Reads a file (size checked first) and applies it with applyCatalogOverrides().
CatalogLoadResult loadCatalogOverrides(const PriceCatalog &base, const std::filesystem::path &path);

} // namespace spokewise::cost
