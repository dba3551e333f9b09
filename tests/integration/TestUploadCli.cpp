// `hoist upload` as scripts use it: exit codes, --json, --dry-run, and what the server received.
#include "app/profiles/PresetCatalogue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/HoistProcess.h"
#include "tests/support/TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestUploadCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void profileUploadPrintsJsonAndExtractedFields();
    void zeroByteFileIsRefusedWithExitCode3();
    void dryRunSendsNothingAndMasksSecrets();
    void builtInPresetWorksBeforeAnythingIsSaved();
    void secretFromEnvironmentReachesServerOnly();
    void queryHeaderAndFieldsArrive();
    void failedUploadExplainsAndExits1();
    void interruptCancelsCleanly();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void helpIsComplete();
    void badInputIsRefusedBeforeSending_data();
    void badInputIsRefusedBeforeSending();
    void savedProfileWithTypoIsRefused();
    void profileWarningsArePrintedAndUploadGoesOn();
    void secretOnCommandLineWarnsOnce();
    void controlCharactersInFileNamesAreEscaped();
    void fileNameThatIsNotUtf8GetsTheRealReason();

private:
    using Run = HoistProcess::Run;
    Run hoist(const QStringList& arguments, const QStringList& extraEnvironment = {});
    QProcessEnvironment environment() const; // everything hoist writes goes under m_dir
    QString writeFile(const QString& name, const QByteArray& content);
    QString uploadUrl() const { return m_server.base().toString() + u"/api/media/files"_s; }
    // The sandbox profile with one change, written as NAME.json; returns its path.
    QString profileWith(const QString& name, const std::function<void(QJsonObject&)>& change);

    EmulatorClient m_server{u"sandbox"_s};
    QTemporaryDir m_dir;
    QString m_profilePath;
};

void TestUploadCli::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the sandbox fixture is not running (run through ctest)");
    QVERIFY(!qEnvironmentVariableIsEmpty("HOIST_BINARY"));
    Profile sandbox = *PresetCatalogue::find(u"sandbox"_s);
    QCOMPARE(sandbox.name, u"Sandbox"_s);
    sandbox.variables.insert(u"base"_s, m_server.base().toString());
    sandbox.auth = {}; // the "sandbox" fixture is open; TestCredentialsCli signs in to "sandbox_token"
    m_profilePath = m_dir.filePath(u"Sandbox.json"_s);
    QFile file(m_profilePath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(sandbox.toJson()).toJson());
}

void TestUploadCli::init()
{
    m_server.clear();
}

TestUploadCli::Run TestUploadCli::hoist(const QStringList& arguments, const QStringList& extraEnvironment)
{
    QProcessEnvironment extended = environment();
    for (const QString& entry : extraEnvironment)
        extended.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    return HoistProcess::run(arguments, {}, extended);
}

QProcessEnvironment TestUploadCli::environment() const
{
    return HoistProcess::environmentWithHome(m_dir.filePath(u"home"_s));
}

QString TestUploadCli::writeFile(const QString& name, const QByteArray& content)
{
    return TestFiles::write(m_dir.filePath(name), content);
}

void TestUploadCli::profileUploadPrintsJsonAndExtractedFields()
{
    const QString a = writeFile(u"a.txt"_s, "first file\n");
    const QString b = writeFile(u"b.txt"_s, "second file\n");
    const Run run = hoist({u"upload"_s, u"--profile"_s, m_profilePath, u"--json"_s, a, b});
    QCOMPARE(run.exitCode, 0);

    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QSet<QString> files;
    for (const QString& line : lines) {
        const QJsonObject result = QJsonDocument::fromJson(line.toUtf8()).object();
        QCOMPARE(result.value(u"status"_s).toString(), u"succeeded"_s);
        QCOMPARE(result.value(u"http_status"_s).toInt(), 201);
        QVERIFY(!result.value(u"fields"_s).toObject().value(u"id"_s).toString().isEmpty());
        QVERIFY(result.value(u"fields"_s).toObject().value(u"url"_s).toString().contains(u"/media/"_s));
        files.insert(result.value(u"file"_s).toString());
    }
    QCOMPARE(files, (QSet<QString>{a, b}));
    QCOMPARE(m_server.uploads().size(), 2);
}

void TestUploadCli::zeroByteFileIsRefusedWithExitCode3()
{
    const QString empty = writeFile(u"empty.png"_s, QByteArray());
    const Run run = hoist({u"upload"_s, u"--url"_s, uploadUrl(), u"--file-field"_s, u"f"_s, empty});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(u"0 bytes"_s), qPrintable(run.out));
    QCOMPARE(m_server.uploads().size(), 0);
}

void TestUploadCli::dryRunSendsNothingAndMasksSecrets()
{
    const QString file = writeFile(u"plan.txt"_s, "plan me\n");
    const Run run = hoist({u"upload"_s, u"--url"_s, uploadUrl(), u"--file-field"_s, u"f"_s, u"--auth"_s,
                           u"token"_s, u"--field"_s, u"description=Ünï"_s, u"--dry-run"_s, file},
                          {u"HOIST_SECRET=sup3r-s3cret"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"POST "_s + uploadUrl()), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Authorization: Token ••••••"_s));
    QVERIFY(run.out.contains(u"part \"description\": \"Ünï\""_s));
    QVERIFY(run.out.contains(u"part \"f\": file \"plan.txt\", text/plain"_s));
    QVERIFY(!run.out.contains(u"sup3r-s3cret"_s) && !run.err.contains(u"sup3r-s3cret"_s));
    QCOMPARE(m_server.uploads().size(), 0);

    const Run json = hoist({u"upload"_s, u"--profile"_s, m_profilePath, u"--dry-run"_s, u"--json"_s, file});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"plan"_s).toObject();
    QCOMPARE(plan.value(u"url"_s).toString(), uploadUrl());
    QCOMPARE(plan.value(u"parts"_s).toArray().last().toObject().value(u"name"_s).toString(), u"f"_s);
    QCOMPARE(m_server.uploads().size(), 0);
}

// A fresh home has no saved profiles: --profile Sandbox is the built-in preset, and its credential
// is not in the keychain, so preflight refuses (exit 3) and nothing is sent.
void TestUploadCli::builtInPresetWorksBeforeAnythingIsSaved()
{
    const QString file = writeFile(u"preset.txt"_s, "preset\n");
    const Run run = hoist({u"upload"_s, u"--profile"_s, u"Sandbox"_s, u"--dry-run"_s, u"--json"_s, file});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result[u"plan"_s][u"url"_s].toString(), u"http://127.0.0.1:8765/api/media/files"_s);
    QCOMPARE(result[u"findings"_s][0][u"code"_s].toString(), u"missing-secret"_s);
    QVERIFY2(run.err.contains(u"credential \"sandbox\""_s), qPrintable(run.err));
    QCOMPARE(m_server.uploads().size(), 0);
}

void TestUploadCli::secretFromEnvironmentReachesServerOnly()
{
    const QString file = writeFile(u"secret.txt"_s, "with auth\n");
    const Run run = hoist({u"upload"_s, u"--url"_s, uploadUrl(), u"--file-field"_s, u"f"_s, u"--auth"_s,
                           u"token"_s, u"--secret-env"_s, u"MY_KEY"_s, file},
                          {u"MY_KEY=k3y-from-env"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject headers = m_server.uploads().at(0).toObject().value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"authorization"_s).toString(), u"Token k3y-from-env"_s);
    QVERIFY(!run.out.contains(u"k3y-from-env"_s) && !run.err.contains(u"k3y-from-env"_s));
}

void TestUploadCli::queryHeaderAndFieldsArrive()
{
    const QString file = writeFile(u"fields.txt"_s, "fields\n");
    const Run run = hoist({u"upload"_s, u"--url"_s, uploadUrl(), u"--file-field"_s, u"f"_s, u"--field"_s,
                           u"name=Daily banner"_s, u"--query"_s, u"folder=a b&c"_s, u"--header"_s,
                           u"X-Trace: 42"_s, file});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject request = m_server.uploads().at(0).toObject();
    QCOMPARE(request.value(u"query"_s).toObject().value(u"folder"_s).toArray().first().toString(),
             u"a b&c"_s);
    QCOMPARE(request.value(u"headers"_s).toObject().value(u"x-trace"_s).toString(), u"42"_s);
    const QJsonArray parts = request.value(u"parts"_s).toArray();
    QCOMPARE(parts.first().toObject().value(u"name"_s).toString(), u"name"_s);
    QCOMPARE(parts.first().toObject().value(u"value"_s).toString(), u"Daily banner"_s);
}

void TestUploadCli::failedUploadExplainsAndExits1()
{
    const QString file = writeFile(u"slash.txt"_s, "trailing slash\n");
    const Run run = hoist({u"upload"_s, u"--url"_s, uploadUrl() + u'/', u"--file-field"_s, u"f"_s, file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"404"_s) && run.out.contains(u"trailing slash"_s), qPrintable(run.out));
    QCOMPARE(m_server.uploads().size(), 1);

    m_server.clear();
    const Run wrongPart =
        hoist({u"upload"_s, u"--url"_s, uploadUrl(), u"--json"_s, file}); // default part "file"
    QCOMPARE(wrongPart.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(wrongPart.out.toUtf8()).object();
    QCOMPARE(result.value(u"http_status"_s).toInt(), 400);
    QVERIFY2(result.value(u"error"_s).toString().contains(u"No file was submitted."_s),
             qPrintable(wrongPart.out));
}

void TestUploadCli::interruptCancelsCleanly()
{
    const int before = m_server.getJson(u"/api/media/files"_s).value(u"count"_s).toInt();
    // Far more than loopback's socket buffers hold, so the body is incomplete when the signal comes.
    m_server.addFault({{u"kind"_s, u"slow"_s}, {u"bytes_per_sec"_s, 2 * 1024 * 1024}});
    const QString file = writeFile(u"interrupted.bin"_s, QByteArray(48 * 1024 * 1024, 'x'));
    QProcess process; // not HoistProcess::run: this one is stopped while it uploads
    process.setProcessEnvironment(environment());
    process.start(qEnvironmentVariable("HOIST_BINARY"),
                  {u"upload"_s, u"--profile"_s, m_profilePath, u"--json"_s, file});
    QTRY_COMPARE_WITH_TIMEOUT(m_server.uploads().size(), 1, 10'000); // the upload is under way
    process.terminate();                                             // SIGTERM, handled like Ctrl+C
    QVERIFY(process.waitForFinished(10'000));

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(result.value(u"status"_s).toString(), u"cancelled"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_server.settled(), 30'000); // it drains what the kernel held
    QCOMPARE(m_server.getJson(u"/api/media/files"_s).value(u"count"_s).toInt(), before);
}

void TestUploadCli::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString file = QStringLiteral("/etc/hostname");
    QTest::newRow("no files") << QStringList{u"upload"_s, u"--url"_s, u"http://127.0.0.1:9/"_s};
    QTest::newRow("no target") << QStringList{u"upload"_s, file};
    QTest::newRow("both targets") << QStringList{u"upload"_s,    u"--url"_s, u"http://x/"_s,
                                                 u"--profile"_s, u"p"_s,     file};
    QTest::newRow("unknown profile") << QStringList{u"upload"_s, u"--profile"_s, u"nope"_s, file};
    QTest::newRow("bad field") << QStringList{u"upload"_s,  u"--url"_s,   u"http://x/"_s,
                                              u"--field"_s, u"novalue"_s, file};
    QTest::newRow("bad auth") << QStringList{u"upload"_s, u"--url"_s, u"http://x/"_s,
                                             u"--auth"_s, u"magic"_s, file};
    QTest::newRow("bad cacert") << QStringList{u"upload"_s,   u"--url"_s, u"http://x/"_s,
                                               u"--cacert"_s, file,       file};
    QTest::newRow("unknown option") << QStringList{u"upload"_s, u"--frobnicate"_s, file};
    QTest::newRow("unknown command") << QStringList{u"download"_s};
}

void TestUploadCli::usageErrorsExit2()
{
    QFETCH(QStringList, arguments);
    const Run run = hoist(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(m_server.uploads().size(), 0);
}

void TestUploadCli::helpIsComplete()
{
    const Run top = hoist({u"--help"_s});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains(u"upload"_s));
    const Run upload = hoist({u"upload"_s, u"--help"_s});
    QCOMPARE(upload.exitCode, 0);
    QVERIFY2(upload.out.startsWith(u"Usage: hoist upload [options] FILE"_s), qPrintable(upload.out));
    for (const QString& option :
         {u"--profile"_s, u"--url"_s, u"--file-field"_s, u"--field"_s, u"--query"_s, u"--header"_s,
          u"--var"_s, u"--cacert"_s, u"--dry-run"_s, u"--json"_s, u"--concurrency"_s, u"--secret-env"_s,
          u"--secret-stdin"_s, u"--stall-timeout"_s, u"--answer-timeout"_s, u"Exit codes"_s})
        QVERIFY2(upload.out.contains(option), qPrintable(option));
}

QString TestUploadCli::profileWith(const QString& name, const std::function<void(QJsonObject&)>& change)
{
    QFile sandbox(m_profilePath);
    if (!sandbox.open(QIODevice::ReadOnly))
        return QString();
    QJsonObject profile = QJsonDocument::fromJson(sandbox.readAll()).object();
    change(profile);
    return writeFile(u"profiles/"_s + name + u".json"_s, QJsonDocument(profile).toJson());
}

// Issue 10: bad input gets a clear error, exit 2, and nothing sent, even where the server is up and
// the rest of the command would upload.
void TestUploadCli::badInputIsRefusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // what stderr must say, after "hoist upload: "
    const QString file = writeFile(u"refused.txt"_s, "must not arrive\n");
    const QStringList url{u"upload"_s, u"--url"_s, uploadUrl(), u"--file-field"_s, u"f"_s};
    const auto withUrl = [&](const QStringList& more) {
        return QStringList(url) << more << file;
    };
    const auto withProfile = [&](const QString& path, const QStringList& more = {}) {
        return QStringList{u"upload"_s, u"--profile"_s, path} << more << file;
    };

    // Headers: a line break would add a header of its own.
    QTest::newRow("header CRLF value")
        << withUrl({u"--header"_s, u"X-Trace: 1\r\nX-Injected: yes"_s})
        << u"--header X-Trace: the value contains a control character (\\r); a "
           "header value must be a single line."_s;
    QTest::newRow("header LF value") << withUrl({u"--header"_s, u"X-Trace: 1\nX-Injected: yes"_s})
                                     << u"--header X-Trace: the value contains a control character (\\n)"_s;
    QTest::newRow("header ESC value")
        << withUrl({u"--header"_s, u"X-Trace: \x1b[31mred"_s})
        << u"--header X-Trace: the value contains a control character (\\x1b)"_s;
    QTest::newRow("header LF name") << withUrl({u"--header"_s, u"X-Injected\nX-Trace: 1"_s})
                                    << u"--header: the header name contains a control character (\\n), which "
                                       "would start another header."_s;
    QTest::newRow("header space name")
        << withUrl({u"--header"_s, u"X Trace: 1"_s})
        << u"--header: the header name \"X Trace\" has characters a header name "
           "cannot have"_s;
    QTest::newRow("auth-name not a token")
        << withUrl({u"--auth"_s, u"header"_s, u"--auth-name"_s, u"X Key"_s, u"--secret-env"_s, u"PATH"_s})
        << u"--auth-name: the header name \"X Key\" has characters a header name cannot have"_s;
    QTest::newRow("method not a token") << withUrl({u"--method"_s, u"POST /X HTTP/1.1\r\nX:"_s})
                                        << u"--method \"POST /X HTTP/1.1\\r\\nX:\" is not an HTTP method"_s;

    // Numbers: a stated range, no overflow into "never".
    const QString stall = u"--stall-timeout needs a whole number from 1 to 86400."_s;
    QTest::newRow("stall overflow") << withUrl({u"--stall-timeout"_s, u"2147484"_s}) << stall;
    QTest::newRow("stall above") << withUrl({u"--stall-timeout"_s, u"86401"_s}) << stall;
    QTest::newRow("stall zero") << withUrl({u"--stall-timeout"_s, u"0"_s}) << stall;
    QTest::newRow("stall negative") << withUrl({u"--stall-timeout=-5"_s}) << stall;
    QTest::newRow("stall fraction") << withUrl({u"--stall-timeout"_s, u"1.5"_s}) << stall;
    QTest::newRow("stall text") << withUrl({u"--stall-timeout"_s, u"10s"_s}) << stall;
    QTest::newRow("stall repeated") << withUrl({u"--stall-timeout"_s, u"x"_s, u"--stall-timeout"_s, u"5"_s})
                                    << stall;
    QTest::newRow("concurrency above")
        << withUrl({u"--concurrency"_s, u"33"_s}) << u"--concurrency needs a whole number from 1 to 32."_s;
    QTest::newRow("concurrency empty")
        << withUrl({u"--concurrency"_s, QString()}) << u"--concurrency needs a whole number from 1 to 32."_s;
    QTest::newRow("retries above") << withUrl({u"--retries"_s, u"101"_s})
                                   << u"--retries needs a whole number from 1 to 100."_s;
    QTest::newRow("retries huge") << withUrl({u"--retries"_s, u"99999999999999999999999"_s})
                                  << u"--retries needs a whole number from 1 to 100."_s;
    QTest::newRow("answer timeout above") << withUrl({u"--answer-timeout"_s, u"86401"_s})
                                          << u"--answer-timeout needs a whole number from 1 to 86400."_s;
    QTest::newRow("answer timeout text") << withUrl({u"--answer-timeout"_s, u"five"_s})
                                         << u"--answer-timeout needs a whole number from 1 to 86400."_s;

    // Addresses.
    const QString credentials =
        u"the address contains a user name or password; Hoist does not send credentials in URLs. Use --auth "
        "basic with --auth-name USER and --secret-env/--secret-stdin or the keychain."_s;
    QString withPassword = uploadUrl();
    withPassword.replace(u"http://"_s, u"http://user:pw@"_s);
    QTest::newRow("url password") << QStringList{u"upload"_s, u"--url"_s, withPassword, file} << credentials;
    QString withUser = uploadUrl();
    withUser.replace(u"http://"_s, u"http://user@"_s);
    QTest::newRow("url user") << QStringList{u"upload"_s, u"--url"_s, withUser, u"--dry-run"_s, file}
                              << credentials;
    QTest::newRow("profile base with password")
        << withProfile(m_profilePath, {u"--var"_s, u"base="_s + m_server.base().toString().replace(
                                                                    u"http://"_s, u"http://u:p@"_s)})
        << credentials;
    QTest::newRow("profile tokenUrl with password")
        << withProfile(profileWith(u"token-password"_s,
                                   [](QJsonObject& profile) {
                                       profile[u"auth"_s] = QJsonObject{
                                           {u"scheme"_s, u"oauth2"_s},
                                           {u"tokenUrl"_s, u"http://client:secret@127.0.0.1:9/token"_s}};
                                   }),
                       {u"--secret-env"_s, u"PATH"_s})
        << credentials;
    QTest::newRow("url space") << QStringList{u"upload"_s, u"--url"_s, u"http://exa mple/"_s, file}
                               << u"--url: \"http://exa mple/\" contains a space or a control character"_s;
    QTest::newRow("url ftp")
        << QStringList{u"upload"_s, u"--url"_s, u"ftp://x"_s, file}
        << u"--url: \"ftp://x\" uses ftp://; Hoist uploads over http:// and https:// only."_s;
    QTest::newRow("url not a url") << QStringList{u"upload"_s, u"--url"_s, u"notaurl"_s, file}
                                   << u"--url: \"notaurl\" does not start with http:// or https://."_s;
    QTest::newRow("url no host") << QStringList{u"upload"_s, u"--url"_s, u"http:///upload"_s, file}
                                 << u"--url: \"http:///upload\" names no host."_s;
    QTest::newRow("url bad port")
        << QStringList{u"upload"_s, u"--url"_s, u"http://127.0.0.1:99999/"_s, file}
        << u"--url: \"http://127.0.0.1:99999/\" is not a valid address (Invalid port"_s;

    // Profiles: the JSON path of the wrong value, and the load stops.
    QTest::newRow("profile scheme typo")
        << withProfile(profileWith(u"scheme-typo"_s,
                                   [](QJsonObject& profile) {
                                       profile[u"auth"_s] = QJsonObject{{u"scheme"_s, u"tokn"_s}};
                                   }))
        << u"auth.scheme: \"tokn\" is not one of none, basic, bearer, header, query, token, oauth2, "
           "token-login"_s;
    QTest::newRow("profile field name number")
        << withProfile(profileWith(u"field-number"_s,
                                   [](QJsonObject& profile) {
                                       profile[u"fields"_s] = QJsonArray{QJsonObject{{u"name"_s, u"a"_s}},
                                                                         QJsonObject{{u"name"_s, u"b"_s}},
                                                                         QJsonObject{{u"name"_s, 3}}};
                                   }))
        << u"fields[2].name: expected a string, found a number"_s;
    QTest::newRow("profile maxBytes") << withProfile(profileWith(u"max-bytes"_s, [](QJsonObject& profile) {
        profile[u"limits"_s] = QJsonObject{{u"maxBytes"_s, u"10MB"_s}};
    })) << u"limits.maxBytes: expected a whole number ≥ 0"_s;
    QTest::newRow("profile header CRLF")
        << withProfile(profileWith(u"header-crlf"_s,
                                   [](QJsonObject& profile) {
                                       profile[u"headers"_s] =
                                           QJsonArray{QJsonObject{{u"name"_s, u"X-Trace"_s},
                                                                  {u"value"_s, u"1\r\nX-Injected: yes"_s}}};
                                   }))
        << u"headers[0].value: contains a control character (\\r)"_s;
    QTest::newRow("profile part header")
        << withProfile(profileWith(
               u"part-header"_s,
               [](QJsonObject& profile) {
                   profile[u"filePart"_s] = QJsonObject{
                       {u"name"_s, u"f"_s},
                       {u"headers"_s, QJsonArray{QJsonObject{{u"name"_s, u"X\nY"_s}, {u"value"_s, u"1"_s}}}}};
               }))
        << u"filePart.headers[0].name: contains a control character (\\n)"_s;
    QTest::newRow("profile without url")
        << withProfile(profileWith(u"no-url"_s, [](QJsonObject& profile) { profile.remove(u"url"_s); }))
        << u"url: missing"_s;
}

void TestUploadCli::badInputIsRefusedBeforeSending()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = hoist(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"hoist upload: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one line, whatever the input held
    QVERIFY2(!run.err.contains(u"pw@"_s) && !run.err.contains(u"secret@"_s), qPrintable(run.err));
    QCOMPARE(m_server.uploads().size(), 0);
    QCOMPARE(m_server.requests().size(), 0);
}

// A saved profile (not a file) with a typo: upload refuses with exit 2, profiles show names the value.
void TestUploadCli::savedProfileWithTypoIsRefused()
{
    const QString home = m_dir.filePath(u"home-typo"_s);
    QFile sandbox(m_profilePath);
    QVERIFY(sandbox.open(QIODevice::ReadOnly));
    QJsonObject profile = QJsonDocument::fromJson(sandbox.readAll()).object();
    profile[u"auth"_s] = QJsonObject{{u"scheme"_s, u"tokn"_s}, {u"credential"_s, u"sandbox"_s}};
    QVERIFY(!TestFiles::write(home + u"/.config/hoist/profiles/Typo.json"_s, QJsonDocument(profile).toJson())
                 .isEmpty());
    const QProcessEnvironment environment = HoistProcess::environmentWithHome(home);
    const QString file = writeFile(u"typo.txt"_s, "typo\n");

    const Run upload = HoistProcess::run({u"upload"_s, u"--profile"_s, u"Typo"_s, file}, {}, environment);
    QCOMPARE(upload.exitCode, 2);
    QVERIFY2(upload.err.contains(u"auth.scheme: \"tokn\" is not one of none, basic"_s),
             qPrintable(upload.err));
    QCOMPARE(m_server.uploads().size(), 0);

    const Run show = HoistProcess::run({u"profiles"_s, u"show"_s, u"Typo"_s}, {}, environment);
    QVERIFY(show.exitCode != 0);
    QVERIFY2(show.err.startsWith(u"hoist profiles: "_s), qPrintable(show.err));
    QVERIFY2(show.err.contains(u"Typo.json"_s) && show.err.contains(u"auth.scheme: \"tokn\""_s),
             qPrintable(show.err));
    QVERIFY(show.out.isEmpty());
}

void TestUploadCli::profileWarningsArePrintedAndUploadGoesOn()
{
    const QString path = profileWith(u"newer"_s, [](QJsonObject& profile) {
        profile[u"version"_s] = 2;
        profile[u"extrct"_s] = QJsonObject{{u"id"_s, u"/id"_s}};
    });
    const QString file = writeFile(u"warned.txt"_s, "warned\n");
    const Run run = hoist({u"upload"_s, u"--profile"_s, path, file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"hoist upload: warning: unknown key \"extrct\" (ignored)\n"_s),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"hoist upload: warning: version: This profile was written by a newer Hoist "
                              "(format 2); some settings may be ignored.\n"_s),
             qPrintable(run.err));
    QCOMPARE(m_server.uploads().size(), 1);
}

void TestUploadCli::secretOnCommandLineWarnsOnce()
{
    const QString a = writeFile(u"key-a.txt"_s, "a\n");
    const QString b = writeFile(u"key-b.txt"_s, "b\n");
    const Run run = hoist({u"upload"_s, u"--url"_s, uploadUrl(), u"--file-field"_s, u"f"_s, u"--header"_s,
                           u"X-Api-Key: k3y-on-argv"_s, u"--header"_s, u"X-Trace: 7"_s, a, b});
    QCOMPARE(run.exitCode, 0);
    const QString warning =
        u"hoist upload: warning: --header X-Api-Key puts a secret on the command line, where other users can "
        "read it in the process list; use --secret-env VAR or the keychain (hoist credentials set) instead.\n"_s;
    QVERIFY2(run.err.contains(warning), qPrintable(run.err));
    QCOMPARE(run.err.count(u"puts a secret on the command line"_s), 1);
    QVERIFY(!run.err.contains(u"k3y-on-argv"_s));
    QCOMPARE(m_server.uploads().size(), 2); // it still works
    for (const QJsonValue& request : m_server.uploads())
        QCOMPARE(request[u"headers"_s][u"x-api-key"_s].toString(), u"k3y-on-argv"_s);

    m_server.clear();
    const Run field = hoist({u"upload"_s, u"--url"_s, uploadUrl(), u"--file-field"_s, u"f"_s, u"--field"_s,
                             u"password=hunter2"_s, u"--query"_s, u"api_key=abc"_s, u"--dry-run"_s, a});
    QCOMPARE(field.exitCode, 0);
    QVERIFY2(field.err.contains(u"warning: --field password puts a secret"_s), qPrintable(field.err));
    QVERIFY2(field.err.contains(u"warning: --query api_key puts a secret"_s), qPrintable(field.err));
    QCOMPARE(field.err.count(u"puts a secret on the command line"_s), 2);
}

// A crafted name must not forge a result line or reach the terminal as an escape sequence.
void TestUploadCli::controlCharactersInFileNamesAreEscaped()
{
    const QString name = u"evil\x1b[2J\n✓ forged.png  201 Created\u202e.txt"_s;
    const QString file = writeFile(name, "crafted\n");
    QVERIFY(!file.isEmpty());
    const QString shown = u"evil\\x1b[2J\\n✓ forged.png  201 Created\\u202e.txt"_s;
    const auto rawControls = [](const QString& text) {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            return (c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x202e;
        });
    };

    const Run run = hoist({u"upload"_s, u"--url"_s, uploadUrl(), u"--file-field"_s, u"f"_s, file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(u'\n'), 1); // one result line for one file
    QVERIFY2(run.out.startsWith(u"✓ "_s) && run.out.contains(shown), qPrintable(run.out));
    QVERIFY2(!rawControls(run.out) && !rawControls(run.err), qPrintable(run.out + run.err));
    QCOMPARE(m_server.uploads().size(), 1);

    m_server.clear();
    const Run plan = hoist({u"upload"_s, u"--url"_s, uploadUrl(), u"--file-field"_s, u"f"_s, u"--field"_s,
                            u"description=two\nlines"_s, u"--dry-run"_s, file});
    QCOMPARE(plan.exitCode, 0);
    QVERIFY2(plan.out.contains(u"part \"f\": file \""_s + shown + u'"'), qPrintable(plan.out));
    QVERIFY2(plan.out.contains(u"part \"description\": \"two\\nlines\""_s), qPrintable(plan.out));
    const QStringList lines = plan.out.split(u'\n');
    QVERIFY2(std::none_of(
                 lines.cbegin(), lines.cend(),
                 [](const QString& line) { return line.startsWith(u"✓ forged"_s) || line == u"lines\""_s; }),
             qPrintable(plan.out));
    QVERIFY2(!rawControls(plan.out), qPrintable(plan.out));

    const Run twice = hoist(
        {u"upload"_s, u"--url"_s, uploadUrl(), u"--file-field"_s, u"f"_s, u"--dry-run"_s, u"--json"_s, file});
    QCOMPARE(QJsonDocument::fromJson(twice.out.toUtf8()).object().value(u"file"_s).toString(), file);
    QCOMPARE(m_server.uploads().size(), 0);
}

// Linux file names are bytes; a Latin-1 "café.png" is not UTF-8, and Qt's decoding of argv loses it.
void TestUploadCli::fileNameThatIsNotUtf8GetsTheRealReason()
{
    const QByteArray directory = QFile::encodeName(m_dir.path());
    const QByteArray latin1 = directory + "/caf\xe9.png";
    const int descriptor = ::open(latin1.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(descriptor >= 0);
    QCOMPARE(::write(descriptor, "\x89PNG", 4), ssize_t(4));
    ::close(descriptor);
    QCOMPARE(::access(latin1.constData(), R_OK), 0); // it is there, and readable

    // QProcess would encode the argument as UTF-8; a shell passes the byte itself.
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_dir.path());
    process.start(u"/bin/sh"_s,
                  {u"-c"_s, u"exec \"$0\" upload --url \"$1\" --file-field f \"$(printf 'caf\\351.png')\""_s,
                   qEnvironmentVariable("HOIST_BINARY"), uploadUrl()});
    QVERIFY(process.waitForFinished(60'000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(err,
             u"hoist upload: the name of \"caf\\xE9.png\" is not valid UTF-8, so Hoist cannot open it by "
             "name; rename it (for example with convmv).\n"_s);
    QCOMPARE(m_server.uploads().size(), 0);
    ::unlink(latin1.constData());

    // The same name in UTF-8 is an ordinary file.
    const QString utf8 = writeFile(u"café.png"_s, "\x89PNG");
    const Run run = hoist({u"upload"_s, u"--url"_s, uploadUrl(), u"--file-field"_s, u"f"_s, utf8});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server.uploads().size(), 1);
}

QTEST_GUILESS_MAIN(TestUploadCli)
#include "TestUploadCli.moc"
