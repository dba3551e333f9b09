#include "app/library/HistoryLibrary.h"

#include "app/storage/History.h"
#include "app/storage/LibraryDeletions.h"

#include <QSet>

using namespace Qt::StringLiterals;

QList<LibraryItem> HistoryLibrary::items(const History& history, const LibraryDeletions& deletions,
                                         const QString& profile, const QString& address,
                                         const QString& search, StorageError* error)
{
    History::Query query;
    query.profile = profile;
    query.states = {HistoryRecord::State::Succeeded};
    query.nameContains = search;
    query.limit = MaxRecords;
    StorageError failure;
    const QList<HistoryRecord> records = history.find(query, &failure);
    QSet<QString> seen = !failure.isError() ? deletions.ids(profile, &failure) : QSet<QString>();
    if (error)
        *error = failure;
    QList<LibraryItem> items;
    for (const HistoryRecord& record : records) {
        const QString id = record.field(u"id"_s);
        if (id.isEmpty() || (!address.isEmpty() && record.address() != address) || seen.contains(id))
            continue;
        seen.insert(id);
        LibraryItem item;
        item.id = id;
        item.name = record.fileName();
        item.size = record.size;
        item.url = record.field(u"url"_s);
        item.hash = record.sha256;
        item.modified = record.time.toString(Qt::ISODate);
        items.append(item);
    }
    return items;
}
