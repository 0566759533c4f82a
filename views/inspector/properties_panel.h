#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace spokewise::views {

class Document;
class PropertyModel;

// The properties panel: the selected element's kind and name, its properties in an editable
// tree, the reason the last value was refused, and add/remove buttons where the element holds a
// list (subnets, routes, network rules, connection policies).
class PropertiesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(Document *document, QWidget *parent = nullptr);

    // Shows the element with this id (a resource or a subnet); empty shows "Nothing selected".
    void setElement(const QString &id);
    QString element() const;

    PropertyModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The refusal line's text; empty when it is hidden.
    QString refusalText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeader();
    void updateButtons();
    void updateErrorStyle();
    void showRefusal(const QString &reason);
    void expandAndSpan();
    void addItem();
    void removeItem();

    Document *m_document;
    PropertyModel *m_model;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QLabel *m_kindLabel;
    QLabel *m_nameLabel;
    QTreeView *m_view;
    QLabel *m_errorLabel;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
};

} // namespace spokewise::views
