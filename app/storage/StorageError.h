#pragma once

#include <QString>

// Why a read or write of Hoist's database did not happen, in a sentence a person understands.
struct StorageError
{
    enum class Kind
    {
        None,
        Unavailable, // the database could not be opened at start: nothing is kept this session
        Busy,        // another program holds the database locked longer than Hoist waits
        Failed,      // SQLite refused the statement (disk full, I/O error …)
    };

    Kind kind = Kind::None;
    QString message; // for a person; never contains a secret

    bool isError() const { return kind != Kind::None; }
};
