#pragma once

#include "app/storage/StorageError.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <map>

class QSqlError;

// Opens Hoist's one SQLite file (WAL, a schema version with ordered migrations), moves a damaged file
// or one a newer Hoist wrote aside instead of overwriting it, and gives each thread its own connection.
class StorageDatabase
{
    Q_DECLARE_TR_FUNCTIONS(StorageDatabase)

public:
    enum class Opening
    {
        Opened,       // an existing database, migrated to the current schema when it was older
        Created,      // there was none: a new one was made
        MovedDamaged, // the file was not a database Hoist can read: moved aside, a new one started
        MovedNewer,   // a newer Hoist wrote it: moved aside (that Hoist can still use it), a new one started
        Unavailable,  // nothing could be opened: the queue and the history are not kept this session
    };
    struct Report
    {
        Opening opening = Opening::Unavailable;
        QString movedTo; // where the old file went (MovedDamaged, MovedNewer), with its -wal and -shm
        QString message; // for the user; empty when there is nothing to tell (Opened, Created)
    };

    static constexpr int BusyTimeoutMs = 5000;
    static constexpr qint64 WalSizeLimit = 4 * 1024 * 1024;

    // Never throws or aborts: whatever lies at path, Hoist starts, and report() says what happened.
    explicit StorageDatabase(const QString& path = defaultPath());
    // Closes every thread's connection: destroy it after the threads that used it stopped using it.
    ~StorageDatabase();
    StorageDatabase(const StorageDatabase&) = delete;
    StorageDatabase& operator=(const StorageDatabase&) = delete;

    static QString defaultPath(); // AppDataLocation/hoist.sqlite
    QString path() const { return m_path; }
    const Report& report() const { return m_report; }
    bool isUsable() const { return m_report.opening != Opening::Unavailable; }

    // The calling thread's own connection (Qt lets a connection be used only by the thread that made
    // it), opened on first use. Not open when the database is unusable or opening failed: *error says
    // why. Hold the returned object only for the duration of one task.
    QSqlDatabase connection(StorageError* error = nullptr) const;
    // Closes the calling thread's connection; a thread that ends before this object calls it (else the
    // connection is closed by the destructor).
    void releaseConnection() const;

    // Runs work in one write transaction (BEGIN IMMEDIATE … COMMIT) on the calling thread's connection,
    // rolled back when work returns an error. sentence has %1 for SQLite's own words.
    StorageError write(const std::function<StorageError(QSqlDatabase&)>& work, const QString& sentence) const;
    // A StorageError from a failed statement: sentence with %1 for SQLite's own words.
    static StorageError errorFrom(const QSqlError& error, const QString& sentence);
    // Text to bind: Qt binds a null QString as NULL, which every text column refuses.
    static QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value; }

private:
    Report open();
    Report unavailable(const QString& detail) const;
    Report unavailable(const QString& detail, const Report& moved) const;

    QString m_path;
    Report m_report;
    mutable QMutex m_mutex;
    mutable std::map<quint64, QString> m_connections; // thread key → connection name
};
