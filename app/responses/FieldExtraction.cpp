#include "app/responses/FieldExtraction.h"

#include "app/responses/JsonPointer.h"
#include "app/responses/ResponseRecord.h"

#include <QJsonArray>

FieldExtraction::Fields FieldExtraction::extract(const ResponseRecord& response) const
{
    Fields fields;
    const QJsonDocument document = response.json();
    if (document.isNull())
        return fields;
    const QJsonValue root =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    for (const Rule& rule : rules) {
        const std::optional<QJsonValue> value = JsonPointer::resolve(root, rule.pointer);
        if (value && !value->isNull())
            fields.append({rule.name, JsonPointer::displayText(*value)});
    }
    return fields;
}

// Kept as an object {"id": "/id", "url": "/f"} so a profile reads like the answer it describes.
FieldExtraction FieldExtraction::fromJson(const QJsonObject& object)
{
    FieldExtraction extraction;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        extraction.rules.append({it.key(), it.value().toString()});
    return extraction;
}

QJsonObject FieldExtraction::toJson() const
{
    QJsonObject object;
    for (const Rule& rule : rules)
        object.insert(rule.name, rule.pointer);
    return object;
}
