#include "app/cli/CommandLine.h"

#include "app/PrintableText.h"
#include "app/cli/Console.h"
#include "app/cli/CredentialsCommand.h"
#include "app/cli/ExitCode.h"
#include "app/cli/HistoryCommand.h"
#include "app/cli/LibraryCommand.h"
#include "app/cli/PresetsCommand.h"
#include "app/cli/ProfilesCommand.h"
#include "app/cli/UploadCommand.h"
#include "app/credentials/CredentialIndex.h"
#include "app/profiles/ProfileStore.h"
#include "app/storage/StorageDatabase.h"

#include <QCommandLineParser>

#include <cstring>

using namespace Qt::StringLiterals;

bool CommandLine::wantsCommandLine(int argc, char** argv)
{
    // Options meant for Qt's GUI (-platform, -reverse, -style …) start with a dash; only a bare
    // word or a help/version request selects the command line.
    if (argc < 2)
        return false;
    const char* first = argv[1];
    return first[0] != '-' || std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0 ||
           std::strcmp(first, "--version") == 0;
}

QString CommandLine::usage()
{
    return tr("Usage: hoist [COMMAND] [OPTIONS]\n"
              "       hoist [--profile NAME] [--add PATH]… [--start]\n"
              "\n"
              "Hoist uploads files to web media libraries through multipart/form-data APIs.\n"
              "Without a command it opens the desktop app.\n"
              "\n"
              "Commands:\n"
              "  upload       upload files with a profile or to a URL (hoist upload --help)\n"
              "  credentials  list, set or delete credentials in the keychain (hoist credentials --help)\n"
              "  presets      list the built-in service presets and the values each needs\n"
              "  profiles     add a profile from a preset, list, show or remove profiles\n"
              "  history      list past uploads, by profile, status, date or name (hoist history --help)\n"
              "  library      list, search or delete what a service holds, list its folders (hoist library "
              "--help)\n"
              "\n"
              "Options:\n"
              "  -h, --help  show this help\n"
              "  --version   show the version\n"
              "\n"
              "Desktop app options:\n"
              "  --profile NAME  choose the profile NAME\n"
              "  --add PATH      add a file, or the files of a folder, to the queue (repeatable)\n"
              "  --start         start the queue\n"
              "Qt's own options work too, such as -style NAME or -reverse.\n");
}

std::optional<int> CommandLine::parseSubcommand(QCommandLineParser& parser, const QStringList& arguments,
                                                const QString& command)
{
    if (!parser.parse(arguments)) {
        Console::err(parser.errorText() + u'\n' + tr("Try 'hoist %1 --help'.").arg(command) + u'\n');
        return ExitCode::Usage;
    }
    if (parser.isSet(u"help"_s)) {
        // Qt writes "Usage: <the program's path> [options]"; people type "hoist <command>".
        const QString program = QCoreApplication::arguments().value(0);
        Console::out(
            parser.helpText().replace(u"Usage: "_s + program + u' ', u"Usage: hoist "_s + command + u' '));
        return ExitCode::Success;
    }
    return std::nullopt;
}

std::optional<int> CommandLine::parseAction(QCommandLineParser& parser, const QStringList& arguments,
                                            const QString& command, const QString& action)
{
    parser.addHelpOption();
    return parseSubcommand(parser, arguments, command + u' ' + action);
}

int CommandLine::runAction(const QStringList& arguments, const QString& command, const QString& usage,
                           const QList<Action>& actions)
{
    const QString action = arguments.value(1);
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest[0] = arguments.value(0) + u' ' + action;
    for (const auto& [name, run] : actions) {
        if (name == action)
            return run(rest);
    }
    if (action.isEmpty() || action == u"--help"_s || action == u"-h"_s || action == u"help"_s) {
        Console::out(usage);
        return action.isEmpty() ? ExitCode::Usage : ExitCode::Success;
    }
    Console::err(tr("hoist %1: unknown action \"%2\".").arg(command, action) + u"\n\n"_s + usage);
    return ExitCode::Usage;
}

int CommandLine::usageError(const QString& command, const QString& message)
{
    Console::err(tr("hoist %1: %2").arg(command, message) + u'\n');
    return ExitCode::Usage;
}

QCommandLineOption CommandLine::namesOption()
{
    return {u"names"_s, tr("Print only the names, one a line.")};
}

std::optional<int> CommandLine::printNames(const QCommandLineParser& parser, const QString& command,
                                           const QStringList& names)
{
    if (!parser.isSet(u"names"_s))
        return std::nullopt;
    if (parser.isSet(u"json"_s))
        return usageError(command, tr("Give --json or --names, not both."));
    for (const QString& name : names)
        Console::out(PrintableText::escape(name) + u'\n');
    return ExitCode::Success;
}

int CommandLine::run(const QStringList& arguments, const RawArguments& raw)
{
    const QString command = arguments.value(1);
    if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        Console::out(usage());
        return ExitCode::Success;
    }
    if (command == u"--version"_s) {
        Console::out(u"hoist " HOIST_VERSION "\n"_s);
        return ExitCode::Success;
    }
    QStringList rest = arguments.mid(1);
    if (!rest.isEmpty())
        rest[0] = arguments.value(0) + u' ' + command;
    if (command == u"upload"_s)
        return UploadCommand(ProfileStore::defaultDirectory(), CredentialIndex::defaultSettingsFile(), raw)
            .run(rest);
    if (command == u"credentials"_s)
        return CredentialsCommand(ProfileStore::defaultDirectory(), CredentialIndex::defaultSettingsFile())
            .run(rest);
    if (command == u"presets"_s)
        return PresetsCommand().run(rest);
    if (command == u"profiles"_s)
        return ProfilesCommand(ProfileStore::defaultDirectory(), CredentialIndex::defaultSettingsFile())
            .run(rest);
    if (command == u"history"_s)
        return HistoryCommand(StorageDatabase::defaultPath()).run(rest);
    if (command == u"library"_s)
        return LibraryCommand(ProfileStore::defaultDirectory(), CredentialIndex::defaultSettingsFile(),
                              StorageDatabase::defaultPath())
            .run(rest);
    Console::err(tr("hoist: unknown command \"%1\".").arg(command) + u"\n\n"_s + usage());
    return ExitCode::Usage;
}
