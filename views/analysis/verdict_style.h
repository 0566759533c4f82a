#pragma once

#include "routing/codes.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace spokewise::views {

// How a verdict looks wherever it is shown (matrix cells, canvas endpoints, trace, legend): a
// strong colour for outlines and glyphs, a fill for backgrounds, and a glyph so that the verdict
// never depends on colour alone. Light and dark variants follow the palette.
struct VerdictLook
{
    QColor strong;
    QColor fill;
    QString glyph;
};

bool isDarkPalette(const QPalette &palette);
VerdictLook verdictLook(routing::Verdict verdict, bool dark);
// The verdicts in the order the legend lists them.
inline constexpr routing::Verdict kAllVerdicts[] = {routing::Verdict::Reachable, routing::Verdict::Unreachable,
                                                    routing::Verdict::Asymmetric, routing::Verdict::UnsupportedConfig,
                                                    routing::Verdict::Indeterminate};
// The colour of a traced path on the canvas.
QColor traceColor(bool dark);

} // namespace spokewise::views
