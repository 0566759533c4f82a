#include "analysis/trace_view.h"

#include "analysis/finding_text.h"
#include "analysis/route_text.h"
#include "analysis/verdict_style.h"
#include "document/document.h"
#include "text/element_text.h"

#include <QAbstractListModel>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <variant>

namespace spokewise::views {

namespace {

// The endpoints as a list for both pickers: names shown, ids as Qt::UserRole; no item per row,
// so that 4,000 endpoints load at once.
class EndpointList final : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;
    void reset(QStringList names, QStringList ids)
    {
        beginResetModel();
        m_names = std::move(names);
        m_ids = std::move(ids);
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_names.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_names.size())
            return {};
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return m_names[index.row()];
        if (role == Qt::UserRole)
            return m_ids[index.row()];
        return {};
    }

private:
    QStringList m_names;
    QStringList m_ids;
};

QString assumptionText(const std::string &name, const Assumptions &a)
{
    const auto value = [](std::string_view v) { return QString::fromLatin1(v.data(), static_cast<qsizetype>(v.size())); };
    if (name == "p2sExpressRouteTransitViaRouteServer")
        return TraceView::tr("point-to-site to ExpressRoute through Route Server: %1 (§10-B)")
                .arg(value(enumName(a.p2sExpressRouteTransitViaRouteServer)));
    if (name == "forwardedTrafficEnforcement")
        return TraceView::tr("enforcement of \"allow forwarded traffic\": %1 (§10-D)")
                .arg(value(enumName(a.forwardedTrafficEnforcement)));
    if (name == "peeringFlagDirection")
        return TraceView::tr("which side's peering flag applies: %1 (§10-C)").arg(value(enumName(a.peeringFlagDirection)));
    return QString::fromStdString(name);
}

} // namespace

TraceView::TraceView(QWidget *parent)
    : QWidget(parent),
      m_from(new QComboBox(this)),
      m_to(new QComboBox(this)),
      m_traceButton(new QPushButton(tr("Trace"), this)),
      m_verdict(new QLabel(this)),
      m_hops(new QTreeWidget(this)),
      m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("TraceView"));
    // One list serves both pickers.
    auto *endpoints = new EndpointList(this);
    m_from->setModel(endpoints);
    m_to->setModel(endpoints);
    m_to->setEditable(true);
    m_to->setInsertPolicy(QComboBox::NoInsert);
    m_to->lineEdit()->setPlaceholderText(tr("Endpoint or IPv4 address"));
    m_from->setMinimumContentsLength(16);
    m_to->setMinimumContentsLength(16);
    m_from->setToolTip(tr("Where the flow starts"));
    m_to->setToolTip(tr("Where it goes: an endpoint, or any address typed in"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from, 1);
    bar->addWidget(new QLabel(tr("To"), this));
    bar->addWidget(m_to, 1);
    bar->addWidget(m_traceButton);

    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hops->setColumnCount(4);
    m_hops->setHeaderLabels({tr("Hop"), tr("Route used"), tr("Origin"), tr("Rule")});
    m_hops->setUniformRowHeights(true);
    m_hops->header()->setSectionResizeMode(RuleColumn, QHeaderView::Stretch);
    m_hops->header()->setStretchLastSection(false);
    m_hops->setColumnWidth(ElementColumn, 220);
    m_hops->setColumnWidth(RouteColumn, 300);
    m_hops->setColumnWidth(OriginColumn, 140);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_verdict);
    layout->addWidget(m_hops, 1);
    layout->addWidget(m_details);

    connect(m_traceButton, &QPushButton::clicked, this, &TraceView::startTrace);
    connect(m_from, qOverload<int>(&QComboBox::activated), this, &TraceView::startTrace);
    connect(m_to, qOverload<int>(&QComboBox::activated), this, &TraceView::startTrace);
    connect(m_to->lineEdit(), &QLineEdit::returnPressed, this, &TraceView::startTrace);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const routing::FlowResult flow = m_watcher.result();
        if (m_again) {
            m_again = false;
            startTrace();
            return;
        }
        if (m_running == m_request)
            showResult(flow);
    });
    clearTrace();
}

// A walk still running owns its copy of the analysis; its result goes nowhere.
TraceView::~TraceView()
{
    m_watcher.disconnect(this);
}

void TraceView::setAnalysis(std::shared_ptr<const routing::Analysis> analysis, const Design &design)
{
    m_analysis = std::move(analysis);
    m_design = design;
    fillPickers();
    if (m_result)
        startTrace();
}

void TraceView::fillPickers()
{
    const QString from = m_from->currentData().toString();
    const QString toText = m_to->currentText();
    const QString to = m_to->currentIndex() >= 0 && m_to->itemText(m_to->currentIndex()) == toText
                               ? m_to->currentData().toString()
                               : QString();
    const QSignalBlocker b1(m_from);
    const QSignalBlocker b2(m_to);
    QStringList names;
    QStringList ids;
    if (m_analysis) {
        names = endpointNames(*m_analysis, m_design);
        ids.reserve(names.size());
        for (const routing::Endpoint &e : m_analysis->endpoints())
            ids.append(toQString(e.id));
    }
    static_cast<EndpointList *>(m_from->model())->reset(std::move(names), std::move(ids));
    m_from->setCurrentIndex(std::max(0, m_from->findData(from)));
    if (!to.isEmpty())
        m_to->setCurrentIndex(m_to->findData(to));
    else
        m_to->setEditText(toText);
}

void TraceView::traceFlow(const QString &fromId, const QString &to)
{
    m_from->setCurrentIndex(m_from->findData(fromId));
    const int index = m_to->findData(to);
    if (index >= 0)
        m_to->setCurrentIndex(index);
    else
        m_to->setEditText(to);
    startTrace();
}

void TraceView::startTrace()
{
    ++m_request;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const QString from = m_from->currentData().toString();
    const QString toText = m_to->currentText().trimmed();
    std::variant<Id, net::Ipv4Address> to;
    const int toIndex = m_to->findText(toText, Qt::MatchFixedString);
    if (toIndex >= 0) {
        to = Id(m_to->itemData(toIndex).toString().toStdString());
    } else if (const auto address = net::Ipv4Address::parse(toText.toStdString())) {
        to = *address;
    } else {
        clearTrace();
        m_verdict->setText(toText.isEmpty() ? tr("Choose where the flow goes.")
                                            : tr("“%1” is neither an endpoint nor an IPv4 address.").arg(toText.toHtmlEscaped()));
        return;
    }
    if (!m_analysis || from.isEmpty())
        return;
    m_running = m_request;
    m_watcher.setFuture(QtConcurrent::run([analysis = m_analysis, from = Id(from.toStdString()), to] {
        if (const auto *id = std::get_if<Id>(&to))
            return analysis->trace(from, *id);
        return analysis->trace(from, std::get<net::Ipv4Address>(to));
    }));
}

void TraceView::clearTrace()
{
    const bool had = m_result.has_value();
    m_result.reset();
    m_hops->clear();
    m_details->clear();
    m_verdict->setText(tr("Pick a source and a destination, or click a cell of the reachability matrix."));
    if (had)
        emit cleared();
}

void TraceView::showResult(const routing::FlowResult &flow)
{
    m_result = flow;
    const bool dark = isDarkPalette(palette());
    const VerdictLook look = verdictLook(flow.verdict, dark);
    const QString from = elementDisplayName(m_design, flow.source);
    const QString to = flow.destination.empty()
                               ? QString::fromStdString(flow.destinationAddress.toString())
                               : elementDisplayName(m_design, flow.destination);
    QString verdict = tr("<b>%1 → %2</b> (%3 → %4): <span style=\"color:%5\"><b>%6 %7</b></span>")
                              .arg(from.toHtmlEscaped(), to.toHtmlEscaped(),
                                   QString::fromStdString(flow.sourceAddress.toString()),
                                   QString::fromStdString(flow.destinationAddress.toString()), look.strong.name(),
                                   look.glyph, views::verdictText(flow.verdict).toHtmlEscaped());
    if (flow.verdict != routing::Verdict::Reachable) {
        verdict += QStringLiteral(" — ")
                   + (flow.decidedBy == routing::Direction::Forward ? tr("%1 (on the way there)")
                                                                     : tr("%1 (on the way back)"))
                             .arg(reasonText(flow.reason).toHtmlEscaped());
    }
    m_verdict->setText(verdict);

    m_hops->clear();
    const auto addWalk = [&](const QString &title, const routing::Walk &walk) {
        auto *top = new QTreeWidgetItem(m_hops, {title});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(ElementColumn, bold);
        top->setFirstColumnSpanned(true);
        int step = 0;
        for (const routing::Hop &h : walk.hops) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(ElementColumn, tr("%1. %2").arg(++step).arg(elementDisplayName(m_design, h.element)));
            item->setData(ElementColumn, Qt::UserRole, toQString(h.element));
            if (h.route) {
                item->setText(RouteColumn, routeSummary(*h.route, m_design));
                item->setText(OriginColumn, originName(h.route->origin));
            }
            QString rule = ruleSentence(h.rule);
            if (h.ecmp)
                rule = tr("%1 (equal-cost routes: the first is followed)").arg(rule);
            item->setText(RuleColumn, rule);
            item->setToolTip(RuleColumn, rule);
            item->setToolTip(RouteColumn, item->text(RouteColumn));
        }
        auto *end = new QTreeWidgetItem(top);
        const VerdictLook endLook = verdictLook(walk.delivered() ? routing::Verdict::Reachable
                                                                 : routing::Verdict::Unreachable, dark);
        end->setText(ElementColumn, walk.delivered() ? tr("Delivered") : tr("Stops: %1").arg(reasonText(walk.reason)));
        end->setForeground(ElementColumn, endLook.strong);
        end->setText(RuleColumn, ruleSentence(walk.rule));
        end->setToolTip(ElementColumn, end->text(ElementColumn));
        top->setExpanded(true);
    };
    addWalk(tr("There: %1 → %2").arg(from, to), flow.forward);
    if (!flow.back.hops.empty() || flow.forward.delivered())
        addWalk(tr("Back: %1 → %2").arg(to, from), flow.back);

    QStringList details;
    QStringList rules;
    for (routing::RuleRef r : flow.rules)
        rules.append(ruleSentence(r).toHtmlEscaped());
    if (!rules.isEmpty())
        details.append(tr("<b>Rules:</b> %1").arg(rules.join(QStringLiteral("; "))));
    QStringList elements;
    for (const Id &id : flow.elements)
        elements.append(elementDisplayName(m_design, id).toHtmlEscaped());
    if (!elements.isEmpty())
        details.append(tr("<b>Deciding elements:</b> %1").arg(elements.join(QStringLiteral(", "))));
    const QString fix = fixText(flow.fix, m_design);
    if (!fix.isEmpty())
        details.append(tr("<b>Fix:</b> %1").arg(fix.toHtmlEscaped()));
    QStringList assumptions;
    for (const std::string &a : flow.assumptions)
        assumptions.append(assumptionText(a, m_analysis ? m_analysis->assumptions() : Assumptions{}).toHtmlEscaped());
    if (!assumptions.isEmpty())
        details.append(tr("<b>Relies on the assumption:</b> %1").arg(assumptions.join(QStringLiteral("; "))));
    m_details->setText(details.join(QStringLiteral("<br>")));
    emit traced(flow);
}

QString TraceView::verdictText() const
{
    return m_verdict->text();
}

QString TraceView::detailsText() const
{
    return m_details->text();
}

} // namespace spokewise::views
