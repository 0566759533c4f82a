#pragma once

#include "design/design.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <set>

class QAction;
class QMenu;
class QTreeWidget;

namespace spokewise::views {

class AnalysisRunner;
class CanvasView;
class DesignScene;
class Document;

// The what-if state: which elements the architect has marked failed. It is a view state, like the
// zoom or the selection: not saved in the design and not an undo step, so trying a failure never
// dirties the file or buries real edits in the history; opening another design clears it and
// deleting an element drops it from the set. It hands the set to the AnalysisRunner, marks the
// failed elements (and the connectors they take down) Failed on the canvas, and offers the actions:
// a checkable "Fail Element" for the selection, "Restore All", and context-menu entries.
class FailedElements final : public QObject
{
    Q_OBJECT

public:
    FailedElements(Document *document, DesignScene *scene, AnalysisRunner *runner, QObject *parent = nullptr);

    const std::set<Id> &failed() const { return m_failed; }
    bool isFailed(const QString &id) const { return m_failed.count(Id(id.toStdString())) > 0; }
    // Whether the element can be failed: any resource except intents and traffic flows (subnets,
    // the Internet and a hub's gateway anchors cannot; fail the VNet or the hub instead).
    bool canFail(const QString &id) const;

    void fail(const QStringList &ids);
    void restore(const QStringList &ids);
    void restoreAll();

    // Checkable: checked when every failable selected element is failed; toggling fails or
    // restores the selection.
    QAction *failAction() const { return m_failAction; }
    QAction *restoreAllAction() const { return m_restoreAllAction; }

    // Adds "Fail Element" / "Restore Element" for `id` (and "Restore All") to a context menu.
    void addContextActions(QMenu *menu, const QString &id);
    // Right-click menus on the canvas and the outline with those entries.
    void installContextMenus(CanvasView *canvas, QTreeWidget *outline, int idRole);

signals:
    void failedChanged();

private:
    void setFailed(std::set<Id> failed);
    void applyMarks();
    void updateActions();
    QString contextElementAt(CanvasView *canvas, const QPoint &viewPos) const;

    Document *m_document;
    DesignScene *m_scene;
    AnalysisRunner *m_runner;
    std::set<Id> m_failed;
    QSet<QString> m_marked;      // item and link ids marked Failed last time
    QAction *m_failAction;
    QAction *m_restoreAllAction;
};

} // namespace spokewise::views
