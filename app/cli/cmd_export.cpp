// spokewise-cli export: the design as a picture (PNG, SVG, PDF) drawn like the designer's canvas,
// as a draw.io diagram to edit in diagrams.net, or as a Mermaid flowchart for wikis and pull requests.
#include "cli.h"
#include "routing_text.h"

#include "document/document.h"
#include "export/design_export.h"
#include "routing/analysis.h"

namespace spokewise::cli {

namespace {

std::optional<views::ExportFormat> formatNamed(const QString &name)
{
    using views::ExportFormat;
    for (const ExportFormat f : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf, ExportFormat::DrawIo}) {
        if (name == views::extensionFor(f))
            return f;
    }
    if (name == QLatin1String("mermaid"))
        return ExportFormat::Mermaid;
    return std::nullopt;
}

} // namespace

int runExport(const QStringList &arguments, Console &console)
{
    const Command &command = *findCommand(QStringLiteral("export"));
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("The format: png, svg, pdf, drawio or mermaid."), QStringLiteral("FORMAT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The file to write."), QStringLiteral("PATH"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("PNG only: pixels per canvas unit, 0.1 to 10 (default 1)."),
                                   QStringLiteral("N"));
    const QCommandLineOption transparent(QStringLiteral("transparent"),
                                         QStringLiteral("PNG, SVG, PDF, draw.io: leave the background unpainted."));
    const QCommandLineOption title(
            QStringLiteral("title"),
            QStringLiteral("PNG, SVG, PDF, draw.io: add a title block (design name, today's date)."));
    const QCommandLineOption overlay(
            QStringLiteral("overlay"),
            QStringLiteral("PNG, SVG, PDF, draw.io: mark what the routing analysis finds broken, with a legend."));
    parser.addOptions({to, out, scale, transparent, title, overlay});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file (*.spokewise.json)."));
    if (const auto stop = parseCommandLine(
                parser, command,
                QStringLiteral("Draws the whole design as on the designer's canvas (PNG, SVG, PDF; SVG and PDF\n"
                               "keep text as text), writes it as a draw.io diagram (editable in diagrams.net),\n"
                               "or as a Mermaid flowchart.\n"
                               "Exit status: 0 written, 2 unreadable or invalid design, usage error, or the\n"
                               "output could not be written."),
                arguments, console, 1, 1)) {
        return *stop;
    }
    if (!parser.isSet(to)) {
        return usageError(command, QStringLiteral("--to FORMAT is required (png, svg, pdf, drawio or mermaid)."),
                          console);
    }
    const std::optional<views::ExportFormat> format = formatNamed(parser.value(to));
    if (!format) {
        return usageError(
                command,
                QStringLiteral("unknown format '%1' (use png, svg, pdf, drawio or mermaid).").arg(parser.value(to)),
                console);
    }
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageError(command, QStringLiteral("--out PATH is required."), console);
    views::ExportChoices choices;
    choices.format = *format;
    if (parser.isSet(scale)) {
        if (!views::formatHasScale(*format))
            return usageError(command, QStringLiteral("--scale applies to --to png only."), console);
        bool ok = false;
        choices.scale = parser.value(scale).toDouble(&ok);
        if (!ok || choices.scale < 0.1 || choices.scale > 10) {
            return usageError(command,
                              QStringLiteral("--scale must be a number from 0.1 to 10, not '%1'.")
                                      .arg(parser.value(scale)),
                              console);
        }
    }
    if (!views::formatIsDiagram(*format)) {
        for (const QCommandLineOption *option : {&transparent, &title, &overlay}) {
            if (parser.isSet(*option)) {
                return usageError(command,
                                  QStringLiteral("--%1 applies to png, svg, pdf and drawio, not to mermaid.")
                                          .arg(option->names().constFirst()),
                                  console);
            }
        }
    }

    const QString fileName = parser.positionalArguments().constFirst();
    const std::optional<Design> design = loadForAnalysis(fileName, console);
    if (!design)
        return ExitInvalid;

    choices.fileName = parser.value(out);
    choices.transparent = parser.isSet(transparent);
    choices.titleBlock = parser.isSet(title);
    choices.overlay = parser.isSet(overlay);
    views::Document document;
    document.reset(*design);
    // The overlay needs the analysis now: no designer runs it in the background here.
    std::optional<routing::Analysis> analysis;
    if (choices.overlay)
        analysis = routing::analyze(*design);
    QString error;
    if (!views::exportDesign(&document, choices, {}, analysis ? &*analysis : nullptr, &error)) {
        console.err << "spokewise-cli export: cannot write " << choices.fileName << ": " << error << '\n';
        return ExitInvalid;
    }
    return ExitOk;
}

} // namespace spokewise::cli
