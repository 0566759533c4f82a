#include "analysis/routes_view.h"

#include "analysis/finding_text.h"
#include "analysis/route_text.h"
#include "analysis/verdict_style.h"
#include "text/element_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace spokewise::views {

RoutesView::RoutesView(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_destination(new QLineEdit(this)),
      m_routes(new QTreeWidget(this)),
      m_why(new QLabel(this))
{
    setObjectName(QStringLiteral("RoutesView"));
    m_destination->setPlaceholderText(tr("Destination address, e.g. 10.1.0.4"));
    m_destination->setClearButtonEnabled(true);
    m_destination->setToolTip(tr("Type an address to see which route wins for it, and why"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(new QLabel(tr("Destination"), this));
    bar->addWidget(m_destination);
    m_routes->setColumnCount(5);
    m_routes->setHeaderLabels({tr("Prefix"), tr("Next hop"), tr("Origin"), tr("Rule"), tr("State")});
    m_routes->setRootIsDecorated(false);
    m_routes->setUniformRowHeights(true);
    m_routes->setColumnWidth(PrefixColumn, 150);
    m_routes->setColumnWidth(NextHopColumn, 300);
    m_routes->setColumnWidth(OriginColumn, 150);
    m_routes->setColumnWidth(RuleColumn, 320);
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_routes, 1);
    layout->addWidget(m_why);
    connect(m_destination, &QLineEdit::textChanged, this, &RoutesView::refresh);
    refresh();
}

void RoutesView::setAnalysis(std::shared_ptr<const routing::Analysis> analysis, const Design &design)
{
    m_analysis = std::move(analysis);
    m_design = design;
    refresh();
}

void RoutesView::setElement(const QString &id)
{
    if (id == m_element)
        return;
    m_element = id;
    refresh();
}

void RoutesView::setDestination(const QString &address)
{
    m_destination->setText(address);
}

QString RoutesView::explanation() const
{
    return m_why->text();
}

QString RoutesView::title() const
{
    return m_title->text();
}

void RoutesView::refresh()
{
    m_routes->clear();
    m_why->clear();
    const Id id(m_element.toStdString());
    const auto table = m_analysis && !m_element.isEmpty() ? m_analysis->routesAt(id) : std::nullopt;
    if (!table) {
        m_title->setText(m_element.isEmpty() || !m_analysis
                                 ? tr("Select a subnet, gateway, hub, site or P2S client group to see its routes.")
                                 : tr("%1 holds no routes: select a subnet, gateway, hub, site or P2S client group.")
                                           .arg(elementDisplayName(m_design, id)));
        return;
    }
    m_title->setText(tr("Routes of <b>%1</b> (%n route(s))", nullptr, static_cast<int>(table->routes.size()))
                             .arg(elementDisplayName(m_design, id).toHtmlEscaped()));

    const QString typed = m_destination->text().trimmed();
    std::optional<routing::RouteChoice> choice;
    if (!typed.isEmpty()) {
        if (const auto address = net::Ipv4Address::parse(typed.toStdString())) {
            choice = routing::chooseRoute(*m_analysis, id, *address);
            m_why->setText(choiceExplanation(*choice, typed, m_design));
        } else {
            m_why->setText(tr("“%1” is not an IPv4 address (like 10.1.0.4).").arg(typed));
        }
    }
    const bool dark = isDarkPalette(palette());
    const VerdictLook win = verdictLook(routing::Verdict::Reachable, dark);
    for (const routing::RouteEntry &r : table->routes) {
        auto *item = new QTreeWidgetItem(m_routes);
        item->setText(PrefixColumn, QString::fromStdString(r.prefix.toString()));
        item->setText(NextHopColumn, nextHopText(r, m_design));
        item->setText(OriginColumn, originName(r.origin));
        item->setText(RuleColumn, ruleSentence(r.rule));
        item->setToolTip(RuleColumn, item->text(RuleColumn));
        QString state = r.valid ? tr("valid") : tr("invalid: %1").arg(ruleSentence(r.invalidRule));
        if (r.uncertain)
            state += tr(" (only in up-to-date client profiles)");
        item->setText(StateColumn, state);
        item->setToolTip(StateColumn, state);
        if (!r.valid) {
            for (int c = 0; c < m_routes->columnCount(); ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (!choice)
            continue;
        for (const routing::RouteCandidate &c : choice->candidates) {
            if (!(c.route == r))
                continue;
            if (c.step == routing::ChoiceStep::Winner) {
                item->setData(PrefixColumn, WinnerRole, true);
                item->setText(PrefixColumn, tr("▶ %1").arg(item->text(PrefixColumn)));
                QFont bold = item->font(0);
                bold.setBold(true);
                for (int col = 0; col < m_routes->columnCount(); ++col) {
                    item->setFont(col, bold);
                    item->setBackground(col, win.fill);
                    item->setForeground(col, palette().color(QPalette::Text));
                }
                item->setToolTip(PrefixColumn, tr("This route wins for %1.").arg(typed));
                m_routes->scrollToItem(item);
            } else {
                item->setToolTip(PrefixColumn, choiceText(c, *choice->winner, m_design));
            }
        }
    }
}

} // namespace spokewise::views
