#include "app/responses/ResponseRecord.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QByteArray ResponseRecord::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QJsonDocument ResponseRecord::json() const
{
    if (bodyTruncated)
        return QJsonDocument();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

bool ResponseRecord::isJson() const
{
    return !json().isNull();
}

QString ResponseRecord::statusLine() const
{
    if (!hasAnswer())
        return QString();
    return reason.isEmpty() ? QString::number(status)
                            : QString::number(status) % u' ' % QString::fromLatin1(reason);
}

QJsonObject ResponseRecord::toJson() const
{
    QJsonArray headerList;
    for (const auto& [name, value] : headers)
        headerList.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    QJsonObject object{
        {u"status"_s, status},
        {u"reason"_s, QString::fromLatin1(reason)},
        {u"url"_s, url.toString()},
        {u"headers"_s, headerList},
        {u"started_at"_s, startedAt.toString(Qt::ISODateWithMs)},
        {u"ms_to_first_byte"_s, msToFirstByte},
        {u"ms_total"_s, msTotal},
        {u"body_bytes"_s, bodyTotalBytes},
        {u"body_truncated"_s, bodyTruncated},
    };
    const QJsonDocument document = json();
    if (document.isObject())
        object.insert(u"json"_s, document.object());
    else if (document.isArray())
        object.insert(u"json"_s, document.array());
    else
        object.insert(u"body"_s, QString::fromUtf8(body));
    return object;
}

bool ResponseRecord::isHtml() const
{
    const QByteArray start = body.trimmed().left(15).toLower();
    if (start.isEmpty() && bodyTotalBytes == 0)
        return false; // no page at all (a 204 that names text/html, as Flask's and Django's do)
    return header("Content-Type").contains("html") || start.startsWith("<!doctype html") ||
           start.startsWith("<html");
}

QString ResponseRecord::htmlTitle() const
{
    static const QRegularExpression title(QStringLiteral("<title>\\s*([^<]{1,200}?)\\s*</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    return title.match(QString::fromUtf8(body)).captured(1).simplified();
}
