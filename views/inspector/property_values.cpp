#include "inspector/property_values.h"

#include "text/diagnostic_text.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace spokewise::views {

namespace {

// Carries the translation context "PropertyModel" for lupdate and tr().
class PropertyTr
{
    Q_DECLARE_TR_FUNCTIONS(PropertyModel)
};

} // namespace

QString refusalText(io::DiagCode code, const QStringList &args)
{
    io::Diagnostic d;
    d.code = code;
    for (const auto &a : args)
        d.args.push_back(a.toStdString());
    return diagnosticText(d);
}

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString prefixListText(const std::vector<Prefix> &prefixes)
{
    QStringList parts;
    for (const auto &p : prefixes)
        parts << QString::fromStdString(p.toString());
    return parts.join(QStringLiteral(", "));
}

Parsed<Prefix> parsePrefix(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto result = Prefix::parse(trimmed.toStdString());
    if (result.prefix)
        return {result.prefix, {}};
    switch (result.error) {
    case net::PrefixError::HostBitsSet:
        return {std::nullopt,
                refusalText(io::DiagCode::PrefixHostBitsSet,
                            {trimmed,
                             result.suggestion ? QString::fromStdString(result.suggestion->toString()) : QString()})};
    case net::PrefixError::LengthRange:
        return {std::nullopt, refusalText(io::DiagCode::PrefixLengthOutOfRange, {trimmed})};
    case net::PrefixError::Syntax: break;
    }
    return {std::nullopt, refusalText(io::DiagCode::InvalidPrefix, {trimmed})};
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

Parsed<std::vector<Prefix>> parsePrefixList(const QString &text)
{
    std::vector<Prefix> prefixes;
    for (const auto &item : splitList(text)) {
        auto parsed = parsePrefix(item);
        if (!parsed)
            return {std::nullopt, parsed.refusal};
        if (std::find(prefixes.begin(), prefixes.end(), *parsed.value) != prefixes.end())
            return {std::nullopt, refusalText(io::DiagCode::DuplicateValue, {item})};
        prefixes.push_back(*parsed.value);
    }
    return {std::move(prefixes), {}};
}

Parsed<Ipv4Address> parseIpAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (const auto address = Ipv4Address::parse(trimmed.toStdString()))
        return {address, {}};
    return {std::nullopt, refusalText(io::DiagCode::InvalidIpAddress, {trimmed})};
}

Parsed<qint64> parseInteger(const QVariant &value, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    qint64 number = 0;
    const QString text = value.toString().trimmed();
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: number = value.toLongLong(&ok); break;
    default: number = text.toLongLong(&ok); break;
    }
    if (!ok)
        return {std::nullopt, PropertyTr::tr("“%1” is not a whole number.").arg(text)};
    if (number < minimum || number > maximum) {
        return {std::nullopt, refusalText(io::DiagCode::OutOfRange, {QString::number(number), QString::number(minimum),
                                                                     QString::number(maximum)})};
    }
    return {number, {}};
}

Parsed<double> parseDecimal(const QVariant &value, double minimum, double maximum)
{
    bool ok = false;
    const double number
            = value.typeId() == QMetaType::QString ? value.toString().trimmed().toDouble(&ok) : value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return {std::nullopt, PropertyTr::tr("“%1” is not a number.").arg(value.toString().trimmed())};
    if (number < minimum || number > maximum) {
        return {std::nullopt, refusalText(io::DiagCode::OutOfRange, {QString::number(number), QString::number(minimum),
                                                                     QString::number(maximum)})};
    }
    return {number, {}};
}

} // namespace spokewise::views
