#include "app/cli/CredentialsCommand.h"

#include "app/cli/CommandLine.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/credentials/CredentialStore.h"
#include "app/profiles/ProfileStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
const QString command = u"credentials"_s;

std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, const QString& action)
{
    return CommandLine::parseAction(parser, arguments, command, action);
}

int usageError(const QString& message)
{
    return CommandLine::usageError(command, message);
}

int keychainError(const CredentialError& error)
{
    Console::err(CredentialsCommand::tr("hoist credentials: %1").arg(error.message) + u'\n');
    return ExitCode::KeychainFailed;
}
} // namespace

CredentialsCommand::CredentialsCommand(QString profileDirectory, QString settingsFile)
    : m_profileDirectory(std::move(profileDirectory))
    , m_settingsFile(std::move(settingsFile))
{
}

QString CredentialsCommand::usage()
{
    return tr("Usage: hoist credentials list [--json | --names]\n"
              "       hoist credentials set ID [--kind KIND] [--user NAME] [--label TEXT]\n"
              "       hoist credentials delete ID\n"
              "\n"
              "Credentials live in the operating system's keychain; profiles refer to them by ID.\n"
              "\"set\" reads the secret from standard input (without echo on a terminal), never from\n"
              "the command line. KIND is one of: %1 (default token).\n"
              "\n"
              "Exit codes: 0 done; 1 the keychain could not be used; 2 usage error.\n")
        .arg(Credential::kindNames().join(u", "_s));
}

int CredentialsCommand::run(const QStringList& arguments)
{
    CredentialStore store(m_settingsFile);
    return CommandLine::runAction(arguments, command, usage(),
                                  {{u"list"_s,
                                    [&](const QStringList& rest) {
                                        return list(rest, store);
                                    }},
                                   {u"set"_s,
                                    [&](const QStringList& rest) {
                                        return set(rest, store);
                                    }},
                                   {u"delete"_s, [&](const QStringList& rest) {
                                        return remove(rest, store);
                                    }}});
}

int CredentialsCommand::list(const QStringList& arguments, CredentialStore& store)
{
    QCommandLineParser parser;
    parser.addOptions({{u"json"_s, tr("Print a JSON array.")}, CommandLine::namesOption()});
    if (const auto done = parse(parser, arguments, u"list"_s))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("\"list\" takes no arguments."));
    QStringList ids;
    for (const Credential& credential : store.credentials())
        ids.append(credential.id);
    if (const auto done = CommandLine::printNames(parser, command, ids))
        return *done;

    const ProfileStore profiles(m_profileDirectory);
    QJsonArray array;
    QList<QStringList> rows{{tr("ID"), tr("KIND"), tr("USER"), tr("LABEL"), tr("USED BY")}};
    for (const Credential& credential : store.credentials()) {
        const QStringList users = profiles.namesUsingCredential(credential.id);
        array.append(QJsonObject{{u"id"_s, credential.id},
                                 {u"kind"_s, Credential::kindName(credential.kind)},
                                 {u"user"_s, credential.user},
                                 {u"label"_s, credential.label},
                                 {u"profiles"_s, QJsonArray::fromStringList(users)}});
        rows.append({credential.id, Credential::kindName(credential.kind), credential.user, credential.label,
                     users.join(u", "_s)});
    }
    if (parser.isSet(u"json"_s)) {
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + u'\n');
        return ExitCode::Success;
    }
    if (rows.size() == 1) {
        Console::out(tr("No credentials yet. Add one with: hoist credentials set ID --kind KIND\n"));
        return ExitCode::Success;
    }
    Console::table(rows);
    return ExitCode::Success;
}

int CredentialsCommand::set(const QStringList& arguments, CredentialStore& store)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"kind"_s, tr("token, password or oauth-client (default token)."), tr("KIND")},
        {{u"user"_s, u"client-id"_s},
         tr("The user name (password) or client ID (oauth-client)."),
         tr("NAME")},
        {u"label"_s, tr("Words to recognise it by."), tr("TEXT")},
    });
    parser.addPositionalArgument(u"ID"_s, tr("The name profiles use for this credential."));
    if (const auto done = parse(parser, arguments, u"set"_s))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(tr("\"set\" takes one ID. The secret is read from standard input, never "
                             "from the command line."));
    Credential credential;
    credential.id = positional.value(0);
    if (!Credential::isValidId(credential.id))
        return usageError(credential.id.isEmpty() ? tr("\"set\" needs an ID.") : Credential::idRules());
    const auto kind =
        Credential::kindFromName(parser.isSet(u"kind"_s) ? parser.value(u"kind"_s) : u"token"_s);
    if (!kind)
        return usageError(tr("Unknown kind \"%1\"; use one of %2.")
                              .arg(parser.value(u"kind"_s), Credential::kindNames().join(u", "_s)));
    credential.kind = *kind;
    credential.user = parser.value(u"user"_s);
    credential.label = parser.value(u"label"_s);
    if (credential.hasUser() && credential.user.isEmpty())
        return usageError(tr("A %1 credential needs --user with the %2.")
                              .arg(Credential::kindName(credential.kind), credential.userLabel().toLower()));

    const QString secret =
        Console::readSecretLine(tr("%1 for %2: ").arg(credential.secretLabel(), credential.id));
    if (secret.isEmpty())
        return usageError(tr("No secret was given on standard input; nothing was stored."));
    if (const CredentialError error = store.saveNow(credential, {credential.user, secret}); error.isError()) {
        keychainError(error);
        Console::err(tr("Nothing was stored. For one upload, pass the secret with hoist upload "
                        "--secret-stdin or --secret-env instead.") +
                     u'\n');
        return ExitCode::KeychainFailed;
    }
    Console::out(tr("Stored \"%1\" in the keychain.\n").arg(credential.id));
    return ExitCode::Success;
}

int CredentialsCommand::remove(const QStringList& arguments, CredentialStore& store)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"ID"_s, tr("The credential to delete."));
    if (const auto done = parse(parser, arguments, u"delete"_s))
        return *done;
    const QString id = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("\"delete\" takes one ID."));
    if (!store.find(id))
        return usageError(tr("There is no credential named \"%1\".").arg(id));
    if (const CredentialError error = store.removeNow(id); error.isError())
        return keychainError(error);
    Console::out(tr("Deleted \"%1\".\n").arg(id));
    const QStringList users = ProfileStore(m_profileDirectory).namesUsingCredential(id);
    if (!users.isEmpty())
        Console::err(tr("Note: %n profile(s) still refer to it and will ask for a secret: %1\n", nullptr,
                        int(users.size()))
                         .arg(users.join(u", "_s)));
    return ExitCode::Success;
}
