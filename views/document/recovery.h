#pragma once

#include <QDateTime>
#include <QDir>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace spokewise::views {

class Document;

// Autosave and crash recovery. While the design has unsaved changes it is written to a recovery
// file every interval (one file per running designer, named after its process id); a clean close
// removes it. A recovery file whose process is gone is what a crash left behind, and the next start
// offers it back.
class RecoveryManager final : public QObject
{
    Q_OBJECT

public:
    // What a crashed session left: the design text, the file it belonged to and when it was written.
    struct Snapshot
    {
        QString recoveryFile;
        QString originalPath; // empty for a design that was never saved
        QDateTime savedAt;
        QByteArray designText;
    };

    // `processId` names this session's file; tests pass another to play a second session.
    RecoveryManager(Document *document, const QDir &directory, QObject *parent = nullptr, qint64 processId = -1);
    ~RecoveryManager() override;

    // The standard folder: <app data>/recovery.
    static QDir defaultDirectory();

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    // Writes the recovery file now if there are unsaved changes (also what the timer does).
    bool autosave();
    // Removes this session's recovery file (after a save, or a clean close).
    void discard();
    QString recoveryFile() const;

    // Recovery files left by sessions that are no longer running, newest first.
    QList<Snapshot> orphans() const;
    // Loads a snapshot into the document as an unsaved change of its original file.
    bool restore(const Snapshot &snapshot, QString *error);
    // Deletes a snapshot the user declined.
    static void remove(const Snapshot &snapshot);

private:
    Document *m_document;
    QDir m_directory;
    QTimer m_timer;
    qint64 m_processId;
};

} // namespace spokewise::views
