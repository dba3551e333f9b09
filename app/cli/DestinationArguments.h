#pragma once

#include "app/auth/Secret.h"
#include "app/cli/PairArgument.h"
#include "app/profiles/Profile.h"
#include "app/transfers/Destination.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

class QCommandLineParser;

// What the commands that talk to a service share: the profile (--profile: a saved profile, else the
// built-in preset of that name, or a profile .json file), its values (--var NAME=VALUE), the secret
// (--secret-stdin, --secret-env VAR, the profile's credential from the keychain, else HOIST_SECRET)
// and extra trusted certificates (--cacert). Messages name the command they are for.
class DestinationArguments
{
    Q_DECLARE_TR_FUNCTIONS(DestinationArguments)

public:
    enum class Option
    {
        Profile,
        Var,
        SecretEnv,
        SecretStdin,
        CaCert,
    };

    // command: the subcommand ("upload", "library"), for "hoist upload: warning: …".
    DestinationArguments(QString command, QString profileDirectory, QString settingsFile);

    static QString name(Option option); // without the dashes
    QCommandLineOption option(Option option) const;
    QList<QCommandLineOption> options() const; // every one, in the order of Option

    // The profile --profile names; its warnings (unknown keys, a newer format) are printed and do not
    // stop it.
    std::optional<Profile> readProfile(const QCommandLineParser& parser, QString* error) const;
    PairArgument variables() const { return {name(Option::Var), u'='}; }
    // The secret auth needs (none when it needs none). A keychain that cannot give the credential is
    // printed as a warning and leaves the secret empty; an empty --secret-env variable is an error.
    std::optional<Secret> readSecret(const QCommandLineParser& parser, const AuthConfig& auth,
                                     QString* error) const;
    // What --cacert names (nothing when it is not given); an error when it holds no PEM certificate.
    std::optional<QList<QSslCertificate>> readCertificates(const QCommandLineParser& parser,
                                                           QString* error) const;
    // All of it for a command that uses the profile as it is: every value the profile needs has one
    // and so does its secret.
    std::optional<Destination> readDestination(const QCommandLineParser& parser, QString* error) const;

private:
    std::optional<Profile> savedOrBuiltIn(const QString& name, QString* error, QStringList* warnings) const;
    void readSecretFromKeychain(const QString& credential, Secret* secret) const;
    void warn(const QString& message) const;

    QString m_command;
    QString m_profileDirectory;
    QString m_settingsFile;
};
