#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// One thing preflight noticed about an item before sending it.
struct PreflightFinding
{
    enum class Severity
    {
        Warning, // sent anyway
        Error,   // the item is not sent
    };

    Severity severity = Severity::Error;
    QString code;    // stable identifier, e.g. "empty-file", for scripts and tests
    QString message; // a sentence for a person

    bool isError() const { return severity == Severity::Error; }
    QJsonObject toJson() const;

    static bool anyError(const QList<PreflightFinding>& findings);
};
