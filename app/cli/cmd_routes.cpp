// spokewise-cli routes: the routes one element holds (subnet, gateway, hub, site, P2S group) or
// advertises (connection).
#include "routing_text.h"

namespace spokewise::cli {

using namespace routing;

int runRoutes(const QStringList &arguments, Console &console)
{
    const Command &command = *findCommand(QStringLiteral("routes"));
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the result as JSON (docs/cli.md)."));
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("The route holder (id or unique name)."),
                                QStringLiteral("ELEMENT"));
    parser.addOption(json);
    parser.addOption(at);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The design file."));
    if (const auto stop = parseCommandLine(parser, command,
                                           QStringLiteral("Prints the routes an element holds: a subnet's effective routes, a "
                                                          "gateway's or hub's learned routes, what a site routes, what a P2S "
                                                          "client group is given, what Azure advertises over a connection."),
                                           arguments, console, 1, 1))
        return *stop;
    if (!parser.isSet(at))
        return usageError(command, QStringLiteral("--at ELEMENT is required"), console);
    const QString fileName = parser.positionalArguments().constFirst();
    const auto design = loadForAnalysis(fileName, console);
    if (!design)
        return ExitInvalid;
    const auto id = resolveElement(*design, parser.value(at));
    if (!id)
        return usageError(command, QStringLiteral("--at %1: no element has this id or (unique) name").arg(parser.value(at)), console);
    AnalyzeOptions options;
    options.matrix = false;
    const Analysis a = analyze(*design, options);
    const auto view = a.routesAt(*id);
    if (!view)
        return usageError(command, QStringLiteral("--at %1: this element holds no routes").arg(parser.value(at)), console);
    if (parser.isSet(json)) {
        nlohmann::ordered_json routes = nlohmann::ordered_json::array();
        for (const RouteEntry &r : view->routes)
            routes.push_back(routeJson(r));
        printJson({{"file", fileName.toStdString()}, {"holder", view->holder.str()}, {"routes", routes}}, console);
        return ExitOk;
    }
    for (const RouteEntry &r : view->routes)
        console.out << routeLine(r) << '\n';
    return ExitOk;
}

} // namespace spokewise::cli
