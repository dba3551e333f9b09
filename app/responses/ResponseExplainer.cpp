#include "app/responses/ResponseExplainer.h"

#include "app/requests/BaseAddress.h"
#include "app/responses/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// Answers the target services give, recognised by a piece of their body (and a status, when the
// piece alone could mean something else). Order matters: the first match wins.
struct KnownAnswer
{
    int status; // 0: any
    const char* needle;
    const char* sentence;
};

constexpr KnownAnswer knownAnswers[] = {
    // Xibo: HTTP 200 with files[0].error.
    {0, "File is too small",
     QT_TRANSLATE_NOOP(
         "ResponseExplainer",
         "Xibo received the file part empty (0 bytes). The file on disk is empty, or the request "
         "carried no bytes in the \"files\" part (a stream already read, or the file sent as "
         "a text field).")},
    {0, "Filetype not allowed",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "Xibo does not accept this file type: its extension must belong to a module that is "
                       "enabled in the CMS (Administration → Modules).")},
    {0, "You cannot replace this media with an item of a different type",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "A replacement must be of the same kind as the media it replaces (an image for an "
                       "image, a video for a video).")},
    {0, "upload_max_filesize",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The file is larger than the server's PHP upload limit (upload_max_filesize); the "
                       "administrator has to raise it.")},
    {0, "post_max_size",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The request is larger than the server's PHP limit (post_max_size); the administrator "
                       "has to raise it.")},
    {0, "Your library is full",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The media library is full: delete old media or raise the limit.")},
    {404, "Route not found",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The server has no such route. Xibo's API addresses end without a slash "
                       "(…/api/library, not …/api/library/).")},
    // Squidex.
    {415, "Unsupported Media Type",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The request did not say it was multipart/form-data: a hand-set Content-Type header "
                       "(such as application/json) replaced the multipart one. Remove that header; the "
                       "multipart type and its boundary are set for you.")},
    {0, "File content-type is not defined.",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The file part had no Content-Type of its own (such as image/png); the service "
                       "needs one on the part itself.")},
    {0, "File name is not defined.",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The file part had no filename; the service needs one in its Content-Disposition.")},
    {0, "Can only upload one file.",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The service takes exactly one file part, named \"file\", per request.")},
    {0, "Request body has an invalid format.",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The body could not be read as multipart: a hand-set \"Content-Type: "
                       "multipart/form-data\" header without its boundary. Remove that header.")},
    {0, "Asset folder does not exist",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The folder does not exist: give the id of an existing asset folder.")},
    // Qualtrics.
    {0, "MFDP_3",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The file part had no Content-Type of its own; Qualtrics needs image/jpeg, image/png "
                       "or image/gif on the part itself.")},
    // Django REST framework and Mayan.
    {0, "Authentication credentials were not provided.",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The server found no credentials it understands. Django REST endpoints want "
                       "\"Authorization: Token <key>\" (not Bearer); check the profile's sign-in method.")},
    {0, "Invalid token header",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The Authorization header was malformed: it must be the scheme word, one space and "
                       "the key.")},
    {0, "Invalid token.",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The server does not know this token: it is mistyped or was revoked. Enter the "
                       "current one in Credentials.")},
    {0, "Invalid username/password.",
     QT_TRANSLATE_NOOP("ResponseExplainer", "The user name or password is wrong.")},
    {0, "Multipart form parse error",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The body could not be read as multipart: a hand-set Content-Type header without the "
                       "boundary. Remove that header.")},
    // OAuth 2 (league/oauth2-server for Xibo, OpenIddict for Squidex) on resource calls.
    {0, "Missing \\\"Authorization\\\" header",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The request carried no Authorization header: choose a credential.")},
};

// Django REST framework's messages for one field, keyed by what they mean.
struct FieldMessage
{
    const char* needle;
    const char* sentence; // %1: the field
};

constexpr FieldMessage fieldMessages[] = {
    {"No file was submitted.",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "No file arrived in a part named \"%1\": the service expects the file part to be "
                       "named \"%1\".")},
    {"The submitted data was not a file.",
     QT_TRANSLATE_NOOP("ResponseExplainer",
                       "The part \"%1\" arrived as a text field, not a file: a file part needs a filename.")},
    {"The submitted file is empty.",
     QT_TRANSLATE_NOOP("ResponseExplainer", "The file sent in \"%1\" was empty (0 bytes).")},
    {"No filename could be determined.",
     QT_TRANSLATE_NOOP("ResponseExplainer", "The file part \"%1\" had an empty filename.")},
    {"This field is required.",
     QT_TRANSLATE_NOOP("ResponseExplainer", "The service needs a value for \"%1\".")},
    {"is not a valid choice.",
     QT_TRANSLATE_NOOP("ResponseExplainer", "The value of \"%1\" is not one the service offers.")},
    {"object does not exist.",
     QT_TRANSLATE_NOOP("ResponseExplainer", "No object with the id given in \"%1\" exists on the server.")},
};

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

QString translated(const char* sentence)
{
    return QCoreApplication::translate("ResponseExplainer", sentence);
}
} // namespace

QString ResponseExplainer::serverMessage(const ResponseRecord& response)
{
    const QJsonDocument document = response.json();
    if (!document.isObject() && response.isHtml())
        return response.htmlTitle(); // an error page from a proxy or framework: its own words
    if (!document.isObject())
        return QString();
    const QJsonObject object = document.object();
    static const QStringList pointers{u"/detail"_s,
                                      u"/message"_s,
                                      u"/error/message"_s,
                                      u"/error_description"_s,
                                      u"/meta/error/errorMessage"_s,
                                      u"/files/0/error"_s,
                                      u"/title"_s,
                                      u"/error"_s};
    for (const QString& pointer : pointers) {
        const std::optional<QJsonValue> value = JsonPointer::resolve(object, pointer);
        if (!value || !value->isString() || value->toString().isEmpty())
            continue;
        // Squidex: {"message": "Validation error", "details": ["File content-type is not defined."]}.
        QStringList details;
        for (const QJsonValue& detail : object.value(u"details"_s).toArray())
            details.append(detail.toString());
        return details.isEmpty() ? value->toString() : value->toString() + u": "_s + details.join(u' ');
    }
    return fieldErrors(object);
}

QString ResponseExplainer::knownAnswer(const ResponseRecord& response)
{
    for (const KnownAnswer& known : knownAnswers) {
        if ((known.status == 0 || known.status == response.status) && response.body.contains(known.needle))
            return translated(known.sentence);
    }
    // Django (Mayan) answers a POST without its trailing slash with a redirect to the slashed address.
    const QByteArray location = response.header("Location");
    if (response.status >= 300 && response.status < 400 && !response.url.path().endsWith(u'/') &&
        QUrl(response.url).resolved(QUrl::fromEncoded(location)).path() == response.url.path() + u'/') {
        return tr("This service wants a trailing slash: the address must end in \"%1/\". The redirect was "
                  "not followed because it would drop the file.")
            .arg(response.url.path());
    }
    return fieldProblem(response);
}

// The DRF field errors Hoist knows how to put in words, one sentence per field.
QString ResponseExplainer::fieldProblem(const ResponseRecord& response)
{
    const QJsonObject object = response.json().object();
    QStringList sentences;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString messages = it.value().toVariant().toStringList().join(u' ');
        for (const FieldMessage& known : fieldMessages) {
            if (messages.contains(QLatin1StringView(known.needle))) {
                sentences.append(translated(known.sentence).arg(it.key()));
                break;
            }
        }
    }
    return sentences.join(u' ');
}

QString ResponseExplainer::explain(const ResponseRecord& response, Profile::TrailingSlash trailingSlash)
{
    const QString message = serverMessage(response);
    const QString said = message.isEmpty() ? QString() : tr(" The server said: %1").arg(message);
    const QString known = knownAnswer(response);
    if (!known.isEmpty())
        return known + said;
    return byStatus(response, message, trailingSlash);
}

// What about the address a 404 points at: a path the base address repeats, or the end the service's
// rule wants; a trailing slash only when the rule says so.
QString ResponseExplainer::notFound(const QUrl& url, Profile::TrailingSlash trailingSlash)
{
    const QString address = url.toString(QUrl::RemoveQuery);
    const QString path = url.path();
    if (const QString repeated = BaseAddress::repeatedPath(path); !repeated.isEmpty()) {
        return tr("Nothing at %1 (404). \"%2\" is in the address twice: the base address probably "
                  "includes a path Hoist adds itself. Remove it from the base address.")
            .arg(address, repeated);
    }
    if (trailingSlash == Profile::TrailingSlash::Required && !path.endsWith(u'/'))
        return tr("Nothing at %1 (404). This service wants a trailing slash: the address must end in "
                  "\"/\".")
            .arg(address);
    if (trailingSlash == Profile::TrailingSlash::Forbidden && path.endsWith(u'/'))
        return tr("Nothing at %1 (404). This service may not want a trailing slash.").arg(address);
    return tr("Nothing at %1 (404). Check the address.").arg(address);
}

QString ResponseExplainer::explainTokenRefusal(const ResponseRecord& response)
{
    const QString error = response.json().object().value(u"error"_s).toString();
    QString sentence;
    if (error == u"invalid_client"_s)
        sentence = tr("the client ID or secret is wrong (or the client was deleted).");
    else if (error == u"invalid_scope"_s)
        sentence = tr("the scope asked for is not allowed for this client.");
    else if (error == u"unsupported_grant_type"_s || error == u"unauthorized_client"_s)
        sentence = tr("this client may not use the client-credentials grant; enable it for the application.");
    else if (response.body.contains("Unable to log in with provided credentials."))
        sentence = tr("the user name or password is wrong.");
    const QString message = serverMessage(response);
    if (sentence.isEmpty())
        return byStatus(response, message);
    return sentence + (message.isEmpty() ? QString() : tr(" The server said: %1").arg(message));
}

QString ResponseExplainer::byStatus(const ResponseRecord& response, const QString& message,
                                    Profile::TrailingSlash trailingSlash)
{
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
        return notFound(response.url, trailingSlash) + said;
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
    if (status < 300 && response.isHtml()) {
        // An SSO proxy or a login form answers 200 to anything.
        const QString title = response.htmlTitle();
        return title.isEmpty()
                   ? tr("The server answered %1 with a web page, not an API answer: probably a "
                        "sign-in or error page. Check the address, and whether a proxy in front "
                        "of the service wants you to sign in.")
                         .arg(response.statusLine())
                   : tr("The server answered %1 with a web page, \"%2\", not an API answer: "
                        "probably a sign-in or error page. Check the address, and whether a proxy "
                        "in front of the service wants you to sign in.")
                         .arg(response.statusLine(), title);
    }
    if (response.isHtml() && !message.isEmpty())
        return said.trimmed();
    if (response.isHtml())
        return tr(
            "The server answered with a web page instead of JSON; the address may point at a login page "
            "or a proxy.");
    return message.isEmpty() ? QString() : said.trimmed();
}
