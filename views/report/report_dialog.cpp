#include "report/report_dialog.h"

#include "document/document.h"
#include "report/report_pictures.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace spokewise::views {

namespace {

const char *const kCustomer = "report/customer";
const char *const kAuthor = "report/author";
const char *const kFormat = "report/format";
const char *const kFolder = "report/folder";

constexpr ReportFormat kFormats[] = {ReportFormat::Pdf, ReportFormat::Html, ReportFormat::Csv};

} // namespace

// One report being made: what to write, and the steps' results as they come.
struct ReportDialog::Job
{
    ReportFormat format = ReportFormat::Pdf;
    QString fileName;
    std::shared_ptr<const ReportData> data;
    QFutureWatcher<ReportData> analysis;
    QFutureWatcher<QString> writing; // the error, empty when written
};

ReportDialog::ReportDialog(Document *document, const cost::PriceCatalog &catalog, const QString &catalogFile,
                           QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_catalogFile(catalogFile)
    , m_title(new QLineEdit(this))
    , m_customer(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_format(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("ReportDialog"));
    setWindowTitle(tr("Export Report"));
    m_title->setText(QString::fromStdString(document->design().name));
    m_customer->setPlaceholderText(tr("Optional"));
    m_author->setPlaceholderText(tr("Optional"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_format->addItem(tr("PDF document"), reportSuffix(ReportFormat::Pdf));
    m_format->addItem(tr("HTML page (one self-contained file)"), reportSuffix(ReportFormat::Html));
    m_format->addItem(tr("CSV of the line items"), reportSuffix(ReportFormat::Csv));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Format:"), m_format);
    // A row holding a layout gets no buddy by itself: without one the "&" would show.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    const QString prices
            = m_catalogFile.isEmpty()
                      ? tr("Bundled catalog of %1 (%2); choose another in the Cost menu.")
                                .arg(QString::fromStdString(catalog.date), QString::fromStdString(catalog.currency))
                      : tr("Bundled catalog of %1 with the figures of %2.")
                                .arg(QString::fromStdString(catalog.date), QDir::toNativeSeparators(m_catalogFile));
    auto *pricesLabel = new QLabel(prices, this);
    pricesLabel->setWordWrap(true);
    form->addRow(tr("Prices:"), pricesLabel);

    m_error->setObjectName(QStringLiteral("ReportError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();
    m_status->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_fields = {m_title,  m_customer, m_author, m_date,
                m_format, m_file,     browse,   m_buttons->button(QDialogButtonBox::Ok)};
    setMinimumWidth(520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::formatChanged);
}

ReportDialog::~ReportDialog() = default;

ReportTitleBlock ReportDialog::titleBlock() const
{
    return {m_title->text().trimmed(), m_customer->text().trimmed(), m_author->text().trimmed(), m_date->date()};
}

void ReportDialog::setTitleBlock(const ReportTitleBlock &titleBlock)
{
    m_title->setText(titleBlock.title);
    m_customer->setText(titleBlock.customer);
    m_author->setText(titleBlock.author);
    m_date->setDate(titleBlock.date.isValid() ? titleBlock.date : QDate::currentDate());
}

ReportFormat ReportDialog::format() const
{
    return kFormats[std::clamp(m_format->currentIndex(), 0, 2)];
}

void ReportDialog::setFormat(ReportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(reportSuffix(format)));
}

QString ReportDialog::fileName() const
{
    return m_file->text().trimmed();
}

void ReportDialog::setFileName(const QString &fileName)
{
    m_file->setText(fileName);
}

QString ReportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ReportDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QString ReportDialog::defaultBaseName() const
{
    if (!m_document->filePath().isEmpty()) {
        QString base = QFileInfo(m_document->filePath()).fileName();
        base.remove(QStringLiteral(".spokewise.json"));
        base.remove(QStringLiteral(".json"));
        return base + tr("-report");
    }
    return tr("report");
}

void ReportDialog::loadSettings(QSettings &settings)
{
    m_customer->setText(settings.value(QLatin1String(kCustomer)).toString());
    m_author->setText(settings.value(QLatin1String(kAuthor)).toString());
    {
        const QSignalBlocker blocker(m_format);
        const int index = m_format->findData(settings.value(QLatin1String(kFormat)).toString());
        if (index >= 0)
            m_format->setCurrentIndex(index);
    }
    QString folder = settings.value(QLatin1String(kFolder)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    m_file->setText(QDir(folder).filePath(defaultBaseName() + QLatin1Char('.') + reportSuffix(format())));
}

void ReportDialog::saveSettings(QSettings &settings) const
{
    settings.setValue(QLatin1String(kCustomer), m_customer->text().trimmed());
    settings.setValue(QLatin1String(kAuthor), m_author->text().trimmed());
    settings.setValue(QLatin1String(kFormat), reportSuffix(format()));
    if (!fileName().isEmpty())
        settings.setValue(QLatin1String(kFolder), QFileInfo(fileName()).absolutePath());
}

QString ReportDialog::run(QWidget *parent, Document *document, const cost::PriceCatalog &catalog,
                          const QString &catalogFile)
{
    ReportDialog dialog(document, catalog, catalogFile, parent);
    QSettings settings;
    dialog.loadSettings(settings);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    dialog.saveSettings(settings);
    return dialog.fileName();
}

void ReportDialog::accept()
{
    if (m_busy)
        return;
    if (fileName().isEmpty()) {
        fail(tr("Choose a file to write the report to."));
        return;
    }
    m_error->hide();
    m_job = std::make_unique<Job>();
    m_job->format = format();
    m_job->fileName = fileName();
    ReportRequest request;
    request.design = m_document->design();
    request.catalog = m_catalog;
    request.catalogFile = m_catalogFile;
    request.titleBlock = titleBlock();
    if (request.titleBlock.title.isEmpty())
        request.titleBlock.title = QString::fromStdString(request.design.name);
    setBusy(true, tr("Analysing the design…"));
    connect(&m_job->analysis, &QFutureWatcher<ReportData>::finished, this, &ReportDialog::analysed);
    m_job->analysis.setFuture(QtConcurrent::run([request = std::move(request)] { return computeReport(request); }));
}

void ReportDialog::analysed()
{
    m_job->data = std::make_shared<const ReportData>(m_job->analysis.result());
    // The scene and the chart need the GUI thread; a CSV has no pictures.
    ReportPictures pictures;
    if (m_job->format != ReportFormat::Csv)
        pictures = renderReportPictures(*m_job->data);
    setBusy(true, tr("Writing %1…").arg(QDir::toNativeSeparators(m_job->fileName)));
    connect(&m_job->writing, &QFutureWatcher<QString>::finished, this, &ReportDialog::written);
    m_job->writing.setFuture(QtConcurrent::run(
            [data = m_job->data, pictures = std::move(pictures), format = m_job->format, file = m_job->fileName] {
                QString error;
                if (!writeReport(format, *data, pictures, file, &error))
                    return error.isEmpty() ? QStringLiteral("?") : error;
                return QString();
            }));
}

void ReportDialog::written()
{
    const QString error = m_job->writing.result();
    const QString file = m_job->fileName;
    m_job.reset();
    setBusy(false);
    if (!error.isEmpty()) {
        fail(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file), error));
        return;
    }
    emit exported(file);
    QDialog::accept();
}

void ReportDialog::reject()
{
    // The file is being written: let it finish (well under a second) rather than leave it half done.
    if (m_job && m_job->writing.isRunning())
        return;
    // During the analysis: its result is dropped with the job (the worker owns its inputs).
    m_job.reset();
    setBusy(false);
    QDialog::reject();
}

void ReportDialog::fail(const QString &reason)
{
    // The dialog stays open with every field as it was, so the user can fix the path.
    m_error->setText(reason);
    m_error->show();
}

void ReportDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    for (QWidget *field : std::as_const(m_fields))
        field->setEnabled(!busy);
    m_status->setText(status);
    m_status->setVisible(busy && !status.isEmpty());
}

void ReportDialog::browse()
{
    const ReportFormat f = format();
    const QString filter = f == ReportFormat::Pdf    ? tr("PDF documents (*.pdf)")
                           : f == ReportFormat::Html ? tr("HTML pages (*.html *.htm)")
                                                     : tr("CSV files (*.csv)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), fileName(), filter);
    if (chosen.isEmpty())
        return;
    QString file = chosen;
    if (reportFormatForFile(file) != f)
        file += QLatin1Char('.') + reportSuffix(f);
    m_file->setText(file);
}

void ReportDialog::formatChanged()
{
    // Keep the name and folder, change the extension to the format's.
    const QString file = fileName();
    if (file.isEmpty())
        return;
    const QFileInfo info(file);
    QString base = info.fileName();
    if (reportFormatForFile(file))
        base = info.completeBaseName();
    m_file->setText(QDir(info.path()).filePath(base + QLatin1Char('.') + reportSuffix(format())));
}

} // namespace spokewise::views
