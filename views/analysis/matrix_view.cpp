#include "analysis/matrix_view.h"

#include "analysis/matrix_model.h"
#include "analysis/verdict_style.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTableView>
#include <QVBoxLayout>

namespace spokewise::views {

namespace {

// A column header whose names run upwards, so that narrow columns still show whole names.
class VerticalHeader final : public QHeaderView
{
public:
    VerticalHeader(QWidget *parent) : QHeaderView(Qt::Horizontal, parent) {}

    QSize sizeHint() const override
    {
        QSize size = QHeaderView::sizeHint();
        size.setHeight(130);
        return size;
    }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        if (!rect.isValid())
            return;
        painter->save();
        QStyleOptionHeader option;
        initStyleOption(&option);
        option.rect = rect;
        option.section = logicalIndex;
        style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);
        const QString text = model()->headerData(logicalIndex, orientation()).toString();
        painter->translate(rect.left() + rect.width() / 2.0, rect.bottom() - 4);
        painter->rotate(-90);
        const QRect textRect(0, -rect.width() / 2, rect.height() - 8, rect.width());
        painter->setPen(palette().color(QPalette::ButtonText));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          fontMetrics().elidedText(text, Qt::ElideMiddle, textRect.width()));
        painter->restore();
    }
};

} // namespace

MatrixView::MatrixView(QWidget *parent)
    : QWidget(parent),
      m_model(new MatrixModel(this)),
      m_table(new QTableView(this)),
      m_filter(new QLineEdit(this)),
      m_problemsOnly(new QCheckBox(tr("Problems only"), this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("MatrixView"));
    m_filter->setPlaceholderText(tr("Filter endpoints by name"));
    m_filter->setClearButtonEnabled(true);
    m_problemsOnly->setToolTip(tr("Show only endpoints with a flow, from or to them, that does not work"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_problemsOnly);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    m_table->setModel(m_model);
    m_table->setHorizontalHeader(new VerticalHeader(m_table));
    // Fixed section sizes: the view never measures 4,000 rows' contents.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(26);
    m_table->horizontalHeader()->setMinimumSectionSize(20);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->verticalHeader()->setMaximumWidth(260);
    m_table->verticalHeader()->setTextElideMode(Qt::ElideMiddle);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setToolTip(QString());

    connect(m_filter, &QLineEdit::textChanged, m_model, &MatrixModel::setNameFilter);
    connect(m_problemsOnly, &QCheckBox::toggled, m_model, &MatrixModel::setProblemsOnly);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixView::updateSummary);
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const QString from = index.data(MatrixModel::FromIdRole).toString();
        const QString to = index.data(MatrixModel::ToIdRole).toString();
        if (!from.isEmpty() && !to.isEmpty() && from != to)
            emit flowActivated(from, to);
    });
    m_model->setDark(isDarkPalette(palette()));
    updateSummary();
}

void MatrixView::setAnalysis(std::shared_ptr<const routing::Analysis> analysis, const Design &design)
{
    m_model->setAnalysis(std::move(analysis), design);
}

void MatrixView::updateSummary()
{
    const int shown = m_model->rowCount();
    const int all = m_model->endpointCount();
    m_summary->setText(shown == all ? tr("%n endpoint(s)", nullptr, all)
                                    : tr("%1 of %n endpoint(s)", nullptr, all).arg(shown));
}

void MatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setDark(isDarkPalette(palette()));
    QWidget::changeEvent(event);
}

} // namespace spokewise::views
