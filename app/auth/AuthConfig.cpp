#include "app/auth/AuthConfig.h"

#include "app/NameTable.h"
#include "app/auth/SecretNames.h"

using namespace Qt::StringLiterals;

namespace {
using Scheme = AuthConfig::Scheme;
constexpr NameTable<Scheme, 8> schemeTable({{
    {Scheme::None, "none"_L1},
    {Scheme::Basic, "basic"_L1},
    {Scheme::Bearer, "bearer"_L1},
    {Scheme::HeaderKey, "header"_L1},
    {Scheme::QueryKey, "query"_L1},
    {Scheme::Token, "token"_L1},
    {Scheme::OAuth2, "oauth2"_L1},
    {Scheme::TokenLogin, "token-login"_L1},
}});
constexpr NameTable<AuthConfig::ClientAuth, 2> clientAuthTable({{
    {AuthConfig::ClientAuth::Body, "body"_L1},
    {AuthConfig::ClientAuth::Basic, "basic"_L1},
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
    case Scheme::OAuth2:
        material.headers.append({"Authorization", "Bearer " + key});
        break;
    case Scheme::Token:
    case Scheme::TokenLogin:
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

QStringList AuthConfig::clientAuthNames()
{
    return clientAuthTable.names();
}

AuthConfig AuthConfig::fromJson(const QJsonObject& object)
{
    AuthConfig config;
    config.scheme = schemeFromName(object.value(u"scheme"_s).toString()).value_or(Scheme::None);
    config.parameterName = object.value(u"name"_s).toString();
    config.credential = object.value(u"credential"_s).toString();
    config.tokenUrl = object.value(u"tokenUrl"_s).toString();
    config.scope = object.value(u"scope"_s).toString();
    config.clientAuth =
        clientAuthTable.fromName(object.value(u"clientAuth"_s).toString()).value_or(ClientAuth::Body);
    return config;
}

QJsonObject AuthConfig::toJson() const
{
    QJsonObject object{{u"scheme"_s, schemeName(scheme)}};
    if (!parameterName.isEmpty())
        object.insert(u"name"_s, parameterName);
    if (!credential.isEmpty())
        object.insert(u"credential"_s, credential);
    // Kept whatever the scheme, so switching a preset to its token option finds them in place.
    if (!tokenUrl.isEmpty()) {
        object.insert(u"tokenUrl"_s, tokenUrl);
        object.insert(u"clientAuth"_s, clientAuthTable.name(clientAuth));
    }
    if (!scope.isEmpty())
        object.insert(u"scope"_s, scope);
    return object;
}
