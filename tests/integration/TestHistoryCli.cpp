// `hoist history` as scripts and people use it: the records a history database holds (written here
// through History, where the child process looks for them), filtered, as JSON and as text; bad
// options exit 2; a damaged database is moved aside and the listing goes on.
#include "app/storage/History.h"
#include "app/storage/HistoryRecord.h"
#include "app/storage/StorageDatabase.h"
#include "app/storage/StorageSchema.h"
#include "tests/support/HoistProcess.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using State = HistoryRecord::State;

namespace {
// Where hoist keeps its database under a home: AppDataLocation for the application "hoist" (no
// organisation) is $XDG_DATA_HOME/hoist.
QString databasePathUnder(const QString& home)
{
    return HoistProcess::environmentWithHome(home).value(u"XDG_DATA_HOME"_s) + u"/hoist/hoist.sqlite"_s;
}

struct Sample
{
    QString path;
    QString profile;
    State state;
    int httpStatus;
    qint64 secondsAgo;
    HistoryRecord::Fields fields;
    QString message;
};

// Newest first, as hoist lists them; written in another order below.
const QList<Sample> samples{
    {u"/photos/Sunset.jpg"_s,
     u"Xibo"_s,
     State::Succeeded,
     201,
     3600,
     {{u"id"_s, u"101"_s}, {u"url"_s, u"https://cms.example/media/101"_s}, {u"storedas"_s, u"101.jpg"_s}},
     QString()},
    {u"/photos/sunrise.png"_s,
     u"Xibo"_s,
     State::Failed,
     413,
     26 * 3600,
     {},
     u"The server refused the file as too large."_s},
    {u"/tmp/two\nlines\x1b[31m.txt"_s,
     u"Squidex"_s,
     State::Blocked,
     0,
     3 * 86400,
     {},
     u"The file is empty."_s},
    {u"/films/big.mov"_s, u"Squidex"_s, State::Cancelled, 0, 5 * 86400, {}, u"Cancelled."_s},
    {u"/docs/report.pdf"_s, u"Mayan"_s, State::Unknown, 0, 10 * 86400, {}, u"No answer came."_s},
    {u"/docs/plan.pdf"_s, u"Mayan"_s, State::Succeeded, 202, 40 * 86400, {{u"id"_s, u"7"_s}}, QString()},
};

QStringList files(const QJsonArray& records)
{
    QStringList all;
    for (const QJsonValue& record : records)
        all.append(record[u"file"_s].toString());
    return all;
}

QStringList samplePaths(std::initializer_list<int> indexes)
{
    QStringList paths;
    for (int index : indexes)
        paths.append(samples.at(index).path);
    return paths;
}
} // namespace

class TestHistoryCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // A warning is a failure: json() warns when hoist failed or printed something else than an array.
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void jsonHasEveryRecordNewestFirst();
    void filters_data();
    void filters();
    void textListsOneLinePerRecordEscaped();
    void textSaysWhenTheLimitHidesRecords();
    void badOptionsExit2_data();
    void badOptionsExit2();
    void damagedDatabaseIsMovedAsideAndTheListIsEmpty();
    void historyThatFailsWhenReadExits1();
    void helpNamesTheCommandAndItsOptions();

private:
    HoistProcess::Run hoist(const QStringList& arguments) const
    {
        return HoistProcess::run(QStringList{u"history"_s} + arguments, {},
                                 HoistProcess::environmentWithHome(m_home.path()));
    }
    QJsonArray json(const QStringList& arguments) const;
    QDateTime timeOf(const Sample& sample) const { return m_now.addSecs(-sample.secondsAgo); }

    QTemporaryDir m_home;
    QDateTime m_now;
};

void TestHistoryCli::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("HOIST_BINARY"), "HOIST_BINARY is missing (run through ctest)");
    QVERIFY(m_home.isValid());
    m_now = QDateTime::currentDateTimeUtc();

    // A fresh account: nothing to list, and the database is made where this test writes it.
    const QString path = databasePathUnder(m_home.path());
    const HoistProcess::Run fresh = hoist({u"--json"_s});
    QVERIFY2(fresh.exitCode == 0, qPrintable(fresh.err));
    QCOMPARE(fresh.out, u"[]\n"_s);
    QCOMPARE(fresh.err, QString());
    QVERIFY2(QFile::exists(path), qPrintable(path));

    StorageDatabase database(path);
    QCOMPARE(database.report().opening, StorageDatabase::Opening::Opened);
    const History history(database);
    // Written out of time order: the listing sorts.
    QList<qsizetype> order;
    for (qsizetype i = 1; i < samples.size(); i += 2)
        order.append(i);
    for (qsizetype i = 0; i < samples.size(); i += 2)
        order.append(i);
    for (qsizetype i : std::as_const(order)) {
        const Sample& sample = samples.at(i);
        HistoryRecord record;
        record.uuid = QUuid::createUuid();
        record.time = timeOf(sample);
        record.profile = sample.profile;
        record.setAddress(QUrl(u"https://cms.example/api/library?api_key=k3y-in-the-url"_s));
        record.path = sample.path;
        record.size = 2048;
        record.mtimeMs = 1'700'000'000'000;
        record.state = sample.state;
        record.httpStatus = sample.httpStatus;
        record.fields = sample.fields;
        record.message = sample.message;
        const StorageError error = history.add(record);
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }
}

QJsonArray TestHistoryCli::json(const QStringList& arguments) const
{
    const HoistProcess::Run run = hoist(QStringList{u"--json"_s} + arguments);
    if (run.exitCode != 0)
        qWarning() << "hoist exited with" << run.exitCode << run.err;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        qWarning() << "not one JSON array:" << run.out;
    return document.array();
}

void TestHistoryCli::jsonHasEveryRecordNewestFirst()
{
    const QJsonArray records = json({});
    QCOMPARE(files(records), samplePaths({0, 1, 2, 3, 4, 5}));

    const QJsonObject sunset = records.at(0).toObject();
    QCOMPARE(sunset.value(u"status"_s).toString(), u"succeeded"_s);
    QCOMPARE(sunset.value(u"http_status"_s).toInt(), 201);
    QCOMPARE(sunset.value(u"profile"_s).toString(), u"Xibo"_s);
    QCOMPARE(sunset.value(u"time"_s).toString(), timeOf(samples.at(0)).toString(Qt::ISODateWithMs));
    QCOMPARE(sunset.value(u"fields"_s).toObject(),
             (QJsonObject{{u"id"_s, u"101"_s},
                          {u"url"_s, u"https://cms.example/media/101"_s},
                          {u"storedas"_s, u"101.jpg"_s}}));
    QVERIFY(sunset.value(u"address"_s).toString().startsWith(u"https://cms.example/api/library?api_key="_s));
    QVERIFY2(!QJsonDocument(records).toJson().contains("k3y-in-the-url"), "a secret query value was listed");
    for (const QString& key : {u"uuid"_s, u"size"_s, u"mtime"_s, u"message"_s})
        QVERIFY2(sunset.contains(key), qPrintable(key));

    const QJsonObject sunrise = records.at(1).toObject();
    QCOMPARE(sunrise.value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(sunrise.value(u"http_status"_s).toInt(), 413);
    QCOMPARE(sunrise.value(u"message"_s).toString(), samples.at(1).message);
    QCOMPARE(records.at(4).toObject().value(u"status"_s).toString(), u"unknown"_s);
}

void TestHistoryCli::filters_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    const QString local = u"yyyy-MM-ddTHH:mm:ss"_s;
    QTest::newRow("profile") << QStringList{u"--profile"_s, u"Xibo"_s} << samplePaths({0, 1});
    QTest::newRow("no such profile") << QStringList{u"--profile"_s, u"Nobody"_s} << QStringList();
    QTest::newRow("status") << QStringList{u"--status"_s, u"failed"_s} << samplePaths({1});
    QTest::newRow("status in capitals") << QStringList{u"--status"_s, u"FAILED"_s} << samplePaths({1});
    QTest::newRow("statuses with commas")
        << QStringList{u"--status"_s, u"succeeded, unknown"_s} << samplePaths({0, 4, 5});
    QTest::newRow("status repeated") << QStringList{u"--status"_s, u"blocked"_s, u"--status"_s,
                                                    u"cancelled"_s}
                                     << samplePaths({2, 3});
    QTest::newRow("since hours") << QStringList{u"--since"_s, u"24h"_s} << samplePaths({0});
    QTest::newRow("since days") << QStringList{u"--since"_s, u"7d"_s} << samplePaths({0, 1, 2, 3});
    QTest::newRow("since a day") << QStringList{u"--since"_s,
                                                QDate::currentDate().addDays(-7).toString(Qt::ISODate)}
                                 << samplePaths({0, 1, 2, 3});
    QTest::newRow("since UTC") << QStringList{u"--since"_s, m_now.addDays(-4).toString(Qt::ISODate)}
                               << samplePaths({0, 1, 2});
    QTest::newRow("since local time")
        << QStringList{u"--since"_s, m_now.addDays(-2).toLocalTime().toString(local)} << samplePaths({0, 1});
    QTest::newRow("limit") << QStringList{u"--limit"_s, u"2"_s} << samplePaths({0, 1});
    QTest::newRow("search") << QStringList{u"--search"_s, u"SUN"_s} << samplePaths({0, 1});
    QTest::newRow("together") << QStringList{u"--profile"_s, u"Mayan"_s, u"--status"_s, u"succeeded"_s}
                              << samplePaths({5});
}

void TestHistoryCli::filters()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    QCOMPARE(files(json(arguments)), expected);
}

void TestHistoryCli::textListsOneLinePerRecordEscaped()
{
    const HoistProcess::Run run = hoist({});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains(u'\x1b'), "a control character reached the terminal");
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + samples.size()); // a heading, then one line each
    QVERIFY2(lines.at(0).startsWith(u"TIME"_s), qPrintable(lines.at(0)));

    const QString sunset = lines.at(1);
    for (const QString& part :
         {timeOf(samples.at(0)).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), u"succeeded"_s, u"201"_s,
          u"Xibo"_s, u"Sunset.jpg"_s, u"id=101"_s, u"url=https://cms.example/media/101"_s})
        QVERIFY2(sunset.contains(part), qPrintable(part + u" not in: "_s + sunset));
    QVERIFY2(!sunset.contains(u"/photos/"_s), "the line shows the file's name, not its folder");

    const QString sunrise = lines.at(2);
    for (const QString& part : {u"failed"_s, u"413"_s, u"sunrise.png"_s, samples.at(1).message})
        QVERIFY2(sunrise.contains(part), qPrintable(part + u" not in: "_s + sunrise));
    QVERIFY2(lines.at(3).contains(u"two\\nlines\\x1b[31m.txt"_s), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(5).contains(u"unknown"_s) && lines.at(5).contains(samples.at(4).message),
             qPrintable(lines.at(5)));
    QVERIFY2(lines.at(6).contains(u"plan.pdf"_s) && lines.at(6).contains(u"id=7"_s), qPrintable(lines.at(6)));
}

void TestHistoryCli::textSaysWhenTheLimitHidesRecords()
{
    const HoistProcess::Run limited = hoist({u"--limit"_s, u"2"_s});
    QCOMPARE(limited.exitCode, 0);
    QVERIFY2(limited.out.contains(u"Showing only the newest 2 upload"_s), qPrintable(limited.out));
    QVERIFY(!limited.out.contains(u"big.mov"_s));
    const HoistProcess::Run all = hoist({u"--limit"_s, QString::number(samples.size())});
    QVERIFY2(!all.out.contains(u"Showing only the newest"_s), qPrintable(all.out));
    const HoistProcess::Run none = hoist({u"--profile"_s, u"Nobody"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, u"No uploads to show.\n"_s);
}

void TestHistoryCli::badOptionsExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown status")
        << QStringList{u"--status"_s, u"succeeded,sent"_s}
        << u"\"sent\"; use one of succeeded, failed, cancelled, unknown, blocked"_s;
    QTest::newRow("since a word") << QStringList{u"--since"_s, u"yesterday"_s} << u"--since needs"_s;
    QTest::newRow("since no date") << QStringList{u"--since"_s, u"2026-13-45"_s} << u"--since needs"_s;
    QTest::newRow("since zero days") << QStringList{u"--since"_s, u"0d"_s} << u"--since needs"_s;
    QTest::newRow("since minutes") << QStringList{u"--since"_s, u"30m"_s} << u"--since needs"_s;
    QTest::newRow("limit zero") << QStringList{u"--limit"_s, u"0"_s}
                                << u"--limit needs a whole number from 1 to 1000000"_s;
    QTest::newRow("limit a word") << QStringList{u"--limit"_s, u"all"_s} << u"--limit needs"_s;
    QTest::newRow("limit too big") << QStringList{u"--limit"_s, u"99999999999"_s} << u"--limit needs"_s;
    QTest::newRow("a file name") << QStringList{u"Sunset"_s} << u"use --search TEXT"_s;
    QTest::newRow("unknown option") << QStringList{u"--newest"_s} << u"newest"_s;
}

void TestHistoryCli::badOptionsExit2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const HoistProcess::Run run = hoist(QStringList{u"--json"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.startsWith(u"hoist history: "_s) || run.err.contains(u"hoist history --help"_s),
             qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void TestHistoryCli::damagedDatabaseIsMovedAsideAndTheListIsEmpty()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = databasePathUnder(home.path());
    QVERIFY(!TestFiles::write(path, QByteArray("not a database, just words\n").repeated(100)).isEmpty());

    const HoistProcess::Run run =
        HoistProcess::run({u"history"_s, u"--json"_s}, {}, HoistProcess::environmentWithHome(home.path()));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"[]\n"_s);
    QVERIFY2(run.err.startsWith(u"hoist history: "_s) && run.err.contains(u"damaged"_s), qPrintable(run.err));
    const QStringList moved =
        QDir(QFileInfo(path).absolutePath()).entryList({u"hoist.sqlite.damaged-*"_s}, QDir::Files);
    QCOMPARE(moved.size(), 1);
    QVERIFY2(run.err.contains(QFileInfo(path).absolutePath() + u'/' + moved.constFirst()),
             qPrintable(run.err));

    // The new database is a good one: the next run has nothing to say.
    const HoistProcess::Run again =
        HoistProcess::run({u"history"_s}, {}, HoistProcess::environmentWithHome(home.path()));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.err, QString());
    QCOMPARE(again.out, u"No uploads to show.\n"_s);
}

void TestHistoryCli::historyThatFailsWhenReadExits1()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = databasePathUnder(home.path());
    {
        // A history that opens like a good one (every column is there) and fails on its first row:
        // json_extract refuses what is not JSON, evaluated per row so that opening does not see it.
        QStringList columns;
        for (const StorageSchema::Table& table : StorageSchema::tables()) {
            for (const QString& column : table.columns) {
                if (table.name == u"history"_s)
                    columns.append(u"json_extract(one || 'not json', '$') AS "_s + column);
            }
        }
        const StorageDatabase database(path);
        const StorageError error = database.write(
            [&](QSqlDatabase& db) {
                QSqlQuery query(db);
                if (query.exec(u"DROP TABLE history"_s) &&
                    query.exec(u"CREATE VIEW history AS SELECT "_s + columns.join(u", "_s) +
                               u" FROM (SELECT 1 AS one)"_s))
                    return StorageError();
                return StorageDatabase::errorFrom(query.lastError(), u"%1"_s);
            },
            u"%1"_s);
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }
    const HoistProcess::Run run =
        HoistProcess::run({u"history"_s, u"--json"_s}, {}, HoistProcess::environmentWithHome(home.path()));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(u"hoist history: Hoist could not read its history: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"JSON"_s), qPrintable(run.err));
}

void TestHistoryCli::helpNamesTheCommandAndItsOptions()
{
    const HoistProcess::Run help = hoist({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage: hoist history [options]"_s), qPrintable(help.out));
    const QStringList words =
        QStringList{u"--json"_s, u"--profile"_s, u"--status"_s, u"--since"_s, u"--search"_s, u"--limit"_s} +
        HistoryRecord::stateNames();
    for (const QString& word : words)
        QVERIFY2(help.out.contains(word), qPrintable(word));
    const HoistProcess::Run usage = HoistProcess::run({u"--help"_s});
    QVERIFY2(usage.out.contains(u"  history "_s), qPrintable(usage.out));
}

QTEST_GUILESS_MAIN(TestHistoryCli)
#include "TestHistoryCli.moc"
