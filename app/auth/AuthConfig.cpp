#include "app/auth/AuthConfig.h"

#include "app/auth/SecretNames.h"

using namespace Qt::StringLiterals;

namespace {
struct SchemeName
{
    AuthConfig::Scheme scheme;
    QLatin1StringView name;
};
constexpr SchemeName schemeTable[] = {
    {AuthConfig::Scheme::None, "none"_L1},      {AuthConfig::Scheme::Basic, "basic"_L1},
    {AuthConfig::Scheme::Bearer, "bearer"_L1},  {AuthConfig::Scheme::HeaderKey, "header"_L1},
    {AuthConfig::Scheme::QueryKey, "query"_L1}, {AuthConfig::Scheme::Token, "token"_L1},
};
} // namespace

AuthConfig::Material AuthConfig::materialFor(const Secret& secret) const
{
    Material material;
    const QByteArray key = secret.value.toUtf8();
    switch (scheme) {
    case Scheme::None:
        break;
    case Scheme::Basic: {
        const QString user = secret.user.isEmpty() ? parameterName : secret.user;
        const QByteArray pair = user.toUtf8() + ':' + key;
        material.headers.append({"Authorization", "Basic " + pair.toBase64()});
        break;
    }
    case Scheme::Bearer:
        material.headers.append({"Authorization", "Bearer " + key});
        break;
    case Scheme::Token:
        material.headers.append({"Authorization", "Token " + key});
        break;
    case Scheme::HeaderKey:
        material.headers.append({parameterName.toLatin1(), key});
        break;
    case Scheme::QueryKey:
        material.query.append({parameterName, secret.value});
        break;
    }
    return material;
}

bool AuthConfig::isSecretName(const QString& name) const
{
    const bool keyParameter = scheme == Scheme::HeaderKey || scheme == Scheme::QueryKey;
    return SecretNames::looksSecret(name) ||
           (keyParameter && name.compare(parameterName, Qt::CaseInsensitive) == 0);
}

std::optional<AuthConfig::Scheme> AuthConfig::schemeFromName(const QString& name)
{
    for (const SchemeName& entry : schemeTable) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.scheme;
    }
    return std::nullopt;
}

QString AuthConfig::schemeName(Scheme scheme)
{
    for (const SchemeName& entry : schemeTable) {
        if (entry.scheme == scheme)
            return entry.name;
    }
    return QString();
}

QStringList AuthConfig::schemeNames()
{
    QStringList names;
    for (const SchemeName& entry : schemeTable)
        names.append(entry.name);
    return names;
}

AuthConfig AuthConfig::fromJson(const QJsonObject& object)
{
    AuthConfig config;
    config.scheme = schemeFromName(object.value(u"scheme"_s).toString()).value_or(Scheme::None);
    config.parameterName = object.value(u"name"_s).toString();
    config.credential = object.value(u"credential"_s).toString();
    return config;
}

QJsonObject AuthConfig::toJson() const
{
    QJsonObject object{{u"scheme"_s, schemeName(scheme)}};
    if (!parameterName.isEmpty())
        object.insert(u"name"_s, parameterName);
    if (!credential.isEmpty())
        object.insert(u"credential"_s, credential);
    return object;
}
