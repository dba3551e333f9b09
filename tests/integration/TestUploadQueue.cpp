// The engine against the sandbox emulator: asserts what the server received, not only what the
// queue reports.
#include "app/auth/AccessTokenCache.h"
#include "app/net/NetworkThread.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/storage/Preferences.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/SandboxProfile.h"
#include "tests/support/TestFiles.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUploadQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void uploadsOneFileAsTheServiceExpects();
    void uploadsFiftyFilesFourAtATime();
    void streamsALargeFileIntact();
    void cancelMidUploadIsNeverASuccess();
    void retriesAfter503HonouringRetryAfter();
    void nonAsciiFileNameArrivesIntact();
    void refusesAnEmptyFileWithoutSending();
    void stalledServerFailsTheAttempt();
    void redirect301IsAFailureNotAGet();
    void redirect307ResendsTheBody();
    void duplicatesPauseClearAndEditedMetadata();
    void speedLimitIsSharedAndKept();
    void waitingForTheSpeedLimitIsNotAStall();

private:
    Profile sandboxProfile() const;
    QString writeFile(const QString& name, qint64 size);
    bool runUntilIdle(UploadQueue& queue, int timeoutMs = 30'000);

    EmulatorClient m_server{u"sandbox"_s};
    QTemporaryDir m_dir;
    NetworkThread m_network;
    AccessTokenCache m_tokens{&m_network};
};

void TestUploadQueue::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the sandbox fixture is not running (run through ctest)");
    QVERIFY(m_dir.isValid());
}

void TestUploadQueue::init()
{
    m_server.clear();
}

Profile TestUploadQueue::sandboxProfile() const
{
    return openSandboxProfile(m_server.base());
}

QString TestUploadQueue::writeFile(const QString& name, qint64 size)
{
    return TestFiles::writeRandom(m_dir.filePath(name), size);
}

bool TestUploadQueue::runUntilIdle(UploadQueue& queue, int timeoutMs)
{
    QSignalSpy finished(&queue, &UploadQueue::finished);
    queue.start();
    return queue.isIdle() || finished.wait(timeoutMs);
}

void TestUploadQueue::uploadsOneFileAsTheServiceExpects()
{
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    const QString path = writeFile(u"photo.bin"_s, 70'000);
    UploadItem item = UploadItem::fromPath(path);
    item.metadata.insert(u"name"_s, u"Holiday"_s);
    UploadTask* task = queue.add(item);
    QVERIFY(runUntilIdle(queue));

    QVERIFY2(task->state() == UploadTask::State::Succeeded, qPrintable(task->message()));
    QCOMPARE(task->response().status, 201);
    QVERIFY(!task->field(u"id"_s).isEmpty());
    QVERIFY(task->field(u"url"_s).startsWith(m_server.base().toString()));

    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 1);
    const QJsonObject request = received.at(0).toObject();
    QCOMPARE(request.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(request.value(u"path"_s).toString(), u"/api/media/files"_s);
    const QString contentType = request.value(u"content_type"_s).toString();
    QVERIFY2(contentType.startsWith(u"multipart/form-data; boundary="_s) && !contentType.contains(u'"'),
             qPrintable(contentType));
    QVERIFY(request.value(u"headers"_s).toObject().value(u"user-agent"_s).toString().startsWith(u"Hoist/"_s));
    QCOMPARE(request.value(u"content_length"_s).toInteger(), request.value(u"body_bytes"_s).toInteger());

    const QJsonArray parts = request.value(u"parts"_s).toArray();
    QCOMPARE(parts.size(), 2);
    const QJsonObject name = parts.at(0).toObject();
    QCOMPARE(name.value(u"name"_s).toString(), u"name"_s);
    QVERIFY(name.value(u"filename"_s).isNull());
    QCOMPARE(name.value(u"value"_s).toString(), u"Holiday"_s);
    const QJsonObject file = parts.at(1).toObject();
    QCOMPARE(file.value(u"name"_s).toString(), u"f"_s);
    QCOMPARE(file.value(u"filename"_s).toString(), u"photo.bin"_s);
    QCOMPARE(file.value(u"content_type"_s).toString(), u"application/octet-stream"_s);
    QCOMPARE(file.value(u"size"_s).toInteger(), 70'000);
    QCOMPARE(file.value(u"sha256"_s).toString(), EmulatorClient::sha256Of(path));
}

void TestUploadQueue::uploadsFiftyFilesFourAtATime()
{
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    QCOMPARE(queue.concurrency(), 4);
    QHash<QString, QString> hashByName;
    for (int i = 0; i < 50; ++i) {
        const QString path = writeFile(u"batch-%1.bin"_s.arg(i), 20'000 + i * 1'000);
        hashByName.insert(QFileInfo(path).fileName(), EmulatorClient::sha256Of(path));
        queue.add(UploadItem::fromPath(path));
    }
    int mostAtOnce = 0;
    connect(&queue, &UploadQueue::taskChanged, this, [&] {
        const auto uploading =
            std::count_if(queue.tasks().cbegin(), queue.tasks().cend(),
                          [](const UploadTask* t) { return t->state() == UploadTask::State::Uploading; });
        mostAtOnce = qMax(mostAtOnce, int(uploading));
    });
    QVERIFY(runUntilIdle(queue, 120'000));

    QCOMPARE(mostAtOnce, 4);
    for (const UploadTask* task : queue.tasks())
        QCOMPARE(task->state(), UploadTask::State::Succeeded);
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 50);
    for (const QJsonValue& entry : received) {
        const QJsonObject file = entry.toObject().value(u"parts"_s).toArray().last().toObject();
        QCOMPARE(file.value(u"sha256"_s).toString(), hashByName.value(file.value(u"filename"_s).toString()));
    }
}

void TestUploadQueue::streamsALargeFileIntact()
{
    const qint64 size = 300LL * 1024 * 1024;
    const QString path = writeFile(u"large.bin"_s, size);
    QCOMPARE(QFileInfo(path).size(), size);
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    UploadTask* task = queue.add(UploadItem::fromPath(path));
    qint64 lastReported = 0;
    bool wentBackwards = false;
    connect(task, &UploadTask::progressed, this, [&] {
        wentBackwards = wentBackwards ||
                        (task->state() == UploadTask::State::Uploading && task->bytesSent() < lastReported);
        lastReported = task->bytesSent();
    });
    QVERIFY(runUntilIdle(queue, 240'000));

    QCOMPARE(task->state(), UploadTask::State::Succeeded);
    QVERIFY2(!wentBackwards, "progress must never go backwards (Qt's final (0, 0) is ignored)");
    QCOMPARE(task->bytesSent(), task->bytesTotal());
    const QJsonObject file =
        m_server.uploads().at(0).toObject().value(u"parts"_s).toArray().last().toObject();
    QCOMPARE(file.value(u"size"_s).toInteger(), size);
    QCOMPARE(file.value(u"sha256"_s).toString(), EmulatorClient::sha256Of(path));
    QFile::remove(path);
}

void TestUploadQueue::cancelMidUploadIsNeverASuccess()
{
    const int before = m_server.getJson(u"/api/media/files"_s).value(u"count"_s).toInt();
    m_server.addFault({{u"kind"_s, u"slow"_s}, {u"bytes_per_sec"_s, 256 * 1024}});
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    UploadTask* task = queue.add(UploadItem::fromPath(writeFile(u"cancel-me.bin"_s, 8 * 1024 * 1024)));
    connect(task, &UploadTask::progressed, &queue, [&] {
        if (task->state() == UploadTask::State::Uploading && task->bytesSent() > 0)
            queue.cancel(task->id());
    });
    QVERIFY(runUntilIdle(queue));

    QCOMPARE(task->state(), UploadTask::State::Cancelled);
    QVERIFY(task->bytesSent() < task->bytesTotal());
    QTRY_VERIFY(m_server.settled()); // the server has noticed the dropped connection
    QCOMPARE(m_server.getJson(u"/api/media/files"_s).value(u"count"_s).toInt(), before);
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 1);
    QVERIFY(received.at(0).toObject().value(u"status"_s).toInt() != 201);
}

void TestUploadQueue::retriesAfter503HonouringRetryAfter()
{
    m_server.addFault({{u"kind"_s, u"status"_s},
                       {u"status"_s, 503},
                       {u"headers"_s, QJsonObject{{u"Retry-After"_s, u"1"_s}}},
                       {u"body"_s, u"busy"_s}});
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    UploadTask* task = queue.add(UploadItem::fromPath(writeFile(u"retry.bin"_s, 10'000)));
    QElapsedTimer clock;
    clock.start();
    bool sawWaiting = false;
    connect(task, &UploadTask::stateChanged, this,
            [&] { sawWaiting = sawWaiting || task->state() == UploadTask::State::Waiting; });
    QVERIFY(runUntilIdle(queue));

    QCOMPARE(task->state(), UploadTask::State::Succeeded);
    QVERIFY(sawWaiting);
    QCOMPARE(task->attempts(), 2);
    QVERIFY2(clock.elapsed() >= 900, "Retry-After: 1 must be waited for");
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(0).toObject().value(u"status"_s).toInt(), 503);
    QCOMPARE(received.at(1).toObject().value(u"status"_s).toInt(), 201);
}

void TestUploadQueue::nonAsciiFileNameArrivesIntact()
{
    const QString name = u"Ünïcødé 名前 ½.png"_s;
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    UploadTask* task = queue.add(UploadItem::fromPath(writeFile(name, 4096)));
    QVERIFY(runUntilIdle(queue));

    QCOMPARE(task->state(), UploadTask::State::Succeeded);
    const QJsonArray parts = m_server.uploads().at(0).toObject().value(u"parts"_s).toArray();
    QCOMPARE(parts.last().toObject().value(u"filename"_s).toString(), name);
    QCOMPARE(parts.first().toObject().value(u"value"_s).toString(), name); // the default "name" field
}

void TestUploadQueue::refusesAnEmptyFileWithoutSending()
{
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    UploadTask* task = queue.add(UploadItem::fromPath(writeFile(u"empty.png"_s, 0)));
    QVERIFY(runUntilIdle(queue));

    QCOMPARE(task->state(), UploadTask::State::Blocked);
    QCOMPARE(task->findings().first().code, u"empty-file"_s);
    QVERIFY(task->message().contains(u"0 bytes"_s));
    QCOMPARE(m_server.uploads().size(), 0);
}

void TestUploadQueue::stalledServerFailsTheAttempt()
{
    m_server.addFault({{u"kind"_s, u"hang"_s}, {u"seconds"_s, 4}});
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    TransferOptions options;
    options.stallTimeoutMs = 1000;
    queue.setTransferOptions(options);
    RetryPolicy once;
    once.maxAttempts = 1;
    queue.setRetryPolicy(once);
    // More than loopback's buffers hold (receive up to 32 MiB here, send 4 MiB): with less, the whole
    // body can vanish into them, the client waits for an answer and never stalls.
    UploadTask* task = queue.add(UploadItem::fromPath(writeFile(u"stall.bin"_s, 64 * 1024 * 1024)));
    QVERIFY(runUntilIdle(queue));

    QCOMPARE(task->state(), UploadTask::State::Failed);
    QVERIFY2(task->message().contains(u"stalled"_s), qPrintable(task->message()));
}

void TestUploadQueue::redirect301IsAFailureNotAGet()
{
    m_server.addFault(
        {{u"kind"_s, u"redirect"_s}, {u"status"_s, 301}, {u"location"_s, u"/api/media/files"_s}});
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    UploadTask* task = queue.add(UploadItem::fromPath(writeFile(u"moved.bin"_s, 10'000)));
    QVERIFY(runUntilIdle(queue));

    QCOMPARE(task->state(), UploadTask::State::Failed);
    QCOMPARE(task->response().status, 301);
    QVERIFY2(task->message().contains(u"redirected"_s), qPrintable(task->message()));
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 1); // no body-less GET behind the user's back
}

void TestUploadQueue::redirect307ResendsTheBody()
{
    m_server.addFault(
        {{u"kind"_s, u"redirect"_s}, {u"status"_s, 307}, {u"location"_s, u"/api/media/files"_s}});
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    const QString path = writeFile(u"temporary.bin"_s, 30'000);
    UploadTask* task = queue.add(UploadItem::fromPath(path));
    QVERIFY(runUntilIdle(queue));

    QCOMPARE(task->state(), UploadTask::State::Succeeded);
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 2);
    const QJsonObject second = received.at(1).toObject();
    QCOMPARE(second.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(second.value(u"parts"_s).toArray().last().toObject().value(u"sha256"_s).toString(),
             EmulatorClient::sha256Of(path));
}

// The desktop queue's controls: a file is queued once, Pause holds back what has not left, Clear
// Finished keeps failures, and metadata edited before sending is what the server gets.
void TestUploadQueue::duplicatesPauseClearAndEditedMetadata()
{
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    queue.setConcurrency(1);
    const QString first = writeFile(u"dup-1.bin"_s, 2'000);
    UploadTask* task = queue.add(UploadItem::fromPath(first));
    QVERIFY(task);
    QVERIFY(!queue.add(UploadItem::fromPath(QFileInfo(first).dir().filePath(u"./dup-1.bin"_s))));
    QVERIFY(queue.contains(first));
    UploadTask* empty = queue.add(UploadItem::fromPath(writeFile(u"dup-empty.bin"_s, 0)));
    UploadTask* second = queue.add(UploadItem::fromPath(writeFile(u"dup-2.bin"_s, 3'000)));
    QCOMPARE(queue.tasks().size(), 3);

    queue.setMetadata(task->id(), {{u"name"_s, u"Renamed before sending"_s}});
    QCOMPARE(task->plan().parts.at(0).text, QByteArray("Renamed before sending"));

    // Pause as soon as the first file is on its way: the second stays queued.
    connect(task, &UploadTask::stateChanged, &queue, [&] {
        if (task->state() == UploadTask::State::Uploading)
            queue.pause();
    });
    queue.start();
    QTRY_COMPARE_WITH_TIMEOUT(task->state(), UploadTask::State::Succeeded, 10'000);
    QCOMPARE(second->state(), UploadTask::State::Queued); // dispatch is synchronous: nothing else left
    QCOMPARE(m_server.uploads().size(), 1);
    QCOMPARE(EmulatorClient::parts(m_server.uploads().at(0)).at(0).toObject().value(u"value"_s).toString(),
             u"Renamed before sending"_s);
    QVERIFY(runUntilIdle(queue));
    QCOMPARE(second->state(), UploadTask::State::Succeeded);

    queue.clearFinished();
    QCOMPARE(queue.tasks(), QList<UploadTask*>{empty}); // the refused one stays, to be fixed and retried
    QVERIFY(!queue.contains(first));
    queue.pause();
    QVERIFY(queue.add(UploadItem::fromPath(first))); // room again

    // Send These First: the chosen file goes out before the ones queued ahead of it.
    m_server.clear();
    UploadTask* early = queue.add(UploadItem::fromPath(writeFile(u"dup-early.bin"_s, 1'000)));
    UploadTask* chosen = queue.add(UploadItem::fromPath(writeFile(u"dup-chosen.bin"_s, 1'000)));
    QVERIFY(early && chosen);
    queue.startFirst({chosen->id()});
    QVERIFY(runUntilIdle(queue));
    const QJsonArray order = m_server.uploads();
    QCOMPARE(order.size(), 3);
    QCOMPARE(EmulatorClient::parts(order.at(0)).last().toObject().value(u"filename"_s).toString(),
             u"dup-chosen.bin"_s);
}

// Two files at once under a limit of 512 KiB/s: together they keep to it (the one time-based check,
// as the issue asks: within 10 %, over 3 MiB, measured from the first progress to the end so that
// the first burst and the connection setup do not count), and each arrives whole.
void TestUploadQueue::speedLimitIsSharedAndKept()
{
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    Preferences preferences;
    preferences.concurrency = 2;
    preferences.limitKiBps = 512;
    queue.applyPreferences(preferences);
    QCOMPARE(queue.rateLimit(), 512 * 1024);
    const qint64 size = 1536 * 1024;
    QList<QPair<UploadTask*, QString>> sent;
    for (const QString& name : {u"limited-a.bin"_s, u"limited-b.bin"_s}) {
        const QString path = writeFile(name, size);
        sent.append({queue.add(UploadItem::fromPath(path)), path});
    }
    QElapsedTimer clock;
    qint64 sentAtStart = -1;
    connect(&queue, &UploadQueue::taskProgressed, this, [&] {
        if (sentAtStart >= 0)
            return;
        sentAtStart = 0;
        for (const auto& [task, path] : std::as_const(sent))
            sentAtStart += task->bytesSent();
        clock.start();
    });
    QVERIFY(runUntilIdle(queue, 60'000));
    const qint64 elapsedMs = clock.elapsed();
    QVERIFY(sentAtStart >= 0);

    const double rate = double(2 * size - sentAtStart) * 1000 / double(elapsedMs) / 1024;
    QVERIFY2(qAbs(rate - 512) <= 512 * 0.1, qPrintable(u"%1 KiB/s in %2 ms"_s.arg(rate).arg(elapsedMs)));
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 2);
    for (const auto& [task, path] : std::as_const(sent)) {
        QVERIFY2(task->state() == UploadTask::State::Succeeded, qPrintable(task->message()));
        bool found = false;
        for (const QJsonValue& request : received) {
            const QJsonObject file = request.toObject().value(u"parts"_s).toArray().last().toObject();
            if (file.value(u"filename"_s).toString() != QFileInfo(path).fileName())
                continue;
            found = true;
            QCOMPARE(file.value(u"size"_s).toInteger(), size);
            QCOMPARE(file.value(u"sha256"_s).toString(), EmulatorClient::sha256Of(path));
        }
        QVERIFY(found);
    }
}

// Four files at once under 64 KiB/s: each one's 16 KiB chunks are a second apart, more than this
// stall timeout, and still no attempt is given up.
void TestUploadQueue::waitingForTheSpeedLimitIsNotAStall()
{
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(sandboxProfile());
    Preferences preferences;
    preferences.concurrency = 4;
    preferences.limitKiBps = Preferences::MinLimitKiBps;
    preferences.retries = 0;
    queue.applyPreferences(preferences);
    TransferOptions options = queue.transferOptions();
    options.stallTimeoutMs = 600;
    queue.setTransferOptions(options);
    QList<UploadTask*> tasks;
    for (int index = 0; index < 4; ++index)
        tasks.append(queue.add(UploadItem::fromPath(writeFile(u"slow-%1.bin"_s.arg(index), 48 * 1024))));
    QVERIFY(runUntilIdle(queue, 60'000));
    for (const UploadTask* task : std::as_const(tasks))
        QVERIFY2(task->state() == UploadTask::State::Succeeded, qPrintable(task->message()));
    QCOMPARE(m_server.uploads().size(), 4);
}

QTEST_GUILESS_MAIN(TestUploadQueue)
#include "TestUploadQueue.moc"
