// spokewise-cli export: the design as a picture (PNG, SVG, PDF) drawn like the designer's canvas,
// or as a Mermaid flowchart for wikis and pull requests.
#include "cli.h"
#include "routing_text.h"

#include "canvas/design_scene.h"
#include "document/document.h"
#include "export/diagram_export.h"
#include "export/mermaid.h"

#include <QDate>
#include <QFileInfo>
#include <QSaveFile>

namespace spokewise::cli {

namespace {

enum class Format { Png, Svg, Pdf, Mermaid };

std::optional<Format> formatNamed(const QString &name)
{
    if (name == QLatin1String("png"))
        return Format::Png;
    if (name == QLatin1String("svg"))
        return Format::Svg;
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    if (name == QLatin1String("mermaid"))
        return Format::Mermaid;
    return std::nullopt;
}

bool writeMermaid(const Design &design, const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const std::string text = toMermaid(design);
    file.write(text.data(), static_cast<qint64>(text.size()));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool writePicture(const Design &design, const QString &fileName, views::DiagramFormat format,
                  const views::DiagramExportOptions &options, QString *error)
{
    views::Document document;
    document.reset(design);
    const views::DesignScene scene(&document); // builds every item now; no event loop needed
    return views::DiagramExporter(&scene, options).write(format, fileName, error);
}

} // namespace

int runExport(const QStringList &arguments, Console &console)
{
    const Command &command = *findCommand(QStringLiteral("export"));
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The format: png, svg, pdf or mermaid."),
                                QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("PATH"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("PNG only: pixels per canvas unit, 0.1 to 10 (default 1)."),
                                   QStringLiteral("N"));
    const QCommandLineOption transparent(QStringLiteral("transparent"),
                                         QStringLiteral("PNG, SVG, PDF: leave the background unpainted."));
    const QCommandLineOption title(QStringLiteral("title"),
                                   QStringLiteral("PNG, SVG, PDF: add a title block (design name, today's date)."));
    parser.addOptions({to, out, scale, transparent, title});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file (*.spokewise.json)."));
    if (const auto stop = parseCommandLine(
                parser, command,
                QStringLiteral("Draws the whole design as on the designer's canvas (PNG, SVG, PDF; SVG and PDF\n"
                               "keep text as text), or writes it as a Mermaid flowchart.\n"
                               "Exit status: 0 written, 2 unreadable or invalid design, usage error, or the\n"
                               "output could not be written."),
                arguments, console, 1, 1)) {
        return *stop;
    }
    if (!parser.isSet(to))
        return usageError(command, QStringLiteral("--to FORMAT is required (png, svg, pdf or mermaid)."), console);
    const std::optional<Format> format = formatNamed(parser.value(to));
    if (!format) {
        return usageError(command,
                          QStringLiteral("unknown format '%1' (use png, svg, pdf or mermaid).").arg(parser.value(to)),
                          console);
    }
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageError(command, QStringLiteral("--out PATH is required."), console);
    views::DiagramExportOptions options;
    if (parser.isSet(scale)) {
        if (*format != Format::Png)
            return usageError(command, QStringLiteral("--scale applies to --to png only."), console);
        bool ok = false;
        options.scale = parser.value(scale).toDouble(&ok);
        if (!ok || options.scale < 0.1 || options.scale > 10) {
            return usageError(command,
                              QStringLiteral("--scale must be a number from 0.1 to 10, not '%1'.")
                                      .arg(parser.value(scale)),
                              console);
        }
    }
    if (*format == Format::Mermaid && (parser.isSet(transparent) || parser.isSet(title))) {
        return usageError(command, QStringLiteral("--transparent and --title apply to png, svg and pdf only."),
                          console);
    }

    const QString fileName = parser.positionalArguments().constFirst();
    const std::optional<Design> design = loadForAnalysis(fileName, console);
    if (!design)
        return ExitInvalid;

    const QString outName = parser.value(out);
    QString error;
    bool written = false;
    if (*format == Format::Mermaid) {
        written = writeMermaid(*design, outName, &error);
    } else {
        options.transparent = parser.isSet(transparent);
        options.titleBlock = parser.isSet(title);
        options.title = QString::fromStdString(design->name);
        options.date = QDate::currentDate();
        const views::DiagramFormat diagramFormat = *format == Format::Png   ? views::DiagramFormat::Png
                                                   : *format == Format::Svg ? views::DiagramFormat::Svg
                                                                            : views::DiagramFormat::Pdf;
        written = writePicture(*design, outName, diagramFormat, options, &error);
    }
    if (!written) {
        console.err << "spokewise-cli export: cannot write " << outName << ": " << error << '\n';
        return ExitInvalid;
    }
    return ExitOk;
}

} // namespace spokewise::cli
