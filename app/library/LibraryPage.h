#pragma once

#include "app/library/LibraryItem.h"
#include "app/responses/ResponseRecord.h"

#include <QList>

// One answer of a listing: its items, where they start, and whether the service has more.
struct LibraryPage
{
    QList<LibraryItem> items;
    qint64 offset = 0; // the position of the first item among all matches
    qint64 total = -1; // all matches; -1: the service does not say
    bool hasMore = false;
    ResponseRecord response; // the answer it was read from

    qint64 nextOffset() const { return offset + items.size(); }
};
