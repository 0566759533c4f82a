// Autosave and recovery after a crash.
#include "document/document.h"
#include "document/recovery.h"
#include "io/design_file.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <filesystem>
#include <memory>

using namespace spokewise;
using namespace spokewise::views;

namespace {

QString fixture(const char *relative)
{
    return QString::fromStdString((std::filesystem::path(SPOKEWISE_TEST_DATA_DIR) / relative).string());
}

// A process id that belongs to no running process.
constexpr qint64 kDeadProcess = 2147483000;

} // namespace

TEST_CASE("Unsaved changes survive a crash and are offered back on the next start", "[recovery]")
{
    QTemporaryDir dir;
    QTemporaryDir files;
    const QString path = files.filePath("design.spokewise.json");
    REQUIRE(QFile::copy(fixture("valid/small-hub.spokewise.json"), path));

    std::string crashedText;
    {
        Document crashed;
        REQUIRE(crashed.load(path).empty());
        auto recovery = std::make_unique<RecoveryManager>(&crashed, QDir(dir.path()), nullptr, kDeadProcess);
        CHECK_FALSE(recovery->autosave()); // nothing unsaved yet: no file
        CHECK_FALSE(QFile::exists(recovery->recoveryFile()));

        auto circuit = *crashed.design().find(Id("circuit"));
        circuit.name = "Renamed before the crash";
        crashed.changeResource(circuit, "Rename");
        REQUIRE(recovery->autosave());
        REQUIRE(QFile::exists(recovery->recoveryFile()));
        crashedText = io::serializeDesign(crashed.design());
        // The crash: the session ends without its clean-up, so its recovery file stays behind.
        const QString file = recovery->recoveryFile();
        REQUIRE(QFile::copy(file, file + ".kept"));
        recovery.reset();
        REQUIRE(QFile::rename(file + ".kept", file));
    }

    Document restarted;
    RecoveryManager recovery(&restarted, QDir(dir.path()));
    const auto orphans = recovery.orphans();
    REQUIRE(orphans.size() == 1);
    CHECK(orphans[0].originalPath == path);
    QString error;
    REQUIRE(recovery.restore(orphans[0], &error));
    CHECK(io::serializeDesign(restarted.design()) == crashedText);
    CHECK(restarted.isModified());
    CHECK(restarted.filePath() == path);
    CHECK(recovery.orphans().isEmpty()); // taken: not offered twice

    // Undo goes back to what was on disk.
    restarted.undoStack()->undo();
    CHECK(restarted.design().find(Id("circuit"))->name == "Circuit");
}

TEST_CASE("A clean save or close leaves no recovery file behind", "[recovery]")
{
    QTemporaryDir dir;
    QTemporaryDir files;
    Document document;
    REQUIRE(document.load(fixture("valid/small-hub.spokewise.json")).empty());
    QString recoveryFile;
    {
        RecoveryManager recovery(&document, QDir(dir.path()));
        recoveryFile = recovery.recoveryFile();
        document.setLayout({{Id("hub"), {100, 100, 0, 0}}}, "Move");
        REQUIRE(recovery.autosave());
        REQUIRE(QFile::exists(recoveryFile));
        REQUIRE_FALSE(document.save(files.filePath("saved.spokewise.json")).has_value());
        CHECK_FALSE(QFile::exists(recoveryFile)); // saved: nothing to recover

        document.setLayout({{Id("hub"), {120, 100, 0, 0}}}, "Move");
        REQUIRE(recovery.autosave());
    }
    CHECK_FALSE(QFile::exists(recoveryFile)); // closed cleanly
}

TEST_CASE("A damaged recovery file is reported and the document is left alone", "[recovery]")
{
    QTemporaryDir dir;
    QFile damaged(dir.filePath(QStringLiteral("session-%1.recovery.json").arg(kDeadProcess)));
    REQUIRE(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"processId\": 2147483000, \"originalPath\": \"\"}\n{ \"schemaVersion\": 1, \"name\": ");
    damaged.close();

    Document document;
    REQUIRE(document.load(fixture("valid/small-hub.spokewise.json")).empty());
    const auto before = io::serializeDesign(document.design());
    RecoveryManager recovery(&document, QDir(dir.path()));
    const auto orphans = recovery.orphans();
    REQUIRE(orphans.size() == 1);
    QString error;
    CHECK_FALSE(recovery.restore(orphans[0], &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(io::serializeDesign(document.design()) == before);
}
