#include "canvas/canvas_view.h"

#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"

#include <QGraphicsLineItem>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace spokewise::views {

namespace {
constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 4.0;
constexpr qreal kZoomStep = 1.2;
} // namespace

CanvasView::CanvasView(DesignScene *scene, QWidget *parent) : QGraphicsView(scene, parent), m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(SmartViewportUpdate);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    m_minimap = new Minimap(scene, this);
    connect(scene, &DesignScene::rebuilt, this, &CanvasView::updateMinimap);
    connect(scene, &QGraphicsScene::changed, this, [this] {
        if (m_minimap->isVisible())
            m_minimap->viewport()->update();
    });
}

void CanvasView::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_tool = tool;
    setDragMode(tool == Tool::Select ? RubberBandDrag : NoDrag);
    viewport()->setCursor(tool == Tool::Pan ? Qt::OpenHandCursor : tool == Tool::Connect ? Qt::CrossCursor : Qt::ArrowCursor);
    emit toolChanged(tool);
}

void CanvasView::setZoom(qreal zoom, const QPointF &anchorScenePos)
{
    m_keepFitted = false;
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPoint anchorView = mapFromScene(anchorScenePos);
    setTransform(QTransform::fromScale(zoom, zoom));
    // Keep the anchor point under the same view position.
    const QPointF delta = mapToScene(anchorView) - anchorScenePos;
    centerOn(mapToScene(viewport()->rect().center()) - delta);
    emit zoomChanged(zoom);
    updateMinimap();
}

void CanvasView::zoomIn()
{
    setZoom(zoom() * kZoomStep, mapToScene(viewport()->rect().center()));
}

void CanvasView::zoomOut()
{
    setZoom(zoom() / kZoomStep, mapToScene(viewport()->rect().center()));
}

void CanvasView::resetZoom()
{
    setZoom(1.0, mapToScene(viewport()->rect().center()));
}

void CanvasView::fitDesign()
{
    const QRectF bounds = m_scene->designBounds();
    if (bounds.isEmpty())
        return;
    fitInView(bounds.adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setTransform(QTransform::fromScale(1.5, 1.5));
    centerOn(bounds.center());
    m_keepFitted = true;
    emit zoomChanged(zoom());
    updateMinimap();
}

void CanvasView::centerOnElements(const QStringList &ids)
{
    QRectF bounds;
    for (const auto &id : ids) {
        if (auto *item = m_scene->itemFor(id))
            bounds = bounds.united(item->sceneBoundingRect());
    }
    if (!bounds.isNull())
        centerOn(bounds.center());
}

void CanvasView::armPlacement(const QString &kind)
{
    m_armedKind = kind;
    viewport()->setCursor(kind.isEmpty() ? Qt::ArrowCursor : Qt::CrossCursor);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(kZoomStep, steps), mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    const bool pan = event->button() == Qt::MiddleButton
                     || (event->button() == Qt::LeftButton && (m_tool == Tool::Pan || m_spacePan));
    if (pan) {
        m_panning = true;
        m_panStart = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (!m_armedKind.isEmpty() && event->button() == Qt::LeftButton) {
        const QString kind = std::exchange(m_armedKind, QString());
        viewport()->setCursor(Qt::ArrowCursor);
        emit placeRequested(kind, mapToScene(event->pos()));
        event->accept();
        return;
    }
    if (m_tool == Tool::Connect && event->button() == Qt::LeftButton) {
        const QPointF p = mapToScene(event->pos());
        m_connectFrom = m_scene->elementAt(p);
        if (!m_connectFrom.isEmpty()) {
            m_connectLine = m_scene->addLine(QLineF(p, p), QPen(canvasStyle().selection, 2, Qt::DashLine));
            m_connectLine->setZValue(10);
        }
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->pos() - m_panStart;
        m_panStart = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (m_connectLine) {
        QLineF line = m_connectLine->line();
        line.setP2(mapToScene(event->pos()));
        m_connectLine->setLine(line);
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_tool == Tool::Pan || m_spacePan ? Qt::OpenHandCursor
                                                                : m_tool == Tool::Connect ? Qt::CrossCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    if (m_connectLine) {
        delete m_connectLine;
        m_connectLine = nullptr;
        const QString to = m_scene->elementAt(mapToScene(event->pos()));
        const QString from = std::exchange(m_connectFrom, QString());
        if (!to.isEmpty())
            emit connectRequested(from, to, event->globalPosition().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spacePan = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_armedKind.isEmpty()) {
        armPlacement({});
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_tool != Tool::Select) {
        setTool(Tool::Select);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spacePan = false;
        viewport()->setCursor(m_tool == Tool::Pan ? Qt::OpenHandCursor : m_tool == Tool::Connect ? Qt::CrossCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_keepFitted)
        fitDesign();
    updateMinimap();
}

void CanvasView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_minimap && m_minimap->isVisible())
        m_minimap->viewport()->update();
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(kindMimeType))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(kindMimeType))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void CanvasView::dropEvent(QDropEvent *event)
{
    if (event->mimeData()->hasFormat(kindMimeType)) {
        emit placeRequested(QString::fromUtf8(event->mimeData()->data(kindMimeType)),
                            mapToScene(event->position().toPoint()));
        event->acceptProposedAction();
        return;
    }
    QGraphicsView::dropEvent(event);
}

void CanvasView::updateMinimap()
{
    if (!m_minimap)
        return;
    const QRectF bounds = m_scene->designBounds();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const bool large = !bounds.isEmpty() && !visible.contains(bounds);
    m_minimap->setVisible(large);
    if (large) {
        const QSize size(200, 140);
        m_minimap->setGeometry(viewport()->width() - size.width() - 12, viewport()->height() - size.height() - 12,
                               size.width(), size.height());
        m_minimap->refresh();
    }
}

// ---------------------------------------------------------------- Minimap

Minimap::Minimap(DesignScene *scene, CanvasView *canvas) : QGraphicsView(scene, canvas->viewport()), m_canvas(canvas)
{
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing);
    setFrameShape(QFrame::Box);
    setToolTip(tr("Overview: click or drag to move the view"));
    hide();
}

void Minimap::refresh()
{
    fitInView(static_cast<DesignScene *>(scene())->designBounds().adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    viewport()->update();
}

void Minimap::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_canvas->mapToScene(m_canvas->viewport()->rect()).boundingRect();
    QColor fill = canvasStyle().selection;
    fill.setAlpha(40);
    painter->setPen(QPen(canvasStyle().selection, 0));
    painter->setBrush(fill);
    painter->drawRect(visible);
}

void Minimap::mousePressEvent(QMouseEvent *event)
{
    m_canvas->centerOn(mapToScene(event->pos()));
    viewport()->update();
}

void Minimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        m_canvas->centerOn(mapToScene(event->pos()));
        viewport()->update();
    }
}

void Minimap::wheelEvent(QWheelEvent *event)
{
    event->ignore();
}

} // namespace spokewise::views
