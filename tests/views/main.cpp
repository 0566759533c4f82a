// The one main of the Qt view tests: a QApplication on the offscreen platform, then Catch.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Widgets need a platform, but tests must run without a display (CI has none).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, autosaves and recent files go to a directory of this process alone: ctest runs
    // test cases in parallel processes, and one test's remembered catalog or export choices must
    // neither leak into another nor into the user's own settings.
    QTemporaryDir home;
    if (!home.isValid())
        return 3;
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(name, (home.path() + QLatin1Char('/') + QLatin1String(name)).toLocal8Bit());
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
