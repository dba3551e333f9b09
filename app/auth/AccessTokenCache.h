#pragma once

#include "app/auth/AccessToken.h"
#include "app/net/TransferHandle.h"
#include "app/net/TransferOptions.h"
#include "app/net/TransferOutcome.h"
#include "app/requests/RequestPlan.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class NetworkThread;

// The one cache of access tokens for the whole process, keyed by the request that buys them, so
// that the queue, Test and the library share a token: one fetch at a time per key however many
// requests wait, a new one shortly before expiry or after the server refused the old one.
class AccessTokenCache : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit AccessTokenCache(NetworkThread* network, QObject* parent = nullptr);

    // Tests move time on without waiting for it.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // A digest of the token request, so that the secret itself is not kept a second time.
    static QByteArray keyOf(const RequestPlan& tokenPlan);
    std::optional<AccessToken> usableToken(const QByteArray& key) const;
    // Buys a token with this request unless that is under way; answers with ready or failed.
    void fetch(const RequestPlan& tokenPlan, const TransferOptions& options);
    // A request made with this token's generation was refused: the next one needs a new token.
    void invalidate(const QByteArray& key, int generation);
    int fetches(const QByteArray& key) const { return m_entries.value(key).generation; }

signals:
    void ready(const QByteArray& key);
    void failed(const QByteArray& key, const QString& message, const ResponseRecord& response);

private:
    struct Entry
    {
        AccessToken token;
        int generation = 0;
        QPointer<TransferHandle> fetch;
    };
    void onFetched(const QByteArray& key, const RequestPlan& tokenPlan, const TransferOutcome& outcome);
    void fail(const QByteArray& key, const QString& message, const ResponseRecord& response);

    NetworkThread* m_network;
    Clock m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    QHash<QByteArray, Entry> m_entries;
};
