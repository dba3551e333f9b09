#pragma once

#include "app/storage/HistoryRecord.h"
#include "app/storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

class StorageDatabase;

// Every upload attempt, for good: recorded once each, searched by profile, state, date and name,
// asked whether a file was uploaded already, trimmed by the user's retention setting.
class History
{
    Q_DECLARE_TR_FUNCTIONS(History)

public:
    static constexpr qint64 DefaultBodyCap = 64 * 1024;

    struct Query
    {
        QString profile;                    // empty: any
        QList<HistoryRecord::State> states; // empty: any
        QDateTime since;                    // invalid: any time
        QString nameContains;               // in the file's name, case-insensitive; empty: any
        int limit = 1000;                   // 0: no limit
        bool withAnswer = false;            // the answer's headers and body too (record(id) has them)
    };
    // The file whose upload is looked for, and where to.
    struct Content
    {
        QString profile;
        QString address; // masked, as HistoryRecord::address(); empty: any address of the profile
        qint64 size = -1;
        qint64 mtimeMs = 0;
        QString sha256; // empty: not known
    };
    struct Retention
    {
        int days = 0;    // records older than this go; 0: no age limit
        int entries = 0; // only the newest this many stay; 0: no count limit

        // The user's choice, kept in the settings file (group "history").
        static Retention load(const QString& settingsFile);
        void save(const QString& settingsFile) const;

        bool operator==(const Retention&) const = default;
    };

    explicit History(StorageDatabase& database, qint64 bodyCap = DefaultBodyCap);

    qint64 bodyCap() const { return m_bodyCap; }
    // Writes and commits one record: secret-looking answer headers are masked, the body is capped
    // (bodyTruncated set). *id gets the new record's id.
    StorageError add(const HistoryRecord& record, qint64* id = nullptr) const;
    // Newest first.
    QList<HistoryRecord> find(const Query& query, StorageError* error = nullptr) const;
    // One record with its answer.
    std::optional<HistoryRecord> record(qint64 id, StorageError* error = nullptr) const;
    // Every profile some record names, sorted: what the history can be filtered by.
    QStringList profiles(StorageError* error = nullptr) const;
    // The newest succeeded upload of the same content to the same destination, wherever the file
    // lay then (see the definition for what "same content" is).
    std::optional<HistoryRecord> uploadedAlready(const Content& content, StorageError* error = nullptr) const;
    // The newest attempt for the same content and destination whose outcome is unknown, when none
    // succeeded: the server may have it, nobody knows.
    std::optional<HistoryRecord> outcomeUnknown(const Content& content, StorageError* error = nullptr) const;
    // Whether an attempt of this queue item was recorded at or after time (its answer came after the
    // journal's body-sent mark).
    bool attemptEndedSince(const QUuid& uuid, const QDateTime& time, StorageError* error = nullptr) const;
    // Deletes what the user's retention setting no longer keeps; returns how many records went.
    int applyRetention(const Retention& retention, const QDateTime& now = QDateTime::currentDateTimeUtc(),
                       StorageError* error = nullptr) const;

private:
    std::optional<HistoryRecord> newest(const Content& content, HistoryRecord::State state,
                                        StorageError* error) const;
    QList<HistoryRecord> select(const QString& where, const QVariantList& values, const QString& tail,
                                bool withAnswer, StorageError* error) const;
    QSqlQuery& prepared(const QSqlDatabase& db, const QString& sql) const;
    static HistoryRecord fromRow(const QSqlQuery& query, bool withAnswer);

    StorageDatabase& m_database;
    qint64 m_bodyCap;
    mutable QHash<QString, QSqlQuery> m_prepared; // "thread SQL" → its statement
};
