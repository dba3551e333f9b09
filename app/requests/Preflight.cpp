#include "app/requests/Preflight.h"

#include "app/PrintableText.h"
#include "app/profiles/HeaderRules.h"
#include "app/requests/AddressRules.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
PreflightFinding error(const QString& code, const QString& message)
{
    return {PreflightFinding::Severity::Error, code, message};
}

// type "/" subtype, both RFC 9110 tokens, and optional parameters: nothing that could end the header.
bool isMediaType(const QByteArray& value)
{
    static const QRegularExpression mediaType(
        uR"(^[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+([ \t]*;[ \t]*[!#$%&'*+.^_`|~0-9A-Za-z-]+=("[^"\\\r\n]*"|[!#$%&'*+.^_`|~0-9A-Za-z-]+))*\z)"_s);
    return mediaType.match(QString::fromLatin1(value)).hasMatch();
}

bool typeAllowed(const QString& contentType, const QStringList& allowed)
{
    if (allowed.isEmpty())
        return true;
    const QMimeType type = QMimeDatabase().mimeTypeForName(contentType);
    for (const QString& pattern : allowed) {
        if (pattern.endsWith(u"/*"_s) ? contentType.startsWith(pattern.chopped(1)) : type.inherits(pattern))
            return true;
        if (contentType == pattern)
            return true;
    }
    return false;
}
} // namespace

QList<PreflightFinding> Preflight::check(const RequestPlan& plan, const Profile& profile, bool haveSecret)
{
    QList<PreflightFinding> findings;
    if (!plan.unresolvedVariables.isEmpty()) {
        findings.append(
            error(u"missing-variable"_s,
                  tr("The profile needs a value for %1; set it in the profile or with --var NAME=VALUE.")
                      .arg(u'{' + plan.unresolvedVariables.join(u"}, {"_s) + u'}')));
    }
    const QString scheme = plan.url.scheme();
    if (!plan.url.isValid() || plan.url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        findings.append(
            error(u"bad-url"_s, tr("\"%1\" is not an http:// or https:// address.").arg(plan.maskedUrl())));
    }
    if (AddressRules::hasCredentials(plan.url)) {
        findings.append(
            error(u"credentials-in-url"_s,
                  tr("The address contains a user name or password; Hoist does not send "
                     "credentials in URLs. Sign in with Basic and a stored credential instead.")));
    }
    checkHeaders(plan, findings);
    if (profile.auth.needsSecret() && !haveSecret) {
        findings.append(
            error(u"missing-secret"_s, tr("The profile signs in with %1, but no secret was given.")
                                           .arg(AuthConfig::schemeName(profile.auth.scheme))));
    }
    if (!plan.header("Content-Type").isEmpty()) {
        findings.append(
            error(u"manual-content-type"_s,
                  tr("The request sets its own Content-Type header (\"%1\"). Remove it: a multipart "
                     "upload needs the Content-Type with the boundary that Hoist generates, and a "
                     "hand-written one makes servers answer 400 or 415.")
                      .arg(QString::fromLatin1(plan.header("Content-Type")))));
    }
    checkTrailingSlash(plan, profile.trailingSlash, findings);
    checkXiboRevisions(plan, findings);
    for (const RequestPlan::Part& part : plan.parts) {
        if (part.isFile())
            checkFilePart(part, profile.limits, findings);
    }
    return findings;
}

void Preflight::checkTrailingSlash(const RequestPlan& plan, Profile::TrailingSlash rule,
                                   QList<PreflightFinding>& findings)
{
    const bool hasSlash = plan.url.path().endsWith(u'/');
    if (rule == Profile::TrailingSlash::Required && !hasSlash) {
        findings.append(error(u"trailing-slash-required"_s,
                              tr("This service's addresses end in a slash: use %1/ (without it the server "
                                 "redirects, and a redirected upload loses its file).")
                                  .arg(plan.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))));
    } else if (rule == Profile::TrailingSlash::Forbidden && hasSlash && plan.url.path() != u"/"_s) {
        findings.append(error(u"trailing-slash-forbidden"_s,
                              tr("This service's addresses end without a slash: %1 answers 404. Remove the "
                                 "final slash.")
                                  .arg(plan.url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo))));
    }
}

// Profiles are checked when they are loaded, but a header's value is a template: a variable, the
// file's name or the secret itself can still bring a line break that would add a header of its own.
// The value is not shown: it may be the secret.
void Preflight::checkHeaders(const RequestPlan& plan, QList<PreflightFinding>& findings)
{
    QList<RequestPlan::Header> headers = plan.headers;
    for (const RequestPlan::Part& part : plan.parts)
        headers.append(part.headers);
    for (const RequestPlan::Header& header : headers) {
        if (HeaderRules::isSendable(header.name, header.value))
            continue;
        findings.append(
            error(u"bad-header"_s,
                  tr("The header \"%1\" cannot be sent: its name is not a valid header name, or its value "
                     "contains a line break or another control character.")
                      .arg(PrintableText::escape(QString::fromLatin1(header.name)))));
    }
}

// Xibo only deletes the old revision when the new one also replaces it in layouts; alone the flag is
// silently ignored.
void Preflight::checkXiboRevisions(const RequestPlan& plan, QList<PreflightFinding>& findings)
{
    QByteArray deleteOld;
    QByteArray updateLayouts;
    for (const RequestPlan::Part& part : plan.parts) {
        if (part.name == u"deleteOldRevisions"_s)
            deleteOld = part.text;
        else if (part.name == u"updateInLayouts"_s)
            updateLayouts = part.text;
    }
    if (deleteOld == "1" && updateLayouts != "1") {
        findings.append({PreflightFinding::Severity::Warning, u"delete-needs-update"_s,
                         tr("deleteOldRevisions=1 only takes effect together with updateInLayouts=1; "
                            "as set, Xibo keeps the old revision.")});
    }
}

void Preflight::checkFilePart(const RequestPlan::Part& part, const Profile::Limits& limits,
                              QList<PreflightFinding>& findings)
{
    const QFileInfo info(part.filePath);
    const QLocale locale;
    if (!info.exists()) {
        findings.append(
            error(u"missing-file"_s, tr("%1 does not exist (moved or deleted?).").arg(info.fileName())));
        return;
    }
    if (!info.isFile()) {
        findings.append(error(u"not-a-file"_s, tr("%1 is not a regular file.").arg(info.fileName())));
        return;
    }
    QFile file(part.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        findings.append(error(u"unreadable-file"_s,
                              tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString())));
        return;
    }
    if (info.size() == 0) {
        findings.append(
            error(u"empty-file"_s,
                  tr("%1 is empty (0 bytes). Services reject empty uploads (\"File is too small\", "
                     "\"The submitted file is empty.\"); check that the file was saved completely.")
                      .arg(info.fileName())));
    }
    if (part.contentType.isEmpty()) {
        findings.append(
            error(u"missing-part-content-type"_s,
                  tr("The file part \"%1\" has no Content-Type. Services such as Squidex and Qualtrics "
                     "refuse file parts without one (\"Missing Content-Type for file part\").")
                      .arg(part.name)));
    } else if (!isMediaType(part.contentType)) {
        findings.append(error(u"bad-part-content-type"_s,
                              tr("\"%1\" is not a file type such as image/png or application/pdf.")
                                  .arg(QString::fromLatin1(part.contentType))));
    }
    if (part.filename.isEmpty()) {
        findings.append(
            error(u"missing-filename"_s,
                  tr("The file part \"%1\" has no file name; servers then treat it as a text field.")
                      .arg(part.name)));
    }
    if (limits.maxBytes > 0 && info.size() > limits.maxBytes) {
        findings.append(error(u"too-large"_s, tr("%1 is %2; the service accepts at most %3.")
                                                  .arg(info.fileName(), locale.formattedDataSize(info.size()),
                                                       locale.formattedDataSize(limits.maxBytes))));
    }
    if (limits.usualMaxBytes > 0 && info.size() > limits.usualMaxBytes &&
        (limits.maxBytes == 0 || info.size() <= limits.maxBytes)) {
        findings.append({PreflightFinding::Severity::Warning, u"larger-than-usual"_s,
                         tr("%1 is %2; this service accepts %3 unless its administrator raised the limit.")
                             .arg(info.fileName(), locale.formattedDataSize(info.size()),
                                  locale.formattedDataSize(limits.usualMaxBytes))});
    }
    if (!part.contentType.isEmpty() &&
        !typeAllowed(QString::fromLatin1(part.contentType), limits.allowedTypes)) {
        findings.append(
            error(u"type-not-allowed"_s, tr("%1 is %2; the service only accepts %3.")
                                             .arg(info.fileName(), QString::fromLatin1(part.contentType),
                                                  limits.allowedTypes.join(u", "_s))));
    }
}
