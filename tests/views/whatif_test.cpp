// What-if, intents and design settings in the designer: failing an element shows what its failure
// changes without touching the design, results for an older design or failed set never show, a
// "must not reach" intent drawn on the canvas is checked and undoable, and the settings dialog
// changes verdicts as one undo step.
#include "designer_window.h"

#include "analysis/analysis_runner.h"
#include "analysis/design_settings_dialog.h"
#include "analysis/failed_elements.h"
#include "analysis/problems_view.h"
#include "analysis/whatif_view.h"
#include "canvas/canvas_items.h"
#include "canvas/canvas_view.h"
#include "canvas/design_scene.h"
#include "document/document.h"
#include "editing/edit_controller.h"
#include "io/design_file.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace spokewise;

namespace {

const QString kFailover = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/er-vpn-failover.spokewise.json");
const QString kHubSpoke = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/hub-spoke-p2s-er.spokewise.json");

// Waits until the runner is idle with a published analysis of the current revision and failed set.
bool waitForSettled(const designer::DesignerWindow &window)
{
    const auto *runner = window.analysisRunner();
    const bool settled = QTest::qWaitFor([&] {
        if (runner->isRunning() || !runner->analysis() || runner->analysedRevision() != window.document()->revision())
            return false;
        const auto whatIf = runner->whatIf();
        return runner->failed().empty() ? !whatIf : whatIf && whatIf->failed == runner->failed();
    }, 60000);
    QApplication::processEvents();
    return settled;
}

QStringList rowsOf(const QTreeWidget *tree)
{
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells.append(tree->topLevelItem(i)->text(c));
        rows.append(cells.join(QStringLiteral(" | ")));
    }
    return rows;
}

bool anyRowContains(const QStringList &rows, const QString &text)
{
    return std::any_of(rows.begin(), rows.end(), [&](const QString &row) { return row.contains(text); });
}

views::ElementMark itemMark(const views::DesignScene *scene, const QString &id)
{
    const views::ElementItem *item = scene->itemFor(id);
    REQUIRE(item);
    return item->mark();
}

const views::LinkItem *linkOf(const views::DesignScene *scene, const QString &id)
{
    for (const views::LinkItem *link : scene->links()) {
        if (link->elementId() == id)
            return link;
    }
    FAIL("no connector for " << id.toStdString());
    return nullptr;
}

QStringList transitNames(const Design &design, const routing::FlowResult &flow)
{
    const views::TransitPath path = views::transitPath(design, flow);
    return views::transitText(path, design).split(QStringLiteral(" → "));
}

// The hub-and-spoke example with a Route Server allowing branch-to-branch: whether remote users
// reach on-premises then depends on the §10-B assumption.
Design hubSpokeWithRouteServer()
{
    auto loaded = io::loadDesignFile(kHubSpoke.toStdString());
    REQUIRE(loaded.ok());
    Design d = *loaded.design;
    auto *hub = d.find(Id("hub"))->as<VirtualNetwork>();
    hub->subnets.push_back(Subnet{Id("hub-rs-subnet"), "RouteServerSubnet", *net::Prefix::parse("10.0.2.0/26").prefix,
                                  std::nullopt, {}});
    RouteServer rs;
    rs.virtualNetwork = Id("hub");
    rs.allowBranchToBranchTraffic = true;
    d.resources.push_back(Resource{Id("hub-rs"), "hub-rs", {}, rs});
    d.find(Id("hub-vpn-gw"))->as<VpnGateway>()->activeActive = true;
    return d;
}

} // namespace

TEST_CASE("Failing the ExpressRoute circuit moves the on-premises flows to VPN, restoring moves them back",
          "[views][whatif]")
{
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kFailover));
    REQUIRE(waitForSettled(window));
    const Design &design = window.document()->design();
    CHECK(transitNames(design, window.analysisRunner()->analysis()->trace(Id("onprem"), Id("vnet-workload")))
          == QStringList{"Circuit", "ErGateway"});
    CHECK(rowsOf(window.whatIf()->list()).isEmpty());

    window.scene()->selectElements({QStringLiteral("circuit")});
    QAction *fail = window.failedElements()->failAction();
    REQUIRE(fail->isEnabled());
    CHECK_FALSE(fail->isChecked());
    fail->trigger();
    REQUIRE(waitForSettled(window));

    CHECK(fail->isChecked());
    CHECK(itemMark(window.scene(), QStringLiteral("circuit")) == views::ElementMark::Failed);
    CHECK(linkOf(window.scene(), QStringLiteral("er-connection"))->mark() == views::ElementMark::Failed);
    CHECK(linkOf(window.scene(), QStringLiteral("onprem-vpn"))->mark() == views::ElementMark::None);
    CHECK(itemMark(window.scene(), QStringLiteral("vpn-gw")) == views::ElementMark::None);
    CHECK(window.whatIf()->summary()
          == QStringLiteral("Failed: Circuit. Compared with the healthy design: 0 lost, 2 moved to another path, "
                            "0 gained, 0 otherwise changed."));
    const QStringList rows = rowsOf(window.whatIf()->list());
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    REQUIRE(rows == QStringList{
        "Moved | VNet / workload → OnPrem | VNet / workload still reaches OnPrem, now through VpnGateway → "
        "VpnConnection instead of ErGateway → ErConnection.",
        "Moved | OnPrem → VNet / workload | OnPrem still reaches VNet / workload, now through VpnConnection → "
        "VpnGateway instead of Circuit → ErGateway.",
    });
    if (const QString shots = qEnvironmentVariable("SPOKEWISE_SCREENSHOT_DIR"); !shots.isEmpty())
        window.grab().save(shots + QStringLiteral("/whatif-failover.png"));
    // A what-if is a view state: the design, its undo history and its modified flag stay as they were.
    CHECK(window.document()->undoStack()->count() == 0);
    CHECK_FALSE(window.document()->isModified());
    CHECK(window.analysisRunner()->analysis()->failed().empty());

    // Activating a row selects the flow's endpoints.
    QTreeWidget *list = window.whatIf()->list();
    emit list->itemActivated(list->topLevelItem(1), 0);
    QStringList selected = window.scene()->selectedElementIds();
    selected.sort();
    CHECK(selected == QStringList{"onprem", "vnet-workload"});

    window.failedElements()->restore({QStringLiteral("circuit")});
    REQUIRE(waitForSettled(window));
    CHECK(itemMark(window.scene(), QStringLiteral("circuit")) == views::ElementMark::None);
    CHECK(linkOf(window.scene(), QStringLiteral("er-connection"))->mark() == views::ElementMark::None);
    CHECK(rowsOf(window.whatIf()->list()).isEmpty());
    CHECK(window.whatIf()->summary().startsWith(QStringLiteral("Nothing is failed.")));
    CHECK(transitNames(design, window.analysisRunner()->analysis()->trace(Id("onprem"), Id("vnet-workload")))
          == QStringList{"Circuit", "ErGateway"});
    CHECK_FALSE(window.failedElements()->restoreAllAction()->isEnabled());
}

TEST_CASE("Failures survive a rebuild of the canvas and end with the element or the design", "[views][whatif]")
{
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kFailover));
    REQUIRE(waitForSettled(window));
    window.failedElements()->fail({QStringLiteral("circuit"), QStringLiteral("vnet-workload"), QStringLiteral("internet")});
    // Only resources fail: subnets and the Internet have no failure of their own.
    CHECK(window.failedElements()->failed() == std::set<Id>{Id("circuit")});
    window.scene()->rebuild();
    CHECK(itemMark(window.scene(), QStringLiteral("circuit")) == views::ElementMark::Failed);

    window.document()->removeElements({Id("circuit")}, QStringLiteral("Delete circuit"));
    CHECK(window.failedElements()->failed().empty());
    REQUIRE(waitForSettled(window));
    CHECK(!window.analysisRunner()->whatIf());

    // The context menu offers failing and restoring by name.
    QMenu menu;
    window.failedElements()->addContextActions(&menu, QStringLiteral("vpn-gw"));
    REQUIRE(menu.actions().size() == 1);
    CHECK(menu.actions().front()->text() == QStringLiteral("Fail Element VpnGateway"));
    menu.actions().front()->trigger();
    CHECK(window.failedElements()->failed() == std::set<Id>{Id("vpn-gw")});
    menu.clear();
    window.failedElements()->addContextActions(&menu, QStringLiteral("vpn-gw"));
    QStringList texts;
    for (const QAction *a : menu.actions())
        texts << a->text();
    CHECK(texts == QStringList{"Restore Element VpnGateway", "&Restore All Elements"});
    menu.clear();
    window.failedElements()->addContextActions(&menu, QStringLiteral("vnet-workload"));
    CHECK(menu.actions().size() == 1); // a subnet cannot fail; Restore All is still offered

    REQUIRE(window.openFile(kFailover));
    CHECK(window.failedElements()->failed().empty());
}

TEST_CASE("A what-if result for an older design or an older failed set is discarded", "[views][whatif]")
{
    designer::DesignerWindow window;
    REQUIRE(window.openFile(kFailover));
    REQUIRE(waitForSettled(window));
    auto *runner = window.analysisRunner();
    const quint64 revision = window.document()->revision();
    const auto healthy = runner->analysis();
    const std::set<Id> circuit{Id("circuit")};
    const auto report = std::make_shared<const views::WhatIfReport>(
        views::computeWhatIf(window.document()->design(), *healthy, circuit));

    window.failedElements()->fail({QStringLiteral("circuit")});
    // Computed before the circuit failed: stale.
    CHECK_FALSE(runner->deliver(revision, std::set<Id>{}, healthy, nullptr));
    // Computed for the right failures but an older design: stale.
    CHECK_FALSE(runner->deliver(revision - 1, circuit, healthy, report));
    CHECK(runner->deliver(revision, circuit, healthy, report));
    CHECK(runner->whatIf() == report);

    // Failing and restoring before the job ends: only the healthy result is published.
    REQUIRE(waitForSettled(window));
    window.failedElements()->restore({QStringLiteral("circuit")});
    window.failedElements()->fail({QStringLiteral("vpn-gw")});
    window.failedElements()->restoreAll();
    CHECK_FALSE(runner->deliver(revision, circuit, healthy, report));
    REQUIRE(waitForSettled(window));
    CHECK(!runner->whatIf());
    CHECK(rowsOf(window.whatIf()->list()).isEmpty());
}

TEST_CASE("A must-not-reach intent between endpoints that reach each other is violated, and undo removes it",
          "[views][intents]")
{
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kHubSpoke));
    REQUIRE(waitForSettled(window));
    const int steps = window.document()->undoStack()->count();

    QStringList offered;
    REQUIRE(window.editor()->connectElements(QStringLiteral("remote-users"), QStringLiteral("spoke1-workload"),
                                             [&](const QStringList &kinds) {
                                                 offered = kinds;
                                                 return static_cast<int>(kinds.indexOf(QStringLiteral("Intent: must not reach")));
                                             }));
    CHECK(offered == QStringList{"Intent: must reach", "Intent: must not reach", "Traffic flow (for the cost estimate)"});
    CHECK(window.document()->undoStack()->count() == steps + 1);
    const Resource &added = window.document()->design().resources.back();
    REQUIRE(added.as<Intent>());
    CHECK(added.as<Intent>()->expectation == IntentExpectation::MustNotReach);
    CHECK(added.name == "Remote users must not reach Spoke1/workload");
    const QString id = QString::fromStdString(added.id.str());
    REQUIRE(waitForSettled(window));

    const QStringList rows = rowsOf(window.problems());
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    CHECK(anyRowContains(rows, QStringLiteral(
        "Intent violated |  | Remote users must not reach Spoke1/workload | Remote users must not reach "
        "Spoke1/workload: expected not to reach, but the traffic is delivered.")));
    const views::LinkItem *link = linkOf(window.scene(), id);
    CHECK(link->isNegative());
    CHECK(link->mark() == views::ElementMark::Broken);
    // The existing "must reach" intent between the same endpoints holds and keeps its normal style.
    CHECK(linkOf(window.scene(), QStringLiteral("remote-users-to-spoke1"))->mark() == views::ElementMark::None);
    if (const QString shots = qEnvironmentVariable("SPOKEWISE_SCREENSHOT_DIR"); !shots.isEmpty()) {
        const QRectF ends = window.scene()->itemFor(QStringLiteral("remote-users"))->sceneBox().united(
                window.scene()->itemFor(QStringLiteral("spoke1"))->sceneBox());
        window.canvas()->setZoom(0.62, ends.center());
        window.canvas()->centerOn(ends.center() + QPointF(0, 80));
        QApplication::processEvents();
        window.grab().save(shots + QStringLiteral("/intent-violated.png"));
    }

    window.document()->undoStack()->undo();
    REQUIRE(waitForSettled(window));
    CHECK(window.document()->design().find(added.id) == nullptr);
    CHECK_FALSE(anyRowContains(rowsOf(window.problems()), QStringLiteral("must not reach")));
    for (const views::LinkItem *l : window.scene()->links())
        CHECK(l->elementId() != id);
}

TEST_CASE("The design settings dialog changes an assumption as one undo step and the verdict follows",
          "[views][settings]")
{
    designer::DesignerWindow window;
    window.document()->reset(hubSpokeWithRouteServer());
    REQUIRE(waitForSettled(window));
    const auto verdict = [&] {
        return window.analysisRunner()->analysis()->trace(Id("remote-users"), Id("onprem")).verdict;
    };
    CHECK(verdict() == routing::Verdict::UnsupportedConfig);
    CHECK(anyRowContains(rowsOf(window.problems()), QStringLiteral("Remote users reach OnPrem: expected reachable")));

    const auto menuActions = window.findChildren<QAction *>();
    CHECK(std::any_of(menuActions.begin(), menuActions.end(),
                      [](const QAction *a) { return a->text() == QStringLiteral("Design &Settings…"); }));

    views::DesignSettingsDialog dialog(window.document());
    auto *p2s = dialog.findChild<QComboBox *>(QStringLiteral("p2sExpressRouteTransitViaRouteServer"));
    REQUIRE(p2s);
    QStringList texts;
    for (int i = 0; i < p2s->count(); ++i)
        texts << p2s->itemText(i);
    CHECK(texts == QStringList{"Unsupported (default)", "Works (empirical)"});
    CHECK_FALSE(dialog.apply()); // nothing changed: no undo step
    p2s->setCurrentIndex(1);
    if (const QString shots = qEnvironmentVariable("SPOKEWISE_SCREENSHOT_DIR"); !shots.isEmpty())
    {
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(shots + QStringLiteral("/design-settings.png"));
        dialog.hide();
    }
    auto *forwarded = dialog.findChild<QComboBox *>(QStringLiteral("forwardedTrafficEnforcement"));
    REQUIRE(forwarded);
    forwarded->setCurrentIndex(1);
    const int steps = window.document()->undoStack()->count();
    CHECK(dialog.apply());
    CHECK(window.document()->undoStack()->count() == steps + 1);
    CHECK(window.document()->design().assumptions.p2sExpressRouteTransitViaRouteServer == P2sExpressRouteTransit::Empirical);
    CHECK(window.document()->design().assumptions.forwardedTrafficEnforcement == ForwardedTrafficEnforcement::Lenient);
    REQUIRE(waitForSettled(window));
    CHECK(verdict() == routing::Verdict::Reachable);
    CHECK_FALSE(anyRowContains(rowsOf(window.problems()), QStringLiteral("Remote users reach OnPrem")));

    window.document()->undoStack()->undo();
    CHECK(window.document()->design().assumptions == Assumptions{});
    REQUIRE(waitForSettled(window));
    CHECK(verdict() == routing::Verdict::UnsupportedConfig);
}
