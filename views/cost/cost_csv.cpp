#include "cost/cost_csv.h"

#include "cost/cost_text.h"

#include <QStringList>

namespace spokewise::views {

using namespace spokewise::cost;

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString latin1(std::string_view name)
{
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QString directionName(const Id &flow, FlowDirection direction)
{
    return flow.empty()                          ? QString()
           : direction == FlowDirection::Forward ? QStringLiteral("forward")
                                                 : QStringLiteral("return");
}

} // namespace

QString costCsv(const CostEstimate &e)
{
    QString text;
    const auto row = [&text](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        text += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    row({QStringLiteral("element"), QStringLiteral("category"), QStringLiteral("description"),
         QStringLiteral("quantity"), QStringLiteral("unit"), QStringLiteral("unitPrice"), QStringLiteral("monthly"),
         QStringLiteral("yearly"), QStringLiteral("currency"), QStringLiteral("status"), QStringLiteral("flags"),
         QStringLiteral("catalogItem"), QStringLiteral("source"), QStringLiteral("sourceDate"),
         QStringLiteral("trafficFlow"), QStringLiteral("direction"), QStringLiteral("notPriced")});
    const QString currency = QString::fromStdString(e.currency);
    for (const CostLine &l : e.lines) {
        QStringList flags;
        for (const CostFlag f : l.flags)
            flags << latin1(enumName(f));
        row({QString::fromStdString(l.element.str()), latin1(enumName(l.category)),
             lineText(l.code, l.category, l.args), quantityText(l.quantity), latin1(enumName(l.unit)),
             QString::fromStdString(formatCostNumber(l.unitPrice)), QString::number(cents(l.monthly), 'f', 2),
             QString::number(cents(l.yearly()), 'f', 2), currency, latin1(enumName(l.status)),
             flags.join(QLatin1Char(' ')), QString::fromStdString(l.catalogItem), QString::fromStdString(l.source),
             QString::fromStdString(l.sourceDate), QString::fromStdString(l.trafficFlow.str()),
             directionName(l.trafficFlow, l.direction), QString()});
    }
    for (const UnpricedItem &u : e.unpriced) {
        row({QString::fromStdString(u.element.str()), latin1(enumName(u.category)),
             lineText(u.code, u.category, u.args), QString(), QString(), QString(), QString(), QString(), currency,
             QString(), QString(), QString(), QString(), QString(), QString::fromStdString(u.trafficFlow.str()),
             directionName(u.trafficFlow, u.direction), notPricedText(u.reason, u.reasonArgs)});
    }
    return text;
}

} // namespace spokewise::views
