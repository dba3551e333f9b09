#include "app/credentials/CredentialStore.h"

#include "app/platform/KeychainErrors.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
CredentialError classify(QKeychain::Error code, const QString& text, const QString& id)
{
    const QString detail = text.isEmpty() ? QString() : u" ("_s + text + u')';
    switch (code) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {CredentialError::Kind::NotFound,
                CredentialStore::tr("The keychain has no secret for \"%1\". If your keyring is locked, "
                                    "unlock it and try again; otherwise set the secret again.")
                    .arg(id)};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {CredentialError::Kind::Locked, KeychainErrors::lockedAdvice() + detail};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: {
        const CredentialError::Kind kind = KeychainErrors::kindOfUnnamedError(text);
        if (kind == CredentialError::Kind::Locked)
            return {kind, KeychainErrors::lockedCollectionAdvice() + detail};
        if (kind != CredentialError::Kind::Unavailable)
            return {kind, CredentialStore::tr("The keychain reported an error%1.").arg(detail)};
        break;
    }
    }
    return {CredentialError::Kind::Unavailable, KeychainErrors::unavailableAdvice() + detail};
}
} // namespace

CredentialStore::CredentialStore(const QString& settingsFile, QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_index(settingsFile)
{
}

QList<Credential> CredentialStore::credentials() const
{
    QList<Credential> all = m_index.all();
    for (const Credential& credential : m_sessionOnly) {
        all.removeIf([&](const Credential& stored) { return stored.id == credential.id; });
        all.append(credential);
    }
    return all;
}

std::optional<Credential> CredentialStore::find(const QString& id) const
{
    if (m_sessionOnly.contains(id))
        return m_sessionOnly.value(id);
    return m_index.find(id);
}

void CredentialStore::run(QKeychain::Job* job, const QString& id, QObject* context,
                          std::function<void(const CredentialError&, QKeychain::Job*)> done)
{
    // Answer exactly once: from the job, or from the timer when the keychain hangs (a locked
    // collection behind a prompt nobody sees, a Secret Service that never replies).
    auto answered = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [=](QKeychain::Job* finished) {
        if (std::exchange(*answered, true) || !guard)
            return;
        done(classify(finished->error(), finished->errorString(), id), finished);
    });
    QTimer::singleShot(m_timeoutMs, this, [=, this] {
        if (std::exchange(*answered, true) || !guard)
            return;
        done({CredentialError::Kind::TimedOut,
              tr("The keychain did not answer within %n second(s). It may be waiting for a password "
                 "prompt, or its service is stuck.",
                 nullptr, m_timeoutMs / 1000)},
             nullptr);
    });
    job->setKey(id);
    job->start();
}

void CredentialStore::save(const Credential& credential, const Secret& secret, QObject* context, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret.value);
    run(job, credential.id, context,
        [this, credential, secret, done = std::move(done)](const CredentialError& error, QKeychain::Job*) {
            if (!error.isError()) {
                m_index.put(credential);
                m_sessionOnly.remove(credential.id);
                m_inMemory.insert(credential.id, {credential.user, secret.value});
                emit changed();
            }
            done(error);
        });
}

void CredentialStore::keepForSession(const Credential& credential, const Secret& secret)
{
    m_sessionOnly.insert(credential.id, credential);
    m_inMemory.insert(credential.id, {credential.user, secret.value});
    emit changed();
}

void CredentialStore::read(const QString& id, QObject* context, ReadDone done)
{
    const std::optional<Credential> credential = find(id);
    if (!credential || m_inMemory.contains(id)) {
        const CredentialError error =
            credential ? CredentialError{}
                       : CredentialError{CredentialError::Kind::NotFound,
                                         tr("There is no credential named \"%1\". Add it under Credentials, "
                                            "or with: hoist credentials set %1 --kind KIND")
                                             .arg(id)};
        const Secret secret = m_inMemory.value(id);
        QTimer::singleShot(0, context, [error, secret, done = std::move(done)] { done(error, secret); });
        return;
    }
    run(new QKeychain::ReadPasswordJob(m_service), id, context,
        [this, user = credential->user, id, done = std::move(done)](const CredentialError& error,
                                                                    QKeychain::Job* job) {
            Secret secret;
            if (!error.isError()) {
                secret = {user, static_cast<QKeychain::ReadPasswordJob*>(job)->textData()};
                m_inMemory.insert(id, secret);
            }
            done(error, secret);
        });
}

void CredentialStore::remove(const QString& id, QObject* context, Done done)
{
    m_inMemory.remove(id);
    if (m_sessionOnly.remove(id)) {
        emit changed();
        QTimer::singleShot(0, context, [done = std::move(done)] { done({}); });
        return;
    }
    run(new QKeychain::DeletePasswordJob(m_service), id, context,
        [this, id, done = std::move(done)](const CredentialError& error, QKeychain::Job*) {
            // Already gone from the keychain is fine: the index entry is what is left to clean up.
            const bool gone = !error.isError() || error.kind == CredentialError::Kind::NotFound;
            if (gone) {
                m_index.remove(id);
                emit changed();
            }
            done(gone ? CredentialError{} : error);
        });
}

CredentialError CredentialStore::wait(const std::function<void(QObject* context, Done done)>& call)
{
    QEventLoop loop;
    CredentialError result;
    call(&loop, [&](const CredentialError& error) {
        result = error;
        loop.quit();
    });
    loop.exec();
    return result;
}

CredentialError CredentialStore::saveNow(const Credential& credential, const Secret& secret)
{
    return wait([&](QObject* context, Done done) { save(credential, secret, context, std::move(done)); });
}

CredentialError CredentialStore::readNow(const QString& id, Secret* secret)
{
    return wait([&](QObject* context, Done done) {
        read(id, context, [secret, done = std::move(done)](const CredentialError& error, const Secret& read) {
            *secret = read;
            done(error);
        });
    });
}

CredentialError CredentialStore::removeNow(const QString& id)
{
    return wait([&](QObject* context, Done done) { remove(id, context, std::move(done)); });
}
