// spokewise-cli analyze: the routing analysis of a design: findings, intents, the reachability
// matrix in figures, and with --fail the flows lost or moved by the failures.
#include "routing_text.h"

#include "analysis/finding_text.h"

#include <map>

namespace spokewise::cli {

using namespace routing;

namespace {

constexpr std::size_t kMaxListedFlows = 10000;

nlohmann::ordered_json changeJson(const FlowChange &c)
{
    return {{"source", c.source.str()},
            {"destination", c.destination.str()},
            {"before", std::string(enumName(c.before.verdict))},
            {"after", std::string(enumName(c.after.verdict))},
            {"afterReason", std::string(enumName(c.after.reason))},
            {"afterRule", std::string(ruleId(c.after.rule))}};
}

} // namespace

int runAnalyze(const QStringList &arguments, Console &console)
{
    const Command &command = *findCommand(QStringLiteral("analyze"));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the result as JSON (docs/cli.md)."));
    const QCommandLineOption fail(QStringLiteral("fail"), QStringLiteral("Treat ELEMENT (id or unique name) as down; repeatable."),
                                  QStringLiteral("ELEMENT"));
    parser.addOption(json);
    parser.addOption(fail);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file."));
    if (const auto stop = parseCommandLine(parser, command,
                                           QStringLiteral("Analyses the routing of a design (ROUTING.md): findings, intents and "
                                                          "the reachability matrix.\nExit status: 0 no error finding and no "
                                                          "violated intent, 1 otherwise, 2 bad input."),
                                           arguments, console, 1, 1))
        return *stop;
    const QString fileName = parser.positionalArguments().constFirst();
    const auto design = loadForAnalysis(fileName, console);
    if (!design)
        return ExitInvalid;
    const auto failed = resolveFailures(command, *design, parser.values(fail), console);
    if (!failed)
        return ExitInvalid;

    AnalyzeOptions options;
    options.failed = *failed;
    const Analysis a = analyze(*design, options);
    std::optional<AnalysisDiff> changes;
    if (!failed->empty())
        changes = diff(analyze(*design), a);

    const auto &eps = a.endpoints();
    std::map<Verdict, std::size_t> counts;
    nlohmann::ordered_json notReachable = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < eps.size(); ++i) {
        for (std::size_t j = 0; j < eps.size(); ++j) {
            if (i == j)
                continue;
            const MatrixCell c = a.cell(static_cast<int>(i), static_cast<int>(j));
            ++counts[c.verdict];
            if (c.verdict != Verdict::Reachable && notReachable.size() < kMaxListedFlows)
                notReachable.push_back({{"source", eps[i].id.str()}, {"destination", eps[j].id.str()},
                                        {"verdict", std::string(enumName(c.verdict))},
                                        {"reason", std::string(enumName(c.reason))}, {"rule", std::string(ruleId(c.rule))}});
        }
    }
    const int exitCode = a.hasErrors() ? ExitFindings : ExitOk;

    if (parser.isSet(json)) {
        nlohmann::ordered_json findings = nlohmann::ordered_json::array();
        for (const Finding &f : a.findings()) {
            nlohmann::ordered_json elements = nlohmann::ordered_json::array();
            for (const Id &e : f.elements)
                elements.push_back(e.str());
            findings.push_back({{"check", std::string(ruleId(f.check))}, {"severity", std::string(enumName(f.severity))},
                                {"code", f.code}, {"elements", elements}, {"args", f.args},
                                {"message", views::findingText(f, *design).toStdString()}});
        }
        nlohmann::ordered_json intents = nlohmann::ordered_json::array();
        for (const IntentResult &i : a.intents())
            intents.push_back({{"intent", i.intent.str()}, {"satisfied", i.satisfied},
                               {"verdict", std::string(enumName(i.verdict))}, {"reason", std::string(enumName(i.reason))},
                               {"rule", std::string(ruleId(i.rule))}});
        nlohmann::ordered_json verdicts = nlohmann::ordered_json::object();
        for (const auto &[v, name] : spokewise::enumEntries<Verdict>())
            verdicts[std::string(name)] = counts[v];
        nlohmann::ordered_json endpoints = nlohmann::ordered_json::array();
        for (const Endpoint &e : eps)
            endpoints.push_back(e.id.str());
        nlohmann::ordered_json failedJson = nlohmann::ordered_json::array();
        for (const Id &f : *failed)
            failedJson.push_back(f.str());
        nlohmann::ordered_json doc = {{"file", fileName.toStdString()},
                                      {"exitCode", exitCode},
                                      {"assumptions", assumptionsJson(a.assumptions())},
                                      {"failed", failedJson},
                                      {"endpoints", endpoints},
                                      {"verdicts", verdicts},
                                      {"notReachable", notReachable},
                                      {"notReachableTruncated", notReachable.size() >= kMaxListedFlows},
                                      {"findings", findings},
                                      {"intents", intents}};
        if (changes) {
            nlohmann::ordered_json lost = nlohmann::ordered_json::array(), moved = nlohmann::ordered_json::array(),
                                   gained = nlohmann::ordered_json::array(), other = nlohmann::ordered_json::array();
            for (const FlowChange &c : changes->lost) lost.push_back(changeJson(c));
            for (const FlowChange &c : changes->moved) moved.push_back(changeJson(c));
            for (const FlowChange &c : changes->gained) gained.push_back(changeJson(c));
            for (const FlowChange &c : changes->changed) other.push_back(changeJson(c));
            doc["whatIf"] = {{"lost", lost}, {"moved", moved}, {"gained", gained}, {"changed", other}};
        }
        printJson(doc, console);
        return exitCode;
    }

    console.out << fileName << ": " << eps.size() << " endpoints";
    for (const auto &[v, name] : spokewise::enumEntries<Verdict>())
        console.out << ", " << counts[v] << ' ' << QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
    console.out << " (ordered pairs)\n";
    for (const Finding &f : a.findings())
        console.out << QString::fromLatin1(enumName(f.severity).data()) << ": " << findingText(f, *design) << '\n';
    for (const IntentResult &i : a.intents()) {
        console.out << "intent " << QString::fromStdString(i.intent.str()) << ": "
                    << (i.satisfied ? "satisfied" : "VIOLATED") << " ("
                    << QString::fromLatin1(enumName(i.verdict).data()) << ", " << reasonText(i.reason)
                    << (i.rule ? QStringLiteral(", ") + QString::fromUtf8(ruleId(i.rule).data()) : QString()) << ")\n";
    }
    if (changes) {
        for (const FlowChange &c : changes->lost)
            console.out << "lost: " << QString::fromStdString(c.source.str()) << " -> "
                        << QString::fromStdString(c.destination.str()) << " (" << reasonText(c.after.reason) << ", "
                        << QString::fromUtf8(ruleId(c.after.rule).data()) << ")\n";
        for (const FlowChange &c : changes->moved)
            console.out << "moved: " << QString::fromStdString(c.source.str()) << " -> "
                        << QString::fromStdString(c.destination.str()) << " (another path)\n";
        for (const FlowChange &c : changes->gained)
            console.out << "gained: " << QString::fromStdString(c.source.str()) << " -> "
                        << QString::fromStdString(c.destination.str()) << '\n';
    }
    return exitCode;
}

} // namespace spokewise::cli
