// The sentences users read for every diagnostic code.
#include "text/diagnostic_text.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

#include <map>

using namespace spokewise;
using io::DiagCode;

namespace {

// How many arguments each code carries (model/io/diagnostic.h documents them).
int argumentCount(DiagCode code)
{
    switch (code) {
    case DiagCode::FileEmpty:
    case DiagCode::NotUtf8:
    case DiagCode::EmptyString: return 0;
    case DiagCode::FileUnreadable:
    case DiagCode::NestingTooDeep:
    case DiagCode::MissingField:
    case DiagCode::UnknownField:
    case DiagCode::InvalidId:
    case DiagCode::ReservedId:
    case DiagCode::InvalidPrefix:
    case DiagCode::PrefixLengthOutOfRange:
    case DiagCode::InvalidIpAddress:
    case DiagCode::DanglingReference:
    case DiagCode::DuplicateValue:
    case DiagCode::DuplicateSubnetName:
    case DiagCode::PeeringSameNetwork:
    case DiagCode::NextHopIpMissing:
    case DiagCode::ConnectionEndsSame:
    case DiagCode::UnknownCatalogItem:
    case DiagCode::InvalidDate: return 1;
    case DiagCode::FileTooLarge:
    case DiagCode::SyntaxError:
    case DiagCode::WrongType:
    case DiagCode::UnknownKind:
    case DiagCode::InvalidEnumValue:
    case DiagCode::PrefixHostBitsSet:
    case DiagCode::NotInSet:
    case DiagCode::WrongArraySize:
    case DiagCode::UnsupportedSchemaVersion:
    case DiagCode::DuplicateId:
    case DiagCode::ExactlyOneOf:
    case DiagCode::SubnetOutsideAddressSpace:
    case DiagCode::AddressSpacesOverlap:
    case DiagCode::ForbiddenAddressSpace:
    case DiagCode::TooManyGatewaysOfKind:
    case DiagCode::DuplicatePeering:
    case DiagCode::NextHopIpNotAllowed:
    case DiagCode::PolicyNotOnSiteConnection:
    case DiagCode::HubConnectionNotInHub:
    case DiagCode::UnknownHubRouteTable:
    case DiagCode::CatalogUnitMismatch:
    case DiagCode::CatalogCurrencyMismatch: return 2;
    case DiagCode::OutOfRange:
    case DiagCode::WrongReferenceKind:
    case DiagCode::FieldOnlyWith:
    case DiagCode::FieldRequiredWith:
    case DiagCode::SubnetTooSmall:
    case DiagCode::MissingSpecialSubnet:
    case DiagCode::AddressNotInSubnet: return 3;
    case DiagCode::SubnetsOverlap:
    case DiagCode::SpecialSubnetTooSmall: return 4;
    }
    return 0;
}

io::Diagnostic make(DiagCode code, std::vector<std::string> args)
{
    io::Diagnostic d;
    d.code = code;
    d.args = std::move(args);
    return d;
}

QString text(DiagCode code, std::vector<std::string> args)
{
    return views::diagnosticText(make(code, std::move(args)));
}

} // namespace

TEST_CASE("every diagnostic code has a name and a sentence that shows its arguments", "[views][text]")
{
    QSet<QString> names;
    for (int i = 0; i <= static_cast<int>(views::kLastDiagCode); ++i) {
        const auto code = static_cast<DiagCode>(i);
        const QString name = QString::fromLatin1(views::diagCodeName(code));
        INFO("code " << i << " " << name.toStdString());
        CHECK_FALSE(name.isEmpty());
        CHECK(name != QLatin1String("Unknown"));
        CHECK_FALSE(names.contains(name));
        names.insert(name);

        std::vector<std::string> args;
        for (int a = 0; a < argumentCount(code); ++a)
            args.push_back("arg" + std::to_string(a) + "-value");
        if (code == DiagCode::SyntaxError)
            args[0] = io::kSyntaxUnexpectedToken; // a category, shown as words
        if (code == DiagCode::WrongType)
            args = {"string", "number"}; // JSON type names, shown as nouns
        const QString sentence = text(code, args);
        CHECK(sentence.size() > 10);
        CHECK_FALSE(sentence.contains(QLatin1Char('%')));
        for (std::size_t a = code == DiagCode::SyntaxError ? 1 : 0; a < args.size(); ++a)
            CHECK(sentence.contains(QString::fromStdString(args[a])));
    }
}

TEST_CASE("diagnostic sentences read as a network engineer expects", "[views][text]")
{
    CHECK(text(DiagCode::PrefixHostBitsSet, {"10.1.0.1/16", "10.1.0.0/16"})
          == QStringLiteral("10.1.0.1/16 has host bits set — did you mean 10.1.0.0/16?"));
    CHECK(text(DiagCode::WrongType, {"array", "string"}) == QStringLiteral("Expected an array here, found a string."));
    CHECK(text(DiagCode::WrongReferenceKind, {"hub", "vpnGateway,virtualHub", "virtualNetwork"})
          == QStringLiteral(
                  "“hub” is of the wrong kind (virtual network); this field needs: VPN gateway, virtual hub."));
    CHECK(text(DiagCode::MissingSpecialSubnet, {"vpnGateway", "Hub", "GatewaySubnet"})
          == QStringLiteral("The VPN gateway needs a subnet named GatewaySubnet in Hub."));
    CHECK(text(DiagCode::OutOfRange, {"40000", "0", "32000"})
          == QStringLiteral("40000 is out of range: it must be between 0 and 32000."));
    CHECK(text(DiagCode::FieldRequiredWith, {"privateIpAddress", "virtualNetwork", ""})
          == QStringLiteral("“privateIpAddress” is required when “virtualNetwork” is given."));
    // Arguments are inserted once: a "%1" inside a value stays as written.
    CHECK(text(DiagCode::ExactlyOneOf, {"%2", "b"}) == QStringLiteral("Give exactly one of “%2” and “b”."));
}

TEST_CASE("every syntax error category has its own sentence", "[views][text]")
{
    const char *categories[] = {io::kSyntaxUnexpectedEnd, io::kSyntaxUnexpectedToken, io::kSyntaxInvalidLiteral,
                                io::kSyntaxInvalidString, io::kSyntaxInvalidNumber,   io::kSyntaxTrailingContent};
    QSet<QString> sentences;
    for (const char *category : categories) {
        const QString sentence = text(DiagCode::SyntaxError, {category, "tok"});
        INFO(category << ": " << sentence.toStdString());
        CHECK_FALSE(sentence.contains(QLatin1String(category)));
        sentences.insert(sentence);
    }
    CHECK(sentences.size() == static_cast<qsizetype>(std::size(categories)));
    CHECK(text(DiagCode::SyntaxError, {io::kSyntaxUnexpectedEnd, ""}).startsWith(QStringLiteral("The file ends")));
    CHECK(text(DiagCode::SyntaxError, {io::kSyntaxUnexpectedToken, "]"}) == QStringLiteral("Unexpected “]” here."));
}

TEST_CASE("missing arguments never crash and leave no placeholders", "[views][text]")
{
    for (int i = 0; i <= static_cast<int>(views::kLastDiagCode); ++i) {
        const QString sentence = text(static_cast<DiagCode>(i), {});
        INFO(sentence.toStdString());
        CHECK_FALSE(sentence.isEmpty());
        CHECK_FALSE(sentence.contains(QRegularExpression(QStringLiteral("%\\d"))));
    }
}

TEST_CASE("a diagnostic line names the place, the severity and the element", "[views][text]")
{
    io::Diagnostic d = make(DiagCode::PrefixHostBitsSet, {"10.1.0.1/16", "10.1.0.0/16"});
    d.path = "$.resources[0].properties.addressPrefixes[0]";
    d.elementId = "hub";
    CHECK(views::diagnosticLine(QStringLiteral("d.json"), d)
          == QStringLiteral("d.json: $.resources[0].properties.addressPrefixes[0]: error: "
                            "10.1.0.1/16 has host bits set — did you mean 10.1.0.0/16? (element hub)"));
    d.line = 12;
    d.column = 9;
    d.severity = io::Severity::Warning;
    d.ruleId = "M-3";
    CHECK(views::diagnosticLine(QStringLiteral("d.json"), d)
          == QStringLiteral("d.json:12:9: warning: 10.1.0.1/16 has host bits set — did you mean 10.1.0.0/16? "
                            "(at $.resources[0].properties.addressPrefixes[0]; element hub; rule M-3)"));
    d.elementId.clear();
    d.path.clear();
    d.line = 0;
    CHECK(views::diagnosticLocation(QStringLiteral("d.json"), d) == QStringLiteral("d.json"));
    CHECK(views::diagnosticSuffix(d) == QStringLiteral(" (rule M-3)"));
}
