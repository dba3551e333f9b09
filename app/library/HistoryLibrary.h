#pragma once

#include "app/library/LibraryItem.h"
#include "app/storage/StorageError.h"

#include <QList>

class History;
class LibraryDeletions;

// The library of a service that has no way to list it (Qualtrics): what Hoist's history uploaded
// there and got an id for, newest first, without what Hoist deleted since. Only Hoist's own uploads
// show, which the views say.
class HistoryLibrary
{
public:
    static constexpr int MaxRecords = 10'000;

    // address: the masked upload address (HistoryRecord::address()) of the library; empty: any.
    static QList<LibraryItem> items(const History& history, const LibraryDeletions& deletions,
                                    const QString& profile, const QString& address, const QString& search,
                                    StorageError* error = nullptr);
};
