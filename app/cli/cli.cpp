#include "cli.h"

#include <cmath>

#include <cstdio>

namespace spokewise::cli {

namespace {

const QString kProgram = QStringLiteral("spokewise-cli");

void printUsage(QTextStream &stream)
{
    stream << "Usage: " << kProgram << " COMMAND [OPTIONS] [ARGUMENTS]\n"
           << "       " << kProgram << " --help | --version\n"
           << "\n"
           << "Spokewise designs Azure hybrid networks; this is its headless tool.\n"
           << "\n"
           << "Commands:\n";
    qsizetype width = 0;
    for (const Command &c : commands())
        width = std::max(width, QString::fromLatin1(c.name).size());
    for (const Command &c : commands()) {
        stream << "  " << QString::fromLatin1(c.name).leftJustified(width + 2) << QString::fromUtf8(c.summary) << '\n';
    }
    stream << "\n"
           << "Options:\n"
           << "  -h, --help     Show this help; '" << kProgram << " COMMAND --help' shows a command's help.\n"
           << "  -v, --version  Show the version.\n"
           << "\n"
           << "Exit status: 0 done (valid), 1 findings, 2 unreadable or invalid input, or usage error.\n";
}

} // namespace

Console::Console()
    : out(stdout)
    , err(stderr)
{}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

int run(const QStringList &arguments, Console &console)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        console.err << kProgram << ": no command given\n\n";
        printUsage(console.err);
        return ExitInvalid;
    }
    const QString &first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printUsage(console.out);
        return ExitOk;
    }
    if (first == QLatin1String("help")) {
        if (args.size() == 1) {
            printUsage(console.out);
            return ExitOk;
        }
        if (const Command *command = findCommand(args.at(1)))
            return command->run({QStringLiteral("--help")}, console);
        console.err << kProgram << ": unknown command '" << args.at(1) << "'\n"
                    << "Run '" << kProgram << " --help' for the list of commands.\n";
        return ExitInvalid;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        console.out << kProgram << ' ' << SPOKEWISE_VERSION << '\n';
        return ExitOk;
    }
    if (first.startsWith(QLatin1Char('-'))) {
        console.err << kProgram << ": unknown option '" << first << "'\n"
                    << "Run '" << kProgram << " --help' for usage.\n";
        return ExitInvalid;
    }
    const Command *command = findCommand(first);
    if (!command) {
        console.err << kProgram << ": unknown command '" << first << "'\n"
                    << "Run '" << kProgram << " --help' for the list of commands.\n";
        return ExitInvalid;
    }
    return command->run(args.mid(1), console);
}

int usageError(const Command &command, const QString &message, Console &console)
{
    console.err << kProgram << ' ' << command.name << ": " << message << '\n'
                << "Run '" << kProgram << ' ' << command.name << " --help' for usage.\n";
    return ExitInvalid;
}

QCommandLineOption p2sHoursOption()
{
    return QCommandLineOption(QStringLiteral("p2s-hours"),
                              QStringLiteral("Hours a month each P2S user is connected (default 730: always connected)."),
                              QStringLiteral("HOURS"));
}

std::optional<int> readP2sHours(const QCommandLineParser &parser, const QCommandLineOption &option,
                                const Command &command, Console &console, cost::CostOptions &options)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const double hours = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(hours) || hours < 0 || hours > cost::kHoursPerMonth) {
        return usageError(
                command, QStringLiteral("--p2s-hours must be a number from 0 to 730, not '%1'").arg(parser.value(option)),
                console);
    }
    options.p2sConnectedHoursPerUser = hours;
    return std::nullopt;
}

std::optional<int> parseCommandLine(QCommandLineParser &parser, const Command &command, const QString &description,
                                    const QStringList &arguments, Console &console, qsizetype minPositional,
                                    qsizetype maxPositional)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setApplicationDescription(description);
    if (!parser.parse(QStringList{kProgram + QLatin1Char(' ') + QLatin1String(command.name)} + arguments))
        return usageError(command, parser.errorText(), console);
    if (parser.isSet(help)) {
        // Qt's help starts with a usage line naming argv[0]; ours names the command instead.
        QString text = parser.helpText();
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        console.out << "Usage: " << kProgram << ' ' << command.name << ' ' << command.synopsis << '\n' << text;
        return ExitOk;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minPositional)
        return usageError(command, QStringLiteral("missing argument: %1").arg(QLatin1String(command.synopsis)),
                          console);
    if (count > maxPositional) {
        return usageError(
                command, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().at(maxPositional)),
                console);
    }
    return std::nullopt;
}

} // namespace spokewise::cli
