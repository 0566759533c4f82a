#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace spokewise::views {
class Document;
}

namespace spokewise::designer {

// The File menu's work: new, new from template, open (dialog, recent, command line, drop), save,
// save as, the unsaved-changes prompt, and the recent-files list kept in the settings.
class FileActions final : public QObject
{
    Q_OBJECT

public:
    FileActions(views::Document *document, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QMenu *templatesMenu() const { return m_templatesMenu; }

    // Opens a file after asking about unsaved changes; on failure says why and keeps the design.
    bool open(const QString &path);
    bool save();
    bool saveAs();
    // Asks whether to save unsaved changes; false means the user cancelled.
    bool maybeSave();
    void newDesign();
    bool newFromTemplate(const QString &path);

    QStringList recentFiles() const;
    // The bundled example designs: (title, path).
    static QList<QPair<QString, QString>> templates();

signals:
    void message(const QString &text);

private:
    void addRecent(const QString &path);
    void updateRecentMenu();

    views::Document *m_document;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QMenu *m_recentMenu;
    QMenu *m_templatesMenu;
};

} // namespace spokewise::designer
