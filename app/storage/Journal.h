#pragma once

#include "app/storage/JournalEntry.h"
#include "app/storage/StorageError.h"

#include <QDeadlineTimer>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QUuid>
#include <QWaitCondition>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class StorageDatabase;

// The queue's memory across crashes: every item and state change of one queue, buffered and committed
// in batches by a writer thread of its own (the queue never waits for the disk), except the "body sent"
// mark, which is committed before recordBodySent returns. Every method may be called from any thread.
class Journal : public QObject
{
    Q_OBJECT

public:
    struct Batching
    {
        int writes = 1000;                    // commit as soon as this many writes wait …
        std::chrono::milliseconds delay{250}; // … or this long after the first of them
    };

    // queue names whose items these are ("desktop", a command-line run …): one file holds several.
    // The database must outlive the journal, and the journal the threads that call it.
    Journal(StorageDatabase& database, const QString& queue, QObject* parent = nullptr);
    Journal(StorageDatabase& database, const QString& queue, Batching batching, QObject* parent = nullptr);
    ~Journal() override; // stops the writer thread and commits what is buffered

    QString queue() const { return m_queue; }
    // The queues that have items in the database.
    static QStringList queueNames(StorageDatabase& database, StorageError* error = nullptr);

    // Buffered. An item recorded again (same uuid) gets the new file, destination, values and state and
    // keeps its place in the queue.
    void recordItem(const JournalEntry& entry);
    // Buffered. Body sent goes through recordBodySent, which is synchronous.
    void recordState(const QUuid& uuid, JournalEntry::State state, const QString& message = QString());
    // Buffered: the item's per-file values were edited.
    void recordValues(const QUuid& uuid, const QJsonObject& values);
    // Buffered: the items leave the queue (Remove, Clear Finished) with their state changes.
    void recordRemoved(const QList<QUuid>& uuids);
    // "The body went out, waiting for the answer", called just before the last byte is sent. Commits
    // what is buffered and the mark in one transaction before it returns, on the calling thread's own
    // connection (the network thread may call it).
    StorageError recordBodySent(const QUuid& uuid);
    // Commits what is buffered, then removes every item of this queue: a run that is over.
    StorageError removeAll();
    // Commits what is buffered now, on the calling thread. The destructor does too.
    StorageError flush();

    // The items of this queue that are not finished (see JournalEntry::isFinished), in queue order,
    // with their values and state; bodySent() tells which have an unknown outcome. Flushes first.
    QList<JournalEntry> unfinished(StorageError* error = nullptr);
    // Every recorded state of one item, oldest first. Flushes first.
    QList<JournalEntry::Change> changes(const QUuid& uuid, StorageError* error = nullptr);
    // Writes waiting in the buffer (not those being committed right now).
    int pendingWrites() const;

signals:
    // A buffered write could not be committed; it is kept and tried again with the next batch.
    // Emitted from the thread that tried (the writer thread, mostly).
    void writeFailed(const QString& message);

private:
    struct Write
    {
        enum class Kind
        {
            Item,
            State,
            Values,
            Remove,
        };
        Kind kind;
        JournalEntry entry; // Item: all of it; State: uuid, state, message; Values: uuid, values
        qint64 position = 0;
    };

    void buffer(Write write);
    void writerLoop();
    // Commits the buffer (then last, when given) in one transaction; on failure puts it all back.
    StorageError commitBuffered(const std::optional<Write>& last = std::nullopt);
    StorageError writeAll(const std::vector<Write>& writes) const;

    StorageDatabase& m_database;
    const QString m_queue;
    const Batching m_batching;
    // Held while a batch is committed: batches land in the order they left the buffer.
    QMutex m_commitMutex;
    // Guards the buffer and the writer's state; never held while SQLite works.
    mutable QMutex m_bufferMutex;
    QWaitCondition m_wake;
    std::vector<Write> m_pending;
    QDeadlineTimer m_due; // when the oldest buffered write must be committed
    qint64 m_nextPosition = 1;
    bool m_writerIdle = false; // waiting for a first write, with no delay running
    bool m_stopping = false;
    std::unique_ptr<QThread> m_writer;
};
