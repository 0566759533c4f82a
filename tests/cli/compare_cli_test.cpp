// spokewise-cli compare as a user runs it: the three hub-and-spoke alternatives (as is, + Route
// Server, Virtual WAN) compared whole with a golden table (the examples' directory written as
// <DIR>), the --json shape, and every bad input refused with exit 2 and its whole message.
#include "golden.h"
#include "run_cli.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QFile>

using namespace spokewise::tests;

namespace {

const QString kExamples = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples");
const QString kAsIs = kExamples + QStringLiteral("/hub-spoke-p2s-er.spokewise.json");
const QString kRouteServer = kExamples + QStringLiteral("/hub-spoke-p2s-er-route-server.spokewise.json");
const QString kVwan = kExamples + QStringLiteral("/hub-spoke-p2s-er-vwan.spokewise.json");
const QString kBadUnit = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/cost/bad-wrong-unit.json");
const QString kBadEnum = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/malformed/bad-enum.json");

// A run that must fail with exit 2, nothing on stdout, and exactly `err` on stderr.
void requireRefused(const QStringList &arguments, const QString &err)
{
    INFO(arguments.join(QLatin1Char(' ')).toStdString());
    const CliRun run = runCli(arguments);
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err == err);
}

} // namespace

TEST_CASE("compare prints the three hub-and-spoke alternatives side by side", "[cli][compare]")
{
    const CliRun run = runCli({QStringLiteral("compare"), kAsIs, kRouteServer, kVwan});
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    requireSameAsGolden(QString(run.out).replace(kExamples, QStringLiteral("<DIR>")),
                        QStringLiteral("cost/compare-hub-spoke.txt"));
}

TEST_CASE("compare --json: totals, categories, reachability and the flows that differ", "[cli][compare]")
{
    const CliRun run = runCli({QStringLiteral("compare"), QStringLiteral("--json"), QStringLiteral("--p2s-hours"),
                               QStringLiteral("160"), kAsIs, kRouteServer, kVwan});
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.err.isEmpty());
    const nlohmann::json doc = nlohmann::json::parse(run.out.toStdString(), nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    CHECK(doc.at("currency") == "USD");
    CHECK(doc.at("catalogOverridden") == false);
    const auto &alts = doc.at("alternatives");
    REQUIRE(alts.size() == 3);
    CHECK(alts[0].at("name") == "hub-spoke-p2s-er");
    CHECK(alts[1].at("name") == "hub-spoke-p2s-er-route-server");
    CHECK(alts[2].at("name") == "hub-spoke-p2s-er-vwan");
    // 160 h a user: as is 1,887.83; + Route Server 2,223.63; Virtual WAN 2,541.28 (docs/cost.md).
    CHECK(alts[0].at("monthlyTotal").get<double>() == Approx(1887.83));
    CHECK(alts[1].at("monthlyTotal").get<double>() == Approx(2223.63));
    CHECK(alts[2].at("monthlyTotal").get<double>() == Approx(2541.28));
    CHECK(alts[1].at("monthlyByCategory").at("routeServer").get<double>() == Approx(332.15));
    // 200 users x 160 h x $0.0125 = $400 of hub P2S connection units, plus the fixed $789.13.
    CHECK(alts[2].at("monthlyByCategory").at("virtualWan").get<double>() == Approx(1189.13));
    CHECK(alts[2].at("estimatedCategories") == nlohmann::json::array({"virtualWan"}));
    CHECK(alts[1].at("reachability").at("unsupportedConfig") == 2);
    CHECK(alts[2].at("violatedIntents") == 0);
    const auto &diffs = doc.at("differences");
    REQUIRE(diffs.size() == 2);
    CHECK(diffs[1].at("source") == "Remote users");
    CHECK(diffs[1].at("destination") == "OnPrem");
    CHECK(diffs[1].at("verdicts")[0].at("verdict") == "unreachable");
    CHECK(diffs[1].at("verdicts")[1].at("verdict") == "unsupported-config");
    CHECK(diffs[1].at("verdicts")[1].at("rule") == "R-ARS-1");
    CHECK(diffs[1].at("verdicts")[2].at("verdict") == "reachable");
}

TEST_CASE("compare refuses bad input with exit 2 and says where and why", "[cli][compare]")
{
    const QString help = QStringLiteral("Run 'spokewise-cli compare --help' for usage.\n");
    requireRefused({QStringLiteral("compare")},
                   QStringLiteral("spokewise-cli compare: missing argument: [--json] [--catalog FILE] "
                                  "[--p2s-hours HOURS] FILE FILE...\n")
                           + help);
    requireRefused({QStringLiteral("compare"), kAsIs},
                   QStringLiteral("spokewise-cli compare: missing argument: [--json] [--catalog FILE] "
                                  "[--p2s-hours HOURS] FILE FILE...\n")
                           + help);
    requireRefused({QStringLiteral("compare"), kAsIs, QStringLiteral("/nonexistent/b.spokewise.json")},
                   QStringLiteral("/nonexistent/b.spokewise.json: error: Cannot read the file: No such file or "
                                  "directory.\n"));
    // Every bad file is reported, not only the first.
    requireRefused({QStringLiteral("compare"), QStringLiteral("/nonexistent/a.spokewise.json"), kAsIs,
                    QStringLiteral("/nonexistent/b.spokewise.json")},
                   QStringLiteral("/nonexistent/a.spokewise.json: error: Cannot read the file: No such file or "
                                  "directory.\n/nonexistent/b.spokewise.json: error: Cannot read the file: No such "
                                  "file or directory.\n"));
    {
        const CliRun run = runCli({QStringLiteral("compare"), kAsIs, kBadEnum});
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        QFile expected(QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/malformed/bad-enum.expected"));
        REQUIRE(expected.open(QIODevice::ReadOnly));
        // The same messages as every other command gives for this file (tests/data/malformed).
        CHECK(withFileToken(run.err, kBadEnum) == QString::fromUtf8(expected.readAll()));
    }
    {
        const CliRun run = runCli({QStringLiteral("compare"), QStringLiteral("--catalog"), kBadUnit, kAsIs, kVwan});
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK(withFileToken(run.err, kBadUnit)
              == QStringLiteral("<FILE>:5:35: error: The unit “month” does not match the catalog item's unit “hour”. "
                                "(at $.items[0].unit)\n"));
    }
    for (const char *hours : {"x", "-1", "731"}) {
        requireRefused({QStringLiteral("compare"), QStringLiteral("--p2s-hours"), QString::fromLatin1(hours), kAsIs,
                        kVwan},
                       QStringLiteral("spokewise-cli compare: --p2s-hours must be a number from 0 to 730, not '%1'\n")
                                       .arg(QString::fromLatin1(hours))
                               + help);
    }
}
