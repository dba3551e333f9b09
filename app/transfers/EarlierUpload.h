#pragma once

#include <QDateTime>
#include <QString>

// A successful upload of the same content to the same destination, as the history remembers it: a
// file added again waits for the user's word instead of going up twice.
struct EarlierUpload
{
    QDateTime time; // UTC
    QString id;     // the item the service made, when its answer said
    QString url;
    QString name;           // as the library lists it
    bool inLibrary = false; // found in the service's library, not (only) in Hoist's history
};
