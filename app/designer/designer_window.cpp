#include "designer_window.h"

#include "about.h"
#include "file_actions.h"
#include "language.h"

#include "analysis/analysis_runner.h"
#include "analysis/canvas_marks.h"
#include "analysis/canvas_legend.h"
#include "analysis/live_analysis.h"
#include "analysis/matrix_view.h"
#include "analysis/routes_view.h"
#include "analysis/trace_view.h"
#include "analysis/design_settings_dialog.h"
#include "analysis/failed_elements.h"
#include "analysis/whatif_view.h"
#include "analysis/problems_view.h"
#include "canvas/canvas_style.h"
#include "canvas/canvas_view.h"
#include "canvas/design_scene.h"
#include "canvas/palette_widget.h"
#include "cost/cost_dock.h"
#include "document/document.h"
#include "document/recovery.h"
#include "editing/edit_controller.h"
#include "export/export_dialog.h"
#include "report/report_dialog.h"
#include "inspector/properties_panel.h"
#include "shell/design_check.h"
#include "shell/diagnostics_view.h"
#include "shell/element_tree.h"
#include "validate/structure.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>

namespace spokewise::designer {

namespace {

QIcon uiIcon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/ui/%1.svg").arg(QLatin1String(name)));
}

} // namespace

DesignerWindow::DesignerWindow(QWidget *parent)
    : QMainWindow(parent),
      m_document(new views::Document(this)),
      m_scene(new views::DesignScene(m_document, this)),
      m_canvas(new views::CanvasView(m_scene, this)),
      m_editor(new views::EditController(m_document, m_scene, this)),
      m_files(new FileActions(m_document, this)),
      m_recovery(new views::RecoveryManager(m_document, views::RecoveryManager::defaultDirectory(), this)),
      m_analysis(new views::AnalysisRunner(m_document, this)),
      m_marks(new views::CanvasMarks(m_scene, this)),
      m_failedElements(new views::FailedElements(m_document, m_scene, m_analysis, this))
{
    setObjectName(QStringLiteral("DesignerWindow"));
    setCentralWidget(m_canvas);
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    views::updateCanvasStyle(palette());

    m_messageLabel = new QLabel(this);
    m_zoomLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_problemsLabel = new QLabel(this);
    statusBar()->addWidget(m_messageLabel, 1);
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);

    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(100);
    connect(m_checkTimer, &QTimer::timeout, this, &DesignerWindow::updateFindings);

    createDocks();
    createActions();

    connect(m_document, &views::Document::changed, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_document, &views::Document::modifiedChanged, this, &DesignerWindow::updateTitle);
    connect(m_document, &views::Document::filePathChanged, this, &DesignerWindow::updateTitle);
    connect(m_document, &views::Document::settingsChanged, this, &DesignerWindow::updateTitle);
    connect(m_document, &views::Document::designReset, this, [this] {
        updateTitle();
        updateFindings();
        QTimer::singleShot(0, m_canvas, &views::CanvasView::fitDesign);
    });
    connect(m_analysis, &views::AnalysisRunner::analysisFinished, this, &DesignerWindow::showAnalysis);
    connect(m_editor, &views::EditController::message, this, &DesignerWindow::showMessage);
    connect(m_files, &FileActions::message, this, &DesignerWindow::showMessage);
    connect(m_canvas, &views::CanvasView::zoomChanged, this,
            [this](qreal zoom) { m_zoomLabel->setText(tr("Zoom %1%").arg(qRound(zoom * 100))); });
    connect(m_canvas, &views::CanvasView::placeRequested, this, [this](const QString &kind, const QPointF &pos) {
        if (const auto k = enumFromName<PaletteKind>(kind.toStdString()))
            m_editor->place(*k, pos);
    });
    connect(m_canvas, &views::CanvasView::connectRequested, this,
            [this](const QString &from, const QString &to, const QPoint &globalPos) {
                m_editor->connectElements(from, to, [&](const QStringList &kinds) {
                    QMenu menu(this);
                    for (int i = 0; i < kinds.size(); ++i)
                        menu.addAction(kinds[i])->setData(i);
                    QAction *chosen = menu.exec(globalPos);
                    return chosen ? chosen->data().toInt() : -1;
                });
            });
    connect(m_scene, &views::DesignScene::selectedElementsChanged, this, [this](const QStringList &ids) {
        m_properties->setElement(ids.size() == 1 ? ids.front() : QString());
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_scene->setSnapToGrid(settings.value(QStringLiteral("canvas/snap"), true).toBool());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1440, 920);
    updateTitle();
    updateFindings();
    m_analysis->analyzeNow();
    showMessage(tr("Drag elements from the palette, or click one and then the canvas. Connect with C."));
}

DesignerWindow::~DesignerWindow() = default;

void DesignerWindow::createDocks()
{
    const auto dock = [this](const QString &title, const char *name, QWidget *widget, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name));
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    m_palette = new views::PaletteWidget(this);
    auto *paletteDock = dock(tr("Palette"), "PaletteDock", m_palette, Qt::LeftDockWidgetArea);
    connect(m_palette, &views::PaletteWidget::placementArmed, m_canvas, &views::CanvasView::armPlacement);

    m_outline = new views::ElementTree(this);
    auto *outlineDock = dock(tr("Outline"), "OutlineDock", m_outline, Qt::LeftDockWidgetArea);
    tabifyDockWidget(paletteDock, outlineDock);
    paletteDock->raise();
    connect(m_outline, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, views::ElementTree::IdRole).toString();
        if (!id.isEmpty()) {
            m_scene->selectElements({id});
            m_canvas->centerOnElements({id});
        }
    });

    m_properties = new views::PropertiesPanel(m_document, this);
    auto *propertiesDock = dock(tr("Properties"), "PropertiesDock", m_properties, Qt::RightDockWidgetArea);
    auto *undoView = new QUndoView(m_document->undoStack(), this);
    undoView->setEmptyLabel(tr("<opened>"));
    auto *historyDock = dock(tr("History"), "HistoryDock", undoView, Qt::RightDockWidgetArea);
    tabifyDockWidget(propertiesDock, historyDock);
    m_cost = new views::CostPanel(m_document, m_analysis, this);
    m_cost->attachCanvas(m_scene);
    auto *costDock = dock(tr("Cost"), "CostDock", m_cost, Qt::RightDockWidgetArea);
    tabifyDockWidget(historyDock, costDock);
    propertiesDock->raise();

    m_findings = new views::DiagnosticsView(this);
    auto *findingsDock = dock(tr("Findings"), "FindingsDock", m_findings, Qt::BottomDockWidgetArea);
    m_problems = new views::ProblemsView(this);
    auto *problemsDock = dock(tr("Problems"), "ProblemsDock", m_problems, Qt::BottomDockWidgetArea);
    tabifyDockWidget(findingsDock, problemsDock);
    problemsDock->raise(); // the routing analysis is what the architect watches while drawing
    connect(m_problems, &views::ProblemsView::elementsActivated, this, [this](const QStringList &ids) {
        m_scene->selectElements(ids);
        m_canvas->centerOnElements(ids);
    });

    m_whatIf = new views::WhatIfView(this);
    auto *whatIfDock = dock(tr("What-if"), "WhatIfDock", m_whatIf, Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, whatIfDock);
    problemsDock->raise();
    connect(m_whatIf, &views::WhatIfView::elementsActivated, m_problems, &views::ProblemsView::elementsActivated);
    connect(m_failedElements, &views::FailedElements::failedChanged, whatIfDock, [this, whatIfDock] {
        if (!m_failedElements->failed().empty())
            whatIfDock->raise();
    });
    m_failedElements->installContextMenus(m_canvas, m_outline, views::ElementTree::IdRole);

    // Live analysis: reachability matrix, trace and routes docks, canvas colouring, legend, badge.
    m_live = new views::LiveAnalysis(m_document, m_scene, m_canvas, m_analysis, this);
    auto *matrixDock = dock(tr("Reachability"), "MatrixDock", m_live->matrix(), Qt::BottomDockWidgetArea);
    auto *traceDock = dock(tr("Trace"), "TraceDock", m_live->trace(), Qt::BottomDockWidgetArea);
    auto *routesDock = dock(tr("Routes"), "RoutesDock", m_live->routes(), Qt::BottomDockWidgetArea);
    tabifyDockWidget(problemsDock, matrixDock);
    tabifyDockWidget(matrixDock, traceDock);
    tabifyDockWidget(traceDock, routesDock);
    problemsDock->raise();
    connect(m_live, &views::LiveAnalysis::traceRequested, traceDock, [traceDock] { traceDock->show(); traceDock->raise(); });
    connect(traceDock->toggleViewAction(), &QAction::toggled, m_live, [this](bool shown) {
        if (!shown)
            m_live->trace()->clearTrace();
    });
    connect(m_live->problemsBadge(), &QToolButton::clicked, problemsDock, [problemsDock] {
        problemsDock->show();
        problemsDock->raise();
    });

    // First-start proportions; later starts restore what the user arranged.
    resizeDocks({paletteDock, propertiesDock}, {230, 340}, Qt::Horizontal);
    resizeDocks({findingsDock}, {130}, Qt::Vertical);
}

void DesignerWindow::createActions()
{
    auto *stack = m_document->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));

    const auto action = [this](const QString &text, const QKeySequence &key, auto &&slot, const QIcon &icon = {}) {
        auto *a = new QAction(icon, text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };

    // File
    auto *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    file->addMenu(m_files->templatesMenu());
    file->addAction(m_files->openAction());
    file->addMenu(m_files->recentMenu());
    file->addSeparator();
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    QAction *exportAction = action(tr("&Export…"), QKeySequence(tr("Ctrl+E")), [this] {
        const QString written
                = views::ExportDialog::run(this, m_document, m_scene->selectedElementIds(), m_analysis->analysis());
        if (!written.isEmpty())
            showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(written)));
    });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    file->addAction(exportAction);
    QAction *reportAction = action(tr("Export &Report…"), {}, [this] {
        const QString file = views::ReportDialog::run(this, m_document, m_cost->catalog(), m_cost->catalogFile());
        if (!file.isEmpty())
            showMessage(tr("Report written to %1.").arg(QDir::toNativeSeparators(file)));
    });
    reportAction->setObjectName(QStringLiteral("reportAction"));
    file->addAction(reportAction);
    file->addSeparator();
    QAction *quit = action(tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    file->addAction(quit);

    // Edit
    auto *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(action(tr("Cu&t"), QKeySequence::Cut, [this] { m_editor->cutSelection(); }));
    edit->addAction(action(tr("&Copy"), QKeySequence::Copy, [this] { m_editor->copySelection(); }));
    edit->addAction(action(tr("&Paste"), QKeySequence::Paste, [this] { m_editor->paste(); }));
    edit->addAction(action(tr("D&uplicate"), QKeySequence(tr("Ctrl+D")), [this] { m_editor->duplicateSelection(); }));
    edit->addAction(action(tr("&Delete"), QKeySequence::Delete, [this] { m_editor->deleteSelection(); }));
    edit->addSeparator();
    edit->addAction(action(tr("Select &All"), QKeySequence::SelectAll, [this] {
        for (auto *item : m_scene->items()) {
            if (item->flags() & QGraphicsItem::ItemIsSelectable)
                item->setSelected(true);
        }
    }));
    edit->addSeparator();
    edit->addAction(m_failedElements->failAction());
    edit->addAction(m_failedElements->restoreAllAction());
    edit->addSeparator();
    edit->addAction(action(tr("Design &Settings…"), {}, [this] { editDesignSettings(); }));

    // Tools
    m_tools = new QActionGroup(this);
    const auto tool = [&](const QString &text, const QString &key, const char *icon, views::CanvasView::Tool t) {
        QAction *a = action(text, QKeySequence(key), [this, t] { m_canvas->setTool(t); }, uiIcon(icon));
        a->setCheckable(true);
        a->setChecked(t == views::CanvasView::Tool::Select);
        m_tools->addAction(a);
        connect(m_canvas, &views::CanvasView::toolChanged, a, [a, t](views::CanvasView::Tool now) { a->setChecked(now == t); });
        return a;
    };
    QAction *select = tool(tr("&Select"), tr("V"), "select", views::CanvasView::Tool::Select);
    QAction *pan = tool(tr("&Pan"), tr("H"), "pan", views::CanvasView::Tool::Pan);
    QAction *connectTool = tool(tr("&Connect"), tr("C"), "connect", views::CanvasView::Tool::Connect);
    select->setToolTip(tr("Select and move elements (V)"));
    pan->setToolTip(tr("Pan the canvas (H; or hold Space, or drag with the middle button)"));
    connectTool->setToolTip(tr("Drag from one element to another to connect them (C)"));

    // View
    auto *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = action(tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_canvas->zoomIn(); }, uiIcon("zoom-in"));
    QAction *zoomOut = action(tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_canvas->zoomOut(); }, uiIcon("zoom-out"));
    QAction *fit = action(tr("&Fit Design"), QKeySequence(tr("Ctrl+0")), [this] { m_canvas->fitDesign(); }, uiIcon("zoom-fit"));
    QAction *actual = action(tr("&Actual Size"), QKeySequence(tr("Ctrl+1")), [this] { m_canvas->resetZoom(); });
    QAction *snap = action(tr("&Snap to Grid"), QKeySequence(tr("Ctrl+G")), [this](bool on) {
        m_scene->setSnapToGrid(on);
        QSettings().setValue(QStringLiteral("canvas/snap"), on);
    }, uiIcon("snap-to-grid"));
    snap->setCheckable(true);
    snap->setChecked(m_scene->snapToGrid());
    view->addActions({zoomIn, zoomOut, fit, actual});
    view->addSeparator();
    view->addAction(snap);
    view->addSeparator();
    for (auto *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    view->addAction(m_live->legend()->toggleAction());

    // Arrange
    auto *arrange = menuBar()->addMenu(tr("&Arrange"));
    arrange->addActions({select, pan, connectTool});
    arrange->addSeparator();
    using A = views::EditController::Alignment;
    const auto align = [&](const QString &text, const char *icon, A a) {
        return action(text, {}, [this, a] { m_editor->alignSelection(a); }, uiIcon(icon));
    };
    auto *alignMenu = arrange->addMenu(tr("&Align"));
    alignMenu->addAction(align(tr("&Left"), "align-left", A::Left));
    alignMenu->addAction(align(tr("&Centre"), "align-center-horizontal", A::HorizontalCenter));
    alignMenu->addAction(align(tr("&Right"), "align-right", A::Right));
    alignMenu->addAction(align(tr("&Top"), "align-top", A::Top));
    alignMenu->addAction(align(tr("&Middle"), "align-middle-vertical", A::VerticalCenter));
    alignMenu->addAction(align(tr("&Bottom"), "align-bottom", A::Bottom));
    auto *distribute = arrange->addMenu(tr("&Distribute"));
    distribute->addAction(action(tr("&Horizontally"), {}, [this] { m_editor->distributeSelection(Qt::Horizontal); },
                                 uiIcon("distribute-horizontal")));
    distribute->addAction(action(tr("&Vertically"), {}, [this] { m_editor->distributeSelection(Qt::Vertical); },
                                 uiIcon("distribute-vertical")));

    // Cost
    auto *costMenu = menuBar()->addMenu(tr("C&ost"));
    costMenu->addActions({m_cost->loadCatalogAction(), m_cost->bundledCatalogAction()});
    costMenu->addSeparator();
    costMenu->addAction(m_cost->compareAction());
    view->addAction(m_cost->canvasLabelsAction());

    // Settings
    auto *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addMenu(createLanguageMenu(this));

    // Help
    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(tr("&About Spokewise"), {}, [this] { showAbout(); }));

    // Toolbar
    auto *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->addActions({m_files->newAction(), m_files->openAction(), m_files->saveAction()});
    bar->addSeparator();
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions({select, pan, connectTool});
    bar->addSeparator();
    bar->addAction(m_failedElements->failAction());
    bar->addSeparator();
    bar->addActions({zoomIn, zoomOut, fit, snap});
}

bool DesignerWindow::openFile(const QString &path)
{
    return m_files->open(path);
}

void DesignerWindow::offerRecovery()
{
    const auto orphans = m_recovery->orphans();
    for (const auto &snapshot : orphans) {
        const QString what = snapshot.originalPath.isEmpty() ? tr("an unsaved new design")
                                                             : QFileInfo(snapshot.originalPath).fileName();
        const auto answer = QMessageBox::question(
            this, tr("Recover unsaved changes"),
            tr("Spokewise did not close properly last time. Recover the unsaved changes to %1 from %2?")
                .arg(what, QLocale().toString(snapshot.savedAt.toLocalTime(), QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Ignore, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            QString error;
            if (!m_recovery->restore(snapshot, &error))
                QMessageBox::warning(this, tr("Recover unsaved changes"), error);
            return;
        }
        if (answer == QMessageBox::Discard)
            views::RecoveryManager::remove(snapshot);
    }
}

void DesignerWindow::updateTitle()
{
    const QString file = m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(QStringLiteral("%1[*] — %2").arg(file, QString::fromStdString(m_document->design().name)));
    setWindowModified(m_document->isModified());
}

void DesignerWindow::updateFindings()
{
    m_checkTimer->stop();
    auto findings = validate::checkDesign(m_document->design());
    // Line numbers point into the file on disk, so only while the design is what the file holds.
    if (!m_document->isModified() && !m_document->filePath().isEmpty())
        views::fillPositions(findings, m_document->filePath());
    m_findings->setDiagnostics(findings);
    m_outline->setDesign(m_document->design());
    m_countLabel->setText(tr("%n element(s)", nullptr, static_cast<int>(m_document->design().resources.size())));
}

void DesignerWindow::showAnalysis()
{
    const auto analysis = m_analysis->analysis();
    m_problems->setAnalysis(*analysis, m_document->design());
    m_marks->setAnalysis(*analysis);
    m_whatIf->setReport(m_analysis->whatIf().get(), m_document->design());
    m_problemsLabel->setText(views::problemCountText(m_problems->problemCount()));
}

void DesignerWindow::editDesignSettings()
{
    views::DesignSettingsDialog dialog(m_document, this);
    dialog.exec();
}

void DesignerWindow::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
}

void DesignerWindow::showAbout()
{
    QMessageBox::about(this, tr("About Spokewise"), aboutText());
}

void DesignerWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_recovery->discard();
    event->accept();
}

void DesignerWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        views::updateCanvasStyle(palette());
        m_scene->update();
    }
    QMainWindow::changeEvent(event);
}

void DesignerWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DesignerWindow::dropEvent(QDropEvent *event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.front().isLocalFile())
        return;
    event->acceptProposedAction();
    if (m_files->maybeSave())
        openFile(urls.front().toLocalFile());
}

} // namespace spokewise::designer
