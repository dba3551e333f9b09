#include "app/profiles/Profile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QList<Profile::NamedValue> namedValuesFromJson(const QJsonValue& value)
{
    QList<Profile::NamedValue> list;
    for (const QJsonValue& entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        list.append({object.value(u"name"_s).toString(), object.value(u"value"_s).toString()});
    }
    return list;
}

QJsonArray namedValuesToJson(const QList<Profile::NamedValue>& list)
{
    QJsonArray array;
    for (const Profile::NamedValue& entry : list)
        array.append(QJsonObject{{u"name"_s, entry.name}, {u"value"_s, entry.value}});
    return array;
}
} // namespace

void Profile::setField(const QString& fieldName, const QString& value)
{
    for (TextPart& part : fields) {
        if (part.name == fieldName) {
            part.value = value;
            part.itemKey.clear();
            part.sendWhenEmpty = true;
            return;
        }
    }
    fields.append({fieldName, value, QString(), true});
}

Profile Profile::fromJson(const QJsonObject& object, QString* error)
{
    Profile profile;
    const int version = object.value(u"version"_s).toInt(FormatVersion);
    if (version > FormatVersion && error)
        *error = tr("This profile was written by a newer Hoist (format %1); some settings may be ignored.")
                     .arg(version);
    profile.name = object.value(u"name"_s).toString();
    profile.description = object.value(u"description"_s).toString();
    profile.url = object.value(u"url"_s).toString();
    profile.method = object.value(u"method"_s).toString(u"POST"_s).toUpper();
    const QJsonObject variables = object.value(u"variables"_s).toObject();
    for (auto it = variables.constBegin(); it != variables.constEnd(); ++it)
        profile.variables.insert(it.key(), it.value().toString());
    profile.query = namedValuesFromJson(object.value(u"query"_s));
    profile.headers = namedValuesFromJson(object.value(u"headers"_s));
    profile.auth = AuthConfig::fromJson(object.value(u"auth"_s).toObject());
    profile.checkUrl = object.value(u"checkUrl"_s).toString();

    const QJsonObject filePart = object.value(u"filePart"_s).toObject();
    profile.filePart.name = filePart.value(u"name"_s).toString(u"file"_s);
    profile.filePart.filename = filePart.value(u"filename"_s).toString();
    profile.filePart.contentType = filePart.value(u"contentType"_s).toString();
    profile.filePart.headers = namedValuesFromJson(filePart.value(u"headers"_s));

    for (const QJsonValue& entry : object.value(u"fields"_s).toArray()) {
        const QJsonObject field = entry.toObject();
        profile.fields.append({field.value(u"name"_s).toString(), field.value(u"value"_s).toString(),
                               field.value(u"item"_s).toString(), field.value(u"sendWhenEmpty"_s).toBool()});
    }

    const QJsonObject limits = object.value(u"limits"_s).toObject();
    profile.limits.maxBytes = limits.value(u"maxBytes"_s).toInteger();
    for (const QJsonValue& type : limits.value(u"types"_s).toArray())
        profile.limits.allowedTypes.append(type.toString());

    if (object.contains(u"success"_s))
        profile.success = SuccessRule::fromJson(object.value(u"success"_s).toObject());
    profile.extraction = FieldExtraction::fromJson(object.value(u"extract"_s).toObject());
    return profile;
}

QJsonObject Profile::toJson() const
{
    QJsonObject variableObject;
    for (auto it = variables.constBegin(); it != variables.constEnd(); ++it)
        variableObject.insert(it.key(), it.value());

    QJsonObject filePartObject{{u"name"_s, filePart.name}};
    if (!filePart.filename.isEmpty())
        filePartObject.insert(u"filename"_s, filePart.filename);
    if (!filePart.contentType.isEmpty())
        filePartObject.insert(u"contentType"_s, filePart.contentType);
    if (!filePart.headers.isEmpty())
        filePartObject.insert(u"headers"_s, namedValuesToJson(filePart.headers));

    QJsonArray fieldArray;
    for (const TextPart& field : fields) {
        QJsonObject object{{u"name"_s, field.name}, {u"value"_s, field.value}};
        if (!field.itemKey.isEmpty())
            object.insert(u"item"_s, field.itemKey);
        if (field.sendWhenEmpty)
            object.insert(u"sendWhenEmpty"_s, true);
        fieldArray.append(object);
    }

    QJsonObject limitObject;
    if (limits.maxBytes > 0)
        limitObject.insert(u"maxBytes"_s, limits.maxBytes);
    if (!limits.allowedTypes.isEmpty())
        limitObject.insert(u"types"_s, QJsonArray::fromStringList(limits.allowedTypes));

    QJsonObject object{
        {u"version"_s, FormatVersion},
        {u"name"_s, name},
        {u"description"_s, description},
        {u"url"_s, url},
        {u"method"_s, method},
        {u"variables"_s, variableObject},
        {u"query"_s, namedValuesToJson(query)},
        {u"headers"_s, namedValuesToJson(headers)},
        {u"auth"_s, auth.toJson()},
        {u"filePart"_s, filePartObject},
        {u"fields"_s, fieldArray},
        {u"limits"_s, limitObject},
        {u"success"_s, success.toJson()},
        {u"extract"_s, extraction.toJson()},
    };
    if (!checkUrl.isEmpty())
        object.insert(u"checkUrl"_s, checkUrl);
    return object;
}
