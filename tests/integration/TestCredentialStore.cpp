// CredentialStore against a real Secret Service (scripts/test.sh starts an unlocked gnome-keyring on a
// private session bus): secrets round-trip byte for byte, the index lists credentials without their
// secrets, deletes clean both sides. Every read goes through a fresh store (= the next start of
// Hoist), so nothing is answered from the first store's memory; the keychain's own view is checked
// with secret-tool.
#include "app/credentials/CredentialStore.h"
#include "tests/support/SecretTool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void secretRoundTripsExactly_data();
    void secretRoundTripsExactly();
    void passwordKeepsItsUserInTheIndex();
    void saveOverwrites();
    void indexListsSortedWithoutSecrets();
    void deleteRemovesFromIndexAndKeychain();
    void entryGoneFromKeychainIsNotFoundAndDeleteCleansIndex();
    void unknownIdIsNotFoundWithoutAskingTheKeychain();

private:
    std::unique_ptr<CredentialStore> store(const QString& settingsFile = QString()) const;
    Secret read(const QString& id, CredentialError::Kind expected = CredentialError::Kind::None,
                const QString& settingsFile = QString()) const;

    QTemporaryDir m_dir;
    QString m_service;
    QString m_settingsFile;
};

std::unique_ptr<CredentialStore> TestCredentialStore::store(const QString& settingsFile) const
{
    return std::make_unique<CredentialStore>(settingsFile.isEmpty() ? m_settingsFile : settingsFile,
                                             m_service);
}

// Reads through a new CredentialStore, as the next start of Hoist would.
Secret TestCredentialStore::read(const QString& id, CredentialError::Kind expected,
                                 const QString& settingsFile) const
{
    Secret secret;
    const CredentialError error = store(settingsFile)->readNow(id, &secret);
    if (error.kind != expected) {
        qWarning("read(%s): kind %d, expected %d: %s", qPrintable(id), int(error.kind), int(expected),
                 qPrintable(error.message));
        return {u"<wrong kind>"_s, u"<wrong kind>"_s};
    }
    return secret;
}

void TestCredentialStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Unique per run: entries of an earlier, crashed run cannot interfere, nor can the user's own.
    m_service = u"hoist-test-"_s + QString::number(QCoreApplication::applicationPid());
    m_settingsFile = m_dir.filePath(u"hoist.conf"_s);
    QVERIFY2(SecretTool::store(m_service, u"probe"_s, "probe") &&
                 SecretTool::lookup(m_service, u"probe"_s) == QByteArray("probe"),
             "no unlocked Secret Service on the session bus: run through scripts/test.sh "
             "(dbus-run-session with gnome-keyring-daemon --unlock)");
    QVERIFY(SecretTool::clear(m_service, u"probe"_s));
}

void TestCredentialStore::cleanupTestCase()
{
    QVERIFY(SecretTool::clear(m_service));
    QVERIFY(!SecretTool::lookup(m_service, u"unicode"_s));
}

void TestCredentialStore::secretRoundTripsExactly_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("secret");
    QString long2k;
    for (int i = 0; i < 2048; ++i)
        long2k.append(QChar(u'!' + (i * 7) % 94)); // every printable ASCII character, 2 KB
    QTest::newRow("non-ASCII") << u"unicode"_s << u"tökén-✓-密钥"_s;
    QTest::newRow("2 KB") << u"long.token"_s << long2k;
    QTest::newRow("spaces and quotes kept") << u"Spaces_1"_s << u"  a \"b\" \\c; #d=e  "_s;
}

void TestCredentialStore::secretRoundTripsExactly()
{
    QFETCH(QString, id);
    QFETCH(QString, secret);
    const Credential credential{id, Credential::Kind::Token, QString(), u"Ünïcode label ✓"_s};
    const CredentialError error = store()->saveNow(credential, {QString(), secret});
    QVERIFY2(!error.isError(), qPrintable(error.message));

    QCOMPARE(read(id).value, secret);
    QCOMPARE(SecretTool::lookup(m_service, id).value_or("<no item>"),
             secret.toUtf8()); // stored raw, not encoded
    const std::optional<Credential> indexed = store()->find(id);
    QVERIFY(indexed);
    QCOMPARE(indexed->kind, Credential::Kind::Token);
    QCOMPARE(indexed->label, credential.label);
}

void TestCredentialStore::passwordKeepsItsUserInTheIndex()
{
    const Credential credential{u"mayan"_s, Credential::Kind::Password, u"alice@example.org"_s, QString()};
    QVERIFY(!store()->saveNow(credential, {credential.user, u"pa ss:wörd"_s}).isError());

    const Secret secret = read(u"mayan"_s);
    QCOMPARE(secret.value, u"pa ss:wörd"_s);
    QCOMPARE(secret.user, u"alice@example.org"_s); // from the index: the keychain has only the password
    QCOMPARE(SecretTool::lookup(m_service, u"mayan"_s).value_or("<no item>"), u"pa ss:wörd"_s.toUtf8());
    QCOMPARE(store()->find(u"mayan"_s)->kind, Credential::Kind::Password);
}

void TestCredentialStore::saveOverwrites()
{
    auto first = store();
    QVERIFY(!first->saveNow({u"over"_s, Credential::Kind::Token, QString(), u"old"_s}, {{}, u"first"_s})
                 .isError());
    QCOMPARE(read(u"over"_s).value, u"first"_s);
    QVERIFY(
        !store()
             ->saveNow({u"over"_s, Credential::Kind::Password, u"bob"_s, u"new"_s}, {u"bob"_s, u"second"_s})
             .isError());

    QCOMPARE(read(u"over"_s).value, u"second"_s);
    QCOMPARE(SecretTool::lookup(m_service, u"over"_s).value_or("<no item>"), QByteArray("second"));
    const QList<Credential> all = store()->credentials();
    QCOMPARE(std::count_if(all.cbegin(), all.cend(), [](const Credential& c) { return c.id == u"over"_s; }),
             1);
    const Credential over = *store()->find(u"over"_s);
    QCOMPARE(over.kind, Credential::Kind::Password);
    QCOMPARE(over.user, u"bob"_s);
    QCOMPARE(over.label, u"new"_s);
}

void TestCredentialStore::indexListsSortedWithoutSecrets()
{
    const QString settingsFile = m_dir.filePath(u"listing/hoist.conf"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"listing"_s)));
    const QList<std::pair<Credential, QString>> saved{
        {{u"zeta"_s, Credential::Kind::Token, QString(), u"Last one"_s}, u"zeta-Secret-1"_s},
        {{u"Alpha"_s, Credential::Kind::Password, u"bob"_s, QString()}, u"alpha-Secret-2"_s},
        {{u"mid.key"_s, Credential::Kind::OAuthClient, u"client-123"_s, u"OAuth app"_s}, u"mid-Secret-3"_s},
    };
    {
        auto writer = store(settingsFile);
        for (const auto& [credential, secret] : saved)
            QVERIFY(!writer->saveNow(credential, {credential.user, secret}).isError());
    }

    const QList<Credential> all = store(settingsFile)->credentials();
    QStringList ids;
    for (const Credential& credential : all)
        ids.append(credential.id);
    QCOMPARE(ids, (QStringList{u"Alpha"_s, u"mid.key"_s, u"zeta"_s})); // sorted, case-insensitively
    QCOMPARE(all[0].kind, Credential::Kind::Password);
    QCOMPARE(all[0].user, u"bob"_s);
    QCOMPARE(all[0].label, QString());
    QCOMPARE(all[1].kind, Credential::Kind::OAuthClient);
    QCOMPARE(all[1].user, u"client-123"_s);
    QCOMPARE(all[1].label, u"OAuth app"_s);
    QCOMPARE(all[2].kind, Credential::Kind::Token);
    QCOMPARE(all[2].user, QString());
    QCOMPARE(all[2].label, u"Last one"_s);
    QVERIFY(!store(settingsFile)->isSessionOnly(u"zeta"_s));

    // The settings file holds kind, user and label, nothing else, and no secret in any form.
    QSettings settings(settingsFile, QSettings::IniFormat);
    QStringList keys = settings.allKeys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"credentials/Alpha/kind"_s, u"credentials/Alpha/user"_s,
                                u"credentials/mid.key/kind"_s, u"credentials/mid.key/label"_s,
                                u"credentials/mid.key/user"_s, u"credentials/zeta/kind"_s,
                                u"credentials/zeta/label"_s}));
    QFile file(settingsFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    for (const auto& [credential, secret] : saved) {
        QVERIFY2(!content.contains(secret.toUtf8()), content.constData());
        QVERIFY2(!content.contains("Secret-"), content.constData());
        QCOMPARE(SecretTool::lookup(m_service, credential.id).value_or("<no item>"), secret.toUtf8());
    }
}

void TestCredentialStore::deleteRemovesFromIndexAndKeychain()
{
    QVERIFY(!store()->saveNow({u"doomed"_s, Credential::Kind::Token, {}, {}}, {{}, u"bye"_s}).isError());
    QCOMPARE(SecretTool::lookup(m_service, u"doomed"_s).value_or("<no item>"), QByteArray("bye"));

    auto remover = store();
    int changes = 0;
    connect(remover.get(), &CredentialStore::changed, this, [&] { ++changes; });
    const CredentialError error = remover->removeNow(u"doomed"_s);
    QVERIFY2(!error.isError(), qPrintable(error.message));
    QCOMPARE(changes, 1);
    QVERIFY(!remover->find(u"doomed"_s));

    QVERIFY(!SecretTool::lookup(m_service, u"doomed"_s));
    QVERIFY(!store()->find(u"doomed"_s));
    QCOMPARE(read(u"doomed"_s, CredentialError::Kind::NotFound).value, QString());
}

void TestCredentialStore::entryGoneFromKeychainIsNotFoundAndDeleteCleansIndex()
{
    QVERIFY(!store()->saveNow({u"stale"_s, Credential::Kind::Token, {}, {}}, {{}, u"old"_s}).isError());
    QVERIFY(SecretTool::clear(m_service, u"stale"_s)); // removed behind Hoist's back
    QVERIFY(!SecretTool::lookup(m_service, u"stale"_s));

    // Still listed, but the keychain has nothing: NotFound, with advice for a person.
    Secret secret;
    const CredentialError error = store()->readNow(u"stale"_s, &secret);
    QCOMPARE(error.kind, CredentialError::Kind::NotFound);
    QVERIFY2(error.message.contains(u"\"stale\""_s) && error.message.contains(u"keychain"_s),
             qPrintable(error.message));
    QVERIFY(secret.isEmpty());

    const CredentialError removed = store()->removeNow(u"stale"_s);
    QVERIFY2(!removed.isError(), qPrintable(removed.message));
    QVERIFY(!store()->find(u"stale"_s));
}

void TestCredentialStore::unknownIdIsNotFoundWithoutAskingTheKeychain()
{
    // The keychain has "ghost", the index does not: Hoist must not look it up.
    QVERIFY(SecretTool::store(m_service, u"ghost"_s, "ghost-secret"));
    Secret secret;
    const CredentialError error = store()->readNow(u"ghost"_s, &secret);
    QCOMPARE(error.kind, CredentialError::Kind::NotFound);
    QVERIFY2(error.message.contains(u"no credential named \"ghost\""_s), qPrintable(error.message));
    QCOMPARE(secret.value, QString());

    // Control: once indexed, the same lookup does reach the keychain and finds it.
    CredentialIndex(m_settingsFile).put({u"ghost"_s, Credential::Kind::Token, {}, {}});
    QCOMPARE(read(u"ghost"_s).value, u"ghost-secret"_s);
    QVERIFY(!store()->removeNow(u"ghost"_s).isError());
    QVERIFY(!SecretTool::lookup(m_service, u"ghost"_s));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
