#pragma once

#include "analysis/whatif_report.h"
#include "routing/analysis.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace spokewise::views {

class Document;

// Keeps a routing analysis of the open design current without blocking the GUI: after each change
// (debounced) it copies the design, analyses the copy on a worker thread and publishes the result
// on the GUI thread, unless the design changed meanwhile. The engine has no cancellation, so a
// running job is left to finish and its stale result is dropped; only the latest design is
// analysed next, so edits never pile up jobs. Each job re-analyses from the last published
// analysis (routing::reanalyze), so after a small edit only the walks it touched are redone.
class AnalysisRunner final : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisRunner(Document *document, QObject *parent = nullptr);
    ~AnalysisRunner() override;

    // The latest published analysis (null before the first one) and the revision it describes.
    std::shared_ptr<const routing::Analysis> analysis() const { return m_analysis; }
    quint64 analysedRevision() const { return m_analysedRevision; }
    bool isRunning() const { return m_watcher.isRunning(); }

    // What-if: the elements treated as failed. A view state, not part of the design; changing it
    // re-analyses at once. analysis() stays the healthy design's; whatIf() is the analysis with
    // the failures and its difference from the healthy one (null while nothing is failed). While
    // something is failed a job analyses twice; when only the failed set changed, the published
    // healthy analysis is reused.
    void setFailed(const std::set<Id> &failed);
    const std::set<Id> &failed() const { return m_failed; }
    std::shared_ptr<const WhatIfReport> whatIf() const { return m_whatIf; }

    // The quiet time after a change before analysing (default 100 ms).
    void setDelay(int milliseconds);
    // Analyses the current design as soon as no job runs, without waiting for the delay.
    void analyzeNow();

    // Publishes a result computed for `revision` (and the current failed set, without a what-if)
    // unless the document has moved past it; returns whether it was published. The worker's
    // results arrive here; public so tests can offer one.
    bool deliver(quint64 revision, std::shared_ptr<const routing::Analysis> analysis);
    // The same with the failed set the result was computed for: dropped unless both the revision
    // and the failed set are still current.
    bool deliver(quint64 revision, const std::set<Id> &failed, std::shared_ptr<const routing::Analysis> analysis,
                 std::shared_ptr<const WhatIfReport> whatIf);

    // Called on the worker thread at the start of each job (tests record the thread).
    void setJobHook(std::function<void()> hook) { m_jobHook = std::move(hook); }

signals:
    void analysisStarted();
    // A result for `revision` (the document's current one) was published.
    void analysisFinished(quint64 revision);

private:
    // What a job hands back: the revision it analysed and its result.
    struct Result
    {
        quint64 revision = 0;
        std::set<Id> failed;
        std::shared_ptr<const routing::Analysis> analysis;
        std::shared_ptr<const WhatIfReport> whatIf;
    };

    void startJob();
    void jobFinished();

    Document *m_document;
    QTimer *m_delay;
    QFutureWatcher<Result> m_watcher;
    bool m_pending = false;      // the design changed while a job ran
    std::shared_ptr<const routing::Analysis> m_analysis;
    quint64 m_analysedRevision = 0;
    std::set<Id> m_failed;
    std::shared_ptr<const WhatIfReport> m_whatIf;
    std::function<void()> m_jobHook;
};

} // namespace spokewise::views
