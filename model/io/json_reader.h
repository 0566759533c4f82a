#pragma once

#include "design/enums.h"
#include "design/id.h"
#include "io/diagnostic.h"
#include "net/ipv4.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace spokewise::io {

using Json = nlohmann::ordered_json;

// Name of a JSON value's type as the file format documentation says it ("object", "string", ...).
std::string jsonTypeName(const Json &value);

// Reads one JSON object field by field, collecting diagnostics with JSONPaths instead of throwing.
// Every field read is marked used; finish() reports the fields nobody asked for.
class JsonObjectReader final
{
public:
    enum class Need { Required, Optional };

    JsonObjectReader(const Json &value, std::string path, Diagnostics &out);

    bool valid() const { return m_object != nullptr; }
    const std::string &path() const { return m_path; }
    Diagnostics &diagnostics() { return m_out; }
    bool has(std::string_view key) const;

    // The raw member (marked used), or nullptr (MissingField when required).
    const Json *member(std::string_view key, Need need);
    std::string memberPath(std::string_view key) const;

    // Typed reads: return false (and leave `out` alone) when absent or invalid; invalid values
    // and missing required fields are reported.
    bool readString(std::string_view key, std::string &out, Need need, bool allowEmpty = true);
    bool readBool(std::string_view key, bool &out, Need need = Need::Optional);
    bool readInt(std::string_view key, std::int64_t &out, std::int64_t min, std::int64_t max, Need need);
    template<typename T>
    bool readInt(std::string_view key, T &out, std::int64_t min, std::int64_t max, Need need)
    {
        std::int64_t v = 0;
        if (!readInt(key, v, min, max, need))
            return false;
        out = static_cast<T>(v);
        return true;
    }
    bool readNumber(std::string_view key, double &out, double min, double max, Need need);
    bool readPrefix(std::string_view key, net::Prefix &out, Need need);
    bool readPrefixes(std::string_view key, std::vector<net::Prefix> &out, Need need);
    bool readIp(std::string_view key, net::Ipv4Address &out, Need need);
    bool readId(std::string_view key, Id &out, Need need);
    bool readStrings(std::string_view key, std::vector<std::string> &out, Need need);
    // An array member; returns nullptr when absent or not an array (reported).
    const Json *readArray(std::string_view key, Need need);

    template<typename E>
    bool readEnum(std::string_view key, E &out, Need need)
    {
        std::string text;
        if (!readString(key, text, need))
            return false;
        if (const auto v = enumFromName<E>(text)) {
            out = *v;
            return true;
        }
        reportEnum(memberPath(key), text, allowedNames<E>());
        return false;
    }

    template<typename E>
    bool readEnumList(std::string_view key, std::vector<E> &out, Need need)
    {
        const Json *array = readArray(key, need);
        if (!array)
            return false;
        std::vector<E> values;
        bool ok = true;
        for (std::size_t i = 0; i < array->size(); ++i) {
            const auto &item = (*array)[i];
            const auto p = indexPathOf(key, i);
            if (!item.is_string()) {
                reportType(p, "string", item);
                ok = false;
            } else if (const auto v = enumFromName<E>(item.template get<std::string>())) {
                values.push_back(*v);
            } else {
                reportEnum(p, item.template get<std::string>(), allowedNames<E>());
                ok = false;
            }
        }
        if (ok)
            out = std::move(values);
        return ok;
    }

    // Reports every member that was never read.
    void finish();

    void report(DiagCode code, std::vector<std::string> args, const std::string &path);
    void reportType(const std::string &path, std::string_view expected, const Json &actual);

    template<typename E>
    static std::string allowedNames()
    {
        std::string all;
        for (const auto &[v, name] : enumEntries<E>()) {
            if (!all.empty())
                all += ", ";
            all += name;
        }
        return all;
    }

private:
    void reportEnum(const std::string &path, const std::string &value, const std::string &allowed);
    std::string indexPathOf(std::string_view key, std::size_t index) const;

    const Json *m_object = nullptr;
    std::string m_path;
    Diagnostics &m_out;
    std::set<std::string, std::less<>> m_used;
};

// Parses a prefix value at `path`, reporting syntax, range and host-bit problems.
std::optional<net::Prefix> parsePrefixAt(const Json &value, const std::string &path, Diagnostics &out);

} // namespace spokewise::io
