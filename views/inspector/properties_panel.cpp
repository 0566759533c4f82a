#include "inspector/properties_panel.h"

#include "inspector/property_delegate.h"
#include "inspector/property_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace spokewise::views {

namespace {

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

PropertiesPanel::PropertiesPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new PropertyModel(document, this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(tr("Nothing selected"), this))
    , m_kindLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_errorLabel(new QLabel(this))
    , m_addButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
{
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_kindLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setWordWrap(true);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new PropertyDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::CurrentChanged | QAbstractItemView::DoubleClicked
                            | QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->header()->setSectionResizeMode(PropertyModel::PropertyColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setAccessibleName(tr("Refused value"));
    m_errorLabel->hide();
    updateErrorStyle();

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_kindLabel);
    pageLayout->addWidget(m_nameLabel);
    pageLayout->addWidget(m_view, 1);
    pageLayout->addWidget(m_errorLabel);
    pageLayout->addLayout(buttons);

    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_stack);

    connect(m_model, &PropertyModel::valueRefused, this, &PropertiesPanel::showRefusal);
    connect(m_model, &PropertyModel::refusalCleared, this, [this] { showRefusal({}); });
    connect(m_model, &PropertyModel::elementChanged, this, [this] {
        updateHeader();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PropertiesPanel::expandAndSpan);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &PropertiesPanel::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &PropertiesPanel::addItem);
    connect(m_removeButton, &QPushButton::clicked, this, &PropertiesPanel::removeItem);

    setElement({});
}

void PropertiesPanel::setElement(const QString &id)
{
    m_model->setElement(id);
    showRefusal({});
}

QString PropertiesPanel::element() const
{
    return m_model->element();
}

QString PropertiesPanel::refusalText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void PropertiesPanel::updateHeader()
{
    m_stack->setCurrentIndex(m_model->hasElement() ? 1 : 0);
    m_kindLabel->setText(capitalized(m_model->elementKindText()));
    m_nameLabel->setText(m_model->elementName());
}

void PropertiesPanel::updateButtons()
{
    const bool hasList = m_model->list() != ListKind::None;
    m_addButton->setVisible(hasList);
    m_removeButton->setVisible(hasList);
    if (!hasList)
        return;
    m_addButton->setText(m_model->addText());
    m_removeButton->setText(m_model->removeText());
    QString whyNot;
    m_addButton->setEnabled(m_model->canAdd(&whyNot));
    m_addButton->setToolTip(whyNot);
    m_removeButton->setEnabled(m_model->canRemove(m_view->currentIndex()));
}

void PropertiesPanel::showRefusal(const QString &reason)
{
    m_errorLabel->setText(reason);
    m_errorLabel->setVisible(!reason.isEmpty());
}

// A tinted box in the palette's own lightness, so the reason stands out and stays readable in
// both light and dark themes.
void PropertiesPanel::updateErrorStyle()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor background = dark ? QColor(0x5c, 0x1e, 0x22) : QColor(0xfd, 0xe7, 0xe9);
    const QColor text = dark ? QColor(0xff, 0xd7, 0xd9) : QColor(0x9e, 0x1c, 0x24);
    const QColor border = dark ? QColor(0xd0, 0x52, 0x5a) : QColor(0xe3, 0x8a, 0x90);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: %2; border: 1px solid %3; "
                                               "border-radius: 3px; padding: 4px 6px; }")
                                        .arg(background.name(), text.name(), border.name()));
}

void PropertiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateErrorStyle();
    QWidget::changeEvent(event);
}

void PropertiesPanel::expandAndSpan()
{
    for (int g = 0; g < m_model->rowCount(); ++g)
        m_view->setFirstColumnSpanned(g, {}, true);
    m_view->expandAll();
    updateButtons();
}

void PropertiesPanel::addItem()
{
    if (m_model->add()) {
        const QModelIndex added = m_model->lastListItem();
        m_view->setCurrentIndex(added);
        m_view->scrollTo(added);
    }
}

void PropertiesPanel::removeItem()
{
    m_model->remove(m_view->currentIndex());
}

} // namespace spokewise::views
