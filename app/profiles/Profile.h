#pragma once

#include "app/auth/AuthConfig.h"
#include "app/responses/FieldExtraction.h"
#include "app/responses/SuccessRule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Everything Hoist needs to upload to one service, as a plain value that round-trips through JSON.
// Strings marked "template" may contain {variable}, {+variable} (inserted unencoded, for base URLs),
// {file.name}, {file.stem}, {file.suffix} and {item.KEY} (per-item metadata).
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr int FormatVersion = 1;

    struct NamedValue
    {
        QString name;
        QString value; // template
    };
    struct TextPart
    {
        QString name;
        QString value;   // template, the default
        QString itemKey; // per-item metadata that overrides the default when the item has it
        bool sendWhenEmpty = false;
    };
    struct FilePart
    {
        QString name = QStringLiteral("file");
        QString filename;    // template; empty: the file's own name
        QString contentType; // empty: detected from the file's content and name
        QList<NamedValue> headers;
    };
    struct Limits
    {
        qint64 maxBytes = 0;      // 0: no limit known
        QStringList allowedTypes; // MIME types, "image/*" allowed; empty: any
    };

    QString name;
    QString description;
    QString url; // template
    QString method = QStringLiteral("POST");
    QString checkUrl; // template: a harmless GET that needs the credential (Test); empty: the upload URL
    QMap<QString, QString> variables; // defaults; the command line and the user override them
    QList<NamedValue> query;
    QList<NamedValue> headers;
    AuthConfig auth;
    FilePart filePart;
    QList<TextPart> fields;
    Limits limits;
    SuccessRule success;
    FieldExtraction extraction;

    // Sets a text part to a fixed value, replacing the profile's own part of that name.
    void setField(const QString& name, const QString& value);

    static Profile fromJson(const QJsonObject& object, QString* error = nullptr);
    QJsonObject toJson() const;
};
