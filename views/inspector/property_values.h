#pragma once

#include "design/resources.h"
#include "io/diagnostic.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <string_view>
#include <vector>

namespace spokewise::views {

// A value parsed from what the user typed, or the translated reason it was refused.
template<typename T>
struct Parsed
{
    std::optional<T> value;
    QString refusal;
    explicit operator bool() const { return value.has_value(); }
};

// The sentence views/text/diagnostic_text.h has for a finding, so that the panel and the file
// reader refuse the same value with the same words.
QString refusalText(io::DiagCode code, const QStringList &args = {});

Parsed<Prefix> parsePrefix(const QString &text);
// Comma- (or space-) separated prefixes; empty text is the empty list.
Parsed<std::vector<Prefix>> parsePrefixList(const QString &text);
Parsed<Ipv4Address> parseIpAddress(const QString &text);
// A whole number typed as text or given as a number, within minimum..maximum.
Parsed<qint64> parseInteger(const QVariant &value, qint64 minimum, qint64 maximum);
Parsed<double> parseDecimal(const QVariant &value, double minimum, double maximum);
// Comma-separated names; empty items are dropped.
QStringList splitList(const QString &text);

QString toQString(std::string_view text);
QString prefixListText(const std::vector<Prefix> &prefixes);

template<typename E>
QString enumText(E value)
{
    return toQString(enumName(value));
}

// The names of an enum's table, in table order (the order shown in lists).
template<typename E>
QStringList enumTexts()
{
    QStringList names;
    for (const auto &entry : enumEntries<E>())
        names << toQString(entry.second);
    return names;
}

template<typename E>
Parsed<E> parseEnum(const QString &text)
{
    if (const auto value = enumFromName<E>(text.trimmed().toStdString()))
        return {*value, {}};
    return {std::nullopt,
            refusalText(io::DiagCode::InvalidEnumValue, {text, enumTexts<E>().join(QStringLiteral(", "))})};
}

} // namespace spokewise::views
