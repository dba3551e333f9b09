#pragma once

#include "app/profiles/Profile.h"
#include "app/responses/ResponseRecord.h"

#include <QCoreApplication>
#include <QString>

// Says in plain words what a failed answer means and what to change: first the known answers of
// the target services (a table), then what the status alone tells.
class ResponseExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ResponseExplainer)

public:
    // trailingSlash: the service's rule, for what a 404 says about the address's end.
    static QString explain(const ResponseRecord& response,
                           Profile::TrailingSlash trailingSlash = Profile::TrailingSlash::Any);
    // Why a token endpoint (OAuth2, a login) refused to hand out a token.
    static QString explainTokenRefusal(const ResponseRecord& response);
    // The server's own message, from the error shapes the target services use.
    static QString serverMessage(const ResponseRecord& response);

private:
    static QString knownAnswer(const ResponseRecord& response);
    static QString fieldProblem(const ResponseRecord& response);
    static QString byStatus(const ResponseRecord& response, const QString& message,
                            Profile::TrailingSlash trailingSlash = Profile::TrailingSlash::Any);
    static QString notFound(const QUrl& url, Profile::TrailingSlash trailingSlash);
};
