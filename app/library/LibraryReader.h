#pragma once

#include "app/library/LibraryPage.h"
#include "app/profiles/LibraryApi.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <optional>

struct ResponseRecord;

// Reads a service's answers through the profile's pointers. Paging is worked out from what was
// asked and what came, not from the service's links (Xibo 1.8/2.x point "next" past a page; a DRF
// site behind a proxy names its internal host): a page is the last when the total says so, when the
// service says there is no next page, or when it holds fewer items than were asked for.
class LibraryReader
{
    Q_DECLARE_TR_FUNCTIONS(LibraryReader)

public:
    // std::nullopt with *error set when the answer is not the JSON the profile describes.
    static std::optional<LibraryPage> page(const LibraryApi::Listing& listing, const ResponseRecord& response,
                                           qint64 offset, int limit, QString* error);
    static std::optional<LibraryItem> item(const LibraryApi& api, const ResponseRecord& response,
                                           QString* error);
    static LibraryItem itemFrom(const QJsonObject& object, const LibraryApi::ItemPointers& pointers,
                                const QUrl& base);
};
