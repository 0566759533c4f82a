// spokewise-cli generate: writes a synthetic hub-and-spoke design (benchmarks, demos).
#include "cli.h"

#include "io/design_file.h"
#include "routing/generator.h"

namespace spokewise::cli {

int runGenerate(const QStringList &arguments, Console &console)
{
    const Command &command = *findCommand(QStringLiteral("generate"));
    QCommandLineParser parser;
    const QCommandLineOption hubs(QStringLiteral("hubs"), QStringLiteral("Number of hubs (1..12)."), QStringLiteral("H"));
    const QCommandLineOption spokes(QStringLiteral("spokes-per-hub"), QStringLiteral("Spokes per hub (0..4000)."), QStringLiteral("S"));
    const QCommandLineOption sites(QStringLiteral("sites"), QStringLiteral("On-premises sites (0..800)."), QStringLiteral("N"));
    const QCommandLineOption groups(QStringLiteral("p2s-groups"), QStringLiteral("P2S client groups (0..1000)."), QStringLiteral("G"));
    const QCommandLineOption firewall(QStringLiteral("firewall"), QStringLiteral("An Azure Firewall per hub, with spoke UDRs."));
    const QCommandLineOption vwan(QStringLiteral("vwan"), QStringLiteral("Virtual WAN hubs instead of hub VNets."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The design file to write."), QStringLiteral("FILE"));
    parser.addOptions({hubs, spokes, sites, groups, firewall, vwan, out});
    if (const auto stop = parseCommandLine(parser, command, QStringLiteral("Writes a generated hub-and-spoke design."),
                                           arguments, console, 0, 0))
        return *stop;
    const auto number = [&](const QCommandLineOption &o, int min, int max, int *value) {
        if (!parser.isSet(o))
            return QStringLiteral("--%1 is required").arg(o.names().constFirst());
        bool ok = false;
        *value = parser.value(o).toInt(&ok);
        if (!ok || *value < min || *value > max)
            return QStringLiteral("--%1 must be a number from %2 to %3").arg(o.names().constFirst()).arg(min).arg(max);
        return QString();
    };
    routing::GeneratorOptions o;
    for (const auto &[opt, min, max, value] : {std::tuple{&hubs, 1, 12, &o.hubs}, std::tuple{&spokes, 0, 4000, &o.spokesPerHub},
                                               std::tuple{&sites, 0, 800, &o.sites}, std::tuple{&groups, 0, 1000, &o.p2sGroups}}) {
        if (const QString error = number(*opt, min, max, value); !error.isEmpty())
            return usageError(command, error, console);
    }
    if (!parser.isSet(out))
        return usageError(command, QStringLiteral("--out FILE is required"), console);
    o.firewall = parser.isSet(firewall);
    o.vwan = parser.isSet(vwan);
    const Design d = routing::generateDesign(o);
    if (const auto error = io::saveDesignFile(d, parser.value(out).toStdString())) {
        console.err << parser.value(out) << ": error: " << QString::fromStdString(*error) << '\n';
        return ExitInvalid;
    }
    console.out << parser.value(out) << ": " << d.resources.size() << " elements written\n";
    return ExitOk;
}

} // namespace spokewise::cli
