#include "app/auth/AccessToken.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

bool AccessToken::isUsable(const QDateTime& now) const
{
    return !value.isEmpty() && (!refreshAfter.isValid() || now < refreshAfter);
}

std::optional<AccessToken> AccessToken::fromResponse(const ResponseRecord& response, const QDateTime& now,
                                                     QString* error)
{
    const QJsonObject object = response.json().object();
    AccessToken token;
    token.value = object.value(u"access_token"_s).toString(object.value(u"token"_s).toString());
    if (token.value.isEmpty()) {
        *error = tr("The answer (HTTP %1) held no access_token.").arg(response.statusLine());
        return std::nullopt;
    }
    const qint64 lifetime = object.value(u"expires_in"_s).toInteger(0);
    if (lifetime > 0) {
        // Ask again before the end: a minute early, or a tenth of a short lifetime.
        const qint64 margin = qMin<qint64>(60, lifetime / 10);
        token.refreshAfter = now.addSecs(lifetime - margin);
    }
    return token;
}

bool AccessToken::refusalMeansBadToken(const ResponseRecord& response)
{
    if (response.status == 401)
        return true;
    if (response.status != 403)
        return false;
    const QByteArray body = response.body.toLower();
    return body.trimmed().isEmpty() || body.contains("token") || body.contains("access_denied") ||
           response.header("WWW-Authenticate").contains("invalid_token");
}
