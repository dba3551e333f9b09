#include "app/auth/CredentialCheck.h"

#include "app/auth/AccessTokenCache.h"
#include "app/net/NetworkThread.h"
#include "app/net/TransferHandle.h"
#include "app/requests/RequestPlanner.h"
#include "app/responses/ResponseExplainer.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int checkTimeoutMs = 15'000;

TransferOptions checkOptions()
{
    TransferOptions options;
    options.stallTimeoutMs = checkTimeoutMs;
    options.bodyCap = 64 * 1024;
    return options;
}
} // namespace

CredentialCheck::CredentialCheck(NetworkThread* network, AccessTokenCache* tokens, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
{
    connect(m_tokens, &AccessTokenCache::ready, this, &CredentialCheck::onTokenReady);
    connect(m_tokens, &AccessTokenCache::failed, this, &CredentialCheck::onTokenFailed);
}

void CredentialCheck::start(const Profile& profile, const Secret& secret,
                            const QMap<QString, QString>& variables)
{
    if (m_request)
        m_request->cancel();
    m_request = nullptr;
    m_profile = profile;
    m_variables = variables;
    m_tokenKey.clear();
    if (profile.auth.usesTokenEndpoint()) {
        // A fresh token every time: a cached one would prove nothing about the secret as it is now.
        const RequestPlan tokenPlan = RequestPlanner::tokenPlan(profile, variables, secret);
        m_tokenKey = AccessTokenCache::keyOf(tokenPlan);
        m_tokens->invalidate(m_tokenKey, m_tokens->fetches(m_tokenKey));
        m_tokens->fetch(tokenPlan, checkOptions());
        return;
    }
    sendCheck(secret);
}

void CredentialCheck::onTokenReady(const QByteArray& key)
{
    if (key != m_tokenKey)
        return;
    m_tokenKey.clear();
    if (const std::optional<AccessToken> token = m_tokens->usableToken(key))
        sendCheck({QString(), token->value});
}

void CredentialCheck::onTokenFailed(const QByteArray& key, const QString& message,
                                    const ResponseRecord& response)
{
    if (key != m_tokenKey)
        return;
    m_tokenKey.clear();
    const int status = response.status;
    if (status == 400 || status == 401 || status == 403)
        emit finished({Verdict::Rejected, tr("Wrong secret: %1").arg(message)});
    else if (status == 0)
        emit finished({Verdict::Unreachable, message});
    else
        emit finished({Verdict::Inconclusive, message});
}

void CredentialCheck::sendCheck(const Secret& secret)
{
    const RequestPlan plan = RequestPlanner::checkPlan(m_profile, m_variables, secret);
    if (!plan.url.isValid() || plan.url.scheme().isEmpty() || !plan.unresolvedVariables.isEmpty()) {
        emit finished({Verdict::Inconclusive,
                       tr("The profile's address is incomplete (%1), so there is nothing to test against.")
                           .arg(plan.unresolvedVariables.isEmpty()
                                    ? plan.maskedUrl()
                                    : tr("no value for %1").arg(plan.unresolvedVariables.join(u", "_s)))});
        return;
    }
    m_request = m_network->start(plan, checkOptions(), this);
    connect(m_request, &TransferHandle::finished, this,
            [this](const TransferOutcome& outcome) { emit finished(judge(outcome)); });
}

CredentialCheck::Result CredentialCheck::judge(const TransferOutcome& outcome)
{
    const ResponseRecord& response = outcome.response;
    switch (outcome.kind) {
    case TransferOutcome::Kind::Answered:
        break;
    case TransferOutcome::Kind::Failed:
        if (outcome.networkError == QNetworkReply::SslHandshakeFailedError)
            return {Verdict::TlsProblem, tr("TLS problem: %1").arg(outcome.message)};
        return {Verdict::Unreachable, tr("Server unreachable: %1").arg(outcome.message)};
    case TransferOutcome::Kind::Stalled:
        return {Verdict::Unreachable, tr("Server unreachable: %1").arg(outcome.message)};
    case TransferOutcome::Kind::Cancelled:
    case TransferOutcome::Kind::NotSent:
    case TransferOutcome::Kind::FileChanged:
    case TransferOutcome::Kind::Unknown:
        return {Verdict::Inconclusive, outcome.message};
    }
    const int status = response.status;
    if (status >= 200 && status < 300)
        return {Verdict::Accepted,
                tr("OK: the server accepted the credential (HTTP %1).").arg(response.statusLine())};
    if (status == 401 || status == 403) {
        const QString said = ResponseExplainer::serverMessage(response);
        return {Verdict::Rejected,
                tr("Wrong secret: the server refused the credential (HTTP %1).").arg(response.statusLine()) +
                    (said.isEmpty() ? QString() : tr(" It said: %1").arg(said))};
    }
    return {Verdict::Inconclusive,
            tr("The server answered HTTP %1 to a GET of %2, so the credential could not be confirmed. "
               "Give the profile a check URL that needs signing in.")
                .arg(response.statusLine(), response.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))};
}
