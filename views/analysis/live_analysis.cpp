#include "analysis/live_analysis.h"

#include "analysis/analysis_overlay.h"
#include "analysis/analysis_runner.h"
#include "analysis/canvas_legend.h"
#include "analysis/matrix_view.h"
#include "analysis/routes_view.h"
#include "analysis/trace_view.h"
#include "canvas/design_scene.h"
#include "document/document.h"

#include <QAbstractScrollArea>

namespace spokewise::views {

LiveAnalysis::LiveAnalysis(Document *document, DesignScene *scene, QAbstractScrollArea *canvas, AnalysisRunner *runner,
                           QObject *parent)
    : QObject(parent),
      m_document(document),
      m_scene(scene),
      m_runner(runner),
      m_matrix(new MatrixView),
      m_trace(new TraceView),
      m_routes(new RoutesView),
      m_overlay(new CanvasOverlay(scene, this)),
      m_legend(new CanvasLegend(canvas)),
      m_badge(new ProblemsBadge(canvas))
{
    // The docks take the views over; until then this object owns them.
    for (QWidget *w : {static_cast<QWidget *>(m_matrix), static_cast<QWidget *>(m_trace), static_cast<QWidget *>(m_routes)})
        connect(this, &QObject::destroyed, w, [w] { if (!w->parent()) delete w; });

    connect(m_runner, &AnalysisRunner::analysisFinished, this, &LiveAnalysis::showAnalysis);
    connect(m_matrix, &MatrixView::flowActivated, this, [this](const QString &from, const QString &to) {
        m_trace->traceFlow(from, to);
        emit traceRequested();
    });
    connect(m_trace, &TraceView::traced, m_overlay, &CanvasOverlay::setTrace);
    connect(m_trace, &TraceView::cleared, m_overlay, &CanvasOverlay::clearTrace);
    // A path drawn for an older design would be wrong: gone until the new analysis re-traces it.
    connect(m_document, &Document::changed, m_overlay, &CanvasOverlay::clearTrace);
    // Queued: the scene also reports selection changes from inside clear() (rebuild, destruction),
    // when its items are half gone.
    connect(m_scene, &DesignScene::selectedElementsChanged, this, &LiveAnalysis::selectionChanged, Qt::QueuedConnection);
}

void LiveAnalysis::showAnalysis()
{
    const auto analysis = m_runner->analysis();
    if (!analysis)
        return;
    const Design &design = m_document->design();
    m_matrix->setAnalysis(analysis, design);
    m_routes->setAnalysis(analysis, design);
    m_trace->setAnalysis(analysis, design);
    m_overlay->setAnalysis(analysis);
    int count = 0;
    int errors = 0;
    for (const routing::Finding &f : analysis->findings()) {
        ++count;
        if (f.severity == routing::Severity::Error || f.severity == routing::Severity::Unsupported)
            ++errors;
    }
    for (const routing::IntentResult &r : analysis->intents()) {
        if (!r.satisfied) {
            ++count;
            ++errors;
        }
    }
    m_badge->setProblems(count, errors);
}

void LiveAnalysis::selectionChanged(const QStringList &ids)
{
    const QString id = ids.size() == 1 ? ids.front() : QString();
    if (!id.isEmpty())
        m_routes->setElement(id);
    m_overlay->setSource(id);
}

} // namespace spokewise::views
