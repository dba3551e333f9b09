#pragma once

#include "app/storage/History.h"

#include <QString>

// The user's choices for how uploads run and what Hoist keeps, read from and written to the settings
// file. The desktop app and `hoist upload` read the same values; the defaults are Hoist's behaviour
// before anyone chose.
struct Preferences
{
    int concurrency = 4;            // files sent at once
    int retries = 3;                // automatic attempts after the first, where the server took nothing
    int stallTimeoutSeconds = 60;   // while sending: no byte moved for this long ends the attempt
    int answerTimeoutSeconds = 300; // after the whole body: the answer must be complete within this
    int limitKiBps = 0;             // all uploads together, KiB per second; 0: no limit
    bool startWhenAdded = false;    // files added after a run has ended go at once
    History::Retention retention;
    QString language; // "en", "de" …; empty: the system's. Read when Hoist starts.

    static constexpr int MaxConcurrency = 32;
    static constexpr int MaxRetries = 99;
    static constexpr int MaxTimeoutSeconds = 86'400;
    // A limit waits per 16 KiB chunk on the network thread: below this, other requests would wait
    // there for more than a quarter of a second at a time.
    static constexpr int MinLimitKiBps = 64;
    static constexpr int MaxLimitKiBps = 10'000'000;

    // Values out of range in the file are brought into range.
    static Preferences load(const QString& settingsFile);
    void save(const QString& settingsFile) const;

    bool operator==(const Preferences&) const = default;
};
