#pragma once

// Shared by the routing subcommands (analyze, routes, trace): loading a design for analysis,
// resolving ELEMENT arguments, and the English texts and JSON of the engine's codes.

#include "cli.h"

#include "routing/analysis.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>

namespace spokewise::cli {

// Loads FILE; on failure prints the problems on stderr and returns nullopt (exit 2).
std::optional<Design> loadForAnalysis(const QString &fileName, Console &console);

// An id or a unique display name (subnets by id or "vnet/subnet name"); nullopt when unknown.
std::optional<Id> resolveElement(const Design &design, const QString &text);

// Resolves every --fail argument; prints an error and returns nullopt for an unknown one.
std::optional<std::set<Id>> resolveFailures(const Command &command, const Design &design, const QStringList &names,
                                            Console &console);

// English texts of the engine's codes.
QString reasonText(routing::Reason reason);
QString fixText(const routing::Fix &fix);
// "<sentence> (M-14, sub-code)": the finding with the elements by name.
QString findingText(const routing::Finding &finding, const Design &design);

nlohmann::ordered_json routeJson(const routing::RouteEntry &r);
nlohmann::ordered_json flowJson(const routing::FlowResult &f);
nlohmann::ordered_json assumptionsJson(const Assumptions &a);

// One line per route: "PREFIX  ORIGIN  NEXT-HOP [ELEMENT]  RULE".
QString routeLine(const routing::RouteEntry &r);

void printJson(const nlohmann::ordered_json &doc, Console &console);

} // namespace spokewise::cli
