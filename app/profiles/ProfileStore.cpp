#include "app/profiles/ProfileStore.h"

#include "app/profiles/ProfileCodec.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

ProfileStore::ProfileStore(const QString& directory, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
{
}

QString ProfileStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/profiles"_s;
}

QStringList ProfileStore::names() const
{
    QStringList result;
    const QStringList files =
        QDir(m_directory).entryList({u"*.json"_s}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString& file : files)
        result.append(QUrl::fromPercentEncoding(file.chopped(5).toUtf8()));
    result.sort(Qt::CaseInsensitive);
    return result;
}

std::optional<Profile> ProfileStore::load(const QString& name, QString* error, QStringList* warnings) const
{
    if (!QFile::exists(pathFor(name))) {
        *error = tr("There is no profile named \"%1\".").arg(name);
        return std::nullopt;
    }
    std::optional<Profile> profile = loadFile(pathFor(name), error, warnings);
    if (profile)
        profile->name = name; // the file name is the profile's identity in the store
    return profile;
}

QStringList ProfileStore::namesUsingCredential(const QString& credentialId) const
{
    QStringList users;
    for (const QString& name : names()) {
        QString ignored;
        const std::optional<Profile> profile = load(name, &ignored);
        if (profile && profile->auth.credential == credentialId)
            users.append(name);
    }
    return users;
}

std::optional<Profile> ProfileStore::loadFile(const QString& path, QString* error, QStringList* warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the profile %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    std::optional<Profile> profile = ProfileCodec::decode(file.readAll(), error, warnings);
    if (!profile)
        *error = tr("The profile %1 cannot be used: %2").arg(path, *error);
    return profile;
}

bool ProfileStore::save(const Profile& profile, QString* error)
{
    if (profile.name.trimmed().isEmpty()) {
        *error = tr("A profile needs a name.");
        return false;
    }
    if (const QString errors = ProfileCodec::errorsOf(ProfileValidator::check(ProfileCodec::write(profile)));
        !errors.isEmpty()) {
        if (error)
            *error = tr("The profile \"%1\" is not valid: %2").arg(profile.name, errors);
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        *error = tr("Cannot create the profile folder %1.").arg(m_directory);
        return false;
    }
    if (!write(profile, pathFor(profile.name), error))
        return false;
    emit changed();
    return true;
}

bool ProfileStore::write(const Profile& profile, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the profile \"%1\": %2").arg(profile.name, file.errorString());
        return false;
    }
    file.write(QJsonDocument(ProfileCodec::write(profile)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot save the profile \"%1\": %2").arg(profile.name, file.errorString());
        return false;
    }
    return true;
}

bool ProfileStore::replace(const QString& oldName, const Profile& profile, QString* error)
{
    if (!save(profile, error))
        return false;
    return profile.name == oldName || !names().contains(oldName) || remove(oldName, error);
}

bool ProfileStore::remove(const QString& name, QString* error)
{
    QFile file(pathFor(name));
    if (!file.remove()) {
        *error = tr("Cannot remove the profile \"%1\": %2").arg(name, file.errorString());
        return false;
    }
    emit changed();
    return true;
}

bool ProfileStore::rename(const QString& oldName, const QString& newName, QString* error)
{
    std::optional<Profile> profile = load(oldName, error);
    if (!profile)
        return false;
    if (newName.trimmed().isEmpty()) {
        *error = tr("A profile needs a name.");
        return false;
    }
    if (newName != oldName && names().contains(newName)) {
        *error = tr("A profile named \"%1\" exists already.").arg(newName);
        return false;
    }
    profile->name = newName;
    return replace(oldName, *profile, error);
}

std::optional<QString> ProfileStore::duplicate(const QString& name, QString* error)
{
    std::optional<Profile> profile = load(name, error);
    if (!profile)
        return std::nullopt;
    profile->name = freeName(name);
    if (!save(*profile, error))
        return std::nullopt;
    return profile->name;
}

std::optional<QString> ProfileStore::importFile(const QString& path, QString* error)
{
    std::optional<Profile> profile = loadFile(path, error);
    if (!profile)
        return std::nullopt;
    if (const QString errors = ProfileCodec::errorsOf(ProfileCodec::problems(*profile)); !errors.isEmpty()) {
        *error = tr("The profile %1 cannot be used: %2").arg(path, errors);
        return std::nullopt;
    }
    profile->name = freeName(profile->name.trimmed());
    if (!save(*profile, error))
        return std::nullopt;
    return profile->name;
}

bool ProfileStore::exportFile(const QString& name, const QString& path, QString* error) const
{
    const std::optional<Profile> profile = load(name, error);
    return profile && write(*profile, path, error);
}

QString ProfileStore::freeName(const QString& wanted) const
{
    const QStringList taken = names();
    QString name = wanted;
    for (int n = 2; taken.contains(name); ++n)
        name = tr("%1 (%2)").arg(wanted).arg(n);
    return name;
}

void ProfileStore::seedIfEmpty(const QList<Profile>& profiles)
{
    if (!names().isEmpty())
        return;
    for (const Profile& profile : profiles) {
        QString ignored; // a read-only config folder leaves the app usable with built-in profiles
        save(profile, &ignored);
    }
}

QString ProfileStore::pathFor(const QString& name) const
{
    // Percent-encoding keeps any profile name ("Xibo / live") a single, portable file name.
    return m_directory % u'/' % QString::fromLatin1(QUrl::toPercentEncoding(name, " ")) % u".json"_s;
}
