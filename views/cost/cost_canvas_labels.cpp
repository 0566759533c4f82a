#include "cost/cost_canvas_labels.h"

#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"
#include "cost/cost_text.h"
#include "document/document.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainter>

#include <set>

namespace spokewise::views {

using namespace spokewise::cost;

// A small rounded tag with the monthly cost, drawn over the top-right corner of its element.
class CostLabelItem final : public QGraphicsItem
{
public:
    CostLabelItem(const QString &text, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_text(text)
    {
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
        setZValue(50);
        place();
    }

    QRectF boundingRect() const override { return m_rect; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const CanvasStyle &style = canvasStyle();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = style.dark ? QColor(0x3a, 0x2f, 0x0c) : QColor(0xff, 0xf4, 0xcc);
        QColor border = style.dark ? QColor(0xc9, 0xa2, 0x27) : QColor(0xb8, 0x8a, 0x00);
        painter->setPen(QPen(border, 1));
        painter->setBrush(fill);
        painter->drawRoundedRect(m_rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->setPen(style.text);
        painter->setFont(style.smallFont);
        painter->drawText(m_rect, Qt::AlignCenter, m_text);
    }

    const QString &text() const { return m_text; }

private:
    void place()
    {
        const QFontMetricsF metrics(canvasStyle().smallFont);
        const QSizeF size(metrics.horizontalAdvance(m_text) + 10, metrics.height() + 4);
        const QRectF box = parentItem()->boundingRect();
        // Over the top-right corner, half above the element, so it hides no title.
        m_rect = QRectF(QPointF(box.right() - size.width() + 4, box.top() - size.height() / 2), size);
    }

    QString m_text;
    QRectF m_rect;
};

namespace {

bool labelled(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::VpnGateway:
    case ResourceKind::ExpressRouteGateway:
    case ResourceKind::ExpressRouteCircuit:
    case ResourceKind::AzureFirewall:
    case ResourceKind::RouteServer:
    case ResourceKind::VirtualHub: return true;
    default: return false;
    }
}

} // namespace

CostCanvasLabels::CostCanvasLabels(DesignScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
    // A rebuild deletes every element item, and the labels with them: forget them, then put new ones.
    connect(m_scene, &DesignScene::rebuilt, this, [this] {
        m_labels.clear();
        reapply();
    });
}

CostCanvasLabels::~CostCanvasLabels() = default;

void CostCanvasLabels::setEstimate(const CostEstimate &estimate)
{
    m_texts.clear();
    const Design &design = m_scene->document()->design();
    std::set<Id> estimated;
    std::set<Id> withUnpriced;
    for (const CostLine &line : estimate.lines) {
        if (line.hasFlag(CostFlag::Estimate))
            estimated.insert(line.element);
    }
    for (const UnpricedItem &item : estimate.unpriced)
        withUnpriced.insert(item.element);
    std::map<Id, double> monthly;
    for (const auto &[element, value] : estimate.monthlyByElement())
        monthly[element] = value;
    for (const Resource &r : design.resources) {
        if (!labelled(r.kind()))
            continue;
        const auto it = monthly.find(r.id);
        if (it == monthly.end() && !withUnpriced.count(r.id))
            continue;
        QString text = it == monthly.end() ? QCoreApplication::translate("CostText", "not priced")
                                           : QCoreApplication::translate("CostText", "%1%2 %3/month")
                                                     .arg(estimated.count(r.id) ? QStringLiteral("\u2248 ") : QString(),
                                                          money(it->second), QString::fromStdString(estimate.currency));
        if (it != monthly.end() && withUnpriced.count(r.id))
            text += QStringLiteral(" +?");
        m_texts.insert(QString::fromStdString(r.id.str()), text);
    }
    reapply();
}

void CostCanvasLabels::setEnabled(bool enabled)
{
    m_enabled = enabled;
    reapply();
}

QString CostCanvasLabels::labelText(const QString &elementId) const
{
    const auto it = m_labels.find(elementId);
    return it != m_labels.end() ? it.value()->text() : QString();
}

int CostCanvasLabels::labelCount() const
{
    return int(m_labels.size());
}

void CostCanvasLabels::clear()
{
    qDeleteAll(m_labels);
    m_labels.clear();
}

void CostCanvasLabels::reapply()
{
    clear();
    if (!m_enabled)
        return;
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        if (ElementItem *item = m_scene->itemFor(it.key()))
            m_labels.insert(it.key(), new CostLabelItem(it.value(), item));
    }
}

} // namespace spokewise::views
