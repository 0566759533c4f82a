#pragma once

#include "design/design.h"
#include "routing/analysis.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace spokewise::views {

// The Trace dock: pick a source endpoint and a destination (an endpoint, or an address typed in)
// and see the flow walked hop by hop both ways, with the route and the rule at each hop, the
// verdict and its reason, the deciding elements, the fix and the assumptions relied on. The walk
// runs on a worker thread; a result for an older request or analysis is dropped.
class TraceView final : public QWidget
{
    Q_OBJECT

public:
    enum Column { ElementColumn, RouteColumn, OriginColumn, RuleColumn };

    explicit TraceView(QWidget *parent = nullptr);
    ~TraceView() override;

    // A new analysis: the pickers list its endpoints and the current trace is walked again.
    void setAnalysis(std::shared_ptr<const routing::Analysis> analysis, const Design &design);
    // Traces from -> to (endpoint ids; `to` may also be an IPv4 address).
    void traceFlow(const QString &fromId, const QString &to);
    void clearTrace();

    const std::optional<routing::FlowResult> &result() const { return m_result; }
    bool isTracing() const { return m_watcher.isRunning(); }
    QTreeWidget *hopList() const { return m_hops; }
    QString verdictText() const;
    QString detailsText() const;

signals:
    void traced(const routing::FlowResult &flow);
    void cleared();

private:
    void startTrace();
    void showResult(const routing::FlowResult &flow);
    void fillPickers();

    std::shared_ptr<const routing::Analysis> m_analysis;
    Design m_design;
    QComboBox *m_from;
    QComboBox *m_to;
    QPushButton *m_traceButton;
    QLabel *m_verdict;
    QTreeWidget *m_hops;
    QLabel *m_details;
    QFutureWatcher<routing::FlowResult> m_watcher;
    quint64 m_request = 0;       // increases with every trace asked for
    quint64 m_running = 0;       // the request the running walk answers
    bool m_again = false;        // a newer request waits for the running walk
    std::optional<routing::FlowResult> m_result;
};

} // namespace spokewise::views
