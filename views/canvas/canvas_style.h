#pragma once

#include "design/connections.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QPen>

namespace spokewise::views {

// Colours, pens and sizes of the canvas, derived from the application palette so the diagram reads
// on light and dark themes alike.
struct CanvasStyle
{
    bool dark = false;
    QColor background;
    QColor grid;
    QColor text;
    QColor secondaryText;
    QColor containerFill;
    QColor containerBorder;
    QColor hubFill;
    QColor bandFill;
    QColor bandBorder;
    QColor nodeFill;
    QColor nodeBorder;
    QColor selection;
    QFont titleFont;
    QFont labelFont;
    QFont smallFont;

    static CanvasStyle fromPalette(const QPalette &palette);
    // The pen a connector of this kind is drawn with (colour, width, dash pattern).
    QPen linkPen(ConnectionKind kind) const;
    QColor linkColor(ConnectionKind kind) const;

    static constexpr qreal gridSize = 20;
    static constexpr qreal nodeWidth = 140;
    static constexpr qreal nodeHeight = 76;
    static constexpr qreal hostedWidth = 150;
    static constexpr qreal hostedHeight = 40;
    static constexpr qreal containerHeader = 44;
    static constexpr qreal bandHeight = 30;
    static constexpr qreal bandHostHeight = 52;
    static constexpr qreal padding = 10;
};

// The application-wide style, updated when the palette changes.
const CanvasStyle &canvasStyle();
void updateCanvasStyle(const QPalette &palette);

} // namespace spokewise::views
