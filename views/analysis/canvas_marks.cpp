#include "analysis/canvas_marks.h"

#include "canvas/canvas_items.h"
#include "canvas/design_scene.h"
#include "document/document.h"

namespace spokewise::views {

CanvasMarks::CanvasMarks(DesignScene *scene, QObject *parent)
    : QObject(parent),
      m_scene(scene)
{
    // A rebuild creates fresh, unmarked items.
    connect(m_scene, &DesignScene::rebuilt, this, &CanvasMarks::reapply);
}

void CanvasMarks::setAnalysis(const routing::Analysis &analysis)
{
    m_broken.clear();
    for (const routing::Finding &f : analysis.findings()) {
        if (f.severity != routing::Severity::Error && f.severity != routing::Severity::Unsupported)
            continue;
        for (const Id &id : f.elements)
            m_broken.insert(toQString(id));
    }
    for (const routing::IntentResult &r : analysis.intents()) {
        if (!r.satisfied)
            m_broken.insert(toQString(r.intent));
    }
    reapply();
}

void CanvasMarks::reapply()
{
    const auto markFor = [this](const QString &id, ElementMark current) {
        if (m_broken.contains(id))
            return current == ElementMark::Failed ? current : ElementMark::Broken;
        return current == ElementMark::Broken ? ElementMark::None : current;
    };
    for (const QString &id : m_applied) {
        if (ElementItem *item = m_scene->itemFor(id))
            item->setMark(markFor(id, item->mark()));
    }
    for (const QString &id : m_broken) {
        if (ElementItem *item = m_scene->itemFor(id))
            item->setMark(markFor(id, item->mark()));
    }
    for (LinkItem *link : m_scene->links())
        link->setMark(markFor(link->elementId(), link->mark()));
    m_applied = m_broken;
}

} // namespace spokewise::views
