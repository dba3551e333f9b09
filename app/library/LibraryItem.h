#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One item of a remote library (or one folder: then folder is its parent), in the same terms for
// every service; raw keeps the service's own JSON for the inspector.
struct LibraryItem
{
    QString id;
    QString name;
    QString type;
    QString url;       // absolute
    QString thumbnail; // absolute
    QString hash;      // as the service writes it
    QString folder;
    QString modified; // as the service writes it
    qint64 size = -1; // -1: not reported
    QJsonObject raw;

    // The keys every service shares on the command line: id and name always; the others where known.
    QJsonObject toJson() const;
};
