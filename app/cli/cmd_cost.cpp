// spokewise-cli cost: prices a design with the bundled catalog (optionally overridden) and prints
// the lines as a table, JSON or CSV. The English texts of the cost model's codes are in
// views/cost/cost_text (context "CostText"), shared with the designer's Cost dock and the reports.
#include "cli.h"

#include "cost/cost_csv.h"
#include "cost/cost_model.h"
#include "cost/cost_text.h"
#include "cost/traffic_routing.h"
#include "io/design_file.h"
#include "text/diagnostic_text.h"

#include <QFile>

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>

namespace spokewise::cli {

namespace {

using namespace spokewise::cost;
using Json = nlohmann::ordered_json;

// The texts and number formats shared with the designer's Cost dock and the reports.
using views::categoryText;
using views::cents;
using views::directionSuffix;
using views::flagMarks;
using views::lineText;
using views::money;
using views::notPricedText;
using views::quantityText;
using views::unitText;

// What the command read: the design, the catalog in force, and the file names to show.
struct Inputs
{
    QString designFile;
    QString catalogFile; // empty: the bundled catalog only
    const Design *design = nullptr;
    const PriceCatalog *catalog = nullptr;
};

void printTable(const Inputs &in, const CostEstimate &e, Console &console)
{
    auto &out = console.out;
    out << "Cost estimate: " << QString::fromStdString(in.design->name) << " (" << in.designFile << ")\n";
    out << "Prices: catalog " << QString::fromStdString(e.catalogDate) << ", " << QString::fromStdString(e.currency)
        << " list prices (East US / Zone 1 unless noted), " << quantityText(e.options.hoursPerMonth) << " h a month";
    if (!in.catalogFile.isEmpty())
        out << ", with figures from " << in.catalogFile;
    out << "\n\n";

    // One table row, already as text, so that column widths can be measured first.
    struct Row
    {
        QString element, description, quantity, unitPrice, monthly, yearly, source, marks;
    };
    std::vector<Row> rows;
    rows.push_back({QStringLiteral("Element"), QStringLiteral("Item"), QStringLiteral("Quantity"),
                    QStringLiteral("Unit price"), QStringLiteral("Monthly"), QStringLiteral("Yearly"),
                    QStringLiteral("Source"), QString()});
    for (const CostLine &l : e.lines) {
        const QString source
                = QString::fromStdString(l.source)
                  + (l.sourceDate.empty() ? QString() : QLatin1Char(' ') + QString::fromStdString(l.sourceDate));
        rows.push_back({l.element.empty() ? QStringLiteral("(design)") : QString::fromStdString(l.element.str()),
                        lineText(l.code, l.category, l.args) + directionSuffix(l.trafficFlow, l.direction),
                        quantityText(l.quantity) + QLatin1Char(' ') + unitText(l.unit),
                        QString::fromStdString(formatCostNumber(l.unitPrice)), money(l.monthly), money(l.yearly()),
                        source, flagMarks(l)});
    }
    int widths[7] = {};
    for (const Row &r : rows) {
        const QString *cells[7]
                = {&r.element, &r.description, &r.quantity, &r.unitPrice, &r.monthly, &r.yearly, &r.source};
        for (int i = 0; i < 7; ++i)
            widths[i] = std::max(widths[i], static_cast<int>(cells[i]->size()));
    }
    for (const Row &r : rows) {
        QString line;
        QTextStream(&line) << r.element.leftJustified(widths[0]) << "  " << r.description.leftJustified(widths[1])
                           << "  " << r.quantity.rightJustified(widths[2]) << "  "
                           << r.unitPrice.rightJustified(widths[3]) << "  " << r.monthly.rightJustified(widths[4])
                           << "  " << r.yearly.rightJustified(widths[5]) << "  " << r.source.leftJustified(widths[6])
                           << ' ' << r.marks;
        out << line.trimmed() << '\n';
    }

    out << "\nBy category:\n";
    for (const auto &[category, monthly] : e.monthlyByCategory())
        out << "  " << categoryText(category).leftJustified(28) << money(monthly).rightJustified(12) << " a month  "
            << money(monthly * 12).rightJustified(13) << " a year\n";
    out << "\nTotal: " << money(e.monthlyTotal()) << ' ' << QString::fromStdString(e.currency) << " a month, "
        << money(e.yearlyTotal()) << ' ' << QString::fromStdString(e.currency) << " a year\n";
    out << "Marks: E estimated price, L legacy SKU, U assumed usage, O your catalog's figure.\n";
    if (e.hasEstimates())
        out << "Some prices are estimates (E): see docs/cost.md before quoting them.\n";

    if (!e.unpriced.empty()) {
        out << "\nNot priced (not included in the total):\n";
        for (const UnpricedItem &u : e.unpriced) {
            out << "  " << (u.element.empty() ? QStringLiteral("(design)") : QString::fromStdString(u.element.str()))
                << ": " << views::unpricedDescription(u) << ": " << notPricedText(u.reason, u.reasonArgs) << '\n';
        }
    }
}

Json stringArray(const std::vector<std::string> &values)
{
    Json array = Json::array();
    for (const auto &v : values)
        array.push_back(v);
    return array;
}

void printJson(const Inputs &in, const CostEstimate &e, Console &console)
{
    Json lines = Json::array();
    for (const CostLine &l : e.lines) {
        Json flags = Json::array();
        for (const CostFlag f : l.flags)
            flags.push_back(std::string(enumName(f)));
        lines.push_back({
                {"element", l.element.str()},
                {"trafficFlow", l.trafficFlow.str()},
                {"direction", l.direction == FlowDirection::Forward ? "forward" : "return"},
                {"category", std::string(enumName(l.category))},
                {"code", std::string(enumName(l.code))},
                {"args", stringArray(l.args)},
                {"description", lineText(l.code, l.category, l.args).toStdString()},
                {"quantity", l.quantity},
                {"unit", std::string(enumName(l.unit))},
                {"unitPrice", l.unitPrice},
                {"monthly", cents(l.monthly)},
                {"yearly", cents(l.yearly())},
                {"catalogItem", l.catalogItem},
                {"source", l.source},
                {"sourceDate", l.sourceDate},
                {"status", std::string(enumName(l.status))},
                {"flags", std::move(flags)},
        });
    }
    Json unpriced = Json::array();
    for (const UnpricedItem &u : e.unpriced) {
        unpriced.push_back({
                {"element", u.element.str()},
                {"trafficFlow", u.trafficFlow.str()},
                {"direction", u.direction == FlowDirection::Forward ? "forward" : "return"},
                {"category", std::string(enumName(u.category))},
                {"code", std::string(enumName(u.code))},
                {"args", stringArray(u.args)},
                {"description", lineText(u.code, u.category, u.args).toStdString()},
                {"reason", std::string(enumName(u.reason))},
                {"reasonArgs", stringArray(u.reasonArgs)},
                {"reasonText", notPricedText(u.reason, u.reasonArgs).toStdString()},
        });
    }
    Json byCategory = Json::object();
    for (const auto &[category, monthly] : e.monthlyByCategory())
        byCategory[std::string(enumName(category))] = {{"monthly", cents(monthly)}, {"yearly", cents(monthly * 12)}};
    Json byElement = Json::array();
    for (const auto &[element, monthly] : e.monthlyByElement())
        byElement.push_back({{"element", element.str()}, {"monthly", cents(monthly)}, {"yearly", cents(monthly * 12)}});
    const Json doc = {
            {"file", in.designFile.toStdString()},
            {"design", in.design->name},
            {"currency", e.currency},
            {"catalog",
             {{"date", e.catalogDate},
              {"overrideFile", in.catalogFile.toStdString()},
              {"overridden", e.catalogOverridden}}},
            {"hoursPerMonth", e.options.hoursPerMonth},
            {"p2sConnectedHoursPerUser", e.options.p2sConnectedHoursPerUser},
            {"lines", std::move(lines)},
            {"notPriced", std::move(unpriced)},
            {"totals",
             {{"monthly", cents(e.monthlyTotal())},
              {"yearly", cents(e.yearlyTotal())},
              {"byCategory", std::move(byCategory)},
              {"byElement", std::move(byElement)}}},
            {"hasEstimates", e.hasEstimates()},
    };
    console.out << QString::fromStdString(doc.dump(2, ' ', false, Json::error_handler_t::replace)) << '\n';
}

} // namespace

int runCost(const QStringList &arguments, Console &console)
{
    const Command &command = *findCommand(QStringLiteral("cost"));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the estimate as JSON on stdout."));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Write the lines as CSV on stdout."));
    const QCommandLineOption catalog(
            QStringLiteral("catalog"),
            QStringLiteral("Override figures of the bundled price catalog with those in FILE (see docs/cost.md)."),
            QStringLiteral("FILE"));
    const QCommandLineOption p2sHours = p2sHoursOption();
    parser.addOptions({json, csv, catalog, p2sHours});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file (*.spokewise.json)."));
    if (const auto stop = parseCommandLine(
                parser, command,
                QStringLiteral(
                        "Prices a design with the bundled price catalog (Azure list prices, USD, dated), line by\n"
                        "line, monthly and yearly. Items the catalog cannot price are listed, never counted as 0.\n"
                        "Exit status: 0 done, 2 unreadable or invalid design or catalog, or usage error."),
                arguments, console, 1, 1)) {
        return *stop;
    }
    if (parser.isSet(json) && parser.isSet(csv))
        return usageError(command, QStringLiteral("--json and --csv cannot be used together"), console);
    CostOptions options;
    if (const auto stop = readP2sHours(parser, p2sHours, command, console, options))
        return *stop;

    Inputs in;
    in.designFile = parser.positionalArguments().constFirst();
    const io::LoadResult load
            = io::loadDesignFile(std::filesystem::path(QFile::encodeName(in.designFile).toStdString()));
    if (!load.ok()) {
        for (const io::Diagnostic &d : load.diagnostics)
            console.err << views::diagnosticLine(in.designFile, d) << '\n';
        if (load.diagnostics.empty())
            console.err << in.designFile << ": error: the design could not be read.\n";
        return ExitInvalid;
    }
    in.design = &*load.design;

    std::optional<PriceCatalog> overridden;
    in.catalog = &bundledCatalog();
    if (parser.isSet(catalog)) {
        in.catalogFile = parser.value(catalog);
        CatalogLoadResult result = loadCatalogOverrides(
                bundledCatalog(), std::filesystem::path(QFile::encodeName(in.catalogFile).toStdString()));
        if (!result.ok()) {
            for (const io::Diagnostic &d : result.diagnostics)
                console.err << views::diagnosticLine(in.catalogFile, d) << '\n';
            return ExitInvalid;
        }
        overridden = std::move(result.catalog);
        in.catalog = &*overridden;
    }

    // Traffic flows are priced along the paths the routing engine walks for them.
    const CostEstimate estimate = estimateWithRouting(*in.design, *in.catalog, nullptr, options);
    if (parser.isSet(json))
        printJson(in, estimate, console);
    else if (parser.isSet(csv))
        console.out << views::costCsv(estimate); // the same CSV as the reports
    else
        printTable(in, estimate, console);
    return ExitOk;
}

} // namespace spokewise::cli
