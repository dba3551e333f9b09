#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

// Resolves RFC 6901 JSON pointers ("/files/0/mediaId") against parsed JSON.
class JsonPointer
{
public:
    static std::optional<QJsonValue> resolve(const QJsonValue& root, const QString& pointer);
    static QString escapeToken(const QString& token);
    // The text a person expects to see for a value: strings unquoted, numbers without ".0", JSON otherwise.
    static QString displayText(const QJsonValue& value);
};
