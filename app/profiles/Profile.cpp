#include "app/profiles/Profile.h"

#include "app/NameTable.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<Profile::TrailingSlash, 3> trailingSlashTable({{
    {Profile::TrailingSlash::Any, "any"_L1},
    {Profile::TrailingSlash::Required, "required"_L1},
    {Profile::TrailingSlash::Forbidden, "forbidden"_L1},
}});
const QString itemFolder = u"{item.folder}"_s;

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

QList<Profile::Input> inputsFromJson(const QJsonValue& value)
{
    QList<Profile::Input> inputs;
    for (const QJsonValue& entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        inputs.append({object.value(u"key"_s).toString(), object.value(u"label"_s).toString(),
                       object.value(u"help"_s).toString(), object.value(u"example"_s).toString(),
                       object.value(u"required"_s).toBool(true)});
    }
    return inputs;
}

QJsonArray inputsToJson(const QList<Profile::Input>& inputs)
{
    QJsonArray array;
    for (const Profile::Input& input : inputs) {
        QJsonObject object{{u"key"_s, input.key}, {u"label"_s, input.label}};
        if (!input.help.isEmpty())
            object.insert(u"help"_s, input.help);
        if (!input.example.isEmpty())
            object.insert(u"example"_s, input.example);
        if (!input.required)
            object.insert(u"required"_s, false);
        array.append(object);
    }
    return array;
}

QList<Profile::FollowUp> followUpsFromJson(const QJsonValue& value)
{
    QList<Profile::FollowUp> steps;
    for (const QJsonValue& entry : value.toArray()) {
        const QJsonObject object = entry.toObject();
        Profile::FollowUp step;
        step.name = object.value(u"name"_s).toString();
        step.forEach = object.value(u"forEach"_s).toString();
        step.method = object.value(u"method"_s).toString(u"POST"_s).toUpper();
        step.url = object.value(u"url"_s).toString();
        step.fields = namedValuesFromJson(object.value(u"fields"_s));
        if (object.contains(u"success"_s))
            step.success = SuccessRule::fromJson(object.value(u"success"_s).toObject());
        steps.append(step);
    }
    return steps;
}

QJsonArray followUpsToJson(const QList<Profile::FollowUp>& steps)
{
    QJsonArray array;
    for (const Profile::FollowUp& step : steps) {
        QJsonObject object{{u"name"_s, step.name},
                           {u"method"_s, step.method},
                           {u"url"_s, step.url},
                           {u"fields"_s, namedValuesToJson(step.fields)},
                           {u"success"_s, step.success.toJson()}};
        if (!step.forEach.isEmpty())
            object.insert(u"forEach"_s, step.forEach);
        array.append(object);
    }
    return array;
}
} // namespace

bool Profile::supportsFolder() const
{
    const auto usesFolder = [](const QList<NamedValue>& list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [](const NamedValue& entry) { return entry.value.contains(itemFolder); });
    };
    return url.contains(itemFolder) || usesFolder(query) || usesFolder(headers) ||
           std::any_of(fields.cbegin(), fields.cend(), [](const TextPart& part) {
               return part.itemKey == u"folder"_s || part.value.contains(itemFolder);
           });
}

Profile Profile::forOperation(Operation operation) const
{
    if (operation == Operation::Upload || replace.isEmpty())
        return *this;
    // The replace keys take the place of the upload's; the file part and the sign-in are merged, so
    // that a replace naming only the part's name keeps its Content-Type override.
    QJsonObject merged = toJson();
    merged.remove(u"replace"_s);
    for (auto it = replace.constBegin(); it != replace.constEnd(); ++it) {
        const bool mergeable = it.key() == u"filePart"_s || it.key() == u"auth"_s;
        if (mergeable && it.value().isObject()) {
            QJsonObject inner = merged.value(it.key()).toObject();
            const QJsonObject changes = it.value().toObject();
            for (auto change = changes.constBegin(); change != changes.constEnd(); ++change)
                inner.insert(change.key(), change.value());
            merged.insert(it.key(), inner);
        } else {
            merged.insert(it.key(), it.value());
        }
    }
    return fromJson(merged);
}

QList<Profile::Input> Profile::missingInputs(const QMap<QString, QString>& given) const
{
    QList<Input> missing;
    for (const Input& input : inputs) {
        if (input.required && given.value(input.key, variables.value(input.key)).trimmed().isEmpty())
            missing.append(input);
    }
    return missing;
}

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

QStringList Profile::trailingSlashNames()
{
    return trailingSlashTable.names();
}

Profile Profile::fromJson(const QJsonObject& object, QString* error)
{
    Profile profile;
    const int version = object.value(u"version"_s).toInt(FormatVersion);
    if (version > FormatVersion && error)
        *error = tr("This profile was written by a newer Hoist (format %1); some settings may be ignored.")
                     .arg(version);
    profile.preset = object.value(u"preset"_s).toString();
    profile.name = object.value(u"name"_s).toString();
    profile.description = object.value(u"description"_s).toString();
    profile.docsUrl = object.value(u"docs"_s).toString();
    profile.inputs = inputsFromJson(object.value(u"inputs"_s));
    for (const QJsonValue& note : object.value(u"notes"_s).toArray())
        profile.notes.append(note.toString());
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
    profile.limits.usualMaxBytes = limits.value(u"usualMaxBytes"_s).toInteger();
    for (const QJsonValue& type : limits.value(u"types"_s).toArray())
        profile.limits.allowedTypes.append(type.toString());

    if (object.contains(u"success"_s))
        profile.success = SuccessRule::fromJson(object.value(u"success"_s).toObject());
    profile.extraction = FieldExtraction::fromJson(object.value(u"extract"_s).toObject());
    profile.trailingSlash =
        trailingSlashTable.fromName(object.value(u"trailingSlash"_s).toString()).value_or(TrailingSlash::Any);
    profile.replace = object.value(u"replace"_s).toObject();
    profile.followUps = followUpsFromJson(object.value(u"followUps"_s));
    profile.library = LibraryApi::fromJson(object.value(u"library"_s).toObject());
    profile.answerTimeoutSeconds = object.value(u"answerTimeout"_s).toInt(0);
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
    if (limits.usualMaxBytes > 0)
        limitObject.insert(u"usualMaxBytes"_s, limits.usualMaxBytes);
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
    const std::pair<QString, QJsonValue> optional[] = {
        {u"preset"_s, preset},
        {u"docs"_s, docsUrl},
        {u"inputs"_s, inputsToJson(inputs)},
        {u"notes"_s, QJsonArray::fromStringList(notes)},
        {u"checkUrl"_s, checkUrl},
        {u"trailingSlash"_s,
         trailingSlash == TrailingSlash::Any ? QString() : trailingSlashTable.name(trailingSlash)},
        {u"replace"_s, replace},
        {u"followUps"_s, followUpsToJson(followUps)},
        {u"library"_s, library.toJson()},
        {u"answerTimeout"_s, answerTimeoutSeconds > 0 ? QJsonValue(answerTimeoutSeconds) : QJsonValue()},
    };
    for (const auto& [key, value] : optional) {
        const bool empty = value.isNull() || (value.isString() && value.toString().isEmpty()) ||
                           (value.isArray() && value.toArray().isEmpty()) ||
                           (value.isObject() && value.toObject().isEmpty());
        if (!empty)
            object.insert(key, value);
    }
    return object;
}
