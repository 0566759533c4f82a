// spokewise-cli cost as a user runs it: the table and CSV compared whole with golden files under
// tests/data/cost (the design's path written as <FILE>), the --json shape, catalog overrides,
// and bad catalogs and options refused with exit 2.
#include "golden.h"
#include "run_cli.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>

using namespace spokewise::tests;

namespace {

const QString kDesign = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/cost/fix-a.spokewise.json");
const QString kOverride = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/cost/override-good.json");
const QString kBadUnit = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/cost/bad-wrong-unit.json");

nlohmann::json costJson(const QStringList &extra = {})
{
    const CliRun run
            = runCli(QStringList{QStringLiteral("cost"), QStringLiteral("--json")} + extra + QStringList{kDesign});
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.err.isEmpty());
    const nlohmann::json doc = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    return doc;
}

const nlohmann::json &lineWith(const nlohmann::json &doc, const std::string &element, const std::string &code)
{
    for (const auto &line : doc.at("lines")) {
        if (line.at("element").get<std::string>() == element && line.at("code").get<std::string>() == code)
            return line;
    }
    FAIL("no line " << element << " " << code);
    static const nlohmann::json none;
    return none;
}

} // namespace

TEST_CASE("cost prints the estimate table, totals and what is not priced", "[cli][cost]")
{
    const CliRun run = runCli({QStringLiteral("cost"), kDesign});
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    requireSameAsGolden(withFileToken(run.out, kDesign), QStringLiteral("cost/fix-a.cost.txt"));
}

TEST_CASE("cost --csv writes one row per line and per unpriced item", "[cli][cost]")
{
    const CliRun run = runCli({QStringLiteral("cost"), QStringLiteral("--csv"), kDesign});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    requireSameAsGolden(run.out, QStringLiteral("cost/fix-a.cost.csv"));
}

TEST_CASE("cost --json carries every line with its provenance, the totals and the unpriced items", "[cli][cost]")
{
    const nlohmann::json doc = costJson();
    CHECK(doc.at("currency") == "USD");
    CHECK(doc.at("catalog").at("date") == "2026-09");
    CHECK(doc.at("catalog").at("overridden") == false);
    CHECK(doc.at("lines").size() == 17);
    CHECK(doc.at("notPriced").size() == 1);
    // Route Server 328.50 + IP 3.65; the VPN gateway's second IP (active-active) is in its 7.30.
    CHECK(doc.at("totals").at("byCategory").at("routeServer").at("monthly").get<double>() == Approx(332.15));
    // 2,774.19 of resources plus 31.22 of traffic along its routed path (below).
    CHECK(doc.at("totals").at("monthly").get<double>() == Approx(2805.41));
    CHECK(doc.at("totals").at("yearly").get<double>() == Approx(33664.92));
    CHECK(doc.at("hasEstimates") == true);

    const auto &er = lineWith(doc, "hub-er-gw", "gatewayHours");
    CHECK(er.at("catalogItem") == "expressRouteGateway.ErGw1AZ");
    CHECK(er.at("status") == "estimate");
    CHECK(er.at("source") == "S10");
    CHECK(er.at("monthly").get<double>() == Approx(263.53));
    CHECK(er.at("flags") == nlohmann::json::array({"estimate"}));

    // spoke1-to-onprem, 500 GB out and 20 GB back, priced along the path the routing engine walks:
    // Spoke1 -> peering -> hub firewall -> ExpressRoute gateway -> metered circuit, and back.
    const auto &fw = lineWith(doc, "hub-fw", "firewallDataProcessed");
    CHECK(fw.at("trafficFlow") == "spoke1-to-onprem");
    CHECK(fw.at("monthly").get<double>() == Approx(8.00)); // 500 GB x $0.016
    const auto &egress = lineWith(doc, "er-circuit", "expressRouteMeteredEgress");
    CHECK(egress.at("monthly").get<double>() == Approx(12.50)); // 500 GB x $0.025
    CHECK(egress.at("direction") == "forward");
    CHECK(doc.at("notPriced").at(0).at("reason") == "outsideCatalogScope");
}

TEST_CASE("cost --catalog uses the user's figures and marks them", "[cli][cost]")
{
    const nlohmann::json doc = costJson({QStringLiteral("--catalog"), kOverride});
    CHECK(doc.at("catalog").at("overridden") == true);
    const auto &gw = lineWith(doc, "hub-vpn-gw", "gatewayHours");
    CHECK(gw.at("monthly").get<double>() == Approx(138.70)); // 730 × 0.19
    CHECK(gw.at("source") == "Q1");
    CHECK(gw.at("flags") == nlohmann::json::array({"userOverride"}));
}

TEST_CASE("cost --p2s-hours changes the assumed P2S usage", "[cli][cost]")
{
    const nlohmann::json doc = costJson({QStringLiteral("--p2s-hours"), QStringLiteral("160")});
    // 200 users, 128 included: 72 × 160 h × $0.01 = $115.20
    CHECK(lineWith(doc, "hub-vpn-gw", "extraP2sConnections").at("monthly").get<double>() == Approx(115.20));
    CHECK(doc.at("p2sConnectedHoursPerUser").get<double>() == 160);
}

TEST_CASE("cost refuses a bad catalog file with its place and reason, exit 2", "[cli][cost]")
{
    const CliRun run = runCli({QStringLiteral("cost"), QStringLiteral("--catalog"), kBadUnit, kDesign});
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(withFileToken(run.err, kBadUnit)
          == QStringLiteral("<FILE>:5:35: error: The unit “month” does not match the catalog item's unit “hour”. "
                            "(at $.items[0].unit)\n"));
}

TEST_CASE("cost usage errors exit 2", "[cli][cost]")
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("cost")},
          QStringList{QStringLiteral("cost"), QStringLiteral("--json"), QStringLiteral("--csv"), kDesign},
          QStringList{QStringLiteral("cost"), QStringLiteral("--p2s-hours"), QStringLiteral("800"), kDesign}}) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const CliRun run = runCli(args);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(QStringLiteral("spokewise-cli cost")));
    }
    const CliRun missing = runCli({QStringLiteral("cost"), QStringLiteral("/nonexistent/design.spokewise.json")});
    CHECK(missing.exitCode == 2);
    CHECK_FALSE(missing.err.isEmpty());
}
