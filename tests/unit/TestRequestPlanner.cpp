#include "app/profiles/Profile.h"
#include "app/requests/RequestPlanner.h"
#include "app/requests/TemplateExpander.h"
#include "app/requests/UploadItem.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray pngBytes = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(24, 'x');

Profile appProfile()
{
    Profile profile;
    profile.url = u"{+base}/api/apps/{app}/assets"_s;
    profile.variables = {{u"base"_s, u"http://h:1/x"_s}, {u"app"_s, u"a b/c"_s}};
    return profile;
}

const RequestPlan::Header* findHeader(const RequestPlan& plan, const QByteArray& name)
{
    for (const RequestPlan::Header& header : plan.headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return &header;
    }
    return nullptr;
}

QString planJson(const RequestPlan& plan)
{
    return QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact));
}
} // namespace

class TestRequestPlanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void expand_data();
    void expand();
    void urlAndUserAgent();
    void queryKeyIsMasked();
    void authHeaders_data();
    void authHeaders();
    void handSetSecretHeadersAreMaskedWhole();
    void secretLookingNamesAreMasked_data();
    void secretLookingNamesAreMasked();
    void checkPlanIsABodylessSignedGet();
    void textParts();
    void setFieldForcesSending();
    void fileContentType_data();
    void fileContentType();
    void fileNameTemplates();
    void unresolvedVariables();
    void emptyQueryParametersAreLeftOut();
    void tokenPlanSendsTheClientAsThePresetSays();
    void tokenLoginPostsUserAndPassword();
    void useDecidesWhichSecretGoesIn();
    void followUpsPerMetadataEntry();

private:
    void writeFile(const QString& name, const QByteArray& content);
    UploadItem item(const QString& name) { return UploadItem::fromPath(m_dir.filePath(name)); }

    QTemporaryDir m_dir;
};

void TestRequestPlanner::writeFile(const QString& name, const QByteArray& content)
{
    QVERIFY(!TestFiles::write(m_dir.filePath(name), content).isEmpty());
}

void TestRequestPlanner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    writeFile(u"photo.jpg"_s, pngBytes);
    writeFile(u"notes.txt"_s, "hello, plain text\n");
    writeFile(u"clip.mp4"_s, "% recorded 2026-11-30\n" + QByteArray(64, 'x'));
    writeFile(u"empty.png"_s, QByteArray());
    writeFile(u"table.csv"_s, "a,b\n1,2\n");
    writeFile(u"job.txt"_s, "#!/bin/sh\necho hi\n");
    writeFile(u"archive.tar.gz"_s, "not really gzip");
}

void TestRequestPlanner::expand_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("url");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");

    QTest::newRow("reserved") << u"{+base}/x"_s << true << u"http://h:1/x/x"_s << QStringList();
    QTest::newRow("simple, url") << u"/{app}"_s << true << u"/a%20b%2Fc"_s << QStringList();
    QTest::newRow("simple, text") << u"/{app}"_s << false << u"/a b/c"_s << QStringList();
    QTest::newRow("missing once") << u"{nope}-{nope}"_s << false << u"-"_s << QStringList{u"nope"_s};
    QTest::newRow("no placeholder") << u"plain {"_s << false << u"plain {"_s << QStringList();
}

void TestRequestPlanner::expand()
{
    QFETCH(QString, pattern);
    QFETCH(bool, url);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);

    TemplateExpander expander(appProfile().variables);
    QCOMPARE(expander.expand(pattern, url ? TemplateExpander::Mode::Url : TemplateExpander::Mode::Text),
             expected);
    QCOMPARE(expander.missing(), missing);
}

void TestRequestPlanner::urlAndUserAgent()
{
    const RequestPlan plan = RequestPlanner::plan(appProfile(), item(u"notes.txt"_s), {}, {});
    QCOMPARE(plan.url.toString(QUrl::FullyEncoded), u"http://h:1/x/api/apps/a%20b%2Fc/assets"_s);
    QCOMPARE(plan.method, QByteArray("POST"));
    QVERIFY(plan.unresolvedVariables.isEmpty());

    QCOMPARE(RequestPlanner::userAgent(), QByteArray("Hoist/" HOIST_VERSION));
    const RequestPlan::Header* header = findHeader(plan, "user-agent");
    QVERIFY(header);
    QCOMPARE(header->value, QByteArray("Hoist/" HOIST_VERSION));
    QVERIFY(!header->secret);
}

void TestRequestPlanner::queryKeyIsMasked()
{
    Profile profile = appProfile();
    profile.query = {{u"folder"_s, u"{item.folder}"_s}, {u"tag"_s, u"x y"_s}};
    profile.auth.scheme = AuthConfig::Scheme::QueryKey;
    profile.auth.parameterName = u"api_key"_s;
    UploadItem upload = item(u"notes.txt"_s);
    upload.metadata.insert(u"folder"_s, u"F1"_s);

    const RequestPlan plan = RequestPlanner::plan(profile, upload, {}, Secret{QString(), u"S3cretValue"_s});
    QCOMPARE(plan.url.toString(QUrl::FullyEncoded),
             u"http://h:1/x/api/apps/a%20b%2Fc/assets?folder=F1&tag=x%20y&api_key=S3cretValue"_s);
    QCOMPARE(plan.secretQueryKeys, QStringList{u"api_key"_s});

    const QString masked = plan.maskedUrl();
    QVERIFY2(!masked.contains(u"S3cretValue"_s), qPrintable(masked));
    QVERIFY2(masked.contains(u"api_key="_s + RequestPlan::mask()), qPrintable(masked));
    QVERIFY2(masked.contains(u"folder=F1"_s), qPrintable(masked));
    QVERIFY(!planJson(plan).contains(u"S3cretValue"_s));
    QVERIFY(!plan.toText().contains(u"S3cretValue"_s));
    QVERIFY(plan.toText().contains(RequestPlan::mask()));
}

void TestRequestPlanner::authHeaders_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("masked");

    const QByteArray mask = RequestPlan::mask().toUtf8();
    QTest::newRow("basic") << u"basic"_s << u"alice"_s << QString() << QByteArray("Authorization")
                           << "Basic " + QByteArray("alice:K3yS3cret").toBase64() << "Basic " + mask;
    QTest::newRow("basic, secret user")
        << u"basic"_s << u"alice"_s << u"bob"_s << QByteArray("Authorization")
        << "Basic " + QByteArray("bob:K3yS3cret").toBase64() << "Basic " + mask;
    QTest::newRow("bearer") << u"bearer"_s << QString() << QString() << QByteArray("Authorization")
                            << QByteArray("Bearer K3yS3cret") << "Bearer " + mask;
    QTest::newRow("token") << u"token"_s << QString() << QString() << QByteArray("Authorization")
                           << QByteArray("Token K3yS3cret") << "Token " + mask;
    QTest::newRow("header") << u"header"_s << u"X-API-TOKEN"_s << QString() << QByteArray("X-API-TOKEN")
                            << QByteArray("K3yS3cret") << mask;
}

void TestRequestPlanner::authHeaders()
{
    QFETCH(QString, scheme);
    QFETCH(QString, parameter);
    QFETCH(QString, user);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, masked);

    Profile profile = appProfile();
    profile.auth.scheme = AuthConfig::schemeFromName(scheme).value();
    profile.auth.parameterName = parameter;
    const RequestPlan plan =
        RequestPlanner::plan(profile, item(u"notes.txt"_s), {}, Secret{user, u"K3yS3cret"_s});

    const RequestPlan::Header* found = findHeader(plan, header);
    QVERIFY(found);
    QCOMPARE(found->value, value);
    QVERIFY(found->secret);
    QCOMPARE(plan.maskedHeaderValue(*found), masked);
    for (const QString& shown : {plan.toText(), planJson(plan)}) {
        QVERIFY2(!shown.contains(u"K3yS3cret"_s), qPrintable(shown));
        QVERIFY2(!shown.contains(QString::fromLatin1(value)), qPrintable(shown));
        QVERIFY2(shown.contains(QString::fromUtf8(masked)), qPrintable(shown));
    }
    QVERIFY(plan.secretQueryKeys.isEmpty());
}

void TestRequestPlanner::handSetSecretHeadersAreMaskedWhole()
{
    const RequestPlan::Header cookie{"Cookie", "session=abc123; theme=dark", true};
    const RequestPlan::Header spacedKey{"X-API-TOKEN", "two words", true};
    RequestPlan plan;
    QCOMPARE(plan.maskedHeaderValue(cookie), RequestPlan::mask().toUtf8());
    QCOMPARE(plan.maskedHeaderValue(spacedKey), RequestPlan::mask().toUtf8());
}

void TestRequestPlanner::secretLookingNamesAreMasked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    for (const QString& name :
         {u"client_secret"_s, u"password"_s, u"X-Api-Key"_s, u"api_key"_s, u"access_token"_s,
          u"Proxy-Authorization"_s, u"Cookie"_s, u"key"_s, u"X-My-Key"_s})
        QTest::newRow(qPrintable(name)) << name << true;
    for (const QString& name : {u"title"_s, u"folderId"_s, u"keywords"_s, u"Accept"_s, u"monkey"_s})
        QTest::newRow(qPrintable(name)) << name << false;
}

// Secrets typed into a profile by hand (a client_secret field, an api_key query parameter, an
// X-Api-Key header) are sent as they are but never shown.
void TestRequestPlanner::secretLookingNamesAreMasked()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    Profile profile = appProfile();
    profile.auth.scheme = AuthConfig::Scheme::HeaderKey;
    profile.auth.parameterName = u"X-My-Key"_s;
    const QString value = u"V4lue-0f-"_s + name;
    profile.fields = {{name, value, QString(), false}};
    profile.query = {{name, value}};
    profile.headers = {{name, value}};
    const RequestPlan plan = RequestPlanner::plan(profile, item(u"notes.txt"_s), {}, {{}, u"unused"_s});

    QCOMPARE(plan.parts.at(0).text, value.toUtf8()); // sent as written
    QCOMPARE(plan.parts.at(0).secret, secret);
    QCOMPARE(plan.secretQueryKeys.contains(name), secret);
    const QString shown = plan.toText() + QString::fromUtf8(QJsonDocument(plan.toJson()).toJson());
    QCOMPARE(shown.contains(value), !secret);
}

void TestRequestPlanner::checkPlanIsABodylessSignedGet()
{
    Profile profile = appProfile();
    profile.method = u"PUT"_s;
    profile.auth.scheme = AuthConfig::Scheme::Token;
    const RequestPlan upload = RequestPlanner::checkPlan(profile, {}, {{}, u"K3y"_s});
    QCOMPARE(upload.method, QByteArray("GET"));
    QVERIFY(upload.parts.isEmpty());
    QCOMPARE(upload.url.toString(QUrl::FullyEncoded), u"http://h:1/x/api/apps/a%20b%2Fc/assets"_s);
    QCOMPARE(upload.header("Authorization"), QByteArray("Token K3y"));

    profile.checkUrl = u"https://media.example.org/api/about"_s;
    const RequestPlan about = RequestPlanner::checkPlan(profile, {}, {{}, u"K3y"_s});
    QCOMPARE(about.url.toString(), profile.checkUrl);
    QCOMPARE(about.header("Authorization"), QByteArray("Token K3y"));
}

void TestRequestPlanner::textParts()
{
    Profile profile = appProfile();
    profile.fields = {{u"title"_s, u"{file.stem}"_s, u"title"_s, false},
                      {u"description"_s, QString(), u"description"_s, false},
                      {u"folder"_s, u"7"_s, QString(), false}};

    const RequestPlan defaults = RequestPlanner::plan(profile, item(u"notes.txt"_s), {}, {});
    QCOMPARE(defaults.parts.size(), 3);
    QCOMPARE(defaults.parts.at(0).name, u"title"_s);
    QCOMPARE(defaults.parts.at(0).text, QByteArray("notes"));
    QCOMPARE(defaults.parts.at(1).name, u"folder"_s);
    QCOMPARE(defaults.parts.at(1).text, QByteArray("7"));
    QVERIFY(!defaults.parts.at(1).isFile());
    QCOMPARE(defaults.parts.at(2).name, u"file"_s);
    QVERIFY(defaults.parts.at(2).isFile());

    UploadItem upload = item(u"notes.txt"_s);
    upload.metadata.insert(u"title"_s, u"Från item"_s);
    const RequestPlan fromItem = RequestPlanner::plan(profile, upload, {}, {});
    QCOMPARE(fromItem.parts.at(0).text, u"Från item"_s.toUtf8());
    QCOMPARE(fromItem.parts.at(0).size, qint64(u"Från item"_s.toUtf8().size()));
}

void TestRequestPlanner::setFieldForcesSending()
{
    Profile profile = appProfile();
    profile.fields = {{u"title"_s, u"{file.stem}"_s, u"title"_s, false}};
    profile.setField(u"title"_s, u"Fixed"_s);
    profile.setField(u"description"_s, QString());
    UploadItem upload = item(u"notes.txt"_s);
    upload.metadata.insert(u"title"_s, u"ignored"_s);

    const RequestPlan plan = RequestPlanner::plan(profile, upload, {}, {});
    QCOMPARE(plan.parts.size(), 3);
    QCOMPARE(plan.parts.at(0).text, QByteArray("Fixed"));
    QCOMPARE(plan.parts.at(1).name, u"description"_s);
    QCOMPARE(plan.parts.at(1).text, QByteArray());
}

void TestRequestPlanner::fileContentType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("override");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("png named .jpg") << u"photo.jpg"_s << QString() << QByteArray("image/png");
    QTest::newRow("text") << u"notes.txt"_s << QString() << QByteArray("text/plain");
    QTest::newRow("a video whose first bytes read like text")
        << u"clip.mp4"_s << QString() << QByteArray("video/mp4");
    QTest::newRow("an empty png") << u"empty.png"_s << QString() << QByteArray("image/png");
    QTest::newRow("csv") << u"table.csv"_s << QString() << QByteArray("text/csv");
    QTest::newRow("a script stays a script")
        << u"job.txt"_s << QString() << QByteArray("application/x-shellscript");
    QTest::newRow("override") << u"photo.jpg"_s << u"application/octet-stream"_s
                              << QByteArray("application/octet-stream");
    QTest::newRow("none") << u"photo.jpg"_s << u"none"_s << QByteArray();
}

void TestRequestPlanner::fileContentType()
{
    QFETCH(QString, file);
    QFETCH(QString, override);
    QFETCH(QByteArray, expected);

    Profile profile = appProfile();
    profile.filePart.contentType = override;
    const RequestPlan plan = RequestPlanner::plan(profile, item(file), {}, {});
    QCOMPARE(plan.parts.size(), 1);
    // App bug: UploadItem::fromPath asks QMimeDatabase::MatchDefault, which in Qt 6.4 returns the
    // extension's type whenever the extension is unambiguous, so content never wins.
    QCOMPARE(plan.parts.at(0).contentType, expected);
    QCOMPARE(plan.parts.at(0).filePath, m_dir.filePath(file));
}

void TestRequestPlanner::fileNameTemplates()
{
    Profile profile = appProfile();
    profile.filePart.name = u"upload"_s;
    profile.filePart.filename = u"{file.stem}-copy.{file.suffix}"_s;
    profile.filePart.headers = {{u"X-Original"_s, u"{file.name}"_s}};
    profile.fields = {{u"name"_s, u"{file.name}"_s, QString(), false}};

    const RequestPlan plan = RequestPlanner::plan(profile, item(u"archive.tar.gz"_s), {}, {});
    QCOMPARE(plan.parts.size(), 2);
    QCOMPARE(plan.parts.at(0).text, QByteArray("archive.tar.gz"));
    const RequestPlan::Part& file = plan.parts.at(1);
    QCOMPARE(file.name, u"upload"_s);
    QCOMPARE(file.filename, u"archive.tar-copy.gz"_s);
    QCOMPARE(file.size, qint64(15));
    QCOMPARE(file.headers.size(), 1);
    QCOMPARE(file.headers.at(0).value, QByteArray("archive.tar.gz"));

    profile.filePart.filename.clear();
    QCOMPARE(RequestPlanner::plan(profile, item(u"photo.jpg"_s), {}, {}).parts.at(1).filename,
             u"photo.jpg"_s);
}

void TestRequestPlanner::unresolvedVariables()
{
    Profile profile = appProfile();
    profile.url = u"{+base}/u/{folder}"_s;
    profile.headers = {{u"X-Tag"_s, u"{tag}"_s}};
    profile.fields = {{u"owner"_s, u"{owner}-{folder}"_s, QString(), false}};

    const RequestPlan plan = RequestPlanner::plan(profile, item(u"notes.txt"_s), {{u"tag"_s, u"t1"_s}}, {});
    QCOMPARE(plan.unresolvedVariables, (QStringList{u"folder"_s, u"owner"_s}));
    QCOMPARE(plan.header("X-Tag"), QByteArray("t1"));
    QCOMPARE(plan.url.toString(QUrl::FullyEncoded), u"http://h:1/x/u/"_s);
}

// Squidex's ?parentId= is only sent when the item has a folder.
void TestRequestPlanner::emptyQueryParametersAreLeftOut()
{
    writeFile(u"a.png"_s, pngBytes);
    Profile profile = appProfile();
    profile.query = {{u"parentId"_s, u"{item.folder}"_s}, {u"v"_s, u"1"_s}};
    QCOMPARE(RequestPlanner::plan(profile, item(u"a.png"_s), {}, {}).url.query(), u"v=1"_s);
    UploadItem inFolder = item(u"a.png"_s);
    inFolder.metadata.insert(u"folder"_s, u"f-1"_s);
    QCOMPARE(RequestPlanner::plan(profile, inFolder, {}, {}).url.query(), u"parentId=f-1&v=1"_s);
    QVERIFY(profile.supportsFolder());
}

void TestRequestPlanner::tokenPlanSendsTheClientAsThePresetSays()
{
    Profile profile = appProfile();
    profile.auth.scheme = AuthConfig::Scheme::OAuth2;
    profile.auth.tokenUrl = u"{+base}/connect/token"_s;
    profile.auth.scope = u"squidex-api"_s;
    const Secret client{u"app:default"_s, u"s3cr&t"_s};
    const RequestPlan body = RequestPlanner::tokenPlan(profile, {}, client);
    QCOMPARE(body.method, QByteArray("POST"));
    QCOMPARE(body.url.toString(), u"http://h:1/x/connect/token"_s);
    QCOMPARE(body.encoding, RequestPlan::Encoding::Form);
    QCOMPARE(body.formBody(), QByteArray("grant_type=client_credentials&scope=squidex-api&client_id=app%"
                                         "3Adefault&client_secret=s3cr%26t"));
    QVERIFY(body.header("Authorization").isEmpty());
    QVERIFY2(!body.toText().contains(u"s3cr"_s), qPrintable(body.toText())); // the preview masks it

    profile.auth.clientAuth = AuthConfig::ClientAuth::Basic;
    const RequestPlan basic = RequestPlanner::tokenPlan(profile, {}, client);
    QCOMPARE(basic.formBody(), QByteArray("grant_type=client_credentials&scope=squidex-api"));
    QCOMPARE(basic.header("Authorization"), "Basic " + QByteArray("app%3Adefault:s3cr%26t").toBase64());
    QVERIFY(!planJson(basic).contains(u"s3cr"_s));

    // Requests made with the token carry it as a Bearer token.
    const RequestPlan upload = RequestPlanner::checkPlan(profile, {}, {{}, u"ey.token"_s});
    QCOMPARE(upload.header("Authorization"), QByteArray("Bearer ey.token"));
}

void TestRequestPlanner::tokenLoginPostsUserAndPassword()
{
    Profile profile = appProfile();
    profile.auth.scheme = AuthConfig::Scheme::TokenLogin;
    profile.auth.tokenUrl = u"{+base}/api/v4/auth/token/obtain/"_s;
    const RequestPlan plan = RequestPlanner::tokenPlan(profile, {}, {u"editor"_s, u"pa ss"_s});
    QCOMPARE(plan.formBody(), QByteArray("username=editor&password=pa%20ss"));
    QVERIFY(!plan.toText().contains(u"pa ss"_s));
    QCOMPARE(RequestPlanner::checkPlan(profile, {}, {{}, u"40hex"_s}).header("Authorization"),
             QByteArray("Token 40hex"));
}

// The plan shown before sending (dry run, preview) never carries the client secret a token is bought
// with, but a stand-in for the token; an export carries no secret at all; only the sent plan has it.
void TestRequestPlanner::useDecidesWhichSecretGoesIn()
{
    Profile oauth = appProfile();
    oauth.auth.scheme = AuthConfig::Scheme::OAuth2;
    oauth.auth.tokenUrl = u"{+base}/connect/token"_s;
    const Secret client{u"app"_s, u"Cl1entS3cret"_s};
    const RequestPlan shown =
        RequestPlanner::plan(oauth, item(u"notes.txt"_s), {}, client, RequestPlanner::Use::Display);
    QCOMPARE(shown.header("Authorization"), QByteArray("Bearer {access token}"));
    QVERIFY2(shown.toText().contains(u"Bearer {access token}"_s), qPrintable(shown.toText()));
    QVERIFY(!planJson(shown).contains(u"Cl1entS3cret"_s));

    const RequestPlan sent = RequestPlanner::plan(oauth, item(u"notes.txt"_s), {}, {{}, u"ey.token"_s});
    QCOMPARE(sent.header("Authorization"), QByteArray("Bearer ey.token"));

    Profile keyed = appProfile();
    keyed.auth.scheme = AuthConfig::Scheme::QueryKey;
    keyed.auth.parameterName = u"api_key"_s;
    const RequestPlan exported =
        RequestPlanner::plan(keyed, item(u"notes.txt"_s), {}, {{}, u"K3y"_s}, RequestPlanner::Use::Export);
    QVERIFY(!exported.url.toString().contains(u"K3y"_s));
    QVERIFY2(exported.url.query().contains(u"api_key={secret}"_s), qPrintable(exported.url.query()));
    const RequestPlan display =
        RequestPlanner::plan(keyed, item(u"notes.txt"_s), {}, {{}, u"K3y"_s}, RequestPlanner::Use::Display);
    QVERIFY(display.url.query().contains(u"K3y"_s)); // a static key is shown masked, not replaced
    QVERIFY(!display.toText().contains(u"K3y"_s));
}

void TestRequestPlanner::followUpsPerMetadataEntry()
{
    Profile profile = appProfile();
    profile.query = {{u"parentId"_s, u"folder-1"_s}};
    profile.auth.scheme = AuthConfig::Scheme::Token;
    Profile::FollowUp step;
    step.name = u"metadata {entry.key} = {entry.value}"_s;
    step.forEach = u"metadata"_s;
    step.url = u"{+base}/documents/{result.id}/metadata/"_s;
    step.fields = {{u"metadata_type_id"_s, u"{entry.key}"_s}, {u"value"_s, u"{entry.value}"_s}};
    step.success.minStatus = 201;
    profile.followUps = {step};
    UploadItem uploaded;
    uploaded.metadata = {{u"metadata.3"_s, u"000510"_s}, {u"metadata.4"_s, u"Bridge"_s}, {u"name"_s, u"x"_s}};

    const QList<RequestPlanner::FollowUpRequest> steps =
        RequestPlanner::followUpPlans(profile, uploaded, {}, {{}, u"K3y"_s}, {{u"id"_s, u"17"_s}});
    QCOMPARE(steps.size(), 2);
    const RequestPlan& first = steps.at(0).plan;
    QCOMPARE(first.label, u"metadata 3 = 000510"_s);
    QCOMPARE(first.url.toString(), u"http://h:1/x/documents/17/metadata/"_s); // not the upload's query
    QCOMPARE(first.formBody(), QByteArray("metadata_type_id=3&value=000510"));
    QCOMPARE(first.header("Authorization"), QByteArray("Token K3y"));
    QCOMPARE(steps.at(0).success.minStatus, 201);
    QCOMPARE(steps.at(1).plan.formBody(), QByteArray("metadata_type_id=4&value=Bridge"));

    uploaded.metadata.clear();
    QVERIFY(RequestPlanner::followUpPlans(profile, uploaded, {}, {}, {{u"id"_s, u"17"_s}}).isEmpty());
}

QTEST_GUILESS_MAIN(TestRequestPlanner)
#include "TestRequestPlanner.moc"
