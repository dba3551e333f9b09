#pragma once

#include "app/auth/AuthConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What Hoist knows about a stored credential without its secret: shown in lists, kept in the index.
class Credential
{
    Q_DECLARE_TR_FUNCTIONS(Credential)

public:
    enum class Kind
    {
        Token,       // an API key or access token
        Password,    // a user name and a password
        OAuthClient, // an OAuth client id and client secret
    };

    QString id; // what profiles refer to, e.g. "xibo-prod"
    Kind kind = Kind::Token;
    QString user;  // user name or OAuth client id: not secret, kept in the index
    QString label; // optional words for people

    bool operator==(const Credential& other) const = default;

    bool hasUser() const { return kind != Kind::Token; }
    QString userLabel() const;   // "User name" / "Client ID"
    QString secretLabel() const; // "Token" / "Password" / "Client secret"

    static bool isValidId(const QString& id);
    static QString idRules();
    static std::optional<Kind> kindFromName(const QString& name);
    static QString kindName(Kind kind);  // stable, for files and the command line
    static QString kindTitle(Kind kind); // for people
    static QStringList kindNames();
    // The kind of credential a sign-in scheme needs.
    static Kind kindFor(AuthConfig::Scheme scheme);
};
