#include "app/library/LibraryReader.h"

#include "app/responses/JsonPointer.h"
#include "app/responses/ResponseRecord.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QString textAt(const QJsonObject& object, const QString& pointer)
{
    if (pointer.isEmpty())
        return QString();
    const std::optional<QJsonValue> value = JsonPointer::resolve(object, pointer);
    return value && !value->isNull() && !value->isUndefined() ? JsonPointer::displayText(*value) : QString();
}

QString absolute(const QString& address, const QUrl& base)
{
    return address.isEmpty() ? address : base.resolved(QUrl(address)).toString();
}

// The items of an array, and of every item's children below it (depth first, bounded).
void collect(const QJsonArray& array, const LibraryApi::Listing& listing, const QUrl& base,
             QList<LibraryItem>* items, int depth = 0)
{
    constexpr int maxDepth = 32;
    for (const QJsonValue& entry : array) {
        if (!entry.isObject())
            continue;
        items->append(LibraryReader::itemFrom(entry.toObject(), listing.item, base));
        if (listing.children.isEmpty() || depth >= maxDepth)
            continue;
        if (const std::optional<QJsonValue> children = JsonPointer::resolve(entry, listing.children);
            children && children->isArray())
            collect(children->toArray(), listing, base, items, depth + 1);
    }
}

bool readJson(const ResponseRecord& response, QJsonDocument* document, QString* error)
{
    *document = response.json();
    if (!document->isNull())
        return true;
    *error = response.isHtml()
                 ? LibraryReader::tr("The server answered with a web page (%1) instead of JSON.")
                       .arg(response.htmlTitle().isEmpty() ? response.statusLine() : response.htmlTitle())
                 : LibraryReader::tr("The server's answer is not JSON.");
    return false;
}
} // namespace

LibraryItem LibraryReader::itemFrom(const QJsonObject& object, const LibraryApi::ItemPointers& pointers,
                                    const QUrl& base)
{
    LibraryItem item;
    item.id = textAt(object, pointers.id);
    item.name = textAt(object, pointers.name);
    item.type = textAt(object, pointers.type);
    item.url = absolute(textAt(object, pointers.url), base);
    item.thumbnail = absolute(textAt(object, pointers.thumbnail), base);
    item.hash = textAt(object, pointers.hash);
    item.folder = textAt(object, pointers.folder);
    item.modified = textAt(object, pointers.modified);
    bool isNumber = false;
    const qint64 size = textAt(object, pointers.size).toLongLong(&isNumber);
    item.size = isNumber && size >= 0 ? size : -1;
    item.raw = object;
    return item;
}

std::optional<LibraryPage> LibraryReader::page(const LibraryApi::Listing& listing,
                                               const ResponseRecord& response, qint64 offset, int limit,
                                               QString* error)
{
    QJsonDocument document;
    if (!readJson(response, &document, error))
        return std::nullopt;
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    // A plain list is understood too: a DRF view without pagination answers one.
    std::optional<QJsonValue> items =
        listing.items.isEmpty() ? root : JsonPointer::resolve(root, listing.items);
    if ((!items || !items->isArray()) && root.isArray())
        items = root;
    if (!items || !items->isArray()) {
        *error = tr("The answer has no list of items at %1.")
                     .arg(listing.items.isEmpty() ? u"/"_s : listing.items);
        return std::nullopt;
    }
    LibraryPage page;
    page.offset = offset;
    collect(items->toArray(), listing, response.url, &page.items);
    bool known = false;
    page.response = response;
    if (!listing.totalHeader.isEmpty())
        page.total = response.header(listing.totalHeader.toLatin1()).trimmed().toLongLong(&known);
    else if (!listing.total.isEmpty())
        page.total = textAt(root.toObject(), listing.total).toLongLong(&known);
    if (!known)
        page.total = -1;

    const bool plainList = items == root && !listing.items.isEmpty();
    if (listing.paging == LibraryApi::Paging::None || plainList || page.items.isEmpty())
        page.hasMore = false;
    else if (page.total >= 0)
        page.hasMore = page.nextOffset() < page.total;
    else if (!listing.next.isEmpty())
        page.hasMore = !textAt(root.toObject(), listing.next).isEmpty();
    else
        page.hasMore = page.items.size() >= limit;
    return page;
}

std::optional<LibraryItem> LibraryReader::item(const LibraryApi& api, const ResponseRecord& response,
                                               QString* error)
{
    QJsonDocument document;
    if (!readJson(response, &document, error))
        return std::nullopt;
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const std::optional<QJsonValue> found =
        api.getItem.isEmpty() ? root : JsonPointer::resolve(root, api.getItem);
    if (!found || !found->isObject()) {
        *error = tr("No such item.");
        return std::nullopt;
    }
    return itemFrom(found->toObject(), api.list.item, response.url);
}
