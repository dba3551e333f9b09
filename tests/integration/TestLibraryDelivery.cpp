// What the library tells about an upload, through the engine against the emulators (which keep
// real state): a delivery verified by the service's size or hash, a mismatch when it stored other
// bytes, a file it already holds held before it is sent twice, an unknown outcome settled by
// looking, and a replace on a service without one (upload, then delete the old item).
#include "app/auth/AccessTokenCache.h"
#include "app/library/DigestCache.h"
#include "app/library/LibraryLookup.h"
#include "app/net/NetworkThread.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/QueueUpload.h"
#include "tests/support/ServiceEmulators.h"
#include "tests/support/TestFiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using QueueUpload::upload;

namespace {
const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(3000, '\x42');

struct Service
{
    QString preset;
    EmulatorClient* server = nullptr;
    QMap<QString, QString> values;
    Secret secret;
    QString uploadPath; // where uploads are recorded
};

QJsonArray requestsTo(EmulatorClient& server, const QString& method, const QString& path)
{
    QJsonArray matching;
    for (const QJsonValue& request : server.requests()) {
        const QJsonObject object = request.toObject();
        if (object.value(u"method"_s).toString() == method && object.value(u"path"_s).toString() == path)
            matching.append(request);
    }
    return matching;
}
} // namespace

class TestLibraryDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aDeliveryIsVerified_data();
    void aDeliveryIsVerified();
    void otherBytesStoredAreAFailure_data();
    void otherBytesStoredAreAFailure();
    void aFileTheLibraryHoldsWaits();
    void sameNameAndSizeCountWithoutAHash();
    void anUnknownOutcomeIsSettledByLooking();
    void replacingWithoutAReplaceDeletesTheOldItem();

private:
    Service service(const QString& name);
    void setUp(UploadQueue& queue, const Service& service, bool holdDuplicates = false);
    QString file(const QString& name, const QByteArray& content);

    ServiceEmulators m_servers;
    QTemporaryDir m_dir;
    NetworkThread m_network;
    AccessTokenCache m_tokens{&m_network};
    DigestCache m_digests;
    LibraryLookup m_lookup{&m_network, &m_tokens, &m_digests};
};

void TestLibraryDelivery::initTestCase()
{
    QVERIFY2(m_servers.allRunning(), "an emulator fixture is not running (run through ctest)");
    QVERIFY(m_dir.isValid());
}

Service TestLibraryDelivery::service(const QString& name)
{
    if (name == u"xibo"_s)
        return {
            name, &m_servers.xibo, {}, {u"hoist-xibo-client"_s, u"hoist-xibo-secret"_s}, u"/api/library"_s};
    if (name == u"squidex"_s)
        return {name,
                &m_servers.squidex,
                {{u"app"_s, u"hoist-app"_s}},
                {u"hoist-app:default"_s, u"hoist-squidex-secret"_s},
                u"/api/apps/hoist-app/assets"_s};
    return {u"drf-media"_s, &m_servers.drf, {}, {QString(), u"hoist-test-token"_s}, u"/api/media/files"_s};
}

void TestLibraryDelivery::setUp(UploadQueue& queue, const Service& service, bool holdDuplicates)
{
    std::optional<Profile> profile = PresetCatalogue::find(service.preset);
    QVERIFY(profile);
    profile->variables.insert(u"base"_s, service.server->base().toString());
    profile->variables.insert(service.values);
    queue.setProfile(*profile, {}, service.secret);
    queue.setLibraryLookup(&m_lookup);
    queue.setHoldsDuplicates(holdDuplicates);
}

QString TestLibraryDelivery::file(const QString& name, const QByteArray& content)
{
    return TestFiles::write(m_dir.filePath(name), content);
}

void TestLibraryDelivery::aDeliveryIsVerified_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("what"); // what the message names as compared
    QTest::newRow("xibo: size and md5") << u"xibo"_s << u"md5"_s;
    QTest::newRow("squidex: size and fileHash") << u"squidex"_s << u"squidex"_s;
    QTest::newRow("drf: size") << u"drf"_s << u"size"_s;
}

void TestLibraryDelivery::aDeliveryIsVerified()
{
    QFETCH(QString, name);
    QFETCH(QString, what);
    const Service target = service(name);
    target.server->clear();
    UploadQueue queue(&m_network, &m_tokens);
    setUp(queue, target);
    const QString path = file(name + u"-verified.png"_s, png + name.toUtf8());
    UploadTask* task = upload(queue, path);
    QVERIFY2(task->state() == UploadTask::State::Succeeded, qPrintable(task->message()));
    QCOMPARE(task->delivery(), DeliveryCheck::Verdict::Verified);
    QVERIFY2(task->message().startsWith(u"Verified"_s) && task->message().contains(what),
             qPrintable(task->message()));
    QCOMPARE(QString::fromLatin1(task->sentDigest().sha256), EmulatorClient::sha256Of(path));
    // What the server received is the file.
    const QJsonArray uploads = requestsTo(*target.server, u"POST"_s, target.uploadPath);
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(EmulatorClient::parts(uploads.at(0)).last().toObject().value(u"sha256"_s).toString(),
             EmulatorClient::sha256Of(path));
}

void TestLibraryDelivery::otherBytesStoredAreAFailure_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("xibo") << u"xibo"_s;
    QTest::newRow("squidex") << u"squidex"_s;
    QTest::newRow("drf") << u"drf"_s;
}

void TestLibraryDelivery::otherBytesStoredAreAFailure()
{
    QFETCH(QString, name);
    const Service target = service(name);
    target.server->clear();
    target.server->addFault(
        {{u"kind"_s, u"store_other_bytes"_s}, {u"method"_s, u"POST"_s}, {u"path"_s, target.uploadPath}});
    UploadQueue queue(&m_network, &m_tokens);
    setUp(queue, target);
    const QString path = file(name + u"-mismatch.png"_s, png + name.toUtf8());
    UploadTask* task = upload(queue, path);
    QCOMPARE(task->state(), UploadTask::State::Failed);
    QCOMPARE(task->delivery(), DeliveryCheck::Verdict::Mismatch);
    // Both sizes: the emulator dropped the last byte.
    const qint64 size = QFileInfo(path).size();
    for (const qint64 value : {size, size - 1})
        QVERIFY2(task->message().contains(QLocale().toString(value)), qPrintable(task->message()));
    // Sent once, the whole file; not sent again on its own.
    const QJsonArray uploads = requestsTo(*target.server, u"POST"_s, target.uploadPath);
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(EmulatorClient::parts(uploads.at(0)).last().toObject().value(u"sha256"_s).toString(),
             EmulatorClient::sha256Of(path));
}

void TestLibraryDelivery::aFileTheLibraryHoldsWaits()
{
    const Service xibo = service(u"xibo"_s);
    xibo.server->clear();
    const QString path = file(u"held.png"_s, png + "held");
    QString mediaId;
    {
        UploadQueue first(&m_network, &m_tokens);
        setUp(first, xibo);
        UploadTask* task = upload(first, path);
        QVERIFY2(task->state() == UploadTask::State::Succeeded, qPrintable(task->message()));
        mediaId = task->field(u"id"_s);
    }
    // Another copy of the same bytes under the same name, from elsewhere: same hash, held.
    QTemporaryDir elsewhere;
    const QString copy = TestFiles::write(elsewhere.filePath(u"held.png"_s), png + "held");
    UploadQueue queue(&m_network, &m_tokens);
    setUp(queue, xibo, true);
    UploadTask* held = upload(queue, copy);
    QCOMPARE(held->state(), UploadTask::State::Blocked);
    QVERIFY(held->earlierUpload() && held->earlierUpload()->inLibrary);
    QCOMPARE(held->earlierUpload()->id, mediaId);
    QVERIFY2(held->message().contains(u"#"_s + mediaId), qPrintable(held->message()));
    QCOMPARE(requestsTo(*xibo.server, u"POST"_s, xibo.uploadPath).size(), 1); // not sent twice
    QVERIFY(!requestsTo(*xibo.server, u"GET"_s, u"/api/library"_s).isEmpty());

    // Other bytes under that name go up.
    const QString changed = file(u"other/held.png"_s, png + "held, edited");
    UploadTask* other = upload(queue, changed);
    QVERIFY2(other->state() == UploadTask::State::Succeeded, qPrintable(other->message()));

    // "Replace that item": a new revision of it.
    queue.uploadAnyway(held->id(), true);
    queue.start();
    QTRY_COMPARE_WITH_TIMEOUT(held->state(), UploadTask::State::Succeeded, 30'000);
    const QJsonArray posts = requestsTo(*xibo.server, u"POST"_s, xibo.uploadPath);
    QCOMPARE(posts.size(), 3);
    bool replaced = false;
    for (const QJsonValue& part : EmulatorClient::parts(posts.at(2)))
        replaced = replaced || (part.toObject().value(u"name"_s) == u"oldMediaId"_s &&
                                part.toObject().value(u"value"_s).toString() == mediaId);
    QVERIFY(replaced);
}

void TestLibraryDelivery::sameNameAndSizeCountWithoutAHash()
{
    const Service drf = service(u"drf"_s);
    drf.server->clear();
    const QString path = file(u"photo.jpg"_s, "\xff\xd8\xff\xe0" + QByteArray(1500, 'p'));
    {
        UploadQueue first(&m_network, &m_tokens);
        setUp(first, drf);
        QCOMPARE(upload(first, path)->state(), UploadTask::State::Succeeded);
    }
    UploadQueue queue(&m_network, &m_tokens);
    setUp(queue, drf, true);
    QTemporaryDir elsewhere;
    // Same name and size, other bytes: the service reports no hash, so it counts as the same.
    UploadTask* held = upload(queue, TestFiles::write(elsewhere.filePath(u"photo.jpg"_s),
                                                      "\xff\xd8\xff\xe0" + QByteArray(1500, 'q')));
    QCOMPARE(held->state(), UploadTask::State::Blocked);
    QVERIFY(held->earlierUpload() && held->earlierUpload()->inLibrary);
    // Same name, another size: a different file.
    QTemporaryDir third;
    UploadTask* bigger = upload(
        queue, TestFiles::write(third.filePath(u"photo.jpg"_s), "\xff\xd8\xff\xe0" + QByteArray(1600, 'p')));
    QVERIFY2(bigger->state() == UploadTask::State::Succeeded, qPrintable(bigger->message()));
    QCOMPARE(requestsTo(*drf.server, u"POST"_s, drf.uploadPath).size(), 2);
    // The search went to the server.
    const QJsonArray lists = requestsTo(*drf.server, u"GET"_s, drf.uploadPath);
    QVERIFY(!lists.isEmpty());
    QVERIFY(lists.at(0).toObject().value(u"query_string"_s).toString().contains(u"search=photo.jpg"_s));
}

void TestLibraryDelivery::anUnknownOutcomeIsSettledByLooking()
{
    const Service drf = service(u"drf"_s);
    drf.server->clear();
    TransferOptions options;
    options.answerTimeoutMs = 300; // the answer is held back far longer: the outcome is unknown
    UploadQueue queue(&m_network, &m_tokens);
    setUp(queue, drf);
    queue.setTransferOptions(options);

    // Stored, answer never came: the library has it, so it arrived.
    drf.server->addFault(
        {{u"kind"_s, u"delay"_s}, {u"seconds"_s, 20}, {u"method"_s, u"POST"_s}, {u"path"_s, drf.uploadPath}});
    const QString stored = file(u"stored.jpg"_s, "\xff\xd8\xff\xe0" + QByteArray(900, 's'));
    UploadTask* arrived = upload(queue, stored);
    QVERIFY2(arrived->state() == UploadTask::State::Succeeded, qPrintable(arrived->message()));
    QVERIFY2(arrived->message().contains(u"it arrived"_s), qPrintable(arrived->message()));
    QVERIFY(!arrived->field(u"id"_s).isEmpty());

    // Body taken, nothing stored: the library does not have it, so it may be sent again, by the user.
    drf.server->addFault(
        {{u"kind"_s, u"drop_after_body"_s}, {u"method"_s, u"POST"_s}, {u"path"_s, drf.uploadPath}});
    const QString lost = file(u"lost.jpg"_s, "\xff\xd8\xff\xe0" + QByteArray(900, 'l'));
    UploadTask* notArrived = upload(queue, lost);
    QCOMPARE(notArrived->state(), UploadTask::State::Failed);
    QVERIFY2(notArrived->message().contains(u"did not arrive"_s), qPrintable(notArrived->message()));
    int postsOfLost = 0;
    for (const QJsonValue& post : requestsTo(*drf.server, u"POST"_s, drf.uploadPath)) {
        for (const QJsonValue& part : EmulatorClient::parts(post))
            postsOfLost += part.toObject().value(u"filename"_s).toString() == u"lost.jpg"_s ? 1 : 0;
    }
    QCOMPARE(postsOfLost, 1); // not sent again on its own
}

void TestLibraryDelivery::replacingWithoutAReplaceDeletesTheOldItem()
{
    const Service drf = service(u"drf"_s);
    drf.server->clear();
    UploadQueue queue(&m_network, &m_tokens);
    setUp(queue, drf);
    UploadTask* first = upload(queue, file(u"logo.jpg"_s, "\xff\xd8\xff\xe0" + QByteArray(700, 'a')));
    QVERIFY2(first->state() == UploadTask::State::Succeeded, qPrintable(first->message()));
    const QString oldId = first->field(u"id"_s);
    UploadTask* second = upload(queue, file(u"logo-v2.jpg"_s, "\xff\xd8\xff\xe0" + QByteArray(800, 'b')),
                                {{u"replace"_s, oldId}});
    QVERIFY2(second->state() == UploadTask::State::Succeeded, qPrintable(second->message()));
    QVERIFY(second->field(u"id"_s) != oldId);
    // The new one first, then the old one deleted (the service answered 204).
    const QJsonArray deletes = requestsTo(*drf.server, u"DELETE"_s, drf.uploadPath + u'/' + oldId);
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.at(0).toObject().value(u"status"_s).toInt(), 204);
    QCOMPARE(requestsTo(*drf.server, u"POST"_s, drf.uploadPath).size(), 2);
    QCOMPARE(second->followUps().size(), 1);
    QVERIFY2(second->followUps().at(0).succeeded, qPrintable(second->followUps().at(0).message));
}

QTEST_GUILESS_MAIN(TestLibraryDelivery)
#include "TestLibraryDelivery.moc"
