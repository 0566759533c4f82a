#pragma once

#include "cost/price_catalog.h"
#include "report/report_data.h"
#include "report/report_writer.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSettings;

namespace spokewise::views {

class Document;

// File → Export Report…: the title block (title, customer, author, date), the format (PDF, HTML,
// or the line items as CSV) and the file. Export runs in three steps so that the GUI never waits:
// the analysis and the estimate on a worker thread, the two pictures on the GUI thread (a scene and
// a chart, a few milliseconds), the document written on a worker thread. When written the dialog
// closes; a failure shows its reason in the dialog, which stays open with every field kept. Cancel
// while the analysis runs drops its result. Customer, author, format and folder are remembered.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `catalog` and `catalogFile` are the prices in force (the Cost dock's).
    ReportDialog(Document *document, const cost::PriceCatalog &catalog, const QString &catalogFile,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportTitleBlock titleBlock() const;
    void setTitleBlock(const ReportTitleBlock &titleBlock);
    ReportFormat format() const;
    void setFormat(ReportFormat format);
    QString fileName() const;
    void setFileName(const QString &fileName);

    // Whether a report is being made now (the fields are disabled meanwhile).
    bool isBusy() const { return m_busy; }
    // The reason the last export failed, as shown in the dialog (empty after a success).
    QString errorText() const;
    // What the dialog is doing, e.g. "Analysing the design…" (empty when idle).
    QString statusText() const;

    // Restores customer, author, format and folder; the title is the design's name, the date today.
    void loadSettings(QSettings &settings);
    void saveSettings(QSettings &settings) const;

    // Opens the dialog for the designer, remembering its fields in the application's settings.
    // Returns the file written, empty when cancelled.
    static QString run(QWidget *parent, Document *document, const cost::PriceCatalog &catalog,
                       const QString &catalogFile);

    void accept() override;
    void reject() override;

signals:
    void exported(const QString &fileName);

private:
    struct Job;
    void analysed();
    void written();
    void fail(const QString &reason);
    void setBusy(bool busy, const QString &status = {});
    void browse();
    void formatChanged();
    QString defaultBaseName() const;

    Document *m_document;
    cost::PriceCatalog m_catalog;
    QString m_catalogFile;
    QLineEdit *m_title;
    QLineEdit *m_customer;
    QLineEdit *m_author;
    QDateEdit *m_date;
    QComboBox *m_format;
    QLineEdit *m_file;
    QLabel *m_status;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<QWidget *> m_fields;
    bool m_busy = false;
    std::unique_ptr<Job> m_job; // the report being made; null when idle
};

} // namespace spokewise::views
