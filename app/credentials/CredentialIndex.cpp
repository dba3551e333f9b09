#include "app/credentials/CredentialIndex.h"

#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
const QString group = u"credentials"_s;
}

CredentialIndex::CredentialIndex(QString settingsFile)
    : m_settingsFile(std::move(settingsFile))
{
}

QString CredentialIndex::defaultSettingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/hoist.conf"_s;
}

QList<Credential> CredentialIndex::all() const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.beginGroup(group);
    QList<Credential> credentials;
    for (const QString& id : settings.childGroups()) {
        const auto kind = Credential::kindFromName(settings.value(id + u"/kind"_s).toString());
        if (!kind || !Credential::isValidId(id))
            continue; // edited by hand into something Hoist cannot use
        credentials.append({id, *kind, settings.value(id + u"/user"_s).toString(),
                            settings.value(id + u"/label"_s).toString()});
    }
    std::sort(credentials.begin(), credentials.end(), [](const Credential& a, const Credential& b) {
        return a.id.compare(b.id, Qt::CaseInsensitive) < 0;
    });
    return credentials;
}

std::optional<Credential> CredentialIndex::find(const QString& id) const
{
    for (const Credential& credential : all()) {
        if (credential.id == id)
            return credential;
    }
    return std::nullopt;
}

void CredentialIndex::put(const Credential& credential)
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.beginGroup(group);
    settings.beginGroup(credential.id);
    settings.remove(QString());
    settings.setValue(u"kind"_s, Credential::kindName(credential.kind));
    if (!credential.user.isEmpty())
        settings.setValue(u"user"_s, credential.user);
    if (!credential.label.isEmpty())
        settings.setValue(u"label"_s, credential.label);
}

void CredentialIndex::remove(const QString& id)
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.beginGroup(group);
    settings.remove(id);
}
