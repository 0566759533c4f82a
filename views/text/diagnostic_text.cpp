#include "text/diagnostic_text.h"

#include "text/element_text.h"

#include <QCoreApplication>

namespace spokewise::views {

namespace {

// Carries the translation context "Diagnostic" for lupdate and tr().
class DiagnosticTr
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostic)
};

QString argAt(const io::Diagnostic &d, std::size_t index)
{
    return index < d.args.size() ? QString::fromStdString(d.args[index]) : QString();
}

// JSON type names as the reader reports them, as a noun phrase ("a string").
QString jsonTypePhrase(const QString &type)
{
    if (type == QLatin1String("object"))
        return DiagnosticTr::tr("an object");
    if (type == QLatin1String("array"))
        return DiagnosticTr::tr("an array");
    if (type == QLatin1String("string"))
        return DiagnosticTr::tr("a string");
    if (type == QLatin1String("number"))
        return DiagnosticTr::tr("a number");
    if (type == QLatin1String("integer"))
        return DiagnosticTr::tr("an integer");
    if (type == QLatin1String("boolean"))
        return DiagnosticTr::tr("a boolean");
    if (type == QLatin1String("null"))
        return DiagnosticTr::tr("null");
    return type;
}

QString syntaxText(const QString &category, const QString &token)
{
    if (category == QLatin1String(io::kSyntaxUnexpectedEnd))
        return DiagnosticTr::tr("The file ends too early: an object, array or string is not closed.");
    if (category == QLatin1String(io::kSyntaxUnexpectedToken)) {
        return token.isEmpty() ? DiagnosticTr::tr("Unexpected character here.")
                               : DiagnosticTr::tr("Unexpected “%1” here.").arg(token);
    }
    if (category == QLatin1String(io::kSyntaxInvalidLiteral))
        return DiagnosticTr::tr("“%1” is not a JSON value (did you mean true, false or null, or forget quotes?).")
                .arg(token);
    if (category == QLatin1String(io::kSyntaxInvalidString))
        return DiagnosticTr::tr("Invalid string “%1”: a control character, a bad escape or a missing closing quote.")
                .arg(token);
    if (category == QLatin1String(io::kSyntaxInvalidNumber))
        return DiagnosticTr::tr("“%1” is not a valid JSON number.").arg(token);
    if (category == QLatin1String(io::kSyntaxTrailingContent)) {
        return token.isEmpty() ? DiagnosticTr::tr("Unexpected content after the end of the design.")
                               : DiagnosticTr::tr("Unexpected “%1” after the end of the design.").arg(token);
    }
    return DiagnosticTr::tr("JSON syntax error (%1) at “%2”.").arg(category, token);
}

} // namespace

const char *diagCodeName(io::DiagCode code)
{
    using C = io::DiagCode;
    switch (code) {
    case C::FileUnreadable: return "FileUnreadable";
    case C::FileTooLarge: return "FileTooLarge";
    case C::FileEmpty: return "FileEmpty";
    case C::NotUtf8: return "NotUtf8";
    case C::SyntaxError: return "SyntaxError";
    case C::NestingTooDeep: return "NestingTooDeep";
    case C::WrongType: return "WrongType";
    case C::MissingField: return "MissingField";
    case C::UnknownField: return "UnknownField";
    case C::UnknownKind: return "UnknownKind";
    case C::InvalidEnumValue: return "InvalidEnumValue";
    case C::InvalidId: return "InvalidId";
    case C::ReservedId: return "ReservedId";
    case C::EmptyString: return "EmptyString";
    case C::InvalidPrefix: return "InvalidPrefix";
    case C::PrefixLengthOutOfRange: return "PrefixLengthOutOfRange";
    case C::PrefixHostBitsSet: return "PrefixHostBitsSet";
    case C::InvalidIpAddress: return "InvalidIpAddress";
    case C::OutOfRange: return "OutOfRange";
    case C::NotInSet: return "NotInSet";
    case C::WrongArraySize: return "WrongArraySize";
    case C::UnsupportedSchemaVersion: return "UnsupportedSchemaVersion";
    case C::DuplicateId: return "DuplicateId";
    case C::DanglingReference: return "DanglingReference";
    case C::WrongReferenceKind: return "WrongReferenceKind";
    case C::ExactlyOneOf: return "ExactlyOneOf";
    case C::FieldOnlyWith: return "FieldOnlyWith";
    case C::FieldRequiredWith: return "FieldRequiredWith";
    case C::DuplicateValue: return "DuplicateValue";
    case C::SubnetOutsideAddressSpace: return "SubnetOutsideAddressSpace";
    case C::SubnetsOverlap: return "SubnetsOverlap";
    case C::AddressSpacesOverlap: return "AddressSpacesOverlap";
    case C::ForbiddenAddressSpace: return "ForbiddenAddressSpace";
    case C::SubnetTooSmall: return "SubnetTooSmall";
    case C::SpecialSubnetTooSmall: return "SpecialSubnetTooSmall";
    case C::DuplicateSubnetName: return "DuplicateSubnetName";
    case C::MissingSpecialSubnet: return "MissingSpecialSubnet";
    case C::TooManyGatewaysOfKind: return "TooManyGatewaysOfKind";
    case C::PeeringSameNetwork: return "PeeringSameNetwork";
    case C::DuplicatePeering: return "DuplicatePeering";
    case C::AddressNotInSubnet: return "AddressNotInSubnet";
    case C::NextHopIpMissing: return "NextHopIpMissing";
    case C::NextHopIpNotAllowed: return "NextHopIpNotAllowed";
    case C::PolicyNotOnSiteConnection: return "PolicyNotOnSiteConnection";
    case C::ConnectionEndsSame: return "ConnectionEndsSame";
    case C::HubConnectionNotInHub: return "HubConnectionNotInHub";
    case C::UnknownHubRouteTable: return "UnknownHubRouteTable";
    case C::UnknownCatalogItem: return "UnknownCatalogItem";
    case C::CatalogUnitMismatch: return "CatalogUnitMismatch";
    case C::CatalogCurrencyMismatch: return "CatalogCurrencyMismatch";
    case C::InvalidDate: return "InvalidDate";
    }
    return "Unknown";
}

QString severityText(io::Severity severity)
{
    switch (severity) {
    case io::Severity::Error: return DiagnosticTr::tr("error");
    case io::Severity::Warning: return DiagnosticTr::tr("warning");
    case io::Severity::Info: return DiagnosticTr::tr("note");
    }
    return DiagnosticTr::tr("error");
}

QString diagnosticText(const io::Diagnostic &d)
{
    using C = io::DiagCode;
    const QString a0 = argAt(d, 0);
    const QString a1 = argAt(d, 1);
    const QString a2 = argAt(d, 2);
    const QString a3 = argAt(d, 3);

    switch (d.code) {
    // ------------------------------------------------ reading the file
    case C::FileUnreadable: return DiagnosticTr::tr("Cannot read the file: %1.").arg(a0);
    case C::FileTooLarge:
        return DiagnosticTr::tr("The file is too large: %1 bytes, but designs are limited to %2 bytes.").arg(a0, a1);
    case C::FileEmpty: return DiagnosticTr::tr("The file is empty; a design starts with { \"schemaVersion\": 1, … }.");
    case C::NotUtf8: return DiagnosticTr::tr("The file is not UTF-8 text (is it a design file?).");
    case C::SyntaxError: return syntaxText(a0, a1);
    case C::NestingTooDeep: return DiagnosticTr::tr("The JSON is nested more than %1 levels deep.").arg(a0);
    case C::WrongType:
        return DiagnosticTr::tr("Expected %1 here, found %2.").arg(jsonTypePhrase(a0), jsonTypePhrase(a1));
    case C::MissingField: return DiagnosticTr::tr("The required field “%1” is missing.").arg(a0);
    case C::UnknownField:
        return DiagnosticTr::tr("Unknown field “%1” (misspelt? unknown fields are not allowed).").arg(a0);
    case C::UnknownKind: return DiagnosticTr::tr("Unknown element kind “%1”; the kinds are: %2.").arg(a0, a1);
    case C::InvalidEnumValue: return DiagnosticTr::tr("“%1” is not allowed here; use one of: %2.").arg(a0, a1);
    case C::InvalidId:
        return DiagnosticTr::tr("“%1” is not a valid id: use letters, digits, “.”, “_” and “-”, start with a "
                                "letter or digit, at most 80 characters.")
                .arg(a0);
    case C::ReservedId: return DiagnosticTr::tr("The id “%1” is reserved by Spokewise; choose another one.").arg(a0);
    case C::EmptyString: return DiagnosticTr::tr("This text must not be empty.");
    case C::InvalidPrefix:
        return DiagnosticTr::tr("“%1” is not an IPv4 prefix; write it as address/length, e.g. 10.1.0.0/16.").arg(a0);
    case C::PrefixLengthOutOfRange: return DiagnosticTr::tr("“%1” has a prefix length outside 0–32.").arg(a0);
    case C::PrefixHostBitsSet: return DiagnosticTr::tr("%1 has host bits set — did you mean %2?").arg(a0, a1);
    case C::InvalidIpAddress:
        return DiagnosticTr::tr("“%1” is not an IPv4 address; write four numbers 0–255, e.g. 10.0.1.4.").arg(a0);
    case C::OutOfRange: return DiagnosticTr::tr("%1 is out of range: it must be between %2 and %3.").arg(a0, a1, a2);
    case C::NotInSet: return DiagnosticTr::tr("%1 is not allowed here; use one of: %2.").arg(a0, a1);
    case C::WrongArraySize: return DiagnosticTr::tr("Expected exactly %1 entries here, found %2.").arg(a0, a1);
    case C::UnsupportedSchemaVersion:
        return DiagnosticTr::tr("Schema version %1 is not supported: this Spokewise reads versions up to %2 "
                                "(was the file written by a newer Spokewise?).")
                .arg(a0, a1);
    case C::DuplicateId:
        return DiagnosticTr::tr("The id “%1” is already used at %2; ids must be unique in a design.").arg(a0, a1);
    case C::DanglingReference: return DiagnosticTr::tr("No element of this design has the id “%1”.").arg(a0);
    case C::WrongReferenceKind:
        return DiagnosticTr::tr("“%1” is of the wrong kind (%3); this field needs: %2.")
                .arg(a0, kindDisplayNameFromFileName(d.args.size() > 1 ? d.args[1] : std::string()),
                     kindDisplayNameFromFileName(d.args.size() > 2 ? d.args[2] : std::string()));
    case C::ExactlyOneOf: return DiagnosticTr::tr("Give exactly one of “%1” and “%2”.").arg(a0, a1);
    case C::FieldOnlyWith:
        if (a2.isEmpty())
            return DiagnosticTr::tr("“%1” is only allowed together with “%2”.").arg(a0, a1);
        return DiagnosticTr::tr("“%1” is only allowed when “%2” is %3.").arg(a0, a1, a2);
    case C::FieldRequiredWith:
        if (a2.isEmpty())
            return DiagnosticTr::tr("“%1” is required when “%2” is given.").arg(a0, a1);
        return DiagnosticTr::tr("“%1” is required when “%2” is %3.").arg(a0, a1, a2);
    case C::DuplicateValue: return DiagnosticTr::tr("“%1” is used more than once here.").arg(a0);

    // ------------------------------------------------ design checks
    case C::SubnetOutsideAddressSpace:
        return DiagnosticTr::tr("Subnet prefix %1 is outside the address space of %2.").arg(a0, a1);
    case C::SubnetsOverlap: return DiagnosticTr::tr("Subnets %1 (%2) and %3 (%4) overlap.").arg(a0, a1, a2, a3);
    case C::AddressSpacesOverlap:
        return DiagnosticTr::tr("Address spaces %1 and %2 of this virtual network overlap.").arg(a0, a1);
    case C::ForbiddenAddressSpace:
        return DiagnosticTr::tr("%1 overlaps %2, which Azure does not allow in a virtual network.").arg(a0, a1);
    case C::SubnetTooSmall:
        return DiagnosticTr::tr("Subnet %1 (%2) is too small: Azure needs at least a /%3.")
                .arg(a0, a1, QString(a2).remove(QLatin1Char('/')));
    case C::SpecialSubnetTooSmall:
        return DiagnosticTr::tr("Subnet %1 (%2) is too small: it must be a /%3 or larger (rule %4).")
                .arg(a0, a1, QString(a2).remove(QLatin1Char('/')), a3);
    case C::DuplicateSubnetName:
        return DiagnosticTr::tr("Two subnets are named “%1”; subnet names must be unique in a virtual network.")
                .arg(a0);
    case C::MissingSpecialSubnet:
        return DiagnosticTr::tr("The %1 needs a subnet named %3 in %2.")
                .arg(kindDisplayNameFromFileName(d.args.empty() ? std::string() : d.args[0]), a1, a2);
    case C::TooManyGatewaysOfKind:
        return DiagnosticTr::tr("%1 has more than one %2; a virtual network has at most one gateway of each kind.")
                .arg(a0, kindDisplayNameFromFileName(d.args.size() > 1 ? d.args[1] : std::string()));
    case C::PeeringSameNetwork: return DiagnosticTr::tr("This peering connects %1 with itself.").arg(a0);
    case C::DuplicatePeering: return DiagnosticTr::tr("%1 and %2 are peered more than once.").arg(a0, a1);
    case C::AddressNotInSubnet: return DiagnosticTr::tr("%1 is not inside subnet %2 (%3).").arg(a0, a1, a2);
    case C::NextHopIpMissing:
        return DiagnosticTr::tr("Route “%1” goes to a virtual appliance and needs a next hop IP address.").arg(a0);
    case C::NextHopIpNotAllowed:
        return DiagnosticTr::tr("Route “%1” has next hop type %2, which takes no next hop IP address.").arg(a0, a1);
    case C::PolicyNotOnSiteConnection:
        return DiagnosticTr::tr("The connection policy names “%1”, which is not a connection of site %2.").arg(a0, a1);
    case C::ConnectionEndsSame: return DiagnosticTr::tr("%1 connects an element with itself.").arg(a0);
    case C::HubConnectionNotInHub: return DiagnosticTr::tr("%1 does not belong to hub %2.").arg(a0, a1);
    case C::UnknownHubRouteTable: return DiagnosticTr::tr("Hub %2 has no route table named “%1”.").arg(a0, a1);

    // ------------------------------------------------ price catalogs
    case C::UnknownCatalogItem: return DiagnosticTr::tr("The price catalog has no item “%1”.").arg(a0);
    case C::CatalogUnitMismatch:
        return DiagnosticTr::tr("The unit “%1” does not match the catalog item's unit “%2”.").arg(a0, a1);
    case C::CatalogCurrencyMismatch:
        return DiagnosticTr::tr("The currency %1 does not match the catalog's currency %2.").arg(a0, a1);
    case C::InvalidDate: return DiagnosticTr::tr("“%1” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.").arg(a0);
    }
    return DiagnosticTr::tr("Unknown problem (code %1).").arg(static_cast<int>(d.code));
}

QString diagnosticLocation(const QString &fileName, const io::Diagnostic &d)
{
    if (d.line > 0) {
        if (d.column > 0)
            return QStringLiteral("%1:%2:%3").arg(fileName).arg(d.line).arg(d.column);
        return QStringLiteral("%1:%2").arg(fileName).arg(d.line);
    }
    if (!d.path.empty())
        return QStringLiteral("%1: %2").arg(fileName, QString::fromStdString(d.path));
    return fileName;
}

QString diagnosticSuffix(const io::Diagnostic &d)
{
    // With a line and column the location does not show the JSON path; name it here, so that a
    // reader of the message can find the field both ways.
    const QString path = d.line > 0 ? QString::fromStdString(d.path) : QString();
    const QString element = QString::fromStdString(d.elementId);
    const QString rule = QString::fromStdString(d.ruleId);
    QStringList parts;
    if (!path.isEmpty())
        parts << DiagnosticTr::tr("at %1").arg(path);
    if (!element.isEmpty())
        parts << DiagnosticTr::tr("element %1").arg(element);
    if (!rule.isEmpty())
        parts << DiagnosticTr::tr("rule %1").arg(rule);
    if (parts.isEmpty())
        return {};
    return DiagnosticTr::tr(" (%1)").arg(parts.join(DiagnosticTr::tr("; ")));
}

QString diagnosticLine(const QString &fileName, const io::Diagnostic &d)
{
    return QStringLiteral("%1: %2: %3%4")
            .arg(diagnosticLocation(fileName, d), severityText(d.severity), diagnosticText(d), diagnosticSuffix(d));
}

} // namespace spokewise::views
