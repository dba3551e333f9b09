#pragma once

#include "app/profiles/PresetCatalogue.h"

#include <QUrl>

// The built-in Sandbox preset pointed at an emulator, signing in with nothing: the "sandbox"
// fixture is open (signing in is tested against "sandbox_token"). Header-only: tests that use it
// link hoist_core themselves.
inline Profile openSandboxProfile(const QUrl& base)
{
    Profile profile = *PresetCatalogue::find(QStringLiteral("sandbox"));
    profile.variables.insert(QStringLiteral("base"), base.toString());
    profile.auth = {};
    return profile;
}
