// The price catalog: the bundled figures, user overrides, and clear errors for bad catalog files.

#include "cost/price_catalog.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace spokewise;
using namespace spokewise::cost;
using io::DiagCode;
using spokewise::test::dataPath;
using spokewise::test::readText;
using spokewise::test::sourcePath;

namespace {

const PriceItem &item(const PriceCatalog &catalog, std::string_view id)
{
    const PriceItem *p = catalog.find(id);
    INFO("catalog item " << id);
    REQUIRE(p != nullptr);
    return *p;
}

} // namespace

TEST_CASE("The bundled catalog is the file in resources/prices, and it loads without a finding")
{
    const std::string fileText = readText(sourcePath("resources/prices/catalog.json"));
    REQUIRE(std::string(bundledCatalogText()) == fileText);

    const auto result = parseCatalog(fileText);
    for (const auto &d : result.diagnostics)
        UNSCOPED_INFO(d.path << " " << static_cast<int>(d.code) << " " << d.line << ":" << d.column);
    REQUIRE(result.diagnostics.empty());
    REQUIRE(result.ok());
    CHECK(*result.catalog == bundledCatalog());
    CHECK(bundledCatalog().date == "2026-09");
    CHECK(bundledCatalog().currency == "USD");
    CHECK_FALSE(bundledCatalog().hasOverrides());
}

TEST_CASE("Every bundled item is sourced, dated where its source is, and flagged when it is an estimate")
{
    const auto &catalog = bundledCatalog();
    REQUIRE(catalog.items.size() >= 100);
    for (const auto &i : catalog.items) {
        INFO(i.id);
        CHECK(catalog.sources.count(i.source) == 1);
        CHECK(i.usd >= 0);
        CHECK_FALSE(i.region.empty());
        // The "E" source means: not seen anywhere. Such figures must say they are estimates.
        if (i.source == "E")
            CHECK(i.status == PriceStatus::Estimate);
    }
}

TEST_CASE("The bundled catalog carries PRICES.md's figures")
{
    const auto &c = bundledCatalog();
    // AZ SKUs after the 2025 price cut; the legacy SKUs keep their own figures.
    CHECK(item(c, "vpnGateway.VpnGw1AZ").usd == 0.21);
    CHECK(item(c, "vpnGateway.VpnGw1AZ").status == PriceStatus::ConfirmedRetail);
    CHECK(item(c, "vpnGateway.VpnGw2AZ").status == PriceStatus::ConfirmedThirdParty);
    CHECK(item(c, "vpnGateway.VpnGw3AZ").usd == 1.38);
    CHECK(item(c, "vpnGateway.VpnGw3AZ").status == PriceStatus::Estimate);
    CHECK(item(c, "vpnGateway.VpnGw1").usd == 0.19);
    CHECK(item(c, "vpnGateway.s2sTunnel").unit == PriceUnit::TunnelHour);
    CHECK(item(c, "vpnGateway.p2sConnection").unit == PriceUnit::ConnectionHour);
    // ExpressRoute gateways: Brazil South figures used for East US are estimates.
    CHECK(item(c, "expressRouteGateway.ErGw1AZ").usd == 0.361);
    CHECK(item(c, "expressRouteGateway.ErGw1AZ").status == PriceStatus::Estimate);
    CHECK(item(c, "expressRouteGateway.ErGw1AZ").region == "brazilsouth");
    // Circuits: all 32 Standard/Premium × Metered/Unlimited × bandwidth cells and 4 Local ones.
    for (const char *tier : {"Standard", "Premium"}) {
        for (const char *family : {"MeteredData", "UnlimitedData"}) {
            for (const int bw : {50, 100, 200, 500, 1000, 2000, 5000, 10000}) {
                const std::string id
                        = std::string("expressRouteCircuit.") + tier + "." + family + "." + std::to_string(bw);
                CHECK(item(c, id).unit == PriceUnit::Month);
            }
        }
    }
    CHECK(item(c, "expressRouteCircuit.Premium.MeteredData.1000").usd == 1186);
    CHECK(item(c, "expressRouteCircuit.Local.UnlimitedData.10000").usd == 5500);
    CHECK(c.find("expressRouteCircuit.Local.UnlimitedData.500") == nullptr);
    CHECK(item(c, "virtualHub.p2sConnectionUnit").status == PriceStatus::Estimate);
    CHECK(item(c, "routeServer").status == PriceStatus::ConfirmedThirdParty);
    CHECK(item(c, "routeServer.routingInfrastructureUnit").status == PriceStatus::ConfirmedPrimary);
}

TEST_CASE("Region names are matched however they are written")
{
    const auto &c = bundledCatalog();
    REQUIRE(c.region("East US") != nullptr);
    CHECK(c.region("East US") == c.region("eastus"));
    CHECK(c.region("West Europe")->geography == "europe");
    CHECK(c.region("japanwest")->zone == 2);
    CHECK(c.region("Brazil South")->zone == 3);
    CHECK(c.region("atlantis") == nullptr);
}

TEST_CASE("A small complete catalog parses on its own")
{
    const auto result = parseCatalog(readText(dataPath("cost/small-catalog.json")));
    REQUIRE(result.ok());
    CHECK(result.catalog->items.size() == 2);
    CHECK(item(*result.catalog, "publicIp.standardStatic").usd == 0.005);
}

TEST_CASE("A user catalog overrides figures by id and keeps the rest")
{
    const auto result = loadCatalogOverrides(bundledCatalog(), dataPath("cost/override-good.json"));
    for (const auto &d : result.diagnostics)
        UNSCOPED_INFO(d.path << " " << static_cast<int>(d.code));
    REQUIRE(result.ok());
    const PriceCatalog &c = *result.catalog;
    CHECK(c.items.size() == bundledCatalog().items.size());
    CHECK(c.hasOverrides());
    // The catalog keeps the bundled date; the overridden items carry their own provenance.
    CHECK(c.date == "2026-09");

    const auto &gw = item(c, "vpnGateway.VpnGw1AZ");
    CHECK(gw.usd == 0.19);
    CHECK(gw.overridden);
    CHECK(gw.source == "Q1");
    CHECK(gw.sourceDate == "2026-11-01");
    CHECK(gw.status == PriceStatus::ConfirmedPrimary);
    CHECK(c.sources.at("Q1").title == "Contoso EA price sheet");

    // Only the figure given: the source is the user, and so is the status.
    const auto &er = item(c, "expressRouteGateway.ErGw1AZ");
    CHECK(er.usd == 0.33);
    CHECK(er.source == "user");
    CHECK(er.sourceDate.empty());
    CHECK(er.status == PriceStatus::User);
    CHECK(er.unit == PriceUnit::Hour);

    CHECK(item(c, "vpnGateway.VpnGw5").usd == 3.5);
    CHECK(item(c, "vpnGateway.VpnGw5").note == "EA discount");

    // Untouched items are exactly the bundled ones.
    CHECK(item(c, "vpnGateway.VpnGw2AZ") == item(bundledCatalog(), "vpnGateway.VpnGw2AZ"));
    // Regions can be added, under their normalised name.
    REQUIRE(c.region("israelcentral") != nullptr);
    CHECK(c.region("israelcentral")->zone == 3);
}

TEST_CASE("The whole bundled catalog is also a valid override file")
{
    const auto result = applyCatalogOverrides(bundledCatalog(), bundledCatalogText());
    REQUIRE(result.ok());
    for (std::size_t i = 0; i < result.catalog->items.size(); ++i) {
        CHECK(result.catalog->items[i].usd == bundledCatalog().items[i].usd);
        CHECK(result.catalog->items[i].overridden);
    }
}

namespace {

// What each bad catalog file must report first: code, JSONPath, line:column, arguments.
struct BadFile
{
    const char *file;
    bool override; // applied over the bundled catalog, or parsed as a complete catalog
    DiagCode code;
    const char *path;
    int line;
    int column;
    std::vector<std::string> args;
};

} // namespace

TEST_CASE("Bad catalog files give a clear diagnostic naming the place")
{
    const std::vector<BadFile> files = {
            {"bad-syntax.json", true, DiagCode::SyntaxError, "", 6, 5, {"unexpected-token", "{"}},
            {"bad-wrong-type.json", true, DiagCode::WrongType, "$.items[0].usd", 5, 35, {"number", "string"}},
            {"bad-negative-price.json",
             true,
             DiagCode::OutOfRange,
             "$.items[1].usd",
             6,
             36,
             {"-0.015", "0", "1000000"}},
            {"bad-unknown-id.json", true, DiagCode::UnknownCatalogItem, "$.items[0].id", 5, 6, {"vpnGateway.VpnGw9AZ"}},
            {"bad-wrong-unit.json", true, DiagCode::CatalogUnitMismatch, "$.items[0].unit", 5, 35, {"month", "hour"}},
            {"bad-currency.json", true, DiagCode::CatalogCurrencyMismatch, "$.currency", 4, 3, {"EUR", "USD"}},
            {"bad-unknown-field.json", true, DiagCode::UnknownField, "$.items[0].price", 5, 35, {"price"}},
            {"bad-missing-format.json", true, DiagCode::MissingField, "$", 1, 1, {"format"}},
            {"bad-date.json", true, DiagCode::InvalidDate, "$.items[0].sourceDate", 5, 48, {"2026-13-01"}},
            {"bad-unknown-source.json", true, DiagCode::DanglingReference, "$.items[0].source", 5, 48, {"S99"}},
            {"bad-duplicate-id.json",
             true,
             DiagCode::DuplicateId,
             "$.items[1].id",
             6,
             6,
             {"vpnGateway.VpnGw1AZ", "$.items[0].id"}},
            {"bad-status.json",
             true,
             DiagCode::InvalidEnumValue,
             "$.items[0].status",
             5,
             48,
             {"confirmed", "confirmed-P, confirmed-R, confirmed-T, estimate, user"}},
            {"bad-empty.json", true, DiagCode::FileEmpty, "", 0, 0, {}},
            {"bad-newer-format.json", true, DiagCode::UnsupportedSchemaVersion, "$.formatVersion", 3, 3, {"2", "1"}},
            {"bad-missing-field.json", false, DiagCode::MissingField, "$.items[0]", 11, 5, {"unit"}},
    };
    for (const auto &f : files) {
        SECTION(f.file)
        {
            const auto result = f.override ? loadCatalogOverrides(bundledCatalog(), dataPath("cost/") / f.file)
                                           : parseCatalog(readText(dataPath("cost/") / f.file));
            CHECK_FALSE(result.ok());
            REQUIRE_FALSE(result.diagnostics.empty());
            const auto &d = result.diagnostics.front();
            CHECK(d.severity == io::Severity::Error);
            CHECK(static_cast<int>(d.code) == static_cast<int>(f.code));
            CHECK(d.path == f.path);
            CHECK(d.line == f.line);
            CHECK(d.column == f.column);
            CHECK(d.args == f.args);
        }
    }
}

TEST_CASE("A catalog file that cannot be read says so")
{
    const auto result = loadCatalogOverrides(bundledCatalog(), dataPath("cost/no-such-file.json"));
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics.front().code == DiagCode::FileUnreadable);
}

TEST_CASE("A catalog that is not an object, or items that are not objects, are wrong types")
{
    auto result = applyCatalogOverrides(bundledCatalog(), "[1, 2]");
    REQUIRE_FALSE(result.ok());
    CHECK(result.diagnostics.front().code == DiagCode::WrongType);
    CHECK(result.diagnostics.front().path == "$");

    result = applyCatalogOverrides(bundledCatalog(),
                                   R"({"format": "spokewise-price-catalog", "formatVersion": 1, "items": [42]})");
    REQUIRE_FALSE(result.ok());
    CHECK(result.diagnostics.front().code == DiagCode::WrongType);
    CHECK(result.diagnostics.front().path == "$.items[0]");
    CHECK(result.diagnostics.front().args == std::vector<std::string>{"object", "integer"});
}
