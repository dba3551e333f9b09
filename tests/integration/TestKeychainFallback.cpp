// When the keychain cannot be used, Hoist says why in words a person understands, fails fast, can keep
// a secret for this session only, and never writes it anywhere instead. CTest starts this binary
// once per condition, named in HOIST_KEYCHAIN_CONDITION:
//   unavailable  no session bus at all (DBUS_SESSION_BUS_ADDRESS points nowhere, DISPLAY unset);
//   locked       gnome-keyring with its login collection locked (tests/support/with-locked-keyring.sh,
//                which stored server=Hoist user=before-lock before locking).
#include "app/credentials/CredentialStore.h"
#include "tests/support/HoistProcess.h"
#include "tests/support/TestFiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Well under CredentialStore's 10 s timeout: an unusable keychain must not look like a hang.
constexpr qint64 fastMs = 3'000;
} // namespace

class TestKeychainFallback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveFailsFastAndExplains();
    void existingEntryCannotBeRead();
    void sessionOnlySecretLivesInMemoryOnly();
    void cliSetRefusesAndStoresNothing();
    void cliListStillWorks();
    void cliUploadRefusesWithoutSending();
    void noFileHoldsASecret();

private:
    using Run = HoistProcess::Run;
    Run hoist(const QStringList& arguments, const QByteArray& input = QByteArray());

    QString m_condition;
    CredentialError::Kind m_expectedKind = CredentialError::Kind::None;
    QString m_expectedWords; // besides "keychain"
    QTemporaryDir m_home;
    QString m_settingsFile; // what the hoist binary uses under this HOME
    QStringList m_secrets;  // everything that must not reach a file
};

void TestKeychainFallback::initTestCase()
{
    m_condition = qEnvironmentVariable("HOIST_KEYCHAIN_CONDITION");
    if (m_condition == u"unavailable"_s) {
        m_expectedKind = CredentialError::Kind::Unavailable;
        m_expectedWords = u"Secret Service"_s;
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"/nonexistent/"_s),
                 "the unavailable condition needs DBUS_SESSION_BUS_ADDRESS pointing nowhere");
    } else if (m_condition == u"locked"_s) {
        m_expectedKind = CredentialError::Kind::Locked;
        m_expectedWords = u"locked"_s;
    } else {
        QFAIL("HOIST_KEYCHAIN_CONDITION must be unavailable or locked: run through ctest");
    }
    QVERIFY(qEnvironmentVariableIsEmpty("DISPLAY")); // or a keyring prompt could wait for a person
    QVERIFY(!qEnvironmentVariableIsEmpty("HOIST_BINARY"));

    // Everything this test and the hoist binary write goes under one throwaway HOME.
    QVERIFY(m_home.isValid());
    HoistProcess::useHome(m_home.path());
    m_settingsFile = m_home.filePath(u".config/hoist/hoist.conf"_s);
}

TestKeychainFallback::Run TestKeychainFallback::hoist(const QStringList& arguments, const QByteArray& input)
{
    // With this test's environment, i.e. under m_home.
    return HoistProcess::run(arguments, input, QProcessEnvironment::systemEnvironment(), 60'000);
}

void TestKeychainFallback::saveFailsFastAndExplains()
{
    const QString secret = u"fallback-sëcret-1"_s;
    m_secrets.append(secret);
    CredentialStore store(m_settingsFile);
    QElapsedTimer timer;
    timer.start();
    const CredentialError error = store.saveNow({u"cms"_s, Credential::Kind::Token, {}, {}}, {{}, secret});
    const qint64 elapsed = timer.elapsed();

    QCOMPARE(error.kind, m_expectedKind);
    QVERIFY(error.keychainUnusable());
    QVERIFY2(error.message.contains(u"keychain"_s, Qt::CaseInsensitive) &&
                 error.message.contains(m_expectedWords),
             qPrintable(error.message));
    QVERIFY2(!error.message.contains(secret), qPrintable(error.message));
    QVERIFY2(elapsed < fastMs, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    QVERIFY(!store.find(u"cms"_s)); // not indexed: there is nothing to find later
    QVERIFY(store.credentials().isEmpty());
}

void TestKeychainFallback::existingEntryCannotBeRead()
{
    // "before-lock" is in the locked keyring; in the unavailable condition there is no keyring at all.
    CredentialIndex(m_settingsFile).put({u"before-lock"_s, Credential::Kind::Token, {}, {}});
    CredentialStore store(m_settingsFile);
    Secret secret;
    QElapsedTimer timer;
    timer.start();
    const CredentialError error = store.readNow(u"before-lock"_s, &secret);
    QVERIFY2(timer.elapsed() < fastMs, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QVERIFY(secret.isEmpty());
    // A locked collection hides its items: the Secret Service answers "no such item", so Hoist can
    // only mention the lock as a possible reason.
    QCOMPARE(error.kind, m_condition == u"locked"_s ? CredentialError::Kind::NotFound
                                                    : CredentialError::Kind::Unavailable);
    QVERIFY2(error.message.contains(u"keychain"_s, Qt::CaseInsensitive) &&
                 error.message.contains(m_expectedWords),
             qPrintable(error.message));
}

void TestKeychainFallback::sessionOnlySecretLivesInMemoryOnly()
{
    const QString secret = u"fallback-sëcret-2"_s;
    m_secrets.append(secret);
    const Credential credential{u"session"_s, Credential::Kind::Password, u"carol"_s, u"for now"_s};
    {
        CredentialStore store(m_settingsFile);
        const CredentialError error = store.saveNow(credential, {credential.user, secret});
        QVERIFY(error.keychainUnusable());

        store.keepForSession(credential, {credential.user, secret});
        Secret read;
        const CredentialError readError = store.readNow(u"session"_s, &read);
        QVERIFY2(!readError.isError(), qPrintable(readError.message));
        QCOMPARE(read.value, secret);
        QCOMPARE(read.user, u"carol"_s);
        QVERIFY(store.isSessionOnly(u"session"_s));
        const QList<Credential> listed = store.credentials();
        const auto it = std::find_if(listed.cbegin(), listed.cend(),
                                     [](const Credential& c) { return c.id == u"session"_s; });
        QVERIFY(it != listed.cend());
        QCOMPARE(it->kind, Credential::Kind::Password);
        QCOMPARE(it->user, u"carol"_s);
        QCOMPARE(it->label, u"for now"_s);
        QVERIFY(!store.isSessionOnly(u"before-lock"_s));
    }

    // The next start knows nothing about it.
    CredentialStore next(m_settingsFile);
    QVERIFY(!next.find(u"session"_s));
    QVERIFY(!next.isSessionOnly(u"session"_s));
    Secret read;
    QCOMPARE(next.readNow(u"session"_s, &read).kind, CredentialError::Kind::NotFound);
    QVERIFY(read.isEmpty());

    // Forgetting a session-only secret needs no keychain either.
    next.keepForSession(credential, {credential.user, secret});
    QVERIFY(!next.removeNow(u"session"_s).isError());
    QVERIFY(!next.find(u"session"_s));
    QCOMPARE(next.readNow(u"session"_s, &read).kind, CredentialError::Kind::NotFound);
}

void TestKeychainFallback::cliSetRefusesAndStoresNothing()
{
    const QString secret = u"fallback-cli-sëcret-3"_s;
    m_secrets.append(secret);
    QElapsedTimer timer;
    timer.start();
    const Run run =
        hoist({u"credentials"_s, u"set"_s, u"x"_s, u"--label"_s, u"CLI"_s}, secret.toUtf8() + '\n');
    QVERIFY2(timer.elapsed() < fastMs, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"keychain"_s) && run.err.contains(m_expectedWords), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Nothing was stored."_s), qPrintable(run.err));
    QVERIFY(!run.out.contains(u"Stored"_s));
    QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
    QVERIFY(!CredentialIndex(m_settingsFile).find(u"x"_s));
}

void TestKeychainFallback::cliListStillWorks()
{
    // The list is the index in the settings file: it needs no keychain.
    const Run run = hoist({u"credentials"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(list.size(), 1); // before-lock, indexed above; not "x", not the session-only one
    QCOMPARE(list.first().toObject().value(u"id"_s).toString(), u"before-lock"_s);
    const Run table = hoist({u"credentials"_s, u"list"_s});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(u"before-lock"_s), qPrintable(table.out));
}

void TestKeychainFallback::cliUploadRefusesWithoutSending()
{
    // Port 9 (discard) has no server: had anything been sent, the upload would fail with 1, not 3.
    QFile preset(qEnvironmentVariable("HOIST_SOURCE_DIR") + u"/resources/presets/sandbox.json"_s);
    QVERIFY(preset.open(QIODevice::ReadOnly));
    QJsonObject profile = QJsonDocument::fromJson(preset.readAll()).object();
    profile.insert(u"variables"_s, QJsonObject{{u"base"_s, u"http://127.0.0.1:9"_s}});
    profile.insert(u"auth"_s, QJsonObject{{u"scheme"_s, u"token"_s}, {u"credential"_s, u"before-lock"_s}});
    const QString profileFile =
        TestFiles::write(m_home.filePath(u"Locked.json"_s), QJsonDocument(profile).toJson());
    const QString file = TestFiles::write(m_home.filePath(u"upload.txt"_s), "not sent\n");
    QVERIFY(!profileFile.isEmpty() && !file.isEmpty());

    const Run run = hoist({u"upload"_s, u"--profile"_s, profileFile, file});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"credential \"before-lock\""_s) && run.err.contains(m_expectedWords),
             qPrintable(run.err));
}

void TestKeychainFallback::noFileHoldsASecret()
{
    QVERIFY(m_secrets.size() >= 3);
    QList<QByteArray> needles{"fallback-"};
    for (const QString& secret : std::as_const(m_secrets))
        needles.append(secret.toUtf8());
    int files = 0;
    const QStringList found = TestFiles::filesContaining(m_home.path(), needles, &files);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; "_s)));
    QVERIFY(files > 0); // at least the settings file with the index: the scan looked somewhere
    QVERIFY(QFile::exists(m_settingsFile));
}

QTEST_GUILESS_MAIN(TestKeychainFallback)
#include "TestKeychainFallback.moc"
