// Bad input through `hoist upload` (issue 10): a clear error, exit 2, and nothing sent, even where the
// server is up and the rest of the command would upload; what is printed is escaped.
#include "tests/support/CliSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestUploadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cli.prepare(), "the sandbox fixture or HOIST_BINARY is missing (run through ctest)");
    }
    void init() { m_cli.server().clear(); }
    void badInputIsRefusedBeforeSending_data();
    void badInputIsRefusedBeforeSending();
    void savedProfileWithTypoIsRefused();
    void profileWarningsArePrintedAndUploadGoesOn();
    void secretOnCommandLineWarnsOnce();
    void controlCharactersInFileNamesAreEscaped();
    void fileNameThatIsNotUtf8GetsTheRealReason();

private:
    CliSandbox m_cli;
};

// Issue 10: bad input gets a clear error, exit 2, and nothing sent, even where the server is up and
// the rest of the command would upload.
void TestUploadInput::badInputIsRefusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message"); // what stderr must say, after "hoist upload: "
    const QString file = m_cli.writeFile(u"refused.txt"_s, "must not arrive\n");
    const QStringList url{u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--file-field"_s, u"f"_s};
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
    QString withPassword = m_cli.uploadUrl();
    withPassword.replace(u"http://"_s, u"http://user:pw@"_s);
    QTest::newRow("url password") << QStringList{u"upload"_s, u"--url"_s, withPassword, file} << credentials;
    QString withUser = m_cli.uploadUrl();
    withUser.replace(u"http://"_s, u"http://user@"_s);
    QTest::newRow("url user") << QStringList{u"upload"_s, u"--url"_s, withUser, u"--dry-run"_s, file}
                              << credentials;
    QTest::newRow("profile base with password")
        << withProfile(m_cli.profilePath(),
                       {u"--var"_s, u"base="_s + m_cli.server().base().toString().replace(u"http://"_s,
                                                                                          u"http://u:p@"_s)})
        << credentials;
    QTest::newRow("profile tokenUrl with password")
        << withProfile(m_cli.profileWith(u"token-password"_s,
                                         [](QJsonObject& profile) {
                                             profile[u"auth"_s] =
                                                 QJsonObject{{u"scheme"_s, u"oauth2"_s},
                                                             {u"tokenUrl"_s,
                                                              u"http://client:secret@127.0.0.1:9/token"_s}};
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
        << withProfile(m_cli.profileWith(u"scheme-typo"_s,
                                         [](QJsonObject& profile) {
                                             profile[u"auth"_s] = QJsonObject{{u"scheme"_s, u"tokn"_s}};
                                         }))
        << u"auth.scheme: \"tokn\" is not one of none, basic, bearer, header, query, token, oauth2, "
           "token-login"_s;
    QTest::newRow("profile field name number")
        << withProfile(m_cli.profileWith(u"field-number"_s,
                                         [](QJsonObject& profile) {
                                             profile[u"fields"_s] =
                                                 QJsonArray{QJsonObject{{u"name"_s, u"a"_s}},
                                                            QJsonObject{{u"name"_s, u"b"_s}},
                                                            QJsonObject{{u"name"_s, 3}}};
                                         }))
        << u"fields[2].name: expected a string, found a number"_s;
    QTest::newRow("profile maxBytes")
        << withProfile(m_cli.profileWith(u"max-bytes"_s,
                                         [](QJsonObject& profile) {
                                             profile[u"limits"_s] = QJsonObject{{u"maxBytes"_s, u"10MB"_s}};
                                         }))
        << u"limits.maxBytes: expected a whole number ≥ 0"_s;
    QTest::newRow("profile header CRLF")
        << withProfile(m_cli.profileWith(u"header-crlf"_s,
                                         [](QJsonObject& profile) {
                                             profile[u"headers"_s] = QJsonArray{
                                                 QJsonObject{{u"name"_s, u"X-Trace"_s},
                                                             {u"value"_s, u"1\r\nX-Injected: yes"_s}}};
                                         }))
        << u"headers[0].value: contains a control character (\\r)"_s;
    QTest::newRow("profile part header")
        << withProfile(m_cli.profileWith(
               u"part-header"_s,
               [](QJsonObject& profile) {
                   profile[u"filePart"_s] = QJsonObject{
                       {u"name"_s, u"f"_s},
                       {u"headers"_s, QJsonArray{QJsonObject{{u"name"_s, u"X\nY"_s}, {u"value"_s, u"1"_s}}}}};
               }))
        << u"filePart.headers[0].name: contains a control character (\\n)"_s;
    QTest::newRow("profile without url")
        << withProfile(m_cli.profileWith(u"no-url"_s, [](QJsonObject& profile) { profile.remove(u"url"_s); }))
        << u"url: missing"_s;
}

void TestUploadInput::badInputIsRefusedBeforeSending()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const HoistProcess::Run run = m_cli.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"hoist upload: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one line, whatever the input held
    QVERIFY2(!run.err.contains(u"pw@"_s) && !run.err.contains(u"secret@"_s), qPrintable(run.err));
    QCOMPARE(m_cli.server().uploads().size(), 0);
    QCOMPARE(m_cli.server().requests().size(), 0);
}

// A saved profile (not a file) with a typo: upload refuses with exit 2, profiles show names the value.
void TestUploadInput::savedProfileWithTypoIsRefused()
{
    const QString home = m_cli.dir().filePath(u"home-typo"_s);
    QFile sandbox(m_cli.profilePath());
    QVERIFY(sandbox.open(QIODevice::ReadOnly));
    QJsonObject profile = QJsonDocument::fromJson(sandbox.readAll()).object();
    profile[u"auth"_s] = QJsonObject{{u"scheme"_s, u"tokn"_s}, {u"credential"_s, u"sandbox"_s}};
    QVERIFY(!TestFiles::write(home + u"/.config/hoist/profiles/Typo.json"_s, QJsonDocument(profile).toJson())
                 .isEmpty());
    const QProcessEnvironment environment = HoistProcess::environmentWithHome(home);
    const QString file = m_cli.writeFile(u"typo.txt"_s, "typo\n");

    const HoistProcess::Run upload =
        HoistProcess::run({u"upload"_s, u"--profile"_s, u"Typo"_s, file}, {}, environment);
    QCOMPARE(upload.exitCode, 2);
    QVERIFY2(upload.err.contains(u"auth.scheme: \"tokn\" is not one of none, basic"_s),
             qPrintable(upload.err));
    QCOMPARE(m_cli.server().uploads().size(), 0);

    const HoistProcess::Run show = HoistProcess::run({u"profiles"_s, u"show"_s, u"Typo"_s}, {}, environment);
    QVERIFY(show.exitCode != 0);
    QVERIFY2(show.err.startsWith(u"hoist profiles: "_s), qPrintable(show.err));
    QVERIFY2(show.err.contains(u"Typo.json"_s) && show.err.contains(u"auth.scheme: \"tokn\""_s),
             qPrintable(show.err));
    QVERIFY(show.out.isEmpty());
}

void TestUploadInput::profileWarningsArePrintedAndUploadGoesOn()
{
    const QString path = m_cli.profileWith(u"newer"_s, [](QJsonObject& profile) {
        profile[u"version"_s] = 2;
        profile[u"extrct"_s] = QJsonObject{{u"id"_s, u"/id"_s}};
    });
    const QString file = m_cli.writeFile(u"warned.txt"_s, "warned\n");
    const HoistProcess::Run run = m_cli.run({u"upload"_s, u"--profile"_s, path, file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"hoist upload: warning: unknown key \"extrct\" (ignored)\n"_s),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(u"hoist upload: warning: version: This profile was written by a newer Hoist "
                              "(format 2); some settings may be ignored.\n"_s),
             qPrintable(run.err));
    QCOMPARE(m_cli.server().uploads().size(), 1);
}

void TestUploadInput::secretOnCommandLineWarnsOnce()
{
    const QString a = m_cli.writeFile(u"key-a.txt"_s, "a\n");
    const QString b = m_cli.writeFile(u"key-b.txt"_s, "b\n");
    const HoistProcess::Run run =
        m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--file-field"_s, u"f"_s, u"--header"_s,
                   u"X-Api-Key: k3y-on-argv"_s, u"--header"_s, u"X-Trace: 7"_s, a, b});
    QCOMPARE(run.exitCode, 0);
    const QString warning =
        u"hoist upload: warning: --header X-Api-Key puts a secret on the command line, where other users can "
        "read it in the process list; use --secret-env VAR or the keychain (hoist credentials set) instead.\n"_s;
    QVERIFY2(run.err.contains(warning), qPrintable(run.err));
    QCOMPARE(run.err.count(u"puts a secret on the command line"_s), 1);
    QVERIFY(!run.err.contains(u"k3y-on-argv"_s));
    QCOMPARE(m_cli.server().uploads().size(), 2); // it still works
    for (const QJsonValue& request : m_cli.server().uploads())
        QCOMPARE(request[u"headers"_s][u"x-api-key"_s].toString(), u"k3y-on-argv"_s);

    m_cli.server().clear();
    const HoistProcess::Run field =
        m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--file-field"_s, u"f"_s, u"--field"_s,
                   u"password=hunter2"_s, u"--query"_s, u"api_key=abc"_s, u"--dry-run"_s, a});
    QCOMPARE(field.exitCode, 0);
    QVERIFY2(field.err.contains(u"warning: --field password puts a secret"_s), qPrintable(field.err));
    QVERIFY2(field.err.contains(u"warning: --query api_key puts a secret"_s), qPrintable(field.err));
    QCOMPARE(field.err.count(u"puts a secret on the command line"_s), 2);
}

// A crafted name must not forge a result line or reach the terminal as an escape sequence.
void TestUploadInput::controlCharactersInFileNamesAreEscaped()
{
    const QString name = u"evil\x1b[2J\n✓ forged.png  201 Created\u202e.txt"_s;
    const QString file = m_cli.writeFile(name, "crafted\n");
    QVERIFY(!file.isEmpty());
    const QString shown = u"evil\\x1b[2J\\n✓ forged.png  201 Created\\u202e.txt"_s;
    const auto rawControls = [](const QString& text) {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            return (c.unicode() < 0x20 && c != u'\n') || c.unicode() == 0x202e;
        });
    };

    const HoistProcess::Run run =
        m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--file-field"_s, u"f"_s, file});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.count(u'\n'), 1); // one result line for one file
    QVERIFY2(run.out.startsWith(u"✓ "_s) && run.out.contains(shown), qPrintable(run.out));
    QVERIFY2(!rawControls(run.out) && !rawControls(run.err), qPrintable(run.out + run.err));
    QCOMPARE(m_cli.server().uploads().size(), 1);

    m_cli.server().clear();
    const HoistProcess::Run plan =
        m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--file-field"_s, u"f"_s, u"--field"_s,
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

    const HoistProcess::Run twice = m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--file-field"_s,
                                               u"f"_s, u"--dry-run"_s, u"--json"_s, file});
    QCOMPARE(QJsonDocument::fromJson(twice.out.toUtf8()).object().value(u"file"_s).toString(), file);
    QCOMPARE(m_cli.server().uploads().size(), 0);
}

// Linux file names are bytes; a Latin-1 "café.png" is not UTF-8, and Qt's decoding of argv loses it.
void TestUploadInput::fileNameThatIsNotUtf8GetsTheRealReason()
{
    const QByteArray directory = QFile::encodeName(m_cli.dir().path());
    const QByteArray latin1 = directory + "/caf\xe9.png";
    const int descriptor = ::open(latin1.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(descriptor >= 0);
    QCOMPARE(::write(descriptor, "\x89PNG", 4), ssize_t(4));
    ::close(descriptor);
    QCOMPARE(::access(latin1.constData(), R_OK), 0); // it is there, and readable

    // QProcess would encode the argument as UTF-8; a shell passes the byte itself.
    QProcess process;
    process.setProcessEnvironment(m_cli.environment());
    process.setWorkingDirectory(m_cli.dir().path());
    process.start(u"/bin/sh"_s,
                  {u"-c"_s, u"exec \"$0\" upload --url \"$1\" --file-field f \"$(printf 'caf\\351.png')\""_s,
                   qEnvironmentVariable("HOIST_BINARY"), m_cli.uploadUrl()});
    QVERIFY(process.waitForFinished(60'000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(err,
             u"hoist upload: the name of \"caf\\xE9.png\" is not valid UTF-8, so Hoist cannot open it by "
             "name; rename it (for example with convmv).\n"_s);
    QCOMPARE(m_cli.server().uploads().size(), 0);
    ::unlink(latin1.constData());

    // The same name in UTF-8 is an ordinary file.
    const QString utf8 = m_cli.writeFile(u"café.png"_s, "\x89PNG");
    const HoistProcess::Run run =
        m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--file-field"_s, u"f"_s, utf8});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_cli.server().uploads().size(), 1);
}

QTEST_GUILESS_MAIN(TestUploadInput)
#include "TestUploadInput.moc"
