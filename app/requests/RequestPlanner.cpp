#include "app/requests/RequestPlanner.h"

#include "app/requests/TemplateExpander.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
QMap<QString, QString> templateValues(const Profile& profile, const UploadItem& item,
                                      const QMap<QString, QString>& variables)
{
    QMap<QString, QString> values = profile.variables;
    values.insert(variables);
    const QFileInfo info(item.path);
    values.insert(u"file.name"_s, info.fileName());
    values.insert(u"file.stem"_s, info.completeBaseName());
    values.insert(u"file.suffix"_s, info.suffix());
    for (auto it = item.metadata.constBegin(); it != item.metadata.constEnd(); ++it)
        values.insert(u"item."_s + it.key(), it.value());
    return values;
}

void appendQuery(QByteArray& query, const QString& name, const QString& value)
{
    if (value.isEmpty())
        return; // an optional parameter with no value (no folder chosen) is left out
    if (!query.isEmpty())
        query += '&';
    query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
}
RequestPlan::Part textPart(const QString& name, const QString& value, bool secret)
{
    RequestPlan::Part part;
    part.name = name;
    part.text = value.toUtf8();
    part.size = part.text.size();
    part.secret = secret;
    return part;
}
} // namespace

QByteArray RequestPlanner::userAgent()
{
    return QByteArrayLiteral("Hoist/" HOIST_VERSION);
}

// The method, URL with query, and headers (auth included) of any request made for the profile.
RequestPlan RequestPlanner::planRequest(const Profile& profile, const QString& urlTemplate,
                                        TemplateExpander& expander, const Secret& secret, Use use,
                                        ProfileQuery profileQuery)
{
    // A plan that is shown or exported before a token exists carries a stand-in, never the secret the
    // token is bought with; exports carry no secret at all.
    const bool tokenStandIn = use != Use::Send && profile.auth.usesTokenEndpoint();
    const bool standIn = tokenStandIn || use == Use::Export;
    const Secret carried = !standIn       ? secret
                           : tokenStandIn ? Secret{QString(), u"{access token}"_s}
                                          : Secret{secret.user, u"{secret}"_s};
    const AuthConfig::Material auth = profile.auth.materialFor(carried);
    RequestPlan plan;
    plan.method = profile.method.toLatin1();

    plan.url = QUrl(expander.expand(urlTemplate, TemplateExpander::Mode::Url));
    QByteArray query = plan.url.query(QUrl::FullyEncoded).toLatin1();
    for (const Profile::NamedValue& entry :
         profileQuery == ProfileQuery::Include ? profile.query : QList<Profile::NamedValue>()) {
        // A per-item value nobody gave (no folder chosen) leaves the parameter out.
        appendQuery(query, entry.name,
                    expander.expand(entry.value, TemplateExpander::Mode::Text,
                                    TemplateExpander::Presence::ItemOptional));
        if (profile.auth.isSecretName(entry.name))
            plan.secretQueryKeys.append(entry.name);
    }
    for (const auto& [name, value] : auth.query) {
        appendQuery(query, name, value);
        if (!standIn)
            plan.secretQueryKeys.append(name);
    }
    if (!query.isEmpty())
        plan.url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);

    plan.headers.append({"User-Agent", userAgent(), false});
    for (const Profile::NamedValue& entry : profile.headers)
        plan.headers.append({entry.name.toLatin1(), expander.expand(entry.value).toUtf8(),
                             profile.auth.isSecretName(entry.name)});
    for (const auto& [name, value] : auth.headers)
        plan.headers.append({name, value, !standIn});
    return plan;
}

RequestPlan RequestPlanner::checkPlan(const Profile& profile, const QMap<QString, QString>& variables,
                                      const Secret& secret)
{
    TemplateExpander expander(templateValues(profile, UploadItem(), variables));
    RequestPlan plan = planRequest(profile, profile.checkUrl.isEmpty() ? profile.url : profile.checkUrl,
                                   expander, secret, Use::Send);
    plan.method = "GET";
    plan.unresolvedVariables = expander.missing();
    return plan;
}

RequestPlan RequestPlanner::plan(const Profile& profile, const UploadItem& item,
                                 const QMap<QString, QString>& variables, const Secret& secret, Use use)
{
    TemplateExpander expander(templateValues(profile, item, variables));
    RequestPlan plan = planRequest(profile, profile.url, expander, secret, use);

    // Text parts first: servers that stream the body (multer, some PHP setups) need them before the file.
    for (const Profile::TextPart& field : profile.fields) {
        const QString fromItem = field.itemKey.isEmpty() ? QString() : item.metadata.value(field.itemKey);
        const QString value = fromItem.isEmpty() ? expander.expand(field.value) : fromItem;
        if (value.isEmpty() && !field.sendWhenEmpty)
            continue;
        plan.parts.append(textPart(field.name, value, profile.auth.isSecretName(field.name)));
    }

    RequestPlan::Part file;
    file.name = profile.filePart.name;
    file.filename =
        profile.filePart.filename.isEmpty() ? item.fileName() : expander.expand(profile.filePart.filename);
    const QString contentType =
        profile.filePart.contentType.isEmpty() ? item.contentType() : profile.filePart.contentType;
    file.contentType = contentType == NoContentType ? QByteArray() : contentType.toLatin1();
    for (const Profile::NamedValue& entry : profile.filePart.headers)
        file.headers.append({entry.name.toLatin1(), expander.expand(entry.value).toUtf8(), false});
    file.filePath = item.path;
    file.size = item.size;
    plan.parts.append(file);

    plan.unresolvedVariables = expander.missing();
    return plan;
}

RequestPlan RequestPlanner::tokenPlan(const Profile& profile, const QMap<QString, QString>& variables,
                                      const Secret& credential)
{
    const AuthConfig& auth = profile.auth;
    TemplateExpander expander(templateValues(profile, UploadItem(), variables));
    RequestPlan plan;
    plan.method = "POST";
    plan.encoding = RequestPlan::Encoding::Form;
    plan.label = tr("access token");
    plan.url = QUrl(expander.expand(auth.tokenUrl, TemplateExpander::Mode::Url));
    plan.unresolvedVariables = expander.missing();
    plan.headers = {{"User-Agent", userAgent(), false}, {"Accept", "application/json", false}};
    if (auth.scheme == AuthConfig::Scheme::TokenLogin) {
        plan.parts = {textPart(u"username"_s, credential.user, false),
                      textPart(u"password"_s, credential.value, true)};
        return plan;
    }
    plan.parts.append(textPart(u"grant_type"_s, u"client_credentials"_s, false));
    if (!auth.scope.isEmpty())
        plan.parts.append(textPart(u"scope"_s, auth.scope, false));
    if (auth.clientAuth == AuthConfig::ClientAuth::Basic) {
        // RFC 6749 §2.3.1: both halves form-encoded before they are joined.
        const QByteArray pair =
            QUrl::toPercentEncoding(credential.user) + ':' + QUrl::toPercentEncoding(credential.value);
        plan.headers.append({"Authorization", "Basic " + pair.toBase64(), true});
    } else {
        plan.parts.append(textPart(u"client_id"_s, credential.user, false));
        plan.parts.append(textPart(u"client_secret"_s, credential.value, true));
    }
    return plan;
}

QList<RequestPlanner::FollowUpRequest> RequestPlanner::followUpPlans(const Profile& profile,
                                                                     const UploadItem& item,
                                                                     const QMap<QString, QString>& variables,
                                                                     const Secret& secret,
                                                                     const FieldExtraction::Fields& result)
{
    QMap<QString, QString> values = templateValues(profile, item, variables);
    for (const auto& [name, value] : result)
        values.insert(u"result."_s + name, value);
    QList<FollowUpRequest> plans;
    for (const Profile::FollowUp& step : profile.followUps) {
        QList<std::pair<QString, QString>> entries;
        if (step.forEach.isEmpty()) {
            entries.append(std::pair<QString, QString>());
        } else {
            const QString prefix = step.forEach + u'.';
            for (auto it = item.metadata.constBegin(); it != item.metadata.constEnd(); ++it) {
                if (it.key().startsWith(prefix))
                    entries.append({it.key().mid(prefix.size()), it.value()});
            }
        }
        for (const auto& [key, value] : entries) {
            QMap<QString, QString> stepValues = values;
            stepValues.insert(u"entry.key"_s, key);
            stepValues.insert(u"entry.value"_s, value);
            TemplateExpander expander(stepValues);
            RequestPlan plan =
                planRequest(profile, step.url, expander, secret, Use::Send, ProfileQuery::Omit);
            plan.method = step.method.toLatin1();
            plan.encoding = RequestPlan::Encoding::Form;
            plan.label = expander.expand(step.name);
            for (const Profile::NamedValue& field : step.fields)
                plan.parts.append(textPart(field.name, expander.expand(field.value),
                                           profile.auth.isSecretName(field.name)));
            plan.unresolvedVariables = expander.missing();
            plans.append({plan, step.success});
        }
    }
    return plans;
}

RequestPlan RequestPlanner::libraryPlan(const Profile& profile, const LibraryApi::Request& request,
                                        const QMap<QString, QString>& values,
                                        const QMap<QString, QString>& variables, const Secret& secret)
{
    QMap<QString, QString> all = templateValues(profile, UploadItem(), variables);
    all.insert(values);
    TemplateExpander expander(all);
    RequestPlan plan = planRequest(profile, request.url, expander, secret, Use::Send, ProfileQuery::Omit);
    plan.method = request.method.toLatin1();
    plan.encoding = RequestPlan::Encoding::Form;
    QByteArray query = plan.url.query(QUrl::FullyEncoded).toLatin1();
    for (const LibraryApi::Parameter& entry : request.query)
        appendQuery(query, entry.name, expander.expand(entry.value));
    plan.url.setQuery(query.isEmpty() ? QString() : QString::fromLatin1(query), QUrl::TolerantMode);
    for (const LibraryApi::Parameter& entry : request.form) {
        if (const QString value = expander.expand(entry.value); !value.isEmpty())
            plan.parts.append(textPart(entry.name, value, profile.auth.isSecretName(entry.name)));
    }
    plan.unresolvedVariables = expander.missing();
    return plan;
}

QList<RequestPlanner::FollowUpRequest>
RequestPlanner::replacedItemDeletion(const Profile& profile, const UploadItem& item,
                                     const QMap<QString, QString>& variables, const Secret& secret)
{
    const QString replaced = item.metadata.value(u"replace"_s);
    if (!profile.replacesByDeleting() || replaced.isEmpty())
        return {};
    RequestPlan plan = libraryPlan(profile, profile.library.remove, {{u"id"_s, replaced}}, variables, secret);
    plan.label = tr("delete the replaced item %1").arg(replaced);
    return {{plan, SuccessRule()}};
}
