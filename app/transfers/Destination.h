#pragma once

#include "app/auth/Secret.h"
#include "app/profiles/Profile.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// Where a queued file goes: the profile it was queued under, with its values and secret (held in
// memory only). A retry goes here, whatever profile is chosen later.
struct Destination
{
    QString name; // the profile's name, as the queue and the history show it
    Profile profile;
    QMap<QString, QString> variables;
    Secret secret;

    // What a request carries that an answer might echo back: the secret, and the user:secret pair that
    // Basic auth encodes. Scrubbed from every message and record made of an answer.
    QList<QByteArray> echoableSecrets() const
    {
        if (secret.isEmpty())
            return {};
        QList<QByteArray> secrets{secret.value.toUtf8()};
        if (!secret.user.isEmpty())
            secrets.append((secret.user + QLatin1Char(':') + secret.value).toUtf8());
        return secrets;
    }
};
