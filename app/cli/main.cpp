// spokewise-cli: checks, analyses and exports Spokewise designs without a display.
#include "cli.h"

#include <QCoreApplication>

#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
