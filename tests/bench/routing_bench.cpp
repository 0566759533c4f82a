// Benchmark of the routing engine (not a test): generates hub-and-spoke designs and times the whole
// analysis (control plane, matrix, findings), a re-analysis after one edit (full and incremental),
// and peak memory.
// Usage: spokewise-routing-bench [VNETS] [--vwan] [--no-firewall] [--threads N]; figures go to
// docs/performance.md by hand.

#include "routing/analysis.h"
#include "routing/generator.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace spokewise;
using namespace spokewise::routing;

namespace {

double millisecondsOf(const auto &f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

double cpuMilliseconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0)
           + static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    int vnets = 200;
    bool vwan = false;
    bool firewall = true;
    int threads = 2;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--vwan"))
            vwan = true;
        else if (!std::strcmp(argv[i], "--no-firewall"))
            firewall = false;
        else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else
            vnets = std::atoi(argv[i]);
    }
    GeneratorOptions o;
    o.hubs = 2;
    o.spokesPerHub = vwan ? vnets / 2 : (vnets - 2) / 2;
    o.sites = vnets >= 1000 ? 50 : 20;
    o.p2sGroups = vnets >= 1000 ? 8 : 4;
    o.firewall = firewall && !vwan;
    o.vwan = vwan;
    Design d = generateDesign(o);
    AnalyzeOptions opts;
    opts.threads = threads;

    Analysis a;
    const int runs = vnets >= 1000 ? 3 : 15;
    std::vector<double> full;
    const double cpu0 = cpuMilliseconds();
    for (int r = 0; r < runs; ++r)
        full.push_back(millisecondsOf([&] { a = analyze(d, opts); }));
    const double cpuPerRun = (cpuMilliseconds() - cpu0) / runs;
    std::size_t reachable = 0;
    const auto n = a.endpoints().size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            reachable += i != j && a.cell(static_cast<int>(i), static_cast<int>(j)).verdict == Verdict::Reachable;

    // One edit: a spoke stops using the hub's gateway; analyse the edited design.
    std::vector<double> edit;
    for (int r = 0; r < runs; ++r) {
        Design e = d;
        Resource *peering = e.find(Id("spoke0-0-peering"));
        if (!peering)
            break; // Virtual WAN designs have no peerings
        peering->as<VirtualNetworkPeering>()->sides[1].useRemoteGateways = false;
        edit.push_back(millisecondsOf([&] { a = analyze(e, opts); }));
    }
    // The same edit re-analysed incrementally, from an analysis that kept its dependencies.
    AnalyzeOptions keep = opts;
    keep.keepDependencies = true;
    std::vector<double> keptFull;
    Analysis kept;
    for (int r = 0; r < runs; ++r)
        keptFull.push_back(millisecondsOf([&] { kept = analyze(d, keep); }));
    std::vector<double> incremental;
    MatrixStats stats;
    for (int r = 0; r < runs; ++r) {
        Design e = d;
        Resource *peering = e.find(Id("spoke0-0-peering"));
        if (!peering)
            break;
        peering->as<VirtualNetworkPeering>()->sides[1].useRemoteGateways = false;
        incremental.push_back(millisecondsOf([&] { a = reanalyze(kept, e, opts); }));
        stats = a.matrixStats();
    }
    std::vector<double> controlOnly;
    AnalyzeOptions noMatrix = opts;
    noMatrix.matrix = false;
    for (int r = 0; r < runs; ++r)
        controlOnly.push_back(millisecondsOf([&] { (void)analyze(d, noMatrix); }));

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("design: %d hubs x %d spokes (%s%s), %d sites, %d P2S groups -> %zu resources\n", o.hubs,
                o.spokesPerHub, vwan ? "Virtual WAN" : "hub VNets", o.firewall ? ", firewall" : "", o.sites,
                o.p2sGroups, d.resources.size());
    std::printf("endpoints: %zu, reachable ordered pairs: %zu\n", n, reachable);
    std::printf("full analysis (median of %d): %.2f ms wall, %.2f ms CPU (all threads, mean)\n", runs, median(full),
                cpuPerRun);
    std::printf("control plane + findings only (no matrix): %.2f ms\n", median(controlOnly));
    if (!edit.empty())
        std::printf("re-analysis after one edit (median of %zu): %.2f ms\n", edit.size(), median(edit));
    std::printf("full analysis keeping dependencies (median of %d): %.2f ms\n", runs, median(keptFull));
    if (!incremental.empty())
        std::printf("incremental re-analysis after that edit (median of %zu): %.2f ms, %ld of %ld blocks walked%s\n",
                    incremental.size(), median(incremental), stats.walkedBlocks, stats.blocks,
                    stats.incremental ? "" : " (not incremental: too many classes or a structural change)");
    std::printf("peak RSS: %.1f MiB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);
    return 0;
}
