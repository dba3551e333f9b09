#pragma once

#include "app/credentials/Credential.h"

#include <QList>
#include <QString>

#include <optional>

// The list of credentials kept in the keychain, without their secrets, in Hoist's settings file:
// the keychain cannot be listed, and this is what the Credentials dialog and `hoist credentials
// list` show and clean up.
class CredentialIndex
{
public:
    explicit CredentialIndex(QString settingsFile);

    QList<Credential> all() const;
    std::optional<Credential> find(const QString& id) const;
    void put(const Credential& credential);
    void remove(const QString& id);

    // $XDG_CONFIG_HOME/hoist/hoist.conf on Linux.
    static QString defaultSettingsFile();

private:
    QString m_settingsFile;
};
