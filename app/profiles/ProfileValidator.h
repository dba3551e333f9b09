#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// Checks a profile's JSON before it is read: each known key's type and allowed values, header names
// and values, methods and JSON pointers, so that a typo stops the load with the path of the value
// instead of being read as a default (an auth.scheme of "tokn" would upload with no credentials).
// ProfileCodec::read stays the plain reader of JSON that passed.
class ProfileValidator
{
    Q_DECLARE_TR_FUNCTIONS(ProfileValidator)

public:
    struct Finding
    {
        enum class Severity
        {
            Warning, // read anyway: an unknown key, a newer format
            Error,   // the profile is not used
        };

        Severity severity = Severity::Error;
        QString path; // where in the JSON: "auth.scheme", "fields[2].name"; empty: the whole profile
        QString message;

        bool isError() const { return severity == Severity::Error; }
        // "path: message", for a person.
        QString text() const;
    };

    static QList<Finding> check(const QJsonObject& profile);
    static bool hasErrors(const QList<Finding>& findings);
};
