#pragma once

#include "app/storage/StorageError.h"

#include <QCoreApplication>
#include <QString>

class History;
class Journal;
class StorageDatabase;

// What a crash left behind, put in order. An item whose whole body went out with no answer recorded
// gets an "outcome unknown" record in the history (the server may have stored it) and reads unknown in
// the journal; nothing else is guessed.
class CrashRecovery
{
    Q_DECLARE_TR_FUNCTIONS(CrashRecovery)

public:
    static constexpr QLatin1StringView CommandLinePrefix{"command line "};

    // Settles the journal's body-sent items; returns how many there were.
    static int settle(Journal& journal, const History& history, StorageError* error = nullptr);
    // Every queue that no live process holds is settled; the items of command-line runs (queues named
    // CommandLinePrefix …), which never come back, then leave the journal.
    static StorageError settleAbandoned(StorageDatabase& database, const History& history);
    static QString unknownMessage();
};
