#pragma once

#include <QString>
#include <QStringList>

namespace spokewise::tests {

// What one run of spokewise-cli did.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false; // killed by a signal, or did not finish in time
    QString out;
    QString err;
};

// Runs the spokewise-cli built with the tests, in the C locale, with `arguments`.
CliRun runCli(const QStringList &arguments);

// `text` with every occurrence of `path` replaced by "<FILE>", as the golden files store it.
QString withFileToken(QString text, const QString &path);

} // namespace spokewise::tests
