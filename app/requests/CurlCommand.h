#pragma once

#include "app/requests/RequestPlan.h"

#include <QCoreApplication>
#include <QString>

// A request plan as one curl command for a POSIX shell: the same method, address, headers and form
// parts, the file read from its path. No secret is written: where one goes the command reads the shell
// variable HOIST_SECRET, which holds exactly what the preview shows as ••••••.
class CurlCommand
{
    Q_DECLARE_TR_FUNCTIONS(CurlCommand)

public:
    static QString fromPlan(const RequestPlan& plan);
    static bool needsSecret(const QString& command);
    static QString secretVariable() { return QStringLiteral("HOIST_SECRET"); }
};
