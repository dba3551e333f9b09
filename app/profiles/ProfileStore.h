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
    // Saves `profile` in the place of the one named `oldName`, which is gone when the name changed.
    bool replace(const QString& oldName, const Profile& profile, QString* error);
    bool remove(const QString& name, QString* error);
    bool rename(const QString& oldName, const QString& newName, QString* error);
    // A copy under a free name ("Xibo (2)"); the copy's name, or nullopt with *error.
    std::optional<QString> duplicate(const QString& name, QString* error);
    // A profile file read, checked as a profile the editor would save, and added under its own name or,
    // when that is taken, a free one; the name it got, or nullopt with *error.
    std::optional<QString> importFile(const QString& path, QString* error);
    // The profile's JSON, as stored: a credential reference, never a secret.
    bool exportFile(const QString& name, const QString& path, QString* error) const;
    // `wanted` when no profile has that name, else "wanted (2)", "wanted (3)" …
    QString freeName(const QString& wanted) const;
    // Saves these profiles when the store holds none yet (first start).
    void seedIfEmpty(const QList<Profile>& profiles);

    static QString defaultDirectory();

signals:
    void changed();

private:
    QString pathFor(const QString& name) const;
    static bool write(const Profile& profile, const QString& path, QString* error);

    QString m_directory;
};
