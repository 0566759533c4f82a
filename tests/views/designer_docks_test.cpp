// The designer's outline and findings docks as a user sees them: the design's elements in the
// outline, findings in the dock, and a file that cannot be read leaves the open design alone.
#include "designer_window.h"

#include "document/document.h"

#include "shell/diagnostics_view.h"
#include "shell/element_tree.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFileInfo>
#include <QTimer>

using namespace spokewise;
using views::ElementTree;

namespace {

const QString kExample = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/hub-spoke-p2s-er.spokewise.json");
const QString kSmallHub = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/valid/small-hub.spokewise.json");
const QString kTruncated = QStringLiteral(SPOKEWISE_TEST_DATA_DIR "/malformed/truncated.json");

void checkTreeListsEveryElement(const designer::DesignerWindow &window)
{
    const Design &design = window.document()->design();
    REQUIRE_FALSE(design.resources.empty());
    for (const Resource &resource : design.resources) {
        INFO("element " << resource.id.str());
        const QTreeWidgetItem *item = window.outline()->findElement(QString::fromStdString(resource.id.str()));
        REQUIRE(item);
        CHECK(item->text(ElementTree::NameColumn) == QString::fromStdString(resource.name));
        CHECK_FALSE(item->text(ElementTree::DetailsColumn).isEmpty());
        if (const auto *vnet = resource.as<VirtualNetwork>()) {
            CHECK(item->childCount() == static_cast<int>(vnet->subnets.size()));
            for (const Subnet &subnet : vnet->subnets) {
                const QTreeWidgetItem *s = window.outline()->findElement(QString::fromStdString(subnet.id.str()));
                REQUIRE(s);
                CHECK(s->parent() == item);
                CHECK(s->text(ElementTree::DetailsColumn)
                              .startsWith(QString::fromStdString(subnet.addressPrefix.toString())));
            }
        }
    }
}

} // namespace

TEST_CASE("the designer shows the bundled example's elements grouped by kind", "[views][designer]")
{
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    QApplication::processEvents();
    checkTreeListsEveryElement(window);

    // One group per kind present, headed by its name and count, e.g. "Virtual networks (4)".
    const ElementTree *tree = window.outline();
    int elements = 0;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = tree->topLevelItem(i);
        CHECK(group->text(ElementTree::NameColumn).endsWith(QStringLiteral(" (%1)").arg(group->childCount())));
        elements += group->childCount();
    }
    CHECK(elements == static_cast<int>(window.document()->design().resources.size()));
    CHECK(tree->findItems(QStringLiteral("Virtual networks ("), Qt::MatchStartsWith).size() == 1);

    // The example is valid, so the findings dock says so.
    REQUIRE(window.findings()->topLevelItemCount() == 1);
    CHECK(window.findings()->topLevelItem(0)->text(views::DiagnosticsView::MessageColumn)
          == QStringLiteral("No problems found."));
    CHECK(window.windowTitle().contains(QString::fromStdString(window.document()->design().name)));
}

TEST_CASE("a file that cannot be read leaves the outline and the design as they were", "[views][designer]")
{
    designer::DesignerWindow window;
    REQUIRE(window.openFile(kSmallHub));
    QApplication::processEvents();
    const std::string name = window.document()->design().name;
    const int groups = window.outline()->topLevelItemCount();

    QTimer::singleShot(0, [] {
        if (auto *box = QApplication::activeModalWidget())
            box->close();
    });
    CHECK_FALSE(window.openFile(kTruncated));
    QApplication::processEvents();
    CHECK(window.document()->design().name == name);
    CHECK(window.outline()->topLevelItemCount() == groups);
    CHECK(window.document()->filePath() == kSmallHub);
    checkTreeListsEveryElement(window);
}

TEST_CASE("findings of the design checks appear in the findings dock", "[views][designer]")
{
    designer::DesignerWindow window;
    REQUIRE(window.openFile(QStringLiteral(SPOKEWISE_SOURCE_DIR "/tests/cli/data/overlapping-subnets.spokewise.json")));
    QApplication::processEvents();
    const views::DiagnosticsView *view = window.findings();
    REQUIRE(view->topLevelItemCount() >= 1);
    const QTreeWidgetItem *row = view->topLevelItem(0);
    CHECK(row->text(views::DiagnosticsView::SeverityColumn) == QStringLiteral("error"));
    CHECK(row->text(views::DiagnosticsView::MessageColumn).contains(QStringLiteral("overlap")));
    CHECK(row->text(views::DiagnosticsView::LocationColumn).startsWith(QStringLiteral("line ")));
}
