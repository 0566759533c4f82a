// Text exports of a design: Mermaid flowcharts compared whole with tests/data/export/<name>.mmd.
// Regenerate with SPOKEWISE_UPDATE_GOLDEN=1 and review the diff.

#include "test_support.h"

#include "export/mermaid.h"
#include "io/design_file.h"

#include <cstdlib>
#include <fstream>

using namespace spokewise;
using namespace spokewise::test;

namespace {

void checkMermaidGolden(const std::string &design, const std::string &golden)
{
    INFO(design);
    auto loaded = io::loadDesignFile(sourcePath(design));
    REQUIRE(loaded.ok());
    const std::string actual = toMermaid(*loaded.design);
    const auto path = dataPath("export/" + golden);
    if (std::getenv("SPOKEWISE_UPDATE_GOLDEN")) {
        std::ofstream(path, std::ios::binary) << actual;
        WARN("updated " << path.string());
    }
    requireSameText(actual, readText(path));
}

} // namespace

TEST_CASE("Mermaid flowchart of the hub-and-spoke example", "[export][golden][examples]")
{
    checkMermaidGolden("resources/examples/hub-spoke-p2s-er.spokewise.json", "hub-spoke-p2s-er.mmd");
}

// Every kind once: Virtual WAN hub parts, Global Reach, VNet-to-VNet, BGP, the Internet endpoint.
TEST_CASE("Mermaid flowchart of a design with every kind of element", "[export][golden]")
{
    checkMermaidGolden("tests/schema/all-kinds.spokewise.json", "all-kinds.mmd");
}

TEST_CASE("Mermaid ids and labels are safe whatever the element ids and names", "[export]")
{
    Design design;
    design.name = "Quotes \"and\" <tags> & #hash";
    VirtualNetwork vnet;
    vnet.addressPrefixes = {*Prefix::parse("10.0.0.0/16").prefix};
    vnet.subnets.push_back(Subnet{Id("o-1"), "say \"hi\"", *Prefix::parse("10.0.1.0/24").prefix, {}, {}});
    design.resources.push_back(Resource{Id("end"), "end", {}, vnet});
    design.resources.push_back(Resource{Id("end.x"), "x", {}, OnPremisesSite{}});
    design.resources.push_back(Resource{Id("end-x"), "y", {}, OnPremisesSite{}});
    design.resources.push_back(
            Resource{Id("i1"), "", {}, Intent{Id("o-1"), Id("end.x"), IntentExpectation::MustNotReach}});

    const std::string text = toMermaid(design);
    CHECK(text == "%% Quotes #quot;and#quot; #lt;tags#gt; #amp; #35;hash\n"
                  "flowchart LR\n"
                  "    subgraph n_end[\"end<br/>10.0.0.0/16\"]\n"
                  "        n_o_1[\"say #quot;hi#quot;<br/>10.0.1.0/24\"]\n"
                  "    end\n"
                  "    n_end_x[(\"x\")]\n"
                  "    n_end_x_2[(\"y\")]\n"
                  "    n_o_1 -.-x|must not reach| n_end_x\n");
}
