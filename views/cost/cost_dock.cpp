#include "cost/cost_dock.h"

#include "analysis/analysis_runner.h"
#include "cost/alternatives_dialog.h"
#include "cost/cost_canvas_labels.h"
#include "cost/cost_charts.h"
#include "cost/cost_table_model.h"
#include "cost/cost_text.h"
#include "cost/traffic_routing.h"
#include "document/document.h"
#include "text/diagnostic_text.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace spokewise::views {

using namespace spokewise::cost;

namespace {

const QString kCatalogSetting = QStringLiteral("cost/catalogFile");

std::shared_ptr<const PriceCatalog> bundled()
{
    // The bundled catalog lives as long as the program; the pointer only shares it.
    return std::shared_ptr<const PriceCatalog>(std::shared_ptr<const PriceCatalog>(), &bundledCatalog());
}

const CostEstimate &emptyEstimate()
{
    static const CostEstimate empty;
    return empty;
}

} // namespace

bool designHasTraffic(const Design &design)
{
    for (const Resource &r : design.resources) {
        if (r.kind() == ResourceKind::TrafficFlow)
            return true;
    }
    return false;
}

CostPanel::CostPanel(Document *document, AnalysisRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_runner(runner)
    , m_catalog(bundled())
{
    buildUi();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CostPanel::jobFinished);
    connect(m_document, &Document::changed, this, &CostPanel::designChanged);
    connect(m_document, &Document::designReset, this, &CostPanel::designChanged);
    if (m_runner)
        connect(m_runner, &AnalysisRunner::analysisFinished, this, &CostPanel::analysisFinished);

    const QString remembered = QSettings().value(kCatalogSetting).toString();
    if (!remembered.isEmpty()) {
        QString error;
        loadCatalogFile(remembered, &error); // on failure the reason shows in the dock
    }
    showCatalog();
    designChanged();
}

// A job still running owns copies of what it reads; its result simply goes nowhere.
CostPanel::~CostPanel()
{
    m_watcher.disconnect(this);
}

void CostPanel::buildUi()
{
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("costTotal"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_total->setFont(big);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_catalogLabel = new QLabel(this);
    m_catalogLabel->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("costCatalogError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #d03b30;"));
    m_errorLabel->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_model = new CostTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CostTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("costTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // design order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_legend = new QLabel(tr("\u2248 estimate \u2014 the catalog marks the price as an estimate; see its source in "
                             "PRICES.md. Not-priced items are not in the total."),
                          this);
    m_legend->setWordWrap(true);

    auto *items = new QWidget(this);
    auto *itemsLayout = new QVBoxLayout(items);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_table, 1);
    itemsLayout->addWidget(m_legend);

    m_pieView = new QChartView(this);
    m_pieView->setRenderHint(QPainter::Antialiasing);
    m_barView = new QChartView(this);
    m_barView->setRenderHint(QPainter::Antialiasing);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(items, tr("Items"));
    m_tabs->addTab(m_pieView, tr("By category"));
    m_tabs->addTab(m_barView, tr("By element"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_total);
    layout->addWidget(m_catalogLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    m_loadAction = new QAction(tr("Load Price &Catalog\u2026"), this);
    m_loadAction->setToolTip(tr("Override figures of the bundled price catalog with those of a catalog file"));
    connect(m_loadAction, &QAction::triggered, this, &CostPanel::chooseCatalogFile);
    m_bundledAction = new QAction(tr("Use &Bundled Catalog"), this);
    connect(m_bundledAction, &QAction::triggered, this, &CostPanel::useBundledCatalog);
    m_compareAction = new QAction(tr("Compare &Alternatives\u2026"), this);
    m_compareAction->setToolTip(tr("Compare the cost and the working flows of the open design with other designs"));
    connect(m_compareAction, &QAction::triggered, this, &CostPanel::openAlternatives);
    showCharts();
}

void CostPanel::attachCanvas(DesignScene *scene)
{
    m_labels = new CostCanvasLabels(scene, this);
    m_labelsAction = new QAction(tr("Show &Costs on Canvas"), this);
    m_labelsAction->setCheckable(true);
    m_labelsAction->setToolTip(
            tr("Show the monthly cost beside each gateway, circuit, firewall, Route Server and hub"));
    connect(m_labelsAction, &QAction::toggled, this, [this](bool on) {
        m_labels->setEnabled(on);
        QSettings().setValue(QStringLiteral("cost/canvasLabels"), on);
    });
    m_labels->setEstimate(estimate());
    m_labelsAction->setChecked(QSettings().value(QStringLiteral("cost/canvasLabels"), false).toBool());
}

AlternativesDialog *CostPanel::openAlternatives()
{
    // Columns are named like the alternatives added later: by design name, else by file name.
    QString name = QString::fromStdString(m_document->design().name);
    if (name.isEmpty() && !m_document->filePath().isEmpty())
        name = QFileInfo(m_document->filePath()).fileName().remove(QStringLiteral(".spokewise.json"));
    std::shared_ptr<const routing::Analysis> analysis;
    if (m_runner && m_runner->analysedRevision() == m_document->revision())
        analysis = m_runner->analysis();
    auto *dialog = new AlternativesDialog(m_document->design(), name.isEmpty() ? tr("Open design") : name, m_catalog,
                                          analysis, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

// ---------------------------------------------------------------- catalog

bool CostPanel::loadCatalogFile(const QString &path, QString *error)
{
    CatalogLoadResult result
            = loadCatalogOverrides(bundledCatalog(), std::filesystem::path(QFile::encodeName(path).toStdString()));
    if (!result.ok()) {
        QStringList lines;
        for (const io::Diagnostic &d : result.diagnostics)
            lines << diagnosticLine(QDir::toNativeSeparators(path), d);
        if (lines.isEmpty())
            lines << tr("%1: the file could not be read.").arg(QDir::toNativeSeparators(path));
        m_error = tr("The price catalog was not loaded; the figures stay as they were.") + QLatin1Char('\n')
                  + lines.join(QLatin1Char('\n'));
        if (error)
            *error = m_error;
        showCatalog();
        return false;
    }
    m_catalog = std::make_shared<const PriceCatalog>(std::move(*result.catalog));
    m_catalogFile = QFileInfo(path).absoluteFilePath();
    m_error.clear();
    ++m_catalogSerial;
    QSettings().setValue(kCatalogSetting, m_catalogFile);
    showCatalog();
    emit catalogChanged();
    refresh();
    return true;
}

void CostPanel::useBundledCatalog()
{
    m_catalog = bundled();
    m_catalogFile.clear();
    m_error.clear();
    ++m_catalogSerial;
    QSettings().remove(kCatalogSetting);
    showCatalog();
    emit catalogChanged();
    refresh();
}

void CostPanel::chooseCatalogFile()
{
    const QString start = m_catalogFile.isEmpty() ? QDir::homePath() : QFileInfo(m_catalogFile).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Price Catalog"), start,
                                                      tr("Price catalogs (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!loadCatalogFile(path, &error))
        QMessageBox::warning(this, tr("Load Price Catalog"), error);
}

void CostPanel::showCatalog()
{
    const QString hours = quantityText(kHoursPerMonth);
    const QString date = QString::fromStdString(m_catalog->date);
    const QString currency = QString::fromStdString(m_catalog->currency);
    m_catalogLabel->setText(
            m_catalogFile.isEmpty()
                    ? tr("Bundled price catalog of %1: %2 list prices, %3 h a month.").arg(date, currency, hours)
                    : tr("Price catalog of %1 with the figures of %2: %3, %4 h a month.")
                              .arg(date, QDir::toNativeSeparators(m_catalogFile), currency, hours));
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
    m_bundledAction->setEnabled(!m_catalogFile.isEmpty());
}

// ---------------------------------------------------------------- computing

void CostPanel::refresh()
{
    designChanged();
}

void CostPanel::designChanged()
{
    const Design &design = m_document->design();
    if (!designHasTraffic(design) || !m_runner) {
        startJob(nullptr);
        return;
    }
    if (m_runner->analysis() && m_runner->analysedRevision() == m_document->revision()) {
        startJob(m_runner->analysis());
        return;
    }
    m_status->setText(tr("Updating: waiting for the routing analysis to price the traffic\u2026"));
    m_status->show();
}

void CostPanel::analysisFinished(quint64 revision)
{
    if (revision == m_document->revision() && designHasTraffic(m_document->design()))
        startJob(m_runner->analysis());
}

void CostPanel::startJob(std::shared_ptr<const routing::Analysis> analysis)
{
    if (m_watcher.isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const quint64 revision = m_document->revision();
    // Without a runner the worker analyses the design itself; with one, only with its analysis.
    const bool routed = m_runner == nullptr || analysis != nullptr;
    // The worker reads only these copies, never the live document.
    m_watcher.setFuture(QtConcurrent::run([design = m_document->design(), catalog = m_catalog, revision,
                                           serial = m_catalogSerial, analysis = std::move(analysis), routed] {
        auto estimate = std::make_shared<const CostEstimate>(
                designHasTraffic(design) && routed ? estimateWithRouting(design, *catalog, analysis.get())
                                                   : estimateCost(design, *catalog));
        return Result{revision, serial, std::move(estimate)};
    }));
}

void CostPanel::jobFinished()
{
    const Result result = m_watcher.result();
    if (result.revision == m_document->revision() && result.catalogSerial == m_catalogSerial)
        publish(*result.estimate, result.revision);
    if (m_pending || !isUpToDate())
        designChanged();
}

bool CostPanel::isUpToDate() const
{
    return m_estimate && m_estimatedRevision == m_document->revision() && m_estimatedCatalog == m_catalogSerial;
}

const CostEstimate &CostPanel::estimate() const
{
    return m_estimate ? *m_estimate : emptyEstimate();
}

void CostPanel::publish(const CostEstimate &estimate, quint64 revision)
{
    m_estimate = std::make_shared<const CostEstimate>(estimate);
    m_estimatedRevision = revision;
    m_estimatedCatalog = m_catalogSerial;
    m_model->setEstimate(estimate, m_document->design());
    // Long item texts are capped so that the monthly figure stays in view; the tooltip has it all.
    for (int c = 0; c < CostTableModel::ColumnCount; ++c) {
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 240));
    }

    m_total->setText(totalText());
    m_status->setText(estimate.unpriced.empty()
                              ? QString()
                              : tr("%n item(s) not priced, not in the total (listed at the end of the table).", nullptr,
                                   int(estimate.unpriced.size())));
    m_status->setVisible(!estimate.unpriced.empty());
    showCharts();
    if (m_labels)
        m_labels->setEstimate(estimate);
    emit estimateUpdated(revision);
}

QString CostPanel::totalText() const
{
    const CostEstimate &e = estimate();
    if (!m_estimate)
        return tr("Computing the cost\u2026");
    const QString mark = e.hasEstimates() ? QStringLiteral("\u2248 ") : QString();
    return tr("%1%2 a month \u00b7 %3 a year")
            .arg(mark, moneyText(e.monthlyTotal(), e.currency), moneyText(e.yearlyTotal(), e.currency));
}

QString CostPanel::catalogText() const
{
    return m_catalogLabel->text();
}

QString CostPanel::errorText() const
{
    return m_error;
}

// ---------------------------------------------------------------- charts

QChart *CostPanel::pieChart() const
{
    return m_pieView->chart();
}

QChart *CostPanel::barChart() const
{
    return m_barView->chart();
}

void CostPanel::showCharts()
{
    // QChartView::setChart() releases the previous chart without deleting it.
    const auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_pieView, makeCategoryPieChart(estimate()));
    replace(m_barView, makeElementBarChart(estimate(), 12, nullptr, &m_document->design()));
}

void CostPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyChartPalette(m_pieView->chart(), palette());
        applyChartPalette(m_barView->chart(), palette());
    }
    QWidget::changeEvent(event);
}

} // namespace spokewise::views
