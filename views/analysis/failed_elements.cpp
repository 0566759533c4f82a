#include "analysis/failed_elements.h"

#include "analysis/analysis_runner.h"
#include "canvas/canvas_items.h"
#include "canvas/canvas_view.h"
#include "canvas/design_scene.h"
#include "document/document.h"
#include "text/element_text.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QTreeWidget>

namespace spokewise::views {

FailedElements::FailedElements(Document *document, DesignScene *scene, AnalysisRunner *runner, QObject *parent)
    : QObject(parent),
      m_document(document),
      m_scene(scene),
      m_runner(runner),
      m_failAction(new QAction(QIcon(QStringLiteral(":/icons/ui/fail-element.svg")), tr("&Fail Element"), this)),
      m_restoreAllAction(new QAction(tr("&Restore All Elements"), this))
{
    m_failAction->setCheckable(true);
    m_failAction->setToolTip(tr("What if the selected elements failed? The What-if dock shows the flows "
                                "lost and moved"));
    m_restoreAllAction->setToolTip(tr("Bring every failed element back"));
    connect(m_failAction, &QAction::triggered, this, [this](bool on) {
        const QStringList ids = m_scene->selectedElementIds();
        on ? fail(ids) : restore(ids);
    });
    connect(m_restoreAllAction, &QAction::triggered, this, &FailedElements::restoreAll);
    connect(m_scene, &DesignScene::selectedElementsChanged, this, &FailedElements::updateActions);
    connect(m_scene, &DesignScene::rebuilt, this, &FailedElements::applyMarks);
    // A new design starts healthy; an element that is gone cannot stay failed.
    connect(m_document, &Document::designReset, this, [this] { setFailed({}); });
    connect(m_document, &Document::changed, this, [this] {
        std::set<Id> kept;
        for (const Id &id : m_failed) {
            if (m_document->design().find(id))
                kept.insert(id);
        }
        setFailed(std::move(kept));
    });
    updateActions();
}

bool FailedElements::canFail(const QString &id) const
{
    const Resource *r = m_document->design().find(Id(id.toStdString()));
    return r && r->kind() != ResourceKind::Intent && r->kind() != ResourceKind::TrafficFlow;
}

void FailedElements::fail(const QStringList &ids)
{
    std::set<Id> failed = m_failed;
    for (const QString &id : ids) {
        if (canFail(id))
            failed.insert(Id(id.toStdString()));
    }
    setFailed(std::move(failed));
}

void FailedElements::restore(const QStringList &ids)
{
    std::set<Id> failed = m_failed;
    for (const QString &id : ids)
        failed.erase(Id(id.toStdString()));
    setFailed(std::move(failed));
}

void FailedElements::restoreAll()
{
    setFailed({});
}

void FailedElements::setFailed(std::set<Id> failed)
{
    if (failed == m_failed)
        return;
    m_failed = std::move(failed);
    m_runner->setFailed(m_failed);
    applyMarks();
    updateActions();
    emit failedChanged();
}

// An item shows failed when it or an element it sits in (a gateway's VNet) failed; a connector
// when it or either end does, which is how the engine takes connections down with their ends.
void FailedElements::applyMarks()
{
    if (m_failed.empty() && m_marked.isEmpty())
        return;
    QSet<QString> shown;
    for (QGraphicsItem *item : m_scene->items()) {
        auto *element = dynamic_cast<ElementItem *>(item);
        if (!element)
            continue;
        bool down = false;
        for (QGraphicsItem *i = element; i && !down; i = i->parentItem()) {
            if (auto *e = dynamic_cast<ElementItem *>(i))
                down = isFailed(e->elementId());
        }
        if (down) {
            shown.insert(element->elementId());
            element->setMark(ElementMark::Failed);
        } else if (element->mark() == ElementMark::Failed) {
            element->setMark(ElementMark::None);
        }
    }
    for (LinkItem *link : m_scene->links()) {
        const bool down = isFailed(link->elementId()) || shown.contains(link->fromId()) || shown.contains(link->toId());
        if (down) {
            shown.insert(link->elementId());
            link->setMark(ElementMark::Failed);
        } else if (link->mark() == ElementMark::Failed) {
            link->setMark(ElementMark::None);
        }
    }
    m_marked = shown;
}

void FailedElements::updateActions()
{
    int failable = 0;
    int failedCount = 0;
    for (const QString &id : m_scene->selectedElementIds()) {
        if (!canFail(id))
            continue;
        ++failable;
        failedCount += isFailed(id) ? 1 : 0;
    }
    m_failAction->setEnabled(failable > 0);
    m_failAction->setChecked(failable > 0 && failedCount == failable);
    m_restoreAllAction->setEnabled(!m_failed.empty());
}

void FailedElements::addContextActions(QMenu *menu, const QString &id)
{
    if (canFail(id)) {
        const QString name = elementDisplayName(m_document->design(), Id(id.toStdString()));
        if (isFailed(id)) {
            menu->addAction(QIcon(QStringLiteral(":/icons/ui/fail-element.svg")), tr("Restore Element %1").arg(name),
                            this, [this, id] { restore({id}); });
        } else {
            menu->addAction(QIcon(QStringLiteral(":/icons/ui/fail-element.svg")), tr("Fail Element %1").arg(name),
                            this, [this, id] { fail({id}); });
        }
    }
    if (!m_failed.empty())
        menu->addAction(m_restoreAllAction);
}

QString FailedElements::contextElementAt(CanvasView *canvas, const QPoint &viewPos) const
{
    const QPointF scenePos = canvas->mapToScene(viewPos);
    for (QGraphicsItem *item : m_scene->items(scenePos)) {
        if (auto *element = dynamic_cast<ElementItem *>(item))
            return element->elementId();
        if (item->type() == LinkItem::Type && item->shape().contains(item->mapFromScene(scenePos)))
            return static_cast<LinkItem *>(item)->elementId();
    }
    return {};
}

void FailedElements::installContextMenus(CanvasView *canvas, QTreeWidget *outline, int idRole)
{
    canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(canvas, &QWidget::customContextMenuRequested, this, [this, canvas](const QPoint &pos) {
        const QString id = contextElementAt(canvas, pos);
        if (!id.isEmpty() && !m_scene->selectedElementIds().contains(id))
            m_scene->selectElements({id});
        QMenu menu(canvas);
        addContextActions(&menu, id);
        if (!menu.isEmpty())
            menu.exec(canvas->viewport()->mapToGlobal(pos));
    });
    outline->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(outline, &QWidget::customContextMenuRequested, this, [this, outline, idRole](const QPoint &pos) {
        const QTreeWidgetItem *item = outline->itemAt(pos);
        QMenu menu(outline);
        addContextActions(&menu, item ? item->data(0, idRole).toString() : QString());
        if (!menu.isEmpty())
            menu.exec(outline->viewport()->mapToGlobal(pos));
    });
}

} // namespace spokewise::views
