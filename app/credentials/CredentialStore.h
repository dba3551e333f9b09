#pragma once

#include "app/auth/Secret.h"
#include "app/credentials/Credential.h"
#include "app/credentials/CredentialError.h"
#include "app/credentials/CredentialIndex.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

// Secrets in the operating system's keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
// Windows Credential Store), one entry per credential id under one service name, plus the index of
// ids in the settings. Every call is asynchronous and answers exactly once, within a timeout.
// When the keychain cannot be used, a secret can be kept in memory for this session only; nothing
// is ever written to disk in its place.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const CredentialError&)>;
    using ReadDone = std::function<void(const CredentialError&, const Secret&)>;

    static constexpr int DefaultTimeoutMs = 10'000;

    explicit CredentialStore(const QString& settingsFile, QString service = QStringLiteral("Hoist"),
                             QObject* parent = nullptr);

    // Stored in the keychain, then those kept for this session only.
    QList<Credential> credentials() const;
    std::optional<Credential> find(const QString& id) const;
    bool isSessionOnly(const QString& id) const { return m_sessionOnly.contains(id); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // `done` runs on `context`'s thread unless `context` is gone by then.
    void save(const Credential& credential, const Secret& secret, QObject* context, Done done);
    void read(const QString& id, QObject* context, ReadDone done);
    void remove(const QString& id, QObject* context, Done done);
    void keepForSession(const Credential& credential, const Secret& secret);

    // Blocking forms for the command line: they run a local event loop until the answer comes.
    CredentialError saveNow(const Credential& credential, const Secret& secret);
    CredentialError readNow(const QString& id, Secret* secret);
    CredentialError removeNow(const QString& id);

signals:
    void changed();

private:
    void run(QKeychain::Job* job, const QString& id, QObject* context,
             std::function<void(const CredentialError&, QKeychain::Job*)> done);
    static CredentialError wait(const std::function<void(QObject* context, Done done)>& call);

    QString m_service;
    CredentialIndex m_index;
    QHash<QString, Credential> m_sessionOnly;
    QHash<QString, Secret> m_inMemory; // read or kept this session: asked of the keychain once
    int m_timeoutMs = DefaultTimeoutMs;
};
