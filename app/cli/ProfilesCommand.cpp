#include "app/cli/ProfilesCommand.h"

#include "app/PrintableText.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/PresetsCommand.h"
#include "app/credentials/Credential.h"
#include "app/credentials/CredentialIndex.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileCodec.h"
#include "app/profiles/ProfileStore.h"
#include "app/requests/BaseAddress.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
const QString command = u"profiles"_s;

int usageError(const QString& message)
{
    return CommandLine::usageError(command, message);
}

int writeError(const QString& message)
{
    Console::err(ProfilesCommand::tr("hoist profiles: %1").arg(message) + u'\n');
    return ExitCode::UploadFailed;
}

// Parses a show or remove: the one profile it is about, or the exit code to stop with.
std::optional<Profile> namedProfile(QCommandLineParser& parser, const QStringList& arguments,
                                    const QString& action, const ProfileStore& store, int* exitCode)
{
    parser.addPositionalArgument(u"NAME"_s, ProfilesCommand::tr("The profile's name."));
    if (const auto done = CommandLine::parseAction(parser, arguments, command, action)) {
        *exitCode = *done;
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *exitCode = usageError(ProfilesCommand::tr("Give one profile NAME."));
        return std::nullopt;
    }
    if (!store.names().contains(positional.first())) {
        *exitCode = usageError(
            ProfilesCommand::tr("There is no profile named \"%1\"; hoist profiles list shows them.")
                .arg(positional.first()));
        return std::nullopt;
    }
    QString error;
    QStringList warnings;
    std::optional<Profile> profile = store.load(positional.first(), &error, &warnings);
    for (const QString& warning : warnings)
        Console::err(ProfilesCommand::tr("hoist profiles: warning: %1").arg(PrintableText::escape(warning)) +
                     u'\n');
    if (!profile)
        *exitCode = writeError(PrintableText::escape(error));
    return profile;
}
} // namespace

ProfilesCommand::ProfilesCommand(QString profileDirectory, QString settingsFile)
    : m_profileDirectory(std::move(profileDirectory))
    , m_settingsFile(std::move(settingsFile))
{
}

QString ProfilesCommand::usage()
{
    return tr(
        "Usage: hoist profiles add NAME --preset ID [--var KEY=VALUE]… [--credential ID] [--auth SCHEME]\n"
        "                         [--key-name NAME]\n"
        "       hoist profiles list [--json | --names]\n"
        "       hoist profiles show NAME [--json]\n"
        "       hoist profiles remove NAME\n"
        "\n"
        "A profile is a preset (hoist presets list) with your values: the service's address, app or\n"
        "library, and the ID of the credential it signs in with (hoist credentials set ID).\n"
        "\n"
        "Exit codes: 0 done; 1 the profile could not be written; 2 usage error.\n");
}

int ProfilesCommand::run(const QStringList& arguments)
{
    ProfileStore store(m_profileDirectory);
    return CommandLine::runAction(arguments, command, usage(),
                                  {{u"add"_s,
                                    [&](const QStringList& rest) {
                                        return add(rest, store);
                                    }},
                                   {u"list"_s,
                                    [&](const QStringList& rest) {
                                        return list(rest, store);
                                    }},
                                   {u"show"_s,
                                    [&](const QStringList& rest) {
                                        return show(rest, store);
                                    }},
                                   {u"remove"_s, [&](const QStringList& rest) {
                                        return remove(rest, store);
                                    }}});
}

int ProfilesCommand::add(const QStringList& arguments, ProfileStore& store)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"preset"_s, tr("The preset to start from (hoist presets list)."), tr("ID")},
        {u"var"_s, tr("A value the preset needs (repeatable)."), tr("KEY=VALUE")},
        {u"credential"_s, tr("The credential to sign in with (default: the preset's)."), tr("ID")},
        {u"auth"_s, tr("Sign in another way: %1.").arg(AuthConfig::schemeNames().join(u", "_s)),
         tr("SCHEME")},
        {u"key-name"_s, tr("The header or query parameter that carries the key (--auth header or query)."),
         tr("NAME")},
    });
    parser.addPositionalArgument(u"NAME"_s, tr("The profile's name."));
    if (const auto done = CommandLine::parseAction(parser, arguments, command, u"add"_s))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || positional.first().trimmed().isEmpty())
        return usageError(tr("Give one profile NAME."));
    const QString name = positional.first().trimmed();
    if (store.names().contains(name))
        return usageError(
            tr("A profile named \"%1\" exists already; remove it first or choose another name.").arg(name));
    if (!parser.isSet(u"preset"_s))
        return usageError(tr("\"add\" needs --preset ID (hoist presets list)."));
    std::optional<Profile> profile = PresetCatalogue::find(parser.value(u"preset"_s));
    if (!profile)
        return usageError(tr("There is no preset \"%1\"; choose one of %2.")
                              .arg(parser.value(u"preset"_s), PresetCatalogue::ids().join(u", "_s)));
    for (const QString& entry : parser.values(u"var"_s)) {
        const qsizetype at = entry.indexOf(u'=');
        const QString key = entry.left(at).trimmed();
        if (at <= 0)
            return usageError(tr("--var needs KEY=VALUE, not \"%1\".").arg(entry));
        const bool known = profile->variables.contains(key) ||
                           std::any_of(profile->inputs.cbegin(), profile->inputs.cend(),
                                       [&](const Profile::Input& input) { return input.key == key; });
        if (!known)
            return usageError(tr("%1 takes no value \"%2\".").arg(profile->name, key));
        // A base address with the path the preset adds itself would upload to ".../api//api/library".
        const BaseAddress::Normalised value =
            BaseAddress::normalise(entry.mid(at + 1), BaseAddress::addedPath(profile->url, key));
        if (!value.removed.isEmpty())
            Console::err(tr("hoist profiles: %1").arg(key + u": "_s + value.note()) + u'\n');
        profile->variables.insert(key, value.address);
    }
    if (const QList<Profile::Input> missing = profile->missingInputs(); !missing.isEmpty()) {
        QStringList needed;
        for (const Profile::Input& input : missing)
            needed.append(u"--var "_s % input.key % u"=… ("_s % input.label % u')');
        return usageError(tr("%1 needs %2.").arg(profile->name, needed.join(u", "_s)));
    }
    if (parser.isSet(u"auth"_s)) {
        const auto scheme = AuthConfig::schemeFromName(parser.value(u"auth"_s));
        if (!scheme)
            return usageError(tr("Unknown sign-in scheme \"%1\"; use one of %2.")
                                  .arg(parser.value(u"auth"_s), AuthConfig::schemeNames().join(u", "_s)));
        profile->auth.scheme = *scheme;
        if (profile->auth.usesTokenEndpoint() && profile->auth.tokenUrl.isEmpty())
            return usageError(
                tr("%1 has no token address for %2.").arg(profile->name, parser.value(u"auth"_s)));
    }
    if (parser.isSet(u"credential"_s))
        profile->auth.credential = parser.value(u"credential"_s);
    if (parser.isSet(u"key-name"_s))
        profile->auth.parameterName = parser.value(u"key-name"_s).trimmed();
    const QString presetName = profile->name;
    profile->name = name;
    if (const QString errors = ProfileCodec::errorsOf(ProfileCodec::problems(*profile)); !errors.isEmpty())
        return usageError(tr("The profile would not work: %1").arg(errors));

    QString error;
    if (!store.save(*profile, &error))
        return writeError(tr("Could not save the profile: %1").arg(error));
    Console::out(tr("Saved profile \"%1\" (%2).\n").arg(name, presetName));
    const QString credential = profile->auth.credential;
    if (profile->auth.needsSecret() && !CredentialIndex(m_settingsFile).find(credential)) {
        Credential needed;
        needed.kind = Credential::kindFor(profile->auth.scheme);
        const QString user =
            needed.hasUser() ? u" --user "_s + needed.userLabel().toUpper().replace(u' ', u'_') : QString();
        Console::out(tr("It signs in with the credential \"%1\", which is not set yet:\n"
                        "  hoist credentials set %1 --kind %2%3\n")
                         .arg(credential, Credential::kindName(needed.kind), user));
    }
    return ExitCode::Success;
}

int ProfilesCommand::list(const QStringList& arguments, ProfileStore& store)
{
    QCommandLineParser parser;
    parser.addOptions({{u"json"_s, tr("Print a JSON array.")}, CommandLine::namesOption()});
    if (const auto done = CommandLine::parseAction(parser, arguments, command, u"list"_s))
        return *done;
    if (const auto done = CommandLine::printNames(parser, command, store.names()))
        return *done;
    QJsonArray array;
    QList<QStringList> rows{{tr("NAME"), tr("PRESET"), tr("SIGN-IN"), tr("CREDENTIAL")}};
    for (const QString& name : store.names()) {
        QString error;
        const std::optional<Profile> profile = store.load(name, &error);
        if (!profile) {
            rows.append({name, tr("(unreadable: %1)").arg(error)});
            continue;
        }
        const QString scheme = AuthConfig::schemeName(profile->auth.scheme);
        array.append(QJsonObject{{u"name"_s, name},
                                 {u"preset"_s, profile->preset},
                                 {u"auth"_s, scheme},
                                 {u"credential"_s, profile->auth.credential}});
        rows.append({name, profile->preset, scheme, profile->auth.credential});
    }
    if (parser.isSet(u"json"_s))
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + u'\n');
    else if (rows.size() == 1)
        Console::out(tr("No profiles yet. Add one with: hoist profiles add NAME --preset ID\n"));
    else
        Console::table(rows);
    return ExitCode::Success;
}

int ProfilesCommand::show(const QStringList& arguments, ProfileStore& store)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, tr("Print the profile as JSON (it holds no secrets).")});
    int exitCode = ExitCode::Success;
    const std::optional<Profile> profile = namedProfile(parser, arguments, u"show"_s, store, &exitCode);
    if (!profile)
        return exitCode;
    if (parser.isSet(u"json"_s)) {
        Console::out(
            QString::fromUtf8(QJsonDocument(ProfileCodec::write(*profile)).toJson(QJsonDocument::Indented)));
        return ExitCode::Success;
    }
    QList<QStringList> rows{{tr("Profile:"), profile->name}, {tr("Preset:"), profile->preset}};
    for (const Profile::Input& input : profile->inputs)
        rows.append({PresetCatalogue::translated(input.label) + u':', profile->variables.value(input.key)});
    rows.append({tr("Uploads to:"), profile->method + u' ' + profile->url});
    rows.append({tr("Signs in:"), AuthConfig::schemeName(profile->auth.scheme) +
                                      (profile->auth.credential.isEmpty()
                                           ? QString()
                                           : tr(" with credential \"%1\"").arg(profile->auth.credential))});
    rows.append({tr("Can:"), PresetsCommand::operations(*profile).join(u", "_s)});
    for (const QString& note : profile->notes)
        rows.append({tr("Note:"), note});
    Console::table(rows);
    return ExitCode::Success;
}

int ProfilesCommand::remove(const QStringList& arguments, ProfileStore& store)
{
    QCommandLineParser parser;
    int exitCode = ExitCode::Success;
    const std::optional<Profile> profile = namedProfile(parser, arguments, u"remove"_s, store, &exitCode);
    if (!profile)
        return exitCode;
    QString error;
    if (!store.remove(profile->name, &error))
        return writeError(tr("Could not remove the profile: %1").arg(error));
    Console::out(tr("Removed profile \"%1\". Its credential stays in the keychain.\n").arg(profile->name));
    return ExitCode::Success;
}
