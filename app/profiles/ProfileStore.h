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
    // A profile that fails ProfileValidator is not loaded: *error lists what is wrong, with the JSON
    // path of each value. What the validator only warns about (unknown keys, a newer format) is added
    // to *warnings when given, whether the profile loads or not.
    std::optional<Profile> load(const QString& name, QString* error, QStringList* warnings = nullptr) const;
    // A profile file anywhere (hoist upload --profile FILE.json); keeps the name written inside it.
    static std::optional<Profile> loadFile(const QString& path, QString* error,
                                           QStringList* warnings = nullptr);
    // The profiles that sign in with this credential.
    QStringList namesUsingCredential(const QString& credentialId) const;
    // Refuses a profile that would not load again (a header with a line break, a method that is not a
    // word …).
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
