#pragma once

#include "io/design_file.h"

#include <QString>

namespace spokewise::views {

// A design file read and checked: what spokewise-cli validate reports and the designer shows.
struct CheckedDesign
{
    io::LoadResult load;      // the design (when it could be read) and the problems reading it
    io::Diagnostics findings; // the design checks' findings, with line and column filled in

    bool loaded() const { return load.ok(); }
    // Reading problems first, then the design checks' findings.
    io::Diagnostics allDiagnostics() const;
};

// Loads `fileName` and, when it loads, runs the design checks on it. Never throws.
CheckedDesign loadAndCheckDesign(const QString &fileName);

// Fills in line and column of diagnostics that have only a JSON path, from the file's text.
void fillPositions(io::Diagnostics &diagnostics, const QString &fileName);

} // namespace spokewise::views
