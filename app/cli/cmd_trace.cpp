// spokewise-cli trace: walks one flow hop by hop, forward and back, and explains the verdict.
#include "routing_text.h"

namespace spokewise::cli {

using namespace routing;

namespace {

void printWalk(const char *title, const Walk &w, Console &console)
{
    if (w.hops.empty())
        return;
    console.out << title << ":\n";
    for (const Hop &h : w.hops) {
        console.out << "  " << QString::fromStdString(h.element.str());
        if (h.route)
            console.out << "  via " << routeLine(*h.route).simplified();
        if (h.rule)
            console.out << "  [" << QString::fromUtf8(ruleId(h.rule).data()) << ']';
        if (h.ecmp)
            console.out << "  (ECMP: first path followed)";
        console.out << '\n';
    }
}

} // namespace

int runTrace(const QStringList &arguments, Console &console)
{
    const Command &command = *findCommand(QStringLiteral("trace"));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the result as JSON (docs/cli.md)."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Source endpoint (id or unique name)."), QStringLiteral("ELEMENT"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Destination endpoint or IPv4 address."), QStringLiteral("ELEMENT|IP"));
    const QCommandLineOption fail(QStringLiteral("fail"), QStringLiteral("Treat ELEMENT as down; repeatable."), QStringLiteral("ELEMENT"));
    parser.addOptions({json, from, to, fail});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file."));
    if (const auto stop = parseCommandLine(parser, command,
                                           QStringLiteral("Walks a flow hop by hop and back.\nExit status: 0 reachable, 1 any "
                                                          "other verdict, 2 bad input."),
                                           arguments, console, 1, 1))
        return *stop;
    if (!parser.isSet(from) || !parser.isSet(to))
        return usageError(command, QStringLiteral("--from and --to are required"), console);
    const QString fileName = parser.positionalArguments().constFirst();
    const auto design = loadForAnalysis(fileName, console);
    if (!design)
        return ExitInvalid;
    const auto source = resolveElement(*design, parser.value(from));
    if (!source)
        return usageError(command, QStringLiteral("--from %1: no element has this id or (unique) name").arg(parser.value(from)), console);
    const auto failed = resolveFailures(command, *design, parser.values(fail), console);
    if (!failed)
        return ExitInvalid;
    AnalyzeOptions options;
    options.failed = *failed;
    options.matrix = false;
    const Analysis a = analyze(*design, options);
    if (a.endpointIndex(*source) < 0)
        return usageError(command, QStringLiteral("--from %1: not an endpoint (a subnet, site, P2S group or internet)").arg(parser.value(from)), console);
    FlowResult f;
    if (const auto address = net::Ipv4Address::parse(parser.value(to).toStdString())) {
        f = a.trace(*source, *address);
    } else {
        const auto target = resolveElement(*design, parser.value(to));
        if (!target || a.endpointIndex(*target) < 0)
            return usageError(command, QStringLiteral("--to %1: neither an endpoint nor an IPv4 address").arg(parser.value(to)), console);
        f = a.trace(*source, *target);
    }
    const int exitCode = f.verdict == Verdict::Reachable ? ExitOk : ExitFindings;
    if (parser.isSet(json)) {
        nlohmann::ordered_json doc = flowJson(f);
        doc["file"] = fileName.toStdString();
        doc["exitCode"] = exitCode;
        printJson(doc, console);
        return exitCode;
    }
    console.out << QString::fromStdString(f.source.str()) << " (" << QString::fromStdString(f.sourceAddress.toString())
                << ") -> " << QString::fromStdString(f.destination.empty() ? f.destinationAddress.toString() : f.destination.str())
                << " (" << QString::fromStdString(f.destinationAddress.toString()) << "): "
                << QString::fromLatin1(enumName(f.verdict).data()) << '\n';
    if (f.verdict != Verdict::Reachable)
        console.out << "reason: " << reasonText(f.reason) << " (" << QString::fromLatin1(enumName(f.decidedBy).data())
                    << " path)\n";
    QString rules;
    for (RuleRef r : f.rules)
        rules += (rules.isEmpty() ? QString() : QStringLiteral(", ")) + QString::fromUtf8(ruleId(r).data());
    if (!rules.isEmpty())
        console.out << "rules: " << rules << '\n';
    QString elements;
    for (const Id &e : f.elements)
        elements += (elements.isEmpty() ? QString() : QStringLiteral(", ")) + QString::fromStdString(e.str());
    if (!elements.isEmpty())
        console.out << "elements: " << elements << '\n';
    for (const std::string &s : f.assumptions)
        console.out << "assumption: " << QString::fromStdString(s) << '\n';
    if (f.fix.code != FixCode::None)
        console.out << "fix: " << fixText(f.fix) << '\n';
    printWalk("forward", f.forward, console);
    printWalk("return", f.back, console);
    return exitCode;
}

} // namespace spokewise::cli
