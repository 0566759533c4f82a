#include "export/drawio_export.h"

#include "canvas/canvas_items.h"
#include "canvas/canvas_style.h"
#include "canvas/design_scene.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <algorithm>

namespace spokewise::views {

namespace {

using Style = QList<QPair<QString, QString>>; // a style string's entries, in order

const QColor kBroken(0xd0, 0x30, 0x30);
const QColor kFailed(0x99, 0x99, 0x99);

QString colour(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString number(qreal value)
{
    // draw.io reads plain decimals; whole units stay whole.
    return QString::number(value, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

// The icon as draw.io embeds pictures in a style: base64 after "data:image/svg+xml," (no ";base64",
// whose semicolon would end the style entry).
QString iconData(const QString &name)
{
    static QHash<QString, QString> cache;
    const auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    QString data;
    if (file.open(QIODevice::ReadOnly))
        data = QStringLiteral("data:image/svg+xml,") + QString::fromLatin1(file.readAll().toBase64());
    cache.insert(name, data);
    return data;
}

// A style string from key=value pairs, in order.
QString style(const Style &entries)
{
    QString s;
    for (const auto &[key, value] : entries)
        s += key + QLatin1Char('=') + value + QLatin1Char(';');
    return s;
}

QString htmlLabel(const QString &title, const QString &detail, bool bold, const CanvasStyle &s)
{
    QString label = bold ? QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()) : title.toHtmlEscaped();
    if (!detail.isEmpty()) {
        label += QStringLiteral("<br><span style=\"font-size:10px;color:%1\">%2</span>")
                         .arg(colour(s.secondaryText), detail.toHtmlEscaped());
    }
    return label;
}

void addMark(Style &entries, ElementMark mark)
{
    if (mark == ElementMark::None)
        return;
    for (auto &entry : entries) {
        if (entry.first == QLatin1String("strokeColor"))
            entry.second = colour(mark == ElementMark::Broken ? kBroken : kFailed);
        if (entry.first == QLatin1String("strokeWidth"))
            entry.second = QStringLiteral("3");
    }
    if (mark == ElementMark::Failed)
        entries.append({QStringLiteral("dashed"), QStringLiteral("1")});
}

Style vertexStyle(const ElementItem *item, const CanvasStyle &s)
{
    Style e;
    const QString icon = iconData(item->label().iconName);
    const auto withIcon = [&](const char *align, const char *valign) {
        if (icon.isEmpty())
            return;
        e.append({QStringLiteral("image"), icon});
        e.append({QStringLiteral("imageWidth"), QStringLiteral("32")});
        e.append({QStringLiteral("imageHeight"), QStringLiteral("32")});
        e.append({QStringLiteral("imageAlign"), QLatin1String(align)});
        e.append({QStringLiteral("imageVerticalAlign"), QLatin1String(valign)});
    };
    if (const auto *container = qgraphicsitem_cast<const ContainerItem *>(item)) {
        e = {{"shape", "label"}, {"rounded", "1"}, {"absoluteArcSize", "1"}, {"arcSize", "16"},
             {"container", "1"}, {"collapsible", "0"}, {"recursiveResize", "0"}, {"whiteSpace", "wrap"}, {"html", "1"},
             {"fillColor", colour(container->isHub() ? s.hubFill : s.containerFill)},
             {"strokeColor", colour(container->isHub() ? s.linkColor(ConnectionKind::HubConnection) : s.containerBorder)},
             {"strokeWidth", "1.5"}, {"fontColor", colour(s.text)}, {"fontSize", "12"}, {"align", "left"},
             {"verticalAlign", "top"}, {"spacing", "2"}, {"spacingLeft", "44"}, {"spacingTop", "2"}};
        withIcon("left", "top");
    } else if (qgraphicsitem_cast<const BandItem *>(item)) {
        e = {{"rounded", "1"}, {"absoluteArcSize", "1"}, {"arcSize", "8"}, {"container", "1"}, {"collapsible", "0"},
             {"recursiveResize", "0"}, {"whiteSpace", "wrap"}, {"html", "1"}, {"fillColor", colour(s.bandFill)},
             {"strokeColor", colour(s.bandBorder)}, {"strokeWidth", "1"}, {"fontColor", colour(s.text)},
             {"fontSize", "11"}, {"align", "left"}, {"verticalAlign", "top"}, {"spacing", "0"}, {"spacingLeft", "8"},
             {"spacingTop", "1"}};
    } else {
        const auto *node = qgraphicsitem_cast<const NodeItem *>(item);
        const bool hosted = node && node->isHosted();
        e = {{"shape", "label"}, {"rounded", "1"}, {"absoluteArcSize", "1"}, {"arcSize", "12"}, {"whiteSpace", "wrap"},
             {"html", "1"}, {"fillColor", colour(s.nodeFill)}, {"strokeColor", colour(s.nodeBorder)},
             {"strokeWidth", "1"}, {"fontColor", colour(s.text)}, {"fontSize", hosted ? "11" : "12"}};
        if (hosted) {
            e += Style{{"align", "left"}, {"verticalAlign", "middle"}, {"spacing", "0"}, {"spacingLeft", "40"}};
            withIcon("left", "middle");
        } else {
            e += Style{{"align", "center"}, {"verticalAlign", "top"}, {"spacing", "2"}, {"spacingTop", "36"}};
            withIcon("center", "top");
        }
    }
    addMark(e, item->mark());
    return e;
}

QString dashPattern(const QPen &pen)
{
    QStringList parts;
    for (const qreal d : pen.dashPattern())
        parts << number(d);
    return parts.join(QLatin1Char(' '));
}

Style edgeStyle(const LinkItem *link, const CanvasStyle &s)
{
    QPen pen = s.linkPen(link->kind());
    QColor c = pen.color();
    if (link->isNegative())
        c = s.dark ? QColor(0xda, 0x3b, 0x42).lighter(130) : QColor(0xda, 0x3b, 0x42);
    if (link->mark() == ElementMark::Broken) {
        c = kBroken;
        pen.setWidthF(std::max<qreal>(pen.widthF(), 3)); // as the canvas draws it
    } else if (link->mark() == ElementMark::Failed) {
        c = kFailed;
    }
    Style e = {{"edgeStyle", "orthogonalEdgeStyle"}, {"rounded", "0"}, {"html", "1"},
                                        {"strokeColor", colour(c)}, {"strokeWidth", number(pen.widthF())}};
    if (pen.style() != Qt::SolidLine)
        e += Style{{"dashed", "1"}, {"dashPattern", dashPattern(pen)}};
    const bool directed = link->kind() == ConnectionKind::Intent || link->kind() == ConnectionKind::TrafficFlow
                          || link->kind() == ConnectionKind::P2sAttachment;
    e.append({QStringLiteral("startArrow"), QStringLiteral("none")});
    if (link->isNegative())
        e += Style{{"endArrow", "baseDash"}, {"endSize", "12"}};
    else if (directed)
        e += Style{{"endArrow", "block"}, {"endFill", "1"}, {"endSize", "6"}};
    else
        e.append({QStringLiteral("endArrow"), QStringLiteral("none")});
    return e;
}

// Where a route's end point sits on a box, as draw.io's relative connection constraint.
void addConstraint(Style &e, const char *prefix, const QPointF &point, const QRectF &box)
{
    if (box.width() <= 0 || box.height() <= 0)
        return;
    const QString p = QLatin1String(prefix);
    e.append({p + QStringLiteral("X"), number(std::clamp((point.x() - box.left()) / box.width(), 0.0, 1.0))});
    e.append({p + QStringLiteral("Y"), number(std::clamp((point.y() - box.top()) / box.height(), 0.0, 1.0))});
    e.append({p + QStringLiteral("Dx"), QStringLiteral("0")});
    e.append({p + QStringLiteral("Dy"), QStringLiteral("0")});
    e.append({p + QStringLiteral("Perimeter"), QStringLiteral("0")});
}

// Builds the cells; ids are the element ids where they are unique and stable, otherwise derived
// from the parent cell's id.
class Writer
{
public:
    Writer(const DesignScene *scene, const DiagramExportOptions &options, QXmlStreamWriter &xml)
        : m_scene(scene), m_options(options), m_picture(scene, options),
          m_content(exportContent(scene, options.elementIds)), m_xml(xml)
    {
        m_used = {QStringLiteral("0"), QStringLiteral("1")};
    }

    void writeCells()
    {
        const CanvasStyle &s = canvasStyle();
        if (m_options.titleBlock)
            writeTitle(s);
        // Parents before children: draw.io resolves a parent attribute against cells already read.
        QList<const QGraphicsItem *> roots;
        for (const QGraphicsItem *item : m_scene->items(Qt::AscendingOrder)) {
            if (m_content.items.contains(item) && !m_content.items.contains(item->parentItem()))
                roots.append(item);
        }
        for (const QGraphicsItem *item : std::as_const(roots))
            writeVertex(item, QStringLiteral("1"), s);
        for (const LinkItem *link : std::as_const(m_content.links))
            writeEdge(link, s);
        if (m_options.overlay)
            writeLegend(s);
    }

private:
    QString uniqueId(const QString &wanted)
    {
        QString id = wanted;
        for (int n = 2; m_used.contains(id); ++n)
            id = wanted + QLatin1Char('~') + QString::number(n);
        m_used.insert(id);
        return id;
    }

    void writeVertex(const QGraphicsItem *item, const QString &parentCell, const CanvasStyle &s)
    {
        const auto *element = dynamic_cast<const ElementItem *>(item);
        if (!element)
            return;
        const bool own = m_scene->itemFor(element->elementId()) == element;
        const QString cell = uniqueId(own ? element->elementId()
                                          : QStringLiteral("%1/%2").arg(parentCell, element->label().iconName));
        m_cells.insert(item, cell);
        const bool band = qgraphicsitem_cast<const BandItem *>(item) != nullptr;
        const QString label = htmlLabel(element->label().title, element->label().detail, !band, s);

        m_xml.writeStartElement(QStringLiteral("object"));
        m_xml.writeAttribute(QStringLiteral("label"), label);
        m_xml.writeAttribute(QStringLiteral("tooltip"), element->toolTip());
        m_xml.writeAttribute(QStringLiteral("spokewiseId"), element->elementId());
        m_xml.writeAttribute(QStringLiteral("id"), cell);
        m_xml.writeStartElement(QStringLiteral("mxCell"));
        m_xml.writeAttribute(QStringLiteral("style"), style(vertexStyle(element, s)));
        m_xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("parent"), parentCell);
        // Relative to the parent cell for members of a container, as the canvas positions them.
        const QPointF pos = parentCell == QLatin1String("1") ? m_picture.toPicture(item->scenePos()) : item->pos();
        const QRectF box = item->boundingRect();
        writeGeometry(QRectF(pos, box.size()));
        m_xml.writeEndElement(); // mxCell
        m_xml.writeEndElement(); // object
        for (const QGraphicsItem *child : item->childItems()) {
            if (m_content.items.contains(child))
                writeVertex(child, cell, s);
        }
    }

    void writeGeometry(const QRectF &r)
    {
        m_xml.writeStartElement(QStringLiteral("mxGeometry"));
        m_xml.writeAttribute(QStringLiteral("x"), number(r.x()));
        m_xml.writeAttribute(QStringLiteral("y"), number(r.y()));
        m_xml.writeAttribute(QStringLiteral("width"), number(r.width()));
        m_xml.writeAttribute(QStringLiteral("height"), number(r.height()));
        m_xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        m_xml.writeEndElement();
    }

    void writeEdge(const LinkItem *link, const CanvasStyle &s)
    {
        const ElementItem *from = m_scene->itemFor(link->fromId());
        const ElementItem *to = m_scene->itemFor(link->toId());
        const QString source = m_cells.value(from);
        const QString target = m_cells.value(to);
        if (source.isEmpty() || target.isEmpty())
            return;
        Style e = edgeStyle(link, s);
        const QPainterPath &path = link->path();
        const int n = path.elementCount();
        if (n >= 2) {
            addConstraint(e, "exit", path.elementAt(0), from->sceneBox());
            addConstraint(e, "entry", path.elementAt(n - 1), to->sceneBox());
        }
        m_xml.writeStartElement(QStringLiteral("object"));
        m_xml.writeAttribute(QStringLiteral("label"), QString());
        m_xml.writeAttribute(QStringLiteral("tooltip"), link->toolTip());
        m_xml.writeAttribute(QStringLiteral("spokewiseId"), link->elementId());
        m_xml.writeAttribute(QStringLiteral("id"), uniqueId(QStringLiteral("link:%1").arg(link->elementId())));
        m_xml.writeStartElement(QStringLiteral("mxCell"));
        m_xml.writeAttribute(QStringLiteral("style"), style(e));
        m_xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("source"), source);
        m_xml.writeAttribute(QStringLiteral("target"), target);
        m_xml.writeStartElement(QStringLiteral("mxGeometry"));
        m_xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
        if (n > 2) {
            // The canvas's bends, so the connector runs where it runs in the designer.
            m_xml.writeStartElement(QStringLiteral("Array"));
            m_xml.writeAttribute(QStringLiteral("as"), QStringLiteral("points"));
            for (int i = 1; i + 1 < n; ++i) {
                const QPointF p = m_picture.toPicture(path.elementAt(i));
                m_xml.writeEmptyElement(QStringLiteral("mxPoint"));
                m_xml.writeAttribute(QStringLiteral("x"), number(p.x()));
                m_xml.writeAttribute(QStringLiteral("y"), number(p.y()));
            }
            m_xml.writeEndElement(); // Array
        }
        m_xml.writeEndElement(); // mxGeometry
        m_xml.writeEndElement(); // mxCell
        m_xml.writeEndElement(); // object
    }

    void writeText(const QString &id, const QString &label, const QString &styleText, const QRectF &box)
    {
        m_xml.writeStartElement(QStringLiteral("mxCell"));
        m_xml.writeAttribute(QStringLiteral("id"), uniqueId(id));
        m_xml.writeAttribute(QStringLiteral("value"), label);
        m_xml.writeAttribute(QStringLiteral("style"), styleText);
        m_xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
        writeGeometry(box);
        m_xml.writeEndElement();
    }

    void writeTitle(const CanvasStyle &s)
    {
        const qreal width = m_picture.size().width() - 2 * DiagramExporter::margin;
        const QString date = QLocale::c().toString(m_options.date, QStringLiteral("yyyy-MM-dd"));
        writeText(QStringLiteral("title"),
                  QStringLiteral("<b>%1</b>").arg(m_options.title.toHtmlEscaped()),
                  style({{"text", ""}, {"html", "1"}, {"align", "left"}, {"verticalAlign", "middle"},
                         {"fontSize", "17"}, {"fontColor", colour(s.text)}}),
                  QRectF(DiagramExporter::margin, 12, width * 0.75, 30));
        writeText(QStringLiteral("title-date"), date,
                  style({{"text", ""}, {"html", "1"}, {"align", "right"}, {"verticalAlign", "middle"},
                         {"fontSize", "10"}, {"fontColor", colour(s.secondaryText)}}),
                  QRectF(DiagramExporter::margin + width * 0.75, 12, width * 0.25, 30));
    }

    void writeLegend(const CanvasStyle &s)
    {
        const OverlayLegend &l = m_options.legend;
        const QString label
                = QStringLiteral("<b>%1</b> &nbsp; <span style=\"color:%2\">%3</span><br>"
                                 "<span style=\"color:%4\">&#9635;</span> %5<br>"
                                 "<span style=\"color:%4\">&#9473;&#9473;</span> %6")
                          .arg(l.title.toHtmlEscaped(), colour(s.secondaryText), l.summary.toHtmlEscaped(),
                               colour(kBroken), l.brokenElement.toHtmlEscaped(), l.brokenLink.toHtmlEscaped());
        const QSize size = m_picture.size();
        writeText(QStringLiteral("legend"), label,
                  style({{"text", ""}, {"html", "1"}, {"align", "left"}, {"verticalAlign", "top"},
                         {"whiteSpace", "wrap"}, {"fontSize", "11"}, {"fontColor", colour(s.text)},
                         {"strokeColor", colour(s.containerBorder)}, {"rounded", "1"}, {"spacing", "6"}}),
                  QRectF(DiagramExporter::margin, size.height() - DiagramExporter::legendHeight + 4,
                         size.width() - 2 * DiagramExporter::margin, DiagramExporter::legendHeight - 12));
    }

    const DesignScene *m_scene;
    const DiagramExportOptions &m_options;
    DiagramExporter m_picture; // the same frame as the PNG, SVG and PDF
    ExportContent m_content;
    QXmlStreamWriter &m_xml;
    QSet<QString> m_used;
    QHash<const QGraphicsItem *, QString> m_cells;
};

} // namespace

DrawioExporter::DrawioExporter(const DesignScene *scene, const DiagramExportOptions &options)
    : m_scene(scene), m_options(options)
{
}

QByteArray DrawioExporter::toXml() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("mxfile"));
    xml.writeAttribute(QStringLiteral("host"), QStringLiteral("Spokewise"));
    xml.writeAttribute(QStringLiteral("agent"), QStringLiteral("Spokewise %1").arg(QCoreApplication::applicationVersion()));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("device"));
    xml.writeAttribute(QStringLiteral("compressed"), QStringLiteral("false"));
    xml.writeStartElement(QStringLiteral("diagram"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("spokewise-diagram"));
    xml.writeAttribute(QStringLiteral("name"), m_options.title.isEmpty() ? QStringLiteral("Page-1") : m_options.title);
    const QSize size = DiagramExporter(m_scene, m_options).size();
    xml.writeStartElement(QStringLiteral("mxGraphModel"));
    const Style model
            = {{"dx", "0"}, {"dy", "0"}, {"grid", "1"}, {"gridSize", "10"}, {"guides", "1"}, {"tooltips", "1"},
               {"connect", "1"}, {"arrows", "1"}, {"fold", "1"}, {"page", "1"}, {"pageScale", "1"},
               {"pageWidth", QString::number(size.width())}, {"pageHeight", QString::number(size.height())},
               {"math", "0"}, {"shadow", "0"}};
    for (const auto &[key, value] : model)
        xml.writeAttribute(key, value);
    if (!m_options.transparent)
        xml.writeAttribute(QStringLiteral("background"), colour(canvasStyle().background));
    xml.writeStartElement(QStringLiteral("root"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));
    Writer(m_scene, m_options, xml).writeCells();
    xml.writeEndElement(); // root
    xml.writeEndElement(); // mxGraphModel
    xml.writeEndElement(); // diagram
    xml.writeEndElement(); // mxfile
    xml.writeEndDocument();
    return bytes;
}

bool DrawioExporter::write(const QString &fileName, QString *error) const
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(toXml());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace spokewise::views
