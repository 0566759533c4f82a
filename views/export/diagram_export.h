#pragma once

#include <QDate>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QSize>
#include <QString>
#include <QStringList>

class QGraphicsItem;
class QImage;
class QPainter;

namespace spokewise::views {

class DesignScene;
class LinkItem;

enum class DiagramFormat { Png, Svg, Pdf, DrawIo };

// The legend an export with the analysis overlay shows (export_overlay.h fills it in).
struct OverlayLegend
{
    QString title;          // "Routing analysis"
    QString brokenElement;  // what a red outline means
    QString brokenLink;     // what a red connector means
    QString summary;        // what the analysis found, in one line
};

// How a diagram is exported: the whole design or some elements, with a margin, and optional title
// block and analysis legend.
struct DiagramExportOptions
{
    qreal scale = 1.0;        // PNG only: pixels per scene unit
    bool transparent = false; // PNG, SVG, PDF: no background fill
    bool titleBlock = false;  // the design's name and `date` above the diagram
    QString title;            // the design's name
    QDate date;               // shown in the title block
    bool overlay = false;     // draw `legend` below the diagram (the marks themselves are on the scene's items)
    OverlayLegend legend;
    // When not empty: only these elements (with everything inside them) and the connectors between
    // them; otherwise the whole design.
    QStringList elementIds;
};

// What an export draws: the element items kept (containers with their bands and hosted nodes), the
// connectors whose two ends are kept, and the area they cover in scene coordinates.
struct ExportContent
{
    QSet<const QGraphicsItem *> items;
    QList<const LinkItem *> links;
    QRectF bounds;
    bool whole = true; // every item of the scene (no selection given)
};
ExportContent exportContent(const DesignScene *scene, const QStringList &elementIds);

// Renders a DesignScene to PNG, SVG, PDF or draw.io, without a view and without the editing grid.
//
// The picture is the content's bounds with a margin, in scene units (one unit is one pixel at scale
// 1, and 0.75 pt in a PDF, as at 96 dpi). SVG and PDF stay vector: text is written as text. The
// scene should be one built for the export (no selection); its items' marks are drawn as they are.
class DiagramExporter final
{
public:
    DiagramExporter(const DesignScene *scene, const DiagramExportOptions &options);

    // The picture's size in scene units, title block and legend included (whole numbers).
    QSize size() const { return m_frame.size(); }
    // The PNG's size in pixels.
    QSize pixelSize() const;
    // Whether anything is drawn (false when none of the given element ids is on the scene).
    bool isEmpty() const { return m_content.items.isEmpty(); }
    // Where the scene's point `scenePos` lands in the picture (scene units).
    QPointF toPicture(const QPointF &scenePos) const;

    QImage toImage() const;
    // Writes `fileName`; on failure returns false and sets `error` to the reason.
    bool write(DiagramFormat format, const QString &fileName, QString *error) const;

    static constexpr int margin = 24;
    static constexpr int titleHeight = 56;
    static constexpr int legendHeight = 76;
    static constexpr int legendMinWidth = 460;

private:
    // Paints the picture with its top-left corner at the painter's origin, one scene unit per unit.
    void paint(QPainter *painter, bool fillBackground) const;
    void paintTitle(QPainter *painter) const;
    void paintLegend(QPainter *painter) const;
    bool writePng(const QString &fileName, QString *error) const;
    bool writeSvg(const QString &fileName, QString *error) const;
    bool writePdf(const QString &fileName, QString *error) const;

    const DesignScene *m_scene;
    DiagramExportOptions m_options;
    ExportContent m_content;
    QRect m_source; // the scene area drawn (content bounds and margin)
    QRect m_frame;  // the whole picture at the origin: title block, source area, legend
};

} // namespace spokewise::views
