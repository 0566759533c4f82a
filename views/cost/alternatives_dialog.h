#pragma once

#include "cost/alternatives.h"
#include "cost/price_catalog.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
QT_END_NAMESPACE

namespace spokewise::routing {
class Analysis;
}

namespace spokewise::views {

// "Compare Alternatives": the open design and other design files side by side — the monthly cost
// per category and in total, and which flows each makes work (pairs of endpoints, matched by
// name, whose verdict differs). Each change of the list starts a new comparison on a worker
// thread; the dialog shows "Analysing…" meanwhile and stays usable.
class AlternativesDialog final : public QDialog
{
    Q_OBJECT

public:
    // `analysis` (may be null) is the open design's current analysis, reused rather than redone.
    AlternativesDialog(const Design &openDesign, const QString &openName,
                       std::shared_ptr<const cost::PriceCatalog> catalog,
                       std::shared_ptr<const routing::Analysis> analysis, QWidget *parent = nullptr);
    ~AlternativesDialog() override;

    // Adds design files as alternatives; unreadable ones are listed with their reason and left out.
    // Returns how many were added.
    int addFiles(const QStringList &paths);
    void removeAlternative(int index);
    int alternativeCount() const { return int(m_alternatives.size()); }

    // Whether the comparison of the current list has yet to be shown.
    bool isAnalysing() const { return m_shownGeneration != m_generation; }
    const cost::Comparison *comparison() const { return m_comparison.get(); }
    QTableWidget *costTable() const { return m_costTable; }
    QTableWidget *flowTable() const { return m_flowTable; }
    QString errorText() const;
    QString statusText() const;

signals:
    // A comparison of the current list has been shown.
    void comparisonShown();

private:
    // One column: its name, the file it came from (empty for the open design) and the design.
    struct Entry
    {
        QString name;
        QString path;
        Design design;
    };

    void buildUi();
    void chooseFiles();
    void startComparison();
    void comparisonFinished();
    void showComparison();
    void updateList();

    std::vector<Entry> m_alternatives;
    std::shared_ptr<const cost::PriceCatalog> m_catalog;
    std::shared_ptr<const routing::Analysis> m_openAnalysis;
    QFutureWatcher<std::shared_ptr<const cost::Comparison>> m_watcher;
    bool m_pending = false;
    quint64 m_generation = 0; // bumped by every change of the list
    quint64 m_runningGeneration = 0;
    quint64 m_shownGeneration = 0;
    std::shared_ptr<const cost::Comparison> m_comparison;
    QStringList m_errors;

    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_costTable = nullptr;
    QTableWidget *m_flowTable = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace spokewise::views
