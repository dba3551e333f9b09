#pragma once

#include "app/responses/ResponseRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// A token bought with a credential (OAuth2 client credentials, a login), and when to buy the next.
class AccessToken
{
    Q_DECLARE_TR_FUNCTIONS(AccessToken)

public:
    QString value;          // secret: never written, logged or shown
    QDateTime refreshAfter; // invalid: it does not expire (DRF tokens)
    int generation = 0;     // which fetch this was, so a refusal only drops the token it was made with

    // Fresh enough to send: not within a short margin of its expiry, so it cannot expire in flight.
    bool isUsable(const QDateTime& now) const;

    // Reads access_token/expires_in (RFC 6749) or token (DRF's obtain_auth_token) from an answer.
    static std::optional<AccessToken> fromResponse(const ResponseRecord& response, const QDateTime& now,
                                                   QString* error);
    // Whether a refused request is worth one more try with a new token: every 401, and a 403 whose
    // body is empty or speaks of the token (Squidex answers 403 to a bad token on its upload routes).
    static bool refusalMeansBadToken(const ResponseRecord& response);
};
