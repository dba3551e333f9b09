#pragma once

#include <QCoreApplication>
#include <QStringList>

class CredentialStore;

// `hoist credentials list | set ID --kind KIND | delete ID`: the keychain from the command line.
// Secrets come from standard input (no echo on a terminal), never from the arguments.
class CredentialsCommand
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsCommand)

public:
    CredentialsCommand(QString profileDirectory, QString settingsFile);

    int run(const QStringList& arguments);
    static QString usage();

private:
    int list(const QStringList& arguments, CredentialStore& store);
    int set(const QStringList& arguments, CredentialStore& store);
    int remove(const QStringList& arguments, CredentialStore& store);

    QString m_profileDirectory;
    QString m_settingsFile;
};
