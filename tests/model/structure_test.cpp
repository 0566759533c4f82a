#include "io/design_file.h"
#include "test_support.h"
#include "validate/structure.h"

#include <catch2/catch.hpp>

using namespace spokewise;
using io::DiagCode;

namespace {

// The small valid hub of tests/data/valid, with one piece of text replaced.
std::string smallHub(const std::string &from = {}, const std::string &to = {})
{
    auto text = test::readText(test::dataPath("valid/small-hub.spokewise.json"));
    if (!from.empty()) {
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
    }
    return text;
}

io::Diagnostics findingsOf(const std::string &text)
{
    const auto loaded = io::parseDesign(text);
    INFO(text);
    REQUIRE(loaded.diagnostics.empty());
    return validate::checkDesign(*loaded.design);
}

io::Diagnostic only(const io::Diagnostics &findings)
{
    REQUIRE(findings.size() == 1);
    return findings.front();
}

} // namespace

TEST_CASE("The small hub has no findings", "[structure]")
{
    CHECK(findingsOf(smallHub()).empty());
}

TEST_CASE("A subnet outside its VNet's address space is refused", "[structure]")
{
    const auto d = only(findingsOf(smallHub(R"("addressPrefix": "10.1.0.0/24")", R"("addressPrefix": "10.9.0.0/24")")));
    CHECK(d.code == DiagCode::SubnetOutsideAddressSpace);
    CHECK(d.args == std::vector<std::string>{"10.9.0.0/24", "Spoke"});
    CHECK(d.path == "$.resources[1].properties.subnets[0].addressPrefix");
    CHECK(d.elementId == "spoke");
}

TEST_CASE("Overlapping subnets are refused, naming both", "[structure]")
{
    const auto d = only(findingsOf(smallHub(R"("addressPrefix": "10.0.0.0/27")", R"("addressPrefix": "10.0.1.0/27")")));
    CHECK(d.code == DiagCode::SubnetsOverlap);
    CHECK(d.args == std::vector<std::string>{"GatewaySubnet", "10.0.1.0/27", "AzureFirewallSubnet", "10.0.1.0/26"});
    CHECK(d.path == "$.resources[0].properties.subnets[1].addressPrefix");
}

TEST_CASE("Special subnets need their minimum size", "[structure]")
{
    const auto d = only(findingsOf(smallHub(R"("addressPrefix": "10.0.1.0/26")", R"("addressPrefix": "10.0.1.0/27")")));
    CHECK(d.code == DiagCode::SpecialSubnetTooSmall);
    CHECK(d.args == std::vector<std::string>{"AzureFirewallSubnet", "10.0.1.0/27", "26", "M-3"});
}

TEST_CASE("Subnets smaller than /29 are refused", "[structure]")
{
    const auto d = only(findingsOf(smallHub(R"("addressPrefix": "10.1.0.0/24")", R"("addressPrefix": "10.1.0.0/30")")));
    CHECK(d.code == DiagCode::SubnetTooSmall);
}

TEST_CASE("Address spaces Azure forbids are refused", "[structure]")
{
    const auto findings = findingsOf(smallHub(R"("addressPrefixes": ["10.1.0.0/16"])",
                                              R"("addressPrefixes": ["10.1.0.0/16", "169.254.0.0/16"])"));
    const auto d = only(findings);
    CHECK(d.code == DiagCode::ForbiddenAddressSpace);
    CHECK(d.path == "$.resources[1].properties.addressPrefixes[1]");
}

TEST_CASE("A gateway needs a GatewaySubnet in its VNet (M-3)", "[structure]")
{
    const auto d = only(findingsOf(smallHub(R"("name": "GatewaySubnet")", R"("name": "gateways")")));
    CHECK(d.code == DiagCode::MissingSpecialSubnet);
    CHECK(d.args == std::vector<std::string>{"vpnGateway", "Hub", "GatewaySubnet"});
    CHECK(d.ruleId == "M-3");
    CHECK(d.elementId == "vpngw");
}

TEST_CASE("The firewall's private IP must be inside AzureFirewallSubnet", "[structure]")
{
    const auto d = only(findingsOf(smallHub(R"("privateIpAddress": "10.0.1.4")", R"("privateIpAddress": "10.0.2.4")")));
    CHECK(d.code == DiagCode::AddressNotInSubnet);
    CHECK(d.args == std::vector<std::string>{"10.0.2.4", "AzureFirewallSubnet", "10.0.1.0/26"});
}

TEST_CASE("Peering a VNet with itself, or the same pair twice, is refused", "[structure]")
{
    const auto self = only(findingsOf(smallHub(R"({"virtualNetwork": "spoke", "useRemoteGateways": true})",
                                               R"({"virtualNetwork": "hub"})")));
    CHECK(self.code == DiagCode::PeeringSameNetwork);

    const auto twice = findingsOf(smallHub(R"(    {
      "id": "vpngw",)", R"(    {
      "id": "peering2",
      "kind": "virtualNetworkPeering",
      "name": "Again",
      "properties": {"sides": [{"virtualNetwork": "spoke"}, {"virtualNetwork": "hub"}]}
    },
    {
      "id": "vpngw",)"));
    const auto d = only(twice);
    CHECK(d.code == DiagCode::DuplicatePeering);
    CHECK(d.elementId == "peering2");
}

TEST_CASE("Only one VPN gateway per VNet (R-VPN-11)", "[structure]")
{
    const auto d = only(findingsOf(smallHub(R"(    {
      "id": "circuit",)", R"(    {
      "id": "vpngw2",
      "kind": "vpnGateway",
      "name": "Second VPN gateway",
      "properties": {"virtualNetwork": "hub", "sku": "VpnGw2AZ"}
    },
    {
      "id": "circuit",)")));
    CHECK(d.code == DiagCode::TooManyGatewaysOfKind);
    CHECK(d.ruleId == "R-VPN-11");
    CHECK(d.elementId == "vpngw2");
}

TEST_CASE("The every-kind fixture passes the structure checks", "[structure]")
{
    const auto loaded = io::loadDesignFile(test::dataPath("valid/every-kind.spokewise.json"));
    REQUIRE(loaded.ok());
    CHECK(validate::checkDesign(*loaded.design).empty());
}
