#include "analysis/analysis_overlay.h"

#include "analysis/finding_text.h"
#include "analysis/verdict_style.h"
#include "canvas/canvas_items.h"
#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"
#include "document/document.h"
#include "text/element_text.h"

#include <QGraphicsItem>
#include <QStyleOptionGraphicsItem>
#include <QPainter>
#include <QSet>

namespace spokewise::views {

namespace {

constexpr qreal kBadge = 18;

// The overlay's items register themselves while they live: the scene deletes them with their
// parents (a rebuild clears it, and selects again before it says so), so the overlay never holds
// a pointer to an item that is gone.
class Registered
{
public:
    explicit Registered(CanvasOverlay::Registry registry, QGraphicsItem *self) : m_registry(std::move(registry)), m_self(self)
    {
        m_registry->insert(m_self);
    }
    ~Registered() { m_registry->remove(m_self); }
    Registered(const Registered &) = delete;
    Registered &operator=(const Registered &) = delete;

private:
    CanvasOverlay::Registry m_registry;
    QGraphicsItem *m_self;
};

// An outline around an element item with a round badge: a verdict's colour and glyph in the
// top-right corner, or a traced hop's number in the top-left corner (dashed, a little wider, so
// both read when an endpoint is on the traced path too). Colours are taken when painting, so a
// palette change shows at once. A child of the element item; mouse clicks pass through it.
class OutlineItem final : public QGraphicsItem
{
public:
    // `verdict` < 0: a hop of the traced path, numbered `badge`.
    OutlineItem(CanvasOverlay::Registry registry, ElementItem *parent, int verdict, const QString &badge)
        : QGraphicsItem(parent), m_registered(std::move(registry), this), m_verdict(verdict), m_badge(badge)
    {
        setZValue(m_verdict < 0 ? 101 : 100);
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
        const qreal grow = m_verdict < 0 ? 9 : 5;
        m_box = parent->boundingRect().adjusted(-grow, -grow, grow, grow);
    }

    QRectF boundingRect() const override { return m_box.adjusted(-kBadge, -kBadge, kBadge, kBadge); }

    QPainterPath shape() const override
    {
        QPainterPath ring;
        ring.addRoundedRect(m_box, 8, 8);
        QPainterPathStroker stroker;
        stroker.setWidth(6);
        QPainterPath path = stroker.createStroke(ring);
        path.addEllipse(badgeRect());
        return path;
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const bool dark = canvasStyle().dark;
        QColor color;
        QColor badgeText;
        QString badge = m_badge;
        if (m_verdict < 0) {
            color = traceColor(dark);
            badgeText = dark ? QColor(0x10, 0x20, 0x30) : QColor(Qt::white);
        } else {
            const VerdictLook look = verdictLook(static_cast<routing::Verdict>(m_verdict), dark);
            color = look.strong;
            badgeText = look.fill;
            badge = look.glyph;
        }
        painter->setRenderHint(QPainter::Antialiasing);
        QPen pen(color, 3);
        if (m_verdict < 0)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_box, 8, 8);
        const QRectF r = badgeRect();
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(r, kBadge / 2, kBadge / 2);
        QFont font = canvasStyle().smallFont;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(badgeText);
        painter->drawText(r, Qt::AlignCenter, badge);
    }

private:
    QRectF badgeRect() const
    {
        const qreal width = std::max(kBadge, 8.0 + 7.0 * m_badge.size());
        if (m_verdict < 0)
            return QRectF(m_box.left() - 4, m_box.top() - kBadge / 2, width, kBadge);
        return QRectF(m_box.right() - width + 4, m_box.top() - kBadge / 2, width, kBadge);
    }

    Registered m_registered;
    QRectF m_box;
    int m_verdict;
    QString m_badge;
};

// The verdict outlines of every endpoint, painted by one item over the whole diagram: thousands
// of endpoints would cost thousands of child items (80 ms to create on the generated 2,000-VNet
// design), while one layer costs a hash update and paints only what is exposed. It reads the
// element items' boxes when painting, so outlines follow the items.
class VerdictLayer final : public QGraphicsItem
{
public:
    VerdictLayer(CanvasOverlay::Registry registry, const DesignScene *scene, QHash<QString, int> verdicts)
        : m_registered(std::move(registry), this), m_scene(scene), m_verdicts(std::move(verdicts))
    {
        setZValue(60);
        setAcceptedMouseButtons(Qt::NoButton);
        setFlag(ItemUsesExtendedStyleOption);
        updateBounds();
    }

    // The union of the outlined items' boxes; call after items moved.
    void updateBounds()
    {
        QRectF bounds;
        for (auto it = m_verdicts.cbegin(); it != m_verdicts.cend(); ++it) {
            if (const ElementItem *item = m_scene->itemFor(it.key()))
                bounds = bounds.united(outlineBox(item).adjusted(-kBadge, -kBadge, kBadge, kBadge));
        }
        if (bounds != m_bounds) {
            prepareGeometryChange();
            m_bounds = bounds;
        }
    }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override { return {}; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const bool dark = canvasStyle().dark;
        painter->setRenderHint(QPainter::Antialiasing);
        QFont font = canvasStyle().smallFont;
        font.setBold(true);
        painter->setFont(font);
        for (auto it = m_verdicts.cbegin(); it != m_verdicts.cend(); ++it) {
            const ElementItem *item = m_scene->itemFor(it.key());
            if (!item)
                continue;
            const QRectF box = outlineBox(item);
            const QRectF badge(box.right() - kBadge + 4, box.top() - kBadge / 2, kBadge, kBadge);
            if (!box.adjusted(-kBadge, -kBadge, kBadge, kBadge).intersects(option->exposedRect))
                continue;
            const VerdictLook look = verdictLook(static_cast<routing::Verdict>(it.value()), dark);
            painter->setPen(QPen(look.strong, 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(box, 8, 8);
            painter->setPen(Qt::NoPen);
            painter->setBrush(look.strong);
            painter->drawEllipse(badge);
            painter->setPen(look.fill);
            painter->drawText(badge, Qt::AlignCenter, look.glyph);
        }
    }

private:
    static QRectF outlineBox(const ElementItem *item) { return item->sceneBox().adjusted(-5, -5, 5, 5); }

    Registered m_registered;
    const DesignScene *m_scene;
    QHash<QString, int> m_verdicts;
    QRectF m_bounds;
};

// A traced connector drawn over the canvas (a snapshot of its route: a design change clears it).
class TraceLinkItem final : public QGraphicsItem
{
public:
    TraceLinkItem(CanvasOverlay::Registry registry, const QPainterPath &path)
        : m_registered(std::move(registry), this), m_path(path)
    {
        setZValue(50);
        setAcceptedMouseButtons(Qt::NoButton);
    }
    QRectF boundingRect() const override { return m_path.boundingRect().adjusted(-4, -4, 4, 4); }
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setRenderHint(QPainter::Antialiasing);
        QColor c = traceColor(canvasStyle().dark);
        c.setAlpha(210);
        painter->setPen(QPen(c, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }

private:
    Registered m_registered;
    QPainterPath m_path;
};

// The element and the containers around it (a subnet's VNet, a hosted gateway's VNet).
QStringList withContainers(const DesignScene *scene, const QString &id)
{
    QStringList ids{id};
    const QGraphicsItem *item = scene->itemFor(id);
    for (const QGraphicsItem *p = item ? item->parentItem() : nullptr; p; p = p->parentItem()) {
        if (const auto *e = dynamic_cast<const ElementItem *>(p))
            ids.append(e->elementId());
    }
    return ids;
}

} // namespace

CanvasOverlay::CanvasOverlay(DesignScene *scene, QObject *parent)
    : QObject(parent),
      m_scene(scene),
      m_verdictItems(std::make_shared<QSet<QGraphicsItem *>>()),
      m_traceItems(std::make_shared<QSet<QGraphicsItem *>>())
{
    // Fresh items have no outlines; those made for the old ones went with them.
    connect(m_scene, &DesignScene::rebuilt, this, [this] {
        removeItems(m_verdictItems);
        removeItems(m_traceItems);
        applyVerdicts();
        applyTrace();
    });
    // Moves keep the items; the verdict layer's extent follows them.
    connect(m_scene->document(), &Document::layoutChanged, this, [this] {
        for (QGraphicsItem *item : std::as_const(*m_verdictItems))
            static_cast<VerdictLayer *>(item)->updateBounds();
    });
}

// The scene owns the items; they unregister themselves whenever it deletes them.
CanvasOverlay::~CanvasOverlay() = default;

void CanvasOverlay::setAnalysis(std::shared_ptr<const routing::Analysis> analysis)
{
    m_analysis = std::move(analysis);
    setSource(m_source);
}

void CanvasOverlay::setSource(const QString &endpointId)
{
    m_source = endpointId;
    m_verdicts.clear();
    if (m_analysis && !endpointId.isEmpty()) {
        const int from = m_analysis->endpointIndex(Id(endpointId.toStdString()));
        if (from >= 0) {
            const auto &endpoints = m_analysis->endpoints();
            for (int to = 0; to < static_cast<int>(endpoints.size()); ++to) {
                if (to != from)
                    m_verdicts.insert(toQString(endpoints[static_cast<std::size_t>(to)].id),
                                      static_cast<int>(m_analysis->cell(from, to).verdict));
            }
        } else {
            m_source.clear();
        }
    }
    removeItems(m_verdictItems);
    applyVerdicts();
}

void CanvasOverlay::applyVerdicts()
{
    if (m_verdicts.isEmpty())
        return;
    m_scene->addItem(new VerdictLayer(m_verdictItems, m_scene, m_verdicts));
}

void CanvasOverlay::setTrace(const routing::FlowResult &flow)
{
    removeItems(m_traceItems);
    m_traceElements.clear();
    m_traceLinks.clear();
    QSet<QString> linkIds;
    const auto walk = [&](const routing::Walk &w) {
        QString previous;
        for (const routing::Hop &h : w.hops) {
            const QString id = toQString(h.element);
            if (!m_traceElements.contains(id))
                m_traceElements.append(id);
            linkIds.insert(id);
            if (h.route && !h.route->nextHopElement.empty())
                linkIds.insert(toQString(h.route->nextHopElement));
            // The connector between two consecutive hops (or between their containers).
            if (!previous.isEmpty() && previous != id) {
                const QStringList a = withContainers(m_scene, previous);
                const QStringList b = withContainers(m_scene, id);
                for (const LinkItem *link : m_scene->links()) {
                    if ((a.contains(link->fromId()) && b.contains(link->toId()))
                        || (b.contains(link->fromId()) && a.contains(link->toId())))
                        linkIds.insert(link->elementId());
                }
            }
            previous = id;
        }
    };
    walk(flow.forward);
    walk(flow.back);
    for (const LinkItem *link : m_scene->links()) {
        if (link->kind() == ConnectionKind::RouteTableAssociation || link->kind() == ConnectionKind::Intent
            || link->kind() == ConnectionKind::TrafficFlow)
            continue;
        if (linkIds.contains(link->elementId()) && !m_traceLinks.contains(link->elementId()))
            m_traceLinks.append(link->elementId());
    }
    applyTrace();
}

void CanvasOverlay::clearTrace()
{
    removeItems(m_traceItems);
    m_traceElements.clear();
    m_traceLinks.clear();
}

void CanvasOverlay::applyTrace()
{
    for (int i = 0; i < m_traceElements.size(); ++i) {
        if (ElementItem *element = m_scene->itemFor(m_traceElements[i])) {
            auto *outline = new OutlineItem(m_traceItems, element, -1, QString::number(i + 1));
            outline->setToolTip(tr("Hop %1 of the traced flow").arg(i + 1));
        }
    }
    for (const LinkItem *link : m_scene->links()) {
        if (m_traceLinks.contains(link->elementId()) && link->kind() != ConnectionKind::RouteTableAssociation) {
            auto *item = new TraceLinkItem(m_traceItems, link->path());
            m_scene->addItem(item);
        }
    }
}

int CanvasOverlay::verdictShownOn(const QString &id) const
{
    if (!m_scene->itemFor(id))
        return -1;
    return m_verdicts.value(id, -1);
}

void CanvasOverlay::removeItems(const Registry &items)
{
    const QSet<QGraphicsItem *> live = *items; // each deletion unregisters
    for (QGraphicsItem *item : live)
        delete item;
}

} // namespace spokewise::views
