#pragma once

#include "document/document.h"

#include <QUndoCommand>

namespace spokewise::views {

// Merge ids of every mergeable command, in one place so that they never collide.
enum class MergeId { ChangeResource = 1, SetLayout = 2 };

// Base of the undo commands: finds targets by id through the Document's primitive edits and
// never holds a pointer to a live item.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(Document *document, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document)
    {
    }

protected:
    Document *document() const { return m_document; }
    void insertResource(std::size_t index, Resource r) { m_document->insertResource(index, std::move(r)); }
    Resource takeResource(const Id &id, std::size_t *index) { return m_document->takeResource(id, index); }
    void replaceResource(const Resource &value) { m_document->replaceResource(value); }
    void setLayoutBox(const Id &id, const std::optional<LayoutBox> &box) { m_document->setLayoutBox(id, box); }
    void setSettings(const std::string &n, const std::string &d, const Assumptions &a) { m_document->setSettings(n, d, a); }
    void setDesign(const Design &design) { m_document->setDesign(design); }
    void emitChanged() { m_document->emitChanged(); }

private:
    Document *m_document;
};

} // namespace spokewise::views
