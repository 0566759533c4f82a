// The designer window as a user meets it: the example drawn on the canvas, the docks filled in, a
// palette click then a canvas click adds an element, and a file that cannot be read is explained
// while the open design stays.
#include "designer_window.h"
#include "file_actions.h"

#include "canvas/canvas_view.h"
#include "canvas/design_scene.h"
#include "canvas/palette_widget.h"
#include "document/document.h"
#include "inspector/properties_panel.h"
#include "io/design_file.h"
#include "shell/diagnostics_view.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace spokewise;

namespace {

const QString kExample = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/hub-spoke-p2s-er.spokewise.json");
const QString kTruncated = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/malformed/truncated.json");

} // namespace

TEST_CASE("The designer opens a design onto the canvas with its docks filled in", "[designer]")
{
    designer::DesignerWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openFile(kExample));
    QApplication::processEvents();

    const Design &design = window.document()->design();
    for (const auto &r : design.resources) {
        INFO(r.id.str());
        const bool drawn = window.scene()->itemFor(QString::fromStdString(r.id.str()))
                           || std::any_of(window.scene()->links().begin(), window.scene()->links().end(),
                                          [&](auto *link) { return link->elementId().toStdString() == r.id.str(); });
        CHECK(drawn);
    }
    CHECK(window.windowTitle().contains(QString::fromStdString(design.name)));
    REQUIRE(window.findings()->topLevelItemCount() == 1);
    CHECK(window.findings()->topLevelItem(0)->text(views::DiagnosticsView::MessageColumn) == "No problems found.");

    // Selecting an element shows it in the properties panel.
    window.scene()->selectElements({"hub"});
    CHECK(window.properties()->element() == "hub");

    if (const QString shots = qEnvironmentVariable("SPOKEWISE_SCREENSHOT_DIR"); !shots.isEmpty())
        window.grab().save(shots + "/designer-window.png");
}

TEST_CASE("A palette click then a canvas click adds the element, as one undo step", "[designer]")
{
    designer::DesignerWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(window.openFile(kExample));
    QApplication::processEvents();
    const auto before = window.document()->design().resources.size();

    auto *palette = window.findChild<views::PaletteWidget *>();
    REQUIRE(palette);
    REQUIRE(palette->count() == 12);
    QListWidgetItem *circuit = palette->findItems("ExpressRoute circuit", Qt::MatchExactly).value(0);
    REQUIRE(circuit);
    QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, palette->visualItemRect(circuit).center());
    CHECK(window.canvas()->armedPlacement() == "expressRouteCircuit");
    QTest::mouseClick(window.canvas()->viewport(), Qt::LeftButton, {}, QPoint(40, 40));
    QApplication::processEvents();

    CHECK(window.document()->design().resources.size() == before + 1);
    CHECK(window.document()->design().resources.back().kind() == ResourceKind::ExpressRouteCircuit);
    CHECK(window.document()->undoStack()->count() == 1);
    CHECK(window.isWindowModified());
}

TEST_CASE("A file that cannot be opened is explained and the open design stays", "[designer]")
{
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    const auto before = io::serializeDesign(window.document()->design());

    QString shown;
    QTimer::singleShot(0, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text() + QLatin1Char('\n') + box->informativeText();
            box->accept();
        }
    });
    CHECK_FALSE(window.openFile(kTruncated));
    CHECK(shown.contains("truncated.json could not be opened"));
    CHECK(shown.contains("truncated.json:42:17"));
    CHECK(shown.contains("ends too early"));
    CHECK(io::serializeDesign(window.document()->design()) == before);
    CHECK(window.document()->filePath() == kExample);
}
