#pragma once

// Golden files under tests/data, compared whole; a difference fails with a line diff.

#include "text_diff.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QString>

namespace spokewise::tests {

// The text of tests/data/`relative`.
inline QString readGolden(const QString &relative)
{
    QFile file(QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/") + relative);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// Fails unless `actual` equals tests/data/`relative` to the byte.
inline void requireSameAsGolden(const QString &actual, const QString &relative)
{
    const QString expected = readGolden(relative);
    if (actual != expected) {
        FAIL("output differs from tests/data/" << relative.toStdString() << " (- expected, + actual):\n"
                                               << lineDiff(expected, actual).toStdString());
    }
}

} // namespace spokewise::tests
