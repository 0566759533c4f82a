#pragma once

#include "design/design.h"
#include "io/diagnostic.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <set>
#include <vector>

class QUndoStack;

namespace spokewise::views {

class DocumentCommand;

// The one way to read and change the open design: owns the Design and its QUndoStack, pushes a
// command for every edit, and announces precisely what changed. Canvas, docks and the background
// analysis listen to it; none of them changes the design directly.
class Document final : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Design &design() const { return m_design; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // Increases with every change of the design; results computed for an older revision are stale.
    quint64 revision() const { return m_revision; }

    QString filePath() const { return m_filePath; }
    bool isModified() const;

    // Replaces the design (a new or opened file): clears the undo history and marks it unmodified.
    void reset(Design design, const QString &filePath = {});
    // Loads a file. On failure returns its diagnostics and leaves the open design untouched.
    io::Diagnostics load(const QString &filePath);
    // Saves atomically (QSaveFile). On failure returns the reason and changes nothing.
    std::optional<QString> save(const QString &filePath);

    // ---- edits, each one undo step -------------------------------------------------------------
    // Adds resources (and their layout boxes) in one step, e.g. "add a spoke and its peering".
    void addResources(std::vector<Resource> resources, const std::map<Id, LayoutBox> &layout, const QString &text);
    // Removes resources and subnets with everything that cannot exist without them.
    void removeElements(const std::set<Id> &ids, const QString &text);
    // Replaces a resource's value (name, notes, properties) by a new value with the same id and kind.
    // Consecutive changes of the same field of the same resource merge into one step.
    void changeResource(const Resource &newValue, const QString &text, const QString &mergeKey = {});
    // Moves or resizes elements; consecutive calls with `continuing` merge (one drag, one step).
    void setLayout(const std::map<Id, LayoutBox> &boxes, const QString &text, bool continuing = false);
    // Name, description and assumptions.
    void changeSettings(const std::string &name, const std::string &description, const Assumptions &assumptions,
                        const QString &text);

    // Replaces the whole design as one undo step (recovery of unsaved changes, revert).
    void replaceAll(Design design, const QString &text);

    // Copies of resources with fresh ids and names (references among them follow), for paste
    // and duplicate.
    std::vector<Resource> withFreshIds(std::vector<Resource> resources, std::map<Id, Id> *renamed = nullptr) const;

signals:
    void designReset();
    void resourcesAdded(const QStringList &ids);
    void resourcesRemoved(const QStringList &ids);
    void resourceChanged(const QString &id);
    void layoutChanged(const QStringList &ids);
    void settingsChanged();
    // After every change of any kind, once per undo/redo/edit.
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &filePath);

private:
    friend class DocumentCommand;
    // Primitive edits, used only by undo commands.
    void insertResource(std::size_t index, Resource resource);
    Resource takeResource(const Id &id, std::size_t *index);
    void replaceResource(const Resource &value);
    void setLayoutBox(const Id &id, const std::optional<LayoutBox> &box);
    void setSettings(const std::string &name, const std::string &description, const Assumptions &assumptions);
    void setDesign(const Design &design);
    void emitChanged();

    Design m_design;
    QUndoStack *m_undoStack = nullptr;
    QString m_filePath;
    quint64 m_revision = 0;
};

QString toQString(const Id &id);
Id toId(const QString &text);

} // namespace spokewise::views
