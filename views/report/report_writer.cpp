#include "report/report_writer.h"

#include "cost/cost_csv.h"
#include "report/report_data.h"
#include "report/report_html.h"
#include "report/report_pictures.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <vector>

namespace spokewise::views {

namespace {

// Carries the translation context "ReportText" for lupdate and tr().
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)
};

constexpr int kPdfDpi = 300;
constexpr double kCssPixel = kPdfDpi / 96.0; // device units per CSS pixel
// A4 with 18 mm side margins and room for the header and footer lines.
constexpr double kMarginMm = 18;
constexpr double kHeaderMm = 12;
constexpr double kFooterMm = 12;

constexpr int kSvgObjectType = QTextFormat::UserObject + 1;
constexpr int kSvgDataProperty = QTextFormat::UserProperty + 1;

double mm(double millimetres)
{
    return millimetres / 25.4 * kPdfDpi;
}

// Paints an SVG picture inline in a QTextDocument, as vectors.
class SvgTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;
    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const QTextImageFormat image = format.toImageFormat();
        return QSizeF(image.width(), image.height()) * kCssPixel;
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        QSvgRenderer renderer(format.property(kSvgDataProperty).toByteArray());
        renderer.render(painter, rect);
    }
};

// Replaces the placeholder images named `name` by the SVG object.
void embedPicture(QTextDocument *document, const char *name, const ReportPicture &picture)
{
    if (picture.isNull())
        return;
    std::vector<int> positions;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() && format.toImageFormat().name() == QLatin1String(name)) {
                for (int i = 0; i < fragment.length(); ++i)
                    positions.push_back(fragment.position() + i);
            }
        }
    }
    for (auto it = positions.rbegin(); it != positions.rend(); ++it) {
        QTextCursor cursor(document);
        cursor.setPosition(*it);
        cursor.setPosition(*it + 1, QTextCursor::KeepAnchor);
        QTextImageFormat format = cursor.charFormat().toImageFormat();
        format.setObjectType(kSvgObjectType);
        format.setProperty(kSvgDataProperty, picture.svg);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

QString dateText(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("yyyy-MM-dd"));
}

bool writePdf(const ReportData &data, const ReportPictures &pictures, QSaveFile *file, QString *error)
{
    QPdfWriter writer(file);
    writer.setResolution(kPdfDpi);
    writer.setCreator(QStringLiteral("Spokewise"));
    const QString title
            = data.titleBlock.title.isEmpty() ? QString::fromStdString(data.design.name) : data.titleBlock.title;
    writer.setTitle(title);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    const QSizeF page = writer.pageLayout().fullRectPixels(kPdfDpi).size();
    const QRectF body(mm(kMarginMm), mm(kMarginMm + kHeaderMm), page.width() - 2 * mm(kMarginMm),
                      page.height() - 2 * mm(kMarginMm) - mm(kHeaderMm) - mm(kFooterMm));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    SvgTextObject svgObject;
    document.documentLayout()->registerHandler(kSvgObjectType, &svgObject);
    document.setDocumentMargin(0);
    document.setPageSize(body.size());
    // The first page also holds the title block and summary: the diagram takes at most ~55 % of it.
    document.setHtml(reportHtml(data, pictures, ReportHtmlTarget::Document, body.width() / kCssPixel,
                                body.height() * 0.55 / kCssPixel));
    embedPicture(&document, kReportDiagramName, pictures.diagram);
    embedPicture(&document, kReportPieName, pictures.categoryPie);
    // The edits above relayout only their paragraphs, which leaves the headings that start a new
    // page after them unlaid (empty, so missing from the PDF): lay out the whole document again.
    document.markContentsDirty(0, document.characterCount());

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = ReportText::tr("the PDF could not be written");
        return false;
    }
    const int pages = document.pageCount();
    QFont small = document.defaultFont();
    small.setPointSizeF(7.5);
    const QColor muted(0x5b, 0x66, 0x70);
    const QString customer = data.titleBlock.customer;
    const QString footerLeft
            = ReportText::tr("Spokewise · %1 · prices: catalog %2, %3")
                      .arg(dateText(data.titleBlock.date), QString::fromStdString(data.estimate.catalogDate),
                           QString::fromStdString(data.estimate.currency));
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - p * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(muted);
        const QRectF header(body.left(), mm(kMarginMm), body.width(), mm(kHeaderMm) * 0.6);
        if (p > 0) {
            painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, title);
            painter.drawText(header, Qt::AlignRight | Qt::AlignTop, customer);
            painter.drawLine(QPointF(body.left(), header.bottom()), QPointF(body.right(), header.bottom()));
        }
        const QRectF footer(body.left(), body.bottom() + mm(kFooterMm) * 0.4, body.width(), mm(kFooterMm) * 0.6);
        painter.drawLine(QPointF(body.left(), footer.top()), QPointF(body.right(), footer.top()));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         ReportText::tr("Page %1 of %2").arg(p + 1).arg(pages));
    }
    painter.end();
    return true;
}

} // namespace

std::optional<ReportFormat> reportFormatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    return std::nullopt;
}

QString reportSuffix(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf: return QStringLiteral("pdf");
    case ReportFormat::Html: return QStringLiteral("html");
    case ReportFormat::Csv: return QStringLiteral("csv");
    }
    return {};
}

bool writeReport(ReportFormat format, const ReportData &data, const ReportPictures &pictures, const QString &fileName,
                 QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    switch (format) {
    case ReportFormat::Pdf:
        if (!writePdf(data, pictures, &file, error)) {
            file.cancelWriting();
            return false;
        }
        break;
    case ReportFormat::Html: file.write(reportHtml(data, pictures, ReportHtmlTarget::Browser).toUtf8()); break;
    case ReportFormat::Csv: file.write(costCsv(data.estimate).toUtf8()); break;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace spokewise::views

#include "report_writer.moc"
