#pragma once

#include "app/auth/AuthConfig.h"
#include "app/profiles/LibraryApi.h"
#include "app/responses/FieldExtraction.h"
#include "app/responses/SuccessRule.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

// Everything Hoist needs to upload to one service, as a plain value (ProfileCodec reads and writes
// it as JSON).
// Strings marked "template" may contain {variable}, {+variable} (inserted unencoded, for base URLs),
// {file.name}, {file.stem}, {file.suffix} and {item.KEY} (per-item metadata: name, description,
// folder, replace …); follow-up steps also see {result.KEY} (fields extracted from the upload's
// answer) and {entry.key}/{entry.value}.
class Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr int FormatVersion = 1;
    static constexpr int MaxAnswerTimeoutSeconds = 86'400;

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
    // A value the user must give for a preset to work (CMS root URL, app name, library id …).
    struct Input
    {
        enum class Type
        {
            Text,
            Boolean, // a check box that sends on or off
            Number,  // a whole number from minimum to maximum
            Choice,  // one of choices
        };
        struct Choice
        {
            QString value; // what is sent
            QString label; // what the user sees
        };

        QString key; // the template variable it fills
        QString label;
        QString help; // one plain sentence, shown under the input
        QString example;
        bool required = true;
        Type type = Type::Text;
        QString on = QStringLiteral("true"); // Boolean: the values sent when checked and when not
        QString off = QStringLiteral("false");
        int minimum = 0; // Number
        int maximum = std::numeric_limits<int>::max();
        QList<Choice> choices; // Choice

        static QStringList typeNames();
        static std::optional<Type> typeFromName(const QString& name);
        static QString typeName(Type type);
    };
    // A request made after a successful upload with values from its answer, once, or once per item
    // metadata entry whose key starts with forEach + "." (e.g. "metadata.3" = "000510").
    struct FollowUp
    {
        QString name; // template, shown to the user
        QString forEach;
        QString method = QStringLiteral("POST");
        QString url; // template
        QList<NamedValue> fields;
        SuccessRule success;
    };
    enum class TrailingSlash
    {
        Any,
        Required,  // Django-style APIs: without it the server redirects and the file is dropped
        Forbidden, // Xibo: with it the route does not exist
    };
    enum class Operation
    {
        Upload,
        Replace, // a new file for an existing item: the item's "replace" metadata names it
    };
    // The replace operation: what a new version of an uploaded item changes of the upload's request
    // (its "replace" metadata names the item). What is left unset keeps the upload's.
    struct Replace
    {
        QString method;
        QString url; // template
        std::optional<QList<NamedValue>> query;
        std::optional<QList<NamedValue>> headers;
        QString filePartName; // Mayan's new file version takes "file_new"
        std::optional<QList<TextPart>> fields;
        std::optional<SuccessRule> success;
        std::optional<FieldExtraction> extraction; // set and empty: the answer names nothing

        bool isSet() const;
    };
    struct Limits
    {
        qint64 maxBytes = 0;      // 0: no limit known
        QStringList allowedTypes; // MIME types, "image/*" allowed; empty: any
        qint64 usualMaxBytes = 0; // the service's default limit, which servers may raise: a warning
    };

    QString preset; // the preset's id (a preset file's name); a profile keeps the id it was made from
    QString name;
    QString description;
    QString docsUrl;     // the service's own documentation of this API
    QList<Input> inputs; // what the user fills in; their values live in variables
    QStringList notes;   // things the user must know, shown next to the values
    QString url;         // template
    QString method = QStringLiteral("POST");
    QString checkUrl; // template: a harmless GET that needs the credential (Test); empty: the upload URL
    QMap<QString, QString> variables; // defaults; the command line and the user override them
    QList<NamedValue> query;          // a parameter whose value comes out empty is left out
    QList<NamedValue> headers;
    AuthConfig auth;
    FilePart filePart;
    QList<TextPart> fields;
    Limits limits;
    SuccessRule success;
    FieldExtraction extraction;
    TrailingSlash trailingSlash = TrailingSlash::Any;
    Replace replace; // unset: the service has no replace request
    QList<FollowUp> followUps;
    LibraryApi library; // listing, lookup, deletion and folders of what the service holds
    // After the whole file is sent, how long the complete answer may take before the outcome is
    // unknown (a service that converts videos before it answers needs more); 0: Hoist's default.
    int answerTimeoutSeconds = 0;

    bool supportsReplace() const { return replace.isSet(); }
    // No replace request, but a delete: a new version is uploaded as a new item, then the old one
    // is deleted (Qualtrics, a DRF media endpoint). The id changes.
    bool replacesByDeleting() const { return !replace.isSet() && library.canRemove(); }
    bool canReplace() const { return supportsReplace() || replacesByDeleting(); }
    // Whether some part, parameter or the address uses the item's folder.
    bool supportsFolder() const;
    Profile forOperation(Operation operation) const;
    // Required inputs that have no value in variables (the profile's own or the given ones).
    QList<Input> missingInputs(const QMap<QString, QString>& given = {}) const;

    // Sets a text part to a fixed value, replacing the profile's own part of that name.
    void setField(const QString& name, const QString& value);

    static QStringList trailingSlashNames();
    static std::optional<TrailingSlash> trailingSlashFromName(const QString& name);
    static QString trailingSlashName(TrailingSlash trailingSlash);
};
