#pragma once

#include "app/responses/ResponseRecord.h"

#include <QCoreApplication>
#include <QString>

// Says in plain words what a failed answer means and what to change: first the known answers of
// the target services (a table), then what the status alone tells.
class ResponseExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ResponseExplainer)

public:
    static QString explain(const ResponseRecord& response);
    // Why a token endpoint (OAuth2, a login) refused to hand out a token.
    static QString explainTokenRefusal(const ResponseRecord& response);
    // The server's own message, from the error shapes the target services use.
    static QString serverMessage(const ResponseRecord& response);

private:
    static QString knownAnswer(const ResponseRecord& response);
    static QString fieldProblem(const ResponseRecord& response);
    static QString byStatus(const ResponseRecord& response, const QString& message);
};
