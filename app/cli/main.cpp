// spokewise-cli: checks, analyses and exports Spokewise designs without a display.
#include "cli.h"

#include <QCoreApplication>
#include <QApplication>

#include <cstring>
#include <exception>
#include <memory>

namespace {

// Only `export` and `report` paint the canvas (and a chart), whose QGraphicsScene needs a
// QApplication; they run without a display on the offscreen platform unless the user chose one.
// The other commands stay headless.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (argc > 1 && (std::strcmp(argv[1], "export") == 0 || std::strcmp(argv[1], "report") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spokewise-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPOKEWISE_VERSION));
    // Messages are English on purpose: scripts, logs and golden files read the same everywhere.
    spokewise::cli::Console console;
    try {
        const int code = spokewise::cli::run(QCoreApplication::arguments(), console);
        console.out.flush();
        console.err.flush();
        return code;
    } catch (const std::exception &e) {
        console.out.flush();
        console.err << "spokewise-cli: internal error: " << e.what() << '\n';
        return spokewise::cli::ExitInvalid;
    }
}
