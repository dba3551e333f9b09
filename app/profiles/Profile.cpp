#include "app/profiles/Profile.h"

#include "app/NameTable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr NameTable<Profile::TrailingSlash, 3> trailingSlashTable({{
    {Profile::TrailingSlash::Any, "any"_L1},
    {Profile::TrailingSlash::Required, "required"_L1},
    {Profile::TrailingSlash::Forbidden, "forbidden"_L1},
}});
constexpr NameTable<Profile::Input::Type, 4> inputTypeTable({{
    {Profile::Input::Type::Text, "text"_L1},
    {Profile::Input::Type::Boolean, "boolean"_L1},
    {Profile::Input::Type::Number, "number"_L1},
    {Profile::Input::Type::Choice, "choice"_L1},
}});
const QString itemFolder = u"{item.folder}"_s;
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

bool Profile::Replace::isSet() const
{
    return !method.isEmpty() || !url.isEmpty() || query || headers || !filePartName.isEmpty() || fields ||
           success || extraction;
}

Profile Profile::forOperation(Operation operation) const
{
    if (operation == Operation::Upload || !replace.isSet())
        return *this;
    Profile profile = *this;
    profile.replace = {};
    if (!replace.method.isEmpty())
        profile.method = replace.method;
    if (!replace.url.isEmpty())
        profile.url = replace.url;
    profile.query = replace.query.value_or(query);
    profile.headers = replace.headers.value_or(headers);
    if (!replace.filePartName.isEmpty())
        profile.filePart.name = replace.filePartName;
    profile.fields = replace.fields.value_or(fields);
    profile.success = replace.success.value_or(success);
    profile.extraction = replace.extraction.value_or(extraction);
    return profile;
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

std::optional<Profile::TrailingSlash> Profile::trailingSlashFromName(const QString& name)
{
    return trailingSlashTable.fromName(name);
}

QString Profile::trailingSlashName(TrailingSlash trailingSlash)
{
    return trailingSlashTable.name(trailingSlash);
}

QStringList Profile::Input::typeNames()
{
    return inputTypeTable.names();
}

std::optional<Profile::Input::Type> Profile::Input::typeFromName(const QString& name)
{
    return inputTypeTable.fromName(name);
}

QString Profile::Input::typeName(Type type)
{
    return inputTypeTable.name(type);
}
