#pragma once

#include "app/auth/Secret.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// How a profile authenticates: the scheme, where the key goes, and a reference to the credential.
class AuthConfig
{
    Q_DECLARE_TR_FUNCTIONS(AuthConfig)

public:
    enum class Scheme
    {
        None,
        Basic,      // Authorization: Basic base64(user:password)
        Bearer,     // Authorization: Bearer <token>
        HeaderKey,  // <parameterName>: <key>, e.g. X-API-TOKEN
        QueryKey,   // ?<parameterName>=<key>
        Token,      // Authorization: Token <key> (Django REST framework)
        OAuth2,     // client credentials grant at tokenUrl, then Authorization: Bearer <access token>
        TokenLogin, // user name + password posted to tokenUrl once, then Authorization: Token <token>
    };
    // Where an OAuth2 client sends its ID and secret: RFC 6749 allows both, services differ.
    enum class ClientAuth
    {
        Body,
        Basic,
    };

    // What to add to a request; every value here is secret.
    struct Material
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        QList<std::pair<QString, QString>> query;
    };

    Scheme scheme = Scheme::None;
    QString parameterName; // header or query parameter name; Basic: the user name
    QString credential;    // reference to the stored credential, never the secret
    QString tokenUrl;      // template; OAuth2 and TokenLogin
    QString scope;         // OAuth2
    ClientAuth clientAuth = ClientAuth::Body;

    bool needsSecret() const { return scheme != Scheme::None; }
    // The credential's secret buys an access token first; requests then carry the token.
    bool usesTokenEndpoint() const { return scheme == Scheme::OAuth2 || scheme == Scheme::TokenLogin; }
    // For token schemes, the secret given here is the access token.
    Material materialFor(const Secret& secret) const;
    // Whether a header, query parameter or form field of this name carries a secret and must be
    // masked wherever it is shown, even when it was set by hand.
    bool isSecretName(const QString& name) const;

    static std::optional<Scheme> schemeFromName(const QString& name);
    static QString schemeName(Scheme scheme);
    static QStringList schemeNames();
    static QStringList clientAuthNames();

    static AuthConfig fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
