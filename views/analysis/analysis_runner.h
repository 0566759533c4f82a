#pragma once

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
// analysed next, so edits never pile up jobs.
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

    // The quiet time after a change before analysing (default 100 ms).
    void setDelay(int milliseconds);
    // Analyses the current design as soon as no job runs, without waiting for the delay.
    void analyzeNow();

    // Publishes a result computed for `revision` unless the document has moved past it; returns
    // whether it was published. The worker's results arrive here; public so tests can offer one.
    bool deliver(quint64 revision, std::shared_ptr<const routing::Analysis> analysis);

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
        std::shared_ptr<const routing::Analysis> analysis;
    };

    void startJob();
    void jobFinished();

    Document *m_document;
    QTimer *m_delay;
    QFutureWatcher<Result> m_watcher;
    bool m_pending = false;      // the design changed while a job ran
    std::shared_ptr<const routing::Analysis> m_analysis;
    quint64 m_analysedRevision = 0;
    std::function<void()> m_jobHook;
};

} // namespace spokewise::views
