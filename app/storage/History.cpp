#include "app/storage/History.h"

#include "app/storage/SecretMasking.h"
#include "app/storage/StorageDatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;

// Headers are bytes: Latin-1 keeps every one of them as it came.
QString headersText(const HistoryRecord::Headers& headers)
{
    QJsonArray array;
    for (const auto& [name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HistoryRecord::Headers headersFrom(const QString& text)
{
    HistoryRecord::Headers headers;
    for (const QJsonValue& pair : QJsonDocument::fromJson(text.toUtf8()).array())
        headers.append({pair[0].toString().toLatin1(), pair[1].toString().toLatin1()});
    return headers;
}

// An array of pairs, not an object: the order is the profile's, which an object would lose.
QString fieldsText(const HistoryRecord::Fields& fields)
{
    QJsonArray array;
    for (const auto& [name, value] : fields)
        array.append(QJsonArray{name, value});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

HistoryRecord::Fields fieldsFrom(const QString& text)
{
    HistoryRecord::Fields fields;
    for (const QJsonValue& pair : QJsonDocument::fromJson(text.toUtf8()).array())
        fields.append({pair[0].toString(), pair[1].toString()});
    return fields;
}

QString folded(const QString& text)
{
    return text.toCaseFolded();
}

const QString columns = u"id, uuid, time, profile, address, path, size, mtime, sha256, state, http_status, "
                        u"fields, message, ms_to_first_byte, ms_total, body_total_bytes, body_truncated"_s;
} // namespace

History::History(StorageDatabase& database, qint64 bodyCap)
    : m_database(database)
    , m_bodyCap(bodyCap)
{
}

StorageError History::add(const HistoryRecord& record, qint64* id) const
{
    const QString sentence = tr("Hoist could not write to its history: %1");
    return m_database.write(
        [&](QSqlDatabase& db) -> StorageError {
            QSqlQuery query(db);
            query.prepare(u"INSERT INTO history (uuid, time, profile, address, path, name_folded, size, "
                          u"mtime, sha256, state, http_status, fields, message, ms_to_first_byte, ms_total, "
                          u"answer_headers, answer_body, body_total_bytes, body_truncated) "
                          u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            const QDateTime time = record.time.isValid() ? record.time : QDateTime::currentDateTimeUtc();
            const bool capped = record.body.size() > m_bodyCap;
            query.addBindValue(record.uuid.toString(QUuid::WithoutBraces));
            query.addBindValue(time.toMSecsSinceEpoch());
            query.addBindValue(StorageDatabase::text(record.profile));
            query.addBindValue(StorageDatabase::text(record.address()));
            query.addBindValue(StorageDatabase::text(record.path));
            query.addBindValue(StorageDatabase::text(folded(record.fileName())));
            query.addBindValue(record.size);
            query.addBindValue(record.mtimeMs);
            query.addBindValue(StorageDatabase::text(record.sha256.toLower()));
            query.addBindValue(HistoryRecord::stateName(record.state));
            query.addBindValue(record.httpStatus);
            query.addBindValue(fieldsText(record.fields));
            query.addBindValue(StorageDatabase::text(record.message));
            query.addBindValue(record.msToFirstByte);
            query.addBindValue(record.msTotal);
            query.addBindValue(headersText(SecretMasking::maskedHeaders(record.headers)));
            // A QByteArray binds as a BLOB; an empty one would bind as NULL.
            query.addBindValue(capped ? record.body.left(m_bodyCap)
                                      : (record.body.isNull() ? QByteArray("") : record.body));
            query.addBindValue(qMax(record.bodyTotalBytes, static_cast<qint64>(record.body.size())));
            query.addBindValue(record.bodyTruncated || capped ? 1 : 0);
            if (!query.exec())
                return StorageDatabase::errorFrom(query.lastError(), sentence);
            if (id)
                *id = query.lastInsertId().toLongLong();
            return StorageError();
        },
        sentence);
}

QList<HistoryRecord> History::find(const Query& query, StorageError* error) const
{
    QStringList conditions;
    QVariantList values;
    if (!query.profile.isEmpty()) {
        conditions.append(u"profile = ?"_s);
        values.append(query.profile);
    }
    if (!query.states.isEmpty()) {
        QStringList marks;
        for (HistoryRecord::State state : query.states) {
            marks.append(u"?"_s);
            values.append(HistoryRecord::stateName(state));
        }
        conditions.append(u"state IN ("_s + marks.join(u", "_s) + u')');
    }
    if (query.since.isValid()) {
        conditions.append(u"time >= ?"_s);
        values.append(query.since.toMSecsSinceEpoch());
    }
    if (!query.nameContains.isEmpty()) {
        // instr, not LIKE: no wildcards to escape, and case folding that knows more than ASCII.
        conditions.append(u"instr(name_folded, ?) > 0"_s);
        values.append(StorageDatabase::text(folded(query.nameContains)));
    }
    QString tail = u" ORDER BY time DESC, id DESC"_s;
    if (query.limit > 0)
        tail += u" LIMIT "_s + QString::number(query.limit);
    return select(conditions.isEmpty() ? QString() : conditions.join(u" AND "_s), values, tail,
                  query.withAnswer, error);
}

std::optional<HistoryRecord> History::record(qint64 id, StorageError* error) const
{
    const QList<HistoryRecord> found = select(u"id = ?"_s, {id}, QString(), true, error);
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

QStringList History::profiles(StorageError* error) const
{
    StorageError failure;
    QStringList names;
    QSqlDatabase db = m_database.connection(&failure);
    if (db.isOpen()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(u"SELECT DISTINCT profile FROM history ORDER BY profile"_s)) {
            while (query.next())
                names.append(query.value(0).toString());
        } else {
            failure =
                StorageDatabase::errorFrom(query.lastError(), tr("Hoist could not read its history: %1"));
        }
    }
    if (error)
        *error = failure;
    return names;
}

// Same content, not same place: a file renamed, moved or copied elsewhere with its modification time
// kept holds the bytes the server already has, while the same path with another size or time is a new
// version that must go. Size and time are known without reading the file (hashing a 100,000-file drop
// would take minutes); SHA-256, when both sides computed it, settles the rest: a mismatch means other
// bytes despite equal size and time (a tool that restores times, an edit within a coarse timestamp).
std::optional<HistoryRecord> History::uploadedAlready(const Content& content, StorageError* error) const
{
    return newest(content, HistoryRecord::State::Succeeded, error);
}

std::optional<HistoryRecord> History::outcomeUnknown(const Content& content, StorageError* error) const
{
    std::optional<HistoryRecord> uploaded = uploadedAlready(content, error);
    if (uploaded || (error && error->isError()))
        return std::nullopt;
    return newest(content, HistoryRecord::State::Unknown, error);
}

std::optional<HistoryRecord> History::newest(const Content& content, HistoryRecord::State state,
                                             StorageError* error) const
{
    if (content.size < 0) {
        if (error)
            *error = StorageError();
        return std::nullopt;
    }
    QString where = u"profile = ? AND state = ? AND size = ? AND mtime = ? "
                    u"AND (? = '' OR sha256 = '' OR sha256 = ?)"_s;
    const QString sha = StorageDatabase::text(content.sha256.toLower());
    QVariantList values{StorageDatabase::text(content.profile),
                        HistoryRecord::stateName(state),
                        content.size,
                        content.mtimeMs,
                        sha,
                        sha};
    if (!content.address.isEmpty()) {
        where += u" AND address = ?"_s;
        values.append(content.address);
    }
    const QList<HistoryRecord> found =
        select(where, values, u" ORDER BY time DESC, id DESC LIMIT 1"_s, false, error);
    return found.isEmpty() ? std::nullopt : std::optional(found.constFirst());
}

bool History::attemptEndedSince(const QUuid& uuid, const QDateTime& time, StorageError* error) const
{
    return !select(u"uuid = ? AND time >= ?"_s,
                   {uuid.toString(QUuid::WithoutBraces), time.toMSecsSinceEpoch()}, u" LIMIT 1"_s, false,
                   error)
                .isEmpty();
}

History::Retention History::Retention::load(const QString& settingsFile)
{
    const QSettings settings(settingsFile, QSettings::IniFormat);
    return {qMax(0, settings.value(u"history/keepDays"_s, 0).toInt()),
            qMax(0, settings.value(u"history/keepEntries"_s, 0).toInt())};
}

void History::Retention::save(const QString& settingsFile) const
{
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.setValue(u"history/keepDays"_s, days);
    settings.setValue(u"history/keepEntries"_s, entries);
}

int History::applyRetention(const Retention& retention, const QDateTime& now, StorageError* error) const
{
    int removed = 0;
    const QString sentence = tr("Hoist could not remove old entries from its history: %1");
    const StorageError failure = m_database.write(
        [&](QSqlDatabase& db) -> StorageError {
            QSqlQuery query(db);
            if (retention.days > 0) {
                query.prepare(u"DELETE FROM history WHERE time < ?"_s);
                query.addBindValue(now.toMSecsSinceEpoch() - retention.days * msPerDay);
                if (!query.exec())
                    return StorageDatabase::errorFrom(query.lastError(), sentence);
                removed += query.numRowsAffected();
            }
            if (retention.entries > 0) {
                query.prepare(u"DELETE FROM history WHERE id IN (SELECT id FROM history "
                              u"ORDER BY time DESC, id DESC LIMIT -1 OFFSET ?)"_s);
                query.addBindValue(retention.entries);
                if (!query.exec())
                    return StorageDatabase::errorFrom(query.lastError(), sentence);
                removed += query.numRowsAffected();
            }
            return StorageError();
        },
        sentence);
    if (error)
        *error = failure;
    return failure.isError() ? 0 : removed;
}

QList<HistoryRecord> History::select(const QString& where, const QVariantList& values, const QString& tail,
                                     bool withAnswer, StorageError* error) const
{
    StorageError failure;
    QList<HistoryRecord> records;
    QSqlDatabase db = m_database.connection(&failure);
    if (db.isOpen()) {
        QSqlQuery& query = prepared(
            db, u"SELECT "_s + columns + (withAnswer ? u", answer_headers, answer_body"_s : QString()) +
                    u" FROM history"_s + (where.isEmpty() ? QString() : u" WHERE "_s + where) + tail);
        for (const QVariant& value : values)
            query.addBindValue(value);
        if (query.exec()) {
            while (query.next())
                records.append(fromRow(query, withAnswer));
        } else {
            failure =
                StorageDatabase::errorFrom(query.lastError(), tr("Hoist could not read its history: %1"));
        }
        query.finish(); // no read transaction stays open: the WAL can be checkpointed
    }
    if (error)
        *error = failure;
    return records;
}

// Prepared once per thread and statement: SQLite takes longer to compile the SELECT than to run it,
// and a drop asks once per file whether it was uploaded already.
QSqlQuery& History::prepared(const QSqlDatabase& db, const QString& sql) const
{
    const QString key = QString::number(reinterpret_cast<quintptr>(QThread::currentThread())) + u' ' + sql;
    auto found = m_prepared.find(key);
    if (found == m_prepared.end()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(sql); // a failure shows when it is executed
        found = m_prepared.insert(key, query);
    }
    return *found;
}

HistoryRecord History::fromRow(const QSqlQuery& query, bool withAnswer)
{
    HistoryRecord record;
    record.id = query.value(0).toLongLong();
    record.uuid = QUuid::fromString(query.value(1).toString());
    record.time = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    record.profile = query.value(3).toString();
    record.m_address = query.value(4).toString();
    record.path = query.value(5).toString();
    record.size = query.value(6).toLongLong();
    record.mtimeMs = query.value(7).toLongLong();
    record.sha256 = query.value(8).toString();
    // A state this code does not know reads as Unknown: it claims nothing.
    record.state =
        HistoryRecord::stateFromName(query.value(9).toString()).value_or(HistoryRecord::State::Unknown);
    record.httpStatus = query.value(10).toInt();
    record.fields = fieldsFrom(query.value(11).toString());
    record.message = query.value(12).toString();
    record.msToFirstByte = query.value(13).toLongLong();
    record.msTotal = query.value(14).toLongLong();
    record.bodyTotalBytes = query.value(15).toLongLong();
    record.bodyTruncated = query.value(16).toInt() != 0;
    if (withAnswer) {
        record.headers = headersFrom(query.value(17).toString());
        record.body = query.value(18).toByteArray();
    }
    return record;
}
