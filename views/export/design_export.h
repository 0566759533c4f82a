#pragma once

#include "routing/analysis.h"

#include <QString>
#include <QStringList>

namespace spokewise::views {

class Document;

enum class ExportFormat { Png, Svg, Pdf, DrawIo, Mermaid };

// What File → Export and `spokewise-cli export` ask for.
struct ExportChoices
{
    ExportFormat format = ExportFormat::Png;
    qreal scale = 1.0;          // PNG
    bool transparent = false;   // PNG, SVG, PDF, draw.io
    bool titleBlock = false;    // PNG, SVG, PDF, draw.io
    bool overlay = false;       // PNG, SVG, PDF, draw.io: the analysis marks and their legend
    bool selectionOnly = false; // PNG, SVG, PDF, draw.io: only the given element ids
    QString fileName;
    friend bool operator==(const ExportChoices &, const ExportChoices &) = default;
};

// The file name extension of a format, without the dot ("png", "drawio", "mmd").
QString extensionFor(ExportFormat format);
// Whether an option applies to a format (the dialog enables it, the command line accepts it).
bool formatHasScale(ExportFormat format);
bool formatIsDiagram(ExportFormat format); // everything but Mermaid: title, transparent, overlay, selection

// Writes the document's design as `choices` say, drawn on a scene of its own (so neither the
// canvas's selection nor its marks show unless asked for). `selection` is used with selectionOnly;
// `analysis` with overlay (it must be the document's current design's). On failure returns false
// and sets `error` to the reason.
bool exportDesign(Document *document, const ExportChoices &choices, const QStringList &selection,
                  const routing::Analysis *analysis, QString *error);

} // namespace spokewise::views
