#pragma once

#include <QString>

// Why a keychain operation did not work, sorted so the app can react (offer a session-only secret,
// suggest unlocking) and said in a sentence a person understands.
struct CredentialError
{
    enum class Kind
    {
        None,
        Unavailable, // no D-Bus, no Secret Service, no backend
        Locked,      // the keyring exists but is locked (or the user refused access)
        NotFound,    // no such entry (a locked keyring can look like this too)
        TimedOut,    // the keychain did not answer in time
        Other,
    };

    Kind kind = Kind::None;
    QString message; // for a person; never contains a secret

    bool isError() const { return kind != Kind::None; }
    // The keychain cannot be used right now: a secret can still be kept in memory for this session.
    bool keychainUnusable() const
    {
        return kind == Kind::Unavailable || kind == Kind::Locked || kind == Kind::TimedOut;
    }
};
