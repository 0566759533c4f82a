#pragma once

#include "io/diagnostic.h"

#include <QString>

namespace spokewise::views {

// The last DiagCode; diagCodeName()'s switch has no default, so a code added to the model fails
// to compile here until it has a name and a text, and whoever adds it moves this marker.
inline constexpr io::DiagCode kLastDiagCode = io::DiagCode::InvalidDate;

// The code's stable identifier ("PrefixHostBitsSet"), used in machine-readable output.
const char *diagCodeName(io::DiagCode code);

// "error", "warning" or "note", translated.
QString severityText(io::Severity severity);

// The finding as one translated sentence with its arguments filled in, e.g.
// "10.1.0.1/16 has host bits set — did you mean 10.1.0.0/16?". Missing arguments show as empty.
QString diagnosticText(const io::Diagnostic &diagnostic);

// Where the finding is: "FILE:LINE:COL" when the text position is known, else "FILE: $.json.path",
// else "FILE".
QString diagnosticLocation(const QString &fileName, const io::Diagnostic &diagnostic);

// " (element hub-vnet, rule M-3)" or "" when the finding names neither.
QString diagnosticSuffix(const io::Diagnostic &diagnostic);

// The full one-line form used on the command line:
// "FILE:LINE:COL: error: message (element hub-vnet)".
QString diagnosticLine(const QString &fileName, const io::Diagnostic &diagnostic);

} // namespace spokewise::views
