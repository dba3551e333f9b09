#include "app/requests/RequestPlan.h"

#include "app/PrintableText.h"

#include <QJsonArray>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

QByteArray RequestPlan::header(const QByteArray& name) const
{
    for (const Header& entry : headers) {
        if (entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return QByteArray();
}

QString RequestPlan::maskUrl(const QUrl& url, const QStringList& secretQueryKeys)
{
    QUrl masked = url.adjusted(QUrl::RemovePassword);
    QUrlQuery query(masked);
    for (const QString& key : secretQueryKeys) {
        if (query.hasQueryItem(key)) {
            query.removeAllQueryItems(key);
            query.addQueryItem(key, mask());
        }
    }
    if (!secretQueryKeys.isEmpty())
        masked.setQuery(query);
    return masked.toString();
}

QByteArray RequestPlan::maskedHeaderValue(const Header& header) const
{
    if (!header.secret)
        return header.value;
    // Keep a known scheme word ("Bearer", "Token", "Basic"): it is what people need to check. Anything
    // else (a cookie, a key with spaces) is masked whole.
    static const QByteArrayList schemes{"basic", "bearer", "token", "digest"};
    const qsizetype space = header.value.indexOf(' ');
    const QByteArray first = space > 0 ? header.value.left(space) : QByteArray();
    const bool known = schemes.contains(first.toLower());
    return (known ? first + ' ' : QByteArray()) + mask().toUtf8();
}

QString RequestPlan::maskedText(const Part& part)
{
    return part.secret ? mask() : QString::fromUtf8(part.text);
}

QJsonObject RequestPlan::toJson() const
{
    QJsonArray headerArray;
    for (const Header& entry : headers)
        headerArray.append(
            QJsonArray{QString::fromLatin1(entry.name), QString::fromUtf8(maskedHeaderValue(entry))});
    QJsonArray partArray;
    for (const Part& part : parts) {
        QJsonObject object{{u"name"_s, part.name}, {u"size"_s, part.size}};
        if (part.isFile()) {
            object.insert(u"filename"_s, part.filename);
            object.insert(u"source"_s, part.filePath);
        } else {
            object.insert(u"value"_s, maskedText(part));
        }
        if (!part.contentType.isEmpty())
            object.insert(u"content_type"_s, QString::fromLatin1(part.contentType));
        if (!part.headers.isEmpty()) {
            QJsonArray extra;
            for (const Header& header : part.headers)
                extra.append(QJsonArray{QString::fromLatin1(header.name), QString::fromUtf8(header.value)});
            object.insert(u"headers"_s, extra);
        }
        partArray.append(object);
    }
    return QJsonObject{{u"method"_s, QString::fromLatin1(method)},
                       {u"encoding"_s, encoding == Encoding::Form ? u"form"_s : u"multipart"_s},
                       {u"url"_s, maskedUrl()},
                       {u"headers"_s, headerArray},
                       {u"parts"_s, partArray}};
}

// Every name and value is escaped (PrintableText): a file name or value with a line break must not
// print as a line of the plan of its own.
QString RequestPlan::toText() const
{
    const auto shown = [](const QString& text) {
        return PrintableText::escape(text);
    };
    const QLocale locale;
    QString text = shown(QString::fromLatin1(method)) % u' ' % shown(maskedUrl()) % u'\n';
    for (const Header& entry : headers)
        text += u"  "_s % shown(QString::fromLatin1(entry.name)) % u": "_s %
                shown(QString::fromUtf8(maskedHeaderValue(entry))) % u'\n';
    if (encoding == Encoding::Form) {
        QStringList pairs;
        for (const Part& part : parts)
            pairs.append(shown(part.name) % u'=' % shown(maskedText(part)));
        return text % u"  Content-Type: application/x-www-form-urlencoded\n  "_s % pairs.join(u'&') % u'\n';
    }
    if (!parts.isEmpty())
        text += u"  Content-Type: multipart/form-data; boundary=…\n"_s;
    for (const Part& part : parts) {
        if (part.isFile()) {
            text += tr("  part \"%1\": file \"%2\", %3, %4 (from %5)\n")
                        .arg(shown(part.name), shown(part.filename),
                             part.contentType.isEmpty() ? tr("no Content-Type")
                                                        : shown(QString::fromLatin1(part.contentType)),
                             locale.formattedDataSize(part.size), shown(part.filePath));
        } else {
            text += tr("  part \"%1\": \"%2\"\n").arg(shown(part.name), shown(maskedText(part)));
        }
        for (const Header& header : part.headers)
            text += u"    "_s % shown(QString::fromLatin1(header.name)) % u": "_s %
                    shown(QString::fromUtf8(header.value)) % u'\n';
    }
    return text;
}

QByteArray RequestPlan::formBody() const
{
    QByteArray body;
    for (const Part& part : parts) {
        if (!body.isEmpty())
            body += '&';
        body +=
            QUrl::toPercentEncoding(part.name) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(part.text));
    }
    return body;
}

RequestPlan::Part RequestPlan::filePart() const
{
    const auto found =
        std::find_if(parts.cbegin(), parts.cend(), [](const Part& part) { return part.isFile(); });
    return found == parts.cend() ? Part() : *found;
}
