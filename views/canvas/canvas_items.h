#pragma once

#include "design/connections.h"

#include <QGraphicsItem>
#include <QHash>
#include <QPair>
#include <QVector>
#include <QPainterPath>
#include <QString>

namespace spokewise::views {

enum CanvasItemType {
    NodeItemType = QGraphicsItem::UserType + 1,
    ContainerItemType,
    BandItemType,
    LinkItemType,
};

// What an element's item shows: an icon, a title and a detail line (prefixes, SKU...).
struct ElementLabel
{
    QString iconName; // resources/icons/<name>.svg
    QString title;
    QString detail;
    QString toolTip;
};

// Overlay state an analysis or a what-if puts on an element (issue 5 fills these in).
enum class ElementMark { None, Broken, Failed };

// Base of every item that stands for an element of the design (a resource, a subnet, the Internet).
class ElementItem : public QGraphicsItem
{
public:
    ElementItem(const QString &elementId, const ElementLabel &label, QGraphicsItem *parent = nullptr);

    const QString &elementId() const { return m_elementId; }
    const ElementLabel &label() const { return m_label; }
    // The item's box in scene coordinates, where connectors attach.
    QRectF sceneBox() const { return mapRectToScene(boundingRect()); }
    void setMark(ElementMark mark);
    ElementMark mark() const { return m_mark; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void paintSelectionAndMark(QPainter *painter, const QRectF &box, qreal radius) const;

private:
    QString m_elementId;
    ElementLabel m_label;
    ElementMark m_mark = ElementMark::None;
};

// A stand-alone element (site, circuit, client group, route table, WAN) or one hosted in a subnet
// band (gateway, firewall, Route Server, NVA), drawn as icon + title + detail.
class NodeItem final : public ElementItem
{
public:
    enum { Type = NodeItemType };
    NodeItem(const QString &elementId, const ElementLabel &label, bool hosted, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    bool isHosted() const { return m_hosted; }

private:
    bool m_hosted;
};

// A virtual network or Virtual WAN hub: a box with a header and a band per subnet.
class ContainerItem final : public ElementItem
{
public:
    enum { Type = ContainerItemType };
    ContainerItem(const QString &elementId, const ElementLabel &label, bool hub);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void setSize(const QSizeF &size);
    bool isHub() const { return m_hub; }

private:
    QSizeF m_size;
    bool m_hub;
};

// A subnet inside its VNet (or the router band of a hub); hosts gateway, firewall and NVA nodes.
class BandItem final : public ElementItem
{
public:
    enum { Type = BandItemType };
    BandItem(const QString &elementId, const ElementLabel &label, const QSizeF &size, QGraphicsItem *parent);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QSizeF m_size;
};

class LinkLayer;

// A connector between two element items, routed orthogonally between their boxes. It is hit-tested
// and selected like any item, but drawn by the scene's LinkLayer, which paints only what is in view.
class LinkItem final : public QGraphicsItem
{
public:
    enum { Type = LinkItemType };
    // `elementId` is what selecting the link selects (the connection resource, or the client group
    // for a P2S attachment, or the route table for an association).
    LinkItem(const QString &elementId, ConnectionKind kind, const QString &fromId, const QString &toId,
             const QString &toolTip);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QString &elementId() const { return m_elementId; }
    const QString &fromId() const { return m_fromId; }
    const QString &toId() const { return m_toId; }
    ConnectionKind kind() const { return m_kind; }
    // Recomputes the route between the two boxes (scene coordinates), avoiding `obstacles` where it can.
    void route(const QRectF &from, const QRectF &to, const QList<QRectF> &obstacles);
    void setMark(ElementMark mark);
    // A "must not reach" intent: drawn in the verdict-bad colour with a bar across its end.
    void setNegative(bool negative) { m_negative = negative; }
    bool isNegative() const { return m_negative; }
    ElementMark mark() const { return m_mark; }
    const QPainterPath &path() const { return m_path; }
    void setLayer(LinkLayer *layer) { m_layer = layer; }
    // Draws the given visible pieces of this connector (called by the LinkLayer).
    void paintSegments(QPainter *painter, const QVector<QLineF> &lines, bool endVisible) const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QString m_elementId;
    ConnectionKind m_kind;
    QString m_fromId;
    QString m_toId;
    QPainterPath m_path;
    QPointF m_arrowTip;
    QPointF m_arrowFrom;
    ElementMark m_mark = ElementMark::None;
    bool m_negative = false;
    LinkLayer *m_layer = nullptr;
};

// Paints every connector of the scene from a grid of their segments, so that a repaint costs what
// is visible rather than what the scene holds (thousands of long connectors in large designs).
class LinkLayer final : public QGraphicsItem
{
public:
    LinkLayer();
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void add(LinkItem *link);
    void clear();
    // The link's route changed: re-file its segments.
    void rerouted(LinkItem *link);
    void repaint(const LinkItem *link);

private:
    using Cell = QPair<int, int>;
    void file(LinkItem *link);
    void unfile(LinkItem *link);

    QHash<Cell, QVector<LinkItem *>> m_grid;
    QHash<LinkItem *, QVector<Cell>> m_cellsOf;
    QRectF m_bounds;
};

// Orthogonal route between two boxes: leaves and enters through the facing sides, with one or two
// bends, preferring the candidate that crosses the fewest obstacles.
QPainterPath orthogonalRoute(const QRectF &from, const QRectF &to, const QList<QRectF> &obstacles);

} // namespace spokewise::views
