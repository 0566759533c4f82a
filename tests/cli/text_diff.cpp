#include "text_diff.h"

#include <QStringList>

#include <vector>

namespace spokewise::tests {

QString lineDiff(const QString &expected, const QString &actual)
{
    const QStringList a = expected.split(QLatin1Char('\n'));
    const QStringList b = actual.split(QLatin1Char('\n'));
    const auto n = static_cast<std::size_t>(a.size());
    const auto m = static_cast<std::size_t>(b.size());
    // Longest common subsequence table; golden outputs are a few dozen lines.
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1
                                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    QString out;
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)] == b[qsizetype(j)]) {
            out += QStringLiteral("  ") + a[qsizetype(i)] + QLatin1Char('\n');
            ++i;
            ++j;
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out += QStringLiteral("+ ") + b[qsizetype(j)] + QLatin1Char('\n');
            ++j;
        } else {
            out += QStringLiteral("- ") + a[qsizetype(i)] + QLatin1Char('\n');
            ++i;
        }
    }
    return out;
}

} // namespace spokewise::tests
