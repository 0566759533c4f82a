#include "analysis/matrix_model.h"

#include "analysis/finding_text.h"
#include "analysis/route_text.h"
#include "analysis/verdict_style.h"
#include "document/document.h"
#include "text/element_text.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>
#include <tuple>

namespace spokewise::views {

namespace {

// Which endpoints have a flow, from or to them, that is not reachable.
std::vector<char> scanProblems(const routing::Analysis &analysis)
{
    const int n = static_cast<int>(analysis.endpoints().size());
    std::vector<char> problem(static_cast<std::size_t>(n), 0);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i != j && analysis.cell(i, j).verdict != routing::Verdict::Reachable) {
                problem[static_cast<std::size_t>(i)] = 1;
                problem[static_cast<std::size_t>(j)] = 1;
            }
        }
    }
    return problem;
}

} // namespace

MatrixModel::MatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_scan, &QFutureWatcherBase::finished, this, [this] {
        // A scan of an analysis replaced meanwhile is dropped; the current one is scanned next.
        if (m_scanned.lock() != m_analysis) {
            if (m_problemsOnly)
                setProblemsOnly(true);
            return;
        }
        m_hasProblem = m_scan.result();
        if (m_problemsOnly)
            applyFilter();
        emit scanFinished();
    });
}

// A scan still running owns a reference to its analysis; its result goes nowhere.
MatrixModel::~MatrixModel()
{
    m_scan.disconnect(this);
}

void MatrixModel::setAnalysis(std::shared_ptr<const routing::Analysis> analysis, const Design &design)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_order.clear();
    m_names.clear();
    m_groups.clear();
    m_ids.clear();
    m_hasProblem.clear();
    if (m_analysis) {
        // Group key: subnets by VNet in design order, then sites, P2S groups, the Internet.
        std::map<std::string, std::size_t> resourceOrder;
        std::map<const Resource *, std::size_t> vnetOrder;
        for (std::size_t i = 0; i < design.resources.size(); ++i) {
            resourceOrder[design.resources[i].id.str()] = i;
            vnetOrder[&design.resources[i]] = i;
        }
        m_names = endpointNames(*m_analysis, design);
        // Where each subnet sits, in one pass (Design::findSubnet searches the whole design).
        std::map<std::string, std::pair<const Resource *, std::size_t>> subnets;
        for (const Resource &r : design.resources) {
            if (const auto *v = r.as<VirtualNetwork>()) {
                for (std::size_t k = 0; k < v->subnets.size(); ++k)
                    subnets[v->subnets[k].id.str()] = {&r, k};
            }
        }
        std::vector<std::tuple<int, std::size_t, std::size_t, int>> keys;
        const auto &endpoints = m_analysis->endpoints();
        for (int i = 0; i < static_cast<int>(endpoints.size()); ++i) {
            const routing::Endpoint &e = endpoints[static_cast<std::size_t>(i)];
            m_ids.append(toQString(e.id));
            int rank = 3;
            std::size_t container = 0;
            std::size_t within = 0;
            QString group;
            if (e.internet) {
                rank = 4;
                group = tr("Internet");
            } else if (const auto sub = subnets.find(e.id.str()); sub != subnets.end()) {
                rank = 0;
                group = QString::fromStdString(sub->second.first->name);
                container = vnetOrder[sub->second.first];
                within = sub->second.second;
            } else {
                const auto it = resourceOrder.find(e.id.str());
                container = it == resourceOrder.end() ? 0 : it->second;
                rank = e.kind == ResourceKind::OnPremisesSite ? 1 : e.kind == ResourceKind::P2sClientGroup ? 2 : 3;
                group = kindGroupName(e.kind);
            }
            m_groups.append(group);
            keys.emplace_back(rank, container, within, i);
        }
        std::sort(keys.begin(), keys.end());
        for (const auto &k : keys)
            m_order.push_back(std::get<3>(k));
    }
    m_visible.clear();
    for (int e : m_order) {
        if (m_filter.isEmpty() || m_names[e].contains(m_filter, Qt::CaseInsensitive))
            m_visible.push_back(e);
    }
    endResetModel();
    if (m_problemsOnly)
        setProblemsOnly(true);
}

void MatrixModel::setNameFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    applyFilter();
}

void MatrixModel::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    if (on && m_hasProblem.empty() && m_analysis && !m_scan.isRunning()) {
        m_scanned = m_analysis;
        m_scan.setFuture(QtConcurrent::run([analysis = m_analysis] { return scanProblems(*analysis); }));
    }
    applyFilter();
}

void MatrixModel::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (!m_visible.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole, Qt::ForegroundRole});
}

void MatrixModel::applyFilter()
{
    beginResetModel();
    m_visible.clear();
    const bool scanned = !m_hasProblem.empty();
    for (int e : m_order) {
        if (!m_filter.isEmpty() && !m_names[e].contains(m_filter, Qt::CaseInsensitive))
            continue;
        if (m_problemsOnly && scanned && !m_hasProblem[static_cast<std::size_t>(e)])
            continue;
        m_visible.push_back(e);
    }
    endResetModel();
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return rowCount(parent);
}

int MatrixModel::endpointAt(int section) const
{
    return section >= 0 && section < static_cast<int>(m_visible.size()) ? m_visible[static_cast<std::size_t>(section)]
                                                                         : -1;
}

int MatrixModel::sectionOf(const QString &endpointId) const
{
    for (int s = 0; s < static_cast<int>(m_visible.size()); ++s) {
        if (m_ids[m_visible[static_cast<std::size_t>(s)]] == endpointId)
            return s;
    }
    return -1;
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis)
        return {};
    const int from = endpointAt(index.row());
    const int to = endpointAt(index.column());
    if (from < 0 || to < 0)
        return {};
    if (role == FromIdRole)
        return m_ids[from];
    if (role == ToIdRole)
        return m_ids[to];
    if (role == Qt::TextAlignmentRole)
        return Qt::AlignCenter;
    if (from == to) {
        if (role == Qt::DisplayRole)
            return QStringLiteral("·");
        if (role == Qt::ToolTipRole)
            return m_names[from];
        return {};
    }
    const routing::MatrixCell cell = m_analysis->cell(from, to);
    switch (role) {
    case Qt::DisplayRole: return verdictLook(cell.verdict, m_dark).glyph;
    case Qt::BackgroundRole: return verdictLook(cell.verdict, m_dark).fill;
    case Qt::ForegroundRole: return verdictLook(cell.verdict, m_dark).strong;
    case VerdictRole: return static_cast<int>(cell.verdict);
    case ReasonRole: return static_cast<int>(cell.reason);
    case RuleRole: return ruleText(cell.rule);
    case Qt::ToolTipRole: {
        QString tip = tr("%1 → %2: %3").arg(m_names[from], m_names[to], verdictText(cell.verdict));
        if (cell.verdict != routing::Verdict::Reachable)
            tip += QLatin1Char('\n') + tr("Why: %1.").arg(reasonText(cell.reason));
        if (cell.rule)
            tip += QLatin1Char('\n') + tr("Rule %1").arg(ruleSentence(cell.rule));
        tip += QLatin1Char('\n') + tr("Click to trace this flow.");
        return tip;
    }
    default: return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const int e = endpointAt(section);
    if (e < 0)
        return {};
    switch (role) {
    case Qt::DisplayRole: return m_names[e];
    case Qt::ToolTipRole:
        return orientation == Qt::Vertical ? tr("From %1 (%2)").arg(m_names[e], m_groups[e])
                                           : tr("To %1 (%2)").arg(m_names[e], m_groups[e]);
    case FromIdRole:
    case ToIdRole: return m_ids[e];
    default: return {};
    }
}

} // namespace spokewise::views
