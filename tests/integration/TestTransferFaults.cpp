// The fault suite: hostile servers and files that change while they are sent. Each case asserts
// the item's final state and message and what the server received and stored: Hoist reports only
// what the server got, never sends a complete body twice on its own, and never sends the file or a
// credential to an origin the user did not choose.
#include "app/auth/AccessTokenCache.h"
#include "app/net/NetworkThread.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/SandboxProfile.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTransferFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fileChangedWhileSentIsNeverASuccess_data();
    void fileChangedWhileSentIsNeverASuccess();
    void fileEmptiedAfterQueueingIsNotSent();
    void bodyTakenThenDroppedIsUnknownAndSentOnce();
    void slowButWorkingServerGetsOneCopy();
    void answerThatTricklesEndsAsUnknown();
    void hugeAnswerIsCutAtTheCap();
    void cancelAfterTheBodyIsUnknown();
    void redirectToAnotherOriginSendsNothingThere();
    void redirectLoopStopsAfterFive();
    void sameOriginRedirectIsFollowed();
    void htmlSignInPageIsNotASuccess();
    void resetBeforeTheBodyEndedIsRetried();

private:
    UploadTask* upload(const QString& path, const TransferOptions& options = {}, const Destination& to = {});
    QString bigFile(const QString& name) { return TestFiles::writeRandom(m_dir.filePath(name), bigSize); }
    int stored() { return m_server.getJson(u"/api/media/files"_s).value(u"count"_s).toInt(); }
    // The upload the server is reading right now has come this far.
    bool serverHasRead(qint64 bytes);
    static qint64 peakMemoryKiB();

    static constexpr qint64 bigSize = 24 * 1024 * 1024; // more than loopback's socket buffers hold
    EmulatorClient m_server{u"sandbox"_s};
    QTemporaryDir m_dir;
    NetworkThread m_network;
    AccessTokenCache m_tokens{&m_network};
    std::unique_ptr<UploadQueue> m_queue;
};

void TestTransferFaults::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the sandbox fixture is not running (run through ctest)");
    QVERIFY(m_dir.isValid());
}

void TestTransferFaults::init()
{
    m_server.clear();
    m_queue = std::make_unique<UploadQueue>(&m_network, &m_tokens);
    RetryPolicy quick;
    quick.baseDelayMs = 10;
    m_queue->setRetryPolicy(quick);
}

// Adds the file, runs the queue until the run is over, and returns the task.
UploadTask* TestTransferFaults::upload(const QString& path, const TransferOptions& options,
                                       const Destination& to)
{
    if (to.name.isEmpty())
        m_queue->setProfile(openSandboxProfile(m_server.base()));
    else
        m_queue->setDestination(to);
    m_queue->setTransferOptions(options);
    UploadTask* task = m_queue->add(UploadItem::fromPath(path));
    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    m_queue->start();
    if (!m_queue->isIdle() && !finished.wait(60'000))
        qWarning("the queue did not finish within 60 s");
    return task;
}

bool TestTransferFaults::serverHasRead(qint64 bytes)
{
    const QJsonArray received = m_server.uploads();
    return !received.isEmpty() && received.last().toObject().value(u"body_bytes"_s).toInteger() >= bytes;
}

qint64 TestTransferFaults::peakMemoryKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void TestTransferFaults::fileChangedWhileSentIsNeverASuccess_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("said");
    QTest::newRow("overwritten in place") << u"rewrite"_s << u"it was written to"_s;
    QTest::newRow("shrinks") << u"shrink"_s << u"it got shorter"_s;
    QTest::newRow("grows") << u"grow"_s << u"it grew"_s;
    QTest::newRow("replaced by a new file") << u"replace"_s << u"replaced by another file"_s;
}

void TestTransferFaults::fileChangedWhileSentIsNeverASuccess()
{
    QFETCH(QString, change);
    QFETCH(QString, said);
    const int before = stored();
    const QString path = bigFile(u"changing-"_s + change + u".bin"_s);
    m_server.addFault({{u"kind"_s, u"slow"_s}, {u"bytes_per_sec"_s, 8 * 1024 * 1024}});
    m_queue->setProfile(openSandboxProfile(m_server.base()));
    UploadTask* task = m_queue->add(UploadItem::fromPath(path));
    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    m_queue->start();
    QTRY_VERIFY_WITH_TIMEOUT(serverHasRead(1024 * 1024), 20'000);

    QFile file(path);
    if (change == u"replace"_s) {
        const QString fresh = TestFiles::write(path + u".new"_s, "a new version");
        QVERIFY(QFile::remove(path) && QFile::rename(fresh, path));
    } else {
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (change == u"rewrite"_s)
            QCOMPARE(file.write(QByteArray(512 * 1024, 'n')), 512 * 1024); // same size, new bytes
        else if (change == u"shrink"_s)
            QVERIFY(file.resize(bigSize / 2));
        else
            QVERIFY(file.seek(bigSize) && file.write("more") == 4);
        file.close();
    }
    QVERIFY(finished.wait(30'000));

    QCOMPARE(task->state(), UploadTask::State::Failed);
    QVERIFY2(task->message().contains(u"changed while it was being sent"_s) && task->message().contains(said),
             qPrintable(task->message()));
    QVERIFY2(!task->message().contains(u"Content-Type"_s), qPrintable(task->message()));
    QCOMPARE(task->attempts(), 1); // a changing file is not sent again on its own
    QCOMPARE(stored(), before);    // the server kept nothing
    const QJsonObject received = m_server.uploads().last().toObject();
    QVERIFY2(received.value(u"body_bytes"_s).toInteger() < received.value(u"content_length"_s).toInteger(),
             "the server got a short body, never a complete one");
}

void TestTransferFaults::fileEmptiedAfterQueueingIsNotSent()
{
    const QString path = TestFiles::write(m_dir.filePath(u"emptied.png"_s), "soon gone");
    m_queue->setProfile(openSandboxProfile(m_server.base()));
    UploadTask* task = m_queue->add(UploadItem::fromPath(path));
    QCOMPARE(task->state(), UploadTask::State::Queued);
    QVERIFY(QFile(path).resize(0));
    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    m_queue->start();

    QCOMPARE(task->state(), UploadTask::State::Blocked);
    QVERIFY2(task->message().contains(u"0 bytes"_s), qPrintable(task->message()));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_server.uploads().size(), 0);
}

void TestTransferFaults::bodyTakenThenDroppedIsUnknownAndSentOnce()
{
    const QString path = TestFiles::writeRandom(m_dir.filePath(u"dropped.bin"_s), 300'000);
    m_server.addFault({{u"kind"_s, u"drop_after_body"_s}, {u"count"_s, 5}});
    UploadTask* task = upload(path);

    QCOMPARE(task->state(), UploadTask::State::Unknown);
    QVERIFY2(task->message().contains(u"may have stored it"_s), qPrintable(task->message()));
    QCOMPARE(task->attempts(), 1);
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 1); // Qt's own re-send of the complete body was refused
    const QJsonObject only = received.first().toObject();
    QCOMPARE(only.value(u"body_bytes"_s).toInteger(), only.value(u"content_length"_s).toInteger());
    QCOMPARE(EmulatorClient::parts(only).last().toObject().value(u"sha256"_s).toString(),
             EmulatorClient::sha256Of(path));
}

void TestTransferFaults::slowButWorkingServerGetsOneCopy()
{
    const int before = stored();
    m_server.addFault({{u"kind"_s, u"delay"_s}, {u"seconds"_s, 3}});
    TransferOptions options;
    options.stallTimeoutMs = 1'000; // sending only: the wait for the answer has its own deadline
    UploadTask* task = upload(TestFiles::writeRandom(m_dir.filePath(u"slow.bin"_s), 100'000), options);

    QVERIFY2(task->state() == UploadTask::State::Succeeded, qPrintable(task->message()));
    QCOMPARE(task->attempts(), 1);
    QCOMPARE(m_server.uploads().size(), 1);
    QCOMPARE(stored(), before + 1);
}

void TestTransferFaults::answerThatTricklesEndsAsUnknown()
{
    m_server.addFault({{u"kind"_s, u"trickle"_s}, {u"interval"_s, 0.2}});
    Profile profile = openSandboxProfile(m_server.base());
    profile.answerTimeoutSeconds = 1; // the profile's own deadline, over the default
    UploadTask* task = upload(TestFiles::writeRandom(m_dir.filePath(u"trickle.bin"_s), 50'000), {},
                              {profile.name, profile, {}, {}});

    QCOMPARE(task->state(), UploadTask::State::Unknown);
    QVERIFY2(task->message().contains(u"no complete answer within 1 second"_s), qPrintable(task->message()));
    QCOMPARE(m_server.uploads().size(), 1);
}

void TestTransferFaults::hugeAnswerIsCutAtTheCap()
{
    m_server.addFault({{u"kind"_s, u"huge"_s}, {u"bytes"_s, 4'000'000'000LL}});
    const qint64 peakBefore = peakMemoryKiB();
    UploadTask* task = upload(TestFiles::writeRandom(m_dir.filePath(u"huge.bin"_s), 10'000));

    QCOMPARE(task->response().status, 200);
    QVERIFY(task->response().bodyTruncated);
    QCOMPARE(task->response().body.size(), ResponseRecord::DefaultBodyCap);
    QCOMPARE(task->state(), UploadTask::State::Failed); // the cut answer cannot prove success
    QTRY_VERIFY(m_server.uploads().first().toObject().contains(u"answer_bytes_sent"_s));
    const qint64 sent = m_server.uploads().first().toObject().value(u"answer_bytes_sent"_s).toInteger();
    QVERIFY2(sent < 256LL * 1024 * 1024, qPrintable(u"the server wrote %1 bytes"_s.arg(sent)));
    QVERIFY2(peakMemoryKiB() - peakBefore < 128 * 1024, "memory stays flat whatever the server sends");
}

void TestTransferFaults::cancelAfterTheBodyIsUnknown()
{
    const int before = stored();
    m_server.addFault({{u"kind"_s, u"delay"_s}, {u"seconds"_s, 3}});
    m_queue->setProfile(openSandboxProfile(m_server.base()));
    UploadTask* task =
        m_queue->add(UploadItem::fromPath(TestFiles::writeRandom(m_dir.filePath(u"c.bin"_s), 1000)));
    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    m_queue->start();
    QTRY_VERIFY_WITH_TIMEOUT(task->bodySent(), 10'000);
    m_queue->cancel(task->id());
    QVERIFY(finished.wait(10'000));

    QCOMPARE(task->state(), UploadTask::State::Unknown);
    QVERIFY2(task->message().contains(u"may have stored it"_s), qPrintable(task->message()));
    QTRY_COMPARE(stored(), before + 1); // it did: "cancelled" would have been a lie
}

void TestTransferFaults::redirectToAnotherOriginSendsNothingThere()
{
    QUrl elsewhere = m_server.url(u"/api/media/files"_s);
    elsewhere.setHost(u"localhost"_s); // another origin, the same emulator: it would record the visit
    m_server.addFault(
        {{u"kind"_s, u"redirect"_s}, {u"status"_s, 307}, {u"location"_s, elsewhere.toString()}});
    Profile profile = openSandboxProfile(m_server.base());
    profile.auth.scheme = AuthConfig::Scheme::Bearer;
    UploadTask* task = upload(TestFiles::writeRandom(m_dir.filePath(u"moved.bin"_s), 10'000), {},
                              {profile.name, profile, {}, {QString(), u"only-for-127"_s}});

    QCOMPARE(task->state(), UploadTask::State::Failed);
    QVERIFY2(task->message().contains(u"localhost"_s) && task->message().contains(u"another address"_s),
             qPrintable(task->message()));
    const QJsonArray received = m_server.requests();
    QCOMPARE(received.size(), 1);
    QVERIFY(received.first().toObject().value(u"host"_s).toString().startsWith(u"127.0.0.1"_s));
    QCOMPARE(received.first().toObject().value(u"headers"_s).toObject().value(u"authorization"_s).toString(),
             u"Bearer only-for-127"_s);
    QCOMPARE(task->attempts(), 1);
}

void TestTransferFaults::redirectLoopStopsAfterFive()
{
    m_server.addFault({{u"kind"_s, u"redirect"_s},
                       {u"status"_s, 307},
                       {u"location"_s, u"/api/media/files"_s},
                       {u"count"_s, 50}});
    UploadTask* task = upload(TestFiles::writeRandom(m_dir.filePath(u"loop.bin"_s), 10'000));

    QCOMPARE(task->state(), UploadTask::State::Failed);
    QVERIFY2(task->message().contains(u"Too many redirects"_s), qPrintable(task->message()));
    QCOMPARE(m_server.uploads().size(), 6); // the upload and five redirects followed
    QCOMPARE(task->attempts(), 6);
}

void TestTransferFaults::sameOriginRedirectIsFollowed()
{
    const int before = stored();
    m_server.addFault(
        {{u"kind"_s, u"redirect"_s}, {u"status"_s, 308}, {u"location"_s, u"/api/media/files"_s}});
    UploadTask* task = upload(TestFiles::writeRandom(m_dir.filePath(u"follow.bin"_s), 10'000));

    QVERIFY2(task->state() == UploadTask::State::Succeeded, qPrintable(task->message()));
    QCOMPARE(m_server.uploads().size(), 2);
    QCOMPARE(task->attempts(), 2);
    QCOMPARE(stored(), before + 1);
}

void TestTransferFaults::htmlSignInPageIsNotASuccess()
{
    m_server.addFault({{u"kind"_s, u"status"_s},
                       {u"status"_s, 200},
                       {u"headers"_s, QJsonObject{{u"Content-Type"_s, u"text/html; charset=utf-8"_s}}},
                       {u"body"_s, u"<!DOCTYPE html><html><head><title>Sign in · Example SSO</title></head>"
                                   "<body><form></form></body></html>"_s}});
    Profile generic = *PresetCatalogue::find(u"generic"_s); // --url: no success conditions
    generic.variables.insert(u"url"_s, m_server.url(u"/api/media/files"_s).toString());
    generic.filePart.name = u"f"_s;
    UploadTask* task = upload(TestFiles::writeRandom(m_dir.filePath(u"sso.bin"_s), 1000), {},
                              {generic.name, generic, {}, {}});

    QCOMPARE(task->state(), UploadTask::State::Failed);
    QVERIFY2(task->message().contains(u"probably a sign-in or error page"_s) &&
                 task->message().contains(u"Sign in · Example SSO"_s),
             qPrintable(task->message()));
    QCOMPARE(m_server.uploads().size(), 1);
}

void TestTransferFaults::resetBeforeTheBodyEndedIsRetried()
{
    const int before = stored();
    m_server.addFault({{u"kind"_s, u"close"_s}, {u"after_bytes"_s, 64 * 1024}});
    const QString path = bigFile(u"reset.bin"_s);
    UploadTask* task = upload(path);

    QVERIFY2(task->state() == UploadTask::State::Succeeded, qPrintable(task->message()));
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 2);
    QVERIFY(received.first().toObject().value(u"dropped"_s).toBool());
    QCOMPARE(EmulatorClient::parts(received.last()).last().toObject().value(u"sha256"_s).toString(),
             EmulatorClient::sha256Of(path));
    QCOMPARE(stored(), before + 1);
}

QTEST_GUILESS_MAIN(TestTransferFaults)
#include "TestTransferFaults.moc"
