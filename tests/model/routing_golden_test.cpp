// Golden matrices: for every example design, every ordered endpoint pair's verdict, reason and
// deciding rule, compared whole with tests/data/routing/<example>.matrix.txt. Regenerate a golden
// file by running with SPOKEWISE_UPDATE_GOLDEN=1 and review the diff.

#include "routing_support.h"
#include "test_support.h"

#include "io/design_file.h"

#include <cstdlib>
#include <fstream>

using namespace spokewise;
using namespace spokewise::routing;
using namespace spokewise::test;

namespace {

std::string matrixText(const Analysis &a)
{
    std::string s;
    const auto &eps = a.endpoints();
    for (std::size_t i = 0; i < eps.size(); ++i) {
        for (std::size_t j = 0; j < eps.size(); ++j) {
            if (i == j)
                continue;
            const MatrixCell c = a.cell(static_cast<int>(i), static_cast<int>(j));
            s += eps[i].id.str() + " -> " + eps[j].id.str() + ": " + std::string(spokewise::enumName(c.verdict)) + " "
                 + std::string(spokewise::enumName(c.reason));
            if (c.rule)
                s += " " + std::string(ruleId(c.rule));
            s += "\n";
        }
    }
    for (const Finding &f : a.findings()) {
        s += "finding " + std::string(ruleId(f.check)) + " " + std::string(spokewise::enumName(f.severity)) + " " + f.code;
        for (const Id &e : f.elements)
            s += " " + e.str();
        s += "\n";
    }
    return s;
}

void checkGolden(const std::string &example, const std::string &golden)
{
    INFO(example);
    auto loaded = io::loadDesignFile(sourcePath("resources/examples/" + example));
    REQUIRE(loaded.ok());
    const std::string actual = matrixText(analyze(*loaded.design));
    const auto path = dataPath("routing/" + golden);
    if (std::getenv("SPOKEWISE_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("updated " << path.string());
    }
    requireSameText(actual, readText(path));
}

} // namespace

TEST_CASE("golden matrices of the example designs", "[routing][golden][examples]")
{
    checkGolden("hub-spoke-p2s-er.spokewise.json", "hub-spoke-p2s-er.matrix.txt");
    checkGolden("hub-spoke-p2s-er-route-server.spokewise.json", "hub-spoke-p2s-er-route-server.matrix.txt");
    checkGolden("hub-spoke-p2s-er-vwan.spokewise.json", "hub-spoke-p2s-er-vwan.matrix.txt");
    checkGolden("er-vpn-failover.spokewise.json", "er-vpn-failover.matrix.txt");
    for (const char *name : {"01-isolated-vnet", "02-peered-vnets", "03-v2v-static", "04-v2v-bgp", "05-s2s-static",
                             "06-s2s-bgp", "07-chain-s2s-static", "08-chain-s2s-bgp"})
        checkGolden(std::string("p2s-routing/") + name + ".spokewise.json", std::string(name) + ".matrix.txt");
}
