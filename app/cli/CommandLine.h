#pragma once

#include <QCoreApplication>
#include <QStringList>

// The `hoist` command line: picks the subcommand and runs it. No subcommand means the GUI.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static bool wantsCommandLine(int argc, char** argv);
    static int run(const QStringList& arguments);

private:
    static QString usage();
};
