// `hoist presets`, `hoist profiles` and `hoist upload --profile <each preset>` as a script uses them:
// a profile made from each preset, its credential in the real keychain, and an upload to the
// service's emulator, asserting what the emulator stored. Credential ids carry this run's pid and
// are removed at the end (the keyring is shared).
#include "tests/support/EmulatorClient.h"
#include "tests/support/HoistProcess.h"
#include "tests/support/SecretTool.h"
#include "tests/support/ServiceEmulators.h"
#include "tests/support/TestFiles.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(800, '\x17');

QJsonObject lastLine(const QString& out)
{
    return QJsonDocument::fromJson(out.trimmed().split(u'\n').constLast().toUtf8()).object();
}
} // namespace

class TestPresetsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void presetsListNamesEveryServiceAndItsValues();
    void profilesAddRefusesWhatCannotWork_data();
    void profilesAddRefusesWhatCannotWork();
    void profilesListShowRemove();
    void xiboUploadIntoAFolderThenReplace();
    void squidexUploadIntoAFolder();
    void qualtricsUploadIntoAFolder();
    void mayanUploadWithMetadataExits4WhenAStepFails();
    void drfMediaUpload();
    void uploadRefusesFolderAndReplaceWhereTheServiceHasNone();
    void noSecretReachedAFile(); // last: after every run above wrote what it writes

private:
    using Run = HoistProcess::Run;
    Run hoist(const QStringList& arguments, const QByteArray& input = {});
    // Adds profile NAME from PRESET with a fresh credential holding SECRET.
    void addProfile(const QString& name, const QString& preset, const QStringList& vars, const QString& kind,
                    const QString& user, const QByteArray& secret);
    QString credentialId(const QString& name) const { return m_prefix + name; }

    ServiceEmulators m_servers;
    QTemporaryDir m_home;
    QString m_prefix;
    QStringList m_credentials;
};

void TestPresetsCli::initTestCase()
{
    QVERIFY2(m_servers.allRunning(), "an emulator fixture is not running (run through ctest)");
    QVERIFY(m_home.isValid());
    HoistProcess::useHome(m_home.path());
    m_prefix = u"p"_s + QString::number(QCoreApplication::applicationPid()) + u'-';
}

void TestPresetsCli::cleanupTestCase()
{
    for (const QString& id : std::as_const(m_credentials))
        SecretTool::clear(u"Hoist"_s, id);
}

TestPresetsCli::Run TestPresetsCli::hoist(const QStringList& arguments, const QByteArray& input)
{
    return HoistProcess::run(arguments, input);
}

void TestPresetsCli::addProfile(const QString& name, const QString& preset, const QStringList& vars,
                                const QString& kind, const QString& user, const QByteArray& secret)
{
    const QString credential = credentialId(name);
    QStringList set{u"credentials"_s, u"set"_s, credential, u"--kind"_s, kind};
    if (!user.isEmpty())
        set << u"--user"_s << user;
    const Run stored = hoist(set, secret + '\n');
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    m_credentials.append(credential);
    QStringList add{u"profiles"_s, u"add"_s, name, u"--preset"_s, preset, u"--credential"_s, credential};
    for (const QString& var : vars)
        add << u"--var"_s << var;
    const Run added = hoist(add);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.out.contains(u"Saved profile"_s), qPrintable(added.out));
}

void TestPresetsCli::presetsListNamesEveryServiceAndItsValues()
{
    const Run text = hoist({u"presets"_s, u"list"_s});
    QCOMPARE(text.exitCode, 0);
    for (const QString& id :
         {u"xibo"_s, u"squidex"_s, u"qualtrics"_s, u"mayan"_s, u"drf-media"_s, u"generic"_s})
        QVERIFY2(text.out.contains(id + u"  "_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"--var app=…  App name"_s));
    QVERIFY2(
        text.out.contains(u"--var updateInLayouts=…  Replace the file in layouts, one of 1, 0 (optional)"_s),
        qPrintable(text.out));

    const Run json = hoist({u"presets"_s, u"list"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    QJsonObject xibo;
    for (const QJsonValue& preset : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
        if (preset.toObject().value(u"id"_s).toString() == u"xibo"_s)
            xibo = preset.toObject();
    }
    QCOMPARE(xibo.value(u"auth"_s).toString(), u"oauth2"_s);
    QCOMPARE(xibo.value(u"operations"_s).toArray(),
             (QJsonArray{u"upload"_s, u"replace"_s, u"list"_s, u"delete"_s, u"folder"_s}));
    QCOMPARE(xibo.value(u"inputs"_s).toArray().at(0).toObject().value(u"key"_s).toString(), u"base"_s);

    const Run ids = hoist({u"presets"_s, u"list"_s, u"--names"_s});
    QCOMPARE(ids.exitCode, 0);
    QCOMPARE(ids.out, u"drf-media\ngeneric\nmayan\nqualtrics\nsandbox\nsquidex\nxibo\n"_s);
}

void TestPresetsCli::profilesAddRefusesWhatCannotWork_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing value") << QStringList{u"x"_s, u"--preset"_s, u"qualtrics"_s, u"--var"_s,
                                                  u"library=UR_1"_s}
                                   << u"--var base=… (Data center address)"_s;
    QTest::newRow("unknown preset") << QStringList{u"x"_s, u"--preset"_s, u"wordpress"_s}
                                    << u"choose one of drf-media, generic"_s;
    QTest::newRow("unknown value") << QStringList{u"x"_s, u"--preset"_s, u"drf-media"_s, u"--var"_s,
                                                  u"bsae=h"_s}
                                   << u"takes no value \"bsae\""_s;
    QTest::newRow("no preset") << QStringList{u"x"_s} << u"needs --preset ID"_s;
    QTest::newRow("no token address")
        << QStringList{u"x"_s,      u"--preset"_s, u"drf-media"_s, u"--var"_s, u"base=http://h"_s,
                       u"--auth"_s, u"oauth2"_s}
        << u"no token address"_s;
    QTest::newRow("key without its header")
        << QStringList{u"x"_s,      u"--preset"_s, u"drf-media"_s, u"--var"_s, u"base=http://h"_s,
                       u"--auth"_s, u"header"_s}
        << u"The profile would not work: Enter the name of the header or parameter that carries the key."_s;
}

void TestPresetsCli::profilesAddRefusesWhatCannotWork()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = hoist(QStringList{u"profiles"_s, u"add"_s} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!hoist({u"profiles"_s, u"list"_s}).out.contains(u"\nx "_s));
}

void TestPresetsCli::profilesListShowRemove()
{
    const QStringList add{u"profiles"_s,
                          u"add"_s,
                          u"Library / test"_s,
                          u"--preset"_s,
                          u"drf-media"_s,
                          u"--var"_s,
                          u"base=https://media.example/api/"_s};
    const Run added = hoist(add);
    QCOMPARE(added.exitCode, 0);
    // The preset adds "/api" itself: taken off, and said.
    QVERIFY2(added.err.contains(u"base: Removed \"/api\": Hoist adds it itself."_s), qPrintable(added.err));
    QCOMPARE(hoist(add).exitCode, 2); // the name is taken
    const QStringList keyed{u"profiles"_s,  u"add"_s,        u"Keyed"_s,         u"--preset"_s,
                            u"drf-media"_s, u"--var"_s,      u"base=http://h"_s, u"--auth"_s,
                            u"header"_s,    u"--key-name"_s, u"X-Api-Key"_s};
    QCOMPARE(hoist(keyed).exitCode, 0);
    const QJsonObject keyedJson =
        QJsonDocument::fromJson(hoist({u"profiles"_s, u"show"_s, u"Keyed"_s, u"--json"_s}).out.toUtf8())
            .object();
    QCOMPARE(keyedJson.value(u"auth"_s).toObject().value(u"name"_s).toString(), u"X-Api-Key"_s);

    const QJsonArray list =
        QJsonDocument::fromJson(hoist({u"profiles"_s, u"list"_s, u"--json"_s}).out.toUtf8()).array();
    QVERIFY(list.contains(QJsonObject{{u"name"_s, u"Library / test"_s},
                                      {u"preset"_s, u"drf-media"_s},
                                      {u"auth"_s, u"token"_s},
                                      {u"credential"_s, u"drf-media"_s}}));
    // For scripts and shell completion: the names alone, one a line, spaces and all.
    const Run names = hoist({u"profiles"_s, u"list"_s, u"--names"_s});
    QCOMPARE(names.exitCode, 0);
    QCOMPARE(names.out, u"Keyed\nLibrary / test\n"_s);
    const Run both = hoist({u"profiles"_s, u"list"_s, u"--names"_s, u"--json"_s});
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(u"Give --json or --names, not both."_s), qPrintable(both.err));
    const Run show = hoist({u"profiles"_s, u"show"_s, u"Library / test"_s});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains(u"https://media.example"_s) &&
                 show.out.contains(u"POST {+base}/api/media/files"_s),
             qPrintable(show.out));
    const QJsonObject json =
        QJsonDocument::fromJson(
            hoist({u"profiles"_s, u"show"_s, u"Library / test"_s, u"--json"_s}).out.toUtf8())
            .object();
    QCOMPARE(json.value(u"filePart"_s).toObject().value(u"name"_s).toString(), u"f"_s);
    QCOMPARE(json.value(u"variables"_s).toObject().value(u"base"_s).toString(), u"https://media.example"_s);

    QCOMPARE(hoist({u"profiles"_s, u"remove"_s, u"Library / test"_s}).exitCode, 0);
    QCOMPARE(hoist({u"profiles"_s, u"show"_s, u"Library / test"_s}).exitCode, 2);
    QCOMPARE(hoist({u"profiles"_s, u"remove"_s, u"Library / test"_s}).exitCode, 2);
}

void TestPresetsCli::xiboUploadIntoAFolderThenReplace()
{
    m_servers.xibo.clear();
    addProfile(u"xibo-live"_s, u"xibo"_s, {u"base="_s + m_servers.xibo.base().toString()}, u"oauth-client"_s,
               u"hoist-xibo-client"_s, "hoist-xibo-secret");
    const QString banner = TestFiles::write(m_home.filePath(u"hbm.png"_s), png);
    const Run uploaded = hoist({u"upload"_s, u"--profile"_s, u"xibo-live"_s, u"--folder"_s, u"4"_s,
                                u"--item"_s, u"name=CTV_Sendung"_s, u"--json"_s, banner});
    QVERIFY2(uploaded.exitCode == 0, qPrintable(uploaded.out + uploaded.err));
    const QString mediaId = lastLine(uploaded.out).value(u"fields"_s).toObject().value(u"id"_s).toString();
    QVERIFY(!mediaId.isEmpty());
    const QJsonObject first = m_servers.xibo.items().last().toObject();
    QCOMPARE(first.value(u"mediaId"_s).toInt(), mediaId.toInt());
    QCOMPARE(first.value(u"name"_s).toString(), u"CTV_Sendung"_s);
    QCOMPARE(first.value(u"folderId"_s).toInt(), 4);

    const Run replaced = hoist({u"upload"_s, u"--profile"_s, u"xibo-live"_s, u"--replace"_s, mediaId,
                                u"--var"_s, u"deleteOldRevisions=1"_s, u"--json"_s, banner});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.out + replaced.err));
    // updateInLayouts defaults to 1, so deleteOldRevisions=1 deletes the old revision.
    const QJsonArray items = m_servers.xibo.items();
    const QJsonObject second = items.last().toObject();
    QCOMPARE(second.value(u"oldMediaId"_s).toInt(), mediaId.toInt());
    QCOMPARE(second.value(u"deletedOldRevision"_s).toBool(), true);
    QCOMPARE(second.value(u"sha256"_s).toString(), EmulatorClient::sha256Of(banner));
}

void TestPresetsCli::squidexUploadIntoAFolder()
{
    m_servers.squidex.clear();
    addProfile(u"squidex-atlas"_s, u"squidex"_s,
               {u"base="_s + m_servers.squidex.base().toString(), u"app=hoist-app"_s}, u"oauth-client"_s,
               u"hoist-app:default"_s, "hoist-squidex-secret");
    const QString picture = TestFiles::write(m_home.filePath(u"yo.jpg"_s), "\xff\xd8\xff\xe0" + png);
    const Run run = hoist({u"upload"_s, u"--profile"_s, u"squidex-atlas"_s, u"--folder"_s,
                           u"39b46dab-60ee-4bef-ae51-64591d3f5d7f"_s, picture});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject stored = m_servers.squidex.items().last().toObject();
    QCOMPARE(stored.value(u"parentId"_s).toString(), u"39b46dab-60ee-4bef-ae51-64591d3f5d7f"_s);
    QCOMPARE(stored.value(u"mimeType"_s).toString(), u"image/jpeg"_s);
    QVERIFY2(!run.out.contains(u"hoist-squidex-secret"_s) && !run.err.contains(u"hoist-squidex-secret"_s),
             "the client secret was printed");
}

void TestPresetsCli::qualtricsUploadIntoAFolder()
{
    m_servers.qualtrics.clear();
    addProfile(u"qualtrics-lib"_s, u"qualtrics"_s,
               {u"base="_s + m_servers.qualtrics.base().toString(), u"library=UR_hoist"_s}, u"token"_s,
               QString(), "hoist-qualtrics-token");
    const QString picture = TestFiles::write(m_home.filePath(u"pic_1.png"_s), png + "q");
    const Run run = hoist({u"upload"_s, u"--profile"_s, u"qualtrics-lib"_s, u"--folder"_s, u"foldername"_s,
                           u"--json"_s, picture});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QString id = lastLine(run.out).value(u"fields"_s).toObject().value(u"id"_s).toString();
    QVERIFY(id.startsWith(u"IM_"_s));
    const QJsonObject stored = m_servers.qualtrics.items().last().toObject();
    QCOMPARE(stored.value(u"id"_s).toString(), id);
    QCOMPARE(stored.value(u"folder"_s).toString(), u"foldername"_s);
}

void TestPresetsCli::mayanUploadWithMetadataExits4WhenAStepFails()
{
    m_servers.mayan.clear();
    addProfile(u"mayan-drawings"_s, u"mayan"_s,
               {u"base="_s + m_servers.mayan.base().toString(), u"documentType=2"_s}, u"password"_s,
               u"hoist"_s, "hoist-mayan-password");
    const QString drawing =
        TestFiles::write(m_home.filePath(u"123.pdf"_s), "%PDF-1.4\n" + QByteArray(900, 'd'));
    const Run run = hoist({u"upload"_s, u"--profile"_s, u"mayan-drawings"_s, u"--metadata"_s, u"3=000510"_s,
                           u"--metadata"_s, u"99=lost"_s, u"--json"_s, drawing});
    QCOMPARE(run.exitCode, 4);
    const QJsonObject result = lastLine(run.out);
    QCOMPARE(result.value(u"status"_s).toString(), u"succeeded"_s);
    const QJsonArray steps = result.value(u"follow_ups"_s).toArray();
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).toObject().value(u"ok"_s).toBool(), true);
    QCOMPARE(steps.at(1).toObject().value(u"ok"_s).toBool(), false);
    const QJsonObject stored = m_servers.mayan.items().last().toObject();
    QCOMPARE(stored.value(u"document_type_id"_s).toInt(), 2);
    const QJsonArray metadata = stored.value(u"metadata"_s).toArray();
    QCOMPARE(metadata.size(), 1);
    QCOMPARE(metadata.at(0).toObject().value(u"metadata_type_id"_s).toInt(), 3);
    QCOMPARE(metadata.at(0).toObject().value(u"value"_s).toString(), u"000510"_s);

    // The text report says which step failed and why.
    const Run text =
        hoist({u"upload"_s, u"--profile"_s, u"mayan-drawings"_s, u"--metadata"_s, u"99=lost"_s, drawing});
    QCOMPARE(text.exitCode, 4);
    QVERIFY2(text.out.contains(u"✗ metadata 99 = lost: "_s), qPrintable(text.out));
}

void TestPresetsCli::drfMediaUpload()
{
    m_servers.drf.clear();
    addProfile(u"media"_s, u"drf-media"_s, {u"base="_s + m_servers.drf.base().toString()}, u"token"_s,
               QString(), "hoist-test-token");
    const QString image = TestFiles::write(m_home.filePath(u"image.jpg"_s), "\xff\xd8\xff\xe0" + png);
    const Run run =
        hoist({u"upload"_s, u"--profile"_s, u"media"_s, u"--item"_s, u"name=Profile Picture"_s, image});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    const QJsonObject request = m_servers.drf.uploads().at(0).toObject();
    QCOMPARE(request.value(u"parts"_s).toArray().at(0).toObject().value(u"value"_s).toString(),
             u"Profile Picture"_s);
}

void TestPresetsCli::uploadRefusesFolderAndReplaceWhereTheServiceHasNone()
{
    const QString image = TestFiles::write(m_home.filePath(u"x.jpg"_s), "\xff\xd8\xff\xe0" + png);
    const QString base = u"base=http://127.0.0.1:9"_s;
    const Run folder =
        hoist({u"upload"_s, u"--profile"_s, u"drf-media"_s, u"--var"_s, base, u"--folder"_s, u"a"_s, image});
    QCOMPARE(folder.exitCode, 2);
    QVERIFY2(folder.err.contains(u"no folders"_s), qPrintable(folder.err));
    // No replace request and no way to delete the old item.
    const Run replace = hoist({u"upload"_s, u"--profile"_s, u"generic"_s, u"--var"_s,
                               u"url=http://127.0.0.1:9/up"_s, u"--replace"_s, u"IM_1"_s, image});
    QCOMPARE(replace.exitCode, 2);
    QVERIFY2(replace.err.contains(u"no way to replace"_s), qPrintable(replace.err));
    const Run two = hoist({u"upload"_s, u"--profile"_s, u"xibo"_s, u"--replace"_s, u"1"_s, image, image});
    QCOMPARE(two.exitCode, 2);
}

void TestPresetsCli::noSecretReachedAFile()
{
    int scanned = 0;
    const QStringList found =
        TestFiles::filesContaining(m_home.path(),
                                   {"hoist-xibo-secret", "hoist-squidex-secret", "hoist-qualtrics-token",
                                    "hoist-mayan-password", "hoist-test-token"},
                                   &scanned);
    QVERIFY2(scanned >= 5, "the profiles and the credential index should be there to search");
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestPresetsCli)
#include "TestPresetsCli.moc"
