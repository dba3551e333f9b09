#include "app/responses/ResponseExplainer.h"

#include "app/responses/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// Django REST framework validation errors: {"f": ["No file was submitted."], …}.
QString fieldErrors(const QJsonObject& object)
{
    QStringList lines;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isArray())
            return QString();
        QStringList messages;
        for (const QJsonValue& message : it.value().toArray())
            messages.append(JsonPointer::displayText(message));
        lines.append(u'"' + it.key() + u"\": "_s + messages.join(u' '));
    }
    return lines.join(u"; "_s);
}

bool looksLikeHtml(const ResponseRecord& response)
{
    return response.header("Content-Type").contains("html") ||
           response.body.trimmed().left(15).toLower().startsWith("<!doctype html") ||
           response.body.trimmed().left(6).toLower().startsWith("<html");
}
} // namespace

QString ResponseExplainer::serverMessage(const ResponseRecord& response)
{
    const QJsonDocument document = response.json();
    if (!document.isObject())
        return QString();
    const QJsonObject object = document.object();
    static const QStringList pointers{u"/detail"_s,
                                      u"/message"_s,
                                      u"/error/message"_s,
                                      u"/error_description"_s,
                                      u"/meta/error/errorMessage"_s,
                                      u"/files/0/error"_s,
                                      u"/error"_s};
    for (const QString& pointer : pointers) {
        const std::optional<QJsonValue> value = JsonPointer::resolve(object, pointer);
        if (value && value->isString() && !value->toString().isEmpty())
            return value->toString();
    }
    return fieldErrors(object);
}

QString ResponseExplainer::explain(const ResponseRecord& response)
{
    const QString message = serverMessage(response);
    const QString said = message.isEmpty() ? QString() : tr(" The server said: %1").arg(message);
    const int status = response.status;
    if (status >= 300 && status < 400) {
        return tr("The server redirected the upload (%1) to %2. Uploads are not re-sent to a moved address "
                  "because the file would be dropped; point the profile at the new address.")
            .arg(response.statusLine(), QString::fromUtf8(response.header("Location")));
    }
    switch (status) {
    case 400:
        return tr("The server refused the request as malformed (400).") + said;
    case 401:
        return tr("The server did not accept the credentials (401): check the key or token and the auth "
                  "scheme (Token, Bearer, Basic or API-key header).") +
               said;
    case 403:
        return tr("Signed in, but not allowed to do this (403): check the account's permissions.") + said;
    case 404:
        return (response.url.path().endsWith(u'/')
                    ? tr("Nothing at %1 (404). This service may not want a trailing slash.")
                    : tr("Nothing at %1 (404). Check the address; some services need a trailing slash."))
                   .arg(response.url.toString(QUrl::RemoveQuery)) +
               said;
    case 405:
        return tr("The server does not accept this method at this address (405).") + said;
    case 413:
        return tr("The file is larger than the server accepts (413).") + said;
    case 415:
        return tr("The server does not accept this kind of request body (415); it expects a multipart "
                  "form.") +
               said;
    case 422:
        return tr("The server understood the request but rejected a value (422).") + said;
    case 429:
        return tr("Too many requests: the server asks to slow down (429).") + said;
    default:
        break;
    }
    if (status >= 500)
        return tr("The server failed while handling the upload (%1).").arg(response.statusLine()) + said;
    if (looksLikeHtml(response) && !message.isEmpty())
        return said.trimmed();
    if (looksLikeHtml(response))
        return tr(
            "The server answered with a web page instead of JSON; the address may point at a login page "
            "or a proxy.");
    return message.isEmpty() ? QString() : said.trimmed();
}
