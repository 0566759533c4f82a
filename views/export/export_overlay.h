#pragma once

#include "export/diagram_export.h"
#include "routing/analysis.h"

namespace spokewise::views {

class DesignScene;

// Puts a routing analysis on a scene built for an export: marks the elements and connectors the
// analysis finds broken (as the designer's canvas does) and turns on the options' legend, with a
// one-line summary of the findings and intents.
void applyAnalysisOverlay(DesignScene *scene, const routing::Analysis &analysis, DiagramExportOptions *options);

// The legend's texts for `analysis` (translated).
OverlayLegend overlayLegend(const routing::Analysis &analysis);

} // namespace spokewise::views
