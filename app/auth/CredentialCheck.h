#pragma once

#include "app/auth/Secret.h"
#include "app/profiles/Profile.h"
#include "app/transfers/TransferOutcome.h"

#include <QMap>
#include <QObject>

class AccessTokenProvider;
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

    explicit CredentialCheck(NetworkThread* network, QObject* parent = nullptr);
    ~CredentialCheck() override;

    void start(const Profile& profile, const Secret& secret, const QMap<QString, QString>& variables = {});
    bool isRunning() const { return m_id != 0; }

    static Result judge(const TransferOutcome& outcome);

signals:
    void finished(const CredentialCheck::Result& result);

private:
    void sendCheck(const Secret& secret);
    void onTokenFailed(const QString& message, const ResponseRecord& response);

    NetworkThread* m_network;
    AccessTokenProvider* m_tokens;
    Profile m_profile;
    QMap<QString, QString> m_variables;
    quint64 m_id = 0;
};
