#pragma once

#include "app/responses/ResponseRecord.h"

#include <QCoreApplication>
#include <QString>

// Says in plain words what a failed answer means and what to change.
class ResponseExplainer
{
    Q_DECLARE_TR_FUNCTIONS(ResponseExplainer)

public:
    static QString explain(const ResponseRecord& response);
    // The server's own message, from the error shapes the target services use.
    static QString serverMessage(const ResponseRecord& response);
};
