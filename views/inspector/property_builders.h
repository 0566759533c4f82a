#pragma once

// Row builders for plain values (text, prefixes, addresses, numbers, enums, flags): one per value
// type, each taking an accessor from property_accessors.h.

#include "inspector/property_accessors.h"

namespace spokewise::views::rows {

// ---------------------------------------------------------------- rows

// A row whose value is converted by `toValue` for showing and by `parse` (returning Parsed<T> of
// the field's type) for writing.
template<typename A, typename ToValue, typename Parse>
PropertyRow makeRow(const QString &key, const QString &label, EditorKind editor, A acc, ToValue toValue, Parse parse,
                    Hook after = {})
{
    PropertyRow row;
    row.key = key;
    row.label = label;
    row.editor = editor;
    row.value = [acc, toValue](const Design &, const Resource &r) -> QVariant {
        const auto *p = acc(r);
        return p ? toValue(*p) : QVariant();
    };
    row.write = [acc, parse, after](const Design &d, Resource &r, const QVariant &v) -> std::optional<QString> {
        auto *p = acc(r);
        if (!p)
            return staleText();
        auto parsed = parse(v);
        if (!parsed)
            return parsed.refusal;
        *p = std::move(*parsed.value);
        return after ? after(d, r) : std::nullopt;
    };
    return row;
}

template<typename A>
PropertyRow textRow(const QString &key, const QString &label, A acc, bool allowEmpty, Hook after = {})
{
    return makeRow(
            key, label, EditorKind::Text, acc, [](const std::string &s) { return QVariant(QString::fromStdString(s)); },
            [allowEmpty](const QVariant &v) -> Parsed<std::string> {
                const QString text = v.toString().trimmed();
                if (text.isEmpty() && !allowEmpty)
                    return {std::nullopt, refusalText(io::DiagCode::EmptyString)};
                return {text.toStdString(), {}};
            },
            after);
}

template<typename A>
PropertyRow prefixRow(const QString &key, const QString &label, A acc, Hook after = {})
{
    return makeRow(
            key, label, EditorKind::Prefix, acc,
            [](const Prefix &p) { return QVariant(QString::fromStdString(p.toString())); },
            [](const QVariant &v) { return parsePrefix(v.toString()); }, after);
}

template<typename A>
PropertyRow prefixListRow(const QString &key, const QString &label, A acc, Hook after = {})
{
    return makeRow(
            key, label, EditorKind::PrefixList, acc,
            [](const std::vector<Prefix> &p) { return QVariant(prefixListText(p)); },
            [](const QVariant &v) { return parsePrefixList(v.toString()); }, after);
}

// An optional list where empty text means "absent"; `absentText` says what absent means.
template<typename A>
PropertyRow optionalPrefixListRow(const QString &key, const QString &label, A acc, const QString &absentText)
{
    auto row = makeRow(
            key, label, EditorKind::PrefixList, acc,
            [](const std::optional<std::vector<Prefix>> &p) { return QVariant(p ? prefixListText(*p) : QString()); },
            [](const QVariant &v) -> Parsed<std::optional<std::vector<Prefix>>> {
                if (v.toString().trimmed().isEmpty())
                    return {std::optional<std::vector<Prefix>>(), {}};
                auto parsed = parsePrefixList(v.toString());
                if (!parsed)
                    return {std::nullopt, parsed.refusal};
                return {std::optional<std::vector<Prefix>>(std::move(*parsed.value)), {}};
            });
    row.optional = true;
    row.display = [acc, absentText](const Design &, const Resource &r) {
        const auto *p = acc(r);
        return p && *p ? prefixListText(**p) : absentText;
    };
    return row;
}

template<typename A>
PropertyRow ipRow(const QString &key, const QString &label, A acc, Hook after = {})
{
    return makeRow(
            key, label, EditorKind::IpAddress, acc,
            [](const Ipv4Address &a) { return QVariant(QString::fromStdString(a.toString())); },
            [](const QVariant &v) { return parseIpAddress(v.toString()); }, after);
}

template<typename A>
PropertyRow optionalIpRow(const QString &key, const QString &label, A acc, Hook after = {})
{
    auto row = makeRow(
            key, label, EditorKind::IpAddress, acc,
            [](const std::optional<Ipv4Address> &a) {
                return a ? QVariant(QString::fromStdString(a->toString())) : QVariant();
            },
            [](const QVariant &v) -> Parsed<std::optional<Ipv4Address>> {
                if (v.toString().trimmed().isEmpty())
                    return {std::optional<Ipv4Address>(), {}};
                auto parsed = parseIpAddress(v.toString());
                if (!parsed)
                    return {std::nullopt, parsed.refusal};
                return {std::optional<Ipv4Address>(*parsed.value), {}};
            },
            after);
    row.optional = true;
    row.display = [acc](const Design &, const Resource &r) {
        const auto *p = acc(r);
        return p && *p ? QString::fromStdString((*p)->toString()) : noneText();
    };
    return row;
}

// Integer fields of type int or std::uint32_t.
template<typename A>
PropertyRow intRow(const QString &key, const QString &label, A acc, qint64 minimum, qint64 maximum, Hook after = {})
{
    using T = std::remove_cvref_t<decltype(*acc(std::declval<Resource &>()))>;
    auto row = makeRow(
            key, label, EditorKind::Integer, acc, [](const T &n) { return QVariant(static_cast<qint64>(n)); },
            [minimum, maximum](const QVariant &v) -> Parsed<T> {
                const auto parsed = parseInteger(v, minimum, maximum);
                if (!parsed)
                    return {std::nullopt, parsed.refusal};
                return {static_cast<T>(*parsed.value), {}};
            },
            after);
    row.minimum = minimum;
    row.maximum = maximum;
    return row;
}

// std::optional<int or std::uint32_t>; empty text means absent.
template<typename A>
PropertyRow optionalIntRow(const QString &key, const QString &label, A acc, qint64 minimum, qint64 maximum,
                           const QString &absentText)
{
    using O = std::remove_cvref_t<decltype(*acc(std::declval<Resource &>()))>;
    using T = typename O::value_type;
    auto row = makeRow(
            key, label, EditorKind::Integer, acc,
            [](const O &n) { return n ? QVariant(static_cast<qint64>(*n)) : QVariant(); },
            [minimum, maximum](const QVariant &v) -> Parsed<O> {
                if (v.toString().trimmed().isEmpty())
                    return {O(), {}};
                const auto parsed = parseInteger(v, minimum, maximum);
                if (!parsed)
                    return {std::nullopt, parsed.refusal};
                return {O(static_cast<T>(*parsed.value)), {}};
            });
    row.minimum = minimum;
    row.maximum = maximum;
    row.optional = true;
    row.display = [acc, absentText](const Design &, const Resource &r) {
        const auto *p = acc(r);
        return p && *p ? QString::number(static_cast<qint64>(**p)) : absentText;
    };
    return row;
}

template<typename A>
PropertyRow decimalRow(const QString &key, const QString &label, A acc, double minimum, double maximum)
{
    auto row = makeRow(
            key, label, EditorKind::Decimal, acc, [](const double &n) { return QVariant(n); },
            [minimum, maximum](const QVariant &v) { return parseDecimal(v, minimum, maximum); });
    row.minimum = static_cast<qint64>(minimum);
    row.maximum = static_cast<qint64>(maximum);
    return row;
}

template<typename A>
PropertyRow boolRow(const QString &key, const QString &label, A acc, Hook after = {})
{
    return makeRow(
            key, label, EditorKind::Bool, acc, [](const bool &b) { return QVariant(b); },
            [](const QVariant &v) -> Parsed<bool> {
                return {v.toBool(), {}};
            },
            after);
}

template<typename A>
PropertyRow enumRow(const QString &key, const QString &label, A acc, Hook after = {})
{
    using E = std::remove_cvref_t<decltype(*acc(std::declval<Resource &>()))>;
    auto row = makeRow(
            key, label, EditorKind::Choice, acc, [](const E &e) { return QVariant(enumText(e)); },
            [](const QVariant &v) { return parseEnum<E>(v.toString()); }, after);
    row.choices = [](const Design &, const Resource &) {
        std::vector<PropertyChoice> choices;
        for (const auto &name : enumTexts<E>())
            choices.push_back({name, name});
        return choices;
    };
    return row;
}

// A list of enum values as comma-separated names.
template<typename A>
PropertyRow enumListRow(const QString &key, const QString &label, A acc)
{
    using L = std::remove_cvref_t<decltype(*acc(std::declval<Resource &>()))>;
    using E = typename L::value_type;
    return makeRow(
            key, label, EditorKind::TextList, acc,
            [](const L &list) {
                QStringList names;
                for (const auto e : list)
                    names << enumText(e);
                return QVariant(names.join(QStringLiteral(", ")));
            },
            [](const QVariant &v) -> Parsed<L> {
                L list;
                for (const auto &name : splitList(v.toString())) {
                    const auto parsed = parseEnum<E>(name);
                    if (!parsed)
                        return {std::nullopt, parsed.refusal};
                    if (std::find(list.begin(), list.end(), *parsed.value) != list.end())
                        return {std::nullopt, refusalText(io::DiagCode::DuplicateValue, {name})};
                    list.push_back(*parsed.value);
                }
                return {std::move(list), {}};
            });
}

// A list of names as comma-separated text; `allowed` (when set) lists the names accepted.
template<typename A>
PropertyRow stringListRow(const QString &key, const QString &label, A acc,
                          std::function<QStringList(const Design &, const Resource &)> allowed = {})
{
    PropertyRow row = makeRow(
            key, label, EditorKind::TextList, acc,
            [](const std::vector<std::string> &list) {
                QStringList names;
                for (const auto &s : list)
                    names << QString::fromStdString(s);
                return QVariant(names.join(QStringLiteral(", ")));
            },
            [](const QVariant &v) -> Parsed<std::vector<std::string>> {
                std::vector<std::string> list;
                for (const auto &name : splitList(v.toString())) {
                    if (std::find(list.begin(), list.end(), name.toStdString()) != list.end())
                        return {std::nullopt, refusalText(io::DiagCode::DuplicateValue, {name})};
                    list.push_back(name.toStdString());
                }
                return {std::move(list), {}};
            });
    if (allowed) {
        auto write = row.write;
        row.write = [write, allowed, acc](const Design &d, Resource &r, const QVariant &v) -> std::optional<QString> {
            const QStringList names = allowed(d, r);
            for (const auto &name : splitList(v.toString())) {
                if (!names.contains(name))
                    return refusalText(io::DiagCode::InvalidEnumValue, {name, names.join(QStringLiteral(", "))});
            }
            return write(d, r, v);
        };
    }
    return row;
}

PropertyRow readOnlyRow(const QString &key, const QString &label,
                        std::function<QString(const Design &, const Resource &)> text,
                        std::function<QString(const Design &, const Resource &)> toolTip = {});

// A checkbox that adds or removes an optional part (a P2S configuration, a hub gateway).
template<typename A, typename T>
PropertyRow presenceRow(const QString &key, const QString &label, A acc, T whenAdded)
{
    PropertyRow row;
    row.key = key;
    row.label = label;
    row.editor = EditorKind::Bool;
    row.value = [acc](const Design &, const Resource &r) -> QVariant {
        const auto *p = acc(r);
        return p ? QVariant(p->has_value()) : QVariant();
    };
    row.write = [acc, whenAdded](const Design &, Resource &r, const QVariant &v) -> std::optional<QString> {
        auto *p = acc(r);
        if (!p)
            return staleText();
        if (!v.toBool())
            p->reset();
        else if (!p->has_value())
            *p = whenAdded;
        return std::nullopt;
    };
    return row;
}

} // namespace spokewise::views::rows
