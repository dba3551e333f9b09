#include "app/storage/LibraryDeletions.h"

#include "app/storage/StorageDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

LibraryDeletions::LibraryDeletions(StorageDatabase& database)
    : m_database(database)
{
}

StorageError LibraryDeletions::add(const QString& profile, const QString& itemId, const QDateTime& time) const
{
    return m_database.write(
        [&](QSqlDatabase& db) -> StorageError {
            QSqlQuery query(db);
            query.prepare(
                u"INSERT OR REPLACE INTO library_deletions (profile, item_id, time) VALUES (?, ?, ?)"_s);
            query.addBindValue(StorageDatabase::text(profile));
            query.addBindValue(StorageDatabase::text(itemId));
            query.addBindValue(time.toMSecsSinceEpoch());
            if (!query.exec())
                return StorageDatabase::errorFrom(query.lastError(),
                                                  tr("Hoist could not note a deletion: %1"));
            return {};
        },
        tr("Hoist could not note a deletion: %1"));
}

QSet<QString> LibraryDeletions::ids(const QString& profile, StorageError* error) const
{
    StorageError failure;
    QSet<QString> found;
    QSqlDatabase db = m_database.connection(&failure);
    if (db.isOpen()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(u"SELECT item_id FROM library_deletions WHERE profile = ?"_s);
        query.addBindValue(StorageDatabase::text(profile));
        if (query.exec()) {
            while (query.next())
                found.insert(query.value(0).toString());
        } else {
            failure =
                StorageDatabase::errorFrom(query.lastError(), tr("Hoist could not read its deletions: %1"));
        }
    }
    if (error)
        *error = failure;
    return found;
}
