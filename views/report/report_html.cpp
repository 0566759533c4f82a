#include "report/report_html.h"

#include "analysis/finding_text.h"
#include "cost/cost_text.h"
#include "report/report_data.h"
#include "report/report_pictures.h"
#include "text/element_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <set>

namespace spokewise::views {

using namespace spokewise::cost;

namespace {

// Carries the translation context "ReportText" for lupdate and tr().
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

// Layout rules both QTextDocument and browsers apply the same way.
const char *const kCommonStyle = R"(
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 9pt; color: #1d2329; }
h1 { font-size: 20pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; color: #12365f; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 16px; margin-bottom: 6px; color: #12365f; }
h3 { font-size: 10pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 2px; margin-bottom: 4px; }
.subtitle { font-size: 11pt; color: #4a5661; }
.muted { color: #5b6670; }
.small { font-size: 8pt; }
.total { font-weight: bold; }
.mark { font-weight: bold; color: #9a5b00; }
.error { color: #b3261e; font-weight: bold; }
.warning { color: #9a5b00; font-weight: bold; }
table.grid { border-collapse: collapse; border-color: #c4ccd4; margin-bottom: 8px; }
table.grid th { background-color: #e6edf5; font-weight: bold; text-align: left; }
table.grid td, table.grid th { border: 1px solid #c4ccd4; padding: 3px 5px; }
table.facts td { padding-right: 12px; }
)";

// Rules only a browser needs: a readable page width and table cell borders.
const char *const kBrowserStyle = R"(
body { max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.35; }
table.grid td, table.grid th { vertical-align: top; }
img.picture { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; } }
)";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString str(const std::string &text)
{
    return QString::fromStdString(text);
}

QString dateText(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("yyyy-MM-dd"));
}

// A section heading; `newPage` starts it on a new page when printed.
QString heading(const QString &text, bool newPage = false)
{
    return newPage ? QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n").arg(esc(text))
                   : QStringLiteral("<h2>%1</h2>\n").arg(esc(text));
}

// A table with a header row repeated on every printed page. `right` lists the right-aligned columns.
class Table
{
public:
    // `widths`: percentages of the page width per column (0 or missing: as the text needs).
    // `tableWidth`: percentage of the page width the table takes.
    Table(const QStringList &headers, std::set<int> right = {}, std::set<int> nowrap = {},
          const QList<int> &widths = {}, int tableWidth = 100)
        : m_right(std::move(right))
        , m_nowrap(std::move(nowrap))
    {
        m_html = QStringLiteral("<table class=\"grid\" width=\"%1%\" border=\"1\" cellspacing=\"0\" "
                                "cellpadding=\"3\">\n<thead><tr>")
                         .arg(tableWidth);
        for (int i = 0; i < headers.size(); ++i) {
            QString header = cell(QStringLiteral("th"), i, esc(headers[i]));
            if (i < widths.size() && widths[i] > 0)
                header.insert(3, QStringLiteral(" width=\"%1%\"").arg(widths[i]));
            m_html += header;
        }
        m_html += QStringLiteral("</tr></thead>\n<tbody>\n");
    }
    // Cells already as HTML.
    void row(const QStringList &cells, const QString &rowClass = {})
    {
        m_html += rowClass.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(rowClass);
        for (int i = 0; i < cells.size(); ++i)
            m_html += cell(QStringLiteral("td"), i, cells[i]);
        m_html += QStringLiteral("</tr>\n");
    }
    QString html() const { return m_html + QStringLiteral("</tbody></table>\n"); }

private:
    QString cell(const QString &tag, int column, const QString &content) const
    {
        QString attributes;
        if (m_right.count(column))
            attributes += QStringLiteral(" align=\"right\"");
        if (m_nowrap.count(column))
            attributes += QStringLiteral(" nowrap");
        return QStringLiteral("<%1%2>%3</%1>").arg(tag, attributes, content);
    }
    std::set<int> m_right;
    std::set<int> m_nowrap;
    QString m_html;
};

QString picture(const ReportPicture &pic, const char *name, const QString &alt, ReportHtmlTarget target,
                double maxWidth, double maxHeight)
{
    if (pic.isNull())
        return QStringLiteral("<p class=\"muted\">%1</p>\n")
                .arg(esc(ReportText::tr("(The picture could not be drawn.)")));
    if (target == ReportHtmlTarget::Browser) {
        return QStringLiteral("<p><img class=\"picture\" alt=\"%1\" width=\"%2\" height=\"%3\" "
                              "src=\"data:image/svg+xml;base64,%4\"></p>\n")
                .arg(esc(alt))
                .arg(qRound(pic.size.width()))
                .arg(qRound(pic.size.height()))
                .arg(QString::fromLatin1(pic.svg.toBase64()));
    }
    // Fitted to the page; never enlarged by more than a third (small diagrams would look coarse).
    const double scale = std::min({maxWidth / pic.size.width(), maxHeight / pic.size.height(), 4.0 / 3.0});
    return QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n")
            .arg(QLatin1String(name))
            .arg(pic.size.width() * scale, 0, 'f', 1)
            .arg(pic.size.height() * scale, 0, 'f', 1);
}

QString titleBlock(const ReportData &d)
{
    const ReportTitleBlock &t = d.titleBlock;
    QString html = QStringLiteral("<h1>%1</h1>\n<p class=\"subtitle\">%2</p>\n")
                           .arg(esc(t.title.isEmpty() ? str(d.design.name) : t.title),
                                esc(ReportText::tr("Azure network design: cost estimate and routing analysis")));
    html += QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"2\">\n");
    const auto fact = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td class=\"muted\">%1</td><td>%2</td></tr>\n").arg(esc(label), esc(value));
    };
    if (!t.customer.isEmpty())
        fact(ReportText::tr("Customer"), t.customer);
    if (!t.author.isEmpty())
        fact(ReportText::tr("Prepared by"), t.author);
    fact(ReportText::tr("Date"), dateText(t.date));
    fact(ReportText::tr("Design"), str(d.design.name));
    fact(ReportText::tr("Prices"),
         ReportText::tr("catalog %1, %2").arg(str(d.estimate.catalogDate), str(d.estimate.currency)));
    html += QStringLiteral("</table>\n");
    if (!d.design.description.empty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(str(d.design.description)));
    return html;
}

int estimatedLines(const CostEstimate &e)
{
    return static_cast<int>(std::count_if(e.lines.begin(), e.lines.end(),
                                          [](const CostLine &l) { return l.hasFlag(CostFlag::Estimate); }));
}

QString summary(const ReportData &d)
{
    const CostEstimate &e = d.estimate;
    QString html = heading(ReportText::tr("Summary"));
    html += QStringLiteral("<p><b>%1</b></p>\n")
                    .arg(esc(ReportText::tr("Estimated cost: %1 a month, %2 a year.")
                                     .arg(moneyText(e.monthlyTotal(), e.currency),
                                          moneyText(e.yearlyTotal(), e.currency))));
    if (const int estimated = estimatedLines(e); estimated > 0) {
        html += QStringLiteral("<p><span class=\"mark\">E</span> %1</p>\n")
                        .arg(esc(ReportText::tr("Line items on estimated prices: %1 of %2, marked E.")
                                         .arg(estimated)
                                         .arg(e.lines.size())));
    }
    if (!e.unpriced.empty()) {
        html += QStringLiteral("<p>%1</p>\n")
                        .arg(esc(ReportText::tr("Items not priced (not in the total): %1.").arg(e.unpriced.size())));
    }
    const std::size_t pairs = d.endpointCount * (d.endpointCount > 0 ? d.endpointCount - 1 : 0);
    const auto reachable
            = d.verdictCounts.count(routing::Verdict::Reachable) ? d.verdictCounts.at(routing::Verdict::Reachable) : 0;
    html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(ReportText::tr("Reachability: %1 of %2 endpoint pairs work.").arg(reachable).arg(pairs)));
    int errors = 0;
    int warnings = 0;
    for (const routing::Finding &f : d.analysis.findings()) {
        errors += f.severity == routing::Severity::Error || f.severity == routing::Severity::Unsupported;
        warnings += f.severity == routing::Severity::Warning;
    }
    html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(ReportText::tr("Findings: %1 (errors or unsupported configurations: %2, warnings: %3).")
                                     .arg(d.analysis.findings().size())
                                     .arg(errors)
                                     .arg(warnings)));
    return html;
}

int elementCount(const Resource &r)
{
    if (const auto *nva = r.as<NetworkVirtualAppliance>())
        return nva->instanceCount;
    if (const auto *group = r.as<P2sClientGroup>())
        return group->users;
    return 1;
}

QString billOfMaterials(const ReportData &d)
{
    QString html = heading(ReportText::tr("Bill of materials"), true);
    std::map<Id, double> monthly;
    for (const auto &[element, value] : d.estimate.monthlyByElement())
        monthly[element] = value;
    std::vector<const Resource *> rows;
    for (const Resource &r : d.design.resources) {
        if (r.kind() != ResourceKind::Intent && r.kind() != ResourceKind::TrafficFlow)
            rows.push_back(&r);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Resource *a, const Resource *b) { return a->kind() < b->kind(); });
    Table table({ReportText::tr("Type"), ReportText::tr("Name"), ReportText::tr("SKU, size and settings"),
                 ReportText::tr("Count"), ReportText::tr("Monthly (%1)").arg(str(d.estimate.currency))},
                {3, 4}, {4}, {18, 19, 40, 9, 14});
    for (const Resource *r : rows) {
        const auto it = monthly.find(r->id);
        QString kind = kindDisplayName(r->kind());
        if (!kind.isEmpty())
            kind[0] = kind[0].toUpper();
        table.row({esc(kind), esc(str(r->name)), esc(elementDetails(d.design, *r)), QString::number(elementCount(*r)),
                   it == monthly.end() ? QString() : esc(money(it->second))});
    }
    html += table.html();
    html += QStringLiteral("<p class=\"muted small\">%1</p>\n")
                    .arg(esc(ReportText::tr("Count: instances of an appliance, users of a point-to-site group, "
                                            "otherwise 1. Elements without a monthly figure cost nothing by "
                                            "themselves or are priced by traffic.")));
    return html;
}

QString costByCategory(const ReportData &d, const ReportPictures &pictures, ReportHtmlTarget target, double width)
{
    const CostEstimate &e = d.estimate;
    QString html = heading(ReportText::tr("Cost by category"), true);
    html += picture(pictures.categoryPie, kReportPieName, ReportText::tr("Pie chart of the monthly cost by category"),
                    target, width, width * 0.6);
    Table table(
            {ReportText::tr("Category"), ReportText::tr("Monthly"), ReportText::tr("Yearly"), ReportText::tr("Share")},
            {1, 2, 3}, {1, 2, 3});
    const double total = e.monthlyTotal();
    for (const auto &[category, monthly] : e.monthlyByCategory()) {
        table.row({esc(categoryText(category)), esc(money(monthly)), esc(money(monthly * 12)),
                   total > 0 ? QStringLiteral("%1 %").arg(qRound(monthly / total * 100)) : QString()});
    }
    table.row({esc(ReportText::tr("Total (%1)").arg(str(e.currency))), esc(money(total)), esc(money(total * 12)),
               QString()},
              QStringLiteral("total"));
    html += table.html();
    return html;
}

QString lineItems(const ReportData &d)
{
    const CostEstimate &e = d.estimate;
    QString html = heading(ReportText::tr("Line items"));
    html += QStringLiteral("<p class=\"muted\">%1</p>\n")
                    .arg(esc(ReportText::tr("Monthly figures are quantity × unit price over %1 hours a month, in %2.")
                                     .arg(quantityText(e.options.hoursPerMonth), str(e.currency))));
    Table table({ReportText::tr("Element"), ReportText::tr("Item"), ReportText::tr("Quantity × unit price"),
                 ReportText::tr("Monthly"), ReportText::tr("Source"), ReportText::tr("Marks")},
                {2, 3}, {3, 4, 5}, {16, 27, 20, 11, 16, 10});
    for (const CostLine &l : e.lines) {
        const QString element
                = l.element.empty() ? ReportText::tr("(design)") : elementDisplayName(d.design, l.element);
        const QString source
                = str(l.source) + (l.sourceDate.empty() ? QString() : QLatin1Char(' ') + str(l.sourceDate));
        table.row({esc(element), esc(lineDescription(l)),
                   esc(QStringLiteral("%1 %2 × %3")
                               .arg(quantityText(l.quantity), unitText(l.unit),
                                    QString::fromStdString(formatCostNumber(l.unitPrice)))),
                   esc(money(l.monthly)), esc(source),
                   QStringLiteral("<span class=\"mark\">%1</span>").arg(esc(flagMarks(l)))});
    }
    table.row({esc(ReportText::tr("Total")), QString(), QString(), esc(money(e.monthlyTotal())), QString(), QString()},
              QStringLiteral("total"));
    html += table.html();
    html += QStringLiteral("<p class=\"small\">%1</p>\n")
                    .arg(esc(ReportText::tr("Marks: E %1, L %2, U %3, O %4.")
                                     .arg(flagText(CostFlag::Estimate), flagText(CostFlag::LegacySku),
                                          flagText(CostFlag::UsageAssumed), flagText(CostFlag::UserOverride))));

    if (!e.unpriced.empty()) {
        html += QStringLiteral("<h3>%1</h3>\n").arg(esc(ReportText::tr("Not priced (not included in the total)")));
        Table unpriced({ReportText::tr("Element"), ReportText::tr("Item"), ReportText::tr("Why")});
        for (const UnpricedItem &u : e.unpriced) {
            const QString element
                    = u.element.empty() ? ReportText::tr("(design)") : elementDisplayName(d.design, u.element);
            unpriced.row({esc(element), esc(unpricedDescription(u)), esc(notPricedText(u.reason, u.reasonArgs))});
        }
        html += unpriced.html();
    }

    return html;
}

QString routingAssumption(const Assumptions &a, int which)
{
    switch (which) {
    case 0:
        return a.p2sExpressRouteTransitViaRouteServer == P2sExpressRouteTransit::Unsupported
                       ? ReportText::tr("Point-to-site VPN clients do not reach ExpressRoute sites through Route "
                                        "Server (as Microsoft's Route Server FAQ states).")
                       : ReportText::tr("Point-to-site VPN clients reach ExpressRoute sites through Route Server "
                                        "(observed in practice, contrary to the Route Server FAQ).");
    case 1:
        return a.forwardedTrafficEnforcement == ForwardedTrafficEnforcement::Strict
                       ? ReportText::tr("A peering with forwarded traffic not allowed drops packets forwarded by a "
                                        "firewall or appliance.")
                       : ReportText::tr("A peering with forwarded traffic not allowed still passes packets forwarded "
                                        "by a firewall or appliance.");
    default:
        return a.peeringFlagDirection == PeeringFlagDirection::Portal
                       ? ReportText::tr("Peering access flags are read as the Azure portal words them.")
                       : ReportText::tr("Peering access flags are read as the Azure SDK words them.");
    }
}

QString assumptions(const ReportData &d)
{
    const CostEstimate &e = d.estimate;
    QString html = heading(ReportText::tr("Assumptions"), true);
    QStringList items;
    items << ReportText::tr("Prices: the price catalog of %1, %2 list prices, before discounts and taxes.")
                     .arg(str(e.catalogDate), str(e.currency));
    if (!d.catalogFile.isEmpty())
        items << ReportText::tr("Figures marked O come from the price file %1.").arg(d.catalogFile);
    items << ReportText::tr("%1 hours a month; point-to-site users connected %2 hours a month each.")
                     .arg(quantityText(e.options.hoursPerMonth), quantityText(e.options.p2sConnectedHoursPerUser));
    const int estimated = estimatedLines(e);
    items << (estimated > 0 ? ReportText::tr("Line items on estimated prices (marked E): %1. Confirm them before "
                                             "relying on the total.")
                                      .arg(estimated)
                            : ReportText::tr("No line item rests on an estimated price."));
    QStringList regions;
    for (const Resource &r : d.design.resources) {
        QString region;
        if (const auto *vnet = r.as<VirtualNetwork>())
            region = str(vnet->region);
        else if (const auto *hub = r.as<VirtualHub>())
            region = str(hub->region);
        if (!region.isEmpty() && !regions.contains(region))
            regions << region;
    }
    items << (regions.isEmpty() ? ReportText::tr("Regions: none given.")
                                : ReportText::tr("Regions: %1.").arg(regions.join(QStringLiteral(", "))));
    html += QStringLiteral("<ul>\n");
    for (const QString &item : std::as_const(items))
        html += QStringLiteral("<li>%1</li>\n").arg(esc(item));
    html += QStringLiteral("</ul>\n");
    std::set<std::string> used;
    for (const CostLine &l : e.lines)
        used.insert(l.source);
    if (!used.empty()) {
        html += QStringLiteral("<h3>%1</h3>\n").arg(esc(ReportText::tr("Price sources")));
        Table sources({ReportText::tr("Source"), ReportText::tr("Title"), ReportText::tr("Date")});
        for (const std::string &key : used) {
            const auto it = d.sources.find(key);
            sources.row({esc(str(key)), it == d.sources.end() ? QString() : esc(str(it->second.title)),
                         it == d.sources.end() ? QString() : esc(str(it->second.date))});
        }
        html += sources.html();
    }

    html += QStringLiteral("<h3>%1</h3>\n").arg(esc(ReportText::tr("Traffic")));
    std::vector<const Resource *> flows;
    for (const Resource &r : d.design.resources) {
        if (r.kind() == ResourceKind::TrafficFlow)
            flows.push_back(&r);
    }
    if (flows.empty()) {
        html += QStringLiteral("<p>%1</p>\n")
                        .arg(esc(ReportText::tr("No traffic is assumed: data transfer, peering and processing "
                                                "charges are not in the estimate.")));
    } else {
        Table table({ReportText::tr("Traffic flow"), ReportText::tr("From"), ReportText::tr("To"),
                     ReportText::tr("GB a month"), ReportText::tr("GB a month back")},
                    {3, 4});
        for (const Resource *r : flows) {
            const auto &f = *r->as<TrafficFlow>();
            table.row({esc(str(r->name)), esc(elementDisplayName(d.design, f.source)),
                       esc(elementDisplayName(d.design, f.destination)), esc(quantityText(f.gigabytesPerMonth)),
                       esc(quantityText(f.returnGigabytesPerMonth))});
        }
        html += table.html();
        html += QStringLiteral("<p class=\"muted small\">%1</p>\n")
                        .arg(esc(ReportText::tr("Each flow is priced along the path the routing analysis finds for "
                                                "it; a flow without a working path is listed as not priced.")));
    }

    html += QStringLiteral("<h3>%1</h3>\n").arg(esc(ReportText::tr("Routing assumptions")));
    html += QStringLiteral("<p class=\"muted\">%1</p>\n<ul>\n")
                    .arg(esc(ReportText::tr("Where Microsoft's documentation disagrees, the analysis assumes:")));
    for (int i = 0; i < 3; ++i)
        html += QStringLiteral("<li>%1</li>\n").arg(esc(routingAssumption(d.design.assumptions, i)));
    html += QStringLiteral("</ul>\n");
    return html;
}

QString reachability(const ReportData &d)
{
    QString html = heading(ReportText::tr("Reachability"), true);
    html += QStringLiteral("<p>%1</p>\n")
                    .arg(esc(ReportText::tr("Endpoints: %1 (subnets, on-premises sites, point-to-site groups and "
                                            "the Internet). Every ordered pair is walked there and back.")
                                     .arg(d.endpointCount)));
    Table counts({ReportText::tr("Verdict"), ReportText::tr("Endpoint pairs")}, {1}, {}, {}, 50);
    for (const auto &[verdict, name] : enumEntries<routing::Verdict>()) {
        const auto it = d.verdictCounts.find(verdict);
        counts.row({esc(verdictText(verdict)), QString::number(it == d.verdictCounts.end() ? 0 : it->second)});
    }
    html += counts.html();

    if (d.notWorkingTotal > 0) {
        html += QStringLiteral("<h3>%1</h3>\n").arg(esc(ReportText::tr("Pairs that do not work")));
        Table pairs({ReportText::tr("From"), ReportText::tr("To"), ReportText::tr("Verdict"), ReportText::tr("Why"),
                     ReportText::tr("Rule")});
        for (const ReportPair &p : d.notWorking) {
            pairs.row({esc(elementDisplayName(d.design, p.source)), esc(elementDisplayName(d.design, p.destination)),
                       esc(verdictText(p.verdict)), esc(reasonText(p.reason)),
                       esc(QString::fromUtf8(routing::ruleId(p.rule).data(),
                                             static_cast<qsizetype>(routing::ruleId(p.rule).size())))});
        }
        html += pairs.html();
        if (d.notWorkingTotal > d.notWorking.size()) {
            html += QStringLiteral("<p class=\"muted\">%1</p>\n")
                            .arg(esc(ReportText::tr("… and %1 more pairs; spokewise-cli analyze --json lists them all.")
                                             .arg(d.notWorkingTotal - d.notWorking.size())));
        }
    }

    if (!d.analysis.intents().empty()) {
        html += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(esc(ReportText::tr("Intents")));
        for (const routing::IntentResult &i : d.analysis.intents()) {
            html += QStringLiteral("<li><span class=\"%1\">%2</span> %3</li>\n")
                            .arg(i.satisfied ? QStringLiteral("muted") : QStringLiteral("error"),
                                 esc(i.satisfied ? ReportText::tr("Met:") : ReportText::tr("Not met:")),
                                 esc(intentResultText(i, d.design)));
        }
        html += QStringLiteral("</ul>\n");
    }
    return html;
}

QString findings(const ReportData &d)
{
    QString html = heading(ReportText::tr("Findings"));
    const auto &all = d.analysis.findings();
    if (all.empty())
        return html + QStringLiteral("<p>%1</p>\n").arg(esc(ReportText::tr("The analysis found nothing to report.")));
    Table table({ReportText::tr("Severity"), ReportText::tr("Rule"), ReportText::tr("Finding")});
    for (const routing::Finding &f : all) {
        const QString cls = f.severity == routing::Severity::Error || f.severity == routing::Severity::Unsupported
                                    ? QStringLiteral("error")
                            : f.severity == routing::Severity::Warning ? QStringLiteral("warning")
                                                                       : QStringLiteral("muted");
        table.row({QStringLiteral("<span class=\"%1\">%2</span>").arg(cls, esc(findingSeverityText(f.severity))),
                   esc(ruleText(f.check)), esc(findingText(f, d.design))});
    }
    return html + table.html();
}

} // namespace

QString reportHtml(const ReportData &data, const ReportPictures &pictures, ReportHtmlTarget target, double contentWidth,
                   double diagramMaxHeight)
{
    const QString title = data.titleBlock.title.isEmpty() ? str(data.design.name) : data.titleBlock.title;
    QString html
            = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                             "<meta name=\"generator\" content=\"Spokewise\">\n<title>%1</title>\n<style>%2%3</style>\n"
                             "</head>\n<body>\n")
                      .arg(esc(title), QLatin1String(kCommonStyle),
                           target == ReportHtmlTarget::Browser ? QLatin1String(kBrowserStyle) : QLatin1String());
    html += titleBlock(data);
    html += summary(data);
    html += heading(ReportText::tr("Diagram"));
    html += picture(pictures.diagram, kReportDiagramName, ReportText::tr("Diagram of the design"), target, contentWidth,
                    diagramMaxHeight);
    html += billOfMaterials(data);
    html += costByCategory(data, pictures, target, contentWidth);
    html += lineItems(data);
    html += assumptions(data);
    html += reachability(data);
    html += findings(data);
    html += QStringLiteral("<p class=\"muted small\">%1</p>\n</body>\n</html>\n")
                    .arg(esc(ReportText::tr("Made with Spokewise on %1. Prices are list prices from a dated catalog "
                                            "and may have changed since; the routing analysis follows Microsoft's "
                                            "documented behaviour.")
                                     .arg(dateText(data.titleBlock.date))));
    return html;
}

} // namespace spokewise::views
