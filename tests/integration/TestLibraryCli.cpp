// `hoist library list | delete | folders` as a script uses it, against every service's emulator:
// saved profiles with their credentials in the real keychain, libraries filled through the
// services' own APIs, and what the emulators hold and were asked (their items and request logs)
// checked next to what hoist printed. Credential ids carry this run's pid and are removed at the end.
#include "tests/support/EmulatorClient.h"
#include "tests/support/HoistProcess.h"
#include "tests/support/SecretTool.h"
#include "tests/support/ServiceEmulators.h"
#include "tests/support/TestFiles.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Enough of a PNG for content sniffing and the services' type checks.
const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(600, '\x2a');
const QByteArray boundary = "hoist-library-test";
const QList<QByteArray> secrets{"hoist-xibo-secret", "hoist-squidex-secret", "hoist-mayan-password",
                                "hoist-test-token", "hoist-qualtrics-token"};
// The keys `hoist library list --json` may write.
const QSet<QString> itemKeys{u"id"_s,       u"name"_s, u"size"_s,   u"type"_s,     u"url"_s,
                             u"modified"_s, u"hash"_s, u"folder"_s, u"thumbnail"_s};
// Those every service here fills in.
const QSet<QString> sharedKeys{u"id"_s, u"name"_s, u"size"_s, u"type"_s, u"modified"_s};
constexpr int seedCount = 250;

struct Part
{
    QByteArray name;
    QByteArray value;
    QByteArray filename; // empty: a text part
    QByteArray type;
};

QByteArray multipart(const QList<Part>& parts)
{
    QByteArray body;
    for (const Part& part : parts) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name + '"';
        if (!part.filename.isEmpty())
            body += "; filename=\"" + part.filename + "\"\r\nContent-Type: " + part.type;
        body += "\r\n\r\n" + part.value + "\r\n";
    }
    return body + "--" + boundary + "--\r\n";
}

struct Request
{
    QByteArray method;
    QUrl url;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray body;
};

struct Answer
{
    int status = 0;
    QJsonDocument json;
};

// Sends every request at once (Qt runs six at a time to one host) and waits for all the answers.
QList<Answer> sendAll(QNetworkAccessManager& network, const QList<Request>& requests)
{
    QList<QNetworkReply*> replies;
    for (const Request& request : requests) {
        QNetworkRequest sent(request.url);
        sent.setRawHeader("Accept", "application/json");
        if (!request.authorization.isEmpty())
            sent.setRawHeader("Authorization", request.authorization);
        if (!request.contentType.isEmpty())
            sent.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
        replies.append(network.sendCustomRequest(sent, request.method, request.body));
    }
    qsizetype pending = replies.size();
    QEventLoop loop;
    for (QNetworkReply* reply : std::as_const(replies)) {
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit); // a safety net, not a wait
    if (pending > 0)
        loop.exec();
    QList<Answer> answers;
    for (QNetworkReply* reply : std::as_const(replies)) {
        answers.append({reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                        QJsonDocument::fromJson(reply->readAll())});
        reply->deleteLater();
    }
    return answers;
}

QString idText(const QJsonValue& value)
{
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}

QStringList ids(const QJsonArray& items)
{
    QStringList all;
    for (const QJsonValue& item : items)
        all.append(idText(item[u"id"_s]));
    return all;
}

QJsonObject itemWithId(const QJsonArray& items, const QString& key, const QString& id)
{
    for (const QJsonValue& item : items) {
        if (idText(item[key]) == id)
            return item.toObject();
    }
    return QJsonObject();
}

// The recorded requests with this method to this path.
QList<QJsonObject> requestsTo(EmulatorClient& server, const QString& method, const QString& path)
{
    QList<QJsonObject> matching;
    for (const QJsonValue& request : server.requests()) {
        if (request[u"method"_s].toString() == method && request[u"path"_s].toString() == path)
            matching.append(request.toObject());
    }
    return matching;
}

QString queryValue(const QJsonObject& request, const QString& name)
{
    return request[u"query"_s][name][0].toString();
}
} // namespace

class TestLibraryCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    // A warning is a failure: listJson warns when hoist did not exit 0.
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }
    void listShowsAnUploadWithTheSameKeysEverywhere_data();
    void listShowsAnUploadWithTheSameKeysEverywhere();
    void pagingReturnsEveryItemOnce_data();
    void pagingReturnsEveryItemOnce();
    void limitStopsAfterThatManyItems();
    void searchIsAskedOfTheServer_data();
    void searchIsAskedOfTheServer();
    void secretFromEnvironmentOrStandardInput();
    void deleteRemovesFromTheServer_data();
    void deleteRemovesFromTheServer();
    void deleteOfAnUnknownIdFailsWithExit1();
    void xiboKeepsAnItemInUseUnlessForced();
    void xiboFoldersAreATree();
    void uploadIfExistsSkipsReplacesOrUploads();
    void squidexFoldersAreWalkedByParent();
    void qualtricsListsWhatHoistUploadedAndDeletes();
    void usageErrorsExit2AndSendNothing_data();
    void usageErrorsExit2AndSendNothing();
    void helpNamesTheActionsAndExitCodes();
    void interruptCancelsCleanly();
    void noSecretInAnyOutput(); // last: after every run above

private:
    using Run = HoistProcess::Run;
    // Every run's output is kept for noSecretInAnyOutput.
    Run hoist(const QStringList& arguments, const QByteArray& input = {},
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // `hoist library list --profile PROFILE --json …`; an empty array when it did not exit 0.
    QJsonArray listJson(const QString& service, const QStringList& extra = {});
    void addProfile(const QString& service, const QString& preset, const QStringList& vars,
                    const QString& kind, const QString& user, const QByteArray& secret);
    static QString profile(const QString& service) { return u"lib-"_s + service; }
    EmulatorClient& server(const QString& service);
    static QString listPath(const QString& service);
    // The Authorization header a client of the service signs in with.
    QByteArray authorization(const QString& service);
    // seedCount items made through the service's own API (named by seedName), once per run; their ids
    // in the order of their names.
    QStringList seeded(const QString& service);
    QString seedName(const QString& service, int index) const
    {
        return u"lib%1-%2-%3"_s.arg(m_pid, service).arg(index, 3, 10, QChar(u'0'));
    }
    // How many items the service's own list shows, from what the emulator holds.
    qsizetype listable(const QString& service);
    Answer drfGet(const QString& path);

    ServiceEmulators m_servers;
    QNetworkAccessManager m_network;
    QTemporaryDir m_home;
    QString m_pid;
    QStringList m_credentials;
    QMap<QString, QStringList> m_seeded;
    QStringList m_outputs;
};

void TestLibraryCli::initTestCase()
{
    QVERIFY2(m_servers.allRunning(), "an emulator fixture is not running (run through ctest)");
    QVERIFY2(!qEnvironmentVariableIsEmpty("HOIST_BINARY"), "HOIST_BINARY is missing (run through ctest)");
    QVERIFY(m_home.isValid());
    HoistProcess::useHome(m_home.path());
    m_pid = QString::number(QCoreApplication::applicationPid());
    addProfile(u"xibo"_s, u"xibo"_s, {u"base="_s + m_servers.xibo.base().toString()}, u"oauth-client"_s,
               u"hoist-xibo-client"_s, "hoist-xibo-secret");
    addProfile(u"squidex"_s, u"squidex"_s,
               {u"base="_s + m_servers.squidex.base().toString(), u"app=hoist-app"_s}, u"oauth-client"_s,
               u"hoist-app:default"_s, "hoist-squidex-secret");
    addProfile(u"mayan"_s, u"mayan"_s, {u"base="_s + m_servers.mayan.base().toString(), u"documentType=1"_s},
               u"password"_s, u"hoist"_s, "hoist-mayan-password");
    addProfile(u"drf"_s, u"drf-media"_s, {u"base="_s + m_servers.drf.base().toString()}, u"token"_s,
               QString(), "hoist-test-token");
    addProfile(u"qualtrics"_s, u"qualtrics"_s,
               {u"base="_s + m_servers.qualtrics.base().toString(), u"library=UR_hoist"_s}, u"token"_s,
               QString(), "hoist-qualtrics-token");
}

void TestLibraryCli::cleanupTestCase()
{
    for (const QString& id : std::as_const(m_credentials))
        SecretTool::clear(u"Hoist"_s, id);
}

TestLibraryCli::Run TestLibraryCli::hoist(const QStringList& arguments, const QByteArray& input,
                                          const QProcessEnvironment& environment)
{
    const Run run = HoistProcess::run(arguments, input, environment);
    m_outputs << run.out << run.err;
    return run;
}

QJsonArray TestLibraryCli::listJson(const QString& service, const QStringList& extra)
{
    const Run run =
        hoist(QStringList{u"library"_s, u"list"_s, u"--profile"_s, profile(service), u"--json"_s} + extra);
    if (run.exitCode != 0)
        qWarning("hoist library list failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestLibraryCli::addProfile(const QString& service, const QString& preset, const QStringList& vars,
                                const QString& kind, const QString& user, const QByteArray& secret)
{
    const QString credential = u"l"_s + m_pid + u'-' + service;
    QStringList set{u"credentials"_s, u"set"_s, credential, u"--kind"_s, kind};
    if (!user.isEmpty())
        set << u"--user"_s << user;
    const Run stored = hoist(set, secret + '\n');
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    m_credentials.append(credential);
    QStringList add{u"profiles"_s, u"add"_s,          profile(service), u"--preset"_s,
                    preset,        u"--credential"_s, credential};
    for (const QString& var : vars)
        add << u"--var"_s << var;
    const Run added = hoist(add);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

EmulatorClient& TestLibraryCli::server(const QString& service)
{
    if (service == u"xibo"_s)
        return m_servers.xibo;
    if (service == u"squidex"_s)
        return m_servers.squidex;
    if (service == u"mayan"_s)
        return m_servers.mayan;
    if (service == u"qualtrics"_s)
        return m_servers.qualtrics;
    return m_servers.drf;
}

QString TestLibraryCli::listPath(const QString& service)
{
    if (service == u"xibo"_s)
        return u"/api/library"_s;
    if (service == u"squidex"_s)
        return u"/api/apps/hoist-app/assets"_s;
    if (service == u"mayan"_s)
        return u"/api/v4/documents/"_s;
    return u"/api/media/files"_s;
}

QByteArray TestLibraryCli::authorization(const QString& service)
{
    const auto token = [&](const QString& path, const QByteArray& form) {
        const QList<Answer> answers = sendAll(
            m_network, {{"POST", server(service).url(path), {}, "application/x-www-form-urlencoded", form}});
        return answers.at(0).json.object();
    };
    if (service == u"xibo"_s) {
        return "Bearer " + token(u"/api/authorize/access_token"_s,
                                 "grant_type=client_credentials&client_id=hoist-xibo-client"
                                 "&client_secret=hoist-xibo-secret")[u"access_token"_s]
                               .toString()
                               .toUtf8();
    }
    if (service == u"squidex"_s) {
        return "Bearer " + token(u"/identity-server/connect/token"_s,
                                 "grant_type=client_credentials&client_id=hoist-app%3Adefault"
                                 "&client_secret=hoist-squidex-secret&scope=squidex-api")[u"access_token"_s]
                               .toString()
                               .toUtf8();
    }
    if (service == u"mayan"_s) {
        return "Token " + token(u"/api/v4/auth/token/obtain/"_s,
                                "username=hoist&password=hoist-mayan-password")[u"token"_s]
                              .toString()
                              .toUtf8();
    }
    return "Token hoist-test-token";
}

QStringList TestLibraryCli::seeded(const QString& service)
{
    if (m_seeded.contains(service))
        return m_seeded.value(service);
    const QByteArray signedIn = authorization(service);
    QList<Request> requests;
    for (int index = 0; index < seedCount; ++index) {
        const QByteArray name = seedName(service, index).toUtf8();
        const QByteArray content = png + name; // every file differs: Squidex keeps one asset per content
        const QByteArray file = name + ".png";
        QList<Part> parts;
        QString path = listPath(service); // where the service also takes uploads, but for Mayan
        if (service == u"xibo"_s) {
            parts = {{"name", name, {}, {}}, {"files", content, file, "image/png"}};
        } else if (service == u"squidex"_s) {
            parts = {{"file", content, file, "image/png"}};
        } else if (service == u"mayan"_s) {
            path = u"/api/v4/documents/upload/"_s;
            parts = {{"document_type_id", "1", {}, {}},
                     {"label", name, {}, {}},
                     {"file", content, file, "image/png"}};
        } else {
            parts = {{"name", name, {}, {}}, {"f", content, file, "image/png"}};
        }
        requests.append({"POST", server(service).url(path), signedIn,
                         "multipart/form-data; boundary=" + boundary, multipart(parts)});
    }
    QStringList made;
    for (const Answer& answer : sendAll(m_network, requests)) {
        const QJsonValue id =
            service == u"xibo"_s ? answer.json[u"files"_s][0][u"mediaId"_s] : answer.json[u"id"_s];
        if (answer.status >= 200 && answer.status < 300 && !idText(id).isEmpty())
            made.append(idText(id));
    }
    m_seeded.insert(service, made);
    return made;
}

Answer TestLibraryCli::drfGet(const QString& path)
{
    return sendAll(m_network, {{"GET", m_servers.drf.url(path), "Token hoist-test-token", {}, {}}}).at(0);
}

qsizetype TestLibraryCli::listable(const QString& service)
{
    if (service == u"drf"_s)
        return drfGet(u"/api/media/files?limit=1"_s).json[u"count"_s].toInteger(-1);
    const QJsonArray items = server(service).items();
    return std::count_if(items.begin(), items.end(), [&](const QJsonValue& item) {
        if (service == u"xibo"_s)
            return item[u"isEdited"_s].toInt() == 0 && item[u"retired"_s].toInt() == 0;
        if (service == u"mayan"_s)
            return !item[u"trashed"_s].toBool();
        return true;
    });
}

void TestLibraryCli::listShowsAnUploadWithTheSameKeysEverywhere_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("folder"); // empty: the service has no folders
    QTest::addColumn<QString>("folderKey");
    QTest::newRow("xibo") << u"xibo"_s << u"1"_s << u"folderId"_s;
    QTest::newRow("squidex") << u"squidex"_s << u"39b46dab-60ee-4bef-ae51-64591d3f5d7f"_s << u"parentId"_s;
    QTest::newRow("mayan") << u"mayan"_s << QString() << QString();
    QTest::newRow("drf") << u"drf"_s << QString() << QString();
}

void TestLibraryCli::listShowsAnUploadWithTheSameKeysEverywhere()
{
    QFETCH(QString, service);
    QFETCH(QString, folder);
    QFETCH(QString, folderKey);
    const QString stem = u"upload%1-%2"_s.arg(m_pid, service);
    const QByteArray content = png + stem.toUtf8();
    const QString file = TestFiles::write(m_home.filePath(stem + u".png"_s), content);
    const QStringList inFolder = folder.isEmpty() ? QStringList() : QStringList{u"--folder"_s, folder};
    const Run uploaded =
        hoist(QStringList{u"upload"_s, u"--profile"_s, profile(service), u"--json"_s, file} + inFolder);
    QVERIFY2(uploaded.exitCode == 0, qPrintable(uploaded.out + uploaded.err));
    const QString id = QJsonDocument::fromJson(uploaded.out.toUtf8())[u"fields"_s][u"id"_s].toString();
    QVERIFY(!id.isEmpty());

    server(service).clear();
    const QJsonArray listed = listJson(service, QStringList{u"--search"_s, stem} + inFolder);
    QCOMPARE(ids(listed), QStringList{id});
    const QList<QJsonObject> asked = requestsTo(server(service), u"GET"_s, listPath(service));
    QCOMPARE(asked.size(), 1);
    if (!folder.isEmpty()) {
        QCOMPARE(queryValue(asked.at(0), folderKey), folder);
        QCOMPARE(listed.at(0)[u"folder"_s].toString(), folder);
    }
    const QJsonObject item = listed.at(0).toObject();
    const QStringList names = item.keys();
    const QSet<QString> keys(names.cbegin(), names.cend());
    QVERIFY2(keys.contains(sharedKeys) && itemKeys.contains(keys), qPrintable(names.join(u", "_s)));
    QCOMPARE(item[u"size"_s].toInteger(), content.size());
    QVERIFY2(item[u"name"_s].toString().contains(stem), qPrintable(item[u"name"_s].toString()));
    QVERIFY(!item[u"modified"_s].toString().isEmpty());
    // What the server holds under that id.
    if (service == u"drf"_s) {
        QCOMPARE(drfGet(u"/api/media/files/"_s + id).json[u"size"_s].toInteger(), content.size());
    } else {
        const QString key = service == u"xibo"_s ? u"mediaId"_s : u"id"_s;
        QVERIFY(!itemWithId(server(service).items(), key, id).isEmpty());
    }

    // The text table has the same item on one line: id, name, size.
    const Run text = hoist({u"library"_s, u"list"_s, u"--profile"_s, profile(service), u"--search"_s, stem});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"ID"_s) && lines.at(0).contains(u"MODIFIED"_s), qPrintable(lines.at(0)));
    const QStringList cells = lines.at(1).split(QRegularExpression(u"\\s{2,}"_s));
    QCOMPARE(cells.value(0), id);
    QVERIFY2(cells.value(1).contains(stem), qPrintable(lines.at(1)));
    QCOMPARE(cells.value(2), QString::number(content.size()));
}

void TestLibraryCli::pagingReturnsEveryItemOnce_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("offsetKey"); // where the page starts, or its number (Mayan)
    QTest::addColumn<QString>("sizeKey");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("numbered");
    // Xibo's Link header points one page too far: it must not be followed.
    QTest::newRow("xibo") << u"xibo"_s << u"start"_s << u"length"_s << 100 << false;
    QTest::newRow("squidex") << u"squidex"_s << u"$skip"_s << u"$top"_s << 200 << false;
    QTest::newRow("mayan") << u"mayan"_s << u"page"_s << u"page_size"_s << 100 << true;
    QTest::newRow("drf") << u"drf"_s << u"offset"_s << u"limit"_s << 100 << false;
}

void TestLibraryCli::pagingReturnsEveryItemOnce()
{
    QFETCH(QString, service);
    QFETCH(QString, offsetKey);
    QFETCH(QString, sizeKey);
    QFETCH(int, pageSize);
    QFETCH(bool, numbered);
    const QStringList made = seeded(service);
    QCOMPARE(made.size(), seedCount);

    server(service).clear();
    const QJsonArray listed = listJson(service, {u"--limit"_s, u"0"_s});
    const QList<QJsonObject> pages = requestsTo(server(service), u"GET"_s, listPath(service));
    const QStringList listedIds = ids(listed);
    const QSet<QString> unique(listedIds.cbegin(), listedIds.cend());
    QCOMPARE(unique.size(), listedIds.size()); // nothing twice
    QVERIFY(unique.contains(QSet<QString>(made.cbegin(), made.cend())));
    const qsizetype total = listable(service);
    QCOMPARE(listedIds.size(), total); // nothing skipped either

    // The pages were computed: consecutive, all of the profile's size, as many as the total needs.
    QCOMPARE(pages.size(), (total + pageSize - 1) / pageSize);
    for (qsizetype page = 0; page < pages.size(); ++page) {
        const qsizetype expected = numbered ? page + 1 : page * pageSize;
        QCOMPARE(queryValue(pages.at(page), offsetKey), QString::number(expected));
        QCOMPARE(queryValue(pages.at(page), sizeKey), QString::number(pageSize));
    }
}

void TestLibraryCli::limitStopsAfterThatManyItems()
{
    QCOMPARE(seeded(u"xibo"_s).size(), seedCount);
    m_servers.xibo.clear();
    QCOMPARE(listJson(u"xibo"_s, {u"--limit"_s, u"130"_s}).size(), 130);
    const QList<QJsonObject> pages = requestsTo(m_servers.xibo, u"GET"_s, u"/api/library"_s);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(queryValue(pages.at(1), u"start"_s), u"100"_s);

    // A small limit asks for no more than that; the text says more are there.
    m_servers.xibo.clear();
    const Run text =
        hoist({u"library"_s, u"list"_s, u"--profile"_s, profile(u"xibo"_s), u"--limit"_s, u"5"_s});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(u'\n'), 1 + 5 + 1);
    QVERIFY2(text.out.contains(u"Showing only the first 5 item"_s), qPrintable(text.out));
    const QList<QJsonObject> small = requestsTo(m_servers.xibo, u"GET"_s, u"/api/library"_s);
    QCOMPARE(small.size(), 1);
    QCOMPARE(queryValue(small.at(0), u"length"_s), u"5"_s);
}

void TestLibraryCli::searchIsAskedOfTheServer_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("searchKey");
    QTest::newRow("xibo") << u"xibo"_s << u"media"_s;
    QTest::newRow("squidex") << u"squidex"_s << u"$search"_s;
    QTest::newRow("mayan") << u"mayan"_s << u"q"_s;
    QTest::newRow("drf") << u"drf"_s << u"search"_s;
}

void TestLibraryCli::searchIsAskedOfTheServer()
{
    QFETCH(QString, service);
    QFETCH(QString, searchKey);
    const QStringList made = seeded(service);
    QCOMPARE(made.size(), seedCount);
    // Items 120 to 129, and nothing else on the server, have this in their names.
    const QString needle = seedName(service, 120).chopped(1);
    server(service).clear();
    const QJsonArray listed = listJson(service, {u"--search"_s, needle, u"--limit"_s, u"0"_s});
    const QStringList found = ids(listed);
    QCOMPARE(QSet<QString>(found.cbegin(), found.cend()),
             QSet<QString>(made.cbegin() + 120, made.cbegin() + 130));
    for (const QJsonValue& item : listed)
        QVERIFY2(item[u"name"_s].toString().contains(needle), qPrintable(item[u"name"_s].toString()));
    const QList<QJsonObject> asked = requestsTo(server(service), u"GET"_s, listPath(service));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(queryValue(asked.at(0), searchKey), needle);
}

void TestLibraryCli::secretFromEnvironmentOrStandardInput()
{
    const QStringList made = seeded(u"drf"_s);
    const QString needle = seedName(u"drf"_s, 120).chopped(1);
    // The built-in preset with its value given on the command line, and the secret not in the keychain.
    const QStringList list{u"library"_s,   u"list"_s,  u"--profile"_s,
                           u"drf-media"_s, u"--var"_s, u"base="_s + m_servers.drf.base().toString(),
                           u"--search"_s,  needle,     u"--json"_s};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LIBRARY_TOKEN"_s, u"hoist-test-token"_s);
    const Run fromEnvironment =
        hoist(list + QStringList{u"--secret-env"_s, u"LIBRARY_TOKEN"_s}, {}, environment);
    QVERIFY2(fromEnvironment.exitCode == 0, qPrintable(fromEnvironment.err));
    QCOMPARE(QJsonDocument::fromJson(fromEnvironment.out.toUtf8()).array().size(), 10);
    const Run fromInput = hoist(list + QStringList{u"--secret-stdin"_s}, "hoist-test-token\n");
    QVERIFY2(fromInput.exitCode == 0, qPrintable(fromInput.err));
    QCOMPARE(QJsonDocument::fromJson(fromInput.out.toUtf8()).array().size(), 10);

    // A wrong secret: the server's refusal in words, exit 1.
    m_servers.drf.clear();
    const Run refused = hoist(list + QStringList{u"--secret-stdin"_s}, "not-the-token\n");
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.startsWith(u"hoist library: "_s), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(u"not-the-token"_s), qPrintable(refused.err));
    QCOMPARE(refused.out, QString());
    QCOMPARE(requestsTo(m_servers.drf, u"GET"_s, u"/api/media/files"_s).value(0)[u"status"_s].toInt(), 401);
}

void TestLibraryCli::deleteRemovesFromTheServer_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("said");
    QTest::newRow("xibo") << u"xibo"_s << u"deleted"_s;
    QTest::newRow("squidex") << u"squidex"_s << u"deleted"_s;
    QTest::newRow("mayan") << u"mayan"_s << u"moved to the trash"_s; // Mayan keeps it in the trash
    QTest::newRow("drf") << u"drf"_s << u"deleted"_s;
}

void TestLibraryCli::deleteRemovesFromTheServer()
{
    QFETCH(QString, service);
    QFETCH(QString, said);
    const QStringList made = seeded(service);
    QCOMPARE(made.size(), seedCount);
    const QStringList gone{made.at(0), made.at(1)};
    server(service).clear();
    const Run run = hoist(QStringList{u"library"_s, u"delete"_s, u"--profile"_s, profile(service)} + gone);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(run.out, u"- %1 %3\n- %2 %3\n"_s.arg(gone.at(0), gone.at(1), said));

    QList<int> statuses;
    for (const QJsonValue& request : server(service).requests()) {
        if (request[u"method"_s].toString() == u"DELETE"_s)
            statuses.append(request[u"status"_s].toInt());
    }
    QCOMPARE(statuses.size(), 2);
    for (int status : std::as_const(statuses))
        QVERIFY2(status >= 200 && status < 300, qPrintable(QString::number(status)));
    for (const QString& id : gone) {
        if (service == u"drf"_s) {
            QCOMPARE(drfGet(u"/api/media/files/"_s + id).status, 404);
        } else if (service == u"mayan"_s) {
            QCOMPARE(itemWithId(m_servers.mayan.items(), u"id"_s, id)[u"trashed"_s].toBool(), true);
        } else {
            const QString key = service == u"xibo"_s ? u"mediaId"_s : u"id"_s;
            QVERIFY(itemWithId(server(service).items(), key, id).isEmpty());
        }
    }
    QCOMPARE(listJson(service, {u"--search"_s, seedName(service, 0)}), QJsonArray());
}

void TestLibraryCli::deleteOfAnUnknownIdFailsWithExit1()
{
    const QStringList made = seeded(u"drf"_s);
    QCOMPARE(made.size(), seedCount);
    const Run run =
        hoist({u"library"_s, u"delete"_s, u"--profile"_s, profile(u"drf"_s), u"999999"_s, made.at(2)});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"- 999999 not deleted: "_s), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), u"- %1 deleted"_s.arg(made.at(2))); // one failure does not stop the others
    QCOMPARE(drfGet(u"/api/media/files/"_s + made.at(2)).status, 404);
}

void TestLibraryCli::xiboKeepsAnItemInUseUnlessForced()
{
    const QStringList made = seeded(u"xibo"_s);
    QCOMPARE(made.size(), seedCount);
    const QString id = made.at(3);
    QCOMPARE(sendAll(m_network, {{"POST", m_servers.xibo.url(u"/_hoist/in-use/"_s + id), {}, {}, {}}})
                 .at(0)
                 .status,
             204);
    const QString path = u"/api/library/"_s + id;

    m_servers.xibo.clear();
    const Run kept = hoist({u"library"_s, u"delete"_s, u"--profile"_s, profile(u"xibo"_s), id});
    QCOMPARE(kept.exitCode, 3);
    // What the server said comes along.
    QVERIFY2(kept.out.startsWith(
                 u"- %1 not deleted because it is in use; --force deletes it anyway. "_s.arg(id)) &&
                 kept.out.contains(u"This library item is in use."_s),
             qPrintable(kept.out));
    QVERIFY(!itemWithId(m_servers.xibo.items(), u"mediaId"_s, id).isEmpty());
    const QList<QJsonObject> refused = requestsTo(m_servers.xibo, u"DELETE"_s, path);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0)[u"status"_s].toInt(), 422);
    QCOMPARE(refused.at(0)[u"content_length"_s].toInt(), 0); // no forceDelete

    m_servers.xibo.clear();
    const Run forced =
        hoist({u"library"_s, u"delete"_s, u"--profile"_s, profile(u"xibo"_s), u"--force"_s, id});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.out + forced.err));
    QCOMPARE(forced.out, u"- %1 deleted\n"_s.arg(id));
    QVERIFY(itemWithId(m_servers.xibo.items(), u"mediaId"_s, id).isEmpty());
    const QList<QJsonObject> deleted = requestsTo(m_servers.xibo, u"DELETE"_s, path);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.at(0)[u"status"_s].toInt(), 204);
    QCOMPARE(deleted.at(0)[u"content_type"_s].toString(), u"application/x-www-form-urlencoded"_s);
    QCOMPARE(deleted.at(0)[u"content_length"_s].toInt(), QByteArray("forceDelete=1").size());
}

// hoist upload --if-exists: the library is searched for each file before it is sent.
void TestLibraryCli::uploadIfExistsSkipsReplacesOrUploads()
{
    const QString path =
        TestFiles::write(m_home.filePath(u"exists-%1.png"_s.arg(m_pid)), png + m_pid.toUtf8());
    const QStringList upload{u"upload"_s, u"--profile"_s, profile(u"xibo"_s), u"--json"_s};
    const auto posts = [this] {
        return requestsTo(m_servers.xibo, u"POST"_s, u"/api/library"_s);
    };
    m_servers.xibo.clear();
    const Run first = hoist(upload + QStringList{path});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject uploaded = QJsonDocument::fromJson(first.out.toUtf8()).object();
    QCOMPARE(uploaded[u"verified"_s].toBool(), true); // Xibo's md5 and size matched the bytes sent
    const QString id = uploaded[u"fields"_s][u"id"_s].toString();
    QVERIFY(!id.isEmpty());

    const Run skipped = hoist(upload + QStringList{u"--if-exists"_s, u"skip"_s, path});
    QCOMPARE(skipped.exitCode, 0);
    const QJsonObject skip = QJsonDocument::fromJson(skipped.out.toUtf8()).object();
    QCOMPARE(skip[u"status"_s].toString(), u"skipped"_s);
    QCOMPARE(skip[u"existing"_s][u"id"_s].toString(), id);
    QCOMPARE(posts().size(), 1); // nothing sent

    const Run replaced = hoist(upload + QStringList{u"--if-exists"_s, u"replace"_s, path});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.out + replaced.err));
    QCOMPARE(posts().size(), 2);
    const QJsonObject replacing = posts().constLast();
    QVERIFY(QJsonDocument(replacing[u"parts"_s].toArray()).toJson().contains(id.toUtf8()));
    bool named = false;
    for (const QJsonValue& part : replacing[u"parts"_s].toArray())
        named = named || (part[u"name"_s] == u"oldMediaId"_s && part[u"value"_s].toString() == id);
    QVERIFY(named);

    const Run again = hoist(upload + QStringList{u"--if-exists"_s, u"upload"_s, path});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(posts().size(), 3);

    // Nobody can answer without a terminal.
    const Run ask = hoist(upload + QStringList{u"--if-exists"_s, u"ask"_s, path});
    QCOMPARE(ask.exitCode, 2);
    QVERIFY2(ask.err.contains(u"needs a terminal"_s), qPrintable(ask.err));
    QCOMPARE(posts().size(), 3);
}

void TestLibraryCli::xiboFoldersAreATree()
{
    const QByteArray signedIn = authorization(u"xibo"_s);
    const auto addFolder = [&](const QString& name, const QString& parent) {
        const QByteArray form = "text=" + name.toUtf8() + "&parentId=" + parent.toUtf8();
        return idText(sendAll(m_network, {{"POST", m_servers.xibo.url(u"/api/folders"_s), signedIn,
                                           "application/x-www-form-urlencoded", form}})
                          .at(0)
                          .json[u"id"_s]);
    };
    const QString outer = addFolder(u"Outer"_s + m_pid, u"1"_s);
    const QString inner = addFolder(u"Inner"_s + m_pid, outer);
    QVERIFY(!outer.isEmpty() && !inner.isEmpty());

    m_servers.xibo.clear();
    const Run run = hoist({u"library"_s, u"folders"_s, u"--profile"_s, profile(u"xibo"_s), u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray folders = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(itemWithId(folders, u"id"_s, u"1"_s)[u"name"_s].toString(), u"Root Folder"_s);
    QCOMPARE(
        itemWithId(folders, u"id"_s, outer),
        (QJsonObject{{u"id"_s, outer}, {u"name"_s, QString(u"Outer"_s + m_pid)}, {u"parent"_s, u"1"_s}}));
    QCOMPARE(itemWithId(folders, u"id"_s, inner),
             (QJsonObject{{u"id"_s, inner}, {u"name"_s, QString(u"Inner"_s + m_pid)}, {u"parent"_s, outer}}));
    QCOMPARE(requestsTo(m_servers.xibo, u"GET"_s, u"/api/folders"_s).size(), 1); // the whole tree at once

    const Run text = hoist({u"library"_s, u"folders"_s, u"--profile"_s, profile(u"xibo"_s)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(u"ID"_s) &&
                 text.out.contains(QRegularExpression(u"\n%1 +Inner%2 +%3\n"_s.arg(inner, m_pid, outer))),
             qPrintable(text.out));
}

void TestLibraryCli::squidexFoldersAreWalkedByParent()
{
    const QByteArray signedIn = authorization(u"squidex"_s);
    const auto addFolder = [&](const QString& name, const QString& parent) {
        QJsonObject body{{u"folderName"_s, name}};
        if (!parent.isEmpty())
            body.insert(u"parentId"_s, parent);
        return sendAll(m_network, {{"POST", m_servers.squidex.url(u"/api/apps/hoist-app/assets/folders"_s),
                                    signedIn, "application/json", QJsonDocument(body).toJson()}})
            .at(0)
            .json[u"id"_s]
            .toString();
    };
    const QString outer = addFolder(u"Outer"_s + m_pid, QString());
    const QString inner = addFolder(u"Inner"_s + m_pid, outer);
    QVERIFY(!outer.isEmpty() && !inner.isEmpty());

    m_servers.squidex.clear();
    const Run run = hoist({u"library"_s, u"folders"_s, u"--profile"_s, profile(u"squidex"_s), u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray folders = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(itemWithId(folders, u"id"_s, outer)[u"name"_s].toString(), u"Outer"_s + m_pid);
    QCOMPARE(itemWithId(folders, u"id"_s, inner),
             (QJsonObject{{u"id"_s, inner}, {u"name"_s, QString(u"Inner"_s + m_pid)}, {u"parent"_s, outer}}));
    // The top level first, then each folder's own.
    QStringList parents;
    for (const QJsonObject& request :
         requestsTo(m_servers.squidex, u"GET"_s, u"/api/apps/hoist-app/assets/folders"_s))
        parents.append(queryValue(request, u"parentId"_s));
    QCOMPARE(parents.value(0), QString());
    QVERIFY2(parents.contains(outer), qPrintable(parents.join(u", "_s)));
    QCOMPARE(parents.size(), QSet<QString>(parents.cbegin(), parents.cend()).size()); // each once
}

void TestLibraryCli::qualtricsListsWhatHoistUploadedAndDeletes()
{
    const QString first = TestFiles::write(m_home.filePath(u"graphic-a.png"_s), png + "a");
    const QString second = TestFiles::write(m_home.filePath(u"graphic-b.png"_s), png + "bb");
    const Run uploaded =
        hoist({u"upload"_s, u"--profile"_s, profile(u"qualtrics"_s), u"--json"_s, first, second});
    QVERIFY2(uploaded.exitCode == 0, qPrintable(uploaded.out + uploaded.err));
    QMap<QString, QString> idOf; // file name → graphic id
    for (const QString& line : uploaded.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject result = QJsonDocument::fromJson(line.toUtf8()).object();
        idOf.insert(QFileInfo(result[u"file"_s].toString()).fileName(),
                    result[u"fields"_s][u"id"_s].toString());
    }
    const QString a = idOf.value(u"graphic-a.png"_s);
    const QString b = idOf.value(u"graphic-b.png"_s);
    QVERIFY(a.startsWith(u"IM_"_s) && b.startsWith(u"IM_"_s));

    // Qualtrics cannot list: the history answers, and nothing is asked of the server.
    m_servers.qualtrics.clear();
    const Run listed = hoist({u"library"_s, u"list"_s, u"--profile"_s, profile(u"qualtrics"_s), u"--json"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(listed.err.contains(u"only the files Hoist uploaded there"_s), qPrintable(listed.err));
    const QJsonArray items = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    const QStringList listedIds = ids(items);
    QCOMPARE(QSet<QString>(listedIds.cbegin(), listedIds.cend()), (QSet<QString>{a, b}));
    const QJsonObject item = itemWithId(items, u"id"_s, b);
    QCOMPARE(item[u"name"_s].toString(), u"graphic-b.png"_s);
    QCOMPARE(item[u"size"_s].toInteger(), png.size() + 2);
    const QStringList names = item.keys();
    const QSet<QString> keys(names.cbegin(), names.cend());
    QVERIFY2(itemKeys.contains(keys), qPrintable(names.join(u", "_s)));
    QCOMPARE(m_servers.qualtrics.requests().size(), 0);

    const Run removed = hoist({u"library"_s, u"delete"_s, u"--profile"_s, profile(u"qualtrics"_s), a});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.out + removed.err));
    QCOMPARE(removed.out, u"- %1 deleted\n"_s.arg(a));
    const QList<QJsonObject> deletes =
        requestsTo(m_servers.qualtrics, u"DELETE"_s, u"/API/v3/libraries/UR_hoist/graphics/"_s + a);
    QCOMPARE(deletes.size(), 1);
    QCOMPARE(deletes.at(0)[u"status"_s].toInt(), 200);
    QVERIFY(itemWithId(m_servers.qualtrics.items(), u"id"_s, a).isEmpty());
    QVERIFY(!itemWithId(m_servers.qualtrics.items(), u"id"_s, b).isEmpty());

    QCOMPARE(ids(listJson(u"qualtrics"_s)), QStringList{b});
    QCOMPARE(listJson(u"qualtrics"_s, {u"--search"_s, u"graphic-a"_s}), QJsonArray());
}

void TestLibraryCli::usageErrorsExit2AndSendNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString drf = profile(u"drf"_s);
    const QString mayan = profile(u"mayan"_s);
    QTest::newRow("no profile") << QStringList{u"list"_s} << u"Give --profile NAME"_s;
    QTest::newRow("unknown action") << QStringList{u"show"_s} << u"unknown action \"show\""_s;
    QTest::newRow("unknown profile") << QStringList{u"list"_s, u"--profile"_s, u"nope"_s} << u"nope"_s;
    QTest::newRow("bad limit") << QStringList{u"list"_s, u"--profile"_s, drf, u"--limit"_s, u"ten"_s}
                               << u"--limit needs a whole number from 0 to 1000000"_s;
    QTest::newRow("stray argument") << QStringList{u"list"_s, u"--profile"_s, drf, u"banner"_s}
                                    << u"use --search TEXT"_s;
    QTest::newRow("bad var") << QStringList{u"list"_s, u"--profile"_s, drf, u"--var"_s, u"base"_s}
                             << u"--var needs NAME=VALUE"_s;
    QTest::newRow("missing value") << QStringList{u"list"_s, u"--profile"_s, u"drf-media"_s}
                                   << u"--var base=… (Site address)"_s;
    QTest::newRow("empty secret variable")
        << QStringList{u"list"_s, u"--profile"_s, drf, u"--secret-env"_s, u"HOIST_TEST_UNSET"_s}
        << u"HOIST_TEST_UNSET is empty or not set"_s;
    QTest::newRow("bad cacert") << QStringList{u"list"_s, u"--profile"_s, drf, u"--cacert"_s,
                                               u"/etc/hostname"_s}
                                << u"No PEM certificate"_s;
    QTest::newRow("delete nothing") << QStringList{u"delete"_s, u"--profile"_s, drf}
                                    << u"at least one item"_s;
    QTest::newRow("force without force")
        << QStringList{u"delete"_s, u"--profile"_s, drf, u"--force"_s, u"1"_s}
        << u"no way to delete an item that is in use"_s;
    QTest::newRow("folder of a flat library")
        << QStringList{u"list"_s, u"--profile"_s, mayan, u"--folder"_s, u"3"_s}
        << u"cannot list one folder"_s;
    QTest::newRow("folder of a history")
        << QStringList{u"list"_s, u"--profile"_s, profile(u"qualtrics"_s), u"--folder"_s, u"x"_s}
        << u"cannot list its library"_s;
    QTest::newRow("no folders") << QStringList{u"folders"_s, u"--profile"_s, mayan} << u"has no folders"_s;
    QTest::newRow("nothing to list") << QStringList{u"list"_s, u"--profile"_s, u"generic"_s, u"--var"_s,
                                                    u"url="_s + m_servers.drf.base().toString()}
                                     << u"has no way to list its library"_s;
}

void TestLibraryCli::usageErrorsExit2AndSendNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    for (EmulatorClient* emulator : {&m_servers.drf, &m_servers.mayan, &m_servers.qualtrics})
        emulator->clear();
    const Run run = hoist(QStringList{u"library"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"hoist library: "_s) && run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    for (EmulatorClient* emulator : {&m_servers.drf, &m_servers.mayan, &m_servers.qualtrics})
        QCOMPARE(emulator->requests().size(), 0);
}

void TestLibraryCli::helpNamesTheActionsAndExitCodes()
{
    const Run top = hoist({u"--help"_s});
    QVERIFY2(top.out.contains(u"  library "_s), qPrintable(top.out));
    const Run library = hoist({u"library"_s, u"--help"_s});
    QCOMPARE(library.exitCode, 0);
    for (const QString& expected :
         {u"hoist library list"_s, u"hoist library delete"_s, u"hoist library folders"_s,
          u"Exit codes:\n  0  done"_s, u"  3  (delete)"_s})
        QVERIFY2(library.out.contains(expected), qPrintable(expected));
    QCOMPARE(hoist({u"library"_s}).exitCode, 2);
    const Run list = hoist({u"library"_s, u"list"_s, u"--help"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.startsWith(u"Usage: hoist library list "_s), qPrintable(list.out));
    for (const QString& expected :
         {u"--profile"_s, u"--var"_s, u"--secret-env"_s, u"--secret-stdin"_s, u"--cacert"_s, u"--search"_s,
          u"--folder"_s, u"--limit"_s, u"--json"_s, u"Exit codes"_s})
        QVERIFY2(list.out.contains(expected), qPrintable(expected));
    QVERIFY(hoist({u"library"_s, u"delete"_s, u"--help"_s}).out.contains(u"--force"_s));
    QVERIFY(hoist({u"library"_s, u"folders"_s, u"--help"_s}).out.contains(u"--json"_s));
}

void TestLibraryCli::interruptCancelsCleanly()
{
    m_servers.drf.clear();
    // The list request gets no answer until long after the signal.
    m_servers.drf.addFault({{u"kind"_s, u"hang"_s},
                            {u"seconds"_s, 15},
                            {u"method"_s, u"GET"_s},
                            {u"path"_s, u"/api/media/files"_s}});
    QProcess process; // not HoistProcess::run: this one is stopped while it waits
    process.start(qEnvironmentVariable("HOIST_BINARY"),
                  {u"library"_s, u"list"_s, u"--profile"_s, profile(u"drf"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(requestsTo(m_servers.drf, u"GET"_s, u"/api/media/files"_s).size(), 1, 10'000);
    process.terminate(); // SIGTERM, handled like Ctrl+C
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(err, u"hoist library: Cancelled.\n"_s);
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
}

void TestLibraryCli::noSecretInAnyOutput()
{
    QVERIFY(m_outputs.size() > 50);
    for (const QString& output : std::as_const(m_outputs)) {
        for (const QByteArray& secret : secrets)
            QVERIFY2(!output.contains(QString::fromUtf8(secret)), qPrintable(output));
    }
}

QTEST_GUILESS_MAIN(TestLibraryCli)
#include "TestLibraryCli.moc"
