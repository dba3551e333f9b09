#include "app/profiles/ProfileCodec.h"

#include "app/profiles/PresetCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>

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

Profile::Input inputFromJson(const QJsonObject& object)
{
    Profile::Input input;
    input.key = object.value(u"key"_s).toString();
    input.label = object.value(u"label"_s).toString();
    input.help = object.value(u"help"_s).toString();
    input.example = object.value(u"example"_s).toString();
    input.required = object.value(u"required"_s).toBool(true);
    input.type = Profile::Input::typeFromName(object.value(u"type"_s).toString()).value_or(input.type);
    input.on = object.value(u"on"_s).toString(input.on);
    input.off = object.value(u"off"_s).toString(input.off);
    input.minimum = object.value(u"minimum"_s).toInt(input.minimum);
    input.maximum = object.value(u"maximum"_s).toInt(input.maximum);
    for (const QJsonValue& entry : object.value(u"choices"_s).toArray()) {
        const QJsonObject choice = entry.toObject();
        input.choices.append({choice.value(u"value"_s).toString(), choice.value(u"label"_s).toString()});
    }
    return input;
}

QList<Profile::Input> inputsFromJson(const QJsonValue& value)
{
    QList<Profile::Input> inputs;
    for (const QJsonValue& entry : value.toArray())
        inputs.append(inputFromJson(entry.toObject()));
    return inputs;
}

// What only a typed input has: a boolean's sent values, a number's range, a choice's entries.
void insertTyped(QJsonObject& object, const Profile::Input& input)
{
    const Profile::Input plain;
    switch (input.type) {
    case Profile::Input::Type::Text:
        return;
    case Profile::Input::Type::Boolean:
        object.insert(u"on"_s, input.on);
        object.insert(u"off"_s, input.off);
        break;
    case Profile::Input::Type::Number:
        if (input.minimum != plain.minimum)
            object.insert(u"minimum"_s, input.minimum);
        if (input.maximum != plain.maximum)
            object.insert(u"maximum"_s, input.maximum);
        break;
    case Profile::Input::Type::Choice: {
        QJsonArray choices;
        for (const Profile::Input::Choice& choice : input.choices)
            choices.append(QJsonObject{{u"value"_s, choice.value}, {u"label"_s, choice.label}});
        object.insert(u"choices"_s, choices);
        break;
    }
    }
    object.insert(u"type"_s, Profile::Input::typeName(input.type));
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
        insertTyped(object, input);
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

QList<Profile::TextPart> textPartsFromJson(const QJsonValue& value)
{
    QList<Profile::TextPart> parts;
    for (const QJsonValue& entry : value.toArray()) {
        const QJsonObject field = entry.toObject();
        parts.append({field.value(u"name"_s).toString(), field.value(u"value"_s).toString(),
                      field.value(u"item"_s).toString(), field.value(u"sendWhenEmpty"_s).toBool()});
    }
    return parts;
}

QJsonArray textPartsToJson(const QList<Profile::TextPart>& parts)
{
    QJsonArray array;
    for (const Profile::TextPart& field : parts) {
        QJsonObject object{{u"name"_s, field.name}, {u"value"_s, field.value}};
        if (!field.itemKey.isEmpty())
            object.insert(u"item"_s, field.itemKey);
        if (field.sendWhenEmpty)
            object.insert(u"sendWhenEmpty"_s, true);
        array.append(object);
    }
    return array;
}

Profile::Replace replaceFromJson(const QJsonObject& object)
{
    Profile::Replace replace;
    replace.method = object.value(u"method"_s).toString().toUpper();
    replace.url = object.value(u"url"_s).toString();
    if (object.contains(u"query"_s))
        replace.query = namedValuesFromJson(object.value(u"query"_s));
    if (object.contains(u"headers"_s))
        replace.headers = namedValuesFromJson(object.value(u"headers"_s));
    replace.filePartName = object.value(u"filePart"_s).toObject().value(u"name"_s).toString();
    if (object.contains(u"fields"_s))
        replace.fields = textPartsFromJson(object.value(u"fields"_s));
    if (object.contains(u"success"_s))
        replace.success = SuccessRule::fromJson(object.value(u"success"_s).toObject());
    if (object.contains(u"extract"_s))
        replace.extraction = FieldExtraction::fromJson(object.value(u"extract"_s).toObject());
    return replace;
}

QJsonObject replaceToJson(const Profile::Replace& replace)
{
    QJsonObject object;
    if (!replace.method.isEmpty())
        object.insert(u"method"_s, replace.method);
    if (!replace.url.isEmpty())
        object.insert(u"url"_s, replace.url);
    if (replace.query)
        object.insert(u"query"_s, namedValuesToJson(*replace.query));
    if (replace.headers)
        object.insert(u"headers"_s, namedValuesToJson(*replace.headers));
    if (!replace.filePartName.isEmpty())
        object.insert(u"filePart"_s, QJsonObject{{u"name"_s, replace.filePartName}});
    if (replace.fields)
        object.insert(u"fields"_s, textPartsToJson(*replace.fields));
    if (replace.success)
        object.insert(u"success"_s, replace.success->toJson());
    if (replace.extraction)
        object.insert(u"extract"_s, replace.extraction->toJson());
    return object;
}
} // namespace

Profile ProfileCodec::read(const QJsonObject& object)
{
    Profile profile;
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
    profile.fields = textPartsFromJson(object.value(u"fields"_s));

    const QJsonObject limits = object.value(u"limits"_s).toObject();
    profile.limits.maxBytes = limits.value(u"maxBytes"_s).toInteger();
    profile.limits.usualMaxBytes = limits.value(u"usualMaxBytes"_s).toInteger();
    for (const QJsonValue& type : limits.value(u"types"_s).toArray())
        profile.limits.allowedTypes.append(type.toString());

    if (object.contains(u"success"_s))
        profile.success = SuccessRule::fromJson(object.value(u"success"_s).toObject());
    profile.extraction = FieldExtraction::fromJson(object.value(u"extract"_s).toObject());
    profile.trailingSlash = Profile::trailingSlashFromName(object.value(u"trailingSlash"_s).toString())
                                .value_or(Profile::TrailingSlash::Any);
    profile.replace = replaceFromJson(object.value(u"replace"_s).toObject());
    profile.followUps = followUpsFromJson(object.value(u"followUps"_s));
    profile.library = LibraryApi::fromJson(object.value(u"library"_s).toObject());
    profile.answerTimeoutSeconds = object.value(u"answerTimeout"_s).toInt(0);
    return profile;
}

QJsonObject ProfileCodec::write(const Profile& profile)
{
    QJsonObject variableObject;
    for (auto it = profile.variables.constBegin(); it != profile.variables.constEnd(); ++it)
        variableObject.insert(it.key(), it.value());

    const Profile::FilePart& filePart = profile.filePart;
    QJsonObject filePartObject{{u"name"_s, filePart.name}};
    if (!filePart.filename.isEmpty())
        filePartObject.insert(u"filename"_s, filePart.filename);
    if (!filePart.contentType.isEmpty())
        filePartObject.insert(u"contentType"_s, filePart.contentType);
    if (!filePart.headers.isEmpty())
        filePartObject.insert(u"headers"_s, namedValuesToJson(filePart.headers));

    const Profile::Limits& limits = profile.limits;
    QJsonObject limitObject;
    if (limits.maxBytes > 0)
        limitObject.insert(u"maxBytes"_s, limits.maxBytes);
    if (limits.usualMaxBytes > 0)
        limitObject.insert(u"usualMaxBytes"_s, limits.usualMaxBytes);
    if (!limits.allowedTypes.isEmpty())
        limitObject.insert(u"types"_s, QJsonArray::fromStringList(limits.allowedTypes));

    QJsonObject object{
        {u"version"_s, Profile::FormatVersion},
        {u"name"_s, profile.name},
        {u"description"_s, profile.description},
        {u"url"_s, profile.url},
        {u"method"_s, profile.method},
        {u"variables"_s, variableObject},
        {u"query"_s, namedValuesToJson(profile.query)},
        {u"headers"_s, namedValuesToJson(profile.headers)},
        {u"auth"_s, profile.auth.toJson()},
        {u"filePart"_s, filePartObject},
        {u"fields"_s, textPartsToJson(profile.fields)},
        {u"limits"_s, limitObject},
        {u"success"_s, profile.success.toJson()},
        {u"extract"_s, profile.extraction.toJson()},
    };
    const std::pair<QString, QJsonValue> optional[] = {
        {u"preset"_s, profile.preset},
        {u"docs"_s, profile.docsUrl},
        {u"inputs"_s, inputsToJson(profile.inputs)},
        {u"notes"_s, QJsonArray::fromStringList(profile.notes)},
        {u"checkUrl"_s, profile.checkUrl},
        {u"trailingSlash"_s, profile.trailingSlash == Profile::TrailingSlash::Any
                                 ? QString()
                                 : Profile::trailingSlashName(profile.trailingSlash)},
        {u"replace"_s, replaceToJson(profile.replace)},
        {u"followUps"_s, followUpsToJson(profile.followUps)},
        {u"library"_s, profile.library.toJson()},
        {u"answerTimeout"_s,
         profile.answerTimeoutSeconds > 0 ? QJsonValue(profile.answerTimeoutSeconds) : QJsonValue()},
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

std::optional<Profile> ProfileCodec::decode(const QByteArray& json, QString* error, QStringList* warnings)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = document.isNull() ? tr("not valid JSON: %1").arg(parseError.errorString())
                                   : tr("not a JSON object");
        return std::nullopt;
    }
    const QList<ProfileValidator::Finding> findings = ProfileValidator::check(document.object());
    for (const ProfileValidator::Finding& finding : findings) {
        if (warnings && !finding.isError()) // an unknown key may explain an error ("extrct")
            warnings->append(finding.text());
    }
    if (const QString errors = errorsOf(findings); !errors.isEmpty()) {
        *error = errors;
        return std::nullopt;
    }
    return read(document.object());
}

QList<ProfileValidator::Finding> ProfileCodec::problems(const Profile& profile)
{
    QList<ProfileValidator::Finding> findings;
    const auto add = [&findings](const QString& message) {
        findings.append({ProfileValidator::Finding::Severity::Error, QString(), message});
    };
    if (profile.name.trimmed().isEmpty())
        add(tr("Give the profile a name."));
    for (const Profile::Input& input : profile.missingInputs())
        add(tr("Enter the %1.").arg(PresetCatalogue::translated(input.label)));
    if (profile.url.trimmed().isEmpty())
        add(tr("Enter the upload URL."));
    const AuthConfig::Scheme scheme = profile.auth.scheme;
    const bool keyInParameter =
        scheme == AuthConfig::Scheme::HeaderKey || scheme == AuthConfig::Scheme::QueryKey;
    if (keyInParameter && profile.auth.parameterName.trimmed().isEmpty())
        add(tr("Enter the name of the header or parameter that carries the key."));
    for (const QString& problem : profile.library.problems())
        add(problem);
    for (const ProfileValidator::Finding& finding : ProfileValidator::check(write(profile))) {
        if (finding.path != u"url"_s || !profile.url.trimmed().isEmpty()) // said above
            findings.append(finding);
    }
    return findings;
}

QString ProfileCodec::errorsOf(const QList<ProfileValidator::Finding>& findings)
{
    QStringList errors;
    for (const ProfileValidator::Finding& finding : findings) {
        if (finding.isError())
            errors.append(finding.text());
    }
    return errors.join(u"; "_s);
}
