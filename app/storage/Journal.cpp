#include "app/storage/Journal.h"

#include "app/storage/StorageDatabase.h"

#include <QJsonDocument>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
QString uuidText(const QUuid& uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}
} // namespace

Journal::Journal(StorageDatabase& database, const QString& queue, QObject* parent)
    : Journal(database, queue, Batching(), parent)
{
}

Journal::Journal(StorageDatabase& database, const QString& queue, Batching batching, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_queue(queue)
    , m_batching(batching)
{
    if (!m_database.isUsable())
        return;
    QSqlDatabase db = m_database.connection();
    if (db.isOpen()) {
        QSqlQuery query(db);
        if (query.exec(u"SELECT COALESCE(MAX(position), 0) + 1 FROM journal_items"_s) && query.next())
            m_nextPosition = query.value(0).toLongLong();
    }
    m_writer.reset(QThread::create([this] { writerLoop(); }));
    m_writer->setObjectName(u"hoist-journal"_s);
    m_writer->start();
}

Journal::~Journal()
{
    if (m_writer) {
        {
            QMutexLocker locker(&m_bufferMutex);
            m_stopping = true;
        }
        m_wake.wakeAll();
        m_writer->wait();
    }
    flush();
}

void Journal::recordItem(const JournalEntry& entry)
{
    buffer({Write::Kind::Item, entry, 0});
}

void Journal::recordState(const QUuid& uuid, JournalEntry::State state, const QString& message)
{
    if (state == JournalEntry::State::BodySent) {
        recordBodySent(uuid); // never left in a buffer; a failure is reported through writeFailed
        return;
    }
    JournalEntry entry;
    entry.uuid = uuid;
    entry.state = state;
    entry.message = message;
    buffer({Write::Kind::State, entry, 0});
}

void Journal::recordValues(const QUuid& uuid, const QJsonObject& values)
{
    JournalEntry entry;
    entry.uuid = uuid;
    entry.values = values;
    buffer({Write::Kind::Values, entry, 0});
}

void Journal::recordRemoved(const QList<QUuid>& uuids)
{
    for (const QUuid& uuid : uuids) {
        JournalEntry entry;
        entry.uuid = uuid;
        buffer({Write::Kind::Remove, entry, 0});
    }
}

void Journal::buffer(Write write)
{
    if (!m_database.isUsable())
        return; // nothing piles up that can never be written
    write.entry.updatedAt = QDateTime::currentDateTimeUtc();
    bool wake = false;
    {
        QMutexLocker locker(&m_bufferMutex);
        if (write.kind == Write::Kind::Item)
            write.position = m_nextPosition++;
        if (m_pending.empty())
            m_due = QDeadlineTimer(m_batching.delay);
        m_pending.push_back(std::move(write));
        const auto waiting = static_cast<qsizetype>(m_pending.size());
        // A writer with nothing to do sleeps until a write comes; one that waits for a delay to be up
        // looks at the buffer again then, so it is woken only when a batch is full. One wake-up per
        // write would cost a context switch each.
        wake = (waiting == 1 && m_writerIdle) || waiting == m_batching.writes;
    }
    if (wake)
        m_wake.wakeOne();
}

void Journal::writerLoop()
{
    QMutexLocker locker(&m_bufferMutex);
    int failuresInARow = 0;
    while (!m_stopping) {
        if (m_pending.empty()) {
            m_writerIdle = true;
            m_wake.wait(&m_bufferMutex);
            m_writerIdle = false;
            continue;
        }
        if (static_cast<qsizetype>(m_pending.size()) < m_batching.writes && !m_due.hasExpired()) {
            m_wake.wait(&m_bufferMutex, m_due);
            continue;
        }
        locker.unlock();
        const StorageError error = commitBuffered();
        if (error.isError())
            emit writeFailed(error.message);
        locker.relock();
        failuresInARow = error.isError() ? failuresInARow + 1 : 0;
        // The disk is full, say: try again later, less often the longer it lasts (up to 128 delays).
        if (failuresInARow > 0 && !m_stopping)
            m_wake.wait(&m_bufferMutex,
                        QDeadlineTimer(m_batching.delay * (1 << qMin(failuresInARow - 1, 7))));
    }
    locker.unlock();
    m_database.releaseConnection();
}

StorageError Journal::recordBodySent(const QUuid& uuid)
{
    if (!m_database.isUsable()) {
        StorageError unavailable;
        m_database.connection(&unavailable);
        return unavailable;
    }
    JournalEntry entry;
    entry.uuid = uuid;
    entry.state = JournalEntry::State::BodySent;
    entry.updatedAt = QDateTime::currentDateTimeUtc();
    // Behind what is buffered, so a buffered "uploading" can never land after the mark.
    const StorageError error = commitBuffered(Write{Write::Kind::State, entry, 0});
    if (error.isError())
        emit writeFailed(error.message);
    return error;
}

StorageError Journal::flush()
{
    const StorageError error = commitBuffered();
    if (error.isError())
        emit writeFailed(error.message);
    return error;
}

StorageError Journal::commitBuffered(const std::optional<Write>& last)
{
    if (!m_database.isUsable())
        return StorageError();
    QMutexLocker commitLocker(&m_commitMutex);
    std::vector<Write> batch;
    {
        QMutexLocker locker(&m_bufferMutex);
        batch.swap(m_pending);
    }
    if (last)
        batch.push_back(*last);
    if (batch.empty())
        return StorageError();
    const StorageError error = writeAll(batch);
    if (error.isError()) { // kept, in order, ahead of what was recorded meanwhile, for the next attempt
        QMutexLocker locker(&m_bufferMutex);
        if (m_pending.empty())
            m_due = QDeadlineTimer(m_batching.delay);
        batch.insert(batch.end(), std::make_move_iterator(m_pending.begin()),
                     std::make_move_iterator(m_pending.end()));
        m_pending = std::move(batch);
    }
    if (error.isError()) // a writer with an empty buffer sleeps: it has to try again by itself
        m_wake.wakeOne();
    return error;
}

StorageError Journal::writeAll(const std::vector<Write>& writes) const
{
    const QString sentence = tr("Hoist could not write its queue journal: %1");
    return m_database.write(
        [&](QSqlDatabase& db) -> StorageError {
            QSqlQuery item(db);
            QSqlQuery state(db);
            QSqlQuery values(db);
            QSqlQuery change(db);
            QSqlQuery removeItem(db);
            QSqlQuery removeChanges(db);
            // Prepared when first needed: a body-sent mark uses only two of them.
            const auto ready = [](QSqlQuery& query, const QString& sql) {
                return query.lastQuery() == sql || query.prepare(sql);
            };
            const auto failed = [&](const QSqlQuery& query) {
                return StorageDatabase::errorFrom(query.lastError(), sentence);
            };
            // A change of an item that is no longer there (removed meanwhile) is not recorded.
            const QString changeSql =
                u"INSERT INTO journal_changes (uuid, seq, state, time, message) "
                u"SELECT ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM journal_changes WHERE uuid = ?), ?, ?, ? "
                u"WHERE EXISTS (SELECT 1 FROM journal_items WHERE uuid = ?)"_s;
            const auto addChange = [&](const JournalEntry& entry, const QString& uuid) {
                if (!ready(change, changeSql))
                    return false;
                change.addBindValue(uuid);
                change.addBindValue(uuid);
                change.addBindValue(JournalEntry::stateName(entry.state));
                change.addBindValue(entry.updatedAt.toMSecsSinceEpoch());
                change.addBindValue(StorageDatabase::text(entry.message));
                change.addBindValue(uuid);
                return change.exec();
            };
            for (const Write& write : writes) {
                const JournalEntry& entry = write.entry;
                const QString uuid = uuidText(entry.uuid);
                switch (write.kind) {
                case Write::Kind::Item:
                    if (!ready(
                            item,
                            u"INSERT INTO journal_items (uuid, queue, position, path, size, mtime, "
                            u"destination, address, item_values, state, message, updated_at) "
                            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                            u"ON CONFLICT (uuid) DO UPDATE SET path = excluded.path, size = excluded.size, "
                            u"mtime = excluded.mtime, destination = excluded.destination, "
                            u"address = excluded.address, "
                            u"item_values = excluded.item_values, state = excluded.state, "
                            u"message = excluded.message, updated_at = excluded.updated_at"_s))
                        return failed(item);
                    item.addBindValue(uuid);
                    item.addBindValue(StorageDatabase::text(m_queue));
                    item.addBindValue(write.position);
                    item.addBindValue(StorageDatabase::text(entry.path));
                    item.addBindValue(entry.size);
                    item.addBindValue(entry.mtimeMs);
                    item.addBindValue(StorageDatabase::text(entry.destination));
                    item.addBindValue(StorageDatabase::text(entry.address));
                    item.addBindValue(jsonText(entry.values));
                    item.addBindValue(JournalEntry::stateName(entry.state));
                    item.addBindValue(StorageDatabase::text(entry.message));
                    item.addBindValue(entry.updatedAt.toMSecsSinceEpoch());
                    if (!item.exec())
                        return failed(item);
                    if (!addChange(entry, uuid))
                        return failed(change);
                    break;
                case Write::Kind::State:
                    if (!ready(state, u"UPDATE journal_items SET state = ?, message = ?, updated_at = ? "
                                      u"WHERE uuid = ?"_s))
                        return failed(state);
                    state.addBindValue(JournalEntry::stateName(entry.state));
                    state.addBindValue(StorageDatabase::text(entry.message));
                    state.addBindValue(entry.updatedAt.toMSecsSinceEpoch());
                    state.addBindValue(uuid);
                    if (!state.exec())
                        return failed(state);
                    if (!addChange(entry, uuid))
                        return failed(change);
                    break;
                case Write::Kind::Values:
                    if (!ready(values, u"UPDATE journal_items SET item_values = ?, updated_at = ? "
                                       u"WHERE uuid = ?"_s))
                        return failed(values);
                    values.addBindValue(jsonText(entry.values));
                    values.addBindValue(entry.updatedAt.toMSecsSinceEpoch());
                    values.addBindValue(uuid);
                    if (!values.exec())
                        return failed(values);
                    break;
                case Write::Kind::Remove:
                    if (!ready(removeItem, u"DELETE FROM journal_items WHERE uuid = ?"_s))
                        return failed(removeItem);
                    removeItem.addBindValue(uuid);
                    if (!removeItem.exec())
                        return failed(removeItem);
                    if (!ready(removeChanges, u"DELETE FROM journal_changes WHERE uuid = ?"_s))
                        return failed(removeChanges);
                    removeChanges.addBindValue(uuid);
                    if (!removeChanges.exec())
                        return failed(removeChanges);
                    break;
                }
            }
            return StorageError();
        },
        sentence);
}

StorageError Journal::removeAll()
{
    if (const StorageError error = flush(); error.isError())
        return error;
    const QString sentence = tr("Hoist could not write its queue journal: %1");
    return m_database.write(
        [&](QSqlDatabase& db) -> StorageError {
            QSqlQuery query(db);
            query.prepare(u"DELETE FROM journal_changes WHERE uuid IN "
                          u"(SELECT uuid FROM journal_items WHERE queue = ?)"_s);
            query.addBindValue(StorageDatabase::text(m_queue));
            if (!query.exec())
                return StorageDatabase::errorFrom(query.lastError(), sentence);
            query.prepare(u"DELETE FROM journal_items WHERE queue = ?"_s);
            query.addBindValue(StorageDatabase::text(m_queue));
            if (!query.exec())
                return StorageDatabase::errorFrom(query.lastError(), sentence);
            return StorageError();
        },
        sentence);
}

QStringList Journal::queueNames(StorageDatabase& database, StorageError* error)
{
    StorageError failure;
    QStringList names;
    QSqlDatabase db = database.connection(&failure);
    if (db.isOpen()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(u"SELECT DISTINCT queue FROM journal_items"_s)) {
            while (query.next())
                names.append(query.value(0).toString());
        } else {
            failure = StorageDatabase::errorFrom(query.lastError(),
                                                 tr("Hoist could not read its queue journal: %1"));
        }
    }
    if (error)
        *error = failure;
    return names;
}

int Journal::pendingWrites() const
{
    QMutexLocker locker(&m_bufferMutex);
    return static_cast<int>(m_pending.size());
}

QList<JournalEntry> Journal::unfinished(StorageError* error)
{
    StorageError failure = flush();
    QList<JournalEntry> entries;
    QSqlDatabase db = m_database.connection(&failure);
    if (db.isOpen()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(u"SELECT uuid, path, size, mtime, destination, address, item_values, state, "
                      u"message, updated_at FROM journal_items WHERE queue = ? AND state NOT IN (?, ?) "
                      u"ORDER BY position"_s);
        query.addBindValue(StorageDatabase::text(m_queue));
        query.addBindValue(JournalEntry::stateName(JournalEntry::State::Succeeded));
        query.addBindValue(JournalEntry::stateName(JournalEntry::State::Cancelled));
        if (query.exec()) {
            while (query.next()) {
                JournalEntry entry;
                entry.uuid = QUuid::fromString(query.value(0).toString());
                entry.path = query.value(1).toString();
                entry.size = query.value(2).toLongLong();
                entry.mtimeMs = query.value(3).toLongLong();
                entry.destination = query.value(4).toString();
                entry.address = query.value(5).toString();
                entry.values = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
                // A state this code does not know comes back as Failed: shown, paused, never lost.
                entry.state = JournalEntry::stateFromName(query.value(7).toString())
                                  .value_or(JournalEntry::State::Failed);
                entry.message = query.value(8).toString();
                entry.updatedAt = utcFromMs(query.value(9).toLongLong());
                entries.append(entry);
            }
        } else {
            failure = StorageDatabase::errorFrom(query.lastError(),
                                                 tr("Hoist could not read its queue journal: %1"));
        }
    }
    if (error)
        *error = failure;
    return entries;
}

QList<JournalEntry::Change> Journal::changes(const QUuid& uuid, StorageError* error)
{
    StorageError failure = flush();
    QList<JournalEntry::Change> all;
    QSqlDatabase db = m_database.connection(&failure);
    if (db.isOpen()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(u"SELECT state, time, message FROM journal_changes WHERE uuid = ? ORDER BY seq"_s);
        query.addBindValue(uuidText(uuid));
        if (query.exec()) {
            while (query.next()) {
                all.append({JournalEntry::stateFromName(query.value(0).toString())
                                .value_or(JournalEntry::State::Failed),
                            utcFromMs(query.value(1).toLongLong()), query.value(2).toString()});
            }
        } else {
            failure = StorageDatabase::errorFrom(query.lastError(),
                                                 tr("Hoist could not read its queue journal: %1"));
        }
    }
    if (error)
        *error = failure;
    return all;
}
