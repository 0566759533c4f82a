#include "canvas/palette_widget.h"

#include "canvas/canvas_view.h"
#include "editing/edit_controller.h"

#include <QIcon>
#include <QMimeData>

namespace spokewise::views {

namespace {

constexpr int KindRole = Qt::UserRole + 1;

QString iconName(PaletteKind kind)
{
    switch (kind) {
    case PaletteKind::VirtualNetwork: return QStringLiteral("virtual-network");
    case PaletteKind::Subnet: return QStringLiteral("subnet");
    case PaletteKind::VpnGateway: return QStringLiteral("vpn-gateway");
    case PaletteKind::ExpressRouteGateway: return QStringLiteral("expressroute-gateway");
    case PaletteKind::ExpressRouteCircuit: return QStringLiteral("expressroute-circuit");
    case PaletteKind::AzureFirewall: return QStringLiteral("azure-firewall");
    case PaletteKind::RouteServer: return QStringLiteral("route-server");
    case PaletteKind::NetworkVirtualAppliance: return QStringLiteral("nva");
    case PaletteKind::OnPremisesSite: return QStringLiteral("on-premises-site");
    case PaletteKind::P2sClientGroup: return QStringLiteral("p2s-client-group");
    case PaletteKind::VirtualHub: return QStringLiteral("virtual-hub");
    case PaletteKind::RouteTable: return QStringLiteral("route-table");
    }
    return {};
}

} // namespace

PaletteWidget::PaletteWidget(QWidget *parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setIconSize(QSize(32, 32));
    setSpacing(2);
    setUniformItemSizes(true);
    setSelectionMode(SingleSelection);
    for (const auto &[kind, name] : enumEntries<PaletteKind>()) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName(kind))),
                                         EditController::paletteKindText(kind), this);
        item->setData(KindRole, QString::fromLatin1(name.data(), static_cast<int>(name.size())));
        item->setToolTip(EditController::paletteKindToolTip(kind));
    }
    connect(this, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { emit placementArmed(item->data(KindRole).toString()); });
}

QStringList PaletteWidget::mimeTypes() const
{
    return {QString::fromLatin1(CanvasView::kindMimeType)};
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(CanvasView::kindMimeType, items.front()->data(KindRole).toString().toUtf8());
    return data;
}

} // namespace spokewise::views
