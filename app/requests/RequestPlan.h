#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// Exactly what will be sent for one item: the single source for the real request, --dry-run,
// the preview and exports. Secrets stay in it (it is sent), flagged so every view can mask them.
class RequestPlan
{
    Q_DECLARE_TR_FUNCTIONS(RequestPlan)

public:
    struct Header
    {
        QByteArray name;
        QByteArray value;
        bool secret = false;
    };
    struct Part
    {
        QString name;
        QString filename;       // set for file parts only
        QByteArray contentType; // empty: none is sent
        QList<Header> headers;  // extra part headers
        QString filePath;       // file parts: streamed from here
        QByteArray text;        // text parts
        qint64 size = 0;
        bool secret = false; // a text part such as client_secret or password: masked in every view

        bool isFile() const { return !filePath.isEmpty(); }
    };

    enum class Encoding
    {
        Multipart, // multipart/form-data: uploads (a plan without parts has no body at all)
        Form,      // application/x-www-form-urlencoded text parts: token requests, follow-ups
    };

    QByteArray method = "POST";
    Encoding encoding = Encoding::Multipart;
    QString label; // what this request is for, when it is not the upload itself (a follow-up step)
    QUrl url;
    QStringList secretQueryKeys;
    QList<Header> headers;
    QList<Part> parts;
    QStringList unresolvedVariables; // template variables nobody gave a value for

    static QString mask() { return QStringLiteral("••••••"); }

    QByteArray header(const QByteArray& name) const;
    Part filePart() const; // the first file part; an empty part when there is none
    QString maskedUrl() const { return maskUrl(url, secretQueryKeys); }
    static QString maskUrl(const QUrl& url, const QStringList& secretQueryKeys);
    QByteArray maskedHeaderValue(const Header& header) const;
    static QString maskedText(const Part& part);
    QJsonObject toJson() const;  // masked
    QString toText() const;      // masked, for --dry-run and the preview
    QByteArray formBody() const; // Encoding::Form: the parts, URL-encoded (secrets included: it is sent)
};
