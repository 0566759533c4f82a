#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QTimer;

namespace spokewise::views {
class AnalysisRunner;
class CanvasMarks;
class CanvasView;
class CostPanel;
class DesignScene;
class DiagnosticsView;
class Document;
class EditController;
class LiveAnalysis;
class ElementTree;
class FailedElements;
class WhatIfView;
class PaletteWidget;
class ProblemsView;
class PropertiesPanel;
class RecoveryManager;
} // namespace spokewise::views

namespace spokewise::designer {

class FileActions;

// The designer's main window: composes the canvas, the docks (palette, properties, outline, undo
// history, findings, routing problems) and the action handlers. The work itself lives in the
// Document, the scene, the EditController, FileActions and the AnalysisRunner.
class DesignerWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit DesignerWindow(QWidget *parent = nullptr);
    ~DesignerWindow() override;

    views::Document *document() const { return m_document; }
    views::DesignScene *scene() const { return m_scene; }
    views::CanvasView *canvas() const { return m_canvas; }
    views::EditController *editor() const { return m_editor; }
    views::PropertiesPanel *properties() const { return m_properties; }
    views::DiagnosticsView *findings() const { return m_findings; }
    views::ElementTree *outline() const { return m_outline; }
    views::AnalysisRunner *analysisRunner() const { return m_analysis; }
    views::ProblemsView *problems() const { return m_problems; }
    views::CanvasMarks *canvasMarks() const { return m_marks; }
    views::LiveAnalysis *liveAnalysis() const { return m_live; }
    views::FailedElements *failedElements() const { return m_failedElements; }
    views::WhatIfView *whatIf() const { return m_whatIf; }
    FileActions *files() const { return m_files; }
    views::CostPanel *costPanel() const { return m_cost; }

    // Opens a file (command line, drop); on failure the reason is shown and nothing changes.
    bool openFile(const QString &path);
    // Offers the unsaved changes a crashed session left, if any.
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void updateTitle();
    void updateFindings();
    void showAnalysis();
    void showMessage(const QString &text);
    void showAbout();
    void editDesignSettings();

    views::Document *m_document;
    views::DesignScene *m_scene;
    views::CanvasView *m_canvas;
    views::EditController *m_editor;
    FileActions *m_files;
    views::RecoveryManager *m_recovery;
    views::PaletteWidget *m_palette = nullptr;
    views::PropertiesPanel *m_properties = nullptr;
    views::ElementTree *m_outline = nullptr;
    views::DiagnosticsView *m_findings = nullptr;
    views::AnalysisRunner *m_analysis;
    views::CanvasMarks *m_marks;
    views::LiveAnalysis *m_live = nullptr;
    views::FailedElements *m_failedElements;
    views::WhatIfView *m_whatIf = nullptr;
    views::ProblemsView *m_problems = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_checkTimer = nullptr;
    QActionGroup *m_tools = nullptr;
    views::CostPanel *m_cost = nullptr;
};

} // namespace spokewise::designer
