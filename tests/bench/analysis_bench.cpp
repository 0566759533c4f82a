// Live-analysis benchmark (not a test): how long the GUI event loop stalls while the designer
// analyses a large generated design in the background. A 5 ms timer on the GUI thread records the
// longest gap between its ticks from the moment the analysis is requested until its result has
// been shown in the Problems list and on the canvas. Run it offscreen:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/spokewise-analysis-bench [hubs] [spokes-per-hub]
#include "analysis/analysis_runner.h"
#include "analysis/canvas_marks.h"
#include "analysis/problems_view.h"
#include "canvas/design_scene.h"
#include "document/document.h"
#include "routing/generator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace spokewise;
using namespace spokewise::views;

namespace {

// One round: the longest gap between ticks of the GUI thread's 5 ms timer, and the round's time.
struct StallProbe
{
    qint64 maxGapNs = 0;
    qint64 totalNs = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    routing::GeneratorOptions options;
    options.hubs = argc > 1 ? std::atoi(argv[1]) : 2;
    options.spokesPerHub = argc > 2 ? std::atoi(argv[2]) : 999;
    options.sites = 50;
    options.p2sGroups = 8;
    options.firewall = true;

    Document document;
    document.reset(routing::generateDesign(options));
    DesignScene scene(&document);
    scene.rebuild();
    ProblemsView problems;
    CanvasMarks marks(&scene);
    AnalysisRunner runner(&document);
    QObject::connect(&runner, &AnalysisRunner::analysisFinished, &app, [&] {
        problems.setAnalysis(*runner.analysis(), document.design());
        marks.setAnalysis(*runner.analysis());
    });
    app.processEvents();
    std::printf("design: %d hubs x %d spokes = %d VNets, %zu resources\n", options.hubs, options.spokesPerHub,
                options.hubs * (options.spokesPerHub + 1), document.design().resources.size());

    for (int round = 0; round < 3; ++round) {
        StallProbe probe;
        QElapsedTimer total;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
            probe.maxGapNs = std::max(probe.maxGapNs, sinceTick.nsecsElapsed());
            sinceTick.restart();
        });
        bool done = false;
        auto finished = QObject::connect(&runner, &AnalysisRunner::analysisFinished, &app, [&] { done = true; });
        ticker.start();
        total.start();
        sinceTick.start();
        QTimer::singleShot(0, &runner, &AnalysisRunner::analyzeNow);
        while (!done)
            app.processEvents(QEventLoop::WaitForMoreEvents);
        // The result handlers ran inside the last event; count them as a gap too.
        probe.maxGapNs = std::max(probe.maxGapNs, sinceTick.nsecsElapsed());
        probe.totalNs = total.nsecsElapsed();
        QObject::disconnect(finished);
        std::printf("round %d: analysis %.0f ms, longest event-loop stall %.1f ms, %d problems\n", round + 1,
                    static_cast<double>(probe.totalNs) / 1e6, static_cast<double>(probe.maxGapNs) / 1e6,
                    problems.problemCount());
    }
    return 0;
}
