#pragma once

#include "export/design_export.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace spokewise::views {

class Document;

// File → Export: format, PNG scale, transparent background, title block, analysis overlay,
// selection only, and the file. Export writes the file and closes the dialog; when writing fails
// the reason shows in the dialog, which stays open with every choice kept. The last choices and
// folder are remembered (loadSettings / saveSettings).
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Document *document, QWidget *parent = nullptr);

    // The selected element ids; "Selection only" is enabled only when there are some.
    void setSelection(const QStringList &ids);
    // The analysis for the overlay; "Analysis overlay" is enabled only with one.
    void setAnalysis(std::shared_ptr<const routing::Analysis> analysis);

    ExportChoices choices() const;
    void setChoices(const ExportChoices &choices);
    // The reason the last export failed, as shown in the dialog (empty after a success).
    QString errorText() const;

    // Restores the last choices; the file is the design's name in the last folder.
    void loadSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;

    // Opens the dialog for the designer: remembers its choices in the application's settings.
    // Returns the file written, or an empty string when the user cancelled.
    static QString run(QWidget *parent, Document *document, const QStringList &selection,
                    std::shared_ptr<const routing::Analysis> analysis);

    void accept() override;

signals:
    void exported(const QString &fileName);

private:
    void updateEnabled();
    void formatChanged();
    void browse();
    QString defaultBaseName() const;

    Document *m_document;
    QStringList m_selection;
    std::shared_ptr<const routing::Analysis> m_analysis;
    QComboBox *m_format;
    QDoubleSpinBox *m_scale;
    QCheckBox *m_transparent;
    QCheckBox *m_title;
    QCheckBox *m_overlay;
    QCheckBox *m_selectionOnly;
    QLineEdit *m_file;
    QLabel *m_error;
};

} // namespace spokewise::views
