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
    if (!query.isEmpty())
        query += '&';
    query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
}
} // namespace

QByteArray RequestPlanner::userAgent()
{
    return QByteArrayLiteral("Hoist/" HOIST_VERSION);
}

// The method, URL with query, and headers (auth included) of any request made for the profile.
RequestPlan RequestPlanner::planRequest(const Profile& profile, const QString& urlTemplate,
                                        TemplateExpander& expander, const Secret& secret)
{
    const AuthConfig::Material auth = profile.auth.materialFor(secret);
    RequestPlan plan;
    plan.method = profile.method.toLatin1();

    plan.url = QUrl(expander.expand(urlTemplate, TemplateExpander::Mode::Url));
    QByteArray query = plan.url.query(QUrl::FullyEncoded).toLatin1();
    for (const Profile::NamedValue& entry : profile.query) {
        appendQuery(query, entry.name, expander.expand(entry.value));
        if (profile.auth.isSecretName(entry.name))
            plan.secretQueryKeys.append(entry.name);
    }
    for (const auto& [name, value] : auth.query) {
        appendQuery(query, name, value);
        plan.secretQueryKeys.append(name);
    }
    if (!query.isEmpty())
        plan.url.setQuery(QString::fromLatin1(query), QUrl::TolerantMode);

    plan.headers.append({"User-Agent", userAgent(), false});
    for (const Profile::NamedValue& entry : profile.headers)
        plan.headers.append({entry.name.toLatin1(), expander.expand(entry.value).toUtf8(),
                             profile.auth.isSecretName(entry.name)});
    for (const auto& [name, value] : auth.headers)
        plan.headers.append({name, value, true});
    return plan;
}

RequestPlan RequestPlanner::checkPlan(const Profile& profile, const QMap<QString, QString>& variables,
                                      const Secret& secret)
{
    TemplateExpander expander(templateValues(profile, UploadItem(), variables));
    RequestPlan plan =
        planRequest(profile, profile.checkUrl.isEmpty() ? profile.url : profile.checkUrl, expander, secret);
    plan.method = "GET";
    plan.unresolvedVariables = expander.missing();
    return plan;
}

RequestPlan RequestPlanner::plan(const Profile& profile, const UploadItem& item,
                                 const QMap<QString, QString>& variables, const Secret& secret)
{
    TemplateExpander expander(templateValues(profile, item, variables));
    RequestPlan plan = planRequest(profile, profile.url, expander, secret);

    // Text parts first: servers that stream the body (multer, some PHP setups) need them before the file.
    for (const Profile::TextPart& field : profile.fields) {
        const QString fromItem = field.itemKey.isEmpty() ? QString() : item.metadata.value(field.itemKey);
        const QString value = fromItem.isEmpty() ? expander.expand(field.value) : fromItem;
        if (value.isEmpty() && !field.sendWhenEmpty)
            continue;
        RequestPlan::Part part;
        part.name = field.name;
        part.text = value.toUtf8();
        part.size = part.text.size();
        part.secret = profile.auth.isSecretName(field.name);
        plan.parts.append(part);
    }

    RequestPlan::Part file;
    file.name = profile.filePart.name;
    file.filename =
        profile.filePart.filename.isEmpty() ? item.fileName() : expander.expand(profile.filePart.filename);
    const QString contentType =
        profile.filePart.contentType.isEmpty() ? item.mimeType : profile.filePart.contentType;
    file.contentType = contentType == NoContentType ? QByteArray() : contentType.toLatin1();
    for (const Profile::NamedValue& entry : profile.filePart.headers)
        file.headers.append({entry.name.toLatin1(), expander.expand(entry.value).toUtf8(), false});
    file.filePath = item.path;
    file.size = item.size;
    plan.parts.append(file);

    plan.unresolvedVariables = expander.missing();
    return plan;
}
