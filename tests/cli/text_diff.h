#pragma once

#include <QString>

namespace spokewise::tests {

// A line diff for golden-file failures: unchanged lines start with "  ", lines only in `expected`
// with "- ", lines only in `actual` with "+ ".
QString lineDiff(const QString &expected, const QString &actual);

} // namespace spokewise::tests
