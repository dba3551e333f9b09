// Every preset end to end through the engine against its service's emulator: upload, replace,
// folder placement, token refresh and follow-up steps, asserting what the emulator stored.
#include "app/auth/AccessTokenCache.h"
#include "app/auth/CredentialCheck.h"
#include "app/net/NetworkThread.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/QueueUpload.h"
#include "tests/support/ServiceEmulators.h"
#include "tests/support/TestFiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using QueueUpload::upload;

namespace {
// Enough of a PNG for content sniffing (and for the services' type checks).
const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(3000, '\x42');

QJsonObject itemWhere(const QJsonArray& items, const QString& key, const QJsonValue& value)
{
    for (const QJsonValue& item : items) {
        if (item.toObject().value(key) == value)
            return item.toObject();
    }
    return QJsonObject();
}

QJsonObject partNamed(const QJsonObject& request, const QString& name)
{
    for (const QJsonValue& part : request.value(u"parts"_s).toArray()) {
        if (part.toObject().value(u"name"_s).toString() == name)
            return part.toObject();
    }
    return QJsonObject();
}

QStringList partNames(const QJsonObject& request)
{
    QStringList names;
    for (const QJsonValue& part : request.value(u"parts"_s).toArray())
        names.append(part.toObject().value(u"name"_s).toString());
    return names;
}

// The recorded requests to one path.
QJsonArray requestsTo(EmulatorClient& server, const QString& path)
{
    QJsonArray matching;
    for (const QJsonValue& request : server.requests()) {
        if (request.toObject().value(u"path"_s).toString() == path)
            matching.append(request);
    }
    return matching;
}
} // namespace

class TestServicePresets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void xiboUploadsIntoAFolderAndReplaces();
    void xiboRefreshesAnExpiredTokenOnceMidQueue();
    void xiboRenewsATokenBeforeItRunsOut();
    void squidexSendsTheFolderInTheQueryAndReplacesContent();
    void qualtricsSendsTheFolderAsTextAndRefusesNonImages();
    void qualtricsSignsInWithOAuthBasicClientAuth();
    void mayanUploadsAddsMetadataAndReplaces();
    void drfMediaUploadsWithTokenAuth();
    void testButtonBuysATokenForOAuthClients();

private:
    Profile preset(const QString& id, EmulatorClient& server,
                   const QMap<QString, QString>& values = {}) const;
    QString file(const QString& name, const QByteArray& content);

    ServiceEmulators m_servers;
    QTemporaryDir m_dir;
    NetworkThread m_network;
    AccessTokenCache m_tokens{&m_network};
};

void TestServicePresets::initTestCase()
{
    QVERIFY2(m_servers.allRunning(), "an emulator fixture is not running (run through ctest)");
    QVERIFY(m_dir.isValid());
}

Profile TestServicePresets::preset(const QString& id, EmulatorClient& server,
                                   const QMap<QString, QString>& values) const
{
    std::optional<Profile> profile = PresetCatalogue::find(id);
    if (!profile)
        return Profile();
    profile->variables.insert(u"base"_s, server.base().toString());
    profile->variables.insert(values);
    return *profile;
}

QString TestServicePresets::file(const QString& name, const QByteArray& content)
{
    return TestFiles::write(m_dir.filePath(name), content);
}

void TestServicePresets::xiboUploadsIntoAFolderAndReplaces()
{
    m_servers.xibo.clear();
    const int tokensBefore = m_servers.xibo.tokensIssued(); // the fixture is shared with other tests
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(preset(u"xibo"_s, m_servers.xibo), {}, {u"hoist-xibo-client"_s, u"hoist-xibo-secret"_s});
    const QString first = file(u"banner.png"_s, png);
    UploadTask* uploaded = upload(queue, first, {{u"name"_s, u"Daily banner"_s}, {u"folder"_s, u"7"_s}});
    QVERIFY2(uploaded->state() == UploadTask::State::Succeeded, qPrintable(uploaded->message()));
    const QString mediaId = uploaded->field(u"id"_s);
    QVERIFY(!mediaId.isEmpty());
    QCOMPARE(uploaded->field(u"storedas"_s), mediaId + u".png"_s);

    // The token request: client credentials in the form body, as the preset says.
    const QJsonArray tokenRequests = requestsTo(m_servers.xibo, u"/api/authorize/access_token"_s);
    QCOMPARE(tokenRequests.size(), 1);
    QCOMPARE(tokenRequests.at(0).toObject().value(u"content_type"_s).toString(),
             u"application/x-www-form-urlencoded"_s);
    const QJsonObject request = requestsTo(m_servers.xibo, u"/api/library"_s).at(0).toObject();
    QCOMPARE(partNames(request), (QStringList{u"name"_s, u"folderId"_s, u"files"_s}));
    QCOMPARE(request.value(u"headers"_s).toObject().value(u"accept"_s).toString(), u"application/json"_s);
    QVERIFY(
        request.value(u"headers"_s).toObject().value(u"authorization"_s).toString().startsWith(u"Bearer "_s));
    const QJsonObject stored = itemWhere(m_servers.xibo.items(), u"mediaId"_s, mediaId.toInt());
    QCOMPARE(stored.value(u"name"_s).toString(), u"Daily banner"_s);
    QCOMPARE(stored.value(u"folderId"_s).toInt(), 7);
    QCOMPARE(stored.value(u"type"_s).toString(), u"image/png"_s);
    QCOMPARE(stored.value(u"sha256"_s).toString(), EmulatorClient::sha256Of(first));

    // Replace: oldMediaId plus the two flags, a new media id; the old one stays as a revision
    // because deleteOldRevisions defaults to 0.
    const QString second = file(u"banner-v2.png"_s, png + "v2");
    UploadTask* replaced = upload(queue, second, {{u"replace"_s, mediaId}});
    QVERIFY2(replaced->state() == UploadTask::State::Succeeded, qPrintable(replaced->message()));
    const QJsonObject replaceRequest = requestsTo(m_servers.xibo, u"/api/library"_s).at(1).toObject();
    QCOMPARE(partNames(replaceRequest),
             (QStringList{u"oldMediaId"_s, u"updateInLayouts"_s, u"deleteOldRevisions"_s, u"files"_s}));
    QCOMPARE(partNamed(replaceRequest, u"oldMediaId"_s).value(u"value"_s).toString(), mediaId);
    const QJsonObject revision =
        itemWhere(m_servers.xibo.items(), u"mediaId"_s, replaced->field(u"id"_s).toInt());
    QCOMPARE(revision.value(u"oldMediaId"_s).toInt(), mediaId.toInt());
    QCOMPARE(revision.value(u"updatedInLayouts"_s).toBool(), true);
    QCOMPARE(revision.value(u"deletedOldRevision"_s).toBool(), false);
    QCOMPARE(revision.value(u"sha256"_s).toString(), EmulatorClient::sha256Of(second));
    QCOMPARE(m_servers.xibo.tokensIssued() - tokensBefore, 1); // one token served both requests
}

void TestServicePresets::xiboRefreshesAnExpiredTokenOnceMidQueue()
{
    m_servers.xibo.clear();
    const int tokensBefore = m_servers.xibo.tokensIssued();
    // A cache of its own: the test counts the tokens it buys.
    AccessTokenCache tokens(&m_network);
    UploadQueue queue(&m_network, &tokens);
    queue.setConcurrency(1);
    queue.setProfile(preset(u"xibo"_s, m_servers.xibo), {}, {u"hoist-xibo-client"_s, u"hoist-xibo-secret"_s});
    QList<UploadTask*> tasks;
    for (int i = 0; i < 5; ++i)
        tasks.append(
            queue.add(UploadItem::fromPath(file(u"mid-%1.png"_s.arg(i), png + QByteArray::number(i)))));
    // The token dies as soon as the first file is in (revoked on the server, as a restart would).
    bool expired = false;
    connect(tasks.first(), &UploadTask::stateChanged, this, [&] {
        if (!expired && tasks.first()->state() == UploadTask::State::Succeeded) {
            expired = true;
            m_servers.xibo.expireTokens();
        }
    });
    QSignalSpy finished(&queue, &UploadQueue::finished);
    queue.start();
    QVERIFY(finished.wait(30'000));
    QVERIFY(expired);
    for (UploadTask* task : std::as_const(tasks))
        QVERIFY2(task->state() == UploadTask::State::Succeeded, qPrintable(task->message()));
    QCOMPARE(m_servers.xibo.tokensIssued() - tokensBefore, 2);
    int refused = 0;
    for (const QJsonValue& request : requestsTo(m_servers.xibo, u"/api/library"_s))
        refused += request.toObject().value(u"status"_s).toInt() == 401 ? 1 : 0;
    QCOMPARE(refused, 1);
    QCOMPARE(requestsTo(m_servers.xibo, u"/api/library"_s).size(), 6);
}

// expires_in 3: the queue buys the next token before sending, so the server never refuses one.
void TestServicePresets::xiboRenewsATokenBeforeItRunsOut()
{
    // Time is the cache's clock: the hour a Xibo token lives passes without waiting for it.
    QDateTime now = QDateTime::currentDateTimeUtc();
    AccessTokenCache tokens(&m_network);
    tokens.setClock([&now] { return now; });
    EmulatorClient& xibo = m_servers.xibo;
    xibo.clear();
    const int issuedBefore = xibo.tokensIssued();
    UploadQueue queue(&m_network, &tokens);
    queue.setProfile(preset(u"xibo"_s, xibo), {}, {u"hoist-xibo-client"_s, u"hoist-xibo-secret"_s});
    QVERIFY(upload(queue, file(u"early.png"_s, png + "early"))->state() == UploadTask::State::Succeeded);
    now = now.addSecs(3600 - 59); // within the last minute of its hour: renewed before it is used
    UploadTask* late = upload(queue, file(u"late.png"_s, png + "late"));
    QVERIFY2(late->state() == UploadTask::State::Succeeded, qPrintable(late->message()));
    QCOMPARE(xibo.tokensIssued() - issuedBefore, 2);
    for (const QJsonValue& request : requestsTo(xibo, u"/api/library"_s))
        QCOMPARE(request.toObject().value(u"status"_s).toInt(), 200);
}

void TestServicePresets::squidexSendsTheFolderInTheQueryAndReplacesContent()
{
    m_servers.squidex.clear();
    const QString folder = u"39b46dab-60ee-4bef-ae51-64591d3f5d7f"_s;
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(preset(u"squidex"_s, m_servers.squidex, {{u"app"_s, u"hoist-app"_s}}), {},
                     {u"hoist-app:default"_s, u"hoist-squidex-secret"_s});
    const QString first = file(u"head.png"_s, png + "squidex");
    UploadTask* uploaded = upload(queue, first, {{u"folder"_s, folder}});
    QVERIFY2(uploaded->state() == UploadTask::State::Succeeded, qPrintable(uploaded->message()));
    QCOMPARE(uploaded->response().status, 201);
    const QString assetId = uploaded->field(u"id"_s);

    const QJsonObject request =
        requestsTo(m_servers.squidex, u"/api/apps/hoist-app/assets"_s).at(0).toObject();
    QCOMPARE(request.value(u"query_string"_s).toString(), u"parentId="_s + folder);
    QCOMPARE(partNames(request), QStringList{u"file"_s});
    QCOMPARE(partNamed(request, u"file"_s).value(u"content_type"_s).toString(), u"image/png"_s);
    const QJsonArray tokenRequests = requestsTo(m_servers.squidex, u"/identity-server/connect/token"_s);
    QCOMPARE(tokenRequests.size(), 1);
    const QJsonObject stored = itemWhere(m_servers.squidex.items(), u"id"_s, assetId);
    QCOMPARE(stored.value(u"parentId"_s).toString(), folder);
    QCOMPARE(stored.value(u"sha256"_s).toString(), EmulatorClient::sha256Of(first));

    // Squidex answers a dead token with an empty 403 on upload routes: refreshed once, then PUT.
    m_servers.squidex.expireTokens();
    const QString second = file(u"head-v2.png"_s, png + "squidex v2");
    UploadTask* replaced = upload(queue, second, {{u"replace"_s, assetId}});
    QVERIFY2(replaced->state() == UploadTask::State::Succeeded, qPrintable(replaced->message()));
    QCOMPARE(replaced->response().status, 200);
    QCOMPARE(replaced->field(u"version"_s), u"1"_s);
    const QJsonArray puts =
        requestsTo(m_servers.squidex, u"/api/apps/hoist-app/assets/%1/content"_s.arg(assetId));
    QCOMPARE(puts.size(), 2); // the 403, then the one with the new token
    QCOMPARE(puts.at(0).toObject().value(u"status"_s).toInt(), 403);
    QCOMPARE(puts.at(1).toObject().value(u"method"_s).toString(), u"PUT"_s);
    QCOMPARE(puts.at(1).toObject().value(u"query_string"_s).toString(), QString());
    QCOMPARE(itemWhere(m_servers.squidex.items(), u"id"_s, assetId).value(u"sha256"_s).toString(),
             EmulatorClient::sha256Of(second));
}

void TestServicePresets::qualtricsSendsTheFolderAsTextAndRefusesNonImages()
{
    m_servers.qualtrics.clear();
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(preset(u"qualtrics"_s, m_servers.qualtrics, {{u"library"_s, u"UR_hoist"_s}}), {},
                     {QString(), u"hoist-qualtrics-token"_s});
    const QString image = file(u"pic_1.png"_s, png + "qualtrics");
    UploadTask* uploaded = upload(queue, image, {{u"folder"_s, u"Banners"_s}});
    QVERIFY2(uploaded->state() == UploadTask::State::Succeeded, qPrintable(uploaded->message()));
    QVERIFY(uploaded->field(u"id"_s).startsWith(u"IM_"_s));
    const QJsonObject request =
        requestsTo(m_servers.qualtrics, u"/API/v3/libraries/UR_hoist/graphics"_s).at(0).toObject();
    QCOMPARE(request.value(u"headers"_s).toObject().value(u"x-api-token"_s).toString(),
             u"hoist-qualtrics-token"_s);
    QVERIFY(partNamed(request, u"folder"_s).value(u"filename"_s).isNull());
    const QJsonObject stored = itemWhere(m_servers.qualtrics.items(), u"id"_s, uploaded->field(u"id"_s));
    QCOMPARE(stored.value(u"folder"_s).toString(), u"Banners"_s);
    QCOMPARE(stored.value(u"content_type"_s).toString(), u"image/png"_s);
    QCOMPARE(stored.value(u"sha256"_s).toString(), EmulatorClient::sha256Of(image));

    const int sent = m_servers.qualtrics.uploads().size();
    UploadTask* text = upload(queue, file(u"notes.txt"_s, "not an image"));
    QCOMPARE(text->state(), UploadTask::State::Blocked);
    QVERIFY2(text->message().contains(u"image/jpeg"_s), qPrintable(text->message()));
    QCOMPARE(m_servers.qualtrics.uploads().size(), sent);
}

void TestServicePresets::qualtricsSignsInWithOAuthBasicClientAuth()
{
    m_servers.qualtrics.clear();
    Profile profile = preset(u"qualtrics"_s, m_servers.qualtrics, {{u"library"_s, u"GR_hoist"_s}});
    profile.auth.scheme = AuthConfig::Scheme::OAuth2;
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(profile, {}, {u"hoist-qualtrics-client"_s, u"hoist-qualtrics-secret"_s});
    UploadTask* uploaded = upload(queue, file(u"oauth.png"_s, png + "oauth"));
    QVERIFY2(uploaded->state() == UploadTask::State::Succeeded, qPrintable(uploaded->message()));
    const QJsonObject token = requestsTo(m_servers.qualtrics, u"/oauth2/token"_s).at(0).toObject();
    QVERIFY(
        token.value(u"headers"_s).toObject().value(u"authorization"_s).toString().startsWith(u"Basic "_s));
    const QJsonObject request =
        requestsTo(m_servers.qualtrics, u"/API/v3/libraries/GR_hoist/graphics"_s).at(0).toObject();
    QVERIFY(!request.value(u"headers"_s).toObject().contains(u"x-api-token"_s));
    QVERIFY(
        request.value(u"headers"_s).toObject().value(u"authorization"_s).toString().startsWith(u"Bearer "_s));
}

void TestServicePresets::mayanUploadsAddsMetadataAndReplaces()
{
    m_servers.mayan.clear();
    const int tokensBefore = m_servers.mayan.tokensIssued();
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(preset(u"mayan"_s, m_servers.mayan, {{u"documentType"_s, u"2"_s}}), {},
                     {u"hoist"_s, u"hoist-mayan-password"_s});
    const QString drawing = file(u"123.pdf"_s, "%PDF-1.4\n" + QByteArray(2000, 'x'));
    // Type 3 exists; type 99 does not: that step fails, the upload stays a success.
    UploadTask* uploaded = upload(
        queue, drawing,
        {{u"name"_s, u"Drawing 123"_s}, {u"metadata.3"_s, u"000510"_s}, {u"metadata.99"_s, u"lost"_s}});
    QCOMPARE(uploaded->state(), UploadTask::State::Succeeded);
    QCOMPARE(uploaded->response().status, 201);
    QCOMPARE(uploaded->followUps().size(), 2);
    QVERIFY(uploaded->followUps().at(0).succeeded);
    QVERIFY(!uploaded->followUps().at(1).succeeded);
    QVERIFY2(uploaded->followUps().at(1).message.contains(u"metadata_type_id"_s),
             qPrintable(uploaded->followUps().at(1).message));
    QVERIFY(uploaded->followUpFailed());

    const QString documentId = uploaded->field(u"id"_s);
    const QJsonArray tokenRequests = requestsTo(m_servers.mayan, u"/api/v4/auth/token/obtain/"_s);
    QCOMPARE(tokenRequests.size(), 1);
    const QJsonObject request = requestsTo(m_servers.mayan, u"/api/v4/documents/upload/"_s).at(0).toObject();
    QVERIFY(
        request.value(u"headers"_s).toObject().value(u"authorization"_s).toString().startsWith(u"Token "_s));
    QCOMPARE(partNamed(request, u"document_type_id"_s).value(u"value"_s).toString(), u"2"_s);
    QCOMPARE(partNamed(request, u"language"_s).value(u"value"_s).toString(), u"eng"_s);
    const QJsonObject metadata =
        requestsTo(m_servers.mayan, u"/api/v4/documents/%1/metadata/"_s.arg(documentId)).at(0).toObject();
    QCOMPARE(metadata.value(u"content_type"_s).toString(), u"application/x-www-form-urlencoded"_s);
    QJsonObject stored = itemWhere(m_servers.mayan.items(), u"id"_s, documentId.toInt());
    QCOMPARE(stored.value(u"label"_s).toString(), u"Drawing 123"_s);
    QCOMPARE(stored.value(u"metadata"_s).toArray().size(), 1);
    QCOMPARE(stored.value(u"metadata"_s).toArray().at(0).toObject().value(u"value"_s).toString(),
             u"000510"_s);

    // A new file for the document: file_new + action=1, answered 202 with an empty body.
    const QString revised = file(u"123-rev-b.pdf"_s, "%PDF-1.4\n" + QByteArray(2500, 'y'));
    UploadTask* replaced = upload(queue, revised, {{u"replace"_s, documentId}});
    QVERIFY2(replaced->state() == UploadTask::State::Succeeded, qPrintable(replaced->message()));
    QCOMPARE(replaced->response().status, 202);
    const QJsonObject replaceRequest =
        requestsTo(m_servers.mayan, u"/api/v4/documents/%1/files/"_s.arg(documentId)).at(0).toObject();
    QCOMPARE(partNames(replaceRequest), (QStringList{u"action"_s, u"file_new"_s}));
    QCOMPARE(partNamed(replaceRequest, u"action"_s).value(u"value"_s).toString(), u"1"_s);
    stored = itemWhere(m_servers.mayan.items(), u"id"_s, documentId.toInt());
    const QJsonArray files = stored.value(u"files"_s).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(1).toObject().value(u"sha256"_s).toString(), EmulatorClient::sha256Of(revised));
    QCOMPARE(m_servers.mayan.tokensIssued() - tokensBefore, 1);
}

void TestServicePresets::drfMediaUploadsWithTokenAuth()
{
    m_servers.drf.clear();
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(preset(u"drf-media"_s, m_servers.drf), {}, {QString(), u"hoist-test-token"_s});
    const QString path = file(u"image.jpg"_s, "\xff\xd8\xff\xe0" + QByteArray(1000, 'j'));
    UploadTask* uploaded = upload(queue, path, {{u"description"_s, u"User profile avatar"_s}});
    QVERIFY2(uploaded->state() == UploadTask::State::Succeeded, qPrintable(uploaded->message()));
    QVERIFY(uploaded->field(u"url"_s).startsWith(m_servers.drf.base().toString()));
    const QJsonObject request = m_servers.drf.uploads().at(0).toObject();
    QCOMPARE(request.value(u"headers"_s).toObject().value(u"authorization"_s).toString(),
             u"Token hoist-test-token"_s);
    QCOMPARE(partNames(request), (QStringList{u"description"_s, u"f"_s}));
    QCOMPARE(partNamed(request, u"f"_s).value(u"content_type"_s).toString(), u"image/jpeg"_s);
}

// Test on an OAuth client credential: the token request is the real test of the secret.
void TestServicePresets::testButtonBuysATokenForOAuthClients()
{
    m_servers.xibo.clear();
    const Profile xibo = preset(u"xibo"_s, m_servers.xibo);
    CredentialCheck check(&m_network, &m_tokens);
    QSignalSpy finished(&check, &CredentialCheck::finished);

    check.start(xibo, {u"hoist-xibo-client"_s, u"hoist-xibo-secret"_s});
    QVERIFY(finished.wait(10'000));
    auto result = finished.takeFirst().at(0).value<CredentialCheck::Result>();
    QVERIFY2(result.verdict == CredentialCheck::Verdict::Accepted, qPrintable(result.message));
    QCOMPARE(requestsTo(m_servers.xibo, u"/api/authorize/access_token"_s).size(), 1);
    const QJsonObject clock = requestsTo(m_servers.xibo, u"/api/clock"_s).at(0).toObject();
    QVERIFY(
        clock.value(u"headers"_s).toObject().value(u"authorization"_s).toString().startsWith(u"Bearer "_s));

    check.start(xibo, {u"hoist-xibo-client"_s, u"wrong"_s});
    QVERIFY(finished.wait(10'000));
    result = finished.takeFirst().at(0).value<CredentialCheck::Result>();
    QCOMPARE(result.verdict, CredentialCheck::Verdict::Rejected);
    QVERIFY2(result.message.contains(u"client ID or secret is wrong"_s), qPrintable(result.message));
    QVERIFY(!result.message.contains(u"wrong\""_s));
    QCOMPARE(requestsTo(m_servers.xibo, u"/api/clock"_s).size(), 1); // no check without a token
}

QTEST_GUILESS_MAIN(TestServicePresets)
#include "TestServicePresets.moc"
