#include "analysis/analysis_runner.h"

#include "document/document.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace spokewise::views {

AnalysisRunner::AnalysisRunner(Document *document, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(100);
    connect(m_delay, &QTimer::timeout, this, &AnalysisRunner::startJob);
    connect(m_document, &Document::changed, m_delay, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AnalysisRunner::jobFinished);
}

// A job still running owns its copy of the design and of the hook, so it may outlive the runner;
// its result simply goes nowhere.
AnalysisRunner::~AnalysisRunner()
{
    m_watcher.disconnect(this);
}

void AnalysisRunner::setDelay(int milliseconds)
{
    m_delay->setInterval(milliseconds);
}

void AnalysisRunner::analyzeNow()
{
    m_delay->stop();
    startJob();
}

void AnalysisRunner::startJob()
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const quint64 revision = m_document->revision();
    // When only the failed set changed, the published healthy analysis is still the design's.
    std::shared_ptr<const routing::Analysis> healthy;
    if (m_analysis && m_analysedRevision == revision)
        healthy = m_analysis;
    // After an edit, the last published analysis lends the matrix walks the edit did not touch
    // (routing::reanalyze gives the same result as a full analysis, faster).
    std::shared_ptr<const routing::Analysis> previous = m_analysis;
    // The snapshot: the worker reads only this copy, never the live document.
    m_watcher.setFuture(QtConcurrent::run([design = m_document->design(), revision, failed = m_failed, healthy,
                                           previous, hook = m_jobHook]() mutable {
        if (hook)
            hook();
        if (!healthy) {
            if (previous) {
                healthy = std::make_shared<const routing::Analysis>(routing::reanalyze(*previous, design));
            } else {
                routing::AnalyzeOptions keep;
                keep.keepDependencies = true;
                healthy = std::make_shared<const routing::Analysis>(routing::analyze(design, keep));
            }
        }
        std::shared_ptr<const WhatIfReport> whatIf;
        if (!failed.empty())
            whatIf = std::make_shared<const WhatIfReport>(computeWhatIf(design, *healthy, failed));
        return Result{revision, std::move(failed), std::move(healthy), std::move(whatIf)};
    }));
    emit analysisStarted();
}

void AnalysisRunner::jobFinished()
{
    const Result result = m_watcher.result();
    if (m_pending) {
        startJob();
        return;
    }
    deliver(result.revision, result.failed, result.analysis, result.whatIf);
}

void AnalysisRunner::setFailed(const std::set<Id> &failed)
{
    if (failed == m_failed)
        return;
    m_failed = failed;
    m_delay->stop();
    startJob();
}

bool AnalysisRunner::deliver(quint64 revision, std::shared_ptr<const routing::Analysis> analysis)
{
    return deliver(revision, m_failed, std::move(analysis), nullptr);
}

bool AnalysisRunner::deliver(quint64 revision, const std::set<Id> &failed,
                             std::shared_ptr<const routing::Analysis> analysis, std::shared_ptr<const WhatIfReport> whatIf)
{
    if (revision != m_document->revision() || failed != m_failed || !analysis)
        return false;
    m_whatIf = std::move(whatIf);
    m_analysis = std::move(analysis);
    m_analysedRevision = revision;
    emit analysisFinished(revision);
    return true;
}

} // namespace spokewise::views
