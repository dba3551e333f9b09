#pragma once

#include "app/auth/Secret.h"
#include "app/profiles/Profile.h"

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
};
