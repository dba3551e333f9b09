#include "app/profiles/LibraryApi.h"

#include "app/NameTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<LibraryApi::Paging, 3> pagingTable({{
    {LibraryApi::Paging::None, "none"_L1},
    {LibraryApi::Paging::Offset, "offset"_L1},
    {LibraryApi::Paging::Page, "page"_L1},
}});
constexpr NameTable<LibraryApi::Hash, 4> hashTable({{
    {LibraryApi::Hash::None, "none"_L1},
    {LibraryApi::Hash::Md5, "md5"_L1},
    {LibraryApi::Hash::Sha256, "sha256"_L1},
    {LibraryApi::Hash::SquidexFileHash, "squidex"_L1},
}});

// The keys of ItemPointers in JSON, with the member each one fills.
const std::pair<QString, QString LibraryApi::ItemPointers::*> pointerKeys[] = {
    {u"id"_s, &LibraryApi::ItemPointers::id},
    {u"name"_s, &LibraryApi::ItemPointers::name},
    {u"size"_s, &LibraryApi::ItemPointers::size},
    {u"type"_s, &LibraryApi::ItemPointers::type},
    {u"modified"_s, &LibraryApi::ItemPointers::modified},
    {u"url"_s, &LibraryApi::ItemPointers::url},
    {u"thumbnail"_s, &LibraryApi::ItemPointers::thumbnail},
    {u"hash"_s, &LibraryApi::ItemPointers::hash},
    {u"folder"_s, &LibraryApi::ItemPointers::folder},
};

QList<LibraryApi::Parameter> parametersFromJson(const QJsonValue& value)
{
    QList<LibraryApi::Parameter> list;
    for (const QJsonValue& entry : value.toArray())
        list.append({entry[u"name"_s].toString(), entry[u"value"_s].toString()});
    return list;
}

QJsonArray parametersToJson(const QList<LibraryApi::Parameter>& list)
{
    QJsonArray array;
    for (const LibraryApi::Parameter& entry : list)
        array.append(QJsonObject{{u"name"_s, entry.name}, {u"value"_s, entry.value}});
    return array;
}

LibraryApi::Request requestFromJson(const QJsonObject& object)
{
    LibraryApi::Request request;
    request.method = object.value(u"method"_s).toString(u"GET"_s).toUpper();
    request.url = object.value(u"url"_s).toString();
    request.query = parametersFromJson(object.value(u"query"_s));
    request.form = parametersFromJson(object.value(u"form"_s));
    return request;
}

QJsonObject requestToJson(const LibraryApi::Request& request)
{
    if (!request.isSet())
        return {};
    QJsonObject object{{u"method"_s, request.method}, {u"url"_s, request.url}};
    if (!request.query.isEmpty())
        object.insert(u"query"_s, parametersToJson(request.query));
    if (!request.form.isEmpty())
        object.insert(u"form"_s, parametersToJson(request.form));
    return object;
}

LibraryApi::ItemPointers pointersFromJson(const QJsonObject& object)
{
    LibraryApi::ItemPointers pointers;
    for (const auto& [key, member] : pointerKeys)
        pointers.*member = object.value(key).toString();
    return pointers;
}

QJsonObject pointersToJson(const LibraryApi::ItemPointers& pointers)
{
    QJsonObject object;
    for (const auto& [key, member] : pointerKeys) {
        if (!(pointers.*member).isEmpty())
            object.insert(key, pointers.*member);
    }
    return object;
}

LibraryApi::Listing listingFromJson(const QJsonObject& object)
{
    LibraryApi::Listing listing;
    listing.request = requestFromJson(object);
    listing.items = object.value(u"items"_s).toString();
    listing.item = pointersFromJson(object.value(u"item"_s).toObject());
    listing.paging =
        pagingTable.fromName(object.value(u"paging"_s).toString()).value_or(LibraryApi::Paging::None);
    listing.pageSize = std::clamp(object.value(u"pageSize"_s).toInt(100), 1, LibraryApi::MaxPageSize);
    listing.totalHeader = object.value(u"totalHeader"_s).toString();
    listing.total = object.value(u"total"_s).toString();
    listing.next = object.value(u"next"_s).toString();
    listing.children = object.value(u"children"_s).toString();
    return listing;
}

QJsonObject listingToJson(const LibraryApi::Listing& listing)
{
    QJsonObject object = requestToJson(listing.request);
    if (object.isEmpty())
        return object;
    const std::pair<QString, QString> optional[] = {
        {u"items"_s, listing.items},
        {u"paging"_s,
         listing.paging == LibraryApi::Paging::None ? QString() : pagingTable.name(listing.paging)},
        {u"totalHeader"_s, listing.totalHeader},
        {u"total"_s, listing.total},
        {u"next"_s, listing.next},
        {u"children"_s, listing.children},
    };
    for (const auto& [key, value] : optional) {
        if (!value.isEmpty())
            object.insert(key, value);
    }
    object.insert(u"item"_s, pointersToJson(listing.item));
    if (listing.paging != LibraryApi::Paging::None)
        object.insert(u"pageSize"_s, listing.pageSize);
    return object;
}
} // namespace

bool LibraryApi::Request::uses(const QString& variable) const
{
    const QString placeholder = u'{' + variable + u'}';
    const auto anyUses = [&](const QList<Parameter>& list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const Parameter& entry) { return entry.value.contains(placeholder); });
    };
    return url.contains(placeholder) || anyUses(query) || anyUses(form);
}

bool LibraryApi::isEmpty() const
{
    return toJson().isEmpty();
}

QString LibraryApi::hashName(Hash hash)
{
    return hashTable.name(hash);
}

QStringList LibraryApi::hashNames()
{
    return hashTable.names();
}

QStringList LibraryApi::pagingNames()
{
    return pagingTable.names();
}

LibraryApi LibraryApi::fromJson(const QJsonObject& object)
{
    LibraryApi api;
    api.list = listingFromJson(object.value(u"list"_s).toObject());
    const QJsonObject get = object.value(u"get"_s).toObject();
    api.get = requestFromJson(get);
    api.getItem = get.value(u"item"_s).toString();
    const QJsonObject remove = object.value(u"delete"_s).toObject();
    api.remove = requestFromJson(remove);
    api.removeToTrash = remove.value(u"toTrash"_s).toBool();
    api.folders = listingFromJson(object.value(u"folders"_s).toObject());
    api.hash = hashTable.fromName(object.value(u"hash"_s).toString()).value_or(Hash::None);
    api.uploaded = pointersFromJson(object.value(u"uploaded"_s).toObject());
    return api;
}

QJsonObject LibraryApi::toJson() const
{
    QJsonObject object;
    if (const QJsonObject listing = listingToJson(list); !listing.isEmpty())
        object.insert(u"list"_s, listing);
    if (QJsonObject request = requestToJson(get); !request.isEmpty()) {
        if (!getItem.isEmpty())
            request.insert(u"item"_s, getItem);
        object.insert(u"get"_s, request);
    }
    if (QJsonObject request = requestToJson(remove); !request.isEmpty()) {
        if (removeToTrash)
            request.insert(u"toTrash"_s, true);
        object.insert(u"delete"_s, request);
    }
    if (const QJsonObject listing = listingToJson(folders); !listing.isEmpty())
        object.insert(u"folders"_s, listing);
    if (hash != Hash::None)
        object.insert(u"hash"_s, hashName(hash));
    if (const QJsonObject pointers = pointersToJson(uploaded); !pointers.isEmpty())
        object.insert(u"uploaded"_s, pointers);
    return object;
}

QStringList LibraryApi::problems() const
{
    QStringList problems;
    if (list.isSet() && (list.item.id.isEmpty() || list.item.name.isEmpty()))
        problems.append(
            tr("A library list needs to know where each item's ID and name are: fill in \"ID at\" "
               "and \"Name at\" (item.id and item.name)."));
    if (remove.isSet() && !remove.uses(u"id"_s))
        problems.append(tr("The delete address needs {id} where the item's ID goes."));
    // Without its variable every page would be the first one again.
    if (list.isSet() && list.paging == Paging::Offset && !list.request.uses(u"offset"_s))
        problems.append(tr("Paging by offset and limit needs {offset} in the list address."));
    if (list.isSet() && list.paging == Paging::Page && !list.request.uses(u"page"_s))
        problems.append(tr("Paging by page number needs {page} in the list address."));
    return problems;
}
