#pragma once

#include "commands/document_command.h"

#include <map>
#include <optional>

namespace spokewise::views {

// Moves or resizes elements. A drag pushes one of these per mouse move with `continuing` set;
// they merge, so the whole drag is one undo step and the model is current all along.
class SetLayoutCommand final : public DocumentCommand
{
public:
    SetLayoutCommand(Document *document, const std::map<Id, LayoutBox> &boxes, const QString &text, bool continuing);
    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(MergeId::SetLayout); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    std::map<Id, std::optional<LayoutBox>> m_before;
    std::map<Id, LayoutBox> m_after;
    bool m_continuing;
};

// Changes the design's name, description and routing assumptions.
class ChangeSettingsCommand final : public DocumentCommand
{
public:
    struct Settings
    {
        std::string name;
        std::string description;
        Assumptions assumptions;
    };
    ChangeSettingsCommand(Document *document, Settings after, const QString &text);
    void redo() override;
    void undo() override;

private:
    Settings m_before;
    Settings m_after;
};

} // namespace spokewise::views
