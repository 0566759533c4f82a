// Live analysis in the designer: the Problems dock and the canvas follow the design as it is
// edited, results computed for an older design never show, and the GUI thread never analyses.
#include "analysis_support.h"
#include "designer_window.h"

#include "analysis/analysis_runner.h"
#include "analysis/canvas_marks.h"
#include "analysis/finding_text.h"
#include "analysis/problems_view.h"
#include "canvas/canvas_items.h"
#include "canvas/design_scene.h"
#include "document/document.h"
#include "io/design_file.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QThread>
#include <QUndoStack>

#include <atomic>

using namespace spokewise;
using spokewise::test::waitForCurrent;
using spokewise::test::withoutRemoteGateways;

namespace {

const QString kExample = QStringLiteral(SPOKEWISE_SOURCE_DIR "/resources/examples/hub-spoke-p2s-er.spokewise.json");

// Every row of the Problems dock as "severity | rule | elements | explanation".
QStringList problemRows(const views::ProblemsView *view)
{
    QStringList rows;
    for (int i = 0; i < view->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = view->topLevelItem(i);
        QStringList cells;
        for (int c = 0; c < view->columnCount(); ++c)
            cells.append(item->text(c));
        rows.append(cells.join(QStringLiteral(" | ")));
    }
    return rows;
}

bool anyRowContains(const QStringList &rows, const QString &text)
{
    return std::any_of(rows.begin(), rows.end(), [&](const QString &row) { return row.contains(text); });
}

views::ElementMark markOf(const views::DesignScene *scene, const QString &id)
{
    if (const views::ElementItem *item = scene->itemFor(id))
        return item->mark();
    for (const views::LinkItem *link : scene->links()) {
        if (link->elementId() == id)
            return link->mark();
    }
    FAIL("no item for " << id.toStdString());
    return views::ElementMark::None;
}

Design exampleDesign()
{
    auto loaded = io::loadDesignFile(kExample.toStdString());
    REQUIRE(loaded.ok());
    return *loaded.design;
}

} // namespace

TEST_CASE("The Problems dock lists the example's violated intent and the canvas marks it", "[views][analysis]")
{
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));
    QApplication::processEvents();

    const QStringList rows = problemRows(window.problems());
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    CHECK(anyRowContains(rows, QStringLiteral("Remote users reach OnPrem: expected reachable, but unreachable")));
    CHECK_FALSE(anyRowContains(rows, QStringLiteral("Remote users reach Spoke1")));
    CHECK(markOf(window.scene(), QStringLiteral("remote-users-to-onprem")) == views::ElementMark::Broken);
    CHECK(markOf(window.scene(), QStringLiteral("remote-users-to-spoke1")) == views::ElementMark::None);

    const QString count = views::problemCountText(window.problems()->problemCount());
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [&](const QLabel *l) { return l->text() == count; }));

    // Activating a row selects its elements on the canvas.
    for (int i = 0; i < window.problems()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = window.problems()->topLevelItem(i);
        if (item->text(views::ProblemsView::ExplanationColumn).startsWith(QStringLiteral("Remote users reach OnPrem")))
            emit window.problems()->itemActivated(item, 0);
    }
    CHECK(window.scene()->selectedElementIds() == QStringList{QStringLiteral("remote-users-to-onprem")});
}

TEST_CASE("An edit updates the Problems dock and the marks, and undo clears them again", "[views][analysis]")
{
    designer::DesignerWindow window;
    window.show();
    REQUIRE(window.openFile(kExample));
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));

    window.document()->changeResource(withoutRemoteGateways(window.document()->design(), "hub-spoke1"),
                                      QStringLiteral("Clear useRemoteGateways"));
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));
    QApplication::processEvents();
    QStringList rows = problemRows(window.problems());
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    CHECK(anyRowContains(rows, QStringLiteral("Remote users reach Spoke1: expected reachable")));
    CHECK(markOf(window.scene(), QStringLiteral("remote-users-to-spoke1")) == views::ElementMark::Broken);

    window.document()->undoStack()->undo();
    REQUIRE(waitForCurrent(window.analysisRunner(), window.document()));
    QApplication::processEvents();
    rows = problemRows(window.problems());
    CHECK_FALSE(anyRowContains(rows, QStringLiteral("Remote users reach Spoke1")));
    CHECK(markOf(window.scene(), QStringLiteral("remote-users-to-spoke1")) == views::ElementMark::None);
    CHECK(markOf(window.scene(), QStringLiteral("remote-users-to-onprem")) == views::ElementMark::Broken);
}

TEST_CASE("Only the analysis of the latest design is published", "[views][analysis]")
{
    views::Document document;
    document.reset(exampleDesign());
    views::AnalysisRunner runner(&document);
    QSignalSpy started(&runner, &views::AnalysisRunner::analysisStarted);
    QSignalSpy finished(&runner, &views::AnalysisRunner::analysisFinished);

    // A job starts, then two edits arrive before it can deliver.
    runner.analyzeNow();
    const Design &design = document.design();
    document.changeResource(withoutRemoteGateways(design, "hub-spoke1"), QStringLiteral("edit 1"));
    document.changeResource(withoutRemoteGateways(document.design(), "hub-spoke2"), QStringLiteral("edit 2"));
    REQUIRE(waitForCurrent(&runner, &document));

    REQUIRE(finished.count() == 1);
    CHECK(finished.front().front().value<quint64>() == document.revision());
    CHECK(started.count() == 2); // the first job and the latest design; edits do not pile up jobs

    // A result for an older revision offered later is dropped too.
    const auto current = runner.analysis();
    CHECK_FALSE(runner.deliver(document.revision() - 1, std::make_shared<const routing::Analysis>()));
    CHECK(runner.analysis() == current);
    CHECK(runner.analysedRevision() == document.revision());
}

TEST_CASE("The analysis runs on a worker thread, never on the GUI thread", "[views][analysis]")
{
    views::Document document;
    document.reset(exampleDesign());
    views::AnalysisRunner runner(&document);
    std::atomic<QThread *> jobThread = nullptr;
    runner.setJobHook([&jobThread] { jobThread = QThread::currentThread(); });
    runner.analyzeNow();
    REQUIRE(waitForCurrent(&runner, &document));
    CHECK(jobThread.load() != nullptr);
    CHECK(jobThread.load() != QThread::currentThread());
    CHECK(jobThread.load() != qApp->thread());
}

TEST_CASE("Every finding the routing engine can emit has a hand-written sentence", "[views][analysis]")
{
    // The sub-codes as the engine's source spells them, so a new check fails here until it has a text.
    QFile source(QStringLiteral(SPOKEWISE_SOURCE_DIR "/model/routing/findings.cpp"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(source.readAll());
    const QRegularExpression add(QString::fromUtf8(R"re(c\.add\(rule\("(M-\d+|§6\.3)"\),[^"]*"([a-z0-9-]+)")re"));
    QSet<QString> codes;
    for (auto it = add.globalMatch(text); it.hasNext();)
        codes.insert(it.next().captured(2));
    REQUIRE(codes.size() >= 45);

    const auto known = views::knownFindingCodes();
    const QRegularExpression unfilled(QStringLiteral("%\\d"));
    Design design;
    for (const QString &code : codes) {
        INFO(code.toStdString());
        CHECK(std::find(known.begin(), known.end(), code.toStdString()) != known.end());
        routing::Finding f;
        f.code = code.toStdString();
        f.elements = {Id("e1"), Id("e2"), Id("e3"), Id("e4")};
        f.args = {"a1", "a2"};
        const QString sentence = views::findingText(f, design);
        INFO(sentence.toStdString());
        CHECK_FALSE(sentence.contains(code));
        CHECK_FALSE(sentence.contains(unfilled));
        CHECK(sentence.contains(QStringLiteral("e1")));
    }
    for (int r = 0; r <= static_cast<int>(routing::Reason::DeliveredElsewhere); ++r)
        CHECK_FALSE(views::reasonText(static_cast<routing::Reason>(r)).isEmpty());
    for (int v = 0; v <= static_cast<int>(routing::Verdict::Indeterminate); ++v)
        CHECK_FALSE(views::verdictText(static_cast<routing::Verdict>(v)).isEmpty());
}

TEST_CASE("A finding reads as a sentence naming the elements", "[views][analysis]")
{
    const Design design = exampleDesign();
    routing::Finding f;
    f.check = routing::rule("M-8");
    f.severity = routing::Severity::Error;
    f.code = "use-remote-gateways-without-transit";
    f.elements = {Id("hub-spoke1"), Id("spoke1"), Id("hub")};
    CHECK(views::findingText(f, design)
          == QStringLiteral("Spoke1 uses the remote gateways of Hub through peering Hub-Spoke1, but Hub does not "
                            "allow gateway transit."));
    CHECK(views::ruleText(f.check) == QStringLiteral("M-8"));

    // A code this version has no text for still reads as its parts.
    f.code = "some-future-check";
    f.args = {"10.0.0.0/8"};
    CHECK(views::findingText(f, design)
          == QStringLiteral("Check M-8 (some-future-check) fails for Hub-Spoke1, Spoke1, Hub. Values: 10.0.0.0/8."));
}
