#pragma once

#include "app/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QString>

class StorageDatabase;

// What Hoist deleted from libraries it cannot list, by profile and item id, so that a library built
// from the history does not show them again.
class LibraryDeletions
{
    Q_DECLARE_TR_FUNCTIONS(LibraryDeletions)

public:
    explicit LibraryDeletions(StorageDatabase& database);

    StorageError add(const QString& profile, const QString& itemId,
                     const QDateTime& time = QDateTime::currentDateTimeUtc()) const;
    QSet<QString> ids(const QString& profile, StorageError* error = nullptr) const;

private:
    StorageDatabase& m_database;
};
