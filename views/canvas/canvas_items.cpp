#include "canvas/canvas_items.h"

#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"

#include <QFontMetricsF>
#include <QHash>
#include <QSet>
#include <QPainter>
#include <QScopeGuard>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace spokewise::views {

namespace {

// Icons are drawn from the bundled SVGs; a missing one falls back to a plain rounded square so
// the element stays visible and selectable.
QSvgRenderer *iconRenderer(const QString &name)
{
    static QHash<QString, QSvgRenderer *> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        auto *renderer = new QSvgRenderer(QStringLiteral(":/icons/%1.svg").arg(name));
        it = cache.insert(name, renderer->isValid() ? renderer : nullptr);
        if (!renderer->isValid())
            delete renderer;
    }
    return it.value();
}

void drawIcon(QPainter *painter, const QString &name, const QRectF &box)
{
    if (auto *renderer = iconRenderer(name)) {
        renderer->render(painter, box);
        return;
    }
    const auto &s = canvasStyle();
    painter->setPen(QPen(s.nodeBorder, 1.5));
    painter->setBrush(s.containerFill);
    painter->drawRoundedRect(box.adjusted(2, 2, -2, -2), 4, 4);
}

QString elided(const QString &text, const QFont &font, qreal width)
{
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

// Draws a name in `rect`: in `font` when it fits, else in a font up to a quarter smaller, and
// elided only when even that is too wide ("ExpressRoute circuit" rather than "ExpressRoute cir…").
void drawName(QPainter *painter, const QRectF &rect, int flags, const QString &text, const QFont &font)
{
    QFont f = font;
    const qreal full = font.pointSizeF() > 0 ? font.pointSizeF() : 0;
    if (full > 0) {
        for (qreal size = full; size >= full * 0.75; size -= 0.25) {
            f.setPointSizeF(size);
            if (QFontMetricsF(f).horizontalAdvance(text) <= rect.width())
                break;
        }
    }
    painter->setFont(f);
    painter->drawText(rect, flags, elided(text, f, rect.width()));
    painter->setFont(font);
}

} // namespace

// ---------------------------------------------------------------- ElementItem

ElementItem::ElementItem(const QString &elementId, const ElementLabel &label, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_elementId(elementId), m_label(label)
{
    setToolTip(label.toolTip.isEmpty() ? label.title : label.toolTip);
    setFlag(ItemIsSelectable);
}

void ElementItem::setMark(ElementMark mark)
{
    if (m_mark != mark) {
        m_mark = mark;
        update();
    }
}

QVariant ElementItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    auto *designScene = qobject_cast<DesignScene *>(scene());
    if (change == ItemPositionChange && designScene && designScene->snapToGrid() && !parentItem()) {
        const qreal g = CanvasStyle::gridSize;
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / g) * g, std::round(p.y() / g) * g);
    }
    if (change == ItemPositionHasChanged && designScene)
        designScene->elementItemMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void ElementItem::paintSelectionAndMark(QPainter *painter, const QRectF &box, qreal radius) const
{
    const auto &s = canvasStyle();
    if (m_mark == ElementMark::Failed) {
        // What-if: washed out towards the background and struck through, so it reads as "gone".
        QColor wash = s.background;
        wash.setAlpha(150);
        painter->fillRect(box, wash);
        if (type() != BandItemType) {
            painter->setPen(QPen(QColor(0x88, 0x88, 0x88), 2));
            painter->drawLine(box.topLeft() + QPointF(4, 4), box.bottomRight() - QPointF(4, 4));
        }
    }
    if (m_mark != ElementMark::None) {
        QPen pen(m_mark == ElementMark::Failed ? QColor(0x99, 0x99, 0x99) : QColor(0xd0, 0x30, 0x30), 3);
        if (m_mark == ElementMark::Failed)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-3, -3, 3, 3), radius + 2, radius + 2);
    }
    if (isSelected()) {
        painter->setPen(QPen(s.selection, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-1.5, -1.5, 1.5, 1.5), radius + 1, radius + 1);
    }
}

// ---------------------------------------------------------------- NodeItem

NodeItem::NodeItem(const QString &elementId, const ElementLabel &label, bool hosted, QGraphicsItem *parent)
    : ElementItem(elementId, label, parent), m_hosted(hosted)
{
    if (!hosted)
        setFlags(flags() | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(hosted ? 2 : 1);
}

QRectF NodeItem::boundingRect() const
{
    return m_hosted ? QRectF(0, 0, CanvasStyle::hostedWidth, CanvasStyle::hostedHeight)
                    : QRectF(0, 0, CanvasStyle::nodeWidth, CanvasStyle::nodeHeight);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto &s = canvasStyle();
    const QRectF box = boundingRect();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(s.nodeBorder, 1));
    painter->setBrush(s.nodeFill);
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    painter->setPen(s.text);
    if (m_hosted) {
        drawIcon(painter, label().iconName, QRectF(4, 4, 32, 32));
        const QRectF text(40, 3, box.width() - 44, 18);
        drawName(painter, text, Qt::AlignLeft | Qt::AlignVCenter, label().title, s.labelFont);
        painter->setFont(s.smallFont);
        painter->setPen(s.secondaryText);
        const QRectF detail(40, 20, box.width() - 44, 16);
        painter->drawText(detail, Qt::AlignLeft | Qt::AlignVCenter, elided(label().detail, s.smallFont, detail.width()));
    } else {
        drawIcon(painter, label().iconName, QRectF((box.width() - 32) / 2, 6, 32, 32));
        const QRectF text(4, 40, box.width() - 8, 18);
        drawName(painter, text, Qt::AlignCenter, label().title, s.titleFont);
        painter->setFont(s.smallFont);
        painter->setPen(s.secondaryText);
        const QRectF detail(4, 57, box.width() - 8, 16);
        painter->drawText(detail, Qt::AlignCenter, elided(label().detail, s.smallFont, detail.width()));
    }
    paintSelectionAndMark(painter, box, 6);
}

// ---------------------------------------------------------------- ContainerItem

ContainerItem::ContainerItem(const QString &elementId, const ElementLabel &label, bool hub)
    : ElementItem(elementId, label), m_size(300, 120), m_hub(hub)
{
    setFlags(flags() | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(0);
}

void ContainerItem::setSize(const QSizeF &size)
{
    prepareGeometryChange();
    m_size = size;
}

void ContainerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto &s = canvasStyle();
    const QRectF box = boundingRect();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen border(s.containerBorder, 1.5);
    if (m_hub)
        border.setColor(s.linkColor(ConnectionKind::HubConnection));
    painter->setPen(border);
    painter->setBrush(m_hub ? s.hubFill : s.containerFill);
    painter->drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 8, 8);
    drawIcon(painter, label().iconName, QRectF(8, 6, 32, 32));
    painter->setPen(s.text);
    const QRectF title(46, 4, box.width() - 52, 20);
    drawName(painter, title, Qt::AlignLeft | Qt::AlignVCenter, label().title, s.titleFont);
    painter->setFont(s.smallFont);
    painter->setPen(s.secondaryText);
    const QRectF detail(46, 22, box.width() - 52, 18);
    painter->drawText(detail, Qt::AlignLeft | Qt::AlignVCenter, elided(label().detail, s.smallFont, detail.width()));
    paintSelectionAndMark(painter, box, 8);
}

// ---------------------------------------------------------------- BandItem

BandItem::BandItem(const QString &elementId, const ElementLabel &label, const QSizeF &size, QGraphicsItem *parent)
    : ElementItem(elementId, label, parent), m_size(size)
{
    setZValue(1);
}

void BandItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto &s = canvasStyle();
    const QRectF box = boundingRect();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(s.bandBorder, 1));
    painter->setBrush(s.bandFill);
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->setPen(s.text);
    const qreal labelWidth = 150;
    const QRectF name(8, 2, labelWidth - 8, 16);
    drawName(painter, name, Qt::AlignLeft | Qt::AlignVCenter, label().title, s.labelFont);
    painter->setPen(s.secondaryText);
    painter->setFont(s.smallFont);
    const QRectF detail(8, 16, labelWidth - 8, 12);
    painter->drawText(detail, Qt::AlignLeft | Qt::AlignVCenter, elided(label().detail, s.smallFont, detail.width()));
    paintSelectionAndMark(painter, box, 4);
}

// ---------------------------------------------------------------- LinkItem

LinkItem::LinkItem(const QString &elementId, ConnectionKind kind, const QString &fromId, const QString &toId,
                   const QString &toolTip)
    : m_elementId(elementId), m_kind(kind), m_fromId(fromId), m_toId(toId)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemHasNoContents); // drawn by the LinkLayer
    setToolTip(toolTip);
    setZValue(kind == ConnectionKind::Intent || kind == ConnectionKind::TrafficFlow ? 4 : 3);
}

void LinkItem::route(const QRectF &from, const QRectF &to, const QList<QRectF> &obstacles)
{
    prepareGeometryChange();
    m_path = orthogonalRoute(from, to, obstacles);
    const int n = m_path.elementCount();
    if (n >= 2) {
        m_arrowTip = m_path.elementAt(n - 1);
        m_arrowFrom = m_path.elementAt(n - 2);
    }
    if (m_layer)
        m_layer->rerouted(this);
}

void LinkItem::setMark(ElementMark mark)
{
    if (m_mark != mark) {
        m_mark = mark;
        if (m_layer)
            m_layer->repaint(this);
    }
}

QRectF LinkItem::boundingRect() const
{
    return m_path.boundingRect().adjusted(-8, -8, 8, 8);
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(m_path);
}

namespace {

// The part of segment a-b inside r (Liang-Barsky), if any.
bool clipSegment(QPointF &a, QPointF &b, const QRectF &r)
{
    qreal t0 = 0, t1 = 1;
    const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
    const qreal p[4] = {-dx, dx, -dy, dy};
    const qreal q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    const QPointF start = a;
    a = start + QPointF(dx * t0, dy * t0);
    b = start + QPointF(dx * t1, dy * t1);
    return true;
}

// The connector's polyline clipped to what is exposed: a dashed pen is computed along the whole
// length it is given, so long connectors would cost time for every off-screen dash.
QVector<QLineF> visibleSegments(const QPainterPath &path, const QRectF &exposed)
{
    QVector<QLineF> lines;
    for (int i = 1; i < path.elementCount(); ++i) {
        QPointF a = path.elementAt(i - 1);
        QPointF b = path.elementAt(i);
        if (clipSegment(a, b, exposed))
            lines.append(QLineF(a, b));
    }
    return lines;
}

} // namespace

void LinkItem::paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Drawn by the LinkLayer (ItemHasNoContents is set): nothing to do here.
}

QVariant LinkItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged && m_layer)
        m_layer->repaint(this);
    return QGraphicsItem::itemChange(change, value);
}

void LinkItem::paintSegments(QPainter *painter, const QVector<QLineF> &lines, bool endVisible) const
{
    const auto &s = canvasStyle();
    if (isSelected()) {
        painter->setPen(QPen(s.selection, 7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawLines(lines);
    }
    QPen pen = s.linkPen(m_kind);
    if (m_negative)
        pen.setColor(s.dark ? QColor(0xda, 0x3b, 0x42).lighter(130) : QColor(0xda, 0x3b, 0x42));
    if (m_mark == ElementMark::Broken) {
        // Thicker too, so a violated "must not reach" stands out from a satisfied one (both red).
        pen.setColor(QColor(0xd0, 0x30, 0x30));
        pen.setWidthF(std::max<qreal>(pen.widthF(), 3));
    } else if (m_mark == ElementMark::Failed) {
        pen.setColor(QColor(0x99, 0x99, 0x99));
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawLines(lines);
    const bool directed = m_kind == ConnectionKind::Intent || m_kind == ConnectionKind::TrafficFlow
                          || m_kind == ConnectionKind::P2sAttachment;
    if (!directed || !endVisible)
        return;
    const QLineF line(m_arrowFrom, m_arrowTip);
    if (line.length() < 0.1)
        return;
    const QPainter::RenderHints hints = painter->renderHints();
    painter->setRenderHint(QPainter::Antialiasing);
    const auto restoreHints = qScopeGuard([&] { painter->setRenderHints(hints, true); painter->setRenderHint(QPainter::Antialiasing, hints.testFlag(QPainter::Antialiasing)); });
    const qreal angle = std::atan2(-line.dy(), line.dx());
    const qreal size = 9;
    painter->setPen(QPen(pen.color(), 1));
    painter->setBrush(pen.color());
    if (m_negative) {
        // A bar instead of an arrow head: "must not get there".
        const QPointF normal(std::sin(angle) * size, std::cos(angle) * size);
        const QPointF base = m_arrowTip - QPointF(std::cos(angle) * 4, -std::sin(angle) * 4);
        painter->setPen(QPen(pen.color(), 3, Qt::SolidLine, Qt::FlatCap));
        painter->drawLine(base + normal, base - normal);
    } else {
        const QPointF p1 = m_arrowTip - QPointF(std::sin(angle + M_PI / 3) * size, std::cos(angle + M_PI / 3) * size);
        const QPointF p2 = m_arrowTip - QPointF(std::sin(angle + M_PI - M_PI / 3) * size, std::cos(angle + M_PI - M_PI / 3) * size);
        painter->drawPolygon(QPolygonF({m_arrowTip, p1, p2}));
    }
}

// ---------------------------------------------------------------- LinkLayer

namespace {
constexpr qreal kLinkCell = 256;
}

LinkLayer::LinkLayer()
{
    setZValue(3);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

void LinkLayer::add(LinkItem *link)
{
    link->setLayer(this);
    file(link);
}

void LinkLayer::clear()
{
    m_grid.clear();
    m_cellsOf.clear();
}

void LinkLayer::rerouted(LinkItem *link)
{
    const QRectF before = link->boundingRect();
    unfile(link);
    file(link);
    update(before);
    update(link->boundingRect());
}

void LinkLayer::repaint(const LinkItem *link)
{
    update(link->boundingRect());
}

void LinkLayer::file(LinkItem *link)
{
    const QPainterPath &path = link->path();
    QVector<Cell> cells;
    for (int i = 1; i < path.elementCount(); ++i) {
        const QRectF r = QRectF(QPointF(path.elementAt(i - 1)), QPointF(path.elementAt(i))).normalized();
        for (int x = int(std::floor(r.left() / kLinkCell)); x <= int(std::floor(r.right() / kLinkCell)); ++x) {
            for (int y = int(std::floor(r.top() / kLinkCell)); y <= int(std::floor(r.bottom() / kLinkCell)); ++y) {
                const Cell c{x, y};
                if (!cells.contains(c)) {
                    cells.append(c);
                    m_grid[c].append(link);
                }
            }
        }
    }
    m_cellsOf.insert(link, cells);
    const QRectF box = link->boundingRect();
    if (!m_bounds.contains(box)) {
        prepareGeometryChange();
        m_bounds = m_bounds.united(box);
    }
}

void LinkLayer::unfile(LinkItem *link)
{
    for (const Cell &c : m_cellsOf.take(link)) {
        auto &list = m_grid[c];
        list.removeOne(link);
    }
}

void LinkLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    QRectF visible = option->exposedRect;
    if (painter->device()) {
        bool invertible = false;
        const QTransform toScene = painter->worldTransform().inverted(&invertible);
        if (invertible)
            visible = visible.intersected(toScene.mapRect(QRectF(0, 0, painter->device()->width(), painter->device()->height())));
    }
    visible.adjust(-12, -12, 12, 12);
    // Orthogonal connectors are axis-aligned: antialiasing adds cost and no quality to them.
    painter->setRenderHint(QPainter::Antialiasing, false);
    QVector<LinkItem *> seen;
    QSet<LinkItem *> seenSet;
    for (int x = int(std::floor(visible.left() / kLinkCell)); x <= int(std::floor(visible.right() / kLinkCell)); ++x) {
        for (int y = int(std::floor(visible.top() / kLinkCell)); y <= int(std::floor(visible.bottom() / kLinkCell)); ++y) {
            const auto it = m_grid.constFind(Cell{x, y});
            if (it == m_grid.constEnd())
                continue;
            for (LinkItem *link : *it) {
                if (!seenSet.contains(link)) {
                    seenSet.insert(link);
                    seen.append(link);
                }
            }
        }
    }
    // Plain connectors of one kind often run on top of each other (a hub's peerings leave it on one
    // line): their collinear pieces are merged and stroked once per kind. Selected, marked, negative
    // and directed connectors are drawn one by one, after, so that they stay on top.
    struct Run
    {
        qreal from;
        qreal to;
    };
    std::map<std::tuple<int, bool, qint64>, QVector<Run>> runs; // (kind, horizontal, fixed coordinate in 1/4 px)
    QVector<LinkItem *> individual;
    for (LinkItem *link : std::as_const(seen)) {
        if (!link->isVisible())
            continue;
        const bool plain = !link->isSelected() && link->mark() == ElementMark::None && !link->isNegative()
                           && link->kind() != ConnectionKind::Intent && link->kind() != ConnectionKind::TrafficFlow
                           && link->kind() != ConnectionKind::P2sAttachment;
        if (!plain) {
            individual.append(link);
            continue;
        }
        for (const QLineF &line : visibleSegments(link->path(), visible)) {
            const bool horizontal = std::abs(line.dy()) < 0.01;
            const bool vertical = std::abs(line.dx()) < 0.01;
            if (!horizontal && !vertical) {
                individual.append(link);
                break;
            }
            const qreal fixed = horizontal ? line.y1() : line.x1();
            const qreal a = horizontal ? line.x1() : line.y1();
            const qreal b = horizontal ? line.x2() : line.y2();
            runs[{static_cast<int>(link->kind()), horizontal, qRound64(fixed * 4)}].append({std::min(a, b), std::max(a, b)});
        }
    }
    for (auto &[key, list] : runs) {
        const auto [kind, horizontal, fixedQuarter] = key;
        std::sort(list.begin(), list.end(), [](const Run &x, const Run &y) { return x.from < y.from; });
        QVector<QLineF> merged;
        const qreal fixed = fixedQuarter / 4.0;
        Run current = list.front();
        const auto flush = [&] {
            merged.append(horizontal ? QLineF(current.from, fixed, current.to, fixed) : QLineF(fixed, current.from, fixed, current.to));
        };
        for (int i = 1; i < list.size(); ++i) {
            if (list[i].from <= current.to + 0.5) {
                current.to = std::max(current.to, list[i].to);
            } else {
                flush();
                current = list[i];
            }
        }
        flush();
        painter->setPen(canvasStyle().linkPen(static_cast<ConnectionKind>(kind)));
        painter->drawLines(merged);
    }
    std::stable_sort(individual.begin(), individual.end(), [](LinkItem *a, LinkItem *b) { return !a->isSelected() && b->isSelected(); });
    for (LinkItem *link : std::as_const(individual)) {
        const QVector<QLineF> lines = visibleSegments(link->path(), visible);
        if (lines.isEmpty())
            continue;
        const int n = link->path().elementCount();
        link->paintSegments(painter, lines, n > 0 && visible.contains(link->path().elementAt(n - 1)));
    }
}

// ---------------------------------------------------------------- routing

namespace {

int crossings(const QPolygonF &line, const QList<QRectF> &obstacles)
{
    int count = 0;
    for (int i = 0; i + 1 < line.size(); ++i) {
        const QRectF segment = QRectF(line[i], line[i + 1]).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
        for (const auto &o : obstacles) {
            if (o.adjusted(2, 2, -2, -2).intersects(segment))
                ++count;
        }
    }
    return count;
}

} // namespace

QPainterPath orthogonalRoute(const QRectF &from, const QRectF &to, const QList<QRectF> &obstacles)
{
    const QPointF a = from.center();
    const QPointF b = to.center();
    QList<QPolygonF> candidates;
    const bool horizontalGap = from.right() < to.left() || to.right() < from.left();
    const bool verticalGap = from.bottom() < to.top() || to.bottom() < from.top();
    if (horizontalGap) {
        // Side to side: H-V-H.
        const bool right = from.right() < to.left();
        const QPointF start(right ? from.right() : from.left(), a.y());
        const QPointF end(right ? to.left() : to.right(), b.y());
        const qreal midX = (start.x() + end.x()) / 2;
        candidates.append(QPolygonF({start, QPointF(midX, start.y()), QPointF(midX, end.y()), end}));
    }
    if (verticalGap) {
        // Top to bottom: V-H-V.
        const bool down = from.bottom() < to.top();
        const QPointF start(a.x(), down ? from.bottom() : from.top());
        const QPointF end(b.x(), down ? to.top() : to.bottom());
        const qreal midY = (start.y() + end.y()) / 2;
        candidates.append(QPolygonF({start, QPointF(start.x(), midY), QPointF(end.x(), midY), end}));
    }
    if (horizontalGap && verticalGap) {
        // One bend: leave sideways, enter from above or below (and the mirror).
        const bool right = from.right() < to.left();
        const bool down = from.bottom() < to.top();
        candidates.append(QPolygonF({QPointF(right ? from.right() : from.left(), a.y()), QPointF(b.x(), a.y()),
                                     QPointF(b.x(), down ? to.top() : to.bottom())}));
        candidates.append(QPolygonF({QPointF(a.x(), down ? from.bottom() : from.top()), QPointF(a.x(), b.y()),
                                     QPointF(right ? to.left() : to.right(), b.y())}));
    }
    if (candidates.isEmpty()) {
        // Overlapping boxes (e.g. a hosted node and its own container): a short straight line.
        candidates.append(QPolygonF({a, b}));
    }
    QList<QRectF> others;
    for (const auto &o : obstacles) {
        if (!o.contains(a) && !o.contains(b))
            others.append(o);
    }
    const QPolygonF *best = &candidates.front();
    int bestScore = crossings(*best, others);
    for (const auto &c : candidates) {
        const int score = crossings(c, others);
        if (score < bestScore) {
            best = &c;
            bestScore = score;
        }
    }
    QPainterPath path;
    path.addPolygon(*best);
    return path;
}

} // namespace spokewise::views
