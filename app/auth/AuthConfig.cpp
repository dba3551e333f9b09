#include "app/auth/AuthConfig.h"

#include "app/NameTable.h"
#include "app/auth/SecretNames.h"

using namespace Qt::StringLiterals;

namespace {
using Scheme = AuthConfig::Scheme;
constexpr NameTable<Scheme, 6> schemeTable({{
    {Scheme::None, "none"_L1},
    {Scheme::Basic, "basic"_L1},
    {Scheme::Bearer, "bearer"_L1},
    {Scheme::HeaderKey, "header"_L1},
    {Scheme::QueryKey, "query"_L1},
    {Scheme::Token, "token"_L1},
}});
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
    return schemeTable.fromName(name);
}

QString AuthConfig::schemeName(Scheme scheme)
{
    return schemeTable.name(scheme);
}

QStringList AuthConfig::schemeNames()
{
    return schemeTable.names();
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
