#include "io/json_reader.h"

#include "io/json_positions.h"

#include <cmath>

namespace spokewise::io {

std::string jsonTypeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "object";
    case Json::value_t::array: return "array";
    case Json::value_t::string: return "string";
    case Json::value_t::boolean: return "boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "integer";
    case Json::value_t::number_float: return "number";
    case Json::value_t::binary: return "binary";
    case Json::value_t::discarded: break;
    }
    return "invalid";
}

JsonObjectReader::JsonObjectReader(const Json &value, std::string path, Diagnostics &out)
    : m_path(std::move(path)), m_out(out)
{
    if (value.is_object())
        m_object = &value;
    else
        reportType(m_path, "object", value);
}

bool JsonObjectReader::has(std::string_view key) const
{
    return m_object && m_object->find(key) != m_object->end();
}

std::string JsonObjectReader::memberPath(std::string_view key) const
{
    return childPath(m_path, key);
}

std::string JsonObjectReader::indexPathOf(std::string_view key, std::size_t index) const
{
    return indexPath(memberPath(key), index);
}

const Json *JsonObjectReader::member(std::string_view key, Need need)
{
    if (!m_object)
        return nullptr;
    m_used.emplace(key);
    const auto it = m_object->find(key);
    if (it == m_object->end()) {
        if (need == Need::Required)
            report(DiagCode::MissingField, {std::string(key)}, m_path);
        return nullptr;
    }
    return &*it;
}

bool JsonObjectReader::readString(std::string_view key, std::string &out, Need need, bool allowEmpty)
{
    const Json *v = member(key, need);
    if (!v)
        return false;
    if (!v->is_string()) {
        reportType(memberPath(key), "string", *v);
        return false;
    }
    auto text = v->get<std::string>();
    if (!allowEmpty && text.empty()) {
        report(DiagCode::EmptyString, {}, memberPath(key));
        return false;
    }
    out = std::move(text);
    return true;
}

bool JsonObjectReader::readBool(std::string_view key, bool &out, Need need)
{
    const Json *v = member(key, need);
    if (!v)
        return false;
    if (!v->is_boolean()) {
        reportType(memberPath(key), "boolean", *v);
        return false;
    }
    out = v->get<bool>();
    return true;
}

bool JsonObjectReader::readInt(std::string_view key, std::int64_t &out, std::int64_t min, std::int64_t max,
                               Need need)
{
    const Json *v = member(key, need);
    if (!v)
        return false;
    std::int64_t value = 0;
    if (v->is_number_unsigned()) {
        const auto u = v->get<std::uint64_t>();
        if (u > static_cast<std::uint64_t>(max)) {
            report(DiagCode::OutOfRange, {std::to_string(u), std::to_string(min), std::to_string(max)},
                   memberPath(key));
            return false;
        }
        value = static_cast<std::int64_t>(u);
    } else if (v->is_number_integer()) {
        value = v->get<std::int64_t>();
    } else {
        reportType(memberPath(key), "integer", *v);
        return false;
    }
    if (value < min || value > max) {
        report(DiagCode::OutOfRange, {std::to_string(value), std::to_string(min), std::to_string(max)},
               memberPath(key));
        return false;
    }
    out = value;
    return true;
}

namespace {

std::string formatNumber(double value)
{
    if (value == static_cast<double>(static_cast<std::int64_t>(value)) && value > -1e15 && value < 1e15)
        return std::to_string(static_cast<std::int64_t>(value));
    Json j = value;
    return j.dump();
}

} // namespace

bool JsonObjectReader::readNumber(std::string_view key, double &out, double min, double max, Need need)
{
    const Json *v = member(key, need);
    if (!v)
        return false;
    if (!v->is_number()) {
        reportType(memberPath(key), "number", *v);
        return false;
    }
    const double value = v->get<double>();
    if (!std::isfinite(value) || value < min || value > max) {
        report(DiagCode::OutOfRange, {formatNumber(value), formatNumber(min), formatNumber(max)}, memberPath(key));
        return false;
    }
    out = value;
    return true;
}

std::optional<net::Prefix> parsePrefixAt(const Json &value, const std::string &path, Diagnostics &out)
{
    if (!value.is_string()) {
        out.push_back(makeError(DiagCode::WrongType, {"string", jsonTypeName(value)}, path));
        return std::nullopt;
    }
    const auto text = value.get<std::string>();
    const auto parsed = net::Prefix::parse(text);
    if (parsed.prefix)
        return parsed.prefix;
    switch (parsed.error) {
    case net::PrefixError::HostBitsSet:
        out.push_back(makeError(DiagCode::PrefixHostBitsSet, {text, parsed.suggestion->toString()}, path));
        break;
    case net::PrefixError::LengthRange:
        out.push_back(makeError(DiagCode::PrefixLengthOutOfRange, {text}, path));
        break;
    case net::PrefixError::Syntax:
        out.push_back(makeError(DiagCode::InvalidPrefix, {text}, path));
        break;
    }
    return std::nullopt;
}

bool JsonObjectReader::readPrefix(std::string_view key, net::Prefix &out, Need need)
{
    const Json *v = member(key, need);
    if (!v)
        return false;
    if (const auto p = parsePrefixAt(*v, memberPath(key), m_out)) {
        out = *p;
        return true;
    }
    return false;
}

const Json *JsonObjectReader::readArray(std::string_view key, Need need)
{
    const Json *v = member(key, need);
    if (!v)
        return nullptr;
    if (!v->is_array()) {
        reportType(memberPath(key), "array", *v);
        return nullptr;
    }
    return v;
}

bool JsonObjectReader::readPrefixes(std::string_view key, std::vector<net::Prefix> &out, Need need)
{
    const Json *array = readArray(key, need);
    if (!array)
        return false;
    std::vector<net::Prefix> values;
    bool ok = true;
    for (std::size_t i = 0; i < array->size(); ++i) {
        if (const auto p = parsePrefixAt((*array)[i], indexPathOf(key, i), m_out))
            values.push_back(*p);
        else
            ok = false;
    }
    if (ok)
        out = std::move(values);
    return ok;
}

bool JsonObjectReader::readIp(std::string_view key, net::Ipv4Address &out, Need need)
{
    std::string text;
    if (!readString(key, text, need))
        return false;
    if (const auto a = net::Ipv4Address::parse(text)) {
        out = *a;
        return true;
    }
    report(DiagCode::InvalidIpAddress, {text}, memberPath(key));
    return false;
}

bool JsonObjectReader::readId(std::string_view key, Id &out, Need need)
{
    std::string text;
    if (!readString(key, text, need))
        return false;
    if (!Id::isValid(text)) {
        report(DiagCode::InvalidId, {text}, memberPath(key));
        return false;
    }
    out = Id(std::move(text));
    return true;
}

bool JsonObjectReader::readStrings(std::string_view key, std::vector<std::string> &out, Need need)
{
    const Json *array = readArray(key, need);
    if (!array)
        return false;
    std::vector<std::string> values;
    bool ok = true;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto &item = (*array)[i];
        if (item.is_string()) {
            values.push_back(item.get<std::string>());
        } else {
            reportType(indexPathOf(key, i), "string", item);
            ok = false;
        }
    }
    if (ok)
        out = std::move(values);
    return ok;
}

void JsonObjectReader::finish()
{
    if (!m_object)
        return;
    for (const auto &[key, value] : m_object->items()) {
        if (!m_used.count(key))
            report(DiagCode::UnknownField, {key}, memberPath(key));
    }
}

void JsonObjectReader::report(DiagCode code, std::vector<std::string> args, const std::string &path)
{
    m_out.push_back(makeError(code, std::move(args), path));
}

void JsonObjectReader::reportType(const std::string &path, std::string_view expected, const Json &actual)
{
    report(DiagCode::WrongType, {std::string(expected), jsonTypeName(actual)}, path);
}

void JsonObjectReader::reportEnum(const std::string &path, const std::string &value, const std::string &allowed)
{
    report(DiagCode::InvalidEnumValue, {value, allowed}, path);
}

} // namespace spokewise::io
