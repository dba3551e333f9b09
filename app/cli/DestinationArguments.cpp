#include "app/cli/DestinationArguments.h"

#include "app/PrintableText.h"
#include "app/cli/Console.h"
#include "app/credentials/CredentialStore.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileCodec.h"
#include "app/profiles/ProfileStore.h"
#include "app/requests/BaseAddress.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::StringLiterals;

DestinationArguments::DestinationArguments(QString command, QString profileDirectory, QString settingsFile)
    : m_command(std::move(command))
    , m_profileDirectory(std::move(profileDirectory))
    , m_settingsFile(std::move(settingsFile))
{
}

QString DestinationArguments::name(Option option)
{
    switch (option) {
    case Option::Profile:
        return u"profile"_s;
    case Option::Var:
        return u"var"_s;
    case Option::SecretEnv:
        return u"secret-env"_s;
    case Option::SecretStdin:
        return u"secret-stdin"_s;
    case Option::CaCert:
        return u"cacert"_s;
    }
    return QString();
}

QCommandLineOption DestinationArguments::option(Option option) const
{
    switch (option) {
    case Option::Profile:
        return {name(option), tr("Use the saved profile NAME (or a profile .json file)."), tr("NAME")};
    case Option::Var:
        return {name(option), tr("Set a profile template variable (repeatable)."), tr("NAME=VALUE")};
    case Option::SecretEnv:
        return {name(option), tr("Read the secret from environment variable VAR (default HOIST_SECRET)."),
                tr("VAR")};
    case Option::SecretStdin:
        return {name(option), tr("Read the secret from the first line of standard input.")};
    case Option::CaCert:
        return {name(option), tr("Also trust the certificate(s) in FILE (PEM) for this run; checks stay on."),
                tr("FILE")};
    }
    return QCommandLineOption(name(option));
}

QList<QCommandLineOption> DestinationArguments::options() const
{
    return {option(Option::Profile), option(Option::Var), option(Option::SecretEnv),
            option(Option::SecretStdin), option(Option::CaCert)};
}

void DestinationArguments::warn(const QString& message) const
{
    Console::err(tr("hoist %1: warning: %2").arg(m_command, message) + u'\n');
}

std::optional<Profile> DestinationArguments::readProfile(const QCommandLineParser& parser,
                                                         QString* error) const
{
    const QString profile = parser.value(name(Option::Profile));
    const bool isFile = profile.endsWith(u".json"_s) && QFileInfo(profile).isFile();
    QStringList warnings; // unknown keys, a newer format: read anyway
    std::optional<Profile> read = isFile ? ProfileStore::loadFile(profile, error, &warnings)
                                         : savedOrBuiltIn(profile, error, &warnings);
    for (const QString& warning : std::as_const(warnings))
        warn(PrintableText::escape(warning));
    if (read && read->name.trimmed().isEmpty())
        read->name = QFileInfo(profile).completeBaseName(); // a file is named by its own name
    return read;
}

// A saved profile, else a built-in preset of that name (the desktop app saves those on its first
// start; the command line may come first).
std::optional<Profile> DestinationArguments::savedOrBuiltIn(const QString& name, QString* error,
                                                            QStringList* warnings) const
{
    const ProfileStore store(m_profileDirectory);
    if (!store.names().contains(name)) {
        if (std::optional<Profile> preset = PresetCatalogue::find(name))
            return preset;
    }
    return store.load(name, error, warnings);
}

std::optional<Secret> DestinationArguments::readSecret(const QCommandLineParser& parser,
                                                       const AuthConfig& auth, QString* error) const
{
    Secret secret;
    if (!auth.needsSecret())
        return secret;
    const QString secretEnv = name(Option::SecretEnv);
    if (parser.isSet(name(Option::SecretStdin))) {
        secret.value = Console::readSecretLine(tr("Secret: "));
    } else if (!parser.isSet(secretEnv) && !auth.credential.isEmpty()) {
        readSecretFromKeychain(auth.credential, &secret);
    } else {
        const QString variable = parser.isSet(secretEnv) ? parser.value(secretEnv) : u"HOIST_SECRET"_s;
        secret.value = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (secret.value.isEmpty() && parser.isSet(secretEnv)) {
            *error = tr("The environment variable %1 is empty or not set.").arg(variable);
            return std::nullopt;
        }
    }
    return secret;
}

void DestinationArguments::readSecretFromKeychain(const QString& credential, Secret* secret) const
{
    CredentialStore store(m_settingsFile);
    if (const CredentialError error = store.readNow(credential, secret); error.isError()) {
        Console::err(
            tr("hoist %1: credential \"%2\": %3")
                .arg(m_command, PrintableText::escape(credential), PrintableText::escape(error.message)) +
            u'\n');
    }
}

std::optional<QList<QSslCertificate>> DestinationArguments::readCertificates(const QCommandLineParser& parser,
                                                                             QString* error) const
{
    const QString cacert = name(Option::CaCert);
    if (!parser.isSet(cacert))
        return QList<QSslCertificate>();
    const QString path = parser.value(cacert);
    QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(path, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (certificates.isEmpty()) {
        *error = tr("No PEM certificate could be read from %1.").arg(path);
        return std::nullopt;
    }
    return certificates;
}

std::optional<Destination> DestinationArguments::readDestination(const QCommandLineParser& parser,
                                                                 QString* error) const
{
    if (!parser.isSet(name(Option::Profile))) {
        *error = tr("Give --profile NAME.");
        return std::nullopt;
    }
    std::optional<Profile> profile = readProfile(parser, error);
    if (!profile)
        return std::nullopt;
    const std::optional<PairArgument::Pairs> pairs = variables().read(parser, error);
    if (!pairs)
        return std::nullopt;
    QMap<QString, QString> values;
    for (const auto& [key, value] : *pairs) {
        // The same rule as the profile editor's: no "/api" twice in the address.
        const QString added = BaseAddress::addedPath(profile->url, key);
        const BaseAddress::Normalised given = BaseAddress::normalise(value, added);
        if (!given.removed.isEmpty())
            warn(key + u": "_s + given.note());
        values.insert(key, added.isEmpty() ? value : given.address);
    }
    if (const QList<Profile::Input> missing = profile->missingInputs(values); !missing.isEmpty()) {
        QStringList needed;
        for (const Profile::Input& input : missing)
            needed.append(u"--var "_s % input.key % u"=… ("_s % input.label % u')');
        *error = tr("%1 needs %2.").arg(profile->name, needed.join(u", "_s));
        return std::nullopt;
    }
    Profile given = *profile;
    given.variables.insert(values);
    if (const QString errors = ProfileCodec::errorsOf(ProfileCodec::problems(given)); !errors.isEmpty()) {
        *error = tr("%1 cannot be used: %2").arg(profile->name, errors);
        return std::nullopt;
    }
    const std::optional<Secret> secret = readSecret(parser, profile->auth, error);
    if (!secret)
        return std::nullopt;
    if (profile->auth.needsSecret() && secret->isEmpty()) {
        *error =
            profile->auth.credential.isEmpty()
                ? tr("%1 needs a secret: give --secret-env VAR or --secret-stdin.").arg(profile->name)
                : tr("%1 needs the secret of the credential \"%2\": store it with \"hoist credentials set "
                     "%2\", or give --secret-env VAR or --secret-stdin.")
                      .arg(profile->name, profile->auth.credential);
        return std::nullopt;
    }
    return Destination{profile->name, *profile, values, *secret};
}
