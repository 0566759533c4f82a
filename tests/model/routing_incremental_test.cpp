// Incremental re-analysis: reanalyze() after an edit must give exactly what a full analyze() of
// the edited design gives (every matrix cell, finding and intent), while walking fewer blocks.
// The edits are every routing-relevant property change the mutator below knows, on every example
// and on generated hub-and-spoke and Virtual WAN designs.

#include "design/design.h"
#include "io/design_file.h"
#include "routing/analysis.h"
#include "routing/generator.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

using namespace spokewise;
using namespace spokewise::routing;

namespace {

struct Edit
{
    std::string what;
    std::function<void(Design &)> apply;
};

template<typename T>
T &props(Design &d, std::size_t i)
{
    return *d.resources[i].as<T>();
}

// Every single-property edit of the design that may change routing, one design per edit.
std::vector<Edit> editsOf(const Design &design)
{
    std::vector<Edit> edits;
    for (std::size_t i = 0; i < design.resources.size(); ++i) {
        const Resource &r = design.resources[i];
        const std::string id = r.id.str();
        if (r.as<VirtualNetworkPeering>()) {
            using Flag = bool PeeringSide::*;
            const std::pair<const char *, Flag> flags[]
                    = {{"allowVirtualNetworkAccess", &PeeringSide::allowVirtualNetworkAccess},
                       {"allowForwardedTraffic", &PeeringSide::allowForwardedTraffic},
                       {"allowGatewayTransit", &PeeringSide::allowGatewayTransit},
                       {"useRemoteGateways", &PeeringSide::useRemoteGateways}};
            for (std::size_t side = 0; side < 2; ++side) {
                for (const auto &[name, flag] : flags) {
                    edits.push_back({id + " side " + std::to_string(side) + ": " + name, [i, side, flag](Design &d) {
                                         bool &f = props<VirtualNetworkPeering>(d, i).sides[side].*flag;
                                         f = !f;
                                     }});
                }
            }
        } else if (const auto *t = r.as<RouteTable>()) {
            edits.push_back({id + ": disableBgpRoutePropagation", [i](Design &d) {
                                 auto &f = props<RouteTable>(d, i).disableBgpRoutePropagation;
                                 f = !f;
                             }});
            if (!t->routes.empty()) {
                edits.push_back(
                        {id + ": last route removed", [i](Design &d) { props<RouteTable>(d, i).routes.pop_back(); }});
                edits.push_back({id + ": first route to None", [i](Design &d) {
                                     auto &route = props<RouteTable>(d, i).routes.front();
                                     route.nextHopType = NextHopType::None;
                                     route.nextHopIpAddress.reset();
                                 }});
            }
        } else if (const auto *fw = r.as<AzureFirewall>()) {
            if (!fw->networkRules.empty()) {
                edits.push_back({id + ": first rule's action flipped", [i](Design &d) {
                                     auto &a = props<AzureFirewall>(d, i).networkRules.front().action;
                                     a = a == RuleAction::Allow ? RuleAction::Deny : RuleAction::Allow;
                                 }});
            }
            edits.push_back(
                    {id + ": rules cleared", [i](Design &d) { props<AzureFirewall>(d, i).networkRules.clear(); }});
        } else if (r.as<SiteToSiteConnection>()) {
            edits.push_back({id + ": enableBgp", [i](Design &d) {
                                 auto &f = props<SiteToSiteConnection>(d, i).enableBgp;
                                 f = !f;
                             }});
        } else if (r.as<ExpressRouteConnection>()) {
            edits.push_back({id + ": routingWeight",
                             [i](Design &d) { props<ExpressRouteConnection>(d, i).routingWeight += 100; }});
        } else if (r.as<P2sClientGroup>()) {
            edits.push_back({id + ": clientOs", [i](Design &d) {
                                 auto &os = props<P2sClientGroup>(d, i).clientOs;
                                 os = os == ClientOs::Windows ? ClientOs::Other : ClientOs::Windows;
                             }});
            edits.push_back({id + ": stale profile", [i](Design &d) {
                                 auto &f = props<P2sClientGroup>(d, i).profileDownloadedBeforeLastChange;
                                 f = !f;
                             }});
            edits.push_back({id + ": manual route 10.0.0.0/8", [i](Design &d) {
                                 props<P2sClientGroup>(d, i).manualRoutes.push_back(
                                         *net::Prefix::parse("10.0.0.0/8").prefix);
                             }});
        } else if (const auto *site = r.as<OnPremisesSite>()) {
            if (!site->connectionPolicies.empty()) {
                edits.push_back({id + ": AS path prepend", [i](Design &d) {
                                     props<OnPremisesSite>(d, i).connectionPolicies.front().asPathPrepend += 2;
                                 }});
                edits.push_back({id + ": local preference", [i](Design &d) {
                                     props<OnPremisesSite>(d, i).connectionPolicies.front().localPreference += 50;
                                 }});
            }
        } else if (r.as<NetworkVirtualAppliance>()) {
            edits.push_back({id + ": enableIpForwarding", [i](Design &d) {
                                 auto &f = props<NetworkVirtualAppliance>(d, i).enableIpForwarding;
                                 f = !f;
                             }});
        }
    }
    return edits;
}

std::string cellText(const MatrixCell &c)
{
    std::ostringstream s;
    s << static_cast<int>(c.verdict) << '/' << static_cast<int>(c.reason) << '/' << c.rule << '/' << c.path;
    return s.str();
}

// The whole result as text: every cell, every finding and every intent.
std::string resultText(const Analysis &a)
{
    std::ostringstream s;
    const auto n = static_cast<int>(a.endpoints().size());
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j)
            s << a.endpoints()[static_cast<std::size_t>(i)].id.str() << " -> "
              << a.endpoints()[static_cast<std::size_t>(j)].id.str() << ' ' << cellText(a.cell(i, j)) << '\n';
    }
    for (const Finding &f : a.findings()) {
        s << "finding " << f.check << ' ' << static_cast<int>(f.severity) << ' ' << f.code;
        for (const Id &id : f.elements)
            s << ' ' << id.str();
        for (const std::string &arg : f.args)
            s << ' ' << arg;
        s << '\n';
    }
    for (const IntentResult &r : a.intents())
        s << "intent " << r.intent.str() << ' ' << r.satisfied << ' ' << static_cast<int>(r.verdict) << ' '
          << static_cast<int>(r.reason) << ' ' << r.rule << '\n';
    return s.str();
}

AnalyzeOptions keeping()
{
    AnalyzeOptions o;
    o.keepDependencies = true;
    return o;
}

// Every edit of `design`, re-analysed from the unedited analysis, equals a full analysis.
void checkEdits(const Design &design, long *walked, long *blocks)
{
    const Analysis base = analyze(design, keeping());
    REQUIRE(base.matrixStats().blocks > 0);
    for (const Edit &edit : editsOf(design)) {
        Design edited = design;
        edit.apply(edited);
        const Analysis full = analyze(edited);
        const Analysis incremental = reanalyze(base, edited);
        INFO(edit.what);
        CHECK(resultText(incremental) == resultText(full));
        CHECK(incremental.matrixStats().incremental);
        *walked += incremental.matrixStats().walkedBlocks;
        *blocks += incremental.matrixStats().blocks;
    }
}

Design example(const std::string &relative)
{
    auto loaded = io::loadDesignFile(std::filesystem::path(SPOKEWISE_SOURCE_DIR) / "resources/examples" / relative);
    REQUIRE(loaded.ok());
    return *loaded.design;
}

} // namespace

TEST_CASE("Re-analysis after any one edit of an example equals a full analysis", "[routing][incremental]")
{
    const std::string file = GENERATE(
            as<std::string>{}, "hub-spoke-p2s-er.spokewise.json", "hub-spoke-p2s-er-route-server.spokewise.json",
            "hub-spoke-p2s-er-vwan.spokewise.json", "er-vpn-failover.spokewise.json",
            "p2s-routing/02-peered-vnets.spokewise.json", "p2s-routing/04-v2v-bgp.spokewise.json",
            "p2s-routing/05-s2s-static.spokewise.json", "p2s-routing/08-chain-s2s-bgp.spokewise.json");
    INFO(file);
    long walked = 0;
    long blocks = 0;
    checkEdits(example(file), &walked, &blocks);
}

TEST_CASE("Re-analysis after any one edit of a generated design equals a full analysis, walking less",
          "[routing][incremental]")
{
    const bool vwan = GENERATE(false, true);
    GeneratorOptions g;
    g.hubs = 2;
    g.spokesPerHub = 4;
    g.sites = 3;
    g.p2sGroups = 2;
    g.firewall = true;
    g.vwan = vwan;
    INFO((vwan ? "Virtual WAN" : "hub VNets"));
    long walked = 0;
    long blocks = 0;
    checkEdits(generateDesign(g), &walked, &blocks);
    // Most edits touch a few spokes' walks, not all of them.
    CHECK(walked < blocks / 2);
}

TEST_CASE("A rename re-walks nothing; a structural edit or another assumption re-walks everything",
          "[routing][incremental]")
{
    const Design design = example("hub-spoke-p2s-er.spokewise.json");
    const Analysis base = analyze(design, keeping());

    Design renamed = design;
    renamed.resources.front().name += " (renamed)";
    const Analysis afterRename = reanalyze(base, renamed);
    CHECK(afterRename.matrixStats().incremental);
    CHECK(afterRename.matrixStats().walkedBlocks == 0);
    CHECK(resultText(afterRename) == resultText(analyze(renamed)));

    Design fewer = design;
    fewer.resources.pop_back();
    const Analysis afterRemove = reanalyze(base, fewer);
    CHECK_FALSE(afterRemove.matrixStats().incremental);
    CHECK(afterRemove.matrixStats().walkedBlocks == afterRemove.matrixStats().blocks);
    CHECK(resultText(afterRemove) == resultText(analyze(fewer)));

    Design assumed = design;
    assumed.assumptions.p2sExpressRouteTransitViaRouteServer = P2sExpressRouteTransit::Empirical;
    const Analysis afterAssumption = reanalyze(base, assumed);
    CHECK_FALSE(afterAssumption.matrixStats().incremental);
    CHECK(resultText(afterAssumption) == resultText(analyze(assumed)));

    // Without kept dependencies there is nothing to reuse.
    const Analysis plain = analyze(design);
    CHECK_FALSE(reanalyze(plain, renamed).matrixStats().incremental);
}

TEST_CASE("Edits in a row, each re-analysed from the last, stay equal to full analyses", "[routing][incremental]")
{
    GeneratorOptions g;
    g.hubs = 2;
    g.spokesPerHub = 5;
    g.sites = 2;
    g.p2sGroups = 2;
    g.firewall = true;
    Design design = generateDesign(g);
    Analysis last = analyze(design, keeping());
    const std::vector<Edit> edits = editsOf(design);
    REQUIRE(edits.size() > 10);
    for (std::size_t k = 0; k < edits.size(); k += 3) {
        edits[k].apply(design);
        INFO(edits[k].what);
        last = reanalyze(last, design);
        CHECK(last.matrixStats().incremental);
        CHECK(resultText(last) == resultText(analyze(design)));
    }
}
