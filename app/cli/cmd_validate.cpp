// spokewise-cli validate: reads a design file and runs the design checks on it.
#include "cli.h"

#include "shell/design_check.h"
#include "text/diagnostic_text.h"

#include <nlohmann/json.hpp>

namespace spokewise::cli {

namespace {

const char *severityName(io::Severity severity)
{
    switch (severity) {
    case io::Severity::Error: return "error";
    case io::Severity::Warning: return "warning";
    case io::Severity::Info: return "note";
    }
    return "error";
}

nlohmann::ordered_json diagnosticJson(const io::Diagnostic &d)
{
    nlohmann::ordered_json args = nlohmann::ordered_json::array();
    for (const std::string &a : d.args)
        args.push_back(a);
    return {
            {"code", views::diagCodeName(d.code)},
            {"severity", severityName(d.severity)},
            {"path", d.path},
            {"line", d.line},
            {"column", d.column},
            {"message", views::diagnosticText(d).toStdString()},
            {"elementId", d.elementId},
            {"ruleId", d.ruleId},
            {"args", std::move(args)},
    };
}

void printJson(const QString &fileName, const views::CheckedDesign &checked, int exitCode, Console &console)
{
    const io::Diagnostics all = checked.allDiagnostics();
    int counts[3] = {0, 0, 0};
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const io::Diagnostic &d : all) {
        ++counts[static_cast<int>(d.severity)];
        list.push_back(diagnosticJson(d));
    }
    const nlohmann::ordered_json doc = {
            {"file", fileName.toStdString()},
            {"loaded", checked.loaded()},
            {"valid", exitCode == ExitOk},
            {"exitCode", exitCode},
            {"elementCount", checked.loaded() ? checked.load.design->resources.size() : 0},
            {"errors", counts[static_cast<int>(io::Severity::Error)]},
            {"warnings", counts[static_cast<int>(io::Severity::Warning)]},
            {"notes", counts[static_cast<int>(io::Severity::Info)]},
            {"diagnostics", std::move(list)},
    };
    // Arguments echo bytes from the file; replace anything that is not UTF-8 rather than throw.
    console.out << QString::fromStdString(doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace))
                << '\n';
}

} // namespace

int runValidate(const QStringList &arguments, Console &console)
{
    const Command &command = *findCommand(QStringLiteral("validate"));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the result as JSON on stdout (see docs/cli.md)."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file (*.spokewise.json)."));
    if (const auto stop = parseCommandLine(
                parser, command,
                QStringLiteral("Reads a design file and runs the design checks on it.\n"
                               "Problems are written to stderr, one per line: FILE:LINE:COL: severity: message.\n"
                               "Exit status: 0 valid, 1 the design loads but has findings, 2 unreadable or invalid."),
                arguments, console, 1, 1)) {
        return *stop;
    }

    const QString fileName = parser.positionalArguments().constFirst();
    const views::CheckedDesign checked = views::loadAndCheckDesign(fileName);
    const io::Diagnostics all = checked.allDiagnostics();
    const int exitCode = !checked.loaded() ? ExitInvalid : (all.empty() ? ExitOk : ExitFindings);

    if (parser.isSet(json)) {
        printJson(fileName, checked, exitCode, console);
        return exitCode;
    }
    for (const io::Diagnostic &d : all)
        console.err << views::diagnosticLine(fileName, d) << '\n';
    if (!checked.loaded() && all.empty())
        console.err << fileName << ": error: the design could not be read.\n";
    if (exitCode == ExitOk) {
        console.out << fileName << ": valid (" << checked.load.design->resources.size() << " elements)\n";
    }
    return exitCode;
}

} // namespace spokewise::cli
