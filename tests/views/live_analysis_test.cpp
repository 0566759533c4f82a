// The live-analysis docks and canvas overlays: the reachability matrix, the trace and routes
// docks, the endpoint colouring and the problems badge follow the design as it is edited.
#include "analysis_support.h"
#include "designer_window.h"

#include "analysis/analysis_overlay.h"
#include "analysis/analysis_runner.h"
#include "analysis/canvas_legend.h"
#include "analysis/live_analysis.h"
#include "analysis/matrix_model.h"
#include "analysis/matrix_view.h"
#include "analysis/problems_view.h"
#include "analysis/routes_view.h"
#include "analysis/trace_view.h"
#include "canvas/design_scene.h"
#include "document/document.h"
#include "io/design_file.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace spokewise;
using spokewise::test::waitForCurrent;
using spokewise::test::withoutRemoteGateways;

namespace {

const QString kExample = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/hub-spoke-p2s-er.spokewise.json");

// The matrix cell from -> to (endpoint ids) as the view shows it.
QModelIndex cellOf(const views::MatrixModel *model, const QString &from, const QString &to)
{
    return model->index(model->sectionOf(from), model->sectionOf(to));
}

routing::Verdict verdictAt(const views::MatrixModel *model, const QString &from, const QString &to)
{
    const QModelIndex index = cellOf(model, from, to);
    REQUIRE(index.isValid());
    return static_cast<routing::Verdict>(index.data(views::MatrixModel::VerdictRole).toInt());
}

QStringList childTexts(const QTreeWidgetItem *item, int column)
{
    QStringList texts;
    for (int i = 0; i < item->childCount(); ++i)
        texts.append(item->child(i)->text(column));
    return texts;
}

// Selects on the canvas; the live-analysis views follow on the next event-loop turn.
void select(designer::DesignerWindow &window, const QStringList &ids)
{
    window.scene()->selectElements(ids);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("The matrix shows remote users to on-premises as unreachable, with its rule", "[views][live]")
{
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));
    const views::MatrixModel *model = window.liveAnalysis()->matrix()->model();

    // Grouped: the subnets of each VNet, then sites, then P2S client groups.
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows.append(model->headerData(r, Qt::Vertical).toString());
    INFO(rows.join(QLatin1Char('|')).toStdString());
    CHECK(rows == QStringList{QStringLiteral("Spoke1 / workload"), QStringLiteral("Spoke2 / workload"),
                              QStringLiteral("Spoke3 / workload"), QStringLiteral("OnPrem"), QStringLiteral("Remote users"),
                              QStringLiteral("Internet")});

    const QModelIndex cell = cellOf(model, QStringLiteral("remote-users"), QStringLiteral("onprem"));
    CHECK(verdictAt(model, QStringLiteral("remote-users"), QStringLiteral("onprem")) == routing::Verdict::Unreachable);
    CHECK(cell.data(views::MatrixModel::RuleRole).toString() == QStringLiteral("R-ER-1"));
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Remote users → OnPrem: unreachable")));
    CHECK(tip.contains(QStringLiteral("the VPN clients have no route to the destination")));
    CHECK(tip.contains(QStringLiteral("R-ER-1: the client pool is not advertised over ExpressRoute")));
    CHECK(verdictAt(model, QStringLiteral("remote-users"), QStringLiteral("spoke1-workload")) == routing::Verdict::Reachable);
    CHECK(cell.data(Qt::DisplayRole).toString() == QStringLiteral("✗"));

    // The filter narrows rows and columns by name; "problems only" keeps endpoints with a failing flow.
    window.liveAnalysis()->matrix()->filterEdit()->setText(QStringLiteral("SPOKE"));
    CHECK(model->rowCount() == 3);
    CHECK(model->columnCount() == 3);
    window.liveAnalysis()->matrix()->filterEdit()->clear();
    window.liveAnalysis()->matrix()->problemsOnlyBox()->setChecked(true);
    QTRY_VERIFY(!model->isScanning());
    CHECK(model->sectionOf(QStringLiteral("remote-users")) >= 0);
    CHECK(model->sectionOf(QStringLiteral("onprem")) >= 0);
}

TEST_CASE("An edit updates the Problems list, the matrix cell, the badge and the endpoint colouring", "[views][live]")
{
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));
    views::LiveAnalysis *live = window.liveAnalysis();
    const views::MatrixModel *model = live->matrix()->model();
    const QString badgeBefore = live->problemsBadge()->text();

    // Selecting an endpoint colours the others by their verdict from it.
    select(window, {QStringLiteral("remote-users")});
    CHECK(live->overlay()->source() == QStringLiteral("remote-users"));
    CHECK(live->overlay()->verdictShownOn(QStringLiteral("spoke1-workload")) == int(routing::Verdict::Reachable));
    CHECK(live->overlay()->verdictShownOn(QStringLiteral("onprem")) == int(routing::Verdict::Unreachable));
    CHECK(live->overlay()->verdictShownOn(QStringLiteral("remote-users")) == -1);

    window.document()->changeResource(withoutRemoteGateways(window.document()->design(), "hub-spoke1"),
                                      QStringLiteral("Clear useRemoteGateways"));
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));
    // The edit was re-analysed from the previous result, re-walking only what it touched.
    const routing::MatrixStats stats = window.analysisRunner()->analysis()->matrixStats();
    CHECK(stats.incremental);
    CHECK(stats.walkedBlocks < stats.blocks);

    bool listed = false;
    for (int i = 0; i < window.problems()->topLevelItemCount(); ++i)
        listed = listed || window.problems()->topLevelItem(i)->text(views::ProblemsView::ExplanationColumn)
                                   .startsWith(QStringLiteral("Remote users reach Spoke1: expected reachable"));
    CHECK(listed);
    CHECK(verdictAt(model, QStringLiteral("remote-users"), QStringLiteral("spoke1-workload")) != routing::Verdict::Reachable);
    CHECK(live->overlay()->verdictShownOn(QStringLiteral("spoke1-workload")) != int(routing::Verdict::Reachable));
    CHECK(live->overlay()->verdictShownOn(QStringLiteral("onprem")) == int(routing::Verdict::Unreachable));
    CHECK(live->problemsBadge()->text() != badgeBefore);
    CHECK(live->problemsBadge()->text() == views::problemCountText(window.problems()->problemCount()));

    // A selection that is no endpoint clears the colouring.
    select(window, {QStringLiteral("hub-vpn-gw")});
    CHECK(live->overlay()->source().isEmpty());
    CHECK(live->overlay()->verdictShownOn(QStringLiteral("onprem")) == -1);

    // The badge opens the Problems dock.
    auto *problemsDock = window.findChild<QDockWidget *>(QStringLiteral("ProblemsDock"));
    REQUIRE(problemsDock);
    window.findChild<QDockWidget *>(QStringLiteral("MatrixDock"))->raise();
    live->problemsBadge()->click();
    QApplication::processEvents();
    CHECK_FALSE(problemsDock->visibleRegion().isEmpty());
}

TEST_CASE("Clicking a matrix cell traces the flow hop by hop and draws it on the canvas", "[views][live]")
{
    designer::DesignerWindow window;
    window.resize(1440, 920);
    window.show();
    REQUIRE(window.openFile(kExample));
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));
    views::LiveAnalysis *live = window.liveAnalysis();
    views::TraceView *trace = live->trace();
    const views::MatrixModel *model = live->matrix()->model();

    QSignalSpy traced(trace, &views::TraceView::traced);
    emit live->matrix()->table()->clicked(cellOf(model, QStringLiteral("spoke1-workload"), QStringLiteral("onprem")));
    QTRY_COMPARE(traced.count(), 1);
    REQUIRE(trace->result());
    CHECK(trace->result()->verdict == routing::Verdict::Reachable);
    CHECK(trace->verdictText().contains(QStringLiteral("Spoke1 / workload → OnPrem")));

    const QTreeWidget *hops = trace->hopList();
    REQUIRE(hops->topLevelItemCount() == 2);
    const QStringList there = childTexts(hops->topLevelItem(0), views::TraceView::ElementColumn);
    INFO(there.join(QLatin1Char('\n')).toStdString());
    CHECK(there.front() == QStringLiteral("1. Spoke1 / workload"));
    CHECK(there.back() == QStringLiteral("Delivered"));
    CHECK(hops->topLevelItem(0)->child(0)->text(views::TraceView::RouteColumn).startsWith(QStringLiteral("0.0.0.0/0 → VirtualAppliance")));
    CHECK(hops->topLevelItem(0)->child(0)->text(views::TraceView::OriginColumn) == QStringLiteral("User"));
    CHECK(hops->topLevelItem(1)->childCount() > 2); // the way back

    // On the canvas: the hop elements and the connectors between them.
    const QStringList elements = live->overlay()->traceElements();
    CHECK(elements.contains(QStringLiteral("spoke1-workload")));
    CHECK(elements.contains(QStringLiteral("hub-fw")));
    CHECK(elements.contains(QStringLiteral("hub-er-gw")));
    CHECK(live->overlay()->traceLinks().contains(QStringLiteral("hub-spoke1")));

    // A design change clears the path; the new analysis walks the flow again.
    window.document()->changeResource(withoutRemoteGateways(window.document()->design(), "hub-spoke2"),
                                      QStringLiteral("Clear useRemoteGateways"));
    CHECK(live->overlay()->traceElements().isEmpty());
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));
    QTRY_COMPARE(traced.count(), 2);
    CHECK_FALSE(live->overlay()->traceElements().isEmpty());

    // Closing the Trace dock clears the path.
    window.findChild<QDockWidget *>(QStringLiteral("TraceDock"))->close();
    CHECK(live->overlay()->traceElements().isEmpty());
}

TEST_CASE("The Trace dock traces to a typed address and refuses what is no address", "[views][live]")
{
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));
    views::TraceView *trace = window.liveAnalysis()->trace();
    QSignalSpy traced(trace, &views::TraceView::traced);

    trace->traceFlow(QStringLiteral("remote-users"), QStringLiteral("172.16.0.9"));
    QTRY_COMPARE(traced.count(), 1);
    CHECK(trace->result()->verdict == routing::Verdict::Unreachable);
    CHECK(trace->verdictText().contains(QStringLiteral("Remote users → 172.16.0.9")));
    CHECK(trace->verdictText().contains(QStringLiteral("the VPN clients have no route to the destination")));
    CHECK(trace->detailsText().contains(QStringLiteral("R-P2S-2: the gateway pushes its routes to the VPN clients")));

    trace->traceFlow(QStringLiteral("remote-users"), QStringLiteral("10.1.0.300"));
    CHECK_FALSE(trace->result());
    CHECK(trace->verdictText() == QStringLiteral("“10.1.0.300” is neither an endpoint nor an IPv4 address."));
    CHECK(trace->hopList()->topLevelItemCount() == 0);
}

TEST_CASE("The Routes dock follows the selection and says why the winning route wins", "[views][live]")
{
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));
    views::RoutesView *routes = window.liveAnalysis()->routes();

    select(window, {QStringLiteral("spoke1-workload")});
    CHECK(routes->element() == QStringLiteral("spoke1-workload"));
    CHECK(routes->title().contains(QStringLiteral("Spoke1 / workload")));
    REQUIRE(routes->routeList()->topLevelItemCount() > 2);

    routes->setDestination(QStringLiteral("10.0.1.4"));
    QStringList winners;
    for (int i = 0; i < routes->routeList()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = routes->routeList()->topLevelItem(i);
        if (item->data(views::RoutesView::PrefixColumn, views::RoutesView::WinnerRole).toBool())
            winners.append(item->text(views::RoutesView::PrefixColumn) + QLatin1Char(' ')
                           + item->text(views::RoutesView::NextHopColumn));
    }
    CHECK(winners == QStringList{QStringLiteral("▶ 10.0.0.0/16 VNetPeering (Hub)")});
    const QString why = routes->explanation();
    INFO(why.toStdString());
    CHECK(why.contains(QStringLiteral("For 10.0.1.4 the route 10.0.0.0/16 → VNetPeering (Hub) wins")));
    CHECK(why.contains(QStringLiteral("0.0.0.0/0 (User) loses on longest prefix match: /16 is longer than /0 (§1.4).")));

    routes->setDestination(QStringLiteral("ten.zero"));
    CHECK(routes->explanation() == QStringLiteral("“ten.zero” is not an IPv4 address (like 10.1.0.4)."));

    // An element that holds no routes says so.
    select(window, {QStringLiteral("er-circuit")});
    CHECK(routes->routeList()->topLevelItemCount() == 0);
    CHECK(routes->title().contains(QStringLiteral("holds no routes")));
}

TEST_CASE("The legend can be hidden from the View menu", "[views][live]")
{
    designer::DesignerWindow window;
    window.show();
    views::CanvasLegend *legend = window.liveAnalysis()->legend();
    CHECK(legend->isVisible());
    legend->toggleAction()->trigger();
    CHECK_FALSE(legend->isVisible());
}

TEST_CASE("The matrix and the canvas colouring follow a dark palette", "[views][live]")
{
    // SPOKEWISE_SCREENSHOT_DIR=dir keeps pictures of each dock and of the canvas colouring, light
    // and dark (docs/images/live-*.png come from here).
    const QString shots = qEnvironmentVariable("SPOKEWISE_SCREENSHOT_DIR");
    designer::DesignerWindow window;
    window.resize(1440, 920);
    window.show();
    REQUIRE(window.openFile(kExample));
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));
    views::LiveAnalysis *live = window.liveAnalysis();
    auto *problemsDock = window.findChild<QDockWidget *>(QStringLiteral("ProblemsDock"));
    window.resizeDocks({problemsDock}, {330}, Qt::Vertical);
    const auto dockNamed = [&](const char *name) { return window.findChild<QDockWidget *>(QLatin1String(name)); };
    const auto save = [&](QWidget *widget, const QString &name) {
        if (shots.isEmpty())
            return;
        QApplication::processEvents();
        widget->grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
    };

    select(window, {QStringLiteral("remote-users")});
    live->routes()->setDestination(QStringLiteral("10.0.1.4"));
    select(window, {QStringLiteral("spoke1-workload")});
    select(window, {QStringLiteral("remote-users")});
    dockNamed("MatrixDock")->raise();
    save(&window, QStringLiteral("live-matrix"));
    QSignalSpy traced(live->trace(), &views::TraceView::traced);
    live->trace()->traceFlow(QStringLiteral("spoke1-workload"), QStringLiteral("onprem"));
    QTRY_COMPARE(traced.count(), 1);
    dockNamed("TraceDock")->raise();
    save(&window, QStringLiteral("live-trace"));
    select(window, {QStringLiteral("spoke1-workload")});
    dockNamed("RoutesDock")->raise();
    save(&window, QStringLiteral("live-routes"));

    const QModelIndex cell = cellOf(live->matrix()->model(), QStringLiteral("remote-users"), QStringLiteral("onprem"));
    const QColor lightFill = cell.data(Qt::BackgroundRole).value<QColor>();
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Button, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    QApplication::setPalette(dark);
    QApplication::processEvents();
    const QColor darkFill = cell.data(Qt::BackgroundRole).value<QColor>();
    CHECK(lightFill.lightness() > 160);
    CHECK(darkFill.lightness() < 100);
    select(window, {QStringLiteral("remote-users")});
    CHECK(live->overlay()->verdictShownOn(QStringLiteral("onprem")) == int(routing::Verdict::Unreachable));
    live->trace()->traceFlow(QStringLiteral("spoke1-workload"), QStringLiteral("onprem"));
    QTRY_COMPARE(traced.count(), 2);
    dockNamed("MatrixDock")->raise();
    save(&window, QStringLiteral("live-dark"));
    QApplication::setPalette(light);
    QApplication::processEvents();
}
