#pragma once

#include "design/design.h"
#include "routing/analysis.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QStringList>

#include <memory>
#include <vector>

namespace spokewise::views {

// The reachability matrix as a table model: rows are sources, columns destinations, both the
// analysis's endpoints grouped (subnets by VNet, then sites, P2S client groups, the Internet).
// Cells are read from the Analysis on demand, so 4,000 endpoints cost no more than a handful.
// A name filter and "problems only" narrow rows and columns alike; the endpoints with a problem
// are found on a worker thread the first time they are asked for.
class MatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        VerdictRole = Qt::UserRole + 1, // int(routing::Verdict)
        ReasonRole,                     // int(routing::Reason)
        RuleRole,                       // the rule id, e.g. "R-ER-1"
        FromIdRole,
        ToIdRole,
    };

    explicit MatrixModel(QObject *parent = nullptr);
    ~MatrixModel() override;

    void setAnalysis(std::shared_ptr<const routing::Analysis> analysis, const Design &design);
    void setNameFilter(const QString &text);
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }
    // Whether the problem scan for "problems only" is still running.
    bool isScanning() const { return m_scan.isRunning(); }
    void setDark(bool dark);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The endpoint index (into Analysis::endpoints()) shown at a row or column.
    int endpointAt(int section) const;
    // The section showing an endpoint id, or -1.
    int sectionOf(const QString &endpointId) const;
    int endpointCount() const { return static_cast<int>(m_order.size()); }

signals:
    void scanFinished();

private:
    void applyFilter();

    std::shared_ptr<const routing::Analysis> m_analysis;
    std::vector<int> m_order;        // every endpoint, grouped
    std::vector<int> m_visible;      // what the filter leaves
    QStringList m_names;             // by endpoint index
    QStringList m_groups;            // by endpoint index
    QStringList m_ids;               // by endpoint index
    std::vector<char> m_hasProblem;  // by endpoint index; empty until scanned
    QString m_filter;
    bool m_problemsOnly = false;
    bool m_dark = false;
    QFutureWatcher<std::vector<char>> m_scan;
    std::weak_ptr<const routing::Analysis> m_scanned; // what the running scan reads
};

} // namespace spokewise::views
