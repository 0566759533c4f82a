#pragma once

#include "design/connections.h"
#include "design/factory.h"

#include <QObject>
#include <QPointF>
#include <QStringList>

#include <map>
#include <vector>

class QWidget;

namespace spokewise::views {

class Document;
class DesignScene;

// The editing gestures of the designer, turned into Document edits: placing palette elements,
// drawing connections, delete, cut/copy/paste/duplicate, align and distribute. Each gesture is one
// undo step; refusals are reported with the reason, never silently ignored.
class EditController final : public QObject
{
    Q_OBJECT

public:
    EditController(Document *document, DesignScene *scene, QObject *parent = nullptr);

    // Places a palette element at a scene position (dropped on whatever is there).
    bool place(PaletteKind kind, const QPointF &scenePos);
    // Draws a connection from one element to another. With several possible kinds, `chooser` picks one
    // (returns the index, or -1 to cancel); with one, it is drawn straight away.
    bool connectElements(const QString &fromId, const QString &toId,
                         const std::function<int(const QStringList &)> &chooser);

    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    bool canPaste() const { return !m_clipboard.empty(); }

    enum class Alignment { Left, HorizontalCenter, Right, Top, VerticalCenter, Bottom };
    void alignSelection(Alignment alignment);
    void distributeSelection(Qt::Orientation orientation);

    static QString connectionKindText(ConnectionKind kind);
    static QString paletteKindText(PaletteKind kind);
    static QString paletteKindToolTip(PaletteKind kind);
    static QString refusalText(ConnectionRefusal refusal, const QString &from, const QString &to);
    static QString refusalText(PlacementRefusal refusal, PaletteKind kind);

signals:
    // A message for the status bar: what happened, or why it could not.
    void message(const QString &text);

private:
    std::vector<Resource> selectedResourcesForCopy() const;
    QString nameOf(const QString &id) const;
    // The element's stored layout box (size kept when only the position changes).
    LayoutBox storedBox(const QString &id) const;

    Document *m_document;
    DesignScene *m_scene;
    std::vector<Resource> m_clipboard;
    std::map<Id, LayoutBox> m_clipboardLayout;
    int m_pasteCount = 0;
};

} // namespace spokewise::views
