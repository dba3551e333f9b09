#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// The `hoist` command line: picks the subcommand and runs it. No subcommand means the GUI.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static bool wantsCommandLine(int argc, char** argv);
    static int run(const QStringList& arguments);
    // Parses a subcommand's options (the parser has its help option); prints the error or the help
    // and gives the exit code when there is nothing more to do.
    static std::optional<int> parseSubcommand(QCommandLineParser& parser, const QStringList& arguments,
                                              const QString& command);

private:
    static QString usage();
};
