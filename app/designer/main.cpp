// spokewise: the designer for Azure hybrid networks.
#include "default_design.h"
#include "designer_window.h"
#include "language.h"
#include "screenshot.h"

#include "document/document.h"
#include "text/diagnostic_text.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

#include <string_view>

int main(int argc, char *argv[])
{
    // --help and --version only print; they must work without a display too.
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Spokewise"));
    QApplication::setOrganizationName(QStringLiteral("Spokewise"));
    QApplication::setApplicationVersion(QStringLiteral(SPOKEWISE_VERSION));
    // Ties the windows to installer/linux/io.spokewise.Spokewise.desktop (icon, name) on Wayland and X11.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.spokewise.Spokewise"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/app/spokewise.svg")));

    // Spokewise's texts and Qt's own dialogs in the language chosen in Settings › Language, or the
    // system's; the build embeds spokewise_zh_CN.qm under :/i18n.
    const spokewise::designer::Translations translations(
            spokewise::designer::resolveLanguage(spokewise::designer::storedLanguage(QSettings()), QLocale::system()),
            QStringLiteral(":/i18n"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Designer for Azure hybrid networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("design"),
            QApplication::translate("main", "The design file to open (default: the bundled example)."),
            QStringLiteral("[design]"));
    const QCommandLineOption screenshotOption(
            QStringLiteral("screenshot"),
            QApplication::translate("main", "Open the design, wait for its analysis, save the window as a PNG "
                                            "image to <file> and exit."),
            QStringLiteral("file"));
    parser.addOption(screenshotOption);
    parser.process(app);

    spokewise::designer::DesignerWindow window;
    const QStringList positional = parser.positionalArguments();
    const QString design = positional.isEmpty() ? spokewise::designer::findDefaultDesign() : positional.first();
    window.show();
    if (parser.isSet(screenshotOption)) {
        // A check and a picture, not a session: no recovery prompt, exit status says whether it worked.
        QTextStream err(stderr);
        if (design.isEmpty()) {
            err << "spokewise: no design to open (give one on the command line)\n";
            return 1;
        }
        // Straight into the document: FileActions::open() would wait on a message box nobody sees.
        const auto diagnostics = window.document()->load(design);
        for (const auto &d : diagnostics)
            err << spokewise::views::diagnosticLine(design, d) << '\n';
        if (!diagnostics.empty())
            return 2;
        QString error;
        if (!spokewise::designer::saveSettledScreenshot(window, parser.value(screenshotOption), &error)) {
            err << "spokewise: " << error << '\n';
            return 1;
        }
        return 0;
    }
    if (!design.isEmpty())
        window.openFile(design);
    // After the design named on the command line, so that recovered changes are what stays open.
    window.offerRecovery();
    return QApplication::exec();
}
