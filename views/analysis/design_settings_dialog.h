#pragma once

#include "design/design.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace spokewise::views {

class Document;

// "Design Settings…": the design's name and description and the routing assumptions of
// ROUTING.md §10 (the points where Microsoft's sources disagree), each with what it changes and
// the documented default marked. Accepting applies everything as one undo step; the analysis then
// re-runs because the design changed.
class DesignSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DesignSettingsDialog(Document *document, QWidget *parent = nullptr);

    // What the dialog currently shows.
    Assumptions assumptions() const;
    void setAssumptions(const Assumptions &assumptions);

    // Pushes one "Change design settings" command when something differs from the design;
    // returns whether it did. Called on accept.
    bool apply();

    void accept() override;

private:
    Document *m_document;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_p2sTransit;
    QComboBox *m_forwarded;
    QComboBox *m_peeringDirection;
};

} // namespace spokewise::views
