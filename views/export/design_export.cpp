#include "export/design_export.h"

#include "canvas/design_scene.h"
#include "document/document.h"
#include "export/diagram_export.h"
#include "export/export_overlay.h"
#include "export/mermaid.h"

#include <QCoreApplication>
#include <QDate>
#include <QSaveFile>

namespace spokewise::views {

QString extensionFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::DrawIo: return QStringLiteral("drawio");
    case ExportFormat::Mermaid: return QStringLiteral("mmd");
    }
    return {};
}

bool formatHasScale(ExportFormat format)
{
    return format == ExportFormat::Png;
}

bool formatIsDiagram(ExportFormat format)
{
    return format != ExportFormat::Mermaid;
}

namespace {

bool writeMermaid(const Design &design, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const std::string text = toMermaid(design);
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

DiagramFormat diagramFormat(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Svg: return DiagramFormat::Svg;
    case ExportFormat::Pdf: return DiagramFormat::Pdf;
    case ExportFormat::DrawIo: return DiagramFormat::DrawIo;
    default: return DiagramFormat::Png;
    }
}

} // namespace

bool exportDesign(Document *document, const ExportChoices &choices, const QStringList &selection,
                  const routing::Analysis *analysis, QString *error)
{
    if (choices.format == ExportFormat::Mermaid)
        return writeMermaid(document->design(), choices.fileName, error);
    if (choices.selectionOnly && selection.isEmpty()) {
        *error = QCoreApplication::translate("DiagramExporter", "nothing is selected");
        return false;
    }
    DesignScene scene(document); // builds every item now; no event loop needed
    DiagramExportOptions options;
    options.scale = formatHasScale(choices.format) ? choices.scale : 1.0;
    options.transparent = choices.transparent;
    options.titleBlock = choices.titleBlock;
    options.title = QString::fromStdString(document->design().name);
    options.date = QDate::currentDate();
    if (choices.selectionOnly)
        options.elementIds = selection;
    if (choices.overlay && analysis)
        applyAnalysisOverlay(&scene, *analysis, &options);
    return DiagramExporter(&scene, options).write(diagramFormat(choices.format), choices.fileName, error);
}

} // namespace spokewise::views
