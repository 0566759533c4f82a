#include "cost/alternatives_dialog.h"

#include "analysis/finding_text.h"
#include "cost/cost_text.h"
#include "io/design_file.h"
#include "text/diagnostic_text.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace spokewise::views {

using namespace spokewise::cost;

namespace {

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignRight | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

// A column title broken into lines of about `width` characters, so long design names fit.
QString wrapped(const QString &text, int width = 26)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

QColor verdictColor(routing::Verdict verdict)
{
    switch (verdict) {
    case routing::Verdict::Reachable: return QColor(0x2e, 0xa0, 0x5a);
    case routing::Verdict::Unreachable: return QColor(0xd9, 0x48, 0x3b);
    default: return QColor(0xc7, 0x7c, 0x0e);
    }
}

} // namespace

AlternativesDialog::AlternativesDialog(const Design &openDesign, const QString &openName,
                                       std::shared_ptr<const PriceCatalog> catalog,
                                       std::shared_ptr<const routing::Analysis> analysis, QWidget *parent)
    : QDialog(parent)
    , m_catalog(std::move(catalog))
    , m_openAnalysis(std::move(analysis))
{
    setWindowTitle(tr("Compare Alternatives"));
    setObjectName(QStringLiteral("AlternativesDialog"));
    m_alternatives.push_back({openName, QString(), openDesign});
    buildUi();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AlternativesDialog::comparisonFinished);
    updateList();
    startComparison();
}

// A running comparison owns copies of everything it reads; its result simply goes nowhere.
AlternativesDialog::~AlternativesDialog()
{
    m_watcher.disconnect(this);
}

void AlternativesDialog::buildUi()
{
    m_list = new QListWidget(this);
    m_list->setMaximumHeight(110);
    m_add = new QPushButton(tr("&Add Designs\u2026"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    connect(m_add, &QPushButton::clicked, this, &AlternativesDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeAlternative(m_list->currentRow()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row > 0); });
    m_remove->setEnabled(false);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #d03b30;"));
    m_errorLabel->hide();
    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the engine reports no progress of its own
    m_progress->setMaximumWidth(160);
    m_progress->hide();

    m_costTable = new QTableWidget(this);
    m_costTable->setObjectName(QStringLiteral("alternativesCost"));
    m_flowTable = new QTableWidget(this);
    m_flowTable->setObjectName(QStringLiteral("alternativesFlows"));
    for (QTableWidget *table : {m_costTable, m_flowTable}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setAlternatingRowColors(true);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    }
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_costTable, tr("Cost"));
    m_tabs->addTab(m_flowTable, tr("Flows"));
    // Row heights follow the wrapped verdicts, which depend on the column widths of a shown table.
    connect(m_tabs, &QTabWidget::currentChanged, m_flowTable, &QTableWidget::resizeRowsToContents);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
            new QLabel(tr("The open design is the first column. Add the variants to compare it with:"), this));
    layout->addLayout(top);
    layout->addWidget(m_errorLabel);
    layout->addLayout(statusRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_note);
    layout->addWidget(close);
    resize(900, 620);
}

int AlternativesDialog::addFiles(const QStringList &paths)
{
    m_errors.clear();
    int added = 0;
    for (const QString &path : paths) {
        const io::LoadResult load = io::loadDesignFile(std::filesystem::path(QFile::encodeName(path).toStdString()));
        if (!load.ok()) {
            for (const io::Diagnostic &d : load.diagnostics)
                m_errors << diagnosticLine(QDir::toNativeSeparators(path), d);
            if (load.diagnostics.empty())
                m_errors << tr("%1: the design could not be read.").arg(QDir::toNativeSeparators(path));
            continue;
        }
        QString name = QString::fromStdString(load.design->name);
        const auto taken = [&](const QString &n) {
            return std::any_of(m_alternatives.begin(), m_alternatives.end(),
                               [&](const Entry &e) { return e.name == n; });
        };
        if (name.isEmpty() || taken(name))
            name = QFileInfo(path).fileName().remove(QStringLiteral(".spokewise.json"));
        m_alternatives.push_back({name, QFileInfo(path).absoluteFilePath(), *load.design});
        ++added;
    }
    m_errorLabel->setText(m_errors.isEmpty() ? QString()
                                             : tr("Not added:") + QLatin1Char('\n') + m_errors.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!m_errors.isEmpty());
    if (added > 0) {
        updateList();
        startComparison();
    }
    return added;
}

void AlternativesDialog::removeAlternative(int index)
{
    if (index <= 0 || index >= alternativeCount())
        return; // the open design stays
    m_alternatives.erase(m_alternatives.begin() + index);
    updateList();
    startComparison();
}

QString AlternativesDialog::errorText() const
{
    return m_errors.join(QLatin1Char('\n'));
}

QString AlternativesDialog::statusText() const
{
    return m_status->text();
}

void AlternativesDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Designs to Compare"), QString(),
                                                            tr("Spokewise designs (*.spokewise.json *.json)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

void AlternativesDialog::updateList()
{
    m_list->clear();
    for (std::size_t i = 0; i < m_alternatives.size(); ++i) {
        const Entry &e = m_alternatives[i];
        m_list->addItem(i == 0 ? tr("%1 (the open design)").arg(e.name)
                               : QStringLiteral("%1 \u2014 %2").arg(e.name, QDir::toNativeSeparators(e.path)));
    }
}

void AlternativesDialog::startComparison()
{
    ++m_generation;
    m_status->setText(tr("Analysing %n design(s)\u2026", nullptr, alternativeCount()));
    m_progress->show();
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_runningGeneration = m_generation;
    std::vector<Alternative> alternatives;
    for (const Entry &e : m_alternatives)
        alternatives.push_back({e.name.toStdString(), e.design, nullptr});
    // The worker reads only these copies (and keeps the open design's analysis alive while it runs).
    m_watcher.setFuture(QtConcurrent::run(
            [alternatives = std::move(alternatives), catalog = m_catalog, analysis = m_openAnalysis]() mutable {
                alternatives.front().analysis = analysis.get();
                return std::make_shared<const Comparison>(compareAlternatives(alternatives, *catalog));
            }));
}

void AlternativesDialog::comparisonFinished()
{
    auto result = m_watcher.result();
    if (m_pending || m_runningGeneration != m_generation) {
        startComparison();
        return;
    }
    m_comparison = std::move(result);
    m_shownGeneration = m_runningGeneration;
    m_progress->hide();
    showComparison();
    emit comparisonShown();
}

void AlternativesDialog::showComparison()
{
    const Comparison &c = *m_comparison;
    const int columns = int(c.alternatives.size());
    QStringList headers;
    for (const AlternativeResult &a : c.alternatives)
        headers << wrapped(QString::fromStdString(a.name));

    // Cost: one row per category, then the totals and what is not in them.
    const std::vector<CostCategory> categories = c.categories();
    m_costTable->clear();
    m_costTable->setColumnCount(columns);
    m_costTable->setRowCount(int(categories.size()) + 3);
    m_costTable->setHorizontalHeaderLabels(headers);
    QStringList rows;
    for (CostCategory category : categories)
        rows << categoryText(category);
    rows << tr("Total a month") << tr("Total a year") << tr("Not priced (not in the total)");
    m_costTable->setVerticalHeaderLabels(rows);
    for (int col = 0; col < columns; ++col) {
        const AlternativeResult &a = c.alternatives[std::size_t(col)];
        const QString mark = a.hasEstimates ? QStringLiteral("\u2248 ") : QString();
        for (std::size_t row = 0; row < categories.size(); ++row) {
            const auto it = a.monthlyByCategory.find(categories[row]);
            m_costTable->setItem(int(row), col,
                                 cell(it == a.monthlyByCategory.end() ? QStringLiteral("\u2014") : money(it->second)));
        }
        QTableWidgetItem *monthly = cell(mark + moneyText(a.monthlyTotal, c.currency));
        QFont bold = monthly->font();
        bold.setBold(true);
        monthly->setFont(bold);
        m_costTable->setItem(int(categories.size()), col, monthly);
        m_costTable->setItem(int(categories.size()) + 1, col, cell(mark + moneyText(a.yearlyTotal, c.currency)));
        m_costTable->setItem(int(categories.size()) + 2, col,
                             cell(a.unpricedCount == 0 ? tr("none") : tr("%n item(s)", nullptr, a.unpricedCount)));
    }

    // Flows: how much works in each, then every pair whose verdict is not the same everywhere.
    m_flowTable->clear();
    m_flowTable->setColumnCount(columns);
    m_flowTable->setHorizontalHeaderLabels(headers);
    QStringList flowRows{tr("Reachable endpoint pairs"), tr("Errors found"), tr("Intents violated")};
    for (const FlowDifference &d : c.differences)
        flowRows << QStringLiteral("%1 \u2192 %2")
                            .arg(QString::fromStdString(d.source), QString::fromStdString(d.destination));
    m_flowTable->setRowCount(int(flowRows.size()));
    m_flowTable->setVerticalHeaderLabels(flowRows);
    for (int col = 0; col < columns; ++col) {
        const AlternativeResult &a = c.alternatives[std::size_t(col)];
        m_flowTable->setItem(0, col, cell(tr("%1 of %2").arg(a.reachability.reachable).arg(a.reachability.pairs())));
        m_flowTable->setItem(1, col,
                             cell(QString::number(a.findingsBySeverity[std::size_t(routing::Severity::Error)])));
        m_flowTable->setItem(2, col, cell(QString::number(a.violatedIntents)));
        for (std::size_t row = 0; row < c.differences.size(); ++row) {
            const auto &verdict = c.differences[row].verdicts[std::size_t(col)];
            QTableWidgetItem *item = nullptr;
            if (!verdict) {
                item = cell(tr("no such pair"), Qt::AlignCenter);
            } else {
                item = cell(verdict->verdict == routing::Verdict::Reachable
                                    ? verdictText(verdict->verdict)
                                    : tr("%1: %2").arg(verdictText(verdict->verdict), reasonText(verdict->reason)),
                            Qt::AlignLeft | Qt::AlignVCenter);
                item->setForeground(verdictColor(verdict->verdict));
            }
            m_flowTable->setItem(int(row) + 3, col, item);
        }
    }

    m_costTable->resizeRowsToContents();
    m_flowTable->resizeRowsToContents();
    m_status->setText(
            c.differences.empty()
                    ? tr("Compared %n design(s); every endpoint pair has the same verdict in each.", nullptr, columns)
                    : tr("Compared %n design(s); %1 endpoint pair(s) differ (see Flows).", nullptr, columns)
                              .arg(c.differences.size()));
    const bool estimates = std::any_of(c.alternatives.begin(), c.alternatives.end(),
                                       [](const AlternativeResult &a) { return a.hasEstimates; });
    m_note->setText(tr("Monthly cost in %1, price catalog of %2%3. Endpoints are matched across designs by name.")
                            .arg(QString::fromStdString(c.currency), QString::fromStdString(c.catalogDate),
                                 c.catalogOverridden ? tr(" with your figures") : QString())
                    + (estimates ? QLatin1Char(' ') + tr("\u2248 the total includes estimated prices (see PRICES.md).")
                                 : QString()));
}

} // namespace spokewise::views
