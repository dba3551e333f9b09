#include "app/storage/StorageDatabase.h"

#include "app/storage/StorageSchema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {
// SQLite's primary result codes (Qt reports the extended ones: the low byte is the primary code).
enum SqliteCode
{
    SqliteError = 1,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteCorrupt = 11,
    SqliteNotADatabase = 26,
};

int sqliteCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

// What the file at the path is, before anything is written to it.
struct Inspection
{
    enum class Verdict
    {
        Usable,
        Damaged,
        Newer,
        Unavailable, // locked, unreadable, disk trouble …: not the file's fault, so it is left alone
    };
    Verdict verdict = Verdict::Usable;
    int version = 0;
    QString detail;
};

// Only a file SQLite itself calls damaged (or whose schema is not Hoist's) is moved aside; a locked or
// unreadable one is someone else's business and stays where it is.
Inspection judge(const QSqlError& error)
{
    const int code = sqliteCode(error);
    const bool damaged = code == SqliteError || code == SqliteCorrupt || code == SqliteNotADatabase;
    return {damaged ? Inspection::Verdict::Damaged : Inspection::Verdict::Unavailable, 0, error.text()};
}

quint64 threadKey()
{
    // A QThread pointer can be reused by a later thread; this key never is.
    static std::atomic<quint64> next{1};
    thread_local const quint64 key = next++;
    return key;
}

QString uniqueConnectionName()
{
    static std::atomic<quint64> next{1};
    return u"hoist-storage-"_s + QString::number(next++);
}

QSqlDatabase addConnection(const QString& path, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(StorageDatabase::BusyTimeoutMs));
    return db;
}

// A connection for one job at start-up, closed and removed before the file may be moved.
Inspection withConnection(const QString& path, const std::function<Inspection(QSqlDatabase&)>& work)
{
    const QString name = uniqueConnectionName();
    Inspection result;
    {
        QSqlDatabase db = addConnection(path, name);
        result = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Inspection inspect(const QString& path)
{
    QFile file(path);
    if (file.size() > 0) {
        // Checked before SQLite sees the file: nothing is written to something that is not a database.
        if (!file.open(QIODevice::ReadOnly))
            return {Inspection::Verdict::Unavailable, 0, file.errorString()};
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return {Inspection::Verdict::Damaged, 0, QString()};
    }
    return withConnection(path, [](QSqlDatabase& db) -> Inspection {
        if (!db.open())
            return judge(db.lastError());
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return judge(query.lastError());
        const int version = query.value(0).toInt();
        if (version > StorageSchema::currentVersion())
            return {Inspection::Verdict::Newer, version, QString()};
        if (!query.exec(u"PRAGMA quick_check"_s))
            return judge(query.lastError());
        if (!query.next() || query.value(0).toString() != u"ok"_s)
            return {Inspection::Verdict::Damaged, version, QString()};
        query.finish();
        if (version == StorageSchema::currentVersion()) {
            for (const StorageSchema::Table& table : StorageSchema::tables()) {
                if (!query.exec(u"SELECT "_s + table.columns.join(u", "_s) + u" FROM "_s + table.name +
                                u" LIMIT 0"_s))
                    return judge(query.lastError());
            }
        }
        return {Inspection::Verdict::Usable, version, QString()};
    });
}

// WAL mode (kept in the file) and the migrations from the file's version to the current one, in one
// transaction: a migration that fails leaves the file as it was.
Inspection prepare(const QString& path)
{
    return withConnection(path, [](QSqlDatabase& db) -> Inspection {
        if (!db.open())
            return judge(db.lastError());
        QSqlQuery query(db);
        // A file system without shared memory keeps the old journal mode; the database still works.
        if (!query.exec(u"PRAGMA journal_mode=WAL"_s))
            return judge(query.lastError());
        query.finish();
        if (!query.exec(u"BEGIN IMMEDIATE"_s))
            return judge(query.lastError());
        const auto failed = [&](const QSqlError& error) {
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return judge(error);
        };
        // Read again inside the transaction: another Hoist may have migrated the file meanwhile.
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return failed(query.lastError());
        const int version = query.value(0).toInt();
        query.finish();
        if (version > StorageSchema::currentVersion()) {
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return {Inspection::Verdict::Newer, version, QString()};
        }
        for (const StorageSchema::Migration& migration : StorageSchema::migrations()) {
            if (migration.version <= version)
                continue;
            for (const QString& statement : migration.statements) {
                if (!query.exec(statement))
                    return failed(query.lastError());
            }
            if (!query.exec(u"PRAGMA user_version = "_s + QString::number(migration.version)))
                return failed(query.lastError());
        }
        if (!query.exec(u"COMMIT"_s))
            return failed(query.lastError());
        return {Inspection::Verdict::Usable, version, QString()};
    });
}

const QStringList& companionSuffixes()
{
    // A database's WAL, its index, and a rollback journal belong to it and move with it.
    static const QStringList suffixes{u"-wal"_s, u"-shm"_s, u"-journal"_s};
    return suffixes;
}

bool anyFileOf(const QString& base)
{
    if (QFileInfo::exists(base))
        return true;
    for (const QString& suffix : companionSuffixes()) {
        if (QFileInfo::exists(base + suffix))
            return true;
    }
    return false;
}

// Renames the file and its companions to path.LABEL-YYYYMMDD-HHMMSS[-N]; returns the new name of the
// main file, or an empty string with *failure set.
QString moveAside(const QString& path, const QString& label, QString* failure)
{
    const QString stem =
        path + u'.' + label + u'-' + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = stem;
    for (int n = 2; anyFileOf(target); ++n)
        target = stem + u'-' + QString::number(n);
    QStringList suffixes{QString()};
    suffixes += companionSuffixes();
    for (const QString& suffix : suffixes) {
        QFile file(path + suffix);
        if (file.exists() && !file.rename(target + suffix)) {
            *failure = file.errorString();
            return QString();
        }
    }
    return target;
}
} // namespace

StorageDatabase::StorageDatabase(const QString& path)
    : m_path(path)
{
    m_report = open();
}

StorageDatabase::~StorageDatabase()
{
    QMutexLocker locker(&m_mutex);
    for (const auto& [thread, name] : m_connections)
        QSqlDatabase::removeDatabase(name);
    m_connections.clear();
}

QString StorageDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/hoist.sqlite"_s;
}

StorageDatabase::Report StorageDatabase::unavailable(const QString& detail) const
{
    return unavailable(detail, Report());
}

StorageDatabase::Report StorageDatabase::unavailable(const QString& detail, const Report& moved) const
{
    QString message = tr("Hoist could not open its history database %1 (%2). The queue and the history "
                         "are not kept until Hoist is started again.")
                          .arg(QDir::toNativeSeparators(m_path), detail);
    if (!moved.message.isEmpty())
        message = moved.message + u' ' + message;
    return {Opening::Unavailable, moved.movedTo, message};
}

StorageDatabase::Report StorageDatabase::open()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return unavailable(tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(folder)));

    Report report{anyFileOf(m_path) ? Opening::Opened : Opening::Created, QString(), QString()};
    Inspection inspection = anyFileOf(m_path) ? inspect(m_path) : Inspection{};
    if (inspection.verdict == Inspection::Verdict::Usable) {
        inspection = prepare(m_path);
        if (inspection.verdict == Inspection::Verdict::Usable && inspection.version == 0)
            report.opening = Opening::Created;
    }
    if (inspection.verdict == Inspection::Verdict::Unavailable)
        return unavailable(inspection.detail);
    if (inspection.verdict == Inspection::Verdict::Usable)
        return report;

    const bool newer = inspection.verdict == Inspection::Verdict::Newer;
    QString failure;
    const QString movedTo = moveAside(m_path, newer ? u"newer"_s : u"damaged"_s, &failure);
    if (movedTo.isEmpty()) {
        return unavailable(tr("the file cannot be read and could not be moved aside: %1").arg(failure));
    }
    const QString shown = QDir::toNativeSeparators(movedTo);
    report = newer ? Report{Opening::MovedNewer, movedTo,
                            tr("Hoist's history database was written by a newer version of Hoist; it "
                               "was moved to %1 and a new one was started.")
                                .arg(shown)}
                   : Report{Opening::MovedDamaged, movedTo,
                            tr("Hoist's history database was damaged; it was moved to %1 and a new one "
                               "was started.")
                                .arg(shown)};
    inspection = prepare(m_path);
    if (inspection.verdict != Inspection::Verdict::Usable)
        return unavailable(inspection.detail, report);
    return report;
}

QSqlDatabase StorageDatabase::connection(StorageError* error) const
{
    StorageError ignored;
    StorageError& failure = error ? *error : ignored;
    if (!isUsable()) {
        failure = {StorageError::Kind::Unavailable,
                   tr("Hoist's history database could not be opened when Hoist started; nothing is "
                      "kept until Hoist is started again.")};
        return QSqlDatabase();
    }
    const quint64 thread = threadKey();
    QMutexLocker locker(&m_mutex);
    if (const auto found = m_connections.find(thread); found != m_connections.end())
        return QSqlDatabase::database(found->second, false);

    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = addConnection(m_path, name);
        if (db.open()) {
            QSqlQuery pragma(db);
            // With WAL, NORMAL loses no commit when the program is killed, only when the machine loses
            // power before the next checkpoint; FULL would cost an fsync per commit.
            // A big batch grows the WAL past the checkpoint size; the file is cut back afterwards.
            if (pragma.exec(u"PRAGMA synchronous=NORMAL"_s) &&
                pragma.exec(u"PRAGMA journal_size_limit="_s + QString::number(WalSizeLimit))) {
                m_connections.emplace(thread, name);
                return db;
            }
            failure = errorFrom(pragma.lastError(), tr("Hoist could not open its history database: %1"));
        } else {
            failure = errorFrom(db.lastError(), tr("Hoist could not open its history database: %1"));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return QSqlDatabase();
}

void StorageDatabase::releaseConnection() const
{
    QMutexLocker locker(&m_mutex);
    if (const auto found = m_connections.find(threadKey()); found != m_connections.end()) {
        QSqlDatabase::removeDatabase(found->second);
        m_connections.erase(found);
    }
}

StorageError StorageDatabase::write(const std::function<StorageError(QSqlDatabase&)>& work,
                                    const QString& sentence) const
{
    StorageError error;
    QSqlDatabase db = connection(&error);
    if (error.isError())
        return error;
    QSqlQuery control(db);
    // IMMEDIATE takes the write lock up front, so the busy timeout applies; a deferred transaction
    // that upgrades while another connection writes fails at once.
    if (!control.exec(u"BEGIN IMMEDIATE"_s))
        return errorFrom(control.lastError(), sentence);
    error = work(db);
    if (!error.isError() && control.exec(u"COMMIT"_s))
        return StorageError();
    if (!error.isError())
        error = errorFrom(control.lastError(), sentence);
    control.exec(u"ROLLBACK"_s);
    return error;
}

StorageError StorageDatabase::errorFrom(const QSqlError& error, const QString& sentence)
{
    const int code = sqliteCode(error);
    const bool busy = code == SqliteBusy || code == SqliteLocked;
    return {busy ? StorageError::Kind::Busy : StorageError::Kind::Failed, sentence.arg(error.text())};
}
