#include "app/storage/Journal.h"
#include "app/storage/JournalEntry.h"
#include "app/storage/StorageDatabase.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <chrono>
#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using State = JournalEntry::State;

namespace {
// Nothing leaves the buffer by time in these tests unless a test says so.
constexpr Journal::Batching manualBatching{1000, std::chrono::hours(1)};
const char* const crashDirVariable = "HOIST_TEST_JOURNAL_CRASH_DIR";

QUuid uuidFor(int n)
{
    return QUuid::fromString(u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0')));
}

JournalEntry entryFor(int n)
{
    JournalEntry entry;
    entry.uuid = uuidFor(n);
    entry.path = u"/photos/%1/picture-%2.jpg"_s.arg(n % 7).arg(n);
    entry.size = 1000 + n;
    entry.mtimeMs = 1'700'000'000'000 + n;
    entry.destination = n % 2 ? u"Xibo"_s : u"Squidex"_s;
    entry.values = QJsonObject{{u"name"_s, u"Picture %1"_s.arg(n)}, {u"folder"_s, QString::number(n % 3)}};
    return entry;
}

// Items whose journal row another connection (another StorageDatabase) can see: what is committed.
int committedItems(const QString& path)
{
    StorageDatabase other(path);
    QSqlQuery query(other.connection());
    return query.exec(u"SELECT COUNT(*) FROM journal_items"_s) && query.next() ? query.value(0).toInt() : -1;
}

// The child of crashKeepsTheBodySentMark: writes, then dies by SIGKILL with writes still buffered.
int crashingChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    StorageDatabase database(qEnvironmentVariable(crashDirVariable) + u"/hoist.sqlite"_s);
    auto* journal = new Journal(database, u"desktop"_s, manualBatching); // never destroyed: it crashes
    for (int n = 1; n <= 5; ++n)
        journal->recordItem(entryFor(n)); // buffered
    journal->recordState(uuidFor(2), State::Uploading);
    if (journal->recordBodySent(uuidFor(3)).isError()) // commits all of the above with the mark
        return 2;
    journal->recordState(uuidFor(4), State::Failed, u"never written"_s);
    journal->recordState(uuidFor(3), State::Succeeded);
    journal->recordRemoved({uuidFor(5)});
    if (journal->pendingWrites() != 3)
        return 3;
    std::raise(SIGKILL);
    return 4;
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTripAcrossReopening();
    void crashKeepsTheBodySentMark();
    void writesAreBatchedByCount();
    void writesAreBatchedByTime();
    void secondThreadWrites();
    void queuesAreSeparate();
    void failedCommitKeepsTheWrites();
    void writerRetriesAfterAFailure();
    void unusableDatabase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestJournal::init()
{
    // "connection … still in use", "database does not belong to the calling thread" …
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"hoist.sqlite"_s);
}

void TestJournal::roundTripAcrossReopening()
{
    {
        StorageDatabase database(m_path);
        Journal journal(database, u"desktop"_s, manualBatching);
        for (int n = 1; n <= 6; ++n)
            journal.recordItem(entryFor(n));
        journal.recordState(uuidFor(1), State::Uploading);
        journal.recordState(uuidFor(1), State::Succeeded);
        journal.recordState(uuidFor(2), State::Cancelled);
        journal.recordState(uuidFor(3), State::Failed, u"The server answered 413: the file is too large."_s);
        QVERIFY(!journal.recordBodySent(uuidFor(4)).isError());
        journal.recordValues(uuidFor(5), QJsonObject{{u"name"_s, u"Renamed"_s}});
        journal.recordRemoved({uuidFor(6)});
        // Recorded again (a retry to another destination): new values, same place in the queue.
        JournalEntry again = entryFor(3);
        again.destination = u"Mayan"_s;
        again.state = State::Queued;
        journal.recordItem(again);
        // A late change of a removed item leaves no trace.
        journal.recordState(uuidFor(6), State::Failed);
    } // the destructor commits what is buffered

    StorageDatabase database(m_path);
    QCOMPARE(database.report().opening, StorageDatabase::Opening::Opened);
    Journal journal(database, u"desktop"_s, manualBatching);
    StorageError error;
    const QList<JournalEntry> entries = journal.unfinished(&error);
    QVERIFY(!error.isError());
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).uuid, uuidFor(3));
    QCOMPARE(entries.at(0).destination, u"Mayan"_s);
    QCOMPARE(entries.at(0).state, State::Queued);
    QCOMPARE(entries.at(1).uuid, uuidFor(4));
    QCOMPARE(entries.at(1).state, State::BodySent);
    QVERIFY(entries.at(1).bodySent());
    QVERIFY(!entries.at(0).bodySent());
    const JournalEntry expected = entryFor(4);
    QCOMPARE(entries.at(1).path, expected.path);
    QCOMPARE(entries.at(1).size, expected.size);
    QCOMPARE(entries.at(1).mtimeMs, expected.mtimeMs);
    QCOMPARE(entries.at(1).destination, expected.destination);
    QCOMPARE(entries.at(1).values, expected.values);
    QVERIFY(entries.at(1).updatedAt.isValid());
    QCOMPARE(entries.at(2).uuid, uuidFor(5));
    QCOMPARE(entries.at(2).values, QJsonObject({{u"name"_s, u"Renamed"_s}}));

    const QList<JournalEntry::Change> changes = journal.changes(uuidFor(3));
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes.at(0).state, State::Queued);
    QCOMPARE(changes.at(1).state, State::Failed);
    QCOMPARE(changes.at(1).message, u"The server answered 413: the file is too large."_s);
    QCOMPARE(changes.at(2).state, State::Queued);
    QVERIFY(changes.at(0).time <= changes.at(2).time);
    QCOMPARE(journal.changes(uuidFor(6)).size(), 0);
    QCOMPARE(journal.changes(uuidFor(1)).size(), 3); // finished, kept until Clear Finished

    journal.recordRemoved({uuidFor(1), uuidFor(2)}); // Clear Finished
    QVERIFY(!journal.flush().isError());
    QCOMPARE(journal.changes(uuidFor(1)).size(), 0);
    QCOMPARE(committedItems(m_path), 3);
}

void TestJournal::crashKeepsTheBodySentMark()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(crashDirVariable), m_dir->path());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(30'000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit); // killed, not returned with a code

    StorageDatabase database(m_path);
    QCOMPARE(database.report().opening, StorageDatabase::Opening::Opened);
    Journal journal(database, u"desktop"_s, manualBatching);
    const QList<JournalEntry> entries = journal.unfinished();
    // The mark, and everything buffered before it, was committed before recordBodySent returned;
    // what was only buffered afterwards died with the process.
    QCOMPARE(entries.size(), 5);
    QList<State> states;
    for (int n = 1; n <= 5; ++n) {
        QCOMPARE(entries.at(n - 1).uuid, uuidFor(n));
        QCOMPARE(entries.at(n - 1).path, entryFor(n).path);
        QCOMPARE(entries.at(n - 1).values, entryFor(n).values);
        states.append(entries.at(n - 1).state);
    }
    QCOMPARE(states,
             QList<State>({State::Queued, State::Uploading, State::BodySent, State::Queued, State::Queued}));
    QVERIFY(entries.at(2).bodySent());
}

void TestJournal::writesAreBatchedByCount()
{
    StorageDatabase database(m_path);
    Journal journal(database, u"desktop"_s, {3, std::chrono::hours(1)});
    journal.recordItem(entryFor(1));
    journal.recordItem(entryFor(2));
    QCOMPARE(journal.pendingWrites(), 2);
    QCOMPARE(committedItems(m_path), 0);
    journal.recordItem(entryFor(3)); // the third write has the writer thread commit the batch
    QTRY_COMPARE(committedItems(m_path), 3);
    QCOMPARE(journal.pendingWrites(), 0);
}

void TestJournal::writesAreBatchedByTime()
{
    StorageDatabase database(m_path);
    Journal journal(database, u"desktop"_s, {1000, 50ms});
    journal.recordItem(entryFor(1));
    QCOMPARE(journal.pendingWrites(), 1);
    QTRY_COMPARE(committedItems(m_path), 1); // committed by the writer thread
    QCOMPARE(journal.pendingWrites(), 0);
}

void TestJournal::secondThreadWrites()
{
    StorageDatabase database(m_path);
    Journal journal(database, u"desktop"_s, manualBatching);
    QSignalSpy failures(&journal, &Journal::writeFailed);
    constexpr int count = 200;
    for (int n = 1; n <= count; ++n)
        journal.recordItem(entryFor(n));
    QVERIFY(!journal.flush().isError());

    // The network thread marks bodies sent while this thread goes on recording states.
    int errors = 0;
    std::unique_ptr<QThread> network(QThread::create([&] {
        for (int n = 1; n <= count; ++n) {
            if (journal.recordBodySent(uuidFor(n)).isError())
                ++errors;
        }
        journal.recordState(uuidFor(1), State::Failed, u"from the network thread"_s); // buffered
        database.releaseConnection();
    }));
    network->start();
    for (int n = 1; n <= count; ++n)
        journal.recordValues(uuidFor(n), QJsonObject{{u"name"_s, u"edited %1"_s.arg(n)}});
    QVERIFY(network->wait(60'000));
    QCOMPARE(errors, 0);
    QVERIFY(!journal.flush().isError());
    QCOMPARE(failures.size(), 0);

    const QList<JournalEntry> entries = journal.unfinished();
    QCOMPARE(entries.size(), count);
    QCOMPARE(entries.at(0).state, State::Failed);
    for (int n = 2; n <= count; ++n) {
        QCOMPARE(entries.at(n - 1).state, State::BodySent);
        QCOMPARE(entries.at(n - 1).values.value(u"name"_s).toString(), u"edited %1"_s.arg(n));
    }
    // The journal lives on in this thread after the other one ended.
    journal.recordState(uuidFor(2), State::Succeeded);
    QCOMPARE(journal.unfinished().size(), count - 1);
}

void TestJournal::queuesAreSeparate()
{
    StorageDatabase database(m_path);
    Journal desktop(database, u"desktop"_s, manualBatching);
    Journal run(database, u"cli-1234"_s, manualBatching);
    desktop.recordItem(entryFor(1));
    run.recordItem(entryFor(2));
    run.recordItem(entryFor(3));
    QCOMPARE(desktop.unfinished().size(), 1);
    QCOMPARE(run.unfinished().size(), 2);
    QCOMPARE(run.unfinished().constFirst().uuid, uuidFor(2));
}

void TestJournal::failedCommitKeepsTheWrites()
{
    StorageDatabase database(m_path);
    QStringList failures;
    QObject receiver; // goes before the journal, and takes undelivered signals with it
    Journal journal(database, u"desktop"_s, manualBatching);
    connect(&journal, &Journal::writeFailed, &receiver,
            [&](const QString& message) { failures.append(message); });
    journal.recordItem(entryFor(1));
    journal.recordState(uuidFor(1), State::Uploading);
    const QString name = u"test-locker"_s;
    {
        // Another program writes and does not let go for longer than Hoist waits.
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        locker.setDatabaseName(m_path);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
        const StorageError error = journal.recordBodySent(uuidFor(1));
        QCOMPARE(error.kind, StorageError::Kind::Busy);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(failures, QStringList({error.message}));
        QCOMPARE(journal.pendingWrites(), 3); // the item, its state and the mark, in order
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        locker.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(!journal.flush().isError());
    const QList<JournalEntry> entries = journal.unfinished();
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.constFirst().bodySent());
    QCOMPARE(journal.changes(uuidFor(1)).size(), 3);
}

void TestJournal::writerRetriesAfterAFailure()
{
    StorageDatabase database(m_path);
    QStringList failures;
    QObject receiver; // goes before the journal, and takes undelivered signals with it
    Journal journal(database, u"desktop"_s, {1000, 100ms});
    connect(&journal, &Journal::writeFailed, &receiver,
            [&](const QString& message) { failures.append(message); });
    const QString name = u"test-locker"_s;
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        locker.setDatabaseName(m_path);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
        journal.recordItem(entryFor(1));
        journal.recordState(uuidFor(1), State::Uploading);
        // The writer thread gives up after the busy timeout and says so.
        QTRY_VERIFY_WITH_TIMEOUT(!failures.isEmpty(), 4 * StorageDatabase::BusyTimeoutMs);
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        locker.close();
    }
    QSqlDatabase::removeDatabase(name);
    // … and tries again by itself once the other program let go, nothing lost, nothing twice.
    QTRY_COMPARE_WITH_TIMEOUT(committedItems(m_path), 1, 4 * StorageDatabase::BusyTimeoutMs);
    const QList<JournalEntry> entries = journal.unfinished();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().state, State::Uploading);
    QCOMPARE(journal.changes(uuidFor(1)).size(), 2);
}

void TestJournal::unusableDatabase()
{
    QFile blocker(m_dir->filePath(u"a-file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    StorageDatabase database(blocker.fileName() + u"/hoist.sqlite"_s);
    QVERIFY(!database.isUsable());
    Journal journal(database, u"desktop"_s, manualBatching);
    journal.recordItem(entryFor(1));
    QCOMPARE(journal.pendingWrites(), 0); // nothing piles up that can never be written
    QCOMPARE(journal.recordBodySent(uuidFor(1)).kind, StorageError::Kind::Unavailable);
    StorageError error;
    QVERIFY(journal.unfinished(&error).isEmpty());
    QCOMPARE(error.kind, StorageError::Kind::Unavailable);
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsSet(crashDirVariable))
        return crashingChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestJournal.moc"
