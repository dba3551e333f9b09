#pragma once

#include "app/platform/RawArguments.h"
#include "app/profiles/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// What `hoist upload` refuses before anything is sent, once the profile and the command line are put
// together: file names Qt could not decode, headers with line breaks, methods and header names that
// are not tokens, malformed --url addresses and addresses with a user name or password in them. Also
// warns about secrets typed as arguments.
class UploadInputCheck
{
    Q_DECLARE_TR_FUNCTIONS(UploadInputCheck)

public:
    // A --header, --query or --field as given: the option's name (without dashes) and the pair.
    struct Given
    {
        QString option;
        QString name;
        QString value;
    };

    // `variables` (--var) and `itemMetadata` (--item, --folder …) fill the profile's templates; what
    // depends on the file stands in as "x".
    UploadInputCheck(Profile profile, const QMap<QString, QString>& variables,
                     const QMap<QString, QString>& itemMetadata);

    // The first reason to refuse, as a sentence; empty when there is none. `typedUrl`: the upload
    // address came from --url and is checked strictly.
    QString problem(const QStringList& files, const RawArguments& raw, const QList<Given>& given,
                    bool typedUrl) const;
    // One warning per secret-looking name given as an argument (it still works).
    QStringList secretWarnings(const QList<Given>& given) const;

private:
    static QString fileNameProblem(const QStringList& files, const RawArguments& raw);
    QString requestProblem(const QList<Given>& given) const;
    QString addressProblem(bool typedUrl) const;

    Profile m_profile;
    QMap<QString, QString> m_values;
};
