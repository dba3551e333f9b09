#pragma once

#include "app/auth/AccessToken.h"
#include "app/auth/Secret.h"
#include "app/profiles/Profile.h"
#include "app/requests/RequestPlan.h"
#include "app/transfers/TransferOptions.h"
#include "app/transfers/TransferOutcome.h"

#include <QMap>
#include <QObject>

#include <optional>

class NetworkThread;

// Buys and caches one profile's access token on the network thread: one fetch at a time however
// many requests wait, a new one shortly before expiry or after the server refused the old one.
class AccessTokenProvider : public QObject
{
    Q_OBJECT

public:
    explicit AccessTokenProvider(NetworkThread* network, QObject* parent = nullptr);
    ~AccessTokenProvider() override;

    // Keeps the cached token only when the token request stays the same.
    void configure(const Profile& profile, const QMap<QString, QString>& variables, const Secret& credential,
                   const TransferOptions& options);
    std::optional<AccessToken> usableToken() const;
    void fetch(); // no-op while a fetch runs; answers with ready or failed
    // A request made with this token's generation was refused: the next one needs a new token.
    void invalidate(int generation);
    int fetches() const { return m_generation; }

signals:
    void ready();
    void failed(const QString& message, const ResponseRecord& response);

private:
    void onFinished(quint64 id, const TransferOutcome& outcome);

    NetworkThread* m_network;
    RequestPlan m_plan;
    TransferOptions m_options;
    QByteArray m_key; // what the cached token was bought with
    AccessToken m_token;
    int m_generation = 0;
    quint64 m_fetchId = 0;
};
