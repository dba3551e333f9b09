#include "app/transfers/QueueRecorder.h"

#include "app/storage/History.h"
#include "app/storage/Journal.h"
#include "app/transfers/UploadQueue.h"

#include <QJsonObject>
#include <QScopedValueRollback>

namespace {
QJsonObject valuesObject(const QMap<QString, QString>& values)
{
    QJsonObject object;
    for (auto value = values.cbegin(); value != values.cend(); ++value)
        object.insert(value.key(), value.value());
    return object;
}

QMap<QString, QString> valuesMap(const QJsonObject& object)
{
    QMap<QString, QString> values;
    for (auto value = object.constBegin(); value != object.constEnd(); ++value)
        values.insert(value.key(), value.value().toString());
    return values;
}

UploadTask::State restoredState(JournalEntry::State state)
{
    switch (state) {
    case JournalEntry::State::Failed:
        return UploadTask::State::Failed;
    case JournalEntry::State::BodySent:
    case JournalEntry::State::Unknown:
        return UploadTask::State::Unknown;
    default:
        return UploadTask::State::Queued;
    }
}
} // namespace

QueueRecorder::QueueRecorder(UploadQueue* queue, Journal* journal, const History* history, QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_journal(journal)
    , m_history(history)
{
    for (UploadTask* task : queue->tasks())
        onAdded(task);
    connect(queue, &UploadQueue::taskAdded, this, &QueueRecorder::onAdded);
    connect(queue, &UploadQueue::taskChanged, this, &QueueRecorder::onChanged);
    connect(queue, &UploadQueue::taskAboutToBeRemoved, this, &QueueRecorder::onRemoved);
    if (!journal)
        return;
    connect(journal, &Journal::writeFailed, this, &QueueRecorder::storageFailed, Qt::QueuedConnection);
    queue->setBeforeLastByte([journal](const QUuid& uuid) { journal->recordBodySent(uuid); });
}

QueueRecorder::~QueueRecorder()
{
    if (!m_queue)
        return;
    m_queue->setBeforeLastByte({});
    m_queue->setEarlierUploadCheck({});
}

void QueueRecorder::holdEarlierUploads()
{
    m_queue->setEarlierUploadCheck([this](const UploadTask& task) { return earlierUpload(task); });
}

std::optional<EarlierUpload> QueueRecorder::earlierUpload(const UploadTask& task)
{
    const UploadItem& item = task.item();
    const History::Content content{
        task.destination(), HistoryRecord::maskedAddress(task.plan()), item.size, item.mtimeMs, {}};
    StorageError error;
    const std::optional<HistoryRecord> earlier = m_history->uploadedAlready(content, &error);
    if (error.isError())
        emit storageFailed(error.message);
    if (!earlier)
        return std::nullopt;
    return EarlierUpload{earlier->time, earlier->field(QStringLiteral("id")),
                         earlier->field(QStringLiteral("url")), earlier->fileName(), false};
}

QList<UploadTask*> QueueRecorder::restore(const QList<JournalEntry>& entries)
{
    QList<UploadTask*> restored;
    // Their rows are in the journal already: written again, every restart would add to it.
    const QScopedValueRollback restoring(m_restoring, true);
    for (const JournalEntry& entry : entries) {
        UploadItem item = UploadItem::fromPath(entry.path);
        item.metadata = valuesMap(entry.values);
        const UploadTask::State state = restoredState(entry.state);
        const QString message = state == UploadTask::State::Queued ? QString() : entry.message;
        if (UploadTask* task = m_queue->restore(item, entry.destination, entry.uuid, state, message))
            restored.append(task);
    }
    return restored;
}

void QueueRecorder::onAdded(UploadTask* task)
{
    const UploadItem& item = task->item();
    m_recorded.insert(task, {task->state(), item.metadata});
    if (!m_journal || m_restoring)
        return;
    JournalEntry entry;
    entry.uuid = task->uuid();
    entry.path = item.path;
    entry.size = item.size;
    entry.mtimeMs = item.mtimeMs;
    entry.destination = task->destination();
    entry.address = HistoryRecord::maskedAddress(task->plan());
    entry.values = valuesObject(item.metadata);
    entry.state = journalState(task);
    entry.message = task->message();
    m_journal->recordItem(entry);
}

void QueueRecorder::onChanged(UploadTask* task)
{
    const auto recorded = m_recorded.find(task);
    if (recorded == m_recorded.end())
        return;
    if (recorded->values != task->item().metadata) {
        recorded->values = task->item().metadata;
        if (m_journal)
            m_journal->recordValues(task->uuid(), valuesObject(recorded->values));
    }
    if (recorded->state == task->state())
        return;
    recorded->state = task->state();
    if (m_journal)
        m_journal->recordState(task->uuid(), journalState(task), task->message());
    recordAttempt(task);
}

void QueueRecorder::onRemoved(UploadTask* task)
{
    m_recorded.remove(task);
    if (m_journal)
        m_journal->recordRemoved({task->uuid()});
}

// An attempt ended: what it came to goes to the history. Items that never left (blocked by preflight,
// cancelled while queued) were no attempt.
void QueueRecorder::recordAttempt(const UploadTask* task)
{
    std::optional<HistoryRecord::State> state;
    switch (task->state()) {
    case UploadTask::State::Succeeded:
        state = HistoryRecord::State::Succeeded;
        break;
    case UploadTask::State::Failed:
        state = HistoryRecord::State::Failed;
        break;
    case UploadTask::State::Unknown:
        state = HistoryRecord::State::Unknown;
        break;
    case UploadTask::State::Cancelled:
        if (task->attempts() > 0)
            state = HistoryRecord::State::Cancelled;
        break;
    default:
        break;
    }
    if (!state)
        return;
    const UploadItem& item = task->item();
    HistoryRecord record;
    record.uuid = task->uuid();
    record.time = QDateTime::currentDateTimeUtc();
    record.profile = task->destination();
    record.setAddress(task->plan());
    record.path = item.path;
    record.size = item.size;
    record.mtimeMs = item.mtimeMs;
    record.sha256 = QString::fromLatin1(task->sentDigest().sha256);
    record.state = *state;
    record.setAnswer(task->response());
    record.fields = task->fields();
    record.message = task->message();
    if (const Destination* destination = m_queue->destination(task->destination()))
        record.scrub(destination->echoableSecrets());
    if (const StorageError error = m_history->add(record); error.isError())
        emit storageFailed(error.message);
}

JournalEntry::State QueueRecorder::journalState(const UploadTask* task)
{
    switch (task->state()) {
    case UploadTask::State::Queued:
        return JournalEntry::State::Queued;
    case UploadTask::State::Blocked:
        return JournalEntry::State::Blocked;
    case UploadTask::State::Uploading:
        // The mark itself was written synchronously before the last byte; this keeps it.
        return task->bodySent() ? JournalEntry::State::BodySent : JournalEntry::State::Uploading;
    case UploadTask::State::Waiting:
        return JournalEntry::State::Waiting;
    case UploadTask::State::Succeeded:
        return JournalEntry::State::Succeeded;
    case UploadTask::State::Failed:
        return JournalEntry::State::Failed;
    case UploadTask::State::Cancelled:
        return JournalEntry::State::Cancelled;
    case UploadTask::State::Unknown:
        return JournalEntry::State::Unknown;
    }
    return JournalEntry::State::Failed;
}
