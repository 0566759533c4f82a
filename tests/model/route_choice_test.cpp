// chooseRoute(): the route a holder selects for an address and why the others lost (ROUTING.md
// §1.4, §5.5), on the bundled hub-and-spoke example.
#include "routing_support.h"

#include "io/design_file.h"
#include "routing/route_choice.h"

#include <filesystem>

using namespace spokewise;
using namespace spokewise::routing;
using spokewise::test::ip;

namespace {

Analysis exampleAnalysis()
{
    const auto path = std::filesystem::path(SPOKEWISE_SOURCE_DIR) / "resources/examples/hub-spoke-p2s-er.spokewise.json";
    auto loaded = io::loadDesignFile(path);
    REQUIRE(loaded.ok());
    return analyze(*loaded.design);
}

// "prefix origin step rule" per candidate, winner first.
std::vector<std::string> describe(const RouteChoice &choice)
{
    std::vector<std::string> lines;
    for (const RouteCandidate &c : choice.candidates)
        lines.push_back(c.route.prefix.toString() + ' ' + std::string(enumName(c.route.origin)) + ' '
                        + std::string(enumName(c.step)) + ' ' + std::string(ruleId(c.rule)));
    return lines;
}

} // namespace

TEST_CASE("A spoke subnet picks the peering route over its 0/0 user route by longest prefix", "[routing][choice]")
{
    const Analysis a = exampleAnalysis();
    const RouteChoice c = chooseRoute(a, Id("spoke1-workload"), ip("10.0.1.4"));
    CHECK(c.holderKnown);
    REQUIRE(c.winner);
    CHECK(c.winner->nextHop == NextHop::VNetPeering);
    CHECK(describe(c) == std::vector<std::string>{"10.0.0.0/16 Default winner R-SYS-7",
                                                  "0.0.0.0/0 User shorter-prefix §1.4",
                                                  "0.0.0.0/0 Default shorter-prefix §1.4"});
    // The same route the walker follows from that subnet.
    const FlowResult f = a.trace(Id("spoke1-workload"), ip("10.0.1.4"));
    REQUIRE_FALSE(f.forward.hops.empty());
    REQUIRE(f.forward.hops.front().route);
    CHECK(*f.forward.hops.front().route == *c.winner);
}

TEST_CASE("At an equal prefix a user route beats the system route", "[routing][choice]")
{
    const Analysis a = exampleAnalysis();
    const RouteChoice c = chooseRoute(a, Id("spoke1-workload"), ip("8.8.8.8"));
    REQUIRE(c.winner);
    CHECK(c.winner->origin == RouteOrigin::User);
    CHECK(describe(c) == std::vector<std::string>{"0.0.0.0/0 User winner §1.3", "0.0.0.0/0 Default origin-preference §1.4"});
}

TEST_CASE("An element that holds no routes, or no covering route, says so", "[routing][choice]")
{
    const Analysis a = exampleAnalysis();
    CHECK_FALSE(chooseRoute(a, Id("er-circuit"), ip("10.0.0.1")).holderKnown);
    CHECK_FALSE(chooseRoute(a, Id("no-such-element"), ip("10.0.0.1")).holderKnown);
    const RouteChoice c = chooseRoute(a, Id("remote-users"), ip("192.0.2.1"));
    CHECK(c.holderKnown);
    CHECK_FALSE(c.winner);
    CHECK(c.candidates.empty());
}
