#include "app/auth/AccessTokenProvider.h"

#include "app/requests/RequestPlanner.h"
#include "app/responses/ResponseExplainer.h"
#include "app/transfers/NetworkThread.h"

#include <QCryptographicHash>

AccessTokenProvider::AccessTokenProvider(NetworkThread* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    connect(m_network, &NetworkThread::finished, this, &AccessTokenProvider::onFinished);
}

AccessTokenProvider::~AccessTokenProvider()
{
    if (m_fetchId != 0)
        m_network->cancel(m_fetchId);
}

void AccessTokenProvider::configure(const Profile& profile, const QMap<QString, QString>& variables,
                                    const Secret& credential, const TransferOptions& options)
{
    m_plan = RequestPlanner::tokenPlan(profile, variables, credential);
    m_options = options;
    // A digest, so the secret itself is not kept a second time.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_plan.url.toEncoded());
    for (const RequestPlan::Header& header : std::as_const(m_plan.headers))
        hash.addData(header.value);
    hash.addData(m_plan.formBody());
    const QByteArray key = hash.result();
    if (key != m_key) {
        m_key = key;
        m_token = AccessToken();
        if (m_fetchId != 0) {
            m_network->cancel(m_fetchId);
            m_fetchId = 0;
        }
    }
}

std::optional<AccessToken> AccessTokenProvider::usableToken() const
{
    if (m_token.isUsable(QDateTime::currentDateTimeUtc()))
        return m_token;
    return std::nullopt;
}

void AccessTokenProvider::fetch()
{
    if (m_fetchId != 0)
        return;
    if (!m_plan.url.isValid() || m_plan.url.scheme().isEmpty() || !m_plan.unresolvedVariables.isEmpty()) {
        emit failed(tr("The profile has no usable token address (%1).").arg(m_plan.maskedUrl()),
                    ResponseRecord());
        return;
    }
    m_fetchId = NetworkThread::newId();
    m_network->start(m_fetchId, m_plan, m_options);
}

void AccessTokenProvider::invalidate(int generation)
{
    if (generation == m_token.generation)
        m_token = AccessToken();
}

void AccessTokenProvider::onFinished(quint64 id, const TransferOutcome& outcome)
{
    if (id != m_fetchId)
        return;
    m_fetchId = 0;
    const QString where = m_plan.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    if (outcome.kind != TransferOutcome::Kind::Answered) {
        emit failed(tr("Could not get an access token from %1: %2").arg(where, outcome.message),
                    outcome.response);
        return;
    }
    const ResponseRecord& response = outcome.response;
    QString error;
    std::optional<AccessToken> token;
    if (response.status >= 200 && response.status < 300)
        token = AccessToken::fromResponse(response, QDateTime::currentDateTimeUtc(), &error);
    else
        error = ResponseExplainer::explainTokenRefusal(response);
    if (!token) {
        emit failed(tr("Could not get an access token from %1: %2").arg(where, error), response);
        return;
    }
    m_token = *token;
    m_token.generation = ++m_generation;
    emit ready();
}
