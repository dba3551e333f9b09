#include "app/platform/KeychainErrors.h"

#include "app/credentials/CredentialStore.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// QtKeychain 0.13 reports "no Secret Service" and D-Bus failures as OtherError; only the text
// tells them apart from real faults.
bool soundsUnavailable(const QString& text)
{
    static const QStringList hints{u"dbus"_s,
                                   u"d-bus"_s,
                                   u"org.freedesktop.secrets"_s,
                                   u"serviceunknown"_s,
                                   u"autolaunch"_s,
                                   u"could not connect"_s,
                                   u"object does not exist at path"_s,
                                   u"no such interface"_s,
                                   u"secret service"_s};
    const QString lower = text.toLower();
    return std::any_of(hints.cbegin(), hints.cend(),
                       [&](const QString& hint) { return lower.contains(hint); });
}
} // namespace

CredentialError::Kind KeychainErrors::kindOfUnnamedError(const QString& backendText)
{
    // gnome-keyring is running but could not create or unlock the login keyring (its password
    // prompt cannot be shown): the service exists, the collection is not usable.
    if (backendText.contains(u"/collection/"_s, Qt::CaseInsensitive))
        return CredentialError::Kind::Locked;
    return soundsUnavailable(backendText) ? CredentialError::Kind::Unavailable : CredentialError::Kind::Other;
}

QString KeychainErrors::lockedAdvice()
{
    return CredentialStore::tr("The keychain is locked or refused access. Unlock your login keyring "
                               "(for example in Passwords and Keys) and try again.");
}

QString KeychainErrors::lockedCollectionAdvice()
{
    return CredentialStore::tr("The keychain service is running, but your login keyring is locked or "
                               "missing and could not be unlocked here. Unlock it (for example in "
                               "Passwords and Keys) and try again.");
}

QString KeychainErrors::unavailableAdvice()
{
    return CredentialStore::tr("No keychain is available: Hoist found no Secret Service (such as GNOME "
                               "Keyring or KWallet) on the session bus. Start or install one.");
}
