#include "editing/edit_controller.h"

#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"
#include "design/references.h"
#include "document/document.h"
#include "text/element_text.h"

#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <set>

namespace spokewise::views {

namespace {

// Elements that live inside a VNet and only make sense pasted together with it.
std::optional<Id> hostVnet(const Design &design, const Resource &r)
{
    if (const auto *g = r.as<VpnGateway>())
        return g->virtualNetwork;
    if (const auto *g = r.as<ExpressRouteGateway>())
        return g->virtualNetwork;
    if (const auto *s = r.as<RouteServer>())
        return s->virtualNetwork;
    if (const auto *f = r.as<AzureFirewall>())
        return f->virtualNetwork;
    if (const auto *n = r.as<NetworkVirtualAppliance>()) {
        if (const auto ref = design.findSubnet(n->subnet); ref.virtualNetwork)
            return ref.virtualNetwork->id;
    }
    return std::nullopt;
}

qreal snap(qreal v)
{
    return std::round(v / CanvasStyle::gridSize) * CanvasStyle::gridSize;
}

} // namespace

EditController::EditController(Document *document, DesignScene *scene, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene)
{
}

QString EditController::nameOf(const QString &id) const
{
    return elementDisplayName(m_document->design(), toId(id));
}

bool EditController::place(PaletteKind kind, const QPointF &scenePos)
{
    const Design &design = m_document->design();
    const QString under = m_scene->elementAt(scenePos);
    std::optional<Id> target;
    if (!under.isEmpty())
        target = toId(under);
    const auto edit = placeElement(design, kind, target);
    if (edit.refusal) {
        emit message(refusalText(*edit.refusal, kind));
        return false;
    }
    std::map<Id, LayoutBox> layout;
    if (edit.topLevel)
        layout[edit.placedId] = LayoutBox{snap(scenePos.x()), snap(scenePos.y()), 0, 0};
    auto *stack = m_document->undoStack();
    stack->beginMacro(tr("Add %1").arg(paletteKindText(kind)));
    for (const auto &changed : edit.changed)
        m_document->changeResource(changed, tr("Add %1").arg(paletteKindText(kind)));
    m_document->addResources(edit.added, layout, tr("Add %1").arg(paletteKindText(kind)));
    stack->endMacro();
    m_scene->rebuild();
    m_scene->selectElements({toQString(edit.placedId)});
    emit message(tr("Added %1.").arg(nameOf(toQString(edit.placedId))));
    return true;
}

bool EditController::connectElements(const QString &fromElement, const QString &toElement,
                                     const std::function<int(const QStringList &)> &chooser)
{
    const Design &design = m_document->design();
    const auto options = connectionOptions(design, toId(fromElement), toId(toElement));
    if (options.kinds.empty()) {
        emit message(refusalText(options.refusal.value_or(ConnectionRefusal::NoConnectionForKinds), nameOf(fromElement),
                                 nameOf(toElement)));
        return false;
    }
    // An intent is offered both ways: "must reach" and "must not reach".
    struct Choice
    {
        ConnectionKind kind;
        IntentExpectation expectation;
        QString text;
    };
    std::vector<Choice> choices;
    for (const auto kind : options.kinds) {
        choices.push_back({kind, IntentExpectation::MustReach, connectionKindText(kind)});
        if (kind == ConnectionKind::Intent)
            choices.push_back({kind, IntentExpectation::MustNotReach, tr("Intent: must not reach")});
    }
    int index = 0;
    if (choices.size() > 1) {
        QStringList texts;
        for (const Choice &c : choices)
            texts << c.text;
        index = chooser ? chooser(texts) : 0;
        if (index < 0 || index >= static_cast<int>(choices.size()))
            return false;
    }
    const Choice &choice = choices[static_cast<std::size_t>(index)];
    const auto kind = choice.kind;
    const auto edit = makeConnection(design, kind, toId(fromElement), toId(toElement), choice.expectation);
    const QString text = tr("Connect %1").arg(choice.text);
    auto *stack = m_document->undoStack();
    stack->beginMacro(text);
    for (const auto &changed : edit.changed)
        m_document->changeResource(changed, text);
    m_document->addResources(edit.added, {}, text);
    stack->endMacro();
    emit message(tr("%1: %2 to %3.").arg(choice.text, nameOf(fromElement), nameOf(toElement)));
    return true;
}

void EditController::deleteSelection()
{
    std::set<Id> ids;
    for (const auto &id : m_scene->selectedElementIds()) {
        if (id != QLatin1String(kInternetEndpointId.data()))
            ids.insert(toId(id));
    }
    if (ids.empty())
        return;
    m_document->removeElements(ids, ids.size() == 1 ? tr("Delete %1").arg(nameOf(toQString(*ids.begin())))
                                                    : tr("Delete %n element(s)", nullptr, static_cast<int>(ids.size())));
}

std::vector<Resource> EditController::selectedResourcesForCopy() const
{
    const Design &design = m_document->design();
    std::set<Id> chosen;
    for (const auto &id : m_scene->selectedElementIds()) {
        if (design.find(toId(id)))
            chosen.insert(toId(id));
    }
    // Elements hosted in a chosen VNet come along with it.
    for (const auto &r : design.resources) {
        if (const auto host = hostVnet(design, r); host && chosen.count(*host))
            chosen.insert(r.id);
    }
    // Connections come along when everything they connect does; hosted elements only with their VNet.
    std::vector<Resource> copy;
    for (const auto &r : design.resources) {
        if (!chosen.count(r.id))
            continue;
        if (const auto host = hostVnet(design, r); host && !chosen.count(*host))
            continue;
        copy.push_back(r);
    }
    for (const auto &r : design.resources) {
        if (chosen.count(r.id))
            continue;
        const auto refs = referencesOf(r);
        const bool isConnection = r.kind() != ResourceKind::OnPremisesSite && r.kind() != ResourceKind::VirtualNetwork
                                  && r.kind() != ResourceKind::P2sClientGroup && !refs.empty();
        if (!isConnection || hostVnet(design, r))
            continue;
        const bool inside = std::all_of(refs.begin(), refs.end(), [&](const Id &ref) {
            if (chosen.count(ref))
                return true;
            const auto subnet = design.findSubnet(ref);
            return subnet.virtualNetwork && chosen.count(subnet.virtualNetwork->id);
        });
        if (inside)
            copy.push_back(r);
    }
    return copy;
}

void EditController::copySelection()
{
    m_clipboard = selectedResourcesForCopy();
    m_clipboardLayout.clear();
    for (const auto &r : m_clipboard) {
        if (const auto it = m_document->design().layout.elements.find(r.id); it != m_document->design().layout.elements.end())
            m_clipboardLayout[r.id] = it->second;
        else if (auto *item = m_scene->itemFor(toQString(r.id)); item && !item->parentItem())
            m_clipboardLayout[r.id] = LayoutBox{item->pos().x(), item->pos().y(), 0, 0};
    }
    m_pasteCount = 0;
    emit message(m_clipboard.empty() ? tr("Nothing to copy: select elements first.")
                                     : tr("Copied %n element(s).", nullptr, static_cast<int>(m_clipboard.size())));
}

void EditController::cutSelection()
{
    copySelection();
    if (m_clipboard.empty())
        return;
    std::set<Id> ids;
    for (const auto &r : m_clipboard)
        ids.insert(r.id);
    m_document->removeElements(ids, tr("Cut"));
}

void EditController::paste()
{
    if (m_clipboard.empty())
        return;
    ++m_pasteCount;
    std::map<Id, Id> renamed;
    auto copies = m_document->withFreshIds(m_clipboard, &renamed);
    // Keep only what still has everything it refers to (the originals may have been deleted).
    const Design &design = m_document->design();
    std::set<Id> present;
    for (const auto &r : copies) {
        present.insert(r.id);
        if (const auto *v = r.as<VirtualNetwork>()) {
            for (const auto &s : v->subnets)
                present.insert(s.id);
        }
    }
    bool dropped = true;
    while (dropped) {
        dropped = false;
        for (auto it = copies.begin(); it != copies.end(); ++it) {
            const auto refs = referencesOf(*it);
            const bool ok = std::all_of(refs.begin(), refs.end(), [&](const Id &ref) {
                return present.count(ref) || design.find(ref) || design.findSubnet(ref).subnet
                       || ref.str() == kInternetEndpointId;
            });
            if (!ok) {
                present.erase(it->id);
                copies.erase(it);
                dropped = true;
                break;
            }
        }
    }
    std::map<Id, LayoutBox> layout;
    const qreal offset = 40.0 * m_pasteCount;
    for (const auto &[oldId, box] : m_clipboardLayout) {
        const auto it = renamed.find(oldId);
        if (it != renamed.end() && present.count(it->second))
            layout[it->second] = LayoutBox{box.x + offset, box.y + offset, box.width, box.height};
    }
    QStringList pasted;
    for (const auto &r : copies)
        pasted << toQString(r.id);
    m_document->addResources(std::move(copies), layout, tr("Paste"));
    m_scene->rebuild();
    m_scene->selectElements(pasted);
}

void EditController::duplicateSelection()
{
    const auto savedClipboard = m_clipboard;
    const auto savedLayout = m_clipboardLayout;
    const int savedCount = m_pasteCount;
    copySelection();
    paste();
    m_clipboard = savedClipboard;
    m_clipboardLayout = savedLayout;
    m_pasteCount = savedCount;
}

LayoutBox EditController::storedBox(const QString &id) const
{
    const auto &elements = m_document->design().layout.elements;
    const auto it = elements.find(toId(id));
    return it == elements.end() ? LayoutBox{} : it->second;
}

void EditController::alignSelection(Alignment alignment)
{
    QList<ElementItem *> items;
    QRectF bounds;
    for (auto *item : m_scene->selectedItems()) {
        auto *element = dynamic_cast<ElementItem *>(item);
        if (element && !element->parentItem()) {
            items.append(element);
            bounds = bounds.united(element->sceneBoundingRect());
        }
    }
    if (items.size() < 2)
        return;
    std::map<Id, LayoutBox> boxes;
    for (auto *item : items) {
        const QRectF r = item->sceneBoundingRect();
        QPointF p = item->pos();
        switch (alignment) {
        case Alignment::Left: p.setX(bounds.left()); break;
        case Alignment::HorizontalCenter: p.setX(bounds.center().x() - r.width() / 2); break;
        case Alignment::Right: p.setX(bounds.right() - r.width()); break;
        case Alignment::Top: p.setY(bounds.top()); break;
        case Alignment::VerticalCenter: p.setY(bounds.center().y() - r.height() / 2); break;
        case Alignment::Bottom: p.setY(bounds.bottom() - r.height()); break;
        }
        LayoutBox box = storedBox(item->elementId());
        box.x = p.x();
        box.y = p.y();
        boxes[toId(item->elementId())] = box;
    }
    m_document->setLayout(boxes, tr("Align"));
}

void EditController::distributeSelection(Qt::Orientation orientation)
{
    QList<ElementItem *> items;
    for (auto *item : m_scene->selectedItems()) {
        auto *element = dynamic_cast<ElementItem *>(item);
        if (element && !element->parentItem())
            items.append(element);
    }
    if (items.size() < 3)
        return;
    const bool horizontal = orientation == Qt::Horizontal;
    const auto centre = [&](ElementItem *i) {
        return horizontal ? i->sceneBoundingRect().center().x() : i->sceneBoundingRect().center().y();
    };
    std::sort(items.begin(), items.end(), [&](auto *a, auto *b) { return centre(a) < centre(b); });
    const qreal first = centre(items.front());
    const qreal step = (centre(items.back()) - first) / (items.size() - 1);
    std::map<Id, LayoutBox> boxes;
    for (int i = 0; i < items.size(); ++i) {
        auto *item = items[i];
        LayoutBox box = storedBox(item->elementId());
        const QRectF r = item->sceneBoundingRect();
        box.x = horizontal ? first + i * step - r.width() / 2 : item->pos().x();
        box.y = horizontal ? item->pos().y() : first + i * step - r.height() / 2;
        boxes[toId(item->elementId())] = box;
    }
    m_document->setLayout(boxes, tr("Distribute"));
}

QString EditController::connectionKindText(ConnectionKind kind)
{
    switch (kind) {
    case ConnectionKind::Peering: return tr("VNet peering");
    case ConnectionKind::SiteToSite: return tr("Site-to-site VPN");
    case ConnectionKind::VnetToVnet: return tr("VNet-to-VNet VPN");
    case ConnectionKind::ExpressRoute: return tr("ExpressRoute connection");
    case ConnectionKind::CircuitSite: return tr("Circuit private peering to the site");
    case ConnectionKind::GlobalReach: return tr("Global Reach");
    case ConnectionKind::P2sAttachment: return tr("Point-to-site clients of this gateway");
    case ConnectionKind::HubConnection: return tr("Virtual WAN hub connection");
    case ConnectionKind::BgpPeering: return tr("BGP peering");
    case ConnectionKind::RouteTableAssociation: return tr("Route table association");
    case ConnectionKind::Intent: return tr("Intent: must reach");
    case ConnectionKind::TrafficFlow: return tr("Traffic flow (for the cost estimate)");
    }
    return {};
}

QString EditController::paletteKindText(PaletteKind kind)
{
    switch (kind) {
    case PaletteKind::VirtualNetwork: return tr("Virtual network");
    case PaletteKind::Subnet: return tr("Subnet");
    case PaletteKind::VpnGateway: return tr("VPN gateway");
    case PaletteKind::ExpressRouteGateway: return tr("ExpressRoute gateway");
    case PaletteKind::ExpressRouteCircuit: return tr("ExpressRoute circuit");
    case PaletteKind::AzureFirewall: return tr("Azure Firewall");
    case PaletteKind::RouteServer: return tr("Route Server");
    case PaletteKind::NetworkVirtualAppliance: return tr("Network virtual appliance");
    case PaletteKind::OnPremisesSite: return tr("On-premises site");
    case PaletteKind::P2sClientGroup: return tr("P2S client group");
    case PaletteKind::VirtualHub: return tr("Virtual WAN hub");
    case PaletteKind::RouteTable: return tr("Route table");
    }
    return {};
}

QString EditController::paletteKindToolTip(PaletteKind kind)
{
    switch (kind) {
    case PaletteKind::VirtualNetwork: return tr("A virtual network with a default subnet, in free address space.");
    case PaletteKind::Subnet: return tr("Drop on a virtual network: adds a subnet in its free space.");
    case PaletteKind::VpnGateway: return tr("Drop on a virtual network: adds the gateway and a GatewaySubnet if it has none.");
    case PaletteKind::ExpressRouteGateway: return tr("Drop on a virtual network: adds the gateway and a GatewaySubnet if it has none.");
    case PaletteKind::ExpressRouteCircuit: return tr("A circuit to a peering location; connect it to a gateway and a site.");
    case PaletteKind::AzureFirewall: return tr("Drop on a virtual network (adds AzureFirewallSubnet) or on a Virtual WAN hub.");
    case PaletteKind::RouteServer: return tr("Drop on a virtual network: adds the Route Server and its RouteServerSubnet.");
    case PaletteKind::NetworkVirtualAppliance: return tr("Drop on a subnet: adds an NVA with its IP in that subnet.");
    case PaletteKind::OnPremisesSite: return tr("A data centre or branch; connect it with VPN or ExpressRoute.");
    case PaletteKind::P2sClientGroup: return tr("Remote users; drop on a VPN gateway or a hub with point-to-site.");
    case PaletteKind::VirtualHub: return tr("A Virtual WAN hub (adds the Virtual WAN if there is none).");
    case PaletteKind::RouteTable: return tr("User-defined routes; drop on a subnet to associate it.");
    }
    return {};
}

QString EditController::refusalText(ConnectionRefusal refusal, const QString &from, const QString &to)
{
    switch (refusal) {
    case ConnectionRefusal::SameElement: return tr("An element cannot be connected to itself.");
    case ConnectionRefusal::NoConnectionForKinds: return tr("Azure has no connection between %1 and %2.").arg(from, to);
    case ConnectionRefusal::AlreadyConnected: return tr("%1 and %2 are already connected.").arg(from, to);
    case ConnectionRefusal::PolicyBasedGateway:
        return tr("A policy-based VPN gateway takes no VNet-to-VNet connection (R-VPN-12); make it route-based.");
    case ConnectionRefusal::BasicVirtualWan:
        return tr("A Basic Virtual WAN carries site-to-site VPN only; make the WAN Standard for ExpressRoute and point-to-site.");
    case ConnectionRefusal::HubHasNoGateway:
        return tr("The hub has no gateway for this connection; add one in the hub's properties first.");
    case ConnectionRefusal::AlreadyAttached: return tr("%1 is already attached; detach it first.").arg(to);
    }
    return {};
}

QString EditController::refusalText(PlacementRefusal refusal, PaletteKind kind)
{
    const QString what = paletteKindText(kind);
    switch (refusal) {
    case PlacementRefusal::NeedsVirtualNetwork: return tr("Drop the %1 on a virtual network.").arg(what);
    case PlacementRefusal::NeedsSubnet: return tr("Drop the %1 on a subnet.").arg(what);
    case PlacementRefusal::NeedsVpnGateway:
        return tr("Drop the %1 on a VPN gateway or a Virtual WAN hub with point-to-site.").arg(what);
    case PlacementRefusal::AlreadyHasGateway:
        return tr("That virtual network already has a %1; Azure allows one (R-VPN-11).").arg(what);
    case PlacementRefusal::NoFreeAddressSpace: return tr("There is no free address space left for the %1.").arg(what);
    }
    return {};
}

} // namespace spokewise::views
