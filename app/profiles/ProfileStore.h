#pragma once

#include "app/profiles/Profile.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// Keeps profiles as one JSON file each in a directory, written atomically.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(const QString& directory, QObject* parent = nullptr);

    QString directory() const { return m_directory; }
    QStringList names() const;
    std::optional<Profile> load(const QString& name, QString* error) const;
    // A profile file anywhere (hoist upload --profile FILE.json); keeps the name written inside it.
    static std::optional<Profile> loadFile(const QString& path, QString* error);
    // The profiles that sign in with this credential.
    QStringList namesUsingCredential(const QString& credentialId) const;
    bool save(const Profile& profile, QString* error);
    bool remove(const QString& name, QString* error);
    // Saves these profiles when the store holds none yet (first start).
    void seedIfEmpty(const QList<Profile>& profiles);

    static QString defaultDirectory();

signals:
    void changed();

private:
    QString pathFor(const QString& name) const;

    QString m_directory;
};
