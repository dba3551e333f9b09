#pragma once

#include "app/platform/RawArguments.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class QCommandLineOption;
class QCommandLineParser;

// The `hoist` command line: picks the subcommand and runs it. No subcommand means the GUI.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static bool wantsCommandLine(int argc, char** argv);
    // `raw` is argv as bytes, for what Qt cannot decode (file names that are not UTF-8).
    static int run(const QStringList& arguments, const RawArguments& raw = {});
    // Parses a subcommand's options (the parser has its help option); prints the error or the help
    // and gives the exit code when there is nothing more to do.
    static std::optional<int> parseSubcommand(QCommandLineParser& parser, const QStringList& arguments,
                                              const QString& command);
    // The same for "hoist COMMAND ACTION", adding the help option first.
    static std::optional<int> parseAction(QCommandLineParser& parser, const QStringList& arguments,
                                          const QString& command, const QString& action);

    using Action = std::pair<QString, std::function<int(const QStringList&)>>;
    // Runs "hoist COMMAND ACTION …": the action gets its arguments with "hoist COMMAND ACTION" first;
    // none or help prints the usage.
    static int runAction(const QStringList& arguments, const QString& command, const QString& usage,
                         const QList<Action>& actions);
    // Prints "hoist COMMAND: message" and gives the usage exit code.
    static int usageError(const QString& command, const QString& message);
    // A list action's --names: only the names, one a line, for scripts and shell completion.
    static QCommandLineOption namesOption();
    // With --names given, prints the names (escaped like every printed name, so one is one line) and
    // gives the exit code; --names with --json is a usage error. Nothing without --names.
    static std::optional<int> printNames(const QCommandLineParser& parser, const QString& command,
                                         const QStringList& names);

private:
    static QString usage();
};
