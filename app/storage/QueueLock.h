#pragma once

#include <QLockFile>
#include <QString>

class StorageDatabase;

// Marks one journal queue as in use by this process, so that no other Hoist restores or settles its
// items meanwhile. The mark is a lock file beside the database; it goes with the process however that
// ends (a lock whose process is gone counts as free).
class QueueLock
{
public:
    QueueLock(const StorageDatabase& database, const QString& queue);
    ~QueueLock(); // releases it

    bool tryLock();
    bool isLocked() const { return m_file.isLocked(); }
    // Whether a live process (this one too) holds the queue right now.
    static bool isHeld(const StorageDatabase& database, const QString& queue);

private:
    static QString pathFor(const StorageDatabase& database, const QString& queue);

    QLockFile m_file;
};
