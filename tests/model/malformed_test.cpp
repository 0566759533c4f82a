#include "io/design_file.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <set>

using namespace spokewise;
using io::DiagCode;
using spokewise::test::dataPath;

namespace {

// What loading each file of tests/data/malformed must report first: the code, the JSONPath, the
// line and column, and the arguments that end up in the message.
struct Expectation
{
    const char *file;
    DiagCode code;
    const char *path;
    int line;
    int column;
    std::vector<std::string> args;
};

const std::vector<Expectation> &expectations()
{
    static const std::vector<Expectation> list = {
        {"bad-bandwidth.json", DiagCode::NotInSet, "$.resources[4].properties.bandwidthInMbps", 50, 22,
         {"300", "50, 100, 200, 500, 1000, 2000, 5000, 10000"}},
        {"bad-enum.json", DiagCode::InvalidEnumValue, "$.resources[3].properties.sku", 44, 47,
         {"VpnGw9AZ", "Basic, VpnGw1, VpnGw2, VpnGw3, VpnGw4, VpnGw5, VpnGw1AZ, VpnGw2AZ, VpnGw3AZ, VpnGw4AZ, VpnGw5AZ"}},
        {"bad-ip-address.json", DiagCode::InvalidIpAddress, "$.resources[6].properties.privateIpAddress", 62, 66,
         {"10.0.1.400"}},
        {"binary-garbage.json", DiagCode::NotUtf8, "", 2, 1, {}},
        {"cidr-host-bits.json", DiagCode::PrefixHostBitsSet, "$.resources[1].properties.addressPrefixes[0]", 25, 29,
         {"10.1.0.1/16", "10.1.0.0/16"}},
        {"cidr-length.json", DiagCode::PrefixLengthOutOfRange, "$.resources[1].properties.subnets[0].addressPrefix",
         26, 56, {"10.1.0.0/33"}},
        {"dangling-reference.json", DiagCode::DanglingReference, "$.resources[2].properties.sides[1].virtualNetwork",
         36, 12, {"spoke2"}},
        {"deep-nesting.json", DiagCode::NestingTooDeep, "", 4, 81, {"64"}},
        {"duplicate-id.json", DiagCode::DuplicateId, "$.resources[4].id", 47, 7, {"vpngw", "$.resources[3].id"}},
        {"duplicate-subnet-id.json", DiagCode::DuplicateId, "$.resources[1].properties.subnets[0].id", 26, 22,
         {"hub-gw", "$.resources[0].properties.subnets[0].id"}},
        {"empty.json", DiagCode::FileEmpty, "", 0, 0, {}},
        {"firewall-without-ip.json", DiagCode::FieldRequiredWith, "$.resources[6].properties", 62, 7,
         {"privateIpAddress", "virtualNetwork", ""}},
        {"future-schema-version.json", DiagCode::UnsupportedSchemaVersion, "$.schemaVersion", 2, 3, {"7", "1"}},
        {"gateway-and-hub.json", DiagCode::ExactlyOneOf, "$.resources[5].properties", 56, 7,
         {"vpnGateway", "virtualHub"}},
        {"invalid-cidr.json", DiagCode::InvalidPrefix, "$.resources[1].properties.addressPrefixes[0]", 25, 29,
         {"10.1.0/16"}},
        {"invalid-id.json", DiagCode::InvalidId, "$.resources[4].id", 47, 7, {"main circuit"}},
        {"invalid-literal.json", DiagCode::SyntaxError, "", 44, 80, {"invalid-literal", "\"enableBgp\": no"}},
        {"invalid-utf8-in-string.json", DiagCode::NotUtf8, "", 49, 20, {}},
        {"layout-unknown-element.json", DiagCode::DanglingReference, "$.layout.elements.hub2", 65, 52, {"hub2"}},
        {"missing-field.json", DiagCode::MissingField, "$.resources[4].properties", 50, 7, {"tier"}},
        {"missing-properties.json", DiagCode::MissingField, "$.resources[4]", 46, 5, {"properties"}},
        {"missing-schema-version.json", DiagCode::MissingField, "$", 1, 1, {"schemaVersion"}},
        {"negative-layout-size.json", DiagCode::OutOfRange, "$.layout.elements.hub.width", 65, 51,
         {"-5", "0", "10000000"}},
        {"null-name.json", DiagCode::WrongType, "$.resources[5].name", 55, 7, {"string", "null"}},
        {"out-of-range.json", DiagCode::OutOfRange, "$.resources[5].properties.users", 56, 89, {"0", "1", "100000"}},
        {"peering-three-sides.json", DiagCode::WrongArraySize, "$.resources[2].properties.sides", 34, 9, {"2", "3"}},
        {"reserved-id.json", DiagCode::ReservedId, "$.resources[4].id", 47, 7, {"internet"}},
        {"schema-version-string.json", DiagCode::WrongType, "$.schemaVersion", 2, 3, {"integer", "string"}},
        {"top-level-array.json", DiagCode::WrongType, "$", 1, 1, {"object", "array"}},
        {"top-level-string.json", DiagCode::WrongType, "$", 1, 1, {"object", "string"}},
        {"trailing-content.json", DiagCode::SyntaxError, "", 67, 1, {"trailing-content", ""}},
        {"truncated.json", DiagCode::SyntaxError, "", 42, 17, {"unexpected-end", "\"v"}},
        {"unknown-field.json", DiagCode::UnknownField, "$.resources[2].properties.sides[0].allowGatewayTranist", 35,
         37, {"allowGatewayTranist"}},
        {"unknown-kind.json", DiagCode::UnknownKind, "$.resources[4].kind", 48, 7, {"expressRouteCircuits"}},
        {"unterminated-string.json", DiagCode::SyntaxError, "", 49, 24, {"invalid-string", "\"Circuit,<U+000A>"}},
        {"whitespace-only.json", DiagCode::FileEmpty, "", 0, 0, {}},
        {"wrong-element-type.json", DiagCode::WrongType, "$.resources[6]", 58, 5, {"object", "integer"}},
        {"wrong-reference-kind.json", DiagCode::WrongReferenceKind, "$.resources[3].properties.virtualNetwork", 44,
         22, {"circuit", "virtualNetwork", "expressRouteCircuit"}},
        {"wrong-type-prefixes.json", DiagCode::WrongType, "$.resources[1].properties.addressPrefixes", 25, 9,
         {"array", "string"}},
    };
    return list;
}

} // namespace

TEST_CASE("Every malformed file is refused with the place and the reason", "[io][malformed]")
{
    for (const auto &e : expectations()) {
        INFO(e.file);
        const auto result = io::loadDesignFile(dataPath("malformed") / e.file);
        CHECK_FALSE(result.ok());
        REQUIRE_FALSE(result.diagnostics.empty());
        const auto &d = result.diagnostics.front();
        CHECK(d.code == e.code);
        CHECK(d.path == e.path);
        CHECK(d.line == e.line);
        CHECK(d.column == e.column);
        if (e.code == DiagCode::UnknownKind)
            CHECK(d.args.front() == e.args.front()); // the second argument lists every kind
        else
            CHECK(d.args == e.args);
    }
}

TEST_CASE("The malformed fixtures are all covered, and there are enough of them", "[io][malformed]")
{
    std::set<std::string> onDisk;
    for (const auto &entry : std::filesystem::directory_iterator(dataPath("malformed"))) {
        if (entry.path().extension() == ".json")
            onDisk.insert(entry.path().filename().string());
    }
    std::set<std::string> expected;
    for (const auto &e : expectations())
        expected.insert(e.file);
    CHECK(onDisk == expected);
    CHECK(onDisk.size() >= 25);
}

TEST_CASE("A refused file reports every problem it has, not just the first", "[io][malformed]")
{
    const auto result = io::parseDesign(R"({
  "schemaVersion": 1,
  "name": "Two problems",
  "resources": [
    {"id": "a", "kind": "virtualNetwork", "name": "A",
     "properties": {"region": "westeurope", "addressPrefixes": ["10.0.0.1/16"], "subnets": []}},
    {"id": "a", "kind": "virtualNetwork", "name": "B",
     "properties": {"region": "westeurope", "addressPrefixes": ["10.1.0.0/16"], "subnets": [], "colour": "red"}}
  ]
})");
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 3);
    CHECK(result.diagnostics[0].code == DiagCode::PrefixHostBitsSet);
    CHECK(result.diagnostics[1].code == DiagCode::DuplicateId);
    CHECK(result.diagnostics[1].line == 7);
    CHECK(result.diagnostics[2].code == DiagCode::UnknownField);
    CHECK(result.diagnostics[2].path == "$.resources[1].properties.colour");
}

TEST_CASE("Files over the size limit are refused before they are read", "[io][malformed]")
{
    const auto path = std::filesystem::temp_directory_path() / "spokewise-oversize.spokewise.json";
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << "{\"schemaVersion\": 1, \"name\": \"";
        const std::string chunk(1 << 20, 'x');
        for (std::uintmax_t i = 0; i <= io::kMaxDesignFileBytes / chunk.size(); ++i)
            out << chunk;
        out << "\"}";
    }
    const auto result = io::loadDesignFile(path);
    std::filesystem::remove(path);
    CHECK_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].code == DiagCode::FileTooLarge);
    CHECK(result.diagnostics[0].args[1] == std::to_string(io::kMaxDesignFileBytes));
}

TEST_CASE("Missing files and folders are unreadable, with the system's reason", "[io][malformed]")
{
    const auto missing = io::loadDesignFile(dataPath("malformed/no-such-file.json"));
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].code == DiagCode::FileUnreadable);
    CHECK_FALSE(missing.diagnostics[0].args[0].empty());

    const auto folder = io::loadDesignFile(dataPath("malformed"));
    REQUIRE(folder.diagnostics.size() == 1);
    CHECK(folder.diagnostics[0].code == DiagCode::FileUnreadable);
}
