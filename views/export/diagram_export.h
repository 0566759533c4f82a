#pragma once

#include <QDate>
#include <QRectF>
#include <QSize>
#include <QString>

class QImage;
class QPainter;

namespace spokewise::views {

class DesignScene;

enum class DiagramFormat { Png, Svg, Pdf };

// How a diagram is exported: the whole design, with a margin, and an optional title block.
struct DiagramExportOptions
{
    qreal scale = 1.0;        // PNG only: pixels per scene unit
    bool transparent = false; // PNG only: no background fill
    bool titleBlock = false;  // the design's name and `date` above the diagram
    QString title;            // the design's name
    QDate date;               // shown in the title block
};

// Renders a DesignScene to PNG, SVG or PDF, without a view and without the editing grid.
//
// The picture is the scene's designBounds() with a margin, in scene units (one unit is one pixel
// at scale 1, and 0.75 pt in a PDF, as at 96 dpi). SVG and PDF stay vector: text is written as text.
class DiagramExporter final
{
public:
    DiagramExporter(const DesignScene *scene, const DiagramExportOptions &options);

    // The picture's size in scene units, title block included (whole numbers).
    QSize size() const { return m_frame.size(); }
    // The PNG's size in pixels.
    QSize pixelSize() const;

    QImage toImage() const;
    // Writes `fileName`; on failure returns false and sets `error` to the reason.
    bool write(DiagramFormat format, const QString &fileName, QString *error) const;

    static constexpr int margin = 24;
    static constexpr int titleHeight = 56;

private:
    // Paints the picture with its top-left corner at the painter's origin, one scene unit per unit.
    void paint(QPainter *painter, bool fillBackground) const;
    void paintTitle(QPainter *painter) const;
    bool writePng(const QString &fileName, QString *error) const;
    bool writeSvg(const QString &fileName, QString *error) const;
    bool writePdf(const QString &fileName, QString *error) const;

    const DesignScene *m_scene;
    DiagramExportOptions m_options;
    QRect m_source; // the scene area drawn (design bounds and margin)
    QRect m_frame;  // the whole picture at the origin: title block above the source area
};

} // namespace spokewise::views
