// Every malformed design under tests/data/malformed: exit 2, no crash, and the whole of stderr as in
// <name>.expected (the file's path written as <FILE>). scripts/update-malformed-expectations.sh
// regenerates the .expected files for review.
#include "run_cli.h"
#include "text_diff.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

using namespace spokewise::tests;

TEST_CASE("every malformed design is refused with exit 2 and the expected messages", "[cli][malformed]")
{
    const QDir dir(QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/malformed"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    // The issue asks for at least 25 kinds of malformed input.
    CHECK(files.size() >= 25);

    for (const QString &name : files) {
        INFO("malformed file: " << name.toStdString());
        const QString path = dir.absoluteFilePath(name);
        const CliRun run = runCli({QStringLiteral("validate"), path});
        CHECK_FALSE(run.crashed);
        CHECK(run.exitCode == 2);
        CHECK(run.out.isEmpty());
        CHECK_FALSE(run.err.isEmpty());

        QFile expectedFile(dir.absoluteFilePath(QFileInfo(name).completeBaseName() + QStringLiteral(".expected")));
        if (!expectedFile.open(QIODevice::ReadOnly)) {
            FAIL_CHECK("no " << expectedFile.fileName().toStdString()
                             << "; run scripts/update-malformed-expectations.sh and review it. stderr was:\n"
                             << withFileToken(run.err, path).toStdString());
            continue;
        }
        const QString expected = QString::fromUtf8(expectedFile.readAll());
        const QString actual = withFileToken(run.err, path);
        if (actual != expected) {
            FAIL_CHECK("stderr differs from " << expectedFile.fileName().toStdString() << " (- expected, + actual):\n"
                                              << lineDiff(expected, actual).toStdString());
        }
    }
}
