#include "report/report_pictures.h"

#include "canvas/design_scene.h"
#include "cost/cost_charts.h"
#include "document/document.h"
#include "export/diagram_export.h"
#include "report/report_data.h"

#include <QBuffer>
#include <QChart>
#include <QFile>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>
#include <QTemporaryDir>

#include <memory>

namespace spokewise::views {

namespace {

// The pie's size in the report: as wide as an A4 page's text, with room for the legend.
constexpr QSize kPieSize(640, 300);

// Paper is white whatever the desktop's theme: the chart is coloured for print.
QPalette paperPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x1d, 0x23, 0x29));
    palette.setColor(QPalette::Text, QColor(0x1d, 0x23, 0x29));
    return palette;
}

ReportPicture diagramPicture(const Design &design)
{
    Document document;
    document.reset(design);
    const DesignScene scene(&document); // builds every item now; no event loop needed
    DiagramExportOptions options;
    const DiagramExporter exporter(&scene, options);
    if (exporter.isEmpty())
        return {};
    // The exporter writes files only; a private temporary directory keeps the SVG out of sight.
    QTemporaryDir dir;
    if (!dir.isValid())
        return {};
    const QString fileName = dir.filePath(QStringLiteral("diagram.svg"));
    QString error;
    if (!exporter.write(DiagramFormat::Svg, fileName, &error))
        return {};
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return {file.readAll(), QSizeF(exporter.size())};
}

ReportPicture piePicture(const cost::CostEstimate &estimate)
{
    if (estimate.lines.empty())
        return {};
    QGraphicsScene scene;
    QChart *chart = makeCategoryPieChart(estimate);
    scene.addItem(chart); // the scene owns the chart from here
    applyChartPalette(chart, paperPalette());
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(kPieSize)));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(kPieSize);
    generator.setViewBox(QRect(QPoint(0, 0), kPieSize));
    generator.setResolution(96);
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(kPieSize)), QRectF(QPointF(0, 0), QSizeF(kPieSize)));
    painter.end();
    return {buffer.data(), QSizeF(kPieSize)};
}

} // namespace

ReportPictures renderReportPictures(const ReportData &data)
{
    return {diagramPicture(data.design), piePicture(data.estimate)};
}

} // namespace spokewise::views
