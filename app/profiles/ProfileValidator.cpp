#include "app/profiles/ProfileValidator.h"

#include "app/PrintableText.h"
#include "app/auth/AuthConfig.h"
#include "app/profiles/HeaderRules.h"
#include "app/profiles/LibraryApi.h"
#include "app/profiles/Profile.h"
#include "app/responses/SuccessRule.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <functional>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
using Finding = ProfileValidator::Finding;
using Severity = Finding::Severity;

enum class Kind
{
    String,
    Bool,
    Object,
    Array,
};

QString expectedText(Kind kind)
{
    switch (kind) {
    case Kind::String:
        return ProfileValidator::tr("a string");
    case Kind::Bool:
        return ProfileValidator::tr("true or false");
    case Kind::Object:
        return ProfileValidator::tr("an object");
    case Kind::Array:
        return ProfileValidator::tr("a list");
    }
    return QString();
}

QString foundText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return ProfileValidator::tr("a number");
    case QJsonValue::String:
        return ProfileValidator::tr("a string");
    case QJsonValue::Array:
        return ProfileValidator::tr("a list");
    case QJsonValue::Object:
        return ProfileValidator::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return ProfileValidator::tr("nothing");
}

bool hasKind(const QJsonValue& value, Kind kind)
{
    switch (kind) {
    case Kind::String:
        return value.isString();
    case Kind::Bool:
        return value.isBool();
    case Kind::Object:
        return value.isObject();
    case Kind::Array:
        return value.isArray();
    }
    return false;
}

// "auth.scheme"; a key that is not a plain word is quoted: variables["my key"].
QString member(const QString& path, const QString& key)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_-]*$"_s);
    if (!plain.match(key).hasMatch())
        return path % u"[\""_s % PrintableText::escape(key) % u"\"]"_s;
    return path.isEmpty() ? key : path % u'.' % key;
}

QString element(const QString& path, qsizetype index)
{
    return path % u'[' % QString::number(index) % u']';
}

class Walker
{
public:
    QList<Finding> findings;

    void error(const QString& path, const QString& message)
    {
        findings.append({Severity::Error, path, message});
    }
    void warning(const QString& path, const QString& message)
    {
        findings.append({Severity::Warning, path, message});
    }

    bool expect(const QJsonValue& value, Kind kind, const QString& path)
    {
        if (hasKind(value, kind))
            return true;
        error(path, ProfileValidator::tr("expected %1, found %2").arg(expectedText(kind), foundText(value)));
        return false;
    }

    // Checks the value when the key is there; returns it as a string ("" when absent or wrong).
    QString optionalString(const QJsonObject& object, const QString& key, const QString& path)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || !expect(value, Kind::String, member(path, key)))
            return QString();
        return value.toString();
    }

    void optionalBool(const QJsonObject& object, const QString& key, const QString& path)
    {
        if (object.contains(key))
            expect(object.value(key), Kind::Bool, member(path, key));
    }

    void wholeNumber(const QJsonValue& value, const QString& path, qint64 minimum, qint64 maximum,
                     const QString& expected)
    {
        constexpr double exactLimit = 9007199254740992.0; // 2^53: above it doubles skip whole numbers
        const double number = value.toDouble();
        const bool whole = value.isDouble() && std::isfinite(number) && std::trunc(number) == number &&
                           std::fabs(number) <= exactLimit;
        if (!whole || number < double(minimum) || number > double(maximum))
            error(path, expected);
    }

    void enumValue(const QJsonObject& object, const QString& key, const QString& path,
                   const QStringList& names)
    {
        const QString value = optionalString(object, key, path);
        if (!object.value(key).isString() || names.contains(value, Qt::CaseInsensitive))
            return;
        error(member(path, key), ProfileValidator::tr("\"%1\" is not one of %2")
                                     .arg(PrintableText::escape(value), names.join(u", "_s)));
    }

    void unknownKeys(const QJsonObject& object, const QString& path, const QStringList& known)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                warning(path, ProfileValidator::tr("unknown key \"%1\" (ignored)")
                                  .arg(PrintableText::escape(it.key())));
        }
    }

    // Each entry of a list that must be objects; the callback checks one entry.
    void objectList(const QJsonObject& object, const QString& key, const QString& path,
                    const std::function<void(const QJsonObject&, const QString&)>& check)
    {
        if (!object.contains(key) || !expect(object.value(key), Kind::Array, member(path, key)))
            return;
        const QJsonArray array = object.value(key).toArray();
        for (qsizetype index = 0; index < array.size(); ++index) {
            const QString entryPath = element(member(path, key), index);
            if (expect(array.at(index), Kind::Object, entryPath))
                check(array.at(index).toObject(), entryPath);
        }
    }

    void stringList(const QJsonObject& object, const QString& key, const QString& path)
    {
        if (!object.contains(key) || !expect(object.value(key), Kind::Array, member(path, key)))
            return;
        const QJsonArray array = object.value(key).toArray();
        for (qsizetype index = 0; index < array.size(); ++index)
            expect(array.at(index), Kind::String, element(member(path, key), index));
    }

    void stringMap(const QJsonObject& object, const QString& key, const QString& path,
                   const std::function<void(const QString&, const QString&)>& check = {})
    {
        if (!object.contains(key) || !expect(object.value(key), Kind::Object, member(path, key)))
            return;
        const QJsonObject map = object.value(key).toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            const QString entryPath = member(member(path, key), it.key());
            if (expect(it.value(), Kind::String, entryPath) && check)
                check(it.value().toString(), entryPath);
        }
    }

    std::optional<QJsonObject> optionalObject(const QJsonObject& object, const QString& key,
                                              const QString& path)
    {
        if (!object.contains(key) || !expect(object.value(key), Kind::Object, member(path, key)))
            return std::nullopt;
        return object.value(key).toObject();
    }

    void method(const QJsonObject& object, const QString& path)
    {
        const QString value = optionalString(object, u"method"_s, path);
        if (object.value(u"method"_s).isString() && !HeaderRules::isToken(value)) {
            error(member(path, u"method"_s),
                  ProfileValidator::tr("\"%1\" is not an HTTP method (a word such as POST or PUT)")
                      .arg(PrintableText::escape(value)));
        }
    }

    void pointer(const QString& value, const QString& path)
    {
        if (!value.isEmpty() && !value.startsWith(u'/')) {
            error(path, ProfileValidator::tr("\"%1\" is not a JSON pointer; pointers start with \"/\", "
                                             "for example \"/id\"")
                            .arg(PrintableText::escape(value)));
        }
    }

    enum class Values
    {
        Plain,
        Headers,
    };

    void namedValues(const QJsonObject& object, const QString& key, const QString& path, Values values)
    {
        objectList(object, key, path, [this, values](const QJsonObject& entry, const QString& entryPath) {
            unknownKeys(entry, entryPath, {u"name"_s, u"value"_s});
            const QString name = optionalString(entry, u"name"_s, entryPath);
            const QString value = optionalString(entry, u"value"_s, entryPath);
            if (values != Values::Headers)
                return;
            if (const QString problem = HeaderRules::nameProblem(name); !problem.isEmpty())
                error(member(entryPath, u"name"_s), problem);
            if (const QString problem = HeaderRules::valueProblem(value); !problem.isEmpty())
                error(member(entryPath, u"value"_s), problem);
        });
    }

    void success(const QJsonObject& object, const QString& key, const QString& path)
    {
        const std::optional<QJsonObject> rule = optionalObject(object, key, path);
        if (!rule)
            return;
        const QString rulePath = member(path, key);
        unknownKeys(*rule, rulePath, {u"status"_s, u"conditions"_s});
        if (rule->contains(u"status"_s)) {
            const QString statusPath = member(rulePath, u"status"_s);
            const QJsonArray range = rule->value(u"status"_s).toArray();
            if (!rule->value(u"status"_s).isArray() || range.size() != 2) {
                error(statusPath,
                      ProfileValidator::tr("expected a list of two status codes, such as [200, 299]"));
            } else {
                for (qsizetype index = 0; index < 2; ++index)
                    wholeNumber(range.at(index), element(statusPath, index), 100, 599,
                                ProfileValidator::tr("expected a whole number from 100 to 599"));
                if (range.at(0).toDouble() > range.at(1).toDouble())
                    error(statusPath, ProfileValidator::tr("the first status code is above the second"));
            }
        }
        objectList(
            *rule, u"conditions"_s, rulePath, [this](const QJsonObject& entry, const QString& entryPath) {
                unknownKeys(entry, entryPath, {u"pointer"_s, u"test"_s, u"value"_s});
                pointer(optionalString(entry, u"pointer"_s, entryPath), member(entryPath, u"pointer"_s));
                enumValue(entry, u"test"_s, entryPath, SuccessRule::conditionTestNames());
                optionalString(entry, u"value"_s, entryPath);
            });
    }

    void auth(const QJsonObject& object, const QString& path)
    {
        const std::optional<QJsonObject> auth = optionalObject(object, u"auth"_s, path);
        if (!auth)
            return;
        const QString authPath = member(path, u"auth"_s);
        unknownKeys(*auth, authPath,
                    {u"scheme"_s, u"name"_s, u"credential"_s, u"tokenUrl"_s, u"scope"_s, u"clientAuth"_s});
        enumValue(*auth, u"scheme"_s, authPath, AuthConfig::schemeNames());
        const QString name = optionalString(*auth, u"name"_s, authPath);
        const auto scheme = AuthConfig::schemeFromName(auth->value(u"scheme"_s).toString());
        QString problem = HeaderRules::valueProblem(name);
        if (scheme == AuthConfig::Scheme::HeaderKey && !name.isEmpty())
            problem = HeaderRules::nameProblem(name);
        if (!problem.isEmpty())
            error(member(authPath, u"name"_s), problem);
        for (const QString& key : {u"credential"_s, u"tokenUrl"_s, u"scope"_s})
            optionalString(*auth, key, authPath);
        enumValue(*auth, u"clientAuth"_s, authPath, AuthConfig::clientAuthNames());
    }

    void filePart(const QJsonObject& object, const QString& path,
                  const QStringList& known = {u"name"_s, u"filename"_s, u"contentType"_s, u"headers"_s})
    {
        const std::optional<QJsonObject> part = optionalObject(object, u"filePart"_s, path);
        if (!part)
            return;
        const QString partPath = member(path, u"filePart"_s);
        unknownKeys(*part, partPath, known);
        optionalString(*part, u"name"_s, partPath);
        optionalString(*part, u"filename"_s, partPath);
        const QString contentType = optionalString(*part, u"contentType"_s, partPath);
        if (const QString problem = HeaderRules::valueProblem(contentType); !problem.isEmpty())
            error(member(partPath, u"contentType"_s), problem);
        namedValues(*part, u"headers"_s, partPath, Values::Headers);
    }

    void fields(const QJsonObject& object, const QString& path)
    {
        objectList(object, u"fields"_s, path, [this](const QJsonObject& entry, const QString& entryPath) {
            unknownKeys(entry, entryPath, {u"name"_s, u"value"_s, u"item"_s, u"sendWhenEmpty"_s});
            for (const QString& key : {u"name"_s, u"value"_s, u"item"_s})
                optionalString(entry, key, entryPath);
            optionalBool(entry, u"sendWhenEmpty"_s, entryPath);
        });
    }

    void limits(const QJsonObject& object, const QString& path)
    {
        const std::optional<QJsonObject> limits = optionalObject(object, u"limits"_s, path);
        if (!limits)
            return;
        const QString limitsPath = member(path, u"limits"_s);
        unknownKeys(*limits, limitsPath, {u"maxBytes"_s, u"usualMaxBytes"_s, u"types"_s});
        for (const QString& key : {u"maxBytes"_s, u"usualMaxBytes"_s}) {
            if (limits->contains(key))
                wholeNumber(limits->value(key), member(limitsPath, key), 0,
                            std::numeric_limits<qint64>::max(),
                            ProfileValidator::tr("expected a whole number ≥ 0"));
        }
        stringList(*limits, u"types"_s, limitsPath);
    }

    void followUps(const QJsonObject& object, const QString& path)
    {
        objectList(object, u"followUps"_s, path, [this](const QJsonObject& step, const QString& stepPath) {
            unknownKeys(step, stepPath,
                        {u"name"_s, u"forEach"_s, u"method"_s, u"url"_s, u"fields"_s, u"success"_s});
            optionalString(step, u"name"_s, stepPath);
            optionalString(step, u"forEach"_s, stepPath);
            method(step, stepPath);
            if (!step.contains(u"url"_s))
                error(member(stepPath, u"url"_s), ProfileValidator::tr("missing; a step needs an address"));
            optionalString(step, u"url"_s, stepPath);
            namedValues(step, u"fields"_s, stepPath, Values::Plain);
            success(step, u"success"_s, stepPath);
        });
    }

    void libraryRequest(const QJsonObject& request, const QString& path, const QStringList& extraKeys)
    {
        unknownKeys(request, path, QStringList{u"method"_s, u"url"_s, u"query"_s, u"form"_s} + extraKeys);
        method(request, path);
        if (optionalString(request, u"url"_s, path).isEmpty())
            error(member(path, u"url"_s), ProfileValidator::tr("missing; a request needs an address"));
        namedValues(request, u"query"_s, path, Values::Plain);
        namedValues(request, u"form"_s, path, Values::Plain);
    }

    void itemPointers(const QJsonObject& object, const QString& key, const QString& path)
    {
        const QStringList keys{u"id"_s,  u"name"_s,      u"size"_s, u"type"_s,  u"modified"_s,
                               u"url"_s, u"thumbnail"_s, u"hash"_s, u"folder"_s};
        const std::optional<QJsonObject> pointers = optionalObject(object, key, path);
        if (!pointers)
            return;
        const QString pointersPath = member(path, key);
        unknownKeys(*pointers, pointersPath, keys);
        for (const QString& name : keys)
            pointer(optionalString(*pointers, name, pointersPath), member(pointersPath, name));
    }

    void listing(const QJsonObject& library, const QString& key, const QString& path)
    {
        const std::optional<QJsonObject> listing = optionalObject(library, key, path);
        if (!listing)
            return;
        const QString listingPath = member(path, key);
        libraryRequest(*listing, listingPath,
                       {u"items"_s, u"item"_s, u"paging"_s, u"pageSize"_s, u"totalHeader"_s, u"total"_s,
                        u"next"_s, u"children"_s});
        for (const QString& name : {u"items"_s, u"total"_s, u"next"_s, u"children"_s})
            pointer(optionalString(*listing, name, listingPath), member(listingPath, name));
        itemPointers(*listing, u"item"_s, listingPath);
        enumValue(*listing, u"paging"_s, listingPath, LibraryApi::pagingNames());
        if (listing->contains(u"pageSize"_s))
            wholeNumber(
                listing->value(u"pageSize"_s), member(listingPath, u"pageSize"_s), 1, LibraryApi::MaxPageSize,
                ProfileValidator::tr("expected a whole number from 1 to %1").arg(LibraryApi::MaxPageSize));
        if (const QString header = optionalString(*listing, u"totalHeader"_s, listingPath);
            !header.isEmpty()) {
            if (const QString problem = HeaderRules::nameProblem(header); !problem.isEmpty())
                error(member(listingPath, u"totalHeader"_s), problem);
        }
    }

    void library(const QJsonObject& object, const QString& path)
    {
        const std::optional<QJsonObject> library = optionalObject(object, u"library"_s, path);
        if (!library)
            return;
        const QString libraryPath = member(path, u"library"_s);
        unknownKeys(*library, libraryPath,
                    {u"list"_s, u"get"_s, u"delete"_s, u"folders"_s, u"hash"_s, u"uploaded"_s});
        listing(*library, u"list"_s, libraryPath);
        listing(*library, u"folders"_s, libraryPath);
        if (const std::optional<QJsonObject> get = optionalObject(*library, u"get"_s, libraryPath)) {
            const QString getPath = member(libraryPath, u"get"_s);
            libraryRequest(*get, getPath, {u"item"_s});
            pointer(optionalString(*get, u"item"_s, getPath), member(getPath, u"item"_s));
        }
        if (const std::optional<QJsonObject> remove = optionalObject(*library, u"delete"_s, libraryPath)) {
            const QString removePath = member(libraryPath, u"delete"_s);
            libraryRequest(*remove, removePath, {u"toTrash"_s});
            optionalBool(*remove, u"toTrash"_s, removePath);
        }
        enumValue(*library, u"hash"_s, libraryPath, LibraryApi::hashNames());
        itemPointers(*library, u"uploaded"_s, libraryPath);
    }

    // The request both an upload and a replace describe.
    void request(const QJsonObject& object, const QString& path)
    {
        method(object, path);
        namedValues(object, u"query"_s, path, Values::Plain);
        namedValues(object, u"headers"_s, path, Values::Headers);
        fields(object, path);
        success(object, u"success"_s, path);
        stringMap(object, u"extract"_s, path,
                  [this](const QString& value, const QString& valuePath) { pointer(value, valuePath); });
    }

    // A value the user gives: its texts, its type and what the type needs, and that the preset's
    // default for it is one the input can show.
    void input(const QJsonObject& input, const QString& path, const QJsonObject& variables)
    {
        unknownKeys(input, path,
                    {u"key"_s, u"label"_s, u"help"_s, u"example"_s, u"required"_s, u"type"_s, u"on"_s,
                     u"off"_s, u"minimum"_s, u"maximum"_s, u"choices"_s});
        for (const QString& key : {u"key"_s, u"label"_s, u"help"_s, u"example"_s})
            optionalString(input, key, path);
        optionalBool(input, u"required"_s, path);
        enumValue(input, u"type"_s, path, Profile::Input::typeNames());
        const auto type = Profile::Input::typeFromName(input.value(u"type"_s).toString(u"text"_s));
        onlyFor(input, path, type == Profile::Input::Type::Boolean, {u"on"_s, u"off"_s});
        onlyFor(input, path, type == Profile::Input::Type::Number, {u"minimum"_s, u"maximum"_s});
        onlyFor(input, path, type == Profile::Input::Type::Choice, {u"choices"_s});
        QStringList allowed; // the values the input can hold; empty: any
        if (type == Profile::Input::Type::Boolean)
            allowed = booleanValues(input, path);
        else if (type == Profile::Input::Type::Number)
            numberRange(input, path);
        else if (type == Profile::Input::Type::Choice)
            allowed = choices(input, path);
        const QString key = input.value(u"key"_s).toString();
        const QJsonValue given = variables.value(key);
        if (!allowed.isEmpty() && given.isString() && !given.toString().isEmpty() &&
            !allowed.contains(given.toString())) {
            error(member(u"variables"_s, key),
                  ProfileValidator::tr("\"%1\" is not one of %2")
                      .arg(PrintableText::escape(given.toString()), allowed.join(u", "_s)));
        }
    }

    void onlyFor(const QJsonObject& input, const QString& path, bool applies, const QStringList& keys)
    {
        for (const QString& key : keys) {
            if (!applies && input.contains(key))
                error(member(path, key), ProfileValidator::tr("does not apply to an input of this type"));
        }
    }

    QStringList booleanValues(const QJsonObject& input, const QString& path)
    {
        const Profile::Input plain;
        const QString on = input.contains(u"on"_s) ? optionalString(input, u"on"_s, path) : plain.on;
        const QString off = input.contains(u"off"_s) ? optionalString(input, u"off"_s, path) : plain.off;
        if (on == off)
            error(member(path, u"off"_s),
                  ProfileValidator::tr("is the same as on; a check box sends two values"));
        return {on, off};
    }

    void numberRange(const QJsonObject& input, const QString& path)
    {
        const QString expected = ProfileValidator::tr("expected a whole number from %1 to %2")
                                     .arg(std::numeric_limits<int>::min())
                                     .arg(std::numeric_limits<int>::max());
        for (const QString& key : {u"minimum"_s, u"maximum"_s}) {
            if (input.contains(key))
                wholeNumber(input.value(key), member(path, key), std::numeric_limits<int>::min(),
                            std::numeric_limits<int>::max(), expected);
        }
        const Profile::Input plain;
        if (input.value(u"minimum"_s).toDouble(plain.minimum) >
            input.value(u"maximum"_s).toDouble(plain.maximum))
            error(member(path, u"maximum"_s), ProfileValidator::tr("is less than the minimum"));
    }

    QStringList choices(const QJsonObject& input, const QString& path)
    {
        QStringList values;
        if (!input.contains(u"choices"_s)) {
            error(member(path, u"choices"_s), ProfileValidator::tr("missing; a choice needs its choices"));
            return values;
        }
        objectList(input, u"choices"_s, path,
                   [this, &values](const QJsonObject& choice, const QString& choicePath) {
                       unknownKeys(choice, choicePath, {u"value"_s, u"label"_s});
                       if (!choice.contains(u"value"_s))
                           error(member(choicePath, u"value"_s),
                                 ProfileValidator::tr("missing; a choice sends its value"));
                       values.append(optionalString(choice, u"value"_s, choicePath));
                       optionalString(choice, u"label"_s, choicePath);
                   });
        if (values.isEmpty() && input.value(u"choices"_s).isArray())
            error(member(path, u"choices"_s), ProfileValidator::tr("is empty; a choice needs its choices"));
        return values;
    }

    // What a replace changes of the upload's request.
    void replace(const QJsonObject& object, const QString& path)
    {
        const std::optional<QJsonObject> replace = optionalObject(object, u"replace"_s, path);
        if (!replace)
            return;
        const QString replacePath = member(path, u"replace"_s);
        unknownKeys(*replace, replacePath,
                    {u"method"_s, u"url"_s, u"query"_s, u"headers"_s, u"filePart"_s, u"fields"_s,
                     u"success"_s, u"extract"_s});
        if (optionalString(*replace, u"url"_s, replacePath).isEmpty() && replace->value(u"url"_s).isString())
            error(member(replacePath, u"url"_s),
                  ProfileValidator::tr("is empty; leave it out to keep the upload's"));
        request(*replace, replacePath);
        filePart(*replace, replacePath, {u"name"_s});
    }

    void profile(const QJsonObject& object)
    {
        unknownKeys(object, QString(),
                    {u"version"_s,   u"preset"_s,        u"name"_s,    u"description"_s, u"docs"_s,
                     u"inputs"_s,    u"notes"_s,         u"url"_s,     u"method"_s,      u"checkUrl"_s,
                     u"variables"_s, u"query"_s,         u"headers"_s, u"auth"_s,        u"filePart"_s,
                     u"fields"_s,    u"limits"_s,        u"success"_s, u"extract"_s,     u"trailingSlash"_s,
                     u"followUps"_s, u"answerTimeout"_s, u"replace"_s, u"library"_s});
        if (object.contains(u"version"_s)) {
            const QJsonValue version = object.value(u"version"_s);
            wholeNumber(version, u"version"_s, 1, std::numeric_limits<int>::max(),
                        ProfileValidator::tr("expected a whole number ≥ 1"));
            if (version.isDouble() && version.toDouble() > Profile::FormatVersion) {
                warning(u"version"_s,
                        ProfileValidator::tr("This profile was written by a newer Hoist (format "
                                             "%1); some settings may be ignored.")
                            .arg(version.toDouble()));
            }
        }
        for (const QString& key : {u"preset"_s, u"name"_s, u"description"_s, u"docs"_s, u"checkUrl"_s})
            optionalString(object, key, QString());
        if (!object.contains(u"url"_s))
            error(u"url"_s, ProfileValidator::tr("missing; a profile needs the address to upload to"));
        else if (optionalString(object, u"url"_s, QString()).isEmpty() && object.value(u"url"_s).isString())
            error(u"url"_s, ProfileValidator::tr("is empty; a profile needs the address to upload to"));
        const QJsonObject variables = object.value(u"variables"_s).toObject();
        objectList(object, u"inputs"_s, QString(),
                   [this, variables](const QJsonObject& entry, const QString& inputPath) {
                       input(entry, inputPath, variables);
                   });
        stringList(object, u"notes"_s, QString());
        stringMap(object, u"variables"_s, QString());
        request(object, QString());
        auth(object, QString());
        filePart(object, QString());
        limits(object, QString());
        enumValue(object, u"trailingSlash"_s, QString(), Profile::trailingSlashNames());
        if (object.contains(u"answerTimeout"_s)) {
            wholeNumber(object.value(u"answerTimeout"_s), u"answerTimeout"_s, 1,
                        Profile::MaxAnswerTimeoutSeconds,
                        ProfileValidator::tr("expected a whole number of seconds from 1 to %1")
                            .arg(Profile::MaxAnswerTimeoutSeconds));
        }
        replace(object, QString());
        library(object, QString());
        followUps(object, QString());
    }
};
} // namespace

QString ProfileValidator::Finding::text() const
{
    return path.isEmpty() ? message : path % u": "_s % message;
}

QList<ProfileValidator::Finding> ProfileValidator::check(const QJsonObject& profile)
{
    Walker walker;
    walker.profile(profile);
    return walker.findings;
}

bool ProfileValidator::hasErrors(const QList<Finding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding& finding) { return finding.isError(); });
}
