// The five seed posts' broken requests, sent to the emulators: each answers as the real service
// did (so the emulators are strict), Hoist's preflight catches the mistake before sending where it
// can, and Hoist's explanation of the answer names the cause in plain words.
#include "app/net/NetworkThread.h"
#include "app/net/TransferHandle.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/requests/Preflight.h"
#include "app/requests/RequestPlanner.h"
#include "app/responses/ResponseExplainer.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/ServiceEmulators.h"
#include "tests/support/TestFiles.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(500, '\x42');
const QByteArray boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

struct RawPart
{
    QByteArray name;
    std::optional<QByteArray> filename;
    QByteArray contentType;
    QByteArray body;
};

// A body built by hand, byte for byte as the seeds' scripts sent it.
QByteArray multipartBody(const QList<RawPart>& parts)
{
    QByteArray body;
    for (const RawPart& part : parts) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + '"';
        if (part.filename)
            body += "; filename=\"" + *part.filename + '"';
        body += "\r\n";
        if (!part.contentType.isEmpty())
            body += "Content-Type: " + part.contentType + "\r\n";
        body += "\r\n" + part.body + "\r\n";
    }
    return body + "--" + boundary + "--\r\n";
}

QList<QString> codes(const QList<PreflightFinding>& findings)
{
    QList<QString> list;
    for (const PreflightFinding& finding : findings)
        list.append(finding.code);
    return list;
}
} // namespace

class TestSeedMistakes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seed000XiboEmptyFilePart();
    void seed001SquidexHandSetContentType();
    void seed001SquidexFilePartWithoutType();
    void seed001SquidexFolderInTheBody();
    void seed002QualtricsFilePartWithoutType();
    void seed002QualtricsFolderAsAFilePart();
    void seed003MayanMissingTrailingSlash();
    void seed003MayanWrongPartsAndNestedValues();
    void seed004DrfWrongPartNameAndScheme();

private:
    ResponseRecord sendRaw(const QUrl& url, const QByteArray& contentType, const QByteArray& body,
                           const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    ResponseRecord sendPlan(const RequestPlan& plan);
    Profile generic(const QUrl& url, const QString& filePart) const;
    QString file(const QString& name, const QByteArray& content);
    QString bearer(EmulatorClient& server, const QString& tokenPath, const QByteArray& form);

    ServiceEmulators m_servers;
    QNetworkAccessManager m_raw;
    NetworkThread m_network;
    QTemporaryDir m_dir;
};

void TestSeedMistakes::initTestCase()
{
    QVERIFY2(m_servers.allRunning(), "an emulator fixture is not running (run through ctest)");
    QVERIFY(m_dir.isValid());
}

ResponseRecord TestSeedMistakes::sendRaw(const QUrl& url, const QByteArray& contentType,
                                         const QByteArray& body,
                                         const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(url);
    request.setRawHeader("Content-Type", contentType);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_raw.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10'000);
    ResponseRecord response;
    response.url = url;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.body = reply->readAll();
    reply->deleteLater();
    return response;
}

// Sends a plan as Hoist would, preflight or not: how Hoist reproduces a broken client.
ResponseRecord TestSeedMistakes::sendPlan(const RequestPlan& plan)
{
    QSignalSpy finished(m_network.start(plan, TransferOptions(), this), &TransferHandle::finished);
    if (!finished.wait(10'000))
        return ResponseRecord();
    return finished.first().at(0).value<TransferOutcome>().response;
}

Profile TestSeedMistakes::generic(const QUrl& url, const QString& filePart) const
{
    Profile profile = *PresetCatalogue::find(u"generic"_s);
    profile.variables.insert(u"url"_s, url.toString());
    profile.filePart.name = filePart;
    return profile;
}

QString TestSeedMistakes::file(const QString& name, const QByteArray& content)
{
    return TestFiles::write(m_dir.filePath(name), content);
}

QString TestSeedMistakes::bearer(EmulatorClient& server, const QString& tokenPath, const QByteArray& form)
{
    const ResponseRecord token = sendRaw(server.url(tokenPath), "application/x-www-form-urlencoded", form);
    return u"Bearer "_s + token.json().object().value(u"access_token"_s).toString();
}

// Seed 000: {"files":[{"name":"hbm.png","size":0,"type":"image\/png","error":"File is too small"}]}.
void TestSeedMistakes::seed000XiboEmptyFilePart()
{
    const QString auth =
        bearer(m_servers.xibo, u"/api/authorize/access_token"_s,
               "grant_type=client_credentials&client_id=hoist-xibo-client&client_secret=hoist-xibo-secret");
    const ResponseRecord answer =
        sendRaw(m_servers.xibo.url(u"/api/library"_s), "multipart/form-data; boundary=" + boundary,
                multipartBody({{"files", QByteArray("hbm.png"), "image/png", QByteArray()},
                               {"name", {}, {}, "CTV_Sendung"}}),
                {{"Authorization", auth.toUtf8()}});
    QCOMPARE(answer.status, 200); // Xibo reports the refusal inside a 200
    const QJsonObject refused = answer.json().object().value(u"files"_s).toArray().at(0).toObject();
    QCOMPARE(refused.value(u"error"_s).toString(), u"File is too small"_s);
    QCOMPARE(refused.value(u"size"_s).toInt(), 0);
    QCOMPARE(refused.value(u"name"_s).toString(), u"hbm.png"_s);

    Profile xibo = *PresetCatalogue::find(u"xibo"_s);
    QVERIFY(!xibo.success.evaluate(answer).success); // a 200 is not a success here
    QVERIFY2(ResponseExplainer::explain(answer).contains(u"empty (0 bytes)"_s),
             qPrintable(ResponseExplainer::explain(answer)));
    xibo.variables.insert(u"base"_s, m_servers.xibo.base().toString());
    const RequestPlan plan =
        RequestPlanner::plan(xibo, UploadItem::fromPath(file(u"hbm.png"_s, {})), {}, {QString(), u"t"_s});
    QVERIFY(codes(Preflight::check(plan, xibo, true)).contains(u"empty-file"_s));

    // The same upload with a trailing slash: Xibo has no such route.
    const ResponseRecord slash =
        sendRaw(m_servers.xibo.url(u"/api/library/"_s), "multipart/form-data; boundary=" + boundary,
                multipartBody({{"files", QByteArray("a.png"), "image/png", png}}),
                {{"Authorization", auth.toUtf8()}});
    QCOMPARE(slash.status, 404);
    QVERIFY(ResponseExplainer::explain(slash).contains(u"without a slash"_s));
    xibo.url += u'/';
    const RequestPlan slashed =
        RequestPlanner::plan(xibo, UploadItem::fromPath(file(u"a.png"_s, png)), {}, {QString(), u"t"_s});
    QVERIFY(codes(Preflight::check(slashed, xibo, true)).contains(u"trailing-slash-forbidden"_s));
}

// Seed 001, first try: 'Content-Type': 'application/json' on a multipart body → 415.
void TestSeedMistakes::seed001SquidexHandSetContentType()
{
    const QString auth = bearer(m_servers.squidex, u"/identity-server/connect/token"_s,
                                "grant_type=client_credentials&client_id=hoist-app%3Adefault&client_secret="
                                "hoist-squidex-secret&scope=squidex-api");
    const QByteArray body = multipartBody({{"file", QByteArray("head.png"), "image/png", png}});
    const QUrl assets = m_servers.squidex.url(u"/api/apps/hoist-app/assets/"_s);
    const ResponseRecord json = sendRaw(assets, "application/json", body, {{"Authorization", auth.toUtf8()}});
    QCOMPARE(json.status, 415);
    QCOMPARE(json.json().object().value(u"title"_s).toString(), u"Unsupported Media Type"_s);
    QVERIFY2(ResponseExplainer::explain(json).contains(u"hand-set Content-Type header"_s),
             qPrintable(ResponseExplainer::explain(json)));

    // Third try: 'Content-Type': 'multipart/form-data' without a boundary.
    const ResponseRecord noBoundary =
        sendRaw(assets, "multipart/form-data", body, {{"Authorization", auth.toUtf8()}});
    QCOMPARE(noBoundary.status, 400);
    QCOMPARE(noBoundary.json().object().value(u"details"_s).toArray().at(0).toString(),
             u"Request body has an invalid format."_s);
    QVERIFY(ResponseExplainer::explain(noBoundary).contains(u"without its boundary"_s));

    // Hoist refuses both before sending.
    Profile profile = generic(assets, u"file"_s);
    profile.headers.append({u"Content-Type"_s, u"application/json"_s});
    const RequestPlan plan =
        RequestPlanner::plan(profile, UploadItem::fromPath(file(u"head.png"_s, png)), {}, {});
    QVERIFY(codes(Preflight::check(plan, profile, true)).contains(u"manual-content-type"_s));
}

// Seed 001, second try: files={"file": body} sends no part Content-Type.
void TestSeedMistakes::seed001SquidexFilePartWithoutType()
{
    Profile profile = generic(m_servers.squidex.url(u"/api/apps/hoist-app/assets"_s), u"file"_s);
    profile.filePart.contentType = RequestPlanner::NoContentType;
    profile.auth.scheme = AuthConfig::Scheme::Bearer;
    const QString auth = bearer(m_servers.squidex, u"/identity-server/connect/token"_s,
                                "grant_type=client_credentials&client_id=hoist-app%3Adefault&client_secret="
                                "hoist-squidex-secret&scope=squidex-api");
    const RequestPlan plan = RequestPlanner::plan(profile, UploadItem::fromPath(file(u"head.png"_s, png)), {},
                                                  {QString(), auth.mid(7)});
    QVERIFY(codes(Preflight::check(plan, profile, true)).contains(u"missing-part-content-type"_s));
    m_servers.squidex.clear();
    const ResponseRecord answer = sendPlan(plan);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().object().value(u"details"_s).toArray().at(0).toString(),
             u"File content-type is not defined."_s);
    QVERIFY(EmulatorClient::parts(m_servers.squidex.uploads().at(0))
                .at(0)
                .toObject()
                .value(u"content_type"_s)
                .isNull());
    QVERIFY(ResponseExplainer::explain(answer).contains(u"no Content-Type of its own"_s));
}

// Seed 001, later: payload = {"parentId": …} lands in the root folder; ?parentId= works.
void TestSeedMistakes::seed001SquidexFolderInTheBody()
{
    const QString folder = u"39b46dab-60ee-4bef-ae51-64591d3f5d7f"_s;
    const QString auth = bearer(m_servers.squidex, u"/identity-server/connect/token"_s,
                                "grant_type=client_credentials&client_id=hoist-app%3Adefault&client_secret="
                                "hoist-squidex-secret&scope=squidex-api");
    const ResponseRecord answer = sendRaw(
        m_servers.squidex.url(u"/api/apps/hoist-app/assets"_s), "multipart/form-data; boundary=" + boundary,
        multipartBody({{"parentId", {}, {}, folder.toUtf8()},
                       {"file", QByteArray("yo.jpg"), "image/jpeg", "\xff\xd8\xff" + png}}),
        {{"Authorization", auth.toUtf8()}});
    QCOMPARE(answer.status, 201);
    QCOMPARE(answer.json().object().value(u"parentId"_s).toString(),
             u"00000000-0000-0000-0000-000000000000"_s);

    // Hoist's Squidex preset puts the folder in the query string.
    Profile squidex = *PresetCatalogue::find(u"squidex"_s);
    squidex.variables.insert({{u"base"_s, m_servers.squidex.base().toString()}, {u"app"_s, u"hoist-app"_s}});
    UploadItem item = UploadItem::fromPath(file(u"yo.jpg"_s, "\xff\xd8\xff" + png));
    item.metadata.insert(u"folder"_s, folder);
    const RequestPlan plan = RequestPlanner::plan(squidex, item, {}, {});
    QCOMPARE(plan.url.query(), u"parentId="_s + folder);
    QCOMPARE(plan.parts.size(), 1);
}

// Seed 002: the hand-built body had a "file" part with no filename and no Content-Type.
void TestSeedMistakes::seed002QualtricsFilePartWithoutType()
{
    const QUrl graphics = m_servers.qualtrics.url(u"/API/v3/libraries/UR_hoist/graphics"_s);
    const ResponseRecord answer =
        sendRaw(graphics, "multipart/form-data; boundary=" + boundary,
                multipartBody({{"name", {}, {}, "pic1.png"},
                               {"file", {}, {}, "@/Users/username/Desktop/pic_1.png"},
                               {"contentType", {}, {}, "image/png"},
                               {"folder", {}, {}, "foldername"}}),
                {{"X-API-TOKEN", "hoist-qualtrics-token"}});
    QCOMPARE(answer.status, 400);
    const QJsonObject error = answer.json().object().value(u"meta"_s).toObject().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"errorCode"_s).toString(), u"MFDP_3"_s);
    QCOMPARE(error.value(u"errorMessage"_s).toString(), u"Missing Content-Type for file part. name=file"_s);
    QVERIFY(ResponseExplainer::explain(answer).contains(u"no Content-Type of its own"_s));

    Profile profile = generic(graphics, u"file"_s);
    profile.filePart.contentType = RequestPlanner::NoContentType;
    const RequestPlan plan =
        RequestPlanner::plan(profile, UploadItem::fromPath(file(u"pic_1.png"_s, png)), {}, {});
    QVERIFY(codes(Preflight::check(plan, profile, true)).contains(u"missing-part-content-type"_s));
}

// Seed 002, the forum thread: files={"folder": graphic_folder} sends the folder as a file-like part.
void TestSeedMistakes::seed002QualtricsFolderAsAFilePart()
{
    const ResponseRecord answer = sendRaw(m_servers.qualtrics.url(u"/API/v3/libraries/UR_hoist/graphics"_s),
                                          "multipart/form-data; boundary=" + boundary,
                                          multipartBody({{"file", QByteArray("pic.png"), "image/png", png},
                                                         {"folder", QByteArray("folder"), {}, "Banners"}}),
                                          {{"X-API-TOKEN", "hoist-qualtrics-token"}});
    QCOMPARE(answer.status, 200); // accepted…
    const QString id = answer.json().object().value(u"result"_s).toObject().value(u"id"_s).toString();
    QJsonObject stored;
    for (const QJsonValue& item : m_servers.qualtrics.items()) {
        if (item.toObject().value(u"id"_s).toString() == id)
            stored = item.toObject();
    }
    QCOMPARE(stored.value(u"folder"_s).toString(), u"Uncategorized"_s); // …but not where it was meant to go

    // Hoist sends every text part as a plain part: the preset's folder has no filename.
    Profile qualtrics = *PresetCatalogue::find(u"qualtrics"_s);
    qualtrics.variables.insert(
        {{u"base"_s, m_servers.qualtrics.base().toString()}, {u"library"_s, u"UR_hoist"_s}});
    UploadItem item = UploadItem::fromPath(file(u"pic.png"_s, png));
    item.metadata.insert(u"folder"_s, u"Banners"_s);
    const RequestPlan plan = RequestPlanner::plan(qualtrics, item, {}, {QString(), u"k"_s});
    const auto folder = std::find_if(plan.parts.cbegin(), plan.parts.cend(),
                                     [](const RequestPlan::Part& part) { return part.name == u"folder"_s; });
    QVERIFY(folder != plan.parts.cend() && !folder->isFile() && folder->filename.isEmpty());
}

// Seed 003: …/documents/{id}/files without the final slash is redirected, and the file dropped.
void TestSeedMistakes::seed003MayanMissingTrailingSlash()
{
    Profile profile = generic(m_servers.mayan.url(u"/api/v4/documents/1/files"_s), u"file_new"_s);
    profile.fields.append({u"action"_s, u"1"_s, QString(), false});
    const RequestPlan plan =
        RequestPlanner::plan(profile, UploadItem::fromPath(file(u"filename.pdf"_s, "%PDF-1.4\n")), {}, {});
    const ResponseRecord answer = sendPlan(plan);
    QCOMPARE(answer.status, 301);
    QCOMPARE(answer.header("Location"), QByteArray("/api/v4/documents/1/files/"));
    const QString explanation = ResponseExplainer::explain(answer);
    QVERIFY2(explanation.contains(u"trailing slash"_s) &&
                 explanation.contains(u"/api/v4/documents/1/files/"_s),
             qPrintable(explanation));

    Profile mayan = *PresetCatalogue::find(u"mayan"_s);
    mayan.variables.insert({{u"base"_s, m_servers.mayan.base().toString()}, {u"documentType"_s, u"1"_s}});
    mayan.url.chop(1);
    const RequestPlan unslashed = RequestPlanner::plan(
        mayan, UploadItem::fromPath(file(u"a.pdf"_s, "%PDF-1.4\n")), {}, {QString(), u"t"_s});
    QVERIFY(codes(Preflight::check(unslashed, mayan, true)).contains(u"trailing-slash-required"_s));
}

// Seed 003: files={'file_new': …}, data={'document_type': {'label': 'Drawing'}} to upload/, and
// {'metadata_type': {'name': 'DrawingNo'}, 'value': …} to metadata/.
void TestSeedMistakes::seed003MayanWrongPartsAndNestedValues()
{
    const QByteArray basic = "Basic " + QByteArray("hoist:hoist-mayan-password").toBase64();
    const ResponseRecord upload = sendRaw(
        m_servers.mayan.url(u"/api/v4/documents/upload/"_s), "multipart/form-data; boundary=" + boundary,
        multipartBody(
            {{"document_type", {}, {}, "label"}, {"file_new", QByteArray("123.pdf"), {}, "%PDF-1.4\n"}}),
        {{"Authorization", basic}});
    QCOMPARE(upload.status, 400);
    const QJsonObject errors = upload.json().object();
    QCOMPARE(errors.value(u"file"_s).toArray().at(0).toString(), u"No file was submitted."_s);
    QCOMPARE(errors.value(u"document_type_id"_s).toArray().at(0).toString(), u"This field is required."_s);
    QVERIFY2(ResponseExplainer::explain(upload).contains(u"named \"file\""_s),
             qPrintable(ResponseExplainer::explain(upload)));

    // The document the metadata is for, uploaded the right way.
    const ResponseRecord document = sendRaw(
        m_servers.mayan.url(u"/api/v4/documents/upload/"_s), "multipart/form-data; boundary=" + boundary,
        multipartBody({{"document_type_id", {}, {}, "1"}, {"file", QByteArray("123.pdf"), {}, "%PDF-1.4\n"}}),
        {{"Authorization", basic}});
    QCOMPARE(document.status, 201);
    const int id = document.json().object().value(u"id"_s).toInt();
    const ResponseRecord metadata = sendRaw(m_servers.mayan.url(u"/api/v4/documents/%1/metadata/"_s.arg(id)),
                                            "application/x-www-form-urlencoded",
                                            "metadata_type=name&value=000510", {{"Authorization", basic}});
    QCOMPARE(metadata.status, 400);
    QCOMPARE(metadata.json().object().value(u"metadata_type_id"_s).toArray().at(0).toString(),
             u"This field is required."_s);
    QVERIFY(ResponseExplainer::explain(metadata).contains(u"needs a value for \"metadata_type_id\""_s));
}

// Seed 004's endpoint: the file in "file" instead of "f", and Bearer instead of Token.
void TestSeedMistakes::seed004DrfWrongPartNameAndScheme()
{
    Profile profile = generic(m_servers.drf.url(u"/api/media/files"_s), u"file"_s);
    profile.auth.scheme = AuthConfig::Scheme::Token;
    const QString image = file(u"image.jpg"_s, "\xff\xd8\xff" + png);
    const ResponseRecord wrongPart = sendPlan(
        RequestPlanner::plan(profile, UploadItem::fromPath(image), {}, {QString(), u"hoist-test-token"_s}));
    QCOMPARE(wrongPart.status, 400);
    QCOMPARE(wrongPart.body, QByteArray(R"({"f":["No file was submitted."]})"
                                        "\n"));
    QVERIFY(ResponseExplainer::explain(wrongPart).contains(u"expects the file part to be named \"f\""_s));

    profile.filePart.name = u"f"_s;
    profile.auth.scheme = AuthConfig::Scheme::Bearer;
    const ResponseRecord wrongScheme = sendPlan(
        RequestPlanner::plan(profile, UploadItem::fromPath(image), {}, {QString(), u"hoist-test-token"_s}));
    QCOMPARE(wrongScheme.status, 401);
    QCOMPARE(wrongScheme.header("WWW-Authenticate"), QByteArray("Token"));
    QVERIFY(
        ResponseExplainer::explain(wrongScheme).contains(u"\"Authorization: Token <key>\" (not Bearer)"_s));

    profile.auth.scheme = AuthConfig::Scheme::Token;
    const ResponseRecord empty = sendPlan(RequestPlanner::plan(
        profile, UploadItem::fromPath(file(u"empty.jpg"_s, {})), {}, {QString(), u"hoist-test-token"_s}));
    QCOMPARE(empty.json().object().value(u"f"_s).toArray().at(0).toString(),
             u"The submitted file is empty."_s);
    QVERIFY(ResponseExplainer::explain(empty).contains(u"was empty (0 bytes)"_s));
}

QTEST_GUILESS_MAIN(TestSeedMistakes)
#include "TestSeedMistakes.moc"
