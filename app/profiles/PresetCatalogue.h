#pragma once

#include "app/profiles/Profile.h"

#include <QList>

// The presets shipped with Hoist (resources/presets/*.json), ready to become profiles.
class PresetCatalogue
{
public:
    static QList<Profile> builtIn();
};
