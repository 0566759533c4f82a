#include "document/recovery.h"

#include "document/document.h"
#include "io/design_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

#include <algorithm>

namespace spokewise::views {

namespace {

// Whether a process with this id is running (on Linux: it has a /proc entry).
bool processAlive(qint64 pid)
{
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

} // namespace

RecoveryManager::RecoveryManager(Document *document, const QDir &directory, QObject *parent, qint64 processId)
    : QObject(parent), m_document(document), m_directory(directory),
      m_processId(processId > 0 ? processId : QCoreApplication::applicationPid())
{
    m_directory.mkpath(QStringLiteral("."));
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryManager::autosave);
    m_timer.start();
    // Saved or reverted to the saved state: nothing to recover any more.
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard();
    });
}

RecoveryManager::~RecoveryManager()
{
    discard();
}

QDir RecoveryManager::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/recovery"));
}

QString RecoveryManager::recoveryFile() const
{
    return m_directory.filePath(QStringLiteral("session-%1.recovery.json").arg(m_processId));
}

bool RecoveryManager::autosave()
{
    if (!m_document->isModified())
        return false;
    QJsonObject meta;
    meta[QStringLiteral("originalPath")] = m_document->filePath();
    meta[QStringLiteral("savedAt")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    meta[QStringLiteral("processId")] = m_processId;
    QSaveFile file(recoveryFile());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // One line of metadata, then the design's canonical text.
    file.write(QJsonDocument(meta).toJson(QJsonDocument::Compact));
    file.write("\n");
    const auto text = io::serializeDesign(m_document->design());
    file.write(text.data(), static_cast<qint64>(text.size()));
    return file.commit();
}

void RecoveryManager::discard()
{
    QFile::remove(recoveryFile());
}

QList<RecoveryManager::Snapshot> RecoveryManager::orphans() const
{
    QList<Snapshot> list;
    const auto files = m_directory.entryInfoList({QStringLiteral("session-*.recovery.json")}, QDir::Files);
    for (const auto &info : files) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray metaLine = file.readLine();
        const QJsonObject meta = QJsonDocument::fromJson(metaLine).object();
        const qint64 pid = meta.value(QStringLiteral("processId")).toInteger(-1);
        if (pid == m_processId || (pid > 0 && processAlive(pid)))
            continue; // a running designer's own file
        Snapshot s;
        s.recoveryFile = info.absoluteFilePath();
        s.originalPath = meta.value(QStringLiteral("originalPath")).toString();
        s.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODate);
        s.designText = file.readAll();
        list.append(s);
    }
    std::sort(list.begin(), list.end(), [](const Snapshot &a, const Snapshot &b) { return a.savedAt > b.savedAt; });
    return list;
}

bool RecoveryManager::restore(const Snapshot &snapshot, QString *error)
{
    auto result = io::parseDesign(std::string_view(snapshot.designText.constData(),
                                                   static_cast<std::size_t>(snapshot.designText.size())));
    if (!result.ok()) {
        if (error)
            *error = tr("The recovery file is damaged and cannot be read.");
        return false;
    }
    // Restored as an unsaved change on top of the original file (or of an empty design), so that
    // Save writes it back where it belongs and Undo returns to what was on disk.
    Design original;
    if (!snapshot.originalPath.isEmpty()) {
        auto onDisk = io::loadDesignFile(snapshot.originalPath.toStdString());
        if (onDisk.ok())
            original = std::move(*onDisk.design);
    }
    m_document->reset(std::move(original), snapshot.originalPath);
    m_document->replaceAll(std::move(*result.design), tr("Recover unsaved changes"));
    remove(snapshot);
    return true;
}

void RecoveryManager::remove(const Snapshot &snapshot)
{
    QFile::remove(snapshot.recoveryFile);
}

} // namespace spokewise::views
