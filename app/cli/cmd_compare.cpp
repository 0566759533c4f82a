// spokewise-cli compare: alternatives of a design side by side (model/cost/alternatives.h) — cost
// per category and in total, how many endpoint pairs each makes work, findings, and the flows
// (matched by endpoint name) whose verdict differs.
#include "cli.h"
#include "routing_text.h"

#include "cost/alternatives.h"
#include "cost/cost_text.h"
#include "text/diagnostic_text.h"

#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>

namespace spokewise::cli {

namespace {

using namespace spokewise::cost;
using Json = nlohmann::ordered_json;

// An alternative's name: its file name without the directory and the .spokewise.json suffix.
QString alternativeName(const QString &file)
{
    QString name = QFileInfo(file).fileName();
    for (const QString &suffix : {QStringLiteral(".spokewise.json"), QStringLiteral(".json")}) {
        if (name.endsWith(suffix) && name.size() > suffix.size()) {
            name.chop(suffix.size());
            break;
        }
    }
    return name;
}

// Column letters: A, B, ... Z, then AA, AB ...
QString columnLetter(std::size_t i)
{
    QString s;
    std::size_t n = i + 1;
    while (n > 0) {
        s.prepend(QChar(u'A' + static_cast<char16_t>((n - 1) % 26)));
        n = (n - 1) / 26;
    }
    return s;
}

QString verdictCell(const std::optional<PairVerdict> &v)
{
    return v ? QString::fromLatin1(enumName(v->verdict).data()) : QStringLiteral("-");
}

// A text table: first column left-aligned, the others right-aligned, two spaces apart.
class Table
{
public:
    void row(QStringList cells) { m_rows.push_back(std::move(cells)); }
    void print(QTextStream &out, bool rightAlign) const
    {
        std::vector<qsizetype> widths;
        for (const QStringList &r : m_rows) {
            for (qsizetype i = 0; i < r.size(); ++i) {
                if (static_cast<std::size_t>(i) >= widths.size())
                    widths.push_back(0);
                widths[static_cast<std::size_t>(i)] = std::max(widths[static_cast<std::size_t>(i)], r[i].size());
            }
        }
        for (const QStringList &r : m_rows) {
            QString line = QStringLiteral("  ");
            for (qsizetype i = 0; i < r.size(); ++i) {
                const qsizetype w = widths[static_cast<std::size_t>(i)];
                if (i > 0)
                    line += QStringLiteral("  ");
                line += i == 0 || !rightAlign ? r[i].leftJustified(w) : r[i].rightJustified(w);
            }
            out << line.trimmed().prepend(QStringLiteral("  ")) << '\n';
        }
    }

private:
    std::vector<QStringList> m_rows;
};

void printTable(const QStringList &files, const QString &catalogFile, const Comparison &c, Console &console)
{
    auto &out = console.out;
    const QString currency = QString::fromStdString(c.currency);
    out << "Alternatives compared: " << c.alternatives.size() << '\n';
    for (std::size_t i = 0; i < c.alternatives.size(); ++i) {
        out << "  " << columnLetter(i) << "  " << QString::fromStdString(c.alternatives[i].name) << " ("
            << files[static_cast<qsizetype>(i)] << ")\n";
    }
    out << "Prices: catalog " << QString::fromStdString(c.catalogDate) << ", " << currency
        << " list prices (East US / Zone 1 unless noted), 730 h a month, traffic along the routed paths, P2S users "
        << views::quantityText(c.alternatives.empty() ? kHoursPerMonth
                                                      : c.alternatives.front().estimate.options.p2sConnectedHoursPerUser)
        << " h connected each";
    if (!catalogFile.isEmpty())
        out << ", with figures from " << catalogFile;
    out << "\n\n";

    QStringList header{QStringLiteral("Monthly cost (%1)").arg(currency)};
    for (std::size_t i = 0; i < c.alternatives.size(); ++i)
        header << columnLetter(i);
    Table cost;
    cost.row(header);
    for (const CostCategory category : c.categories()) {
        QStringList cells{views::categoryText(category)};
        for (const AlternativeResult &a : c.alternatives) {
            const auto it = a.monthlyByCategory.find(category);
            const QString mark = a.estimatedCategories.count(category) ? QStringLiteral(" E") : QStringLiteral("  ");
            cells << (it == a.monthlyByCategory.end() ? QStringLiteral("-  ") : views::money(it->second) + mark);
        }
        cost.row(cells);
    }
    QStringList monthly{QStringLiteral("Total a month")};
    QStringList yearly{QStringLiteral("Total a year")};
    QStringList unpriced{QStringLiteral("Items not priced (not in the total)")};
    for (const AlternativeResult &a : c.alternatives) {
        const QString mark = a.hasEstimates ? QStringLiteral(" E") : QStringLiteral("  ");
        monthly << views::money(a.monthlyTotal) + mark;
        yearly << views::money(a.yearlyTotal) + mark;
        unpriced << QString::number(a.unpricedCount) + QStringLiteral("  ");
    }
    cost.row(monthly);
    cost.row(yearly);
    cost.row(unpriced);
    cost.print(out, true);
    out << "E: includes estimated prices (see docs/cost.md). spokewise-cli cost FILE lists every line.\n\n";

    Table flows;
    QStringList flowHeader{QStringLiteral("Endpoint pairs (ordered)")};
    for (std::size_t i = 0; i < c.alternatives.size(); ++i)
        flowHeader << columnLetter(i);
    flows.row(flowHeader);
    const auto countRow = [&](const QString &label, auto value) {
        QStringList cells{label};
        for (const AlternativeResult &a : c.alternatives)
            cells << QString::number(value(a));
        flows.row(cells);
    };
    countRow(QStringLiteral("Endpoints"), [](const AlternativeResult &a) { return a.reachability.endpoints; });
    countRow(QStringLiteral("Reachable"), [](const AlternativeResult &a) { return a.reachability.reachable; });
    countRow(QStringLiteral("Unreachable"), [](const AlternativeResult &a) { return a.reachability.unreachable; });
    countRow(QStringLiteral("Asymmetric"), [](const AlternativeResult &a) { return a.reachability.asymmetric; });
    countRow(QStringLiteral("Unsupported configuration"),
             [](const AlternativeResult &a) { return a.reachability.unsupportedConfig; });
    countRow(QStringLiteral("Indeterminate"), [](const AlternativeResult &a) { return a.reachability.indeterminate; });
    countRow(QStringLiteral("Findings: errors"),
             [](const AlternativeResult &a) { return a.findingsBySeverity[int(routing::Severity::Error)]; });
    countRow(QStringLiteral("Findings: unsupported"),
             [](const AlternativeResult &a) { return a.findingsBySeverity[int(routing::Severity::Unsupported)]; });
    countRow(QStringLiteral("Findings: warnings"),
             [](const AlternativeResult &a) { return a.findingsBySeverity[int(routing::Severity::Warning)]; });
    countRow(QStringLiteral("Findings: info"),
             [](const AlternativeResult &a) { return a.findingsBySeverity[int(routing::Severity::Info)]; });
    countRow(QStringLiteral("Violated intents"), [](const AlternativeResult &a) { return a.violatedIntents; });
    flows.print(out, true);

    out << '\n';
    if (c.differences.empty()) {
        out << "Flows that differ: none (every endpoint pair has the same verdict in each alternative).\n";
        return;
    }
    out << "Flows that differ (endpoints matched by name; - : no such pair):\n";
    Table diff;
    QStringList diffHeader{QStringLiteral("From -> To")};
    for (std::size_t i = 0; i < c.alternatives.size(); ++i)
        diffHeader << columnLetter(i);
    diff.row(diffHeader);
    for (const FlowDifference &d : c.differences) {
        QStringList cells{QString::fromStdString(d.source) + QStringLiteral(" -> ") + QString::fromStdString(d.destination)};
        for (const auto &v : d.verdicts)
            cells << verdictCell(v);
        diff.row(cells);
    }
    diff.print(out, false);
}

void printJson(const QStringList &files, const QString &catalogFile, const Comparison &c, Console &console)
{
    Json alternatives = Json::array();
    for (std::size_t i = 0; i < c.alternatives.size(); ++i) {
        const AlternativeResult &a = c.alternatives[i];
        Json categories = Json::object();
        for (const auto &[category, monthly] : a.monthlyByCategory)
            categories[std::string(enumName(category))] = views::cents(monthly);
        Json estimated = Json::array();
        for (const CostCategory category : a.estimatedCategories)
            estimated.push_back(std::string(enumName(category)));
        Json findings = Json::object();
        for (const auto severity : {routing::Severity::Error, routing::Severity::Unsupported,
                                    routing::Severity::Warning, routing::Severity::Info})
            findings[std::string(enumName(severity))] = a.findingsBySeverity[static_cast<std::size_t>(severity)];
        alternatives.push_back({
                {"name", a.name},
                {"file", files[static_cast<qsizetype>(i)].toStdString()},
                {"monthlyByCategory", std::move(categories)},
                {"monthlyTotal", views::cents(a.monthlyTotal)},
                {"yearlyTotal", views::cents(a.yearlyTotal)},
                {"hasEstimates", a.hasEstimates},
                {"estimatedCategories", std::move(estimated)},
                {"unpricedCount", a.unpricedCount},
                {"reachability",
                 {{"endpoints", a.reachability.endpoints},
                  {"reachable", a.reachability.reachable},
                  {"unreachable", a.reachability.unreachable},
                  {"asymmetric", a.reachability.asymmetric},
                  {"unsupportedConfig", a.reachability.unsupportedConfig},
                  {"indeterminate", a.reachability.indeterminate}}},
                {"findings", std::move(findings)},
                {"violatedIntents", a.violatedIntents},
        });
    }
    Json differences = Json::array();
    for (const FlowDifference &d : c.differences) {
        Json verdicts = Json::array();
        for (const auto &v : d.verdicts) {
            if (!v) {
                verdicts.push_back(nullptr);
                continue;
            }
            verdicts.push_back({{"verdict", std::string(enumName(v->verdict))},
                                {"reason", std::string(enumName(v->reason))},
                                {"rule", v->rule ? std::string(routing::ruleId(v->rule)) : std::string()}});
        }
        differences.push_back({{"source", d.source}, {"destination", d.destination}, {"verdicts", std::move(verdicts)}});
    }
    Json doc = {
            {"catalogDate", c.catalogDate},
            {"currency", c.currency},
            {"catalogFile", catalogFile.toStdString()},
            {"catalogOverridden", c.catalogOverridden},
            {"alternatives", std::move(alternatives)},
            {"differences", std::move(differences)},
    };
    cli::printJson(doc, console);
}

} // namespace

int runCompare(const QStringList &arguments, Console &console)
{
    const Command &command = *findCommand(QStringLiteral("compare"));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the comparison as JSON."));
    const QCommandLineOption catalog(
            QStringLiteral("catalog"),
            QStringLiteral("Override figures of the bundled price catalog with those in FILE (see docs/cost.md)."),
            QStringLiteral("FILE"));
    const QCommandLineOption p2sHours = p2sHoursOption();
    parser.addOptions({json, catalog, p2sHours});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Two or more design files, the alternatives."));
    if (const auto stop = parseCommandLine(
                parser, command,
                QStringLiteral(
                        "Compares alternatives of a design side by side: the monthly cost per category and in total\n"
                        "(traffic priced along the routed paths), how many endpoint pairs each makes work, the\n"
                        "findings, and the flows whose verdict differs (endpoints matched by name).\n"
                        "Exit status: 0 done, 2 unreadable or invalid design or catalog, or usage error."),
                arguments, console, 2, 64)) {
        return *stop;
    }

    CostOptions options;
    if (const auto stop = readP2sHours(parser, p2sHours, command, console, options))
        return *stop;

    const QStringList files = parser.positionalArguments();
    std::vector<Alternative> alternatives;
    bool failed = false;
    for (const QString &file : files) {
        std::optional<Design> design = loadForAnalysis(file, console);
        if (!design) {
            failed = true; // report every bad file, then stop
            continue;
        }
        alternatives.push_back(Alternative{alternativeName(file).toStdString(), std::move(*design), nullptr});
    }

    std::optional<PriceCatalog> overridden;
    const PriceCatalog *prices = &bundledCatalog();
    QString catalogFile;
    if (parser.isSet(catalog)) {
        catalogFile = parser.value(catalog);
        CatalogLoadResult result = loadCatalogOverrides(
                bundledCatalog(), std::filesystem::path(QFile::encodeName(catalogFile).toStdString()));
        if (!result.ok()) {
            for (const io::Diagnostic &d : result.diagnostics)
                console.err << views::diagnosticLine(catalogFile, d) << '\n';
            failed = true;
        } else {
            overridden = std::move(result.catalog);
            prices = &*overridden;
        }
    }
    if (failed)
        return ExitInvalid;

    const Comparison comparison = compareAlternatives(alternatives, *prices, options);
    if (parser.isSet(json))
        printJson(files, catalogFile, comparison, console);
    else
        printTable(files, catalogFile, comparison, console);
    return ExitOk;
}

} // namespace spokewise::cli
