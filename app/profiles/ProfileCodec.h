#pragma once

#include "app/profiles/Profile.h"
#include "app/profiles/ProfileValidator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// A profile as JSON, the format of profile files and presets, and the one check of whether a profile
// can be used, shared by the profile editor, the command line, the store and the importers.
class ProfileCodec
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCodec)

public:
    // The plain reader of JSON that ProfileValidator passed; what it does not know keeps its default.
    static Profile read(const QJsonObject& object);
    static QJsonObject write(const Profile& profile);
    // A profile file's bytes parsed, checked and read; nullopt with the errors in *error. Warnings
    // (an unknown key, a newer format) go to *warnings and do not stop it.
    static std::optional<Profile> decode(const QByteArray& json, QString* error,
                                         QStringList* warnings = nullptr);

    // What keeps a profile from working: the checks of its JSON (paths in the findings) and then what
    // every profile needs (a name, the values its inputs ask for, the key's parameter name), in
    // plain sentences with no path. Warnings do not keep it from working.
    static QList<ProfileValidator::Finding> problems(const Profile& profile);
    // The errors among the findings as one line, "auth.scheme: …; fields[2].name: …"; empty: none.
    static QString errorsOf(const QList<ProfileValidator::Finding>& findings);
};
