#pragma once

#include <QGraphicsView>

class QGraphicsLineItem;

namespace spokewise::views {

class DesignScene;
class Minimap;

// The canvas view: zoom (Ctrl+wheel, keys, fit), pan (middle button or Space+drag), rubber-band
// selection, the connect tool, and drops from the palette. It edits only through the scene's
// Document; what to do with a connect gesture or a drop is decided by its signals' receivers.
class CanvasView final : public QGraphicsView
{
    Q_OBJECT

public:
    enum class Tool { Select, Pan, Connect };

    explicit CanvasView(DesignScene *scene, QWidget *parent = nullptr);

    DesignScene *designScene() const { return m_scene; }
    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    qreal zoom() const { return transform().m11(); }

    void zoomIn();
    void zoomOut();
    void resetZoom();
    // Fits the design into the view; until the user zooms, the view keeps it fitted on resize.
    void fitDesign();
    void setZoom(qreal zoom, const QPointF &anchorScenePos);
    void centerOnElements(const QStringList &ids);
    // The next left click on the canvas places an element of this palette kind (Esc cancels).
    void armPlacement(const QString &kind);
    QString armedPlacement() const { return m_armedKind; }

    static constexpr const char *kindMimeType = "application/x-spokewise-kind";

signals:
    void zoomChanged(qreal zoom);
    // A connect gesture from one element to another (scene position of the release).
    void connectRequested(const QString &fromId, const QString &toId, const QPoint &globalPos);
    // A palette item dropped (or click-placed) at a scene position.
    void placeRequested(const QString &kind, const QPointF &scenePos);
    void toolChanged(Tool tool);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateMinimap();

    DesignScene *m_scene;
    Minimap *m_minimap = nullptr;
    Tool m_tool = Tool::Select;
    bool m_spacePan = false;
    bool m_keepFitted = false;
    bool m_panning = false;
    QPoint m_panStart;
    QString m_connectFrom;
    QString m_armedKind;
    QGraphicsLineItem *m_connectLine = nullptr;
};

// A small overview of the whole design in a corner of the canvas, shown when the design is larger
// than the view; clicking or dragging in it moves the view.
class Minimap final : public QGraphicsView
{
    Q_OBJECT

public:
    Minimap(DesignScene *scene, CanvasView *canvas);
    void refresh();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    CanvasView *m_canvas;
};

} // namespace spokewise::views
