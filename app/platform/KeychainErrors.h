#pragma once

#include "app/credentials/CredentialError.h"

#include <QString>

// What the keychain backend's own messages mean, and the advice in the system's words. QtKeychain's
// error codes say little (a missing Secret Service and a locked collection are both OtherError on
// Linux); the backend's texts say more, and they are different on every system.
// app/credentials/CredentialStore turns QtKeychain's codes into a CredentialError with these.
//
// Operating-system specific. Linux and BSD: platform/secretservice/KeychainErrors.cpp, for the
// freedesktop Secret Service (GNOME Keyring, KWallet, KeePassXC) over D-Bus. Windows (Credential
// Manager) and macOS (Keychain Services) would need their own: QtKeychain passes on the system's
// message there (FormatMessage(), SecCopyErrorMessageString()), a locked login keychain on macOS is
// errSecInteractionNotAllowed, and there is no keychain to install, so the advice to start GNOME
// Keyring must not appear.
class KeychainErrors
{
public:
    // What an error QtKeychain could not name really is: Locked (the keychain exists but could not be
    // unlocked here), Unavailable (no keychain reachable) or Other.
    static CredentialError::Kind kindOfUnnamedError(const QString& backendText);

    static QString lockedAdvice();           // the keychain refused access
    static QString lockedCollectionAdvice(); // it runs, but the user's collection could not be unlocked
    static QString unavailableAdvice();      // there is no keychain to talk to
};
