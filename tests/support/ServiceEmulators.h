#pragma once

#include "tests/support/EmulatorClient.h"

// The five service emulators the preset tests talk to, as CTest's fixtures started them.
struct ServiceEmulators
{
    EmulatorClient xibo{QStringLiteral("xibo")};
    EmulatorClient squidex{QStringLiteral("squidex")};
    EmulatorClient qualtrics{QStringLiteral("qualtrics")};
    EmulatorClient mayan{QStringLiteral("mayan")};
    EmulatorClient drf{
        QStringLiteral("sandbox_token")}; // a DRF media endpoint wanting Token hoist-test-token

    bool allRunning() const
    {
        return xibo.isValid() && squidex.isValid() && qualtrics.isValid() && mayan.isValid() && drf.isValid();
    }
};
