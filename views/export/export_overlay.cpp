#include "export/export_overlay.h"

#include "analysis/canvas_marks.h"
#include "canvas/design_scene.h"

#include <QCoreApplication>

namespace spokewise::views {

OverlayLegend overlayLegend(const routing::Analysis &analysis)
{
    int errors = 0;
    int warnings = 0;
    for (const routing::Finding &f : analysis.findings()) {
        if (f.severity == routing::Severity::Error || f.severity == routing::Severity::Unsupported)
            ++errors;
        else if (f.severity == routing::Severity::Warning)
            ++warnings;
    }
    int met = 0;
    for (const routing::IntentResult &r : analysis.intents())
        met += r.satisfied ? 1 : 0;
    const int intents = static_cast<int>(analysis.intents().size());

    OverlayLegend legend;
    legend.title = QCoreApplication::translate("ExportOverlay", "Routing analysis");
    legend.brokenElement = QCoreApplication::translate("ExportOverlay", "Named by an error finding");
    legend.brokenLink
            = QCoreApplication::translate("ExportOverlay", "Connection named by an error finding, or violated intent");
    // Counts after a label rather than "%n error(s)": the command line has no translator to pick
    // the plural form.
    QString summary = QCoreApplication::translate("ExportOverlay", "Errors: %1, warnings: %2").arg(errors).arg(warnings);
    if (intents > 0)
        summary += QCoreApplication::translate("ExportOverlay", "; intents met: %1 of %2").arg(met).arg(intents);
    legend.summary = summary;
    return legend;
}

void applyAnalysisOverlay(DesignScene *scene, const routing::Analysis &analysis, DiagramExportOptions *options)
{
    // The canvas's own rule for what is broken; the marks stay on the items after `marks` is gone.
    CanvasMarks marks(scene);
    marks.setAnalysis(analysis);
    options->overlay = true;
    options->legend = overlayLegend(analysis);
}

} // namespace spokewise::views
