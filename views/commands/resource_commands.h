#pragma once

#include "commands/document_command.h"

#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace spokewise::views {

// Adds resources with their layout boxes; undo removes them again.
class AddResourcesCommand final : public DocumentCommand
{
public:
    AddResourcesCommand(Document *document, std::vector<Resource> resources, std::map<Id, LayoutBox> layout,
                        const QString &text);
    void redo() override;
    void undo() override;

private:
    std::vector<Resource> m_resources;
    std::map<Id, LayoutBox> m_layout;
};

// Removes resources and subnets with everything that cannot exist without them (connections of a
// removed gateway, NVAs of a removed subnet, ...), and edits the survivors that referred to them.
class RemoveElementsCommand final : public DocumentCommand
{
public:
    RemoveElementsCommand(Document *document, const std::set<Id> &ids, const QString &text);
    void redo() override;
    void undo() override;
    bool isEmpty() const { return m_removed.empty() && m_edited.empty(); }

private:
    std::vector<std::pair<std::size_t, Resource>> m_removed; // by ascending index
    std::vector<std::pair<Resource, Resource>> m_edited;     // (before, after)
    std::map<Id, LayoutBox> m_layout;                        // boxes of everything removed
};

// Replaces one resource's value; consecutive edits of one field merge into one step.
class ChangeResourceCommand final : public DocumentCommand
{
public:
    ChangeResourceCommand(Document *document, Resource before, Resource after, const QString &text,
                          const QString &mergeKey);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Resource m_before;
    Resource m_after;
    QString m_mergeKey;
};

} // namespace spokewise::views
