#pragma once

#include "app/credentials/CredentialError.h"

#include <QString>
#include <qt6keychain/keychain.h>

// What the keychain backend's errors mean for the user: locked, missing, unavailable or another
// fault, with what to do about it. QtKeychain's codes say little; the backend's texts say more, and
// they are different on every system.
//
// Operating-system specific. Linux and BSD: platform/secretservice/KeychainErrors.cpp, for the
// freedesktop Secret Service (GNOME Keyring, KWallet, KeePassXC) over D-Bus. Windows (Credential
// Manager) and macOS (Keychain Services) would need their own texts: QtKeychain gives them the
// system's error message (FormatMessage(), SecCopyErrorMessageString()), "not found" is
// EntryNotFound there too, a locked login keychain on macOS is errSecInteractionNotAllowed, and
// there is no "no backend" case, so the advice to install GNOME Keyring must not appear.
class KeychainErrors
{
public:
    // `id` is the credential the failed job was about.
    static CredentialError classify(QKeychain::Error code, const QString& text, const QString& id);
};
