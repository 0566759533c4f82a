// The one main of the Qt view tests: a QApplication on the offscreen platform, then Catch.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    // Widgets need a platform, but tests must run without a display (CI has none).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
