#pragma once

#include "cost/cost_model.h"
#include "cost/price_catalog.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QChart;
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;
QT_END_NAMESPACE

namespace spokewise::routing {
class Analysis;
}

namespace spokewise::views {

class AlternativesDialog;
class AnalysisRunner;
class CostCanvasLabels;
class CostTableModel;
class DesignScene;
class Document;

// The designer's Cost dock: the live monthly and yearly total, the line items (not-priced ones
// with their reason), a pie by category and a bar per element, recomputed after every edit. The
// traffic is priced along the paths of the AnalysisRunner's latest analysis; the estimate itself
// is computed on a worker thread, and a result for a design that has changed since is dropped.
// Owns the price catalog in force: the bundled one, or the bundled one overridden by a user file
// (remembered in QSettings under "cost/catalogFile").
class CostPanel final : public QWidget
{
    Q_OBJECT

public:
    // `runner` may be null: the estimate then analyses the design itself (on the worker).
    CostPanel(Document *document, AnalysisRunner *runner, QWidget *parent = nullptr);
    ~CostPanel() override;

    // The catalog in force and the file its overrides came from (empty: the bundled catalog).
    const cost::PriceCatalog &catalog() const { return *m_catalog; }
    QString catalogFile() const { return m_catalogFile; }
    // Reads a user catalog file over the bundled one. On failure returns false, sets `error` to the
    // reasons (each with its place: line:column or JSON path) and keeps the catalog in force.
    bool loadCatalogFile(const QString &path, QString *error = nullptr);
    // Goes back to the bundled catalog and forgets the remembered file.
    void useBundledCatalog();

    // The latest published estimate, and the revision of the design it describes.
    const cost::CostEstimate &estimate() const;
    quint64 estimatedRevision() const { return m_estimatedRevision; }
    bool isUpToDate() const;

    QString totalText() const;
    QString catalogText() const;
    QString errorText() const;
    CostTableModel *tableModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QChart *pieChart() const;
    QChart *barChart() const;
    QTabWidget *tabs() const { return m_tabs; }

    // Menu actions: "Load Price Catalog…" (asks for a file; errors in a message box) and
    // "Use Bundled Catalog".
    QAction *loadCatalogAction() const { return m_loadAction; }
    QAction *bundledCatalogAction() const { return m_bundledAction; }
    // "Compare Alternatives…": opens the AlternativesDialog with the open design as first column.
    QAction *compareAction() const { return m_compareAction; }
    // "Show Costs on Canvas" (checkable; null until attachCanvas()).
    QAction *canvasLabelsAction() const { return m_labelsAction; }

    // Puts the monthly costs on `scene` while the canvas-labels action is checked (remembered in
    // QSettings under "cost/canvasLabels").
    void attachCanvas(DesignScene *scene);
    CostCanvasLabels *canvasLabels() const { return m_labels; }

    // Opens (non-modal) the alternatives dialog for the open design, and returns it.
    AlternativesDialog *openAlternatives();

    // Recomputes now for the current design (normally driven by the document and the runner).
    void refresh();

signals:
    // A new estimate for `revision` has been published.
    void estimateUpdated(quint64 revision);
    void catalogChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    // What a job hands back.
    struct Result
    {
        quint64 revision = 0;
        quint64 catalogSerial = 0;
        std::shared_ptr<const cost::CostEstimate> estimate;
    };

    void buildUi();
    void designChanged();
    void analysisFinished(quint64 revision);
    void startJob(std::shared_ptr<const routing::Analysis> analysis);
    void jobFinished();
    void publish(const cost::CostEstimate &estimate, quint64 revision);
    void showCharts();
    void showCatalog();
    void chooseCatalogFile();

    Document *m_document;
    AnalysisRunner *m_runner;
    std::shared_ptr<const cost::PriceCatalog> m_catalog;
    quint64 m_catalogSerial = 1;
    QString m_catalogFile;
    QString m_error;

    QFutureWatcher<Result> m_watcher;
    bool m_pending = false;
    std::shared_ptr<const routing::Analysis> m_pendingAnalysis;
    std::shared_ptr<const cost::CostEstimate> m_estimate;
    quint64 m_estimatedRevision = 0;
    quint64 m_estimatedCatalog = 0;

    QLabel *m_total = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_legend = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    CostTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QChartView *m_pieView = nullptr;
    QChartView *m_barView = nullptr;
    QAction *m_loadAction = nullptr;
    QAction *m_bundledAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_labelsAction = nullptr;
    CostCanvasLabels *m_labels = nullptr;
};

// Whether the design has any trafficFlow (only then does its estimate need the routing analysis).
bool designHasTraffic(const Design &design);

} // namespace spokewise::views
