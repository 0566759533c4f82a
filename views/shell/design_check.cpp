#include "shell/design_check.h"

#include "io/json_positions.h"
#include "validate/structure.h"

#include <QFile>

#include <algorithm>
#include <filesystem>

namespace spokewise::views {

io::Diagnostics CheckedDesign::allDiagnostics() const
{
    io::Diagnostics all = load.diagnostics;
    all.insert(all.end(), findings.begin(), findings.end());
    return all;
}

void fillPositions(io::Diagnostics &diagnostics, const QString &fileName)
{
    const bool needed = std::any_of(diagnostics.begin(), diagnostics.end(),
                                    [](const io::Diagnostic &d) { return d.line == 0 && !d.path.empty(); });
    if (!needed)
        return;
    // The checks see only the design; positions come from the text, which loading already
    // accepted (size and encoding), so reading it again is cheap and safe.
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly) || file.size() > static_cast<qint64>(io::kMaxDesignFileBytes))
        return;
    const QByteArray bytes = file.readAll();
    const std::string_view text(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const io::JsonPositions positions(text);
    for (auto &d : diagnostics) {
        if (d.line != 0 || d.path.empty())
            continue;
        const io::TextPosition p = positions.find(d.path);
        d.line = p.line;
        d.column = p.column;
    }
}

CheckedDesign loadAndCheckDesign(const QString &fileName)
{
    CheckedDesign result;
    result.load = io::loadDesignFile(std::filesystem::path(QFile::encodeName(fileName).toStdString()));
    if (!result.load.design)
        return result;
    result.findings = validate::checkDesign(*result.load.design);
    fillPositions(result.findings, fileName);
    return result;
}

} // namespace spokewise::views
