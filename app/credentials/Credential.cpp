#include "app/credentials/Credential.h"

#include "app/NameTable.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
using Kind = Credential::Kind;
constexpr NameTable<Kind, 3> kindTable({{
    {Kind::Token, "token"_L1},
    {Kind::Password, "password"_L1},
    {Kind::OAuthClient, "oauth-client"_L1},
}});
} // namespace

QString Credential::userLabel() const
{
    return kind == Kind::OAuthClient ? tr("Client ID") : tr("User name");
}

QString Credential::secretLabel() const
{
    switch (kind) {
    case Kind::Token:
        return tr("API key or token");
    case Kind::Password:
        return tr("Password");
    case Kind::OAuthClient:
        return tr("Client secret");
    }
    return QString();
}

bool Credential::isValidId(const QString& id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

QString Credential::idRules()
{
    return tr("A credential name has 1 to 64 letters, digits, dots, dashes or underscores, and starts "
              "with a letter or digit.");
}

std::optional<Credential::Kind> Credential::kindFromName(const QString& name)
{
    return kindTable.fromName(name);
}

QString Credential::kindName(Kind kind)
{
    return kindTable.name(kind);
}

QString Credential::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Token:
        return tr("API key / token");
    case Kind::Password:
        return tr("User name + password");
    case Kind::OAuthClient:
        return tr("OAuth client");
    }
    return QString();
}

QStringList Credential::kindNames()
{
    return kindTable.names();
}

Credential::Kind Credential::kindFor(AuthConfig::Scheme scheme)
{
    if (scheme == AuthConfig::Scheme::Basic || scheme == AuthConfig::Scheme::TokenLogin)
        return Kind::Password;
    return scheme == AuthConfig::Scheme::OAuth2 ? Kind::OAuthClient : Kind::Token;
}
