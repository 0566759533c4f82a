#include "export/diagram_export.h"

#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"
#include "export/drawio_export.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>

#include <cmath>

namespace spokewise::views {

namespace {

// QPainter cannot paint on images larger than this in either direction.
constexpr int kMaxPixels = 32767;
// The canvas measures its text at 96 dpi, one unit a pixel: SVG and PDF use the same resolution so
// that every label fits its box exactly as in the designer.
constexpr int kCanvasDpi = 96;

// Opens the file for writing now, so that an unwritable path is reported with the system's reason
// rather than as a silent failure of the image, SVG or PDF writer.
bool checkWritable(const QString &fileName, QString *error)
{
    QFile probe(fileName);
    const bool existed = probe.exists();
    if (!probe.open(QIODevice::WriteOnly)) {
        *error = probe.errorString();
        return false;
    }
    probe.close();
    if (!existed)
        probe.remove();
    return true;
}

} // namespace

ExportContent exportContent(const DesignScene *scene, const QStringList &elementIds)
{
    ExportContent content;
    content.whole = elementIds.isEmpty();
    const auto keepWithChildren = [&content](const QGraphicsItem *item, auto &&self) -> void {
        content.items.insert(item);
        for (const QGraphicsItem *child : item->childItems())
            self(child, self);
    };
    for (const QGraphicsItem *item : scene->items()) {
        const auto *element = dynamic_cast<const ElementItem *>(item);
        if (element && (content.whole || elementIds.contains(element->elementId())))
            keepWithChildren(element, keepWithChildren);
    }
    for (const LinkItem *link : scene->links()) {
        const ElementItem *from = scene->itemFor(link->fromId());
        const ElementItem *to = scene->itemFor(link->toId());
        if (content.items.contains(from) && content.items.contains(to))
            content.links.append(link);
    }
    if (content.whole) {
        content.bounds = scene->designBounds();
    } else {
        for (const QGraphicsItem *item : std::as_const(content.items))
            content.bounds = content.bounds.united(item->sceneBoundingRect());
    }
    return content;
}

DiagramExporter::DiagramExporter(const DesignScene *scene, const DiagramExportOptions &options)
    : m_scene(scene), m_options(options), m_content(exportContent(scene, options.elementIds))
{
    QRectF bounds = m_content.bounds;
    if (bounds.isEmpty())
        bounds = QRectF(0, 0, CanvasStyle::nodeWidth, CanvasStyle::nodeHeight);
    // Whole units, so that a PNG at an integer scale is exactly that many times larger.
    const QRectF framed = bounds.adjusted(-margin, -margin, margin, margin);
    m_source = QRect(QPoint(int(std::floor(framed.left())), int(std::floor(framed.top()))),
                     QPoint(int(std::ceil(framed.right())) - 1, int(std::ceil(framed.bottom())) - 1));
    const int title = m_options.titleBlock ? titleHeight : 0;
    const int legend = m_options.overlay ? legendHeight : 0;
    const int width = m_options.overlay ? std::max(m_source.width(), legendMinWidth) : m_source.width();
    m_frame = QRect(0, 0, width, title + m_source.height() + legend);
}

QPointF DiagramExporter::toPicture(const QPointF &scenePos) const
{
    return scenePos - QPointF(m_source.topLeft()) + QPointF(0, m_options.titleBlock ? titleHeight : 0);
}

QSize DiagramExporter::pixelSize() const
{
    return QSize(qRound(m_frame.width() * m_options.scale), qRound(m_frame.height() * m_options.scale));
}

void DiagramExporter::paint(QPainter *painter, bool fillBackground) const
{
    const CanvasStyle &style = canvasStyle();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    if (fillBackground)
        painter->fillRect(m_frame, style.background);
    if (m_options.titleBlock)
        paintTitle(painter);

    if (m_options.overlay)
        paintLegend(painter);

    // The items themselves, bottom first, as a view would draw them but without the scene's
    // background grid, which is an editing aid and not part of the diagram.
    const QTransform base = QTransform::fromTranslate(0, m_options.titleBlock ? titleHeight : 0)
                            * QTransform::fromTranslate(-m_source.left(), -m_source.top()) * painter->worldTransform();
    const QList<QGraphicsItem *> items
            = m_scene->items(QRectF(m_source), Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
    for (QGraphicsItem *item : items) {
        if (!item->isVisible() || item->effectiveOpacity() <= 0)
            continue;
        const bool linkLayer = item->type() != LinkItem::Type && !dynamic_cast<ElementItem *>(item);
        if (linkLayer && !m_content.whole) {
            // Only the connectors between kept elements, one by one, where the layer would draw them.
            painter->save();
            painter->setWorldTransform(base);
            for (const LinkItem *link : m_content.links) {
                QVector<QLineF> lines;
                const QPainterPath &path = link->path();
                for (int i = 1; i < path.elementCount(); ++i)
                    lines.append(QLineF(path.elementAt(i - 1), path.elementAt(i)));
                link->paintSegments(painter, lines, true);
            }
            painter->restore();
            continue;
        }
        if ((item->flags() & QGraphicsItem::ItemHasNoContents) || (!linkLayer && !m_content.items.contains(item)))
            continue;
        QStyleOptionGraphicsItem option;
        option.exposedRect = item->boundingRect();
        option.rect = option.exposedRect.toAlignedRect();
        option.state = item->isEnabled() ? QStyle::State_Enabled : QStyle::State_None;
        painter->save();
        painter->setWorldTransform(item->sceneTransform() * base);
        painter->setOpacity(item->effectiveOpacity());
        item->paint(painter, &option, nullptr);
        painter->restore();
    }
}

void DiagramExporter::paintTitle(QPainter *painter) const
{
    const CanvasStyle &style = canvasStyle();
    const QRectF block(margin, margin / 2.0, m_frame.width() - 2 * margin, titleHeight - margin / 2.0);
    QFont nameFont = style.titleFont;
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    painter->save();
    painter->setFont(nameFont);
    painter->setPen(style.text);
    const QFontMetricsF nameMetrics(nameFont, painter->device());
    const QString name = nameMetrics.elidedText(m_options.title, Qt::ElideRight, block.width());
    const QRectF nameLine(block.left(), block.top(), block.width(), nameMetrics.height());
    painter->drawText(nameLine, Qt::AlignLeft | Qt::AlignVCenter, name);
    painter->setFont(style.smallFont);
    painter->setPen(style.secondaryText);
    painter->drawText(nameLine, Qt::AlignRight | Qt::AlignVCenter,
                      QLocale::c().toString(m_options.date, QStringLiteral("yyyy-MM-dd")));
    painter->setPen(QPen(style.containerBorder, 1));
    const qreal rule = nameLine.bottom() + 6;
    painter->drawLine(QPointF(block.left(), rule), QPointF(block.right(), rule));
    painter->restore();
}

void DiagramExporter::paintLegend(QPainter *painter) const
{
    const CanvasStyle &style = canvasStyle();
    const QColor broken(0xd0, 0x30, 0x30);
    const qreal top = m_frame.height() - legendHeight;
    painter->save();
    painter->setPen(QPen(style.containerBorder, 1));
    painter->drawLine(QPointF(margin, top), QPointF(m_frame.width() - margin, top));
    painter->setFont(style.titleFont);
    painter->setPen(style.text);
    const qreal textWidth = m_frame.width() - 2 * margin;
    const QRectF titleLine(margin, top + 6, textWidth, 18);
    painter->drawText(titleLine, Qt::AlignLeft | Qt::AlignVCenter, m_options.legend.title);
    painter->setFont(style.smallFont);
    painter->setPen(style.secondaryText);
    painter->drawText(titleLine, Qt::AlignRight | Qt::AlignVCenter, m_options.legend.summary);
    // The two marks as the canvas draws them: a red outline round a box, a red connector.
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box(margin + 3, top + 30, 26, 14);
    painter->setPen(QPen(style.nodeBorder, 1));
    painter->setBrush(style.nodeFill);
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(QPen(broken, 3));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(box.adjusted(-3, -3, 3, 3), 5, 5);
    painter->setFont(style.smallFont);
    painter->setPen(style.text);
    painter->drawText(QRectF(margin + 40, top + 28, textWidth - 40, 18), Qt::AlignLeft | Qt::AlignVCenter,
                      m_options.legend.brokenElement);
    QPen linkPen = style.linkPen(ConnectionKind::Peering);
    linkPen.setColor(broken);
    linkPen.setWidthF(3);
    painter->setPen(linkPen);
    painter->drawLine(QPointF(margin, top + 59), QPointF(margin + 32, top + 59));
    painter->setPen(style.text);
    painter->drawText(QRectF(margin + 40, top + 50, textWidth - 40, 18), Qt::AlignLeft | Qt::AlignVCenter,
                      m_options.legend.brokenLink);
    painter->restore();
}

QImage DiagramExporter::toImage() const
{
    QImage image(pixelSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(m_options.scale, m_options.scale);
    paint(&painter, !m_options.transparent);
    painter.end();
    return image;
}

bool DiagramExporter::write(DiagramFormat format, const QString &fileName, QString *error) const
{
    if (isEmpty()) {
        *error = QCoreApplication::translate("DiagramExporter", "none of the elements to export is on the diagram");
        return false;
    }
    if (!checkWritable(fileName, error))
        return false;
    switch (format) {
    case DiagramFormat::Png: return writePng(fileName, error);
    case DiagramFormat::Svg: return writeSvg(fileName, error);
    case DiagramFormat::Pdf: return writePdf(fileName, error);
    case DiagramFormat::DrawIo: return DrawioExporter(m_scene, m_options).write(fileName, error);
    }
    return false;
}

bool DiagramExporter::writePng(const QString &fileName, QString *error) const
{
    const QSize pixels = pixelSize();
    if (pixels.width() < 1 || pixels.height() < 1 || pixels.width() > kMaxPixels || pixels.height() > kMaxPixels) {
        *error = QCoreApplication::translate("DiagramExporter", "the image would be %1 x %2 pixels; "
                                                                "choose a scale that keeps both sides between 1 and %3")
                         .arg(pixels.width())
                         .arg(pixels.height())
                         .arg(kMaxPixels);
        return false;
    }
    QImageWriter writer(fileName, "png");
    if (!writer.write(toImage())) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

bool DiagramExporter::writeSvg(const QString &fileName, QString *error) const
{
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(m_frame.size());
    generator.setViewBox(m_frame);
    generator.setTitle(m_options.title);
    generator.setResolution(kCanvasDpi);
    QPainter painter;
    if (!painter.begin(&generator)) {
        *error = QCoreApplication::translate("DiagramExporter", "the SVG file could not be written");
        return false;
    }
    paint(&painter, !m_options.transparent);
    painter.end();
    return true;
}

bool DiagramExporter::writePdf(const QString &fileName, QString *error) const
{
    QPdfWriter writer(fileName);
    // Fonts are sized from the device's resolution and then by the world transform as well: a
    // 96-dpi writer with an identity transform keeps both at the canvas's measure.
    writer.setResolution(kCanvasDpi);
    writer.setCreator(QStringLiteral("Spokewise"));
    writer.setTitle(m_options.title);
    // One scene unit is one 96-dpi pixel; the page is exactly the picture, so nothing is cut.
    const QSizeF points = QSizeF(m_frame.size()) * 72.0 / kCanvasDpi;
    const QPageSize page(points, QPageSize::Point, QString(), QPageSize::ExactMatch);
    writer.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = QCoreApplication::translate("DiagramExporter", "the PDF file could not be written");
        return false;
    }
    paint(&painter, !m_options.transparent);
    painter.end();
    return true;
}

} // namespace spokewise::views
