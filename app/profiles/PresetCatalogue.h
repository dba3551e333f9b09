#pragma once

#include "app/profiles/Profile.h"

#include <QList>
#include <QStringList>

#include <optional>

// The presets shipped with Hoist (resources/presets/*.json), ready to become profiles.
class PresetCatalogue
{
public:
    static QList<Profile> builtIn(); // sorted by id
    static QStringList ids();        // of builtIn(), in its order
    static std::optional<Profile> find(const QString& idOrName);
    // A built-in preset's text (description, note, input label, help, choice) in the user's language.
    // Profiles keep the English text, so a saved profile reads the same in every language and a text
    // the user wrote is shown as written.
    static QString translated(const QString& text);
};
