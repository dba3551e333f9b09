#include "app/auth/AccessTokenCache.h"

#include "app/net/NetworkThread.h"
#include "app/net/TransferHandle.h"
#include "app/responses/ResponseExplainer.h"

#include <QCryptographicHash>

AccessTokenCache::AccessTokenCache(NetworkThread* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

QByteArray AccessTokenCache::keyOf(const RequestPlan& tokenPlan)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(tokenPlan.url.toEncoded());
    for (const RequestPlan::Header& header : tokenPlan.headers)
        hash.addData(header.value);
    hash.addData(tokenPlan.formBody());
    return hash.result();
}

std::optional<AccessToken> AccessTokenCache::usableToken(const QByteArray& key) const
{
    const auto entry = m_entries.constFind(key);
    if (entry != m_entries.cend() && entry->token.isUsable(m_clock()))
        return entry->token;
    return std::nullopt;
}

void AccessTokenCache::fetch(const RequestPlan& tokenPlan, const TransferOptions& options)
{
    const QByteArray key = keyOf(tokenPlan);
    Entry& entry = m_entries[key];
    if (entry.fetch)
        return;
    if (!tokenPlan.url.isValid() || tokenPlan.url.scheme().isEmpty() ||
        !tokenPlan.unresolvedVariables.isEmpty()) {
        fail(key, tr("The profile has no usable token address (%1).").arg(tokenPlan.maskedUrl()),
             ResponseRecord());
        return;
    }
    entry.fetch = m_network->start(tokenPlan, options, this);
    connect(entry.fetch, &TransferHandle::finished, this,
            [this, key, tokenPlan](const TransferOutcome& outcome) { onFetched(key, tokenPlan, outcome); });
}

void AccessTokenCache::invalidate(const QByteArray& key, int generation)
{
    const auto entry = m_entries.find(key);
    if (entry != m_entries.end() && entry->token.generation == generation)
        entry->token = AccessToken();
}

void AccessTokenCache::onFetched(const QByteArray& key, const RequestPlan& tokenPlan,
                                 const TransferOutcome& outcome)
{
    Entry& entry = m_entries[key];
    entry.fetch = nullptr;
    const QString where = tokenPlan.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (outcome.kind != TransferOutcome::Kind::Answered) {
        fail(key, tr("Could not get an access token from %1: %2").arg(where, outcome.message),
             outcome.response);
        return;
    }
    const ResponseRecord& response = outcome.response;
    QString error;
    std::optional<AccessToken> token;
    if (response.status >= 200 && response.status < 300)
        token = AccessToken::fromResponse(response, m_clock(), &error);
    else
        error = ResponseExplainer::explainTokenRefusal(response);
    if (!token) {
        fail(key, tr("Could not get an access token from %1: %2").arg(where, error), response);
        return;
    }
    entry.token = *token;
    entry.token.generation = ++entry.generation;
    emit ready(key);
}

// Queued: whoever asked is in the middle of going through its waiting requests.
void AccessTokenCache::fail(const QByteArray& key, const QString& message, const ResponseRecord& response)
{
    QMetaObject::invokeMethod(
        this, [this, key, message, response] { emit failed(key, message, response); }, Qt::QueuedConnection);
}
