#pragma once

#include "app/auth/Secret.h"
#include "app/net/TransferHandle.h"
#include "app/net/TransferOutcome.h"
#include "app/profiles/Profile.h"
#include "app/requests/RequestPlan.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class AccessTokenCache;
class NetworkThread;

// The Test button: one harmless authenticated GET for a profile (its check URL, else its upload
// URL) on the network thread, judged in plain words: accepted, wrong secret, unreachable, TLS. For
// token schemes it first buys a token with the credential, which is the real test of the secret.
class CredentialCheck : public QObject
{
    Q_OBJECT

public:
    enum class Verdict
    {
        Accepted,
        Rejected,
        Unreachable,
        TlsProblem,
        Inconclusive,
    };
    struct Result
    {
        Verdict verdict = Verdict::Inconclusive;
        QString message;
    };

    CredentialCheck(NetworkThread* network, AccessTokenCache* tokens, QObject* parent = nullptr);

    void start(const Profile& profile, const Secret& secret, const QMap<QString, QString>& variables = {});
    bool isRunning() const { return m_request || !m_tokenKey.isEmpty(); }

    static Result judge(const TransferOutcome& outcome);

signals:
    void finished(const CredentialCheck::Result& result);

private:
    void sendCheck(const Secret& secret);
    void onTokenReady(const QByteArray& key);
    void onTokenFailed(const QByteArray& key, const QString& message, const ResponseRecord& response);

    NetworkThread* m_network;
    AccessTokenCache* m_tokens;
    Profile m_profile;
    QMap<QString, QString> m_variables;
    QByteArray m_tokenKey; // the token being bought for this check
    QPointer<TransferHandle> m_request;
};
