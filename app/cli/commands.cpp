// The one table of spokewise-cli's subcommands. To add one: write cmd_<name>.cpp defining
// run<Name>(), declare it here, add its row, and list the file in CMakeLists.txt.
#include "cli.h"

#include <iterator>

namespace spokewise::cli {

int runValidate(const QStringList &arguments, Console &console);
int runCost(const QStringList &arguments, Console &console);
int runCompare(const QStringList &arguments, Console &console);
int runAnalyze(const QStringList &arguments, Console &console);
int runRoutes(const QStringList &arguments, Console &console);
int runTrace(const QStringList &arguments, Console &console);
int runGenerate(const QStringList &arguments, Console &console);
int runExport(const QStringList &arguments, Console &console);
int runReport(const QStringList &arguments, Console &console);

namespace {

const Command kCommands[] = {
        {"validate", "[--json] FILE", "Check a design file: exit 0 valid, 1 findings, 2 unreadable or invalid.",
         &runValidate},
        {"cost", "[--json|--csv] [--catalog FILE] [--p2s-hours HOURS] FILE",
         "Price a design line by line, monthly and yearly, from the bundled (or your) price catalog.", &runCost},
        {"compare", "[--json] [--catalog FILE] [--p2s-hours HOURS] FILE FILE...",
         "Compare alternatives side by side: cost per category and total, flows that work, findings.", &runCompare},
        {"analyze", "[--fail ELEMENT]... [--json] FILE",
         "Routing analysis: findings, intents, reachability; exit 0 clean, 1 error finding or violated intent.",
         &runAnalyze},
        {"routes", "--at ELEMENT [--json] FILE", "The routes a subnet, gateway, hub, site, P2S group or connection holds.",
         &runRoutes},
        {"trace", "--from ELEMENT --to ELEMENT|IP [--fail ELEMENT]... [--json] FILE",
         "Walk a flow hop by hop and back; exit 0 reachable, 1 any other verdict.", &runTrace},
        {"generate", "--hubs H --spokes-per-hub S --sites N --p2s-groups G [--firewall] [--vwan] --out FILE",
         "Write a generated hub-and-spoke design (benchmarks, demos).", &runGenerate},
        {"export", "--to png|svg|pdf|drawio|mermaid --out PATH [--scale N] [--transparent] [--title] [--overlay] FILE",
         "Draw the design as PNG, SVG or PDF, or write it as a draw.io diagram or a Mermaid flowchart.", &runExport},
        {"report", "--out FILE.pdf|FILE.html|FILE.csv [--catalog FILE] [--title T] [--customer C] [--author A] "
                   "[--date YYYY-MM-DD] FILE",
         "Write a customer report: diagram, bill of materials, costs, assumptions, reachability, findings.",
         &runReport},
};

} // namespace

std::span<const Command> commands()
{
    return {std::begin(kCommands), std::end(kCommands)};
}

} // namespace spokewise::cli
