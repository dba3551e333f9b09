#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

class ResponseRecord;

// Named values taken out of a JSON answer by JSON pointers (a media id, the stored file's URL).
class FieldExtraction
{
public:
    struct Rule
    {
        QString name;
        QString pointer;
    };
    using Fields = QList<std::pair<QString, QString>>;

    QList<Rule> rules;

    Fields extract(const ResponseRecord& response) const;

    static FieldExtraction fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
