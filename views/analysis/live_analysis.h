#pragma once

#include <QObject>

class QAbstractScrollArea;

namespace spokewise::views {

class AnalysisRunner;
class CanvasLegend;
class CanvasOverlay;
class DesignScene;
class Document;
class MatrixView;
class ProblemsBadge;
class RoutesView;
class TraceView;

// Wires the live-analysis views to the runner, the canvas and each other, so that the designer
// window only puts them in docks: the matrix, trace and routes docks follow each published
// analysis; a matrix cell opens its trace; the trace is drawn on the canvas (and cleared when the
// design changes or the trace is cleared); the canvas and outline selection drives the routes
// dock and the endpoint colouring; the legend and the problems badge sit on the canvas.
class LiveAnalysis final : public QObject
{
    Q_OBJECT

public:
    LiveAnalysis(Document *document, DesignScene *scene, QAbstractScrollArea *canvas, AnalysisRunner *runner,
                 QObject *parent = nullptr);

    MatrixView *matrix() const { return m_matrix; }
    TraceView *trace() const { return m_trace; }
    RoutesView *routes() const { return m_routes; }
    CanvasOverlay *overlay() const { return m_overlay; }
    CanvasLegend *legend() const { return m_legend; }
    ProblemsBadge *problemsBadge() const { return m_badge; }

signals:
    // A flow was asked for from the matrix: show the Trace dock.
    void traceRequested();

private:
    void showAnalysis();
    void selectionChanged(const QStringList &ids);

    Document *m_document;
    DesignScene *m_scene;
    AnalysisRunner *m_runner;
    MatrixView *m_matrix;
    TraceView *m_trace;
    RoutesView *m_routes;
    CanvasOverlay *m_overlay;
    CanvasLegend *m_legend;
    ProblemsBadge *m_badge;
};

} // namespace spokewise::views
