#include "file_actions.h"

#include "default_design.h"
#include "document/document.h"
#include "io/design_file.h"
#include "shell/design_check.h"
#include "text/diagnostic_text.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace spokewise::designer {

namespace {

constexpr int kMaxRecent = 10;
const char *const kRecentKey = "files/recent";

QString fileFilter()
{
    return FileActions::tr("Spokewise designs (*.spokewise.json);;JSON files (*.json);;All files (*)");
}

} // namespace

FileActions::FileActions(views::Document *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
    m_new = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Start an empty design"));
    connect(m_new, &QAction::triggered, this, &FileActions::newDesign);

    m_open = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a design file"));
    connect(m_open, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString start = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open design"), start, fileFilter());
        if (!path.isEmpty())
            open(path);
    });

    m_save = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &FileActions::save);

    m_saveAs = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &FileActions::saveAs);

    m_recentMenu = new QMenu(tr("Open &Recent"), window);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &FileActions::updateRecentMenu);
    updateRecentMenu();

    m_templatesMenu = new QMenu(tr("New from &Template"), window);
    for (const auto &[title, path] : templates()) {
        auto *action = m_templatesMenu->addAction(title);
        connect(action, &QAction::triggered, this, [this, path = path] { newFromTemplate(path); });
    }
    m_templatesMenu->setEnabled(!m_templatesMenu->isEmpty());
}

QList<QPair<QString, QString>> FileActions::templates()
{
    QList<QPair<QString, QString>> list;
    const QString defaultDesign = findDefaultDesign();
    if (defaultDesign.isEmpty())
        return list;
    const QDir dir = QFileInfo(defaultDesign).absoluteDir();
    const auto add = [&](const QString &title, const QString &relative) {
        if (QFileInfo::exists(dir.filePath(relative)))
            list.append({title, dir.filePath(relative)});
    };
    add(tr("Hub and spoke with P2S VPN, ExpressRoute and Azure Firewall"), QStringLiteral("hub-spoke-p2s-er.spokewise.json"));
    add(tr("Hub and spoke with P2S VPN and ExpressRoute, + Route Server"),
        QStringLiteral("hub-spoke-p2s-er-route-server.spokewise.json"));
    add(tr("Hub and spoke with P2S VPN and ExpressRoute, as a Virtual WAN"),
        QStringLiteral("hub-spoke-p2s-er-vwan.spokewise.json"));
    add(tr("ExpressRoute with site-to-site VPN failover"), QStringLiteral("er-vpn-failover.spokewise.json"));
    const QDir p2s(dir.filePath(QStringLiteral("p2s-routing")));
    for (const auto &info : p2s.entryInfoList({QStringLiteral("*.spokewise.json")}, QDir::Files, QDir::Name)) {
        const auto loaded = io::loadDesignFile(info.absoluteFilePath().toStdString());
        const QString name = loaded.ok() ? QString::fromStdString(loaded.design->name) : info.completeBaseName();
        list.append({tr("P2S routing: %1").arg(name), info.absoluteFilePath()});
    }
    return list;
}

bool FileActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name = m_document->filePath().isEmpty() ? tr("The design") : QFileInfo(m_document->filePath()).fileName();
    const auto answer = QMessageBox::warning(m_window, tr("Unsaved changes"),
                                             tr("%1 has unsaved changes. Save them?").arg(name),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                             QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileActions::newDesign()
{
    if (!maybeSave())
        return;
    Design design;
    design.name = tr("Untitled design").toStdString();
    m_document->reset(std::move(design));
    emit message(tr("New design."));
}

bool FileActions::newFromTemplate(const QString &path)
{
    if (!maybeSave())
        return false;
    auto loaded = io::loadDesignFile(path.toStdString());
    if (!loaded.ok()) {
        QMessageBox::warning(m_window, tr("Template"), tr("The template %1 cannot be read.").arg(path));
        return false;
    }
    // A template starts a new, unsaved design: Save asks where to put it.
    m_document->reset(std::move(*loaded.design));
    emit message(tr("New design from a template; save it to keep it."));
    return true;
}

bool FileActions::open(const QString &path)
{
    const auto diagnostics = m_document->load(path);
    if (!diagnostics.empty()) {
        QStringList lines;
        for (const auto &d : diagnostics)
            lines << views::diagnosticLine(QFileInfo(path).fileName(), d);
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the design"),
                        tr("%1 could not be opened; the design that was open is unchanged.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, m_window);
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.setInformativeText(lines.value(0));
        box.exec();
        return false;
    }
    addRecent(path);
    emit message(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileActions::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    if (const auto error = m_document->save(m_document->filePath())) {
        QMessageBox::warning(m_window, tr("Save failed"),
                             tr("The design could not be saved to %1: %2. It is still open, unsaved.")
                                 .arg(QDir::toNativeSeparators(m_document->filePath()), *error));
        return false;
    }
    emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool FileActions::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save design as"),
                                                m_document->filePath().isEmpty() ? QDir::homePath() + QStringLiteral("/design.spokewise.json")
                                                                                 : m_document->filePath(),
                                                fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".spokewise.json");
    if (const auto error = m_document->save(path)) {
        QMessageBox::warning(m_window, tr("Save failed"),
                             tr("The design could not be saved to %1: %2. It is still open, unsaved.")
                                 .arg(QDir::toNativeSeparators(path), *error));
        return false;
    }
    addRecent(path);
    emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

QStringList FileActions::recentFiles() const
{
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void FileActions::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), files);
}

void FileActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        auto *action = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                open(path);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("Clear the list")), &QAction::triggered, this,
                [] { QSettings().remove(QLatin1String(kRecentKey)); });
    }
}

} // namespace spokewise::designer
