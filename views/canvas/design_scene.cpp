#include "canvas/design_scene.h"

#include "canvas/canvas_style.h"
#include "document/document.h"
#include "text/element_text.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace spokewise::views {

namespace {

QString iconFor(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::VirtualNetwork: return QStringLiteral("virtual-network");
    case ResourceKind::VpnGateway: return QStringLiteral("vpn-gateway");
    case ResourceKind::ExpressRouteGateway: return QStringLiteral("expressroute-gateway");
    case ResourceKind::ExpressRouteCircuit: return QStringLiteral("expressroute-circuit");
    case ResourceKind::OnPremisesSite: return QStringLiteral("on-premises-site");
    case ResourceKind::P2sClientGroup: return QStringLiteral("p2s-client-group");
    case ResourceKind::AzureFirewall: return QStringLiteral("azure-firewall");
    case ResourceKind::RouteTable: return QStringLiteral("route-table");
    case ResourceKind::RouteServer: return QStringLiteral("route-server");
    case ResourceKind::NetworkVirtualAppliance: return QStringLiteral("nva");
    case ResourceKind::VirtualWan: return QStringLiteral("virtual-wan");
    case ResourceKind::VirtualHub: return QStringLiteral("virtual-hub");
    default: return QStringLiteral("subnet");
    }
}

ElementLabel labelFor(const Design &design, const Resource &r)
{
    const QString kind = kindDisplayName(r.kind());
    const QString name = QString::fromStdString(r.name);
    return {iconFor(r.kind()), name, elementDetails(design, r), QStringLiteral("%1 — %2").arg(kind, name)};
}

// Where a hosted element sits: the subnet band (by id) inside its container, or the container itself.
struct Placement
{
    QString container;
    QString band;
};

QString subnetNamed(const Design &design, const Id &vnetId, std::string_view name)
{
    if (const auto *vnet = design.find(vnetId); vnet && vnet->as<VirtualNetwork>()) {
        for (const auto &s : vnet->as<VirtualNetwork>()->subnets) {
            if (s.name == name)
                return toQString(s.id);
        }
    }
    return {};
}

std::optional<Placement> hostedPlacement(const Design &design, const Resource &r)
{
    const auto inVnet = [&](const Id &vnet, std::string_view subnet) {
        return Placement{toQString(vnet), subnetNamed(design, vnet, subnet)};
    };
    if (const auto *g = r.as<VpnGateway>())
        return inVnet(g->virtualNetwork, kGatewaySubnet);
    if (const auto *g = r.as<ExpressRouteGateway>())
        return inVnet(g->virtualNetwork, kGatewaySubnet);
    if (const auto *s = r.as<RouteServer>())
        return inVnet(s->virtualNetwork, kRouteServerSubnet);
    if (const auto *f = r.as<AzureFirewall>()) {
        if (f->virtualNetwork)
            return inVnet(*f->virtualNetwork, kAzureFirewallSubnet);
        return Placement{toQString(*f->virtualHub), toQString(*f->virtualHub) + QStringLiteral("#router")};
    }
    if (const auto *n = r.as<NetworkVirtualAppliance>()) {
        const auto ref = design.findSubnet(n->subnet);
        if (ref.virtualNetwork)
            return Placement{toQString(ref.virtualNetwork->id), toQString(n->subnet)};
    }
    return std::nullopt;
}

bool isTopLevelNode(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::ExpressRouteCircuit:
    case ResourceKind::OnPremisesSite:
    case ResourceKind::P2sClientGroup:
    case ResourceKind::RouteTable:
    case ResourceKind::VirtualWan:
        return true;
    default:
        return false;
    }
}

QString hubAnchor(const std::optional<Id> &hub, const char *gateway)
{
    return toQString(*hub) + QLatin1Char('#') + QLatin1String(gateway);
}

} // namespace

DesignScene::DesignScene(Document *document, QObject *parent) : QGraphicsScene(parent), m_document(document)
{
    // Connectors are long and span much of the scene; a BSP index files each of them in many
    // leaves and slows every repaint down (docs/performance.md). A linear scan is faster here.
    setItemIndexMethod(NoIndex);
    connect(document, &Document::designReset, this, &DesignScene::scheduleRebuild);
    connect(document, &Document::resourcesAdded, this, &DesignScene::scheduleRebuild);
    connect(document, &Document::resourcesRemoved, this, &DesignScene::scheduleRebuild);
    connect(document, &Document::resourceChanged, this, &DesignScene::scheduleRebuild);
    connect(document, &Document::layoutChanged, this, &DesignScene::applyLayout);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_rebuilding)
            emit selectedElementsChanged(selectedElementIds());
    });
    rebuild();
}

QStringList DesignScene::selectedElementIds() const
{
    QStringList ids;
    for (auto *item : selectedItems()) {
        QString id;
        if (auto *element = dynamic_cast<ElementItem *>(item))
            id = element->elementId();
        else if (auto *link = qgraphicsitem_cast<LinkItem *>(item))
            id = link->elementId();
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void DesignScene::selectElements(const QStringList &ids)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (auto *item : items()) {
        QString id;
        if (auto *element = dynamic_cast<ElementItem *>(item))
            id = element->elementId();
        else if (auto *link = qgraphicsitem_cast<LinkItem *>(item))
            id = link->elementId();
        if (ids.contains(id))
            item->setSelected(true);
    }
    blocker.unblock();
    emit selectedElementsChanged(selectedElementIds());
}

QString DesignScene::elementAt(const QPointF &scenePos) const
{
    for (auto *item : items(scenePos)) {
        if (auto *element = dynamic_cast<ElementItem *>(item))
            return element->elementId();
    }
    return {};
}

QRectF DesignScene::designBounds() const
{
    QRectF bounds;
    for (auto *item : items()) {
        if (!item->parentItem() && item != m_linkLayer)
            bounds = bounds.united(item->sceneBoundingRect());
    }
    return bounds;
}

void DesignScene::scheduleRebuild()
{
    if (m_rebuildScheduled)
        return;
    m_rebuildScheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rebuildScheduled)
            rebuild();
    });
}

void DesignScene::rebuild()
{
    m_rebuildScheduled = false;
    m_rebuilding = true;
    const QStringList selection = selectedElementIds();
    clear();
    m_linkLayer = new LinkLayer;
    addItem(m_linkLayer);
    m_items.clear();
    m_descendants.clear();
    m_linksByEnd.clear();
    m_links.clear();

    const Design &design = m_document->design();
    const auto &layout = design.layout.elements;
    QList<ElementItem *> unplaced;

    // Top-level items: containers and stand-alone nodes.
    QHash<QString, ContainerItem *> containers;
    for (const auto &r : design.resources) {
        const QString id = toQString(r.id);
        if (r.kind() == ResourceKind::VirtualNetwork || r.kind() == ResourceKind::VirtualHub) {
            auto *container = new ContainerItem(id, labelFor(design, r), r.kind() == ResourceKind::VirtualHub);
            addItem(container);
            containers.insert(id, container);
            m_items.insert(id, container);
        } else if (isTopLevelNode(r.kind())) {
            auto *node = new NodeItem(id, labelFor(design, r), false);
            addItem(node);
            m_items.insert(id, node);
        }
    }
    bool internetUsed = false;
    for (const auto &r : design.resources) {
        if (const auto *i = r.as<Intent>())
            internetUsed = internetUsed || i->source.str() == kInternetEndpointId || i->destination.str() == kInternetEndpointId;
        if (const auto *t = r.as<TrafficFlow>())
            internetUsed = internetUsed || t->source.str() == kInternetEndpointId || t->destination.str() == kInternetEndpointId;
    }
    if (internetUsed) {
        const QString internet = QString::fromUtf8(kInternetEndpointId.data(), kInternetEndpointId.size());
        auto *node = new NodeItem(internet, {QStringLiteral("internet"), tr("Internet"), tr("Any public address"), tr("The Internet")}, false);
        addItem(node);
        m_items.insert(internet, node);
    }

    // Bands and hosted nodes of each container.
    QHash<QString, QList<const Resource *>> hostedByBand; // band id (or container id) -> hosted resources
    for (const auto &r : design.resources) {
        if (const auto placement = hostedPlacement(design, r)) {
            if (!containers.contains(placement->container))
                continue;
            hostedByBand[placement->band.isEmpty() ? placement->container : placement->band].append(&r);
        }
    }
    for (const auto &r : design.resources) {
        const QString id = toQString(r.id);
        auto *container = containers.value(id);
        if (!container)
            continue;
        struct Band
        {
            QString id;
            ElementLabel label;
            QList<ElementLabel> hosted;
            QStringList hostedIds;
        };
        QList<Band> bands;
        if (const auto *vnet = r.as<VirtualNetwork>()) {
            for (const auto &s : vnet->subnets) {
                Band band{toQString(s.id), {QStringLiteral("subnet"), QString::fromStdString(s.name), subnetDetails(design, s),
                                            tr("Subnet %1 of %2").arg(QString::fromStdString(s.name), container->label().title)},
                          {}, {}};
                for (const auto *h : hostedByBand.value(band.id)) {
                    band.hosted.append(labelFor(design, *h));
                    band.hostedIds.append(toQString(h->id));
                }
                bands.append(band);
            }
            // Hosted elements whose special subnet is missing still show, in a band of their own.
            const auto orphans = hostedByBand.value(id);
            if (!orphans.isEmpty()) {
                Band band{id + QStringLiteral("#unplaced"), {QStringLiteral("subnet"), tr("(no subnet)"), tr("needs its special subnet"), {}}, {}, {}};
                for (const auto *h : orphans) {
                    band.hosted.append(labelFor(design, *h));
                    band.hostedIds.append(toQString(h->id));
                }
                bands.append(band);
            }
        } else if (const auto *hub = r.as<VirtualHub>()) {
            Band band{id + QStringLiteral("#router"), {QStringLiteral("virtual-hub"), tr("Hub router"), tr("gateways and firewall"), {}}, {}, {}};
            const auto gatewayLabel = [&](const QString &icon, const QString &title, int units) {
                return ElementLabel{icon, title, tr("%n scale unit(s)", nullptr, units), title};
            };
            if (hub->vpnGateway) {
                band.hosted.append(gatewayLabel(QStringLiteral("vpn-gateway"), tr("S2S VPN gateway"), hub->vpnGateway->scaleUnits));
                band.hostedIds.append(id + QStringLiteral("#vpn"));
            }
            if (hub->expressRouteGateway) {
                band.hosted.append(gatewayLabel(QStringLiteral("expressroute-gateway"), tr("ExpressRoute gateway"),
                                                hub->expressRouteGateway->scaleUnits));
                band.hostedIds.append(id + QStringLiteral("#er"));
            }
            if (hub->p2sVpnGateway) {
                band.hosted.append(gatewayLabel(QStringLiteral("vpn-gateway"), tr("P2S VPN gateway"), hub->p2sVpnGateway->scaleUnits));
                band.hostedIds.append(id + QStringLiteral("#p2s"));
            }
            for (const auto *h : hostedByBand.value(band.id)) {
                band.hosted.append(labelFor(design, *h));
                band.hostedIds.append(toQString(h->id));
            }
            if (!band.hosted.isEmpty())
                bands.append(band);
        }

        // Size: wide enough for the widest band, tall enough for all bands; a stored size can enlarge it.
        const qreal pad = CanvasStyle::padding;
        qreal width = 320;
        for (const auto &b : bands)
            width = std::max(width, 2 * pad + 160 + b.hosted.size() * (CanvasStyle::hostedWidth + 6));
        qreal height = CanvasStyle::containerHeader + pad;
        for (const auto &b : bands)
            height += (b.hosted.isEmpty() ? CanvasStyle::bandHeight : CanvasStyle::bandHostHeight) + 4;
        const auto box = layout.find(r.id);
        if (box != layout.end()) {
            width = std::max(width, box->second.width);
            height = std::max(height, box->second.height);
        }
        container->setSize(QSizeF(width, height));

        qreal y = CanvasStyle::containerHeader;
        QStringList descendants;
        for (const auto &b : bands) {
            const qreal h = b.hosted.isEmpty() ? CanvasStyle::bandHeight : CanvasStyle::bandHostHeight;
            auto *band = new BandItem(b.id.contains(QLatin1Char('#')) ? id : b.id, b.label, QSizeF(width - 2 * pad, h), container);
            band->setPos(pad, y);
            if (!b.id.contains(QLatin1Char('#'))) {
                m_items.insert(b.id, band);
                descendants.append(b.id);
            }
            for (int i = 0; i < b.hosted.size(); ++i) {
                const QString hostedId = b.hostedIds[i];
                auto *node = new NodeItem(hostedId.contains(QLatin1Char('#')) ? id : hostedId, b.hosted[i], true, band);
                node->setPos(160 + i * (CanvasStyle::hostedWidth + 6), (h - CanvasStyle::hostedHeight) / 2);
                m_items.insert(hostedId, node);
                descendants.append(hostedId);
            }
            y += h + 4;
        }
        m_descendants.insert(id, descendants);
    }

    // Positions of top-level items: stored, or placed in a column to the right of the drawing.
    qreal right = 0;
    for (auto *item : m_items) {
        if (item->parentItem())
            continue;
        const auto box = layout.find(toId(item->elementId()));
        if (box != layout.end()) {
            item->setPos(box->second.x, box->second.y);
            right = std::max(right, item->sceneBoundingRect().right());
        } else {
            unplaced.append(item);
        }
    }
    std::sort(unplaced.begin(), unplaced.end(), [](auto *a, auto *b) { return a->elementId() < b->elementId(); });
    qreal x = std::ceil((right + 80) / CanvasStyle::gridSize) * CanvasStyle::gridSize;
    qreal y = 0;
    qreal columnWidth = 0;
    for (auto *item : unplaced) {
        if (y > 1600) {
            x += columnWidth + 80;
            y = 0;
            columnWidth = 0;
        }
        item->setPos(x, y);
        y += item->boundingRect().height() + 40;
        columnWidth = std::max(columnWidth, item->boundingRect().width());
    }

    // Connectors.
    for (const auto &r : design.resources) {
        const QString id = toQString(r.id);
        const QString tip = QStringLiteral("%1 — %2").arg(kindDisplayName(r.kind()), QString::fromStdString(r.name));
        if (const auto *p = r.as<VirtualNetworkPeering>()) {
            addLink(id, ConnectionKind::Peering, toQString(p->sides[0].virtualNetwork), toQString(p->sides[1].virtualNetwork), tip);
        } else if (const auto *c = r.as<SiteToSiteConnection>()) {
            addLink(id, ConnectionKind::SiteToSite, c->vpnGateway ? toQString(*c->vpnGateway) : hubAnchor(c->virtualHub, "vpn"),
                    toQString(c->site), tip);
        } else if (const auto *c = r.as<VnetToVnetConnection>()) {
            addLink(id, ConnectionKind::VnetToVnet, toQString(c->vpnGateways[0]), toQString(c->vpnGateways[1]), tip);
        } else if (const auto *c = r.as<ExpressRouteConnection>()) {
            addLink(id, ConnectionKind::ExpressRoute,
                    c->expressRouteGateway ? toQString(*c->expressRouteGateway) : hubAnchor(c->virtualHub, "er"),
                    toQString(c->circuit), tip);
        } else if (const auto *c = r.as<CircuitSiteConnection>()) {
            addLink(id, ConnectionKind::CircuitSite, toQString(c->circuit), toQString(c->site), tip);
        } else if (const auto *c = r.as<GlobalReachConnection>()) {
            addLink(id, ConnectionKind::GlobalReach, toQString(c->circuits[0]), toQString(c->circuits[1]), tip);
        } else if (const auto *g = r.as<P2sClientGroup>()) {
            addLink(id, ConnectionKind::P2sAttachment, id,
                    g->vpnGateway ? toQString(*g->vpnGateway) : hubAnchor(g->virtualHub, "p2s"), tip);
        } else if (const auto *c = r.as<VirtualHubConnection>()) {
            addLink(id, ConnectionKind::HubConnection, toQString(c->virtualHub), toQString(c->virtualNetwork), tip);
        } else if (const auto *p = r.as<BgpPeering>()) {
            addLink(id, ConnectionKind::BgpPeering, toQString(p->routeServer), toQString(p->networkVirtualAppliance), tip);
        } else if (const auto *i = r.as<Intent>()) {
            addLink(id, ConnectionKind::Intent, toQString(i->source), toQString(i->destination), tip);
            if (!m_links.isEmpty() && m_links.back()->elementId() == id)
                m_links.back()->setNegative(i->expectation == IntentExpectation::MustNotReach);
        } else if (const auto *t = r.as<TrafficFlow>()) {
            addLink(id, ConnectionKind::TrafficFlow, toQString(t->source), toQString(t->destination), tip);
        } else if (const auto *vnet = r.as<VirtualNetwork>()) {
            for (const auto &s : vnet->subnets) {
                if (s.routeTable)
                    addLink(toQString(*s.routeTable), ConnectionKind::RouteTableAssociation, toQString(s.id),
                            toQString(*s.routeTable), tr("Route table association"));
            }
        }
    }
    routeAllLinks();

    setSceneRect(designBounds().adjusted(-400, -400, 400, 400));
    m_rebuilding = false;
    selectElements(selection);
    emit rebuilt();
}

void DesignScene::addLink(const QString &elementId, ConnectionKind kind, const QString &from, const QString &to,
                          const QString &toolTip)
{
    if (!m_items.contains(from) || !m_items.contains(to))
        return;
    auto *link = new LinkItem(elementId, kind, from, to, toolTip);
    m_links.append(link); // added to the scene once routed (routeAllLinks)
    m_linksByEnd[from].append(link);
    if (to != from)
        m_linksByEnd[to].append(link);
}

void DesignScene::routeAllLinks()
{
    // A coarse grid over the top-level boxes answers "what is near this connector" without asking
    // the scene's index, which would re-index after every routed link.
    constexpr qreal cell = 400;
    QHash<QPair<int, int>, QList<QRectF>> grid;
    for (auto *item : std::as_const(m_items)) {
        if (item->parentItem())
            continue;
        const QRectF box = item->sceneBoundingRect();
        for (int x = int(std::floor(box.left() / cell)); x <= int(std::floor(box.right() / cell)); ++x) {
            for (int y = int(std::floor(box.top() / cell)); y <= int(std::floor(box.bottom() / cell)); ++y)
                grid[{x, y}].append(box);
        }
    }
    for (auto *link : std::as_const(m_links)) {
        const QRectF from = m_items.value(link->fromId())->sceneBox();
        const QRectF to = m_items.value(link->toId())->sceneBox();
        const QRectF area = from.united(to);
        QList<QRectF> obstacles;
        const int x0 = int(std::floor(area.left() / cell)), x1 = int(std::floor(area.right() / cell));
        const int y0 = int(std::floor(area.top() / cell)), y1 = int(std::floor(area.bottom() / cell));
        // Long connectors only look at the cells near their two ends: enough to avoid the neighbours.
        const bool wide = (x1 - x0 + 1) * (y1 - y0 + 1) > 64;
        const auto collect = [&](const QRectF &r) {
            for (int x = int(std::floor(r.left() / cell)); x <= int(std::floor(r.right() / cell)); ++x) {
                for (int y = int(std::floor(r.top() / cell)); y <= int(std::floor(r.bottom() / cell)); ++y) {
                    for (const auto &box : grid.value({x, y})) {
                        if (box.intersects(area) && !obstacles.contains(box))
                            obstacles.append(box);
                    }
                }
            }
        };
        if (wide) {
            collect(from.adjusted(-cell, -cell, cell, cell));
            collect(to.adjusted(-cell, -cell, cell, cell));
        } else {
            collect(area);
        }
        link->route(from, to, obstacles);
        addItem(link);
        m_linkLayer->add(link);
    }
}

void DesignScene::routeLink(LinkItem *link)
{
    const QRectF from = m_items.value(link->fromId())->sceneBox();
    const QRectF to = m_items.value(link->toId())->sceneBox();
    QList<QRectF> obstacles;
    for (auto *item : items(from.united(to), Qt::IntersectsItemBoundingRect)) {
        if (!item->parentItem() && item->type() != LinkItem::Type)
            obstacles.append(item->sceneBoundingRect());
    }
    link->route(from, to, obstacles);
}

void DesignScene::routeLinksOf(const QString &id)
{
    for (auto *link : m_linksByEnd.value(id))
        routeLink(link);
    for (const auto &child : m_descendants.value(id)) {
        for (auto *link : m_linksByEnd.value(child))
            routeLink(link);
    }
}

void DesignScene::elementItemMoved(ElementItem *item)
{
    if (m_rebuilding || item->parentItem())
        return;
    routeLinksOf(item->elementId());
}

void DesignScene::applyLayout(const QStringList &ids)
{
    const auto &layout = m_document->design().layout.elements;
    for (const auto &id : ids) {
        auto *item = m_items.value(id);
        if (!item || item->parentItem())
            continue;
        const auto box = layout.find(toId(id));
        if (box == layout.end()) {
            scheduleRebuild(); // its stored position went away (undo of a first move): place it again
            continue;
        }
        if (item->pos() != QPointF(box->second.x, box->second.y))
            item->setPos(box->second.x, box->second.y);
        if (auto *container = qgraphicsitem_cast<ContainerItem *>(item)) {
            const QSizeF size(std::max(container->boundingRect().width(), box->second.width),
                              std::max(container->boundingRect().height(), box->second.height));
            if (size != container->boundingRect().size())
                scheduleRebuild();
        }
    }
}

void DesignScene::commitMove(bool continuing)
{
    std::map<Id, LayoutBox> boxes;
    const auto &layout = m_document->design().layout.elements;
    for (auto *item : selectedItems()) {
        auto *element = dynamic_cast<ElementItem *>(item);
        if (!element || element->parentItem() || !(element->flags() & QGraphicsItem::ItemIsMovable))
            continue;
        const Id id = toId(element->elementId());
        LayoutBox box;
        if (const auto it = layout.find(id); it != layout.end())
            box = it->second;
        box.x = element->pos().x();
        box.y = element->pos().y();
        boxes[id] = box;
    }
    if (!boxes.empty())
        m_document->setLayout(boxes, tr("Move"), continuing);
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_dragging = event->button() == Qt::LeftButton && mouseGrabberItem() != nullptr;
    m_dragCommitted = false;
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseMoveEvent(event);
    if (m_dragging && (event->buttons() & Qt::LeftButton)) {
        const quint64 before = m_document->revision();
        commitMove(m_dragCommitted);
        m_dragCommitted = m_dragCommitted || m_document->revision() != before;
    }
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    m_dragging = false;
    m_dragCommitted = false;
}

void DesignScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    const auto &s = canvasStyle();
    painter->fillRect(rect, s.background);
    const qreal g = CanvasStyle::gridSize;
    // Dots at grid crossings; skipped when zoomed far out, where they would turn into noise.
    const qreal scale = painter->worldTransform().m11();
    if (g * scale < 6)
        return;
    painter->setPen(QPen(s.grid, 2 / scale));
    QVector<QPointF> points;
    for (qreal x = std::floor(rect.left() / g) * g; x < rect.right(); x += g) {
        for (qreal y = std::floor(rect.top() / g) * g; y < rect.bottom(); y += g)
            points.append(QPointF(x, y));
    }
    painter->drawPoints(points.data(), static_cast<int>(points.size()));
}

} // namespace spokewise::views
