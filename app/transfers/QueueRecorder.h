#pragma once

#include "app/storage/JournalEntry.h"
#include "app/transfers/UploadTask.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

class History;
class Journal;
class UploadQueue;

// Keeps one queue on disk: every item, value edit and state change goes to the journal (the body-sent
// mark synchronously, right before the file's last byte leaves), and every attempt that ended goes to
// the history with its answer, credentials scrubbed. Brings the journal's items back after a restart.
class QueueRecorder : public QObject
{
    Q_OBJECT

public:
    // The journal and the history must outlive the recorder; the queue may go first. Without a journal
    // (another Hoist keeps it) only the history is written.
    QueueRecorder(UploadQueue* queue, Journal* journal, const History* history, QObject* parent = nullptr);
    ~QueueRecorder() override;

    // The journal's unfinished items back in the queue, paused: a failed item stays failed, one whose
    // body went out (settled by CrashRecovery) reads unknown, anything else is queued again. Their
    // destinations must be known to the queue (UploadQueue::updateDestination).
    QList<UploadTask*> restore(const QList<JournalEntry>& entries);
    // From now on a file added to the queue is held when the history has the same content (size and
    // modification time) uploaded to the same destination and address.
    void holdEarlierUploads();
    std::optional<EarlierUpload> earlierUpload(const UploadTask& task);

signals:
    // The journal or the history could not be written or read.
    void storageFailed(const QString& message);

private:
    struct Recorded
    {
        UploadTask::State state;
        QMap<QString, QString> values;
    };

    void onAdded(UploadTask* task);
    void onChanged(UploadTask* task);
    void onRemoved(UploadTask* task);
    void recordAttempt(const UploadTask* task);
    static JournalEntry::State journalState(const UploadTask* task);

    QPointer<UploadQueue> m_queue;
    Journal* m_journal;
    const History* m_history;
    QHash<const UploadTask*, Recorded> m_recorded;
    bool m_restoring = false; // items coming back from the journal are not journalled again
};
