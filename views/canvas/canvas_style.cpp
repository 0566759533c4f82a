#include "canvas/canvas_style.h"

namespace spokewise::views {

namespace {

CanvasStyle &mutableStyle()
{
    static CanvasStyle style = CanvasStyle::fromPalette(QPalette());
    return style;
}

} // namespace

CanvasStyle CanvasStyle::fromPalette(const QPalette &palette)
{
    CanvasStyle s;
    s.dark = palette.color(QPalette::Window).lightness() < 128;
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.secondaryText = s.dark ? QColor(0xb0, 0xb8, 0xc4) : QColor(0x55, 0x5f, 0x6d);
    s.grid = s.dark ? s.background.lighter(135) : s.background.darker(108);
    s.containerFill = s.dark ? QColor(0x1f, 0x2a, 0x38) : QColor(0xef, 0xf5, 0xfc);
    s.containerBorder = s.dark ? QColor(0x5b, 0x8d, 0xc9) : QColor(0x2f, 0x6d, 0xb5);
    s.hubFill = s.dark ? QColor(0x22, 0x33, 0x2e) : QColor(0xee, 0xf8, 0xf3);
    s.bandFill = s.dark ? QColor(0x27, 0x33, 0x43) : QColor(0xff, 0xff, 0xff);
    s.bandBorder = s.dark ? QColor(0x45, 0x55, 0x69) : QColor(0xc3, 0xd3, 0xe6);
    s.nodeFill = s.dark ? QColor(0x2a, 0x2f, 0x37) : QColor(0xff, 0xff, 0xff);
    s.nodeBorder = s.dark ? QColor(0x6a, 0x74, 0x82) : QColor(0x9a, 0xa6, 0xb4);
    s.selection = palette.color(QPalette::Highlight);
    s.titleFont = QFont();
    s.titleFont.setBold(true);
    s.labelFont = QFont();
    s.smallFont = QFont();
    s.smallFont.setPointSizeF(s.labelFont.pointSizeF() * 0.85);
    return s;
}

QColor CanvasStyle::linkColor(ConnectionKind kind) const
{
    // Hues that stay apart for the common colour-vision deficiencies, lifted on dark backgrounds.
    QColor c;
    // The icon families' colours (resources/icons/README.md), so a link matches its palette icon.
    switch (kind) {
    case ConnectionKind::Peering:
    case ConnectionKind::HubConnection: c = QColor(0x2f, 0x7f, 0xd8); break;
    case ConnectionKind::SiteToSite:
    case ConnectionKind::VnetToVnet:
    case ConnectionKind::P2sAttachment: c = QColor(0x11, 0x99, 0x8e); break;
    case ConnectionKind::ExpressRoute:
    case ConnectionKind::CircuitSite:
    case ConnectionKind::GlobalReach: c = QColor(0x8a, 0x63, 0xd2); break;
    case ConnectionKind::BgpPeering:
    case ConnectionKind::RouteTableAssociation: c = QColor(0xb8, 0x80, 0x0a); break;
    case ConnectionKind::Intent: c = QColor(0x2e, 0x9a, 0x4e); break;
    case ConnectionKind::TrafficFlow: c = QColor(0x6f, 0x81, 0x96); break;
    }
    return dark ? c.lighter(130) : c;
}

QPen CanvasStyle::linkPen(ConnectionKind kind) const
{
    QPen pen(linkColor(kind), 2);
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    switch (kind) {
    case ConnectionKind::ExpressRoute:
    case ConnectionKind::CircuitSite: pen.setWidthF(3.5); break;
    case ConnectionKind::SiteToSite:
    case ConnectionKind::VnetToVnet: pen.setStyle(Qt::DashLine); break;
    case ConnectionKind::GlobalReach: pen.setStyle(Qt::DashDotLine); pen.setWidthF(3); break;
    case ConnectionKind::P2sAttachment: pen.setStyle(Qt::DashLine); break;
    case ConnectionKind::BgpPeering:
    case ConnectionKind::RouteTableAssociation: pen.setStyle(Qt::DotLine); pen.setWidthF(1.5); break;
    case ConnectionKind::Intent: pen.setStyle(Qt::DashLine); pen.setWidthF(1.5); break;
    case ConnectionKind::TrafficFlow: pen.setStyle(Qt::DotLine); pen.setWidthF(1.5); break;
    case ConnectionKind::Peering:
    case ConnectionKind::HubConnection: break;
    }
    return pen;
}

const CanvasStyle &canvasStyle()
{
    return mutableStyle();
}

void updateCanvasStyle(const QPalette &palette)
{
    mutableStyle() = CanvasStyle::fromPalette(palette);
}

} // namespace spokewise::views
