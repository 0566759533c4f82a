// Canvas benchmark (not a test): how long opening and drawing a large generated design takes, and
// how long one repaint takes while zooming and panning. Run it offscreen:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/spokewise-canvas-bench [hubs] [spokes-per-hub]
#include "canvas/canvas_view.h"
#include "canvas/design_scene.h"
#include "document/document.h"
#include "routing/generator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace spokewise;
using namespace spokewise::views;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// One frame as the view draws it: the visible part of the scene into a viewport-sized image.
double paintOnce(CanvasView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    timer.start();
    QPainter painter(&image);
    view.render(&painter, QRectF(), view.viewport()->rect());
    painter.end();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    routing::GeneratorOptions options;
    options.hubs = argc > 1 ? std::atoi(argv[1]) : 10;
    options.spokesPerHub = argc > 2 ? std::atoi(argv[2]) : 199;
    options.sites = 20;
    options.p2sGroups = 10;
    options.firewall = true;
    const Design design = routing::generateDesign(options);
    int vnets = 0;
    for (const auto &r : design.resources)
        vnets += r.kind() == ResourceKind::VirtualNetwork;

    QElapsedTimer timer;
    timer.start();
    Document document;
    document.reset(design);
    const double resetMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    DesignScene scene(&document);
    const double buildMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    CanvasView view(&scene);
    view.resize(1600, 1000);
    view.show();
    timer.restart();
    view.fitDesign();
    const double fitPaintMs = paintOnce(view) + static_cast<double>(timer.nsecsElapsed()) / 1e6;

    // Zooming in to 100% and panning across the design: the frame times a user feels.
    std::vector<double> zoomFrames;
    for (const qreal zoom : {0.1, 0.2, 0.35, 0.5, 0.75, 1.0, 1.5}) {
        view.setZoom(zoom, scene.designBounds().center());
        zoomFrames.push_back(paintOnce(view));
    }
    std::vector<double> panFrames;
    view.setZoom(1.0, scene.designBounds().topLeft());
    for (int step = 0; step < 40; ++step) {
        view.centerOn(scene.designBounds().topLeft() + QPointF(step * 150.0, step * 40.0));
        panFrames.push_back(paintOnce(view));
    }
    if (qEnvironmentVariableIsSet("SPOKEWISE_BENCH_DIAGNOSE")) {
        // Which part of a frame costs what: without connectors, then without element items either.
        for (auto *link : scene.links())
            link->setVisible(false);
        std::vector<double> noLinks;
        for (int step = 0; step < 10; ++step) {
            view.centerOn(scene.designBounds().topLeft() + QPointF(step * 150.0, step * 40.0));
            noLinks.push_back(paintOnce(view));
        }
        std::printf("pan frame without connectors: %5.1f ms\n", median(noLinks));
        for (auto *item : scene.items())
            item->setVisible(false);
        std::vector<double> nothing;
        for (int step = 0; step < 10; ++step) {
            view.centerOn(scene.designBounds().topLeft() + QPointF(step * 150.0, step * 40.0));
            nothing.push_back(paintOnce(view));
        }
        std::printf("pan frame, background only: %5.1f ms\n", median(nothing));
    }
    std::printf("design: %d VNets, %zu elements, %d canvas items, %lld links\n", vnets, design.resources.size(),
                static_cast<int>(scene.items().size()), static_cast<long long>(scene.links().size()));
    std::printf("open (Document::reset):      %8.1f ms\n", resetMs);
    std::printf("draw (build every item):     %8.1f ms\n", buildMs);
    std::printf("fit + first full paint:      %8.1f ms\n", fitPaintMs);
    std::printf("open and draw, total:        %8.1f ms\n", resetMs + buildMs + fitPaintMs);
    std::printf("zoom frame, median (max):    %8.1f ms (%.1f)\n", median(zoomFrames),
                *std::max_element(zoomFrames.begin(), zoomFrames.end()));
    std::printf("pan frame at 100%%, median (max): %5.1f ms (%.1f)\n", median(panFrames),
                *std::max_element(panFrames.begin(), panFrames.end()));
    return 0;
}
