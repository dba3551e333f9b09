// A keychain that never answers (QtKeychain's libsecret jobs never finish without the GLib event
// dispatcher, which CTest turns off with QT_NO_GLIB=1): every call still answers, with TimedOut and a
// sentence, when its timeout runs out.
#include "app/credentials/CredentialStore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeychainTimeout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveAndReadTimeOut();
};

void TestKeychainTimeout::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("QT_NO_GLIB"), "CTest runs this test with QT_NO_GLIB=1");
}

void TestKeychainTimeout::saveAndReadTimeOut()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CredentialStore store(dir.filePath(u"hoist.conf"_s), u"hoist-test-timeout"_s);
    store.setTimeout(1'000);
    const Credential credential{u"stuck"_s, Credential::Kind::Token, {}, {}};

    QElapsedTimer clock;
    clock.start();
    const CredentialError saved = store.saveNow(credential, {{}, u"never-stored"_s});
    QCOMPARE(saved.kind, CredentialError::Kind::TimedOut);
    QVERIFY(saved.keychainUnusable()); // the window offers a session-only secret
    QVERIFY2(saved.message.contains(u"did not answer within 1 second"_s), qPrintable(saved.message));
    QVERIFY2(clock.elapsed() < 5'000, "the timeout, not the keychain, ended the call");
    QVERIFY(!store.find(u"stuck"_s)); // nothing indexed for a secret that was not stored

    store.keepForSession(credential, {{}, u"in-memory"_s});
    Secret secret;
    QVERIFY(!store.readNow(u"stuck"_s, &secret).isError()); // session secrets need no keychain
    QCOMPARE(secret.value, u"in-memory"_s);
}

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "TestKeychainTimeout.moc"
