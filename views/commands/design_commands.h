#pragma once

#include "commands/document_command.h"

namespace spokewise::views {

// Replaces the whole design (recovering unsaved changes, reverting); undo brings the old one back.
class ReplaceDesignCommand final : public DocumentCommand
{
public:
    ReplaceDesignCommand(Document *document, Design after, const QString &text)
        : DocumentCommand(document, text), m_before(document->design()), m_after(std::move(after))
    {
    }
    void redo() override
    {
        setDesign(m_after);
        emitChanged();
    }
    void undo() override
    {
        setDesign(m_before);
        emitChanged();
    }

private:
    Design m_before;
    Design m_after;
};

} // namespace spokewise::views
