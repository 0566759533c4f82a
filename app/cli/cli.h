#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include "cost/cost_model.h"

#include <optional>
#include <span>

namespace spokewise::cli {

// Exit codes shared by every subcommand (docs/cli.md).
enum ExitCode : int {
    ExitOk = 0,       // done; for checks: nothing found
    ExitFindings = 1, // the input was read and the check found something
    ExitInvalid = 2,  // unreadable or invalid input, or a usage error
};

// Where a command writes: results to stdout, messages to stderr (both UTF-8).
struct Console
{
    Console();
    QTextStream out;
    QTextStream err;
};

// One subcommand of spokewise-cli.
struct Command
{
    const char *name;     // "validate"
    const char *synopsis; // "[--json] FILE", shown after "spokewise-cli validate "
    const char *summary;  // one line for the command list
    int (*run)(const QStringList &arguments, Console &console); // arguments after the command name
};

// Every subcommand, in the order --help lists them (the table is in commands.cpp).
std::span<const Command> commands();
const Command *findCommand(const QString &name);

// Runs the whole command line (arguments[0] is the program).
int run(const QStringList &arguments, Console &console);

// Parses a subcommand's arguments with `parser` (options already added; --help is added here).
// Returns an exit code when the command must stop now: 0 after printing its help, 2 after a usage
// error (printed on stderr with a pointer to --help); std::nullopt to go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const Command &command, const QString &description,
                                    const QStringList &arguments, Console &console, qsizetype minPositional,
                                    qsizetype maxPositional);

// Prints "spokewise-cli COMMAND: message" and the --help pointer on stderr; returns ExitInvalid.
int usageError(const Command &command, const QString &message, Console &console);

// --p2s-hours HOURS of the pricing commands (cost, compare, report).
QCommandLineOption p2sHoursOption();
// Reads --p2s-hours into `options` when given. Returns an exit code on a bad value (after a usage
// error), std::nullopt to go on.
std::optional<int> readP2sHours(const QCommandLineParser &parser, const QCommandLineOption &option,
                                const Command &command, Console &console, cost::CostOptions &options);

} // namespace spokewise::cli
