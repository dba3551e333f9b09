#include "app/storage/History.h"
#include "app/storage/HistoryRecord.h"
#include "app/storage/StorageDatabase.h"
#include "app/storage/StorageSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs statements on a connection of the test's own, outside StorageDatabase, and closes it.
bool rawExec(const QString& path, const QStringList& statements, QString* firstValue = nullptr)
{
    const QString name = u"test-raw-"_s + QString::number(QRandomGenerator::global()->generate64());
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (!ok)
                break;
            ok = query.exec(statement);
            if (!ok)
                qInfo() << statement << query.lastError().text();
            if (ok && firstValue && query.next())
                *firstValue = query.value(0).toString();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString pragma(const StorageDatabase& database, const QString& name)
{
    QSqlQuery query(database.connection());
    return query.exec(u"PRAGMA "_s + name) && query.next() ? query.value(0).toString() : QString();
}

// The new database takes a record and gives it back.
bool works(StorageDatabase& database)
{
    History history(database);
    HistoryRecord record;
    record.uuid = QUuid::createUuid();
    record.path = u"/photos/works.jpg"_s;
    record.profile = u"Check"_s;
    qint64 id = 0;
    if (history.add(record, &id).isError())
        return false;
    const std::optional<HistoryRecord> found = history.record(id);
    return found && found->uuid == record.uuid && found->path == record.path;
}
} // namespace

class TestStorageDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshDatabaseHasCurrentSchema();
    void garbageIsMovedAside();
    void futureVersionIsMovedAside();
    void foreignSchemaIsMovedAside();
    void corruptPagesAreMovedAside();
    void movedNamesNeverCollide();
    void openingTwice();
    void lockedDatabaseIsLeftAlone();
    void unusableFolderStillStarts();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestStorageDatabase::init()
{
    // "connection … still in use", "database does not belong to the calling thread" …
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"data/hoist.sqlite"_s); // the folder does not exist yet
}

void TestStorageDatabase::freshDatabaseHasCurrentSchema()
{
    StorageDatabase database(m_path);
    QCOMPARE(database.report().opening, StorageDatabase::Opening::Created);
    QVERIFY(database.report().message.isEmpty());
    QVERIFY(database.isUsable());
    QVERIFY(StorageSchema::currentVersion() >= 1);
    QCOMPARE(pragma(database, u"user_version"_s).toInt(), StorageSchema::currentVersion());
    QCOMPARE(pragma(database, u"journal_mode"_s), u"wal"_s);
    QCOMPARE(pragma(database, u"synchronous"_s), u"1"_s); // NORMAL
    QVERIFY(works(database));
}

void TestStorageDatabase::garbageIsMovedAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QByteArray garbage = "This is not a database at all.\n";
    for (int i = 0; i < 4096; ++i)
        garbage.append(static_cast<char>(QRandomGenerator::global()->bounded(256)));
    const QByteArray wal = "a WAL that belongs to the garbage";
    QVERIFY(writeAll(m_path, garbage));
    QVERIFY(writeAll(m_path + u"-wal"_s, wal));

    StorageDatabase database(m_path);
    const StorageDatabase::Report& report = database.report();
    QCOMPARE(report.opening, StorageDatabase::Opening::MovedDamaged);
    QVERIFY2(
        QRegularExpression(u"/hoist\\.sqlite\\.damaged-\\d{8}-\\d{6}$"_s).match(report.movedTo).hasMatch(),
        qPrintable(report.movedTo));
    QCOMPARE(readAll(report.movedTo), garbage);
    QCOMPARE(readAll(report.movedTo + u"-wal"_s), wal);
    QVERIFY2(report.message.contains(QDir::toNativeSeparators(report.movedTo)), qPrintable(report.message));
    QVERIFY(report.message.contains(u"damaged"_s));
    QCOMPARE(pragma(database, u"user_version"_s).toInt(), StorageSchema::currentVersion());
    QVERIFY(works(database));
}

void TestStorageDatabase::futureVersionIsMovedAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    const int future = StorageSchema::currentVersion() + 7;
    QVERIFY(rawExec(m_path, {u"CREATE TABLE from_the_future (x TEXT)"_s,
                             u"INSERT INTO from_the_future VALUES ('keep me')"_s,
                             u"PRAGMA user_version = "_s + QString::number(future)}));
    const QByteArray original = readAll(m_path);
    QVERIFY(original.startsWith("SQLite format 3"));

    StorageDatabase database(m_path);
    const StorageDatabase::Report& report = database.report();
    QCOMPARE(report.opening, StorageDatabase::Opening::MovedNewer);
    QVERIFY2(QRegularExpression(u"/hoist\\.sqlite\\.newer-\\d{8}-\\d{6}$"_s).match(report.movedTo).hasMatch(),
             qPrintable(report.movedTo));
    QCOMPARE(readAll(report.movedTo), original);
    QVERIFY2(report.message.contains(QDir::toNativeSeparators(report.movedTo)), qPrintable(report.message));
    QVERIFY(report.message.contains(u"newer"_s));
    QVERIFY(works(database));
    // The newer Hoist's data is all there for it.
    QString kept;
    QVERIFY(rawExec(report.movedTo, {u"SELECT x FROM from_the_future"_s}, &kept));
    QCOMPARE(kept, u"keep me"_s);
}

void TestStorageDatabase::foreignSchemaIsMovedAside()
{
    // The current version number, but not the tables this code reads.
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QVERIFY(
        rawExec(m_path, {u"CREATE TABLE history (something TEXT)"_s,
                         u"PRAGMA user_version = "_s + QString::number(StorageSchema::currentVersion())}));
    const QByteArray original = readAll(m_path);

    StorageDatabase database(m_path);
    QCOMPARE(database.report().opening, StorageDatabase::Opening::MovedDamaged);
    QCOMPARE(readAll(database.report().movedTo), original);
    QVERIFY(works(database));
}

void TestStorageDatabase::corruptPagesAreMovedAside()
{
    {
        StorageDatabase database(m_path);
        History history(database);
        for (int i = 0; i < 200; ++i) {
            HistoryRecord record;
            record.path = u"/photos/%1.jpg"_s.arg(i);
            record.message = QString(300, u'x');
            QVERIFY(!history.add(record).isError());
        }
    }
    QVERIFY(!QFileInfo::exists(m_path + u"-wal"_s)); // checkpointed on close: all pages are in the file
    QByteArray bytes = readAll(m_path);
    QVERIFY(bytes.size() > 8 * 4096);
    // Keep the header page, wreck the b-tree pages after it.
    for (qsizetype i = 4096; i < bytes.size(); i += 7)
        bytes[i] = static_cast<char>(0xa5);
    QVERIFY(writeAll(m_path, bytes));

    StorageDatabase database(m_path);
    QCOMPARE(database.report().opening, StorageDatabase::Opening::MovedDamaged);
    QCOMPARE(readAll(database.report().movedTo), bytes);
    QVERIFY(works(database));
}

void TestStorageDatabase::movedNamesNeverCollide()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QStringList moved;
    for (int i = 0; i < 3; ++i) { // within one second, most likely: the names must still differ
        QVERIFY(writeAll(m_path, "garbage " + QByteArray::number(i)));
        StorageDatabase database(m_path);
        QCOMPARE(database.report().opening, StorageDatabase::Opening::MovedDamaged);
        QCOMPARE(readAll(database.report().movedTo), "garbage " + QByteArray::number(i));
        moved.append(database.report().movedTo);
        QVERIFY(works(database));
        // Leave no database behind: the next round finds garbage again.
    }
    moved.removeDuplicates();
    QCOMPARE(moved.size(), 3);
}

void TestStorageDatabase::openingTwice()
{
    {
        StorageDatabase first(m_path);
        QCOMPARE(first.report().opening, StorageDatabase::Opening::Created);
        QVERIFY(works(first));
    }
    StorageDatabase again(m_path);
    QCOMPARE(again.report().opening, StorageDatabase::Opening::Opened);
    QVERIFY(again.report().message.isEmpty());
    // Two at once (the desktop app and a command-line run): both read and write the same file.
    StorageDatabase other(m_path);
    QCOMPARE(other.report().opening, StorageDatabase::Opening::Opened);
    QVERIFY(works(other));
    History history(again);
    QCOMPARE(history.find({u"Check"_s, {}, {}, {}, 10, false}).size(), 2);
    QCOMPARE(QDir(QFileInfo(m_path).absolutePath()).entryList({u"*damaged*"_s, u"*newer*"_s}), QStringList());
}

void TestStorageDatabase::lockedDatabaseIsLeftAlone()
{
    {
        StorageDatabase create(m_path);
    }
    // Another program holds the file locked for longer than Hoist waits: not damage, so not moved.
    const QString name = u"test-locker"_s;
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        locker.setDatabaseName(m_path);
        QVERIFY(locker.open());
        QSqlQuery query(locker);
        QVERIFY(query.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s));
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(query.exec(
            u"INSERT INTO journal_changes (uuid, seq, state, time, message) VALUES ('x', 1, 'queued', 0, '')"_s));

        StorageDatabase blocked(m_path);
        QCOMPARE(blocked.report().opening, StorageDatabase::Opening::Unavailable);
        QVERIFY(!blocked.report().message.isEmpty());
        QVERIFY(QFileInfo::exists(m_path));
        QCOMPARE(QDir(QFileInfo(m_path).absolutePath()).entryList({u"*damaged*"_s, u"*newer*"_s}),
                 QStringList());
        QVERIFY(query.exec(u"ROLLBACK"_s));
        query.finish();
        locker.close();
    }
    QSqlDatabase::removeDatabase(name);
    StorageDatabase afterwards(m_path);
    QCOMPARE(afterwards.report().opening, StorageDatabase::Opening::Opened);
    QVERIFY(works(afterwards));
}

void TestStorageDatabase::unusableFolderStillStarts()
{
    const QString blocker = m_dir->filePath(u"a-file"_s);
    QVERIFY(writeAll(blocker, "not a folder"));
    StorageDatabase database(blocker + u"/hoist.sqlite"_s);
    QCOMPARE(database.report().opening, StorageDatabase::Opening::Unavailable);
    QVERIFY(database.report().message.contains(QDir::toNativeSeparators(blocker)));
    QVERIFY(!database.isUsable());
    StorageError error;
    QVERIFY(!database.connection(&error).isOpen());
    QCOMPARE(error.kind, StorageError::Kind::Unavailable);
    QVERIFY(!error.message.isEmpty());
    History history(database);
    QCOMPARE(history.add(HistoryRecord()).kind, StorageError::Kind::Unavailable);
    QVERIFY(history.find({}, &error).isEmpty());
    QCOMPARE(error.kind, StorageError::Kind::Unavailable);
}

QTEST_GUILESS_MAIN(TestStorageDatabase)
#include "TestStorageDatabase.moc"
