// The routing commands as a user runs them: analyze, routes, trace and generate on the example
// designs, their exit codes and the JSON shapes documented in docs/cli.md.
#include "run_cli.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <QTemporaryDir>

using namespace spokewise::tests;

namespace {

const QString kHubSpoke = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/hub-spoke-p2s-er.spokewise.json");
const QString kFailover = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/er-vpn-failover.spokewise.json");

nlohmann::json parse(const QString &text)
{
    const nlohmann::json doc = nlohmann::json::parse(text.toStdString(), nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    return doc;
}

} // namespace

TEST_CASE("analyze exits 1 on a violated intent and lists it", "[cli][routing]")
{
    const CliRun run = runCli({QStringLiteral("analyze"), kHubSpoke});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(QStringLiteral("intent remote-users-to-onprem: VIOLATED")));
    CHECK(run.out.contains(QStringLiteral("intent remote-users-to-spoke1: satisfied")));

    const CliRun json = runCli({QStringLiteral("analyze"), QStringLiteral("--json"), kHubSpoke});
    CHECK(json.exitCode == 1);
    const nlohmann::json doc = parse(json.out);
    CHECK(doc["assumptions"]["p2sExpressRouteTransitViaRouteServer"] == "unsupported");
    CHECK(doc["intents"].size() == 2);
    CHECK(doc["verdicts"]["reachable"].get<int>() > 0);
}

TEST_CASE("analyze --fail reports flows moved from ExpressRoute to VPN", "[cli][routing]")
{
    const CliRun clean = runCli({QStringLiteral("analyze"), kFailover});
    CHECK(clean.exitCode == 0);
    const CliRun run = runCli({QStringLiteral("analyze"), QStringLiteral("--fail"), QStringLiteral("circuit"),
                               QStringLiteral("--json"), kFailover});
    CHECK(run.exitCode == 0);
    const nlohmann::json doc = parse(run.out);
    CHECK(doc["failed"] == nlohmann::json::array({"circuit"}));
    CHECK(doc["whatIf"]["lost"].empty());
    CHECK(doc["whatIf"]["moved"].size() == 2);
    const CliRun bad = runCli({QStringLiteral("analyze"), QStringLiteral("--fail"), QStringLiteral("no-such"), kFailover});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("no-such")));
}

TEST_CASE("trace explains a verdict; exit 0 reachable, 1 otherwise, 2 bad input", "[cli][routing]")
{
    const CliRun ok = runCli({QStringLiteral("trace"), QStringLiteral("--from"), QStringLiteral("vnet-workload"),
                              QStringLiteral("--to"), QStringLiteral("onprem"), kFailover});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.startsWith(QStringLiteral("vnet-workload (10.200.0.4) -> onprem (172.16.0.1): reachable\n")));

    const CliRun no = runCli({QStringLiteral("trace"), QStringLiteral("--from"), QStringLiteral("remote-users"),
                              QStringLiteral("--to"), QStringLiteral("onprem"), QStringLiteral("--json"), kHubSpoke});
    CHECK(no.exitCode == 1);
    const nlohmann::json doc = parse(no.out);
    CHECK(doc["verdict"] == "unreachable");
    CHECK(doc["rules"][0] == "R-ER-1");
    CHECK(doc["rules"][1] == "R-TR-2");

    const CliRun ip = runCli({QStringLiteral("trace"), QStringLiteral("--from"), QStringLiteral("vnet-workload"),
                              QStringLiteral("--to"), QStringLiteral("172.16.9.9"), QStringLiteral("--fail"),
                              QStringLiteral("circuit"), QStringLiteral("--json"), kFailover});
    CHECK(ip.exitCode == 0);
    CHECK(parse(ip.out)["forward"]["hops"][0]["route"]["nextHopElement"] == "vpn-gw");

    CHECK(runCli({QStringLiteral("trace"), QStringLiteral("--from"), QStringLiteral("nowhere"), QStringLiteral("--to"),
                  QStringLiteral("onprem"), kFailover})
                  .exitCode == 2);
    CHECK(runCli({QStringLiteral("trace"), QStringLiteral("--from"), QStringLiteral("vnet-workload"), kFailover}).exitCode == 2);
}

TEST_CASE("routes prints a subnet's effective routes", "[cli][routing]")
{
    const CliRun run = runCli({QStringLiteral("routes"), QStringLiteral("--at"), QStringLiteral("vnet-workload"),
                               QStringLiteral("--json"), kFailover});
    CHECK(run.exitCode == 0);
    const nlohmann::json doc = parse(run.out);
    CHECK(doc["holder"] == "vnet-workload");
    CHECK(doc["routes"].size() == 8);
    CHECK(runCli({QStringLiteral("routes"), QStringLiteral("--at"), QStringLiteral("circuit"), kFailover}).exitCode == 2);
}

TEST_CASE("generate writes a design that validates and analyses", "[cli][routing]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("gen.spokewise.json"));
    const CliRun run = runCli({QStringLiteral("generate"), QStringLiteral("--hubs"), QStringLiteral("2"),
                               QStringLiteral("--spokes-per-hub"), QStringLiteral("3"), QStringLiteral("--sites"),
                               QStringLiteral("2"), QStringLiteral("--p2s-groups"), QStringLiteral("2"),
                               QStringLiteral("--firewall"), QStringLiteral("--out"), file});
    CHECK(run.exitCode == 0);
    CHECK(runCli({QStringLiteral("validate"), file}).exitCode == 0);
    CHECK(runCli({QStringLiteral("analyze"), file}).exitCode == 0);
    CHECK(runCli({QStringLiteral("generate"), QStringLiteral("--hubs"), QStringLiteral("0"), QStringLiteral("--out"), file})
                  .exitCode == 2);
}
