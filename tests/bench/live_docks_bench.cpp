// Live-analysis docks benchmark (not a test): what the matrix, trace and routes docks and the
// canvas colouring cost on the GUI thread when an analysis of a large generated design arrives,
// and how long one trace() and one route choice take. Run it offscreen:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/spokewise-live-docks-bench [hubs] [spokes-per-hub]
#include "analysis/analysis_overlay.h"
#include "analysis/matrix_model.h"
#include "analysis/matrix_view.h"
#include "analysis/routes_view.h"
#include "analysis/trace_view.h"
#include "canvas/design_scene.h"
#include "document/document.h"
#include "routing/generator.h"
#include "routing/route_choice.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace spokewise;
using namespace spokewise::views;

namespace {

double msOf(const auto &f)
{
    QElapsedTimer t;
    t.start();
    f();
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

void report(const char *what, std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    std::printf("%-44s median %8.3f ms, max %8.3f ms (%zu runs)\n", what, v[v.size() / 2], v.back(), v.size());
}

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
    const Design &design = document.design();
    const auto analysis = std::make_shared<const routing::Analysis>(routing::analyze(design));
    const auto &endpoints = analysis->endpoints();
    std::printf("design: %d hubs x %d spokes, %zu resources, %zu endpoints\n", options.hubs, options.spokesPerHub,
                design.resources.size(), endpoints.size());

    MatrixView matrix;
    TraceView trace;
    RoutesView routes;
    CanvasOverlay overlay(&scene);
    overlay.setAnalysis(analysis);
    routes.setElement(QStringLiteral("spoke0-0-app"));
    std::vector<double> m, t, r, o;
    for (int round = 0; round < 3; ++round) {
        m.push_back(msOf([&] { matrix.setAnalysis(analysis, design); }));
        t.push_back(msOf([&] { trace.setAnalysis(analysis, design); }));
        r.push_back(msOf([&] { routes.setAnalysis(analysis, design); }));
        o.push_back(msOf([&] { overlay.setSource(QString::fromStdString(endpoints[round].id.str())); }));
    }
    report("GUI: matrix dock, new analysis", m);
    report("GUI: trace dock, new analysis", t);
    report("GUI: routes dock, new analysis", r);
    report("GUI: canvas colouring from one endpoint", o);

    // trace(): a spread of pairs across the design.
    std::vector<double> traces;
    const std::size_t n = endpoints.size();
    for (std::size_t k = 0; k < 40; ++k) {
        const auto &from = endpoints[(k * 97) % n].id;
        const auto &to = endpoints[(k * 331 + 7) % n].id;
        traces.push_back(msOf([&] { (void)analysis->trace(from, to); }));
    }
    report("trace() one flow (worker thread in the dock)", traces);
    std::vector<double> choices;
    for (int k = 0; k < 40; ++k) {
        choices.push_back(msOf([&] {
            (void)routing::chooseRoute(*analysis, Id("spoke0-0-app"), *net::Ipv4Address::parse("10.200.3.4"));
        }));
    }
    report("chooseRoute() at a spoke subnet", choices);

    QSignalSpy scanned(matrix.model(), &MatrixModel::scanFinished);
    const double scan = msOf([&] {
        matrix.model()->setProblemsOnly(true);
        scanned.wait(600000);
    });
    std::printf("%-44s %8.1f ms (worker thread)\n", "\"problems only\" scan of every cell", scan);
    return 0;
}
