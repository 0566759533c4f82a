#include "run_cli.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace spokewise::tests {

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SPOKEWISE_CLI), arguments);
    CliRun run;
    // Generous: a run takes milliseconds, but sanitizer builds on a loaded CI machine are slow.
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.crashed = true;
    }
    run.crashed = run.crashed || process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString withFileToken(QString text, const QString &path)
{
    return text.replace(path, QStringLiteral("<FILE>"));
}

} // namespace spokewise::tests
