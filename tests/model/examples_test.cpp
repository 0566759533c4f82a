// The example designs shipped in resources/examples: they load without a single diagnostic, pass
// the design checks, are stored in canonical form (load -> save gives the same bytes), are laid out
// as a user expects (subnets and gateways inside their VNet, sites and clients outside), and show
// what their description promises.

#include "design/design.h"
#include "io/design_file.h"
#include "routing/analysis.h"
#include "validate/structure.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace spokewise;

namespace {

const std::filesystem::path kExamplesDir = std::filesystem::path(SPOKEWISE_SOURCE_DIR) / "resources" / "examples";

// Every example file; tests/schema/CMakeLists.txt lists the same files.
const std::vector<std::string> kExamples = {
    "hub-spoke-p2s-er.spokewise.json",
    "hub-spoke-p2s-er-route-server.spokewise.json",
    "hub-spoke-p2s-er-vwan.spokewise.json",
    "er-vpn-failover.spokewise.json",
    "p2s-routing/01-isolated-vnet.spokewise.json",
    "p2s-routing/02-peered-vnets.spokewise.json",
    "p2s-routing/03-v2v-static.spokewise.json",
    "p2s-routing/04-v2v-bgp.spokewise.json",
    "p2s-routing/05-s2s-static.spokewise.json",
    "p2s-routing/06-s2s-bgp.spokewise.json",
    "p2s-routing/07-chain-s2s-static.spokewise.json",
    "p2s-routing/08-chain-s2s-bgp.spokewise.json",
};

std::string readBytes(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string describe(const io::Diagnostic &d)
{
    std::ostringstream s;
    s << "code " << static_cast<int>(d.code) << " at " << (d.path.empty() ? "-" : d.path);
    if (d.line > 0)
        s << " (" << d.line << ':' << d.column << ')';
    for (const auto &arg : d.args)
        s << " [" << arg << ']';
    if (!d.ruleId.empty())
        s << " rule " << d.ruleId;
    return s.str();
}

std::string lineAt(const std::string &text, std::size_t lineStart)
{
    const auto end = text.find('\n', lineStart);
    return text.substr(lineStart, end == std::string::npos ? std::string::npos : end - lineStart);
}

// "" when equal, otherwise where the texts part and both versions of that line.
std::string firstDifference(const std::string &file, const std::string &written)
{
    if (file == written)
        return {};
    const auto [f, w] = std::mismatch(file.begin(), file.end(), written.begin(), written.end());
    const auto offset = static_cast<std::size_t>(f - file.begin());
    const auto lineStart = file.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t start = (lineStart == std::string::npos || offset == 0) ? 0 : lineStart + 1;
    const auto line = std::count(file.begin(), file.begin() + static_cast<std::ptrdiff_t>(start), '\n') + 1;
    std::ostringstream s;
    s << "first difference at line " << line << ", column " << (offset - start + 1) << ":\n"
      << "  file:    " << (f == file.end() ? std::string("<end of file>") : lineAt(file, start)) << '\n'
      << "  written: " << (w == written.end() ? std::string("<end of text>") : lineAt(written, start));
    return s.str();
}

Design loadExample(const std::string &name)
{
    const auto result = io::loadDesignFile(kExamplesDir / name);
    INFO(name);
    REQUIRE(result.ok());
    return *result.design;
}

net::Prefix prefix(const char *text)
{
    return net::Prefix::parse(text).prefix.value();
}

template<typename T>
std::vector<const Resource *> all(const Design &design)
{
    std::vector<const Resource *> out;
    for (const auto &r : design.resources) {
        if (r.as<T>())
            out.push_back(&r);
    }
    return out;
}

const Resource &byName(const Design &design, const std::string &name)
{
    const auto it = std::find_if(design.resources.begin(), design.resources.end(),
                                 [&](const Resource &r) { return r.name == name; });
    INFO("element named " << name);
    REQUIRE(it != design.resources.end());
    return *it;
}

const VirtualNetworkPeering *peeringBetween(const Design &design, const std::string &a, const std::string &b)
{
    for (const auto *r : all<VirtualNetworkPeering>(design)) {
        const auto &sides = r->as<VirtualNetworkPeering>()->sides;
        if ((sides[0].virtualNetwork.str() == a && sides[1].virtualNetwork.str() == b)
            || (sides[0].virtualNetwork.str() == b && sides[1].virtualNetwork.str() == a))
            return r->as<VirtualNetworkPeering>();
    }
    return nullptr;
}

const PeeringSide &sideOf(const VirtualNetworkPeering &peering, const std::string &vnet)
{
    return peering.sides[0].virtualNetwork.str() == vnet ? peering.sides[0] : peering.sides[1];
}

} // namespace

TEST_CASE("every example loads without diagnostics, passes the design checks and saves byte-identical",
          "[examples]")
{
    for (const auto &name : kExamples) {
        INFO(name);
        const auto path = kExamplesDir / name;
        const auto text = readBytes(path);
        REQUIRE_FALSE(text.empty());

        const auto result = io::loadDesignFile(path);
        for (const auto &d : result.diagnostics)
            FAIL_CHECK("load diagnostic: " << describe(d));
        REQUIRE(result.ok());

        for (const auto &d : validate::checkDesign(*result.design))
            FAIL_CHECK("design check finding: " << describe(d));

        const auto difference = firstDifference(text, io::serializeDesign(*result.design));
        if (!difference.empty())
            FAIL_CHECK("not in canonical form, " << difference);
    }
}

TEST_CASE("every example positions its top-level elements and leaves the rest to the canvas", "[examples]")
{
    // The canvas lays out what is inside a VNet (subnet bands, gateways, firewalls, Route Servers,
    // NVAs) and sizes containers itself; only the elements that stand on their own carry a position.
    // (tests/views/canvas_test.cpp checks the drawn result: containers apart, nodes outside them.)
    for (const auto &name : kExamples) {
        INFO(name);
        const auto design = loadExample(name);
        const auto &boxes = design.layout.elements;
        for (const auto &r : design.resources) {
            INFO(r.name);
            switch (r.kind()) {
            case ResourceKind::VirtualNetwork:
            case ResourceKind::VirtualHub:
            case ResourceKind::OnPremisesSite:
            case ResourceKind::ExpressRouteCircuit:
            case ResourceKind::P2sClientGroup:
            case ResourceKind::RouteTable:
            case ResourceKind::VirtualWan:
                CHECK(boxes.count(r.id) == 1);
                break;
            default:
                CHECK(boxes.count(r.id) == 0);
                break;
            }
            if (const auto *vnet = r.as<VirtualNetwork>()) {
                for (const auto &s : vnet->subnets)
                    CHECK(boxes.count(s.id) == 0);
            }
        }
    }
}

TEST_CASE("the hub-and-spoke example is the community question", "[examples]")
{
    const auto design = loadExample("hub-spoke-p2s-er.spokewise.json");
    const auto &hub = byName(design, "Hub");
    REQUIRE(hub.as<VirtualNetwork>());

    SECTION("three spokes peered with the hub, using its gateways")
    {
        for (const char *spokeName : {"Spoke1", "Spoke2", "Spoke3"}) {
            INFO(spokeName);
            const auto &spoke = byName(design, spokeName);
            const auto *peering = peeringBetween(design, hub.id.str(), spoke.id.str());
            REQUIRE(peering);
            CHECK(sideOf(*peering, hub.id.str()).allowGatewayTransit);
            CHECK(sideOf(*peering, spoke.id.str()).useRemoteGateways);
            CHECK_FALSE(sideOf(*peering, hub.id.str()).useRemoteGateways);
            CHECK(sideOf(*peering, spoke.id.str()).allowForwardedTraffic);
        }
        CHECK(all<VirtualNetworkPeering>(design).size() == 3);
    }

    SECTION("an ExpressRoute gateway and a P2S VPN gateway share the hub's /27 GatewaySubnet")
    {
        const auto ers = all<ExpressRouteGateway>(design);
        const auto vpns = all<VpnGateway>(design);
        REQUIRE(ers.size() == 1);
        REQUIRE(vpns.size() == 1);
        CHECK(ers[0]->as<ExpressRouteGateway>()->virtualNetwork == hub.id);
        const auto *vpn = vpns[0]->as<VpnGateway>();
        CHECK(vpn->virtualNetwork == hub.id);
        REQUIRE(vpn->vpnClientConfiguration);
        const auto &p2s = *vpn->vpnClientConfiguration;
        CHECK(p2s.vpnClientProtocols
              == std::vector<VpnClientProtocol>{VpnClientProtocol::OpenVPN, VpnClientProtocol::IkeV2});
        CHECK(p2s.vpnAuthenticationTypes == std::vector<VpnAuthenticationType>{VpnAuthenticationType::Certificate});
        const auto &subnets = hub.as<VirtualNetwork>()->subnets;
        const auto gw = std::find_if(subnets.begin(), subnets.end(),
                                     [](const Subnet &s) { return s.name == kGatewaySubnet; });
        REQUIRE(gw != subnets.end());
        CHECK(gw->addressPrefix.length() <= 27);
    }

    SECTION("the firewall has a private IP in the hub's AzureFirewallSubnet")
    {
        const auto firewalls = all<AzureFirewall>(design);
        REQUIRE(firewalls.size() == 1);
        const auto *fw = firewalls[0]->as<AzureFirewall>();
        CHECK(fw->virtualNetwork == hub.id);
        REQUIRE(fw->privateIpAddress);
        const auto &subnets = hub.as<VirtualNetwork>()->subnets;
        const auto fwSubnet = std::find_if(subnets.begin(), subnets.end(),
                                           [](const Subnet &s) { return s.name == kAzureFirewallSubnet; });
        REQUIRE(fwSubnet != subnets.end());
        CHECK(fwSubnet->addressPrefix.contains(*fw->privateIpAddress));
    }

    SECTION("OnPrem speaks BGP over the circuit and advertises its range")
    {
        const auto &onPrem = byName(design, "OnPrem");
        const auto *site = onPrem.as<OnPremisesSite>();
        REQUIRE(site);
        CHECK(site->bgpAsn.has_value());
        REQUIRE(site->connectionPolicies.size() == 1);
        const auto *link = design.find(site->connectionPolicies[0].connection);
        REQUIRE(link);
        REQUIRE(link->as<CircuitSiteConnection>());
        CHECK(link->as<CircuitSiteConnection>()->site == onPrem.id);
        CHECK(site->connectionPolicies[0].advertisedPrefixes == site->addressPrefixes);
        CHECK(all<ExpressRouteConnection>(design).size() == 1);
    }

    SECTION("the P2S pool overlaps no VNet and no site")
    {
        const auto pool = all<VpnGateway>(design).at(0)->as<VpnGateway>()->vpnClientConfiguration->vpnClientAddressPool;
        REQUIRE(pool.size() == 1);
        for (const auto *r : all<VirtualNetwork>(design)) {
            for (const auto &p : r->as<VirtualNetwork>()->addressPrefixes)
                CHECK_FALSE(p.overlaps(pool[0]));
        }
        for (const auto *r : all<OnPremisesSite>(design)) {
            for (const auto &p : r->as<OnPremisesSite>()->addressPrefixes)
                CHECK_FALSE(p.overlaps(pool[0]));
        }
    }

    SECTION("remote users must reach Spoke1 and OnPrem")
    {
        const auto &users = byName(design, "Remote users");
        REQUIRE(users.as<P2sClientGroup>());
        const auto intents = all<Intent>(design);
        REQUIRE(intents.size() == 2);
        const auto *toSpoke = intents[0]->as<Intent>();
        const auto *toOnPrem = intents[1]->as<Intent>();
        CHECK(toSpoke->source == users.id);
        CHECK(toSpoke->expectation == IntentExpectation::MustReach);
        const auto spokeSubnet = design.findSubnet(toSpoke->destination);
        REQUIRE(spokeSubnet.virtualNetwork);
        CHECK(spokeSubnet.virtualNetwork->name == "Spoke1");
        CHECK(toOnPrem->source == users.id);
        CHECK(toOnPrem->destination == byName(design, "OnPrem").id);
        CHECK(toOnPrem->expectation == IntentExpectation::MustReach);
    }
}

TEST_CASE("the ExpressRoute-with-VPN-failover example reaches OnPrem over both paths", "[examples]")
{
    const auto design = loadExample("er-vpn-failover.spokewise.json");
    const auto &vnet = byName(design, "VNet");
    const auto *er = byName(design, "ErGateway").as<ExpressRouteGateway>();
    const auto *vpn = byName(design, "VpnGateway").as<VpnGateway>();
    REQUIRE(er);
    REQUIRE(vpn);
    CHECK(er->virtualNetwork == vnet.id);
    CHECK(vpn->virtualNetwork == vnet.id);
    CHECK(vpn->enableBgp);

    const auto &subnets = vnet.as<VirtualNetwork>()->subnets;
    const auto gw = std::find_if(subnets.begin(), subnets.end(), [](const Subnet &s) { return s.name == kGatewaySubnet; });
    REQUIRE(gw != subnets.end());
    CHECK(gw->addressPrefix.length() <= 27); // R-ER-7
    CHECK(subnets.size() >= 2);              // and a workload subnet

    const auto &onPrem = byName(design, "OnPrem");
    const auto *site = onPrem.as<OnPremisesSite>();
    REQUIRE(site);
    REQUIRE(site->bgpAsn);
    int erPreference = -1;
    int vpnPreference = -1;
    for (const auto &policy : site->connectionPolicies) {
        const auto *link = design.find(policy.connection);
        REQUIRE(link);
        if (const auto *c = link->as<CircuitSiteConnection>()) {
            CHECK(c->circuit == byName(design, "Circuit").id);
            erPreference = policy.localPreference;
        } else if (const auto *s2s = link->as<SiteToSiteConnection>()) {
            CHECK(s2s->enableBgp);
            CHECK(s2s->site == onPrem.id);
            vpnPreference = policy.localPreference;
        }
    }
    REQUIRE(erPreference >= 0);
    REQUIRE(vpnPreference >= 0);
    CHECK(erPreference > vpnPreference); // R-ER-6: on-prem prefers the circuit, so both directions agree

    const auto intents = all<Intent>(design);
    REQUIRE(intents.size() == 1);
    CHECK(intents[0]->as<Intent>()->source == onPrem.id);
    CHECK(intents[0]->as<Intent>()->destination.str() == "vnet-workload");
    CHECK(intents[0]->as<Intent>()->expectation == IntentExpectation::MustReach);
}

// The verdicts a user sees first when the designer opens these examples.
TEST_CASE("the default design shows remote users reaching Spoke1 but not OnPrem", "[examples][routing]")
{
    const auto design = loadExample("hub-spoke-p2s-er.spokewise.json");
    const auto analysis = routing::analyze(design);
    std::map<std::string, bool> satisfied;
    for (const auto &result : analysis.intents())
        satisfied[result.intent.str()] = result.satisfied;
    REQUIRE(satisfied.size() == 2);
    CHECK(satisfied.at("remote-users-to-spoke1"));
    CHECK_FALSE(satisfied.at("remote-users-to-onprem"));
}

TEST_CASE("the failover example keeps OnPrem connected when the circuit fails", "[examples][routing]")
{
    const auto design = loadExample("er-vpn-failover.spokewise.json");
    for (const char *failed : {"", "circuit"}) {
        INFO("failed: " << failed);
        routing::AnalyzeOptions options;
        if (*failed)
            options.failed.insert(Id(failed));
        const auto analysis = routing::analyze(design, options);
        REQUIRE(analysis.intents().size() == 1);
        CHECK(analysis.intents()[0].satisfied);
    }
}

namespace {

// What each section of "About Point-to-Site VPN routing" sets up.
struct Scenario
{
    const char *file;
    int vnets;
    int peerings;
    int vnetToVnet;
    int siteToSite;
    bool bgp;
};

const Scenario kScenarios[] = {
    {"p2s-routing/01-isolated-vnet.spokewise.json", 1, 0, 0, 0, false},
    {"p2s-routing/02-peered-vnets.spokewise.json", 4, 3, 0, 0, false},
    {"p2s-routing/03-v2v-static.spokewise.json", 3, 0, 2, 0, false},
    {"p2s-routing/04-v2v-bgp.spokewise.json", 3, 0, 2, 0, true},
    {"p2s-routing/05-s2s-static.spokewise.json", 1, 0, 0, 1, false},
    {"p2s-routing/06-s2s-bgp.spokewise.json", 1, 0, 0, 1, true},
    {"p2s-routing/07-chain-s2s-static.spokewise.json", 3, 0, 2, 1, false},
    {"p2s-routing/08-chain-s2s-bgp.spokewise.json", 3, 0, 2, 1, true},
};

} // namespace

TEST_CASE("the P2S routing scenarios follow the article", "[examples]")
{
    for (const auto &scenario : kScenarios) {
        INFO(scenario.file);
        const auto design = loadExample(scenario.file);

        // VNet1 hosts the P2S gateway with the article's pool; both client groups use it.
        const auto &vnet1 = byName(design, "VNet1");
        REQUIRE(vnet1.as<VirtualNetwork>());
        CHECK(vnet1.as<VirtualNetwork>()->addressPrefixes == std::vector<net::Prefix>{prefix("10.1.0.0/16")});
        const Resource *p2sGateway = nullptr;
        for (const auto *r : all<VpnGateway>(design)) {
            if (r->as<VpnGateway>()->vpnClientConfiguration) {
                CHECK_FALSE(p2sGateway); // only one gateway serves clients
                p2sGateway = r;
            }
        }
        REQUIRE(p2sGateway);
        CHECK(p2sGateway->as<VpnGateway>()->virtualNetwork == vnet1.id);
        CHECK(p2sGateway->as<VpnGateway>()->vpnClientConfiguration->vpnClientAddressPool
              == std::vector<net::Prefix>{prefix("192.168.0.0/24")});

        const auto &windows = byName(design, "Windows clients");
        const auto &other = byName(design, "Other clients");
        REQUIRE(windows.as<P2sClientGroup>());
        REQUIRE(other.as<P2sClientGroup>());
        CHECK(windows.as<P2sClientGroup>()->clientOs == ClientOs::Windows);
        CHECK(other.as<P2sClientGroup>()->clientOs == ClientOs::Other);
        CHECK(windows.as<P2sClientGroup>()->vpnGateway == p2sGateway->id);
        CHECK(other.as<P2sClientGroup>()->vpnGateway == p2sGateway->id);
        CHECK(all<P2sClientGroup>(design).size() == 2);

        // The article's topology, its address spaces and whether BGP runs.
        CHECK(static_cast<int>(all<VirtualNetwork>(design).size()) == scenario.vnets);
        for (int n = 1; n <= scenario.vnets; ++n) {
            const auto name = "VNet" + std::to_string(n);
            const auto space = "10." + std::to_string(n) + ".0.0/16";
            INFO(name);
            CHECK(byName(design, name).as<VirtualNetwork>()->addressPrefixes
                  == std::vector<net::Prefix>{prefix(space.c_str())});
        }
        CHECK(static_cast<int>(all<VirtualNetworkPeering>(design).size()) == scenario.peerings);
        CHECK(static_cast<int>(all<VnetToVnetConnection>(design).size()) == scenario.vnetToVnet);
        CHECK(static_cast<int>(all<SiteToSiteConnection>(design).size()) == scenario.siteToSite);
        for (const auto *r : all<VnetToVnetConnection>(design))
            CHECK(r->as<VnetToVnetConnection>()->enableBgp == scenario.bgp);
        for (const auto *r : all<SiteToSiteConnection>(design))
            CHECK(r->as<SiteToSiteConnection>()->enableBgp == scenario.bgp);
        if (scenario.vnetToVnet + scenario.siteToSite > 0) {
            for (const auto *r : all<VpnGateway>(design))
                CHECK(r->as<VpnGateway>()->enableBgp == scenario.bgp);
        }

        if (scenario.siteToSite > 0) {
            const auto *site = byName(design, "Site1").as<OnPremisesSite>();
            REQUIRE(site);
            CHECK(site->addressPrefixes == std::vector<net::Prefix>{prefix("10.101.0.0/16")});
            CHECK(site->bgpAsn.has_value() == scenario.bgp);
            REQUIRE(site->connectionPolicies.size() == 1);
            const auto &policy = site->connectionPolicies[0];
            // Only BGP teaches the site the pool; the static device has no route for it.
            for (const auto &route : policy.staticRoutes)
                CHECK_FALSE(route.overlaps(prefix("192.168.0.0/24")));
            if (scenario.bgp)
                CHECK(policy.advertisedPrefixes == site->addressPrefixes);
        }
    }
}

TEST_CASE("the peered-VNets scenario shares VNet1's gateway with VNet2 and VNet4 only", "[examples]")
{
    const auto design = loadExample("p2s-routing/02-peered-vnets.spokewise.json");
    const auto id = [&](const char *name) { return byName(design, name).id.str(); };
    for (const char *spoke : {"VNet2", "VNet4"}) {
        INFO(spoke);
        const auto *peering = peeringBetween(design, id("VNet1"), id(spoke));
        REQUIRE(peering);
        CHECK(sideOf(*peering, id("VNet1")).allowGatewayTransit);
        CHECK(sideOf(*peering, id(spoke)).useRemoteGateways);
    }
    CHECK(peeringBetween(design, id("VNet2"), id("VNet3")));
    CHECK_FALSE(peeringBetween(design, id("VNet1"), id("VNet3")));
    CHECK(all<VpnGateway>(design).size() == 1);
}

TEST_CASE("the VNet-to-VNet scenarios chain VNet1, VNet2 and VNet3 without a VNet1-VNet3 tunnel", "[examples]")
{
    for (const char *file : {"p2s-routing/03-v2v-static.spokewise.json", "p2s-routing/04-v2v-bgp.spokewise.json",
                             "p2s-routing/07-chain-s2s-static.spokewise.json",
                             "p2s-routing/08-chain-s2s-bgp.spokewise.json"}) {
        INFO(file);
        const auto design = loadExample(file);
        const auto gatewayOf = [&](const char *vnetName) {
            const auto vnetId = byName(design, vnetName).id;
            for (const auto *r : all<VpnGateway>(design)) {
                if (r->as<VpnGateway>()->virtualNetwork == vnetId)
                    return r->id;
            }
            return Id();
        };
        const auto linked = [&](const Id &a, const Id &b) {
            for (const auto *r : all<VnetToVnetConnection>(design)) {
                const auto &g = r->as<VnetToVnetConnection>()->vpnGateways;
                if ((g[0] == a && g[1] == b) || (g[0] == b && g[1] == a))
                    return true;
            }
            return false;
        };
        const auto g1 = gatewayOf("VNet1");
        const auto g2 = gatewayOf("VNet2");
        const auto g3 = gatewayOf("VNet3");
        CHECK(linked(g1, g2));
        CHECK(linked(g2, g3));
        CHECK_FALSE(linked(g1, g3));

        // VNet-to-VNet BGP needs a different ASN on every gateway.
        if (design.find(g1)->as<VpnGateway>()->enableBgp) {
            const auto asn = [&](const Id &g) { return design.find(g)->as<VpnGateway>()->asn; };
            CHECK(asn(g1) != asn(g2));
            CHECK(asn(g2) != asn(g3));
            CHECK(asn(g1) != asn(g3));
        }

        // In the branch scenarios Site1 hangs off VNet3.
        for (const auto *r : all<SiteToSiteConnection>(design))
            CHECK(r->as<SiteToSiteConnection>()->vpnGateway == g3);
    }
}

// resources/schema/spokewise-design.schema.json is written by hand; these checks keep it in step
// with the reader and writer (tests/schema validates the same files against the schema).
TEST_CASE("the JSON Schema and the writer agree on kinds and property names", "[examples][schema]")
{
    const auto root = std::filesystem::path(SPOKEWISE_SOURCE_DIR);
    const auto schema = nlohmann::json::parse(readBytes(root / "resources" / "schema" / "spokewise-design.schema.json"));
    const auto &defs = schema.at("$defs");

    std::set<std::string> schemaKinds;
    for (const auto &k : defs.at("resource").at("properties").at("kind").at("enum"))
        schemaKinds.insert(k.get<std::string>());
    std::set<std::string> modelKinds;
    for (const auto &[kind, name] : enumEntries<ResourceKind>())
        modelKinds.insert(std::string(name));
    CHECK(schemaKinds == modelKinds);

    // The fixture holds every kind with its optional members set; it must load cleanly and round-trip,
    // and every key the writer emits must be one the schema allows.
    const auto fixture = root / "tests" / "schema" / "all-kinds.spokewise.json";
    const auto result = io::loadDesignFile(fixture);
    for (const auto &d : result.diagnostics)
        FAIL_CHECK("load diagnostic: " << describe(d));
    REQUIRE(result.ok());
    for (const auto &d : validate::checkDesign(*result.design))
        FAIL_CHECK("design check finding: " << describe(d));
    const auto written = io::serializeDesign(*result.design);
    const auto difference = firstDifference(readBytes(fixture), written);
    if (!difference.empty())
        FAIL_CHECK("fixture not in canonical form, " << difference);

    std::set<std::string> kindsSeen;
    const auto writtenJson = nlohmann::json::parse(written);
    for (const auto &resource : writtenJson.at("resources")) {
        const auto kind = resource.at("kind").get<std::string>();
        kindsSeen.insert(kind);
        INFO("kind " << kind);
        const auto &propertySchema = defs.at(kind + "Properties");
        const auto &allowed = propertySchema.at("properties");
        for (const auto &[key, value] : resource.at("properties").items()) {
            INFO("property " << key);
            CHECK(allowed.contains(key));
        }
        if (propertySchema.contains("required")) {
            for (const auto &key : propertySchema.at("required")) {
                INFO("required property " << key.get<std::string>());
                CHECK(resource.at("properties").contains(key.get<std::string>()));
            }
        }
    }
    CHECK(kindsSeen == modelKinds);
}
