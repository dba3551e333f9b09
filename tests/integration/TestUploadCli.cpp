// `hoist upload` as scripts use it: exit codes, --json, --dry-run, and what the server received.
#include "tests/support/CliSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUploadCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cli.prepare(), "the sandbox fixture or HOIST_BINARY is missing (run through ctest)");
    }
    void init() { m_cli.server().clear(); }
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

private:
    CliSandbox m_cli;
};

void TestUploadCli::profileUploadPrintsJsonAndExtractedFields()
{
    const QString a = m_cli.writeFile(u"a.txt"_s, "first file\n");
    const QString b = m_cli.writeFile(u"b.txt"_s, "second file\n");
    const HoistProcess::Run run =
        m_cli.run({u"upload"_s, u"--profile"_s, m_cli.profilePath(), u"--json"_s, a, b});
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
    QCOMPARE(m_cli.server().uploads().size(), 2);
}

void TestUploadCli::zeroByteFileIsRefusedWithExitCode3()
{
    const QString empty = m_cli.writeFile(u"empty.png"_s, QByteArray());
    const HoistProcess::Run run =
        m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--file-field"_s, u"f"_s, empty});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(u"0 bytes"_s), qPrintable(run.out));
    QCOMPARE(m_cli.server().uploads().size(), 0);
}

void TestUploadCli::dryRunSendsNothingAndMasksSecrets()
{
    const QString file = m_cli.writeFile(u"plan.txt"_s, "plan me\n");
    const HoistProcess::Run run =
        m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--file-field"_s, u"f"_s, u"--auth"_s,
                   u"token"_s, u"--field"_s, u"description=Ünï"_s, u"--dry-run"_s, file},
                  {u"HOIST_SECRET=sup3r-s3cret"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"POST "_s + m_cli.uploadUrl()), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Authorization: Token ••••••"_s));
    QVERIFY(run.out.contains(u"part \"description\": \"Ünï\""_s));
    QVERIFY(run.out.contains(u"part \"f\": file \"plan.txt\", text/plain"_s));
    QVERIFY(!run.out.contains(u"sup3r-s3cret"_s) && !run.err.contains(u"sup3r-s3cret"_s));
    QCOMPARE(m_cli.server().uploads().size(), 0);

    const HoistProcess::Run json =
        m_cli.run({u"upload"_s, u"--profile"_s, m_cli.profilePath(), u"--dry-run"_s, u"--json"_s, file});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"plan"_s).toObject();
    QCOMPARE(plan.value(u"url"_s).toString(), m_cli.uploadUrl());
    QCOMPARE(plan.value(u"parts"_s).toArray().last().toObject().value(u"name"_s).toString(), u"f"_s);
    QCOMPARE(m_cli.server().uploads().size(), 0);
}

// A fresh home has no saved profiles: --profile Sandbox is the built-in preset, and its credential
// is not in the keychain, so preflight refuses (exit 3) and nothing is sent.
void TestUploadCli::builtInPresetWorksBeforeAnythingIsSaved()
{
    const QString file = m_cli.writeFile(u"preset.txt"_s, "preset\n");
    const HoistProcess::Run run =
        m_cli.run({u"upload"_s, u"--profile"_s, u"Sandbox"_s, u"--dry-run"_s, u"--json"_s, file});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(result[u"plan"_s][u"url"_s].toString(), u"http://127.0.0.1:8765/api/media/files"_s);
    QCOMPARE(result[u"findings"_s][0][u"code"_s].toString(), u"missing-secret"_s);
    QVERIFY2(run.err.contains(u"credential \"sandbox\""_s), qPrintable(run.err));
    QCOMPARE(m_cli.server().uploads().size(), 0);
}

void TestUploadCli::secretFromEnvironmentReachesServerOnly()
{
    const QString file = m_cli.writeFile(u"secret.txt"_s, "with auth\n");
    const HoistProcess::Run run =
        m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--file-field"_s, u"f"_s, u"--auth"_s,
                   u"token"_s, u"--secret-env"_s, u"MY_KEY"_s, file},
                  {u"MY_KEY=k3y-from-env"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject headers = m_cli.server().uploads().at(0).toObject().value(u"headers"_s).toObject();
    QCOMPARE(headers.value(u"authorization"_s).toString(), u"Token k3y-from-env"_s);
    QVERIFY(!run.out.contains(u"k3y-from-env"_s) && !run.err.contains(u"k3y-from-env"_s));
}

void TestUploadCli::queryHeaderAndFieldsArrive()
{
    const QString file = m_cli.writeFile(u"fields.txt"_s, "fields\n");
    const HoistProcess::Run run = m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--file-field"_s,
                                             u"f"_s, u"--field"_s, u"name=Daily banner"_s, u"--query"_s,
                                             u"folder=a b&c"_s, u"--header"_s, u"X-Trace: 42"_s, file});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject request = m_cli.server().uploads().at(0).toObject();
    QCOMPARE(request.value(u"query"_s).toObject().value(u"folder"_s).toArray().first().toString(),
             u"a b&c"_s);
    QCOMPARE(request.value(u"headers"_s).toObject().value(u"x-trace"_s).toString(), u"42"_s);
    const QJsonArray parts = request.value(u"parts"_s).toArray();
    QCOMPARE(parts.first().toObject().value(u"name"_s).toString(), u"name"_s);
    QCOMPARE(parts.first().toObject().value(u"value"_s).toString(), u"Daily banner"_s);
}

void TestUploadCli::failedUploadExplainsAndExits1()
{
    const QString file = m_cli.writeFile(u"slash.txt"_s, "trailing slash\n");
    const HoistProcess::Run run =
        m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl() + u'/', u"--file-field"_s, u"f"_s, file});
    QCOMPARE(run.exitCode, 1);
    // An address given by hand has no rule about its final slash: the 404 does not guess one.
    QVERIFY2(run.out.contains(u"404"_s) && run.out.contains(u"Check the address."_s) &&
                 !run.out.contains(u"trailing slash"_s),
             qPrintable(run.out));
    QCOMPARE(m_cli.server().uploads().size(), 1);

    m_cli.server().clear();
    const HoistProcess::Run wrongPart =
        m_cli.run({u"upload"_s, u"--url"_s, m_cli.uploadUrl(), u"--json"_s, file}); // default part "file"
    QCOMPARE(wrongPart.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(wrongPart.out.toUtf8()).object();
    QCOMPARE(result.value(u"http_status"_s).toInt(), 400);
    QVERIFY2(result.value(u"error"_s).toString().contains(u"No file was submitted."_s),
             qPrintable(wrongPart.out));
}

void TestUploadCli::interruptCancelsCleanly()
{
    const int before = m_cli.server().getJson(u"/api/media/files"_s).value(u"count"_s).toInt();
    // Far more than loopback's socket buffers hold, so the body is incomplete when the signal comes.
    m_cli.server().addFault({{u"kind"_s, u"slow"_s}, {u"bytes_per_sec"_s, 2 * 1024 * 1024}});
    const QString file = m_cli.writeFile(u"interrupted.bin"_s, QByteArray(48 * 1024 * 1024, 'x'));
    QProcess process; // not HoistProcess::run: this one is stopped while it uploads
    process.setProcessEnvironment(m_cli.environment());
    process.start(qEnvironmentVariable("HOIST_BINARY"),
                  {u"upload"_s, u"--profile"_s, m_cli.profilePath(), u"--json"_s, file});
    QTRY_COMPARE_WITH_TIMEOUT(m_cli.server().uploads().size(), 1, 10'000); // the upload is under way
    process.terminate();                                                   // SIGTERM, handled like Ctrl+C
    QVERIFY(process.waitForFinished(10'000));

    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QCOMPARE(result.value(u"status"_s).toString(), u"cancelled"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_cli.server().settled(), 30'000); // it drains what the kernel held
    QCOMPARE(m_cli.server().getJson(u"/api/media/files"_s).value(u"count"_s).toInt(), before);
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
    const HoistProcess::Run run = m_cli.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(m_cli.server().uploads().size(), 0);
}

void TestUploadCli::helpIsComplete()
{
    const HoistProcess::Run top = m_cli.run({u"--help"_s});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains(u"upload"_s));
    const HoistProcess::Run upload = m_cli.run({u"upload"_s, u"--help"_s});
    QCOMPARE(upload.exitCode, 0);
    QVERIFY2(upload.out.startsWith(u"Usage: hoist upload [options] FILE"_s), qPrintable(upload.out));
    for (const QString& option :
         {u"--profile"_s, u"--url"_s, u"--file-field"_s, u"--field"_s, u"--query"_s, u"--header"_s,
          u"--var"_s, u"--cacert"_s, u"--dry-run"_s, u"--json"_s, u"--concurrency"_s, u"--secret-env"_s,
          u"--secret-stdin"_s, u"--stall-timeout"_s, u"--answer-timeout"_s, u"Exit codes"_s})
        QVERIFY2(upload.out.contains(option), qPrintable(option));
}

QTEST_GUILESS_MAIN(TestUploadCli)
#include "TestUploadCli.moc"
