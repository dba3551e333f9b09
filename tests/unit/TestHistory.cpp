#include "app/profiles/Profile.h"
#include "app/requests/RequestPlanner.h"
#include "app/requests/UploadItem.h"
#include "app/responses/ResponseRecord.h"
#include "app/storage/History.h"
#include "app/storage/HistoryRecord.h"
#include "app/storage/SecretMasking.h"
#include "app/storage/StorageDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using State = HistoryRecord::State;

namespace {
const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(10, 15), Qt::UTC);

HistoryRecord recordOf(const QString& path, const QString& profile, State state, const QDateTime& time)
{
    HistoryRecord record;
    record.uuid = QUuid::createUuid();
    record.time = time;
    record.profile = profile;
    record.setAddress(QUrl(u"https://cms.example/api/library"_s));
    record.path = path;
    record.size = 2048;
    record.mtimeMs = 1'700'000'000'000;
    record.state = state;
    record.httpStatus = state == State::Succeeded ? 201 : 0;
    return record;
}

qint64 added(const History& history, const HistoryRecord& record)
{
    qint64 id = 0;
    const StorageError error = history.add(record, &id);
    if (error.isError())
        qWarning() << error.message;
    return id;
}

QStringList paths(const QList<HistoryRecord>& records)
{
    QStringList all;
    for (const HistoryRecord& record : records)
        all.append(record.path);
    return all;
}

// Every byte SQLite has on disk for this database: the file, its WAL and its index.
QByteArray databaseBytes(const QString& path)
{
    QByteArray bytes;
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

QByteArrayList encodingsOf(const QByteArray& secret)
{
    return {secret,
            secret.toBase64(),
            secret.toBase64(QByteArray::OmitTrailingEquals),
            secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
            secret.toPercentEncoding(),
            secret.toHex()};
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void findByEachFilter();
    void answerAndBodyCap();
    void retentionByDays();
    void retentionByCount();
    void uploadedAlready();
    void secretsNeverReachTheFile();
    void addressIsMasked();
    void jsonForTheCommandLine();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StorageDatabase> m_database;
    QString m_path;
};

void TestHistory::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"hoist.sqlite"_s);
    m_database = std::make_unique<StorageDatabase>(m_path);
    QVERIFY(m_database->isUsable());
}

void TestHistory::findByEachFilter()
{
    History history(*m_database);
    // Written out of time order: the query sorts.
    QVERIFY(added(history, recordOf(u"/a/Sunset.JPG"_s, u"Xibo"_s, State::Succeeded, now.addDays(-3))));
    QVERIFY(added(history, recordOf(u"/b/sunrise.png"_s, u"Xibo"_s, State::Failed, now.addDays(-1))));
    QVERIFY(added(history, recordOf(u"/c/Ölgemälde.tif"_s, u"Squidex"_s, State::Succeeded, now.addDays(-2))));
    QVERIFY(added(history, recordOf(u"/sun/report.pdf"_s, u"Squidex"_s, State::Unknown, now)));
    QVERIFY(added(history, recordOf(u"/d/100%_sun.gif"_s, u"Mayan"_s, State::Blocked, now.addDays(-5))));

    StorageError error;
    QCOMPARE(paths(history.find({}, &error)),
             QStringList({u"/sun/report.pdf"_s, u"/b/sunrise.png"_s, u"/c/Ölgemälde.tif"_s,
                          u"/a/Sunset.JPG"_s, u"/d/100%_sun.gif"_s}));
    QVERIFY(!error.isError());

    History::Query query;
    query.profile = u"Xibo"_s;
    QCOMPARE(paths(history.find(query)), QStringList({u"/b/sunrise.png"_s, u"/a/Sunset.JPG"_s}));

    query = {};
    query.states = {State::Succeeded, State::Unknown};
    QCOMPARE(paths(history.find(query)),
             QStringList({u"/sun/report.pdf"_s, u"/c/Ölgemälde.tif"_s, u"/a/Sunset.JPG"_s}));

    query = {};
    query.since = now.addDays(-2);
    QCOMPARE(paths(history.find(query)),
             QStringList({u"/sun/report.pdf"_s, u"/b/sunrise.png"_s, u"/c/Ölgemälde.tif"_s}));

    // The file's name, not its folder; case-insensitive beyond ASCII; % and _ are plain characters.
    query = {};
    query.nameContains = u"SUN"_s;
    QCOMPARE(paths(history.find(query)),
             QStringList({u"/b/sunrise.png"_s, u"/a/Sunset.JPG"_s, u"/d/100%_sun.gif"_s}));
    query.nameContains = u"ÖLGEM"_s;
    QCOMPARE(paths(history.find(query)), QStringList({u"/c/Ölgemälde.tif"_s}));
    query.nameContains = u"%_s"_s;
    QCOMPARE(paths(history.find(query)), QStringList({u"/d/100%_sun.gif"_s}));

    query = {};
    query.limit = 2;
    QCOMPARE(paths(history.find(query)), QStringList({u"/sun/report.pdf"_s, u"/b/sunrise.png"_s}));

    query = {};
    query.profile = u"Squidex"_s;
    query.states = {State::Succeeded};
    query.nameContains = u"gem"_s;
    query.since = now.addDays(-10);
    QCOMPARE(paths(history.find(query)), QStringList({u"/c/Ölgemälde.tif"_s}));
    query.profile = u"Xibo"_s;
    QCOMPARE(paths(history.find(query)), QStringList());

    // What the history can be filtered by: each profile once, sorted.
    QCOMPARE(history.profiles(&error), QStringList({u"Mayan"_s, u"Squidex"_s, u"Xibo"_s}));
    QVERIFY(!error.isError());
}

void TestHistory::answerAndBodyCap()
{
    History history(*m_database, 1024);
    ResponseRecord response;
    response.status = 201;
    response.headers = {{"Content-Type", "application/json"}, {"Location", "/api/library/2344"}};
    response.body = "{\"id\":2344," + QByteArray(3000, ' ') + "}";
    response.bodyTotalBytes = response.body.size();
    response.msToFirstByte = 12;
    response.msTotal = 345;
    HistoryRecord record = recordOf(u"/a/photo.jpg"_s, u"Xibo"_s, State::Succeeded, now);
    record.setAnswer(response);
    record.fields = {{u"url"_s, u"https://cms.example/m/2344"_s}, {u"id"_s, u"2344"_s}};
    record.message = u"Stored as item 2344."_s;
    record.sha256 = u"ABCDEF0123"_s;
    const qint64 id = added(history, record);
    QVERIFY(id > 0);

    const std::optional<HistoryRecord> stored = history.record(id);
    QVERIFY(stored);
    QCOMPARE(stored->id, id);
    QCOMPARE(stored->uuid, record.uuid);
    QCOMPARE(stored->time, now);
    QCOMPARE(stored->httpStatus, 201);
    QCOMPARE(stored->headers, response.headers);
    QCOMPARE(stored->body, response.body.left(1024));
    QVERIFY(stored->bodyTruncated);
    QCOMPARE(stored->bodyTotalBytes, response.body.size());
    QCOMPARE(stored->msToFirstByte, 12);
    QCOMPARE(stored->msTotal, 345);
    QCOMPARE(stored->fields, record.fields); // in the order given
    QCOMPARE(stored->field(u"id"_s), u"2344"_s);
    QCOMPARE(stored->message, record.message);
    QCOMPARE(stored->sha256, u"abcdef0123"_s);
    QCOMPARE(stored->address(), u"https://cms.example/api/library"_s);

    // Back as an answer for the response inspector.
    const ResponseRecord answer = stored->answer();
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.headers, response.headers);
    QCOMPARE(answer.body, stored->body);
    QVERIFY(answer.bodyTruncated);
    QCOMPARE(answer.bodyTotalBytes, response.body.size());
    QCOMPARE(answer.msToFirstByte, 12);
    QCOMPARE(answer.msTotal, 345);
    QCOMPARE(answer.url, QUrl(stored->address()));

    // Lists leave the answer out; record(id) has it.
    const QList<HistoryRecord> listed = history.find({});
    QCOMPARE(listed.size(), 1);
    QVERIFY(listed.constFirst().body.isEmpty());
    QVERIFY(listed.constFirst().headers.isEmpty());
    QVERIFY(listed.constFirst().bodyTruncated);
    History::Query withAnswer;
    withAnswer.withAnswer = true;
    QCOMPARE(history.find(withAnswer).constFirst().body.size(), 1024);

    // An answer that fits stays whole.
    HistoryRecord small = recordOf(u"/a/small.jpg"_s, u"Xibo"_s, State::Succeeded, now);
    small.body = "{}";
    small.bodyTotalBytes = 2;
    const std::optional<HistoryRecord> whole = history.record(added(history, small));
    QVERIFY(whole);
    QCOMPARE(whole->body, QByteArray("{}"));
    QVERIFY(!whole->bodyTruncated);
    QVERIFY(!history.record(id + 1000));
}

void TestHistory::retentionByDays()
{
    History history(*m_database);
    for (int days : {40, 31, 29, 5, 0})
        added(history,
              recordOf(u"/d/%1-days.jpg"_s.arg(days), u"Xibo"_s, State::Succeeded, now.addDays(-days)));
    StorageError error;
    QCOMPARE(history.applyRetention({30, 0}, now, &error), 2);
    QVERIFY(!error.isError());
    QCOMPARE(paths(history.find({})),
             QStringList({u"/d/0-days.jpg"_s, u"/d/5-days.jpg"_s, u"/d/29-days.jpg"_s}));
    QCOMPARE(history.applyRetention({30, 0}, now), 0);
    QCOMPARE(history.applyRetention({0, 0}, now), 0); // no limits: everything stays
    QCOMPARE(history.find({}).size(), 3);
}

void TestHistory::retentionByCount()
{
    History history(*m_database);
    for (int n = 0; n < 10; ++n)
        added(history, recordOf(u"/n/%1.jpg"_s.arg(n), u"Xibo"_s, State::Failed, now.addSecs(-60 * n)));
    QCOMPARE(history.applyRetention({0, 4}, now), 6);
    QCOMPARE(paths(history.find({})),
             QStringList({u"/n/0.jpg"_s, u"/n/1.jpg"_s, u"/n/2.jpg"_s, u"/n/3.jpg"_s}));
    // Both limits at once: the age takes /n/3.jpg (180 s older than now), the count /n/2.jpg.
    QCOMPARE(history.applyRetention({1, 2}, now.addSecs(24 * 3600 - 150)), 2);
    QCOMPARE(paths(history.find({})), QStringList({u"/n/0.jpg"_s, u"/n/1.jpg"_s}));
}

void TestHistory::uploadedAlready()
{
    History history(*m_database);
    HistoryRecord older = recordOf(u"/photos/beach.jpg"_s, u"Xibo"_s, State::Succeeded, now.addDays(-2));
    older.fields = {{u"id"_s, u"1111"_s}};
    added(history, older);
    HistoryRecord newer = recordOf(u"/photos/beach.jpg"_s, u"Xibo"_s, State::Succeeded, now.addDays(-1));
    newer.fields = {{u"id"_s, u"2344"_s}};
    newer.sha256 = u"aa11"_s;
    added(history, newer);
    added(history, recordOf(u"/photos/failed.jpg"_s, u"Xibo"_s, State::Failed, now));

    const auto lookup = [&](qint64 size, qint64 mtimeMs, const QString& sha = QString(),
                            const QString& profile = u"Xibo"_s, const QString& address = QString()) {
        StorageError error;
        const std::optional<HistoryRecord> found =
            history.uploadedAlready({profile, address, size, mtimeMs, sha}, &error);
        if (error.isError())
            qWarning() << error.message;
        return found ? found->field(u"id"_s) : QString();
    };
    const qint64 size = older.size;
    const qint64 mtime = older.mtimeMs;
    // Same content, another path (the file was moved or copied): found, the newest one.
    QCOMPARE(lookup(size, mtime), u"2344"_s);
    // Same path, other content.
    QCOMPARE(lookup(size, mtime + 1000), QString());
    QCOMPARE(lookup(size + 1, mtime), QString());
    // Both sides know the hash: it must match. A mismatch falls back to the older record, which
    // has no hash to contradict it.
    QCOMPARE(lookup(size, mtime, u"AA11"_s), u"2344"_s);
    QCOMPARE(lookup(size, mtime, u"bb22"_s), u"1111"_s);
    // Another destination.
    QCOMPARE(lookup(size, mtime, QString(), u"Squidex"_s), QString());
    QCOMPARE(lookup(size, mtime, QString(), u"Xibo"_s, u"https://other.example/api/library"_s), QString());
    QCOMPARE(lookup(size, mtime, QString(), u"Xibo"_s, u"https://cms.example/api/library"_s), u"2344"_s);
    // Only succeeded uploads count.
    HistoryRecord failed = recordOf(u"/x.jpg"_s, u"Xibo"_s, State::Failed, now);
    QCOMPARE(lookup(failed.size, failed.mtimeMs + 5), QString());
    // A missing file was never uploaded.
    QCOMPARE(lookup(-1, mtime), QString());
}

void TestHistory::secretsNeverReachTheFile()
{
    const QByteArray token = "tok-SECRET-4f9a1c77e2";
    const QByteArray cookie = "sess-SECRET-88d0b3a1";
    const QByteArray queryKey = "qk-SECRET-0c7e55aa19";
    const QByteArray password = "pw-SECRET-b4e2f0d6";
    {
        History history(*m_database);
        // Built the usual way: the profile, the plan that was sent, the answer that came.
        Profile profile;
        profile.name = u"Library"_s;
        profile.url = u"https://uploader:"_s + QString::fromLatin1(password) + u"@cms.example/api/library"_s;
        profile.auth.scheme = AuthConfig::Scheme::QueryKey;
        profile.auth.parameterName = u"access"_s; // a name that does not look secret
        const RequestPlan plan =
            RequestPlanner::plan(profile, UploadItem(), {}, {QString(), QString::fromLatin1(queryKey)});
        QVERIFY(plan.url.toString(QUrl::FullyEncoded).contains(QString::fromLatin1(queryKey))); // it is sent

        ResponseRecord response;
        response.status = 201;
        response.headers = {{"Set-Cookie", "session=" + cookie + "; HttpOnly"},
                            {"X-Marker", "visible-marker-7e1f"},
                            {"Content-Type", "application/json"}};
        response.body = "{\"id\": 7}";
        HistoryRecord record = recordOf(u"/a/photo.jpg"_s, u"Library"_s, State::Succeeded, now);
        record.setAddress(plan);
        record.setAnswer(response);
        QVERIFY(added(history, record));

        // Headers named like secrets, whoever built the record.
        HistoryRecord handMade = recordOf(u"/a/other.jpg"_s, u"Library"_s, State::Failed, now);
        handMade.headers = {{"Authorization", "Bearer " + token},
                            {"cookie", "a=" + cookie},
                            {"X-API-Token", token},
                            {"WWW-Authenticate", "Bearer realm=" + token}};
        // An answer that echoes the credential back: scrubbed by value.
        handMade.body = "{\"you_sent\": \"" + token.toBase64() + "\", \"q\": \"" + queryKey + "\"}";
        handMade.message = u"The server said: bad token "_s + QString::fromLatin1(token);
        handMade.scrub({token, queryKey});
        QVERIFY(added(history, handMade));

        const QList<HistoryRecord> stored = history.find({{}, {}, {}, {}, 0, true});
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored.at(1).address().contains(SecretMasking::mask()));
        QVERIFY(stored.at(0).body.contains(SecretMasking::mask().toUtf8()));
    }
    // Read the raw bytes both while the database is open (WAL) and after it is closed.
    const QByteArray whileOpen = databaseBytes(m_path);
    m_database.reset();
    const QByteArray closed = databaseBytes(m_path);
    for (const QByteArray& bytes : {whileOpen, closed}) {
        QVERIFY(bytes.contains("visible-marker-7e1f")); // the scan sees what was written
        QVERIFY(bytes.contains("https://cms.example/api/library?access="));
        for (const QByteArray& secret : {token, cookie, queryKey, password}) {
            for (const QByteArray& form : encodingsOf(secret))
                QVERIFY2(!bytes.contains(form), form.constData());
        }
    }
}

void TestHistory::addressIsMasked()
{
    HistoryRecord record;
    record.setAddress(QUrl(u"https://me:hunter22@cms.example/api?folder=3&token=abc123&k=xyz789&name=x"_s),
                      {u"k"_s});
    QVERIFY(!record.address().contains(u"hunter22"_s));
    QVERIFY(!record.address().contains(u"abc123"_s));
    QVERIFY(!record.address().contains(u"xyz789"_s));
    QVERIFY(record.address().contains(u"folder=3"_s));
    QVERIFY(record.address().contains(u"name=x"_s));
    QVERIFY(record.address().startsWith(u"https://cms.example/api?"_s)); // no user name either
}

void TestHistory::jsonForTheCommandLine()
{
    HistoryRecord record = recordOf(u"/a/photo.jpg"_s, u"Xibo"_s, State::Succeeded, now);
    record.fields = {{u"id"_s, u"2344"_s}};
    const QJsonObject json = record.toJson();
    QCOMPARE(json.value(u"file"_s).toString(), u"/a/photo.jpg"_s);
    QCOMPARE(json.value(u"status"_s).toString(), u"succeeded"_s);
    QCOMPARE(json.value(u"http_status"_s).toInt(), 201);
    QCOMPARE(json.value(u"fields"_s).toObject().value(u"id"_s).toString(), u"2344"_s);
    QCOMPARE(json.value(u"time"_s).toString(), u"2026-12-01T10:15:00.000Z"_s);
    QCOMPARE(json.value(u"profile"_s).toString(), u"Xibo"_s);
    QCOMPARE(json.value(u"address"_s).toString(), u"https://cms.example/api/library"_s);
    QCOMPARE(HistoryRecord::stateNames(),
             QStringList({u"succeeded"_s, u"failed"_s, u"cancelled"_s, u"unknown"_s, u"blocked"_s}));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "TestHistory.moc"
