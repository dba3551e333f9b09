#include "app/library/LibraryItem.h"

using namespace Qt::StringLiterals;

QJsonObject LibraryItem::toJson() const
{
    QJsonObject object{{u"id"_s, id}, {u"name"_s, name}};
    if (size >= 0)
        object.insert(u"size"_s, size);
    const std::pair<QString, QString> optional[] = {
        {u"type"_s, type}, {u"url"_s, url},       {u"modified"_s, modified},
        {u"hash"_s, hash}, {u"folder"_s, folder}, {u"thumbnail"_s, thumbnail},
    };
    for (const auto& [key, value] : optional) {
        if (!value.isEmpty())
            object.insert(key, value);
    }
    return object;
}
