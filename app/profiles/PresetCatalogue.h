#pragma once

#include "app/profiles/Profile.h"

#include <QList>

#include <optional>

// The presets shipped with Hoist (resources/presets/*.json), ready to become profiles.
class PresetCatalogue
{
public:
    static QList<Profile> builtIn(); // sorted by id
    static std::optional<Profile> find(const QString& idOrName);
};
