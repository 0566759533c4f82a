// spokewise: the designer for Azure hybrid networks.
#include "default_design.h"
#include "designer_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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

    // Qt's own dialogs and Spokewise's texts in the system language, when there is a translation.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("spokewise"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Designer for Azure hybrid networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
            QStringLiteral("design"),
            QApplication::translate("main", "The design file to open (default: the bundled example)."),
            QStringLiteral("[design]"));
    parser.process(app);

    spokewise::designer::DesignerWindow window;
    const QStringList positional = parser.positionalArguments();
    const QString design = positional.isEmpty() ? spokewise::designer::findDefaultDesign() : positional.first();
    window.show();
    if (!design.isEmpty())
        window.openFile(design);
    // After the design named on the command line, so that recovered changes are what stays open.
    window.offerRecovery();
    return QApplication::exec();
}
