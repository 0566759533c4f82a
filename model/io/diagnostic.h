#pragma once

#include <string>
#include <vector>

namespace spokewise::io {

enum class Severity { Error, Warning, Info };

// What went wrong, as a code with arguments; views/text turns it into translated text.
// The comment after each code lists its args in order.
enum class DiagCode {
    // Reading the file (the design cannot be loaded; spokewise-cli exits 2)
    FileUnreadable,        // OS reason
    FileTooLarge,          // size in bytes, limit in bytes
    FileEmpty,             //
    NotUtf8,               //
    SyntaxError,           // SyntaxProblem name (see below), the offending token or ""
    NestingTooDeep,        // limit
    WrongType,             // expected json type, actual json type
    MissingField,          // field name
    UnknownField,          // field name
    UnknownKind,           // kind given, allowed kinds (comma separated)
    InvalidEnumValue,      // value given, allowed values (comma separated)
    InvalidId,             // value given
    ReservedId,            // value given
    EmptyString,           //
    InvalidPrefix,         // value given
    PrefixLengthOutOfRange,// value given
    PrefixHostBitsSet,     // value given, the prefix meant (host bits cleared)
    InvalidIpAddress,      // value given
    OutOfRange,            // value given, minimum, maximum
    NotInSet,              // value given, allowed values (comma separated)
    WrongArraySize,        // expected size, actual size
    UnsupportedSchemaVersion, // version found, newest supported
    DuplicateId,           // id, JSON path of its first use
    DanglingReference,     // id referred to
    WrongReferenceKind,    // id referred to, expected kind(s) (comma separated), actual kind
    ExactlyOneOf,          // first field, second field
    FieldOnlyWith,         // field, other field, value the other field must have
    FieldRequiredWith,     // field, other field, value the other field has
    DuplicateValue,        // value (e.g. a route name used twice in one table)

    // Design checks (the design loads, but Azure would refuse it or it contradicts itself;
    // spokewise-cli validate exits 1)
    SubnetOutsideAddressSpace, // subnet prefix, VNet name
    SubnetsOverlap,            // subnet A name, prefix A, subnet B name, prefix B
    AddressSpacesOverlap,      // prefix A, prefix B (within one VNet)
    ForbiddenAddressSpace,     // prefix, the forbidden range it touches
    SubnetTooSmall,            // subnet name, prefix, minimum length (e.g. 29)
    SpecialSubnetTooSmall,     // subnet name, prefix, required length, rule id
    DuplicateSubnetName,       // name
    MissingSpecialSubnet,      // element kind, VNet name, subnet name required
    TooManyGatewaysOfKind,     // VNet name, gateway kind
    PeeringSameNetwork,        // VNet name
    DuplicatePeering,          // VNet A name, VNet B name
    AddressNotInSubnet,        // IP address, subnet name, subnet prefix
    NextHopIpMissing,          // route name
    NextHopIpNotAllowed,       // route name, next hop type
    PolicyNotOnSiteConnection, // connection id, site name
    ConnectionEndsSame,        // element name
    HubConnectionNotInHub,     // element name, hub name  (e.g. firewall static route next hop elsewhere)
    UnknownHubRouteTable,      // table name, hub name

    // Price catalogs (model/cost; spokewise-cli cost exits 2)
    UnknownCatalogItem,        // item id (an override names an item the catalog does not have)
    CatalogUnitMismatch,       // unit given, the catalog item's unit
    CatalogCurrencyMismatch,   // currency given, the catalog's currency
    InvalidDate,               // value given (expected YYYY, YYYY-MM or YYYY-MM-DD)
};

// The categories a syntax error can fall into (the first argument of SyntaxError).
inline constexpr const char *kSyntaxUnexpectedEnd = "unexpected-end";
inline constexpr const char *kSyntaxUnexpectedToken = "unexpected-token";
inline constexpr const char *kSyntaxInvalidLiteral = "invalid-literal";
inline constexpr const char *kSyntaxInvalidString = "invalid-string";
inline constexpr const char *kSyntaxInvalidNumber = "invalid-number";
inline constexpr const char *kSyntaxTrailingContent = "trailing-content";

// One finding about a design file. `path` is a JSONPath such as
// "$.resources[3].properties.addressPrefixes[0]"; line and column are 1-based, 0 when unknown.
struct Diagnostic
{
    Severity severity = Severity::Error;
    DiagCode code = DiagCode::SyntaxError;
    std::vector<std::string> args;
    std::string path;
    int line = 0;
    int column = 0;
    std::string elementId; // the element the finding is about, when there is one
    std::string ruleId;    // a ROUTING.md rule id when the finding implements one (e.g. "M-3")

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = std::vector<Diagnostic>;

inline Diagnostic makeError(DiagCode code, std::vector<std::string> args, std::string path, int line = 0,
                            int column = 0)
{
    Diagnostic d;
    d.code = code;
    d.args = std::move(args);
    d.path = std::move(path);
    d.line = line;
    d.column = column;
    return d;
}

inline bool hasErrors(const Diagnostics &diagnostics)
{
    for (const auto &d : diagnostics) {
        if (d.severity == Severity::Error)
            return true;
    }
    return false;
}

} // namespace spokewise::io
