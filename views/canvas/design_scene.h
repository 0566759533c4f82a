#pragma once

#include "canvas/canvas_items.h"

#include <QGraphicsScene>
#include <QHash>
#include <QStringList>

namespace spokewise::views {

class Document;

// The canvas: mirrors the Document's design as items and turns mouse gestures into Document edits.
//
// Structure changes (add, remove, change) rebuild the items on the next event-loop turn, keeping the
// selection; moves only reposition items and re-route their connectors, so dragging stays cheap.
// Children of containers (subnet bands, the gateways, firewalls, Route Servers and NVAs inside
// them) are laid out automatically; only top-level items have stored positions.
class DesignScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit DesignScene(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }

    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap) { m_snapToGrid = snap; }

    QStringList selectedElementIds() const;
    void selectElements(const QStringList &ids);
    // The item drawn for an element id (a hub's gateways answer to "<hub>#vpn", "#er", "#p2s").
    ElementItem *itemFor(const QString &id) const { return m_items.value(id); }
    const QList<LinkItem *> &links() const { return m_links; }
    // The element at a scene point (the innermost one), or an empty string.
    QString elementAt(const QPointF &scenePos) const;
    // Every element's box, for fit-to-view and export.
    QRectF designBounds() const;

    // Rebuilds every item now (normally scheduled after a structure change).
    void rebuild();
    // Called by element items when they move, to re-route their connectors.
    void elementItemMoved(ElementItem *item);

signals:
    void selectedElementsChanged(const QStringList &ids);
    void rebuilt();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void scheduleRebuild();
    void applyLayout(const QStringList &ids);
    void commitMove(bool continuing);
    void routeLinksOf(const QString &id);
    void routeLink(LinkItem *link);
    void routeAllLinks();
    void addLink(const QString &elementId, ConnectionKind kind, const QString &from, const QString &to,
                 const QString &toolTip);

    Document *m_document;
    QHash<QString, ElementItem *> m_items;        // element id (and hub gateway anchors) -> item
    QHash<QString, QStringList> m_descendants;    // container id -> ids of the items inside it
    QHash<QString, QList<LinkItem *>> m_linksByEnd;
    QList<LinkItem *> m_links;
    LinkLayer *m_linkLayer = nullptr;
    bool m_snapToGrid = true;
    bool m_rebuildScheduled = false;
    bool m_rebuilding = false;
    bool m_dragging = false;
    bool m_dragCommitted = false;
};

} // namespace spokewise::views
