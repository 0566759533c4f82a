#include "commands/layout_commands.h"

namespace spokewise::views {

SetLayoutCommand::SetLayoutCommand(Document *document, const std::map<Id, LayoutBox> &boxes, const QString &text,
                                   bool continuing)
    : DocumentCommand(document, text), m_after(boxes), m_continuing(continuing)
{
    const auto &elements = document->design().layout.elements;
    for (const auto &[id, box] : boxes) {
        const auto it = elements.find(id);
        m_before[id] = it == elements.end() ? std::nullopt : std::optional<LayoutBox>(it->second);
    }
}

void SetLayoutCommand::redo()
{
    for (const auto &[id, box] : m_after)
        setLayoutBox(id, box);
    emitChanged();
}

void SetLayoutCommand::undo()
{
    for (const auto &[id, box] : m_before)
        setLayoutBox(id, box);
    emitChanged();
}

bool SetLayoutCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetLayoutCommand *>(other);
    if (!next->m_continuing)
        return false;
    for (const auto &[id, box] : next->m_after) {
        if (!m_before.count(id))
            m_before[id] = next->m_before.at(id);
        m_after[id] = box;
    }
    return true;
}

ChangeSettingsCommand::ChangeSettingsCommand(Document *document, Settings after, const QString &text)
    : DocumentCommand(document, text), m_after(std::move(after))
{
    const auto &d = document->design();
    m_before = {d.name, d.description, d.assumptions};
}

void ChangeSettingsCommand::redo()
{
    setSettings(m_after.name, m_after.description, m_after.assumptions);
    emitChanged();
}

void ChangeSettingsCommand::undo()
{
    setSettings(m_before.name, m_before.description, m_before.assumptions);
    emitChanged();
}

} // namespace spokewise::views
