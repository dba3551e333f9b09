// `hoist credentials` and `hoist upload --profile` with a credential, as scripts use them, against the
// real Secret Service and the sandbox_token emulator (which wants "Authorization: Token
// hoist-test-token"). Every test function runs hoist with a HOME of its own and checks afterwards
// that no file under it holds a secret. The hoist binary stores under the service "Hoist", shared
// with whoever else uses this keyring, so credential ids carry this run's pid and are removed at the
// end.
#include "tests/support/EmulatorClient.h"
#include "tests/support/HoistProcess.h"
#include "tests/support/SecretTool.h"
#include "tests/support/TestFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString service = u"Hoist"_s;
const QByteArray serverToken = "hoist-test-token"; // tests/CMakeLists.txt starts sandbox_token with it
} // namespace

class TestCredentialsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void setThenListWithoutSecrets();
    void setRefusesSecretOnCommandLine();
    void usageErrorsExit2AndStoreNothing_data();
    void usageErrorsExit2AndStoreNothing();
    void deleteRemovesFromListAndKeychain();
    void uploadUsesStoredCredentialAgainAfterRestart();
    void wrongStoredSecretFailsWith401();
    void deletedCredentialRefusesAndSendsNothing();

private:
    using Run = HoistProcess::Run;
    Run hoist(const QStringList& arguments, const QByteArray& input = QByteArray());
    Run set(const QString& id, const QByteArray& secret, const QStringList& options = {});
    QString id(const QString& name); // unique to this run; removed from the keychain at the end
    QString writeProfile(const QString& credential);
    QJsonArray listJson();

    EmulatorClient m_server{u"sandbox_token"_s};
    QString m_prefix;
    QSet<QString> m_ids;
    QStringList m_secrets; // none may show up in output or in a file
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestCredentialsCli::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the sandbox_token fixture is not running (run through ctest)");
    QVERIFY(!qEnvironmentVariableIsEmpty("HOIST_BINARY"));
    m_prefix = u"t"_s + QString::number(QCoreApplication::applicationPid()) + u'-';
    QVERIFY2(SecretTool::store(service, id(u"probe"_s), "probe") &&
                 SecretTool::lookup(service, id(u"probe"_s)) == QByteArray("probe"),
             "no unlocked Secret Service on the session bus: run through scripts/test.sh "
             "(dbus-run-session with gnome-keyring-daemon --unlock)");
}

void TestCredentialsCli::init()
{
    m_server.clear();
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

// Whatever the test did: no secret in any file hoist may have written.
void TestCredentialsCli::cleanup()
{
    QList<QByteArray> needles{serverToken};
    for (const QString& secret : std::as_const(m_secrets))
        needles.append(secret.toUtf8());
    const QStringList found = TestFiles::filesContaining(m_home->path(), needles);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; "_s)));
    m_home.reset();
}

void TestCredentialsCli::cleanupTestCase()
{
    for (const QString& stored : std::as_const(m_ids)) {
        SecretTool::clear(service, stored);
        QVERIFY2(!SecretTool::lookup(service, stored), qPrintable(stored));
    }
}

QString TestCredentialsCli::id(const QString& name)
{
    const QString unique = m_prefix + name;
    m_ids.insert(unique);
    return unique;
}

TestCredentialsCli::Run TestCredentialsCli::hoist(const QStringList& arguments, const QByteArray& input)
{
    const Run run = HoistProcess::run(arguments, input, HoistProcess::environmentWithHome(m_home->path()));
    if (!run.finished)
        return {};
    for (const QString& secret : std::as_const(m_secrets)) {
        if (run.out.contains(secret) || run.err.contains(secret)) {
            qWarning("hoist %s printed a secret", qPrintable(arguments.join(u' ')));
            return {};
        }
    }
    return run;
}

TestCredentialsCli::Run TestCredentialsCli::set(const QString& id, const QByteArray& secret,
                                                const QStringList& options)
{
    m_secrets.append(QString::fromUtf8(secret).trimmed());
    return hoist(QStringList{u"credentials"_s, u"set"_s, id} + options, secret);
}

QJsonArray TestCredentialsCli::listJson()
{
    const Run run = hoist({u"credentials"_s, u"list"_s, u"--json"_s});
    if (run.exitCode != 0)
        return {QJsonValue(u"list --json failed: "_s + run.err)};
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

// The sandbox preset, pointed at sandbox_token and told to use `credential`, saved among the
// profiles (so `list` can say who uses it); returns its path for --profile FILE.json.
QString TestCredentialsCli::writeProfile(const QString& credential)
{
    QFile preset(qEnvironmentVariable("HOIST_SOURCE_DIR") + u"/resources/presets/sandbox.json"_s);
    if (!preset.open(QIODevice::ReadOnly))
        return QString();
    QJsonObject profile = QJsonDocument::fromJson(preset.readAll()).object();
    profile.insert(u"variables"_s, QJsonObject{{u"base"_s, m_server.base().toString()}});
    profile.insert(u"auth"_s, QJsonObject{{u"scheme"_s, u"token"_s}, {u"credential"_s, credential}});
    return TestFiles::write(m_home->filePath(u".config/hoist/profiles/SandboxToken.json"_s),
                            QJsonDocument(profile).toJson());
}

void TestCredentialsCli::setThenListWithoutSecrets()
{
    const QString a = id(u"a"_s), b = id(u"b"_s), c = id(u"c"_s);
    Run run = set(b, "pw-sëcret-B\n", {u"--kind"_s, u"password"_s, u"--user"_s, u"alice"_s});
    QCOMPARE(run.exitCode, 0);
    run = set(a, "tok-sëcret-A ✓\n", {u"--label"_s, u"Prod CMS ✓"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Stored \"%1\""_s.arg(a)), qPrintable(run.out));
    run = set(c, "oauth-sëcret-C", {u"--kind"_s, u"oauth-client"_s, u"--client-id"_s, u"app-1"_s});
    QCOMPARE(run.exitCode, 0); // no newline at the end of the input: still one line

    // In the keychain exactly as typed, without the line end.
    QCOMPARE(SecretTool::lookup(service, a).value_or("<no item>"), u"tok-sëcret-A ✓"_s.toUtf8());
    QCOMPARE(SecretTool::lookup(service, b).value_or("<no item>"), u"pw-sëcret-B"_s.toUtf8());
    QCOMPARE(SecretTool::lookup(service, c).value_or("<no item>"), u"oauth-sëcret-C"_s.toUtf8());

    const Run table = hoist({u"credentials"_s, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].startsWith(u"ID"_s) && lines[0].contains(u"KIND"_s), qPrintable(table.out));
    QVERIFY2(lines[1].startsWith(a) && lines[1].contains(u"token"_s) && lines[1].contains(u"Prod CMS ✓"_s),
             qPrintable(table.out));
    QVERIFY2(lines[2].startsWith(b) && lines[2].contains(u"password"_s) && lines[2].contains(u"alice"_s),
             qPrintable(table.out));
    QVERIFY2(lines[3].startsWith(c) && lines[3].contains(u"oauth-client"_s) && lines[3].contains(u"app-1"_s),
             qPrintable(table.out));

    const QJsonArray list = listJson();
    QCOMPARE(list.size(), 3);
    const QJsonObject first = list[0].toObject();
    QCOMPARE(first.value(u"id"_s).toString(), a);
    QCOMPARE(first.value(u"kind"_s).toString(), u"token"_s);
    QCOMPARE(first.value(u"user"_s).toString(), QString());
    QCOMPARE(first.value(u"label"_s).toString(), u"Prod CMS ✓"_s);
    QCOMPARE(first.value(u"profiles"_s).toArray(), QJsonArray());
    QCOMPARE(list[1].toObject().value(u"kind"_s).toString(), u"password"_s);
    QCOMPARE(list[1].toObject().value(u"user"_s).toString(), u"alice"_s);
    QCOMPARE(list[2].toObject().value(u"id"_s).toString(), c);
    QCOMPARE(list[2].toObject().value(u"user"_s).toString(), u"app-1"_s);

    // For scripts and shell completion: the ids alone, one a line.
    const Run names = hoist({u"credentials"_s, u"list"_s, u"--names"_s});
    QCOMPARE(names.exitCode, 0);
    QCOMPARE(names.out, a + u'\n' + b + u'\n' + c + u'\n');
    QCOMPARE(hoist({u"credentials"_s, u"list"_s, u"--names"_s, u"--json"_s}).exitCode, 2);
}

void TestCredentialsCli::setRefusesSecretOnCommandLine()
{
    const QString leaky = id(u"leaky"_s);
    m_secrets.append(u"argv-sëcret"_s);
    const Run run = hoist({u"credentials"_s, u"set"_s, leaky, u"argv-sëcret"_s}, "stdin-secret\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"standard input"_s), qPrintable(run.err));
    QCOMPARE(listJson(), QJsonArray());
    QVERIFY(!SecretTool::lookup(service, leaky));
}

void TestCredentialsCli::usageErrorsExit2AndStoreNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("checkId"); // must not reach the keychain
    const QString u = id(u"usage"_s);
    const QStringList set{u"credentials"_s, u"set"_s};
    QTest::newRow("password without --user")
        << set + QStringList{u, u"--kind"_s, u"password"_s} << QByteArray("s3cret\n") << u;
    QTest::newRow("oauth-client without --client-id")
        << set + QStringList{u, u"--kind"_s, u"oauth-client"_s} << QByteArray("s3cret\n") << u;
    QTest::newRow("unknown kind") << set + QStringList{u, u"--kind"_s, u"magic"_s} << QByteArray("s3cret\n")
                                  << u;
    QTest::newRow("id with a slash") << set + QStringList{u"a/b"_s} << QByteArray("s3cret\n") << u"a/b"_s;
    QTest::newRow("id starting with a dot")
        << set + QStringList{u".hidden"_s} << QByteArray("s3cret\n") << u".hidden"_s;
    QTest::newRow("id of 65 characters")
        << set + QStringList{QString(65, u'x')} << QByteArray("s3cret\n") << QString(65, u'x');
    QTest::newRow("no id") << set << QByteArray("s3cret\n") << QString();
    QTest::newRow("empty secret") << set + QStringList{u} << QByteArray("\n") << u;
    QTest::newRow("unknown option") << set + QStringList{u, u"--secret"_s, u"x"_s} << QByteArray("s3cret\n")
                                    << u;
    QTest::newRow("delete unknown") << QStringList{u"credentials"_s, u"delete"_s, u} << QByteArray() << u;
    QTest::newRow("delete without id")
        << QStringList{u"credentials"_s, u"delete"_s} << QByteArray() << QString();
    QTest::newRow("list with an argument")
        << QStringList{u"credentials"_s, u"list"_s, u"all"_s} << QByteArray() << QString();
    QTest::newRow("unknown action") << QStringList{u"credentials"_s, u"show"_s} << QByteArray() << QString();
}

void TestCredentialsCli::usageErrorsExit2AndStoreNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, checkId);
    const Run run = hoist(arguments, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QCOMPARE(listJson(), QJsonArray());
    if (!checkId.isEmpty())
        QVERIFY(!SecretTool::lookup(service, checkId));
}

void TestCredentialsCli::deleteRemovesFromListAndKeychain()
{
    const QString gone = id(u"gone"_s);
    QCOMPARE(set(gone, "delete-me-sëcret\n").exitCode, 0);
    QVERIFY(SecretTool::lookup(service, gone));
    QCOMPARE(listJson().size(), 1);

    const Run run = hoist({u"credentials"_s, u"delete"_s, gone});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Deleted"_s), qPrintable(run.out));
    QVERIFY(!SecretTool::lookup(service, gone));
    QCOMPARE(listJson(), QJsonArray());
    const Run table = hoist({u"credentials"_s, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(u"No credentials yet"_s), qPrintable(table.out));
    QCOMPARE(hoist({u"credentials"_s, u"delete"_s, gone}).exitCode, 2); // now unknown
}

void TestCredentialsCli::uploadUsesStoredCredentialAgainAfterRestart()
{
    const QString sb = id(u"sb"_s);
    const QString profile = writeProfile(sb);
    QVERIFY(!profile.isEmpty());
    QCOMPARE(set(sb, serverToken + '\n', {u"--label"_s, u"Sandbox"_s}).exitCode, 0);
    QCOMPARE(listJson()[0].toObject().value(u"profiles"_s).toArray(), QJsonArray{u"SandboxToken"_s});

    // Each hoist process is a fresh start: the secret comes from the keychain every time.
    for (int round = 1; round <= 2; ++round) {
        const QString file =
            TestFiles::write(m_home->filePath(u"round%1.txt"_s.arg(round)), "uploaded with a stored token\n");
        const Run run = hoist({u"upload"_s, u"--profile"_s, profile, u"--json"_s, file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(result.value(u"status"_s).toString(), u"succeeded"_s);
        QCOMPARE(result.value(u"http_status"_s).toInt(), 201);
        QVERIFY(!run.out.contains(QString::fromLatin1(serverToken)));
        QVERIFY(!run.err.contains(QString::fromLatin1(serverToken)));

        const QJsonArray uploads = m_server.uploads();
        QCOMPARE(uploads.size(), round);
        QCOMPARE(
            uploads.last().toObject().value(u"headers"_s).toObject().value(u"authorization"_s).toString(),
            u"Token hoist-test-token"_s);
    }
}

void TestCredentialsCli::wrongStoredSecretFailsWith401()
{
    const QString sb = id(u"sb"_s);
    const QString profile = writeProfile(sb);
    QVERIFY(!profile.isEmpty());
    QCOMPARE(set(sb, "wrong-secret-token\n").exitCode, 0);
    const QString file = TestFiles::write(m_home->filePath(u"rejected.txt"_s), "rejected\n");

    const Run run = hoist({u"upload"_s, u"--profile"_s, profile, file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"401"_s), qPrintable(run.out + run.err));
    const QJsonArray uploads = m_server.uploads();
    QVERIFY(!uploads.isEmpty());
    QCOMPARE(uploads.first().toObject().value(u"headers"_s).toObject().value(u"authorization"_s).toString(),
             u"Token wrong-secret-token"_s);
}

void TestCredentialsCli::deletedCredentialRefusesAndSendsNothing()
{
    const QString sb = id(u"sb"_s);
    const QString profile = writeProfile(sb);
    QVERIFY(!profile.isEmpty());
    QCOMPARE(set(sb, serverToken + '\n').exitCode, 0);
    QCOMPARE(hoist({u"credentials"_s, u"delete"_s, sb}).exitCode, 0);
    const QString file = TestFiles::write(m_home->filePath(u"refused.txt"_s), "never sent\n");

    const Run run = hoist({u"upload"_s, u"--profile"_s, profile, file});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"credential \"%1\""_s.arg(sb)), qPrintable(run.err));
    QCOMPARE(m_server.uploads().size(), 0);
}

QTEST_GUILESS_MAIN(TestCredentialsCli)
#include "TestCredentialsCli.moc"
