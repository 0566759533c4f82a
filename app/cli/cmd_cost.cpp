// spokewise-cli cost: prices a design with the bundled catalog (optionally overridden) and prints
// the lines as a table, JSON or CSV. The English texts of the cost model's codes live here; they go
// through QCoreApplication::translate under the context "CostText" so that the designer's cost
// dock can share them once they move to views/text.
#include "cli.h"

#include "cost/cost_model.h"
#include "io/design_file.h"
#include "text/diagnostic_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>

namespace spokewise::cli {

namespace {

using namespace spokewise::cost;
using Json = nlohmann::ordered_json;

// ---------------------------------------------------------------- texts for the cost model's codes

// Carries the translation context "CostText" for lupdate and tr().
class CostText
{
    Q_DECLARE_TR_FUNCTIONS(CostText)
};

QString arg(const std::vector<std::string> &args, std::size_t i)
{
    return i < args.size() ? QString::fromStdString(args[i]) : QString();
}

QString categoryText(CostCategory category)
{
    switch (category) {
    case CostCategory::VpnGateway: return CostText::tr("VPN gateways");
    case CostCategory::ExpressRoute: return CostText::tr("ExpressRoute");
    case CostCategory::RouteServer: return CostText::tr("Route Server");
    case CostCategory::Firewall: return CostText::tr("Azure Firewall");
    case CostCategory::VirtualWan: return CostText::tr("Virtual WAN");
    case CostCategory::Nva: return CostText::tr("Network virtual appliances");
    case CostCategory::Peering: return CostText::tr("VNet peering");
    case CostCategory::DataTransfer: return CostText::tr("Data transfer");
    }
    return {};
}

QString unitText(PriceUnit unit)
{
    switch (unit) {
    case PriceUnit::Hour: return CostText::tr("h");
    case PriceUnit::Month: return CostText::tr("month");
    case PriceUnit::Gigabyte: return CostText::tr("GB");
    case PriceUnit::TunnelHour: return CostText::tr("tunnel-h");
    case PriceUnit::ConnectionHour: return CostText::tr("connection-h");
    case PriceUnit::UserHour: return CostText::tr("user-h");
    case PriceUnit::ScaleUnitHour: return CostText::tr("SU-h");
    case PriceUnit::RiuHour: return CostText::tr("RIU-h");
    }
    return {};
}

QString lineText(CostLineCode code, CostCategory category, const std::vector<std::string> &a)
{
    switch (code) {
    case CostLineCode::GatewayHours:
        return category == CostCategory::ExpressRoute ? CostText::tr("ExpressRoute gateway %1").arg(arg(a, 0))
                                                      : CostText::tr("VPN gateway %1").arg(arg(a, 0));
    case CostLineCode::GatewayScaleUnits:
        return CostText::tr("ExpressRoute gateway ErGwScale, %1 scale units").arg(arg(a, 0));
    case CostLineCode::PublicIps: return CostText::tr("Standard public IPs: %1").arg(arg(a, 0));
    case CostLineCode::ExtraSiteToSiteTunnels:
        return CostText::tr("S2S tunnels: %1, %2 included, %3 extra").arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case CostLineCode::ExtraP2sConnections:
        return CostText::tr("P2S connections: %1, %2 included, %3 extra (%4 h connected each)")
                .arg(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
    case CostLineCode::CircuitPort:
        return CostText::tr("ExpressRoute circuit %1 Mbps, %2, %3").arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case CostLineCode::RouteServerHours: return CostText::tr("Route Server");
    case CostLineCode::ExtraRoutingInfrastructureUnits:
        return CostText::tr("Routing infrastructure units: %1, %2 included, %3 extra")
                .arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case CostLineCode::FirewallHours: return CostText::tr("Azure Firewall %1").arg(arg(a, 0));
    case CostLineCode::HubHours: return CostText::tr("Virtual hub (%1)").arg(arg(a, 0));
    case CostLineCode::HubVpnScaleUnits: return CostText::tr("Hub S2S VPN gateway, %1 scale units").arg(arg(a, 0));
    case CostLineCode::HubVpnConnectionUnits: return CostText::tr("Hub S2S connection units: %1").arg(arg(a, 0));
    case CostLineCode::HubP2sScaleUnits: return CostText::tr("Hub P2S gateway, %1 scale units").arg(arg(a, 0));
    case CostLineCode::HubP2sConnectionUnits:
        return CostText::tr("Hub P2S connection units: %1 users, %2 h connected each").arg(arg(a, 0), arg(a, 1));
    case CostLineCode::HubExpressRouteScaleUnits:
        return CostText::tr("Hub ExpressRoute gateway, scale units %1-%2 of %3").arg(arg(a, 1), arg(a, 2), arg(a, 0));
    case CostLineCode::HubExpressRouteConnectionUnits:
        return CostText::tr("Hub ExpressRoute connection units: %1").arg(arg(a, 0));
    case CostLineCode::NvaVmHours: return CostText::tr("NVA VMs: %2 x %1").arg(arg(a, 0), arg(a, 1));
    case CostLineCode::NvaLicenceAndDisks: return CostText::tr("NVA disks and vendor licence (%1)").arg(arg(a, 0));
    case CostLineCode::PeeringOutbound:
        return CostText::tr("Peering (%4) outbound, %1 -> %2").arg(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
    case CostLineCode::PeeringInbound:
        return CostText::tr("Peering (%4) inbound, %1 -> %2").arg(arg(a, 0), arg(a, 1), arg(a, 2), arg(a, 3));
    case CostLineCode::FirewallDataProcessed: return CostText::tr("Firewall data processed");
    case CostLineCode::HubDataProcessed: return CostText::tr("Hub data processed");
    case CostLineCode::InterHubTransfer: return CostText::tr("Hub-to-hub data, %1 -> %2").arg(arg(a, 0), arg(a, 1));
    case CostLineCode::ExpressRouteMeteredEgress: return CostText::tr("ExpressRoute metered outbound data");
    case CostLineCode::VnetToVnetTransfer: return CostText::tr("VNet-to-VNet VPN data");
    case CostLineCode::GlobalReachTransfer: return CostText::tr("Global Reach data");
    case CostLineCode::InternetEgressTier:
        return arg(a, 1).isEmpty() ? CostText::tr("Internet data out, beyond %1 GB").arg(arg(a, 0))
                                   : CostText::tr("Internet data out, %1-%2 GB tier").arg(arg(a, 0), arg(a, 1));
    case CostLineCode::TrafficFlow: return CostText::tr("Traffic, %1 GB a month").arg(arg(a, 0));
    }
    return {};
}

QString reasonText(NotPricedReason reason, const std::vector<std::string> &a)
{
    switch (reason) {
    case NotPricedReason::NoCatalogItem: return CostText::tr("the catalog has no item %1").arg(arg(a, 0));
    case NotPricedReason::WrongCatalogUnit:
        return CostText::tr("catalog item %1 is priced per %2, not per %3").arg(arg(a, 0), arg(a, 1), arg(a, 2));
    case NotPricedReason::ScaleUnitsMissing: return CostText::tr("the gateway has no scale units");
    case NotPricedReason::ScaleUnitsBeyondCatalog:
        return CostText::tr("%1 scale units; the catalog prices up to %2").arg(arg(a, 0), arg(a, 1));
    case NotPricedReason::UnknownRegion:
        return CostText::tr("region %1 is not in the catalog's region table").arg(arg(a, 0));
    case NotPricedReason::NoPriceForGeographies:
        return CostText::tr("no price between %1 and %2").arg(arg(a, 0), arg(a, 1));
    case NotPricedReason::UnknownElement: return CostText::tr("the design has no suitable element %1").arg(arg(a, 0));
    case NotPricedReason::PathNotComputed: return CostText::tr("no path has been computed for this flow");
    case NotPricedReason::FlowNotRoutable: return CostText::tr("the flow has no route (%1)").arg(arg(a, 0));
    case NotPricedReason::OutsideCatalogScope: return CostText::tr("not in any price catalog");
    }
    return {};
}

QString flagMarks(const CostLine &line)
{
    QString marks;
    if (line.hasFlag(CostFlag::Estimate))
        marks += QLatin1Char('E');
    if (line.hasFlag(CostFlag::LegacySku))
        marks += QLatin1Char('L');
    if (line.hasFlag(CostFlag::UsageAssumed))
        marks += QLatin1Char('U');
    if (line.hasFlag(CostFlag::UserOverride))
        marks += QLatin1Char('O');
    return marks;
}

QString directionSuffix(const Id &flow, FlowDirection direction)
{
    if (flow.empty())
        return {};
    return direction == FlowDirection::Forward
                   ? QStringLiteral(" [%1]").arg(QString::fromStdString(flow.str()))
                   : QStringLiteral(" [%1, return]").arg(QString::fromStdString(flow.str()));
}

// ---------------------------------------------------------------- output

double cents(double value)
{
    return std::round(value * 100) / 100;
}

QString money(double value)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(cents(value), 'f', 2);
}

QString quantityText(double value)
{
    return QString::fromStdString(formatCostNumber(std::round(value * 10000) / 10000));
}

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
                << ": " << lineText(u.code, u.category, u.args)
                << (u.trafficFlow == u.element ? QString() : directionSuffix(u.trafficFlow, u.direction))
                << (u.trafficFlow == u.element && u.direction == FlowDirection::Return ? QStringLiteral(" (return)")
                                                                                       : QString())
                << ": " << reasonText(u.reason, u.reasonArgs) << '\n';
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
                {"reasonText", reasonText(u.reason, u.reasonArgs).toStdString()},
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

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void printCsv(const CostEstimate &e, Console &console)
{
    const auto row = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        console.out << quoted.join(QLatin1Char(',')) << '\n';
    };
    row({QStringLiteral("element"), QStringLiteral("category"), QStringLiteral("description"),
         QStringLiteral("quantity"), QStringLiteral("unit"), QStringLiteral("unitPrice"), QStringLiteral("monthly"),
         QStringLiteral("yearly"), QStringLiteral("currency"), QStringLiteral("status"), QStringLiteral("flags"),
         QStringLiteral("catalogItem"), QStringLiteral("source"), QStringLiteral("sourceDate"),
         QStringLiteral("trafficFlow"), QStringLiteral("direction"), QStringLiteral("notPriced")});
    const QString currency = QString::fromStdString(e.currency);
    const auto dir = [](const Id &flow, FlowDirection d) {
        return flow.empty()                  ? QString()
               : d == FlowDirection::Forward ? QStringLiteral("forward")
                                             : QStringLiteral("return");
    };
    for (const CostLine &l : e.lines) {
        QStringList flags;
        for (const CostFlag f : l.flags)
            flags << QString::fromLatin1(enumName(f).data(), enumName(f).size());
        row({QString::fromStdString(l.element.str()), QString::fromLatin1(enumName(l.category).data()),
             lineText(l.code, l.category, l.args), quantityText(l.quantity),
             QString::fromLatin1(enumName(l.unit).data()), QString::fromStdString(formatCostNumber(l.unitPrice)),
             QString::number(cents(l.monthly), 'f', 2), QString::number(cents(l.yearly()), 'f', 2), currency,
             QString::fromLatin1(enumName(l.status).data()), flags.join(QLatin1Char(' ')),
             QString::fromStdString(l.catalogItem), QString::fromStdString(l.source),
             QString::fromStdString(l.sourceDate), QString::fromStdString(l.trafficFlow.str()),
             dir(l.trafficFlow, l.direction), QString()});
    }
    for (const UnpricedItem &u : e.unpriced) {
        row({QString::fromStdString(u.element.str()), QString::fromLatin1(enumName(u.category).data()),
             lineText(u.code, u.category, u.args), QString(), QString(), QString(), QString(), QString(), currency,
             QString(), QString(), QString(), QString(), QString(), QString::fromStdString(u.trafficFlow.str()),
             dir(u.trafficFlow, u.direction), reasonText(u.reason, u.reasonArgs)});
    }
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
    const QCommandLineOption p2sHours(
            QStringLiteral("p2s-hours"),
            QStringLiteral("Hours a month each P2S user is connected (default 730: always connected)."),
            QStringLiteral("HOURS"));
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
    if (parser.isSet(p2sHours)) {
        bool ok = false;
        const double hours = parser.value(p2sHours).toDouble(&ok);
        if (!ok || !std::isfinite(hours) || hours < 0 || hours > kHoursPerMonth) {
            return usageError(
                    command,
                    QStringLiteral("--p2s-hours must be a number from 0 to 730, not '%1'").arg(parser.value(p2sHours)),
                    console);
        }
        options.p2sConnectedHoursPerUser = hours;
    }

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

    // The routing engine does not hand traffic paths to the cost model yet: traffic flows are
    // listed as not priced ("no path has been computed").
    const CostEstimate estimate = estimateCost(*in.design, *in.catalog, TrafficInput{}, options);
    if (parser.isSet(json))
        printJson(in, estimate, console);
    else if (parser.isSet(csv))
        printCsv(estimate, console);
    else
        printTable(in, estimate, console);
    return ExitOk;
}

} // namespace spokewise::cli
