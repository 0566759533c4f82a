#include "commands/resource_commands.h"

#include "design/references.h"

#include <algorithm>

namespace spokewise::views {

AddResourcesCommand::AddResourcesCommand(Document *document, std::vector<Resource> resources,
                                         std::map<Id, LayoutBox> layout, const QString &text)
    : DocumentCommand(document, text), m_resources(std::move(resources)), m_layout(std::move(layout))
{
}

void AddResourcesCommand::redo()
{
    for (const auto &r : m_resources)
        insertResource(document()->design().resources.size(), r);
    for (const auto &[id, box] : m_layout)
        setLayoutBox(id, box);
    emitChanged();
}

void AddResourcesCommand::undo()
{
    for (const auto &[id, box] : m_layout)
        setLayoutBox(id, std::nullopt);
    for (auto it = m_resources.rbegin(); it != m_resources.rend(); ++it)
        takeResource(it->id, nullptr);
    emitChanged();
}

RemoveElementsCommand::RemoveElementsCommand(Document *document, const std::set<Id> &ids, const QString &text)
    : DocumentCommand(document, text)
{
    const auto &design = document->design();
    const auto gone = removalClosure(design, ids);
    for (std::size_t i = 0; i < design.resources.size(); ++i) {
        const auto &r = design.resources[i];
        if (gone.count(r.id)) {
            m_removed.emplace_back(i, r);
            continue;
        }
        auto after = withoutReferencesTo(r, gone);
        if (!(after == r))
            m_edited.emplace_back(r, std::move(after));
    }
    for (const auto &[id, box] : design.layout.elements) {
        if (gone.count(id))
            m_layout.emplace(id, box);
    }
}

void RemoveElementsCommand::redo()
{
    for (const auto &[before, after] : m_edited)
        replaceResource(after);
    for (const auto &[id, box] : m_layout)
        setLayoutBox(id, std::nullopt);
    for (auto it = m_removed.rbegin(); it != m_removed.rend(); ++it)
        takeResource(it->second.id, nullptr);
    emitChanged();
}

void RemoveElementsCommand::undo()
{
    for (const auto &[index, resource] : m_removed)
        insertResource(index, resource);
    for (const auto &[id, box] : m_layout)
        setLayoutBox(id, box);
    for (const auto &[before, after] : m_edited)
        replaceResource(before);
    emitChanged();
}

ChangeResourceCommand::ChangeResourceCommand(Document *document, Resource before, Resource after,
                                             const QString &text, const QString &mergeKey)
    : DocumentCommand(document, text), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(mergeKey)
{
}

void ChangeResourceCommand::redo()
{
    replaceResource(m_after);
    emitChanged();
}

void ChangeResourceCommand::undo()
{
    replaceResource(m_before);
    emitChanged();
}

int ChangeResourceCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : static_cast<int>(MergeId::ChangeResource);
}

bool ChangeResourceCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeResourceCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || !(next->m_before.id == m_after.id))
        return false;
    m_after = next->m_after;
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace spokewise::views
