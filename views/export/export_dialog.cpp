#include "export/export_dialog.h"

#include "document/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace spokewise::views {

namespace {

// Settings keys; the format is stored by its extension so the order of the list can change.
const char *const kFormat = "export/format";
const char *const kScale = "export/scale";
const char *const kTransparent = "export/transparent";
const char *const kTitle = "export/titleBlock";
const char *const kOverlay = "export/overlay";
const char *const kSelectionOnly = "export/selectionOnly";
const char *const kFolder = "export/folder";

constexpr ExportFormat kFormats[] = {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::DrawIo,
                                     ExportFormat::Mermaid};

} // namespace

ExportDialog::ExportDialog(Document *document, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_format(new QComboBox(this)),
      m_scale(new QDoubleSpinBox(this)),
      m_transparent(new QCheckBox(tr("&Transparent background"), this)),
      m_title(new QCheckBox(tr("Title &block (design name and date)"), this)),
      m_overlay(new QCheckBox(tr("Routing analysis &overlay and legend"), this)),
      m_selectionOnly(new QCheckBox(tr("Selection o&nly"), this)),
      m_file(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(tr("Export Diagram"));
    m_format->addItem(tr("PNG image"), extensionFor(ExportFormat::Png));
    m_format->addItem(tr("SVG drawing"), extensionFor(ExportFormat::Svg));
    m_format->addItem(tr("PDF document"), extensionFor(ExportFormat::Pdf));
    m_format->addItem(tr("draw.io diagram (diagrams.net)"), extensionFor(ExportFormat::DrawIo));
    m_format->addItem(tr("Mermaid flowchart"), extensionFor(ExportFormat::Mermaid));
    m_scale->setRange(0.1, 10);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setValue(1);
    m_scale->setSuffix(tr(" ×"));
    m_scale->setToolTip(tr("Pixels per canvas unit: 2 gives an image twice as wide and high."));
    m_selectionOnly->setToolTip(tr("Only the selected elements, everything inside them, and the connectors "
                                   "between them."));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c42b1c"));
    m_error->hide();

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Scale (PNG):"), m_scale);
    form->addRow(QString(), m_transparent);
    form->addRow(QString(), m_title);
    form->addRow(QString(), m_overlay);
    form->addRow(QString(), m_selectionOnly);
    form->addRow(tr("F&ile:"), fileRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    m_file->setText(QDir::home().filePath(defaultBaseName() + QStringLiteral(".png")));
    updateEnabled();
}

void ExportDialog::setSelection(const QStringList &ids)
{
    m_selection = ids;
    updateEnabled();
}

void ExportDialog::setAnalysis(std::shared_ptr<const routing::Analysis> analysis)
{
    m_analysis = std::move(analysis);
    updateEnabled();
}

ExportChoices ExportDialog::choices() const
{
    ExportChoices c;
    c.format = kFormats[std::max(0, m_format->currentIndex())];
    c.scale = m_scale->value();
    c.transparent = m_transparent->isEnabled() && m_transparent->isChecked();
    c.titleBlock = m_title->isEnabled() && m_title->isChecked();
    c.overlay = m_overlay->isEnabled() && m_overlay->isChecked();
    c.selectionOnly = m_selectionOnly->isEnabled() && m_selectionOnly->isChecked();
    c.fileName = m_file->text().trimmed();
    return c;
}

void ExportDialog::setChoices(const ExportChoices &choices)
{
    // Changing the format gives the file the format's extension (formatChanged); a given file
    // name then replaces it.
    m_format->setCurrentIndex(std::max(0, m_format->findData(extensionFor(choices.format))));
    m_scale->setValue(choices.scale);
    m_transparent->setChecked(choices.transparent);
    m_title->setChecked(choices.titleBlock);
    m_overlay->setChecked(choices.overlay);
    m_selectionOnly->setChecked(choices.selectionOnly);
    if (!choices.fileName.isEmpty())
        m_file->setText(choices.fileName);
    updateEnabled();
}

QString ExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExportDialog::loadSettings(QSettings &settings)
{
    const int index = m_format->findData(settings.value(QLatin1String(kFormat)).toString());
    if (index >= 0)
        m_format->setCurrentIndex(index);
    m_scale->setValue(settings.value(QLatin1String(kScale), 1.0).toDouble());
    m_transparent->setChecked(settings.value(QLatin1String(kTransparent), false).toBool());
    m_title->setChecked(settings.value(QLatin1String(kTitle), false).toBool());
    m_overlay->setChecked(settings.value(QLatin1String(kOverlay), false).toBool());
    m_selectionOnly->setChecked(settings.value(QLatin1String(kSelectionOnly), false).toBool());
    QString folder = settings.value(QLatin1String(kFolder)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    m_file->setText(QDir(folder).filePath(defaultBaseName() + QLatin1Char('.') + extensionFor(choices().format)));
    updateEnabled();
}

void ExportDialog::saveSettings(QSettings &settings) const
{
    settings.setValue(QLatin1String(kFormat), m_format->currentData().toString());
    settings.setValue(QLatin1String(kScale), m_scale->value());
    // The boxes' states as the user left them, also for options the next design may allow.
    settings.setValue(QLatin1String(kTransparent), m_transparent->isChecked());
    settings.setValue(QLatin1String(kTitle), m_title->isChecked());
    settings.setValue(QLatin1String(kOverlay), m_overlay->isChecked());
    settings.setValue(QLatin1String(kSelectionOnly), m_selectionOnly->isChecked());
    const QString file = m_file->text().trimmed();
    if (!file.isEmpty())
        settings.setValue(QLatin1String(kFolder), QFileInfo(file).absolutePath());
}

QString ExportDialog::run(QWidget *parent, Document *document, const QStringList &selection,
                          std::shared_ptr<const routing::Analysis> analysis)
{
    ExportDialog dialog(document, parent);
    dialog.setSelection(selection);
    dialog.setAnalysis(std::move(analysis));
    QSettings settings;
    dialog.loadSettings(settings);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    dialog.saveSettings(settings);
    return dialog.choices().fileName;
}

void ExportDialog::accept()
{
    const ExportChoices c = choices();
    QString error;
    if (c.fileName.isEmpty())
        error = tr("Choose a file to export to.");
    else if (!exportDesign(m_document, c, m_selection, m_analysis.get(), &error))
        error = tr("Could not export to %1: %2").arg(QDir::toNativeSeparators(c.fileName), error);
    if (!error.isEmpty()) {
        // The dialog stays open with every choice as it was, so the user can fix the path.
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_error->hide();
    m_error->clear();
    emit exported(c.fileName);
    QDialog::accept();
}

void ExportDialog::updateEnabled()
{
    const ExportFormat format = choices().format;
    const bool diagram = formatIsDiagram(format);
    m_scale->setEnabled(formatHasScale(format));
    m_transparent->setEnabled(diagram);
    m_title->setEnabled(diagram);
    m_overlay->setEnabled(diagram && m_analysis != nullptr);
    m_overlay->setToolTip(m_analysis ? QString() : tr("The routing analysis has not finished yet."));
    m_selectionOnly->setEnabled(diagram && !m_selection.isEmpty());
}

void ExportDialog::formatChanged()
{
    // Keep the name and folder, change the extension to the format's.
    const QString file = m_file->text().trimmed();
    const QString extension = extensionFor(choices().format);
    if (!file.isEmpty()) {
        const QFileInfo info(file);
        QString base = info.fileName();
        for (const ExportFormat f : kFormats) {
            const QString suffix = QLatin1Char('.') + extensionFor(f);
            if (base.endsWith(suffix, Qt::CaseInsensitive)) {
                base.chop(suffix.size());
                break;
            }
        }
        m_file->setText(QDir(info.path()).filePath(base + QLatin1Char('.') + extension));
    }
    updateEnabled();
}

void ExportDialog::browse()
{
    const ExportFormat format = choices().format;
    const QString filter = QStringLiteral("%1 (*.%2)").arg(m_format->currentText(), extensionFor(format));
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Diagram"), m_file->text(), filter);
    if (!file.isEmpty())
        m_file->setText(file);
}

QString ExportDialog::defaultBaseName() const
{
    if (!m_document->filePath().isEmpty()) {
        QString name = QFileInfo(m_document->filePath()).fileName();
        for (const char *suffix : {".spokewise.json", ".json"}) {
            if (name.endsWith(QLatin1String(suffix))) {
                name.chop(qsizetype(qstrlen(suffix)));
                break;
            }
        }
        return name;
    }
    QString name = QString::fromStdString(m_document->design().name).trimmed();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return name.isEmpty() ? tr("diagram") : name;
}

} // namespace spokewise::views
