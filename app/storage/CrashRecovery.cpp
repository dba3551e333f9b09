#include "app/storage/CrashRecovery.h"

#include "app/storage/History.h"
#include "app/storage/Journal.h"
#include "app/storage/QueueLock.h"

int CrashRecovery::settle(Journal& journal, const History& history, StorageError* error)
{
    StorageError failure;
    int settled = 0;
    const QList<JournalEntry> entries = journal.unfinished(&failure);
    for (const JournalEntry& entry : entries) {
        if (failure.isError())
            break;
        if (!entry.bodySent())
            continue;
        // Killed after the answer was recorded and before the journal heard of it: nothing is unknown.
        if (!history.attemptEndedSince(entry.uuid, entry.updatedAt, &failure) && !failure.isError())
            failure = history.add(HistoryRecord::interrupted(entry, unknownMessage()));
        if (failure.isError())
            break;
        journal.recordState(entry.uuid, JournalEntry::State::Unknown, unknownMessage());
        ++settled;
    }
    if (!failure.isError())
        failure = journal.flush();
    if (error)
        *error = failure;
    return settled;
}

StorageError CrashRecovery::settleAbandoned(StorageDatabase& database, const History& history)
{
    StorageError failure;
    const QStringList queues = Journal::queueNames(database, &failure);
    for (const QString& queue : queues) {
        QueueLock lock(database, queue);
        if (failure.isError() || !lock.tryLock())
            continue;
        Journal journal(database, queue);
        settle(journal, history, &failure);
        if (!failure.isError() && queue.startsWith(CommandLinePrefix))
            failure = journal.removeAll();
    }
    return failure;
}

QString CrashRecovery::unknownMessage()
{
    return tr("The whole file went out, then Hoist stopped before an answer came: the server may have stored "
              "it. Look in the library before sending it again.");
}
