#pragma once

#include "routing/analysis.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QStringList>

#include <memory>

class QGraphicsItem;

namespace spokewise::views {

class DesignScene;

// Draws the live analysis over the canvas without touching the element items' own state:
// - from a selected endpoint, every other endpoint outlined in the colour (and glyph) of its
//   verdict from there (the matrix row);
// - a traced flow: its hop elements outlined and numbered, and the connectors between them drawn
//   over in the trace colour.
// The verdict outlines are one layer item that reads the element items' boxes when it paints;
// the trace's outlines are child items of the hop elements, so they follow moves. The scene's
// rebuild deletes all of them and the overlay puts them back from what it holds.
class CanvasOverlay final : public QObject
{
    Q_OBJECT

public:
    // The items alive in one layer of the overlay (they add and remove themselves).
    using Registry = std::shared_ptr<QSet<QGraphicsItem *>>;

    explicit CanvasOverlay(DesignScene *scene, QObject *parent = nullptr);
    ~CanvasOverlay() override;

    void setAnalysis(std::shared_ptr<const routing::Analysis> analysis);
    // Colours the endpoints by their verdict from `endpointId`; an id that is no endpoint clears.
    void setSource(const QString &endpointId);
    QString source() const { return m_source; }
    void setTrace(const routing::FlowResult &flow);
    void clearTrace();

    // What is shown, for tests: the verdict drawn on an endpoint (-1: none), the traced ids.
    int verdictShownOn(const QString &id) const;
    const QStringList &traceElements() const { return m_traceElements; }
    const QStringList &traceLinks() const { return m_traceLinks; }

private:
    static void removeItems(const Registry &items);
    void applyVerdicts();
    void applyTrace();

    DesignScene *m_scene;
    std::shared_ptr<const routing::Analysis> m_analysis;
    QString m_source;
    QHash<QString, int> m_verdicts;      // endpoint id -> verdict shown
    QStringList m_traceElements;         // hop elements in order (unique)
    QStringList m_traceLinks;            // connector ids on the path
    Registry m_verdictItems;
    Registry m_traceItems;
};

} // namespace spokewise::views
