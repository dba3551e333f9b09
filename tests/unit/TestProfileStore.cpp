#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/Profile.h"
#include "app/profiles/ProfileCodec.h"
#include "app/profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
Profile fullProfile()
{
    Profile profile;
    profile.name = u"Xibo"_s;
    profile.description = u"CMS library"_s;
    profile.url = u"{+base}/api/library"_s;
    profile.method = u"PUT"_s;
    profile.variables = {{u"base"_s, u"https://cms.example"_s}, {u"folder"_s, u"3"_s}};
    profile.query = {{u"folderId"_s, u"{folder}"_s}};
    profile.headers = {{u"Accept"_s, u"application/json"_s}};
    profile.auth = {AuthConfig::Scheme::HeaderKey, u"X-API-TOKEN"_s, u"xibo-prod"_s, QString(), QString(),
                    AuthConfig::ClientAuth::Body};
    profile.filePart = {
        u"files[]"_s, u"{file.stem}.{file.suffix}"_s, u"image/png"_s, {{u"X-Part"_s, u"1"_s}}};
    profile.fields = {{u"name"_s, u"{file.name}"_s, u"name"_s, false},
                      {u"deleteOldRevisions"_s, QString(), QString(), true}};
    profile.limits = {10 * 1024 * 1024, {u"image/*"_s, u"video/mp4"_s}, 5 * 1024 * 1024};
    profile.success.minStatus = 200;
    profile.success.maxStatus = 200;
    profile.success.conditions = {{u"/files/0/error"_s, SuccessRule::Test::AbsentOrEmpty, QString()},
                                  {u"/files/0/state"_s, SuccessRule::Test::Equals, u"ok"_s}};
    profile.extraction.rules = {{u"id"_s, u"/files/0/mediaId"_s}, {u"url"_s, u"/files/0/url"_s}};
    profile.preset = u"xibo"_s;
    profile.docsUrl = u"https://docs.example/api"_s;
    const auto input = [](const QString& key, const QString& label) {
        Profile::Input made;
        made.key = key;
        made.label = label;
        return made;
    };
    Profile::Input base = input(u"base"_s, u"CMS address"_s);
    base.help = u"help"_s;
    base.example = u"https://cms.example"_s;
    Profile::Input tags = input(u"tags"_s, u"Tags"_s);
    tags.required = false;
    Profile::Input replace = input(u"replace"_s, u"Replace"_s);
    replace.type = Profile::Input::Type::Boolean;
    replace.on = u"1"_s;
    replace.off = u"0"_s;
    Profile::Input type = input(u"type"_s, u"Type"_s);
    type.type = Profile::Input::Type::Number;
    type.minimum = 1;
    type.maximum = 9;
    Profile::Input language = input(u"lang"_s, u"Language"_s);
    language.type = Profile::Input::Type::Choice;
    language.choices = {{u"eng"_s, u"English"_s}, {u"deu"_s, u"German"_s}};
    for (Profile::Input* optional : {&replace, &type, &language})
        optional->required = false;
    profile.inputs = {base, tags, replace, type, language};
    profile.notes = {u"A note."_s};
    profile.trailingSlash = Profile::TrailingSlash::Forbidden;
    profile.replace.method = u"PATCH"_s;
    profile.replace.filePartName = u"new"_s;
    profile.replace.extraction = FieldExtraction(); // the answer to a replace names nothing
    Profile::FollowUp step;
    step.name = u"Tag {entry.key}"_s;
    step.forEach = u"tag"_s;
    step.url = u"{+base}/api/tag/{result.id}"_s;
    step.fields = {{u"tag"_s, u"{entry.value}"_s}};
    step.success.minStatus = 201;
    profile.followUps = {step};
    return profile;
}

Profile named(const QString& name)
{
    Profile profile;
    profile.name = name;
    profile.url = u"http://h/"_s + name;
    return profile;
}
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void profileJsonRoundTrip();
    void newerFormatWarns();
    void problemsOfAProfile();
    void saveLoadNamesRemove();
    void oddNames_data();
    void oddNames();
    void loadErrors();
    void seedIfEmpty();
    void presets();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"profiles"_s); // not created yet: save() must make it
}

void TestProfileStore::profileJsonRoundTrip()
{
    const Profile original = fullProfile();
    const QByteArray bytes = QJsonDocument(ProfileCodec::write(original)).toJson();
    QString error;
    QStringList warnings;
    const std::optional<Profile> decoded = ProfileCodec::decode(bytes, &error, &warnings);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(warnings, QStringList());
    const Profile copy = *decoded;
    QCOMPARE(ProfileCodec::write(copy), ProfileCodec::write(original));

    QCOMPARE(copy.method, u"PUT"_s);
    QCOMPARE(copy.inputs.size(), 5);
    QVERIFY(!copy.inputs.at(1).required);
    QCOMPARE(copy.inputs.at(2).type, Profile::Input::Type::Boolean);
    QCOMPARE(copy.inputs.at(2).on, u"1"_s);
    QCOMPARE(copy.inputs.at(2).off, u"0"_s);
    QCOMPARE(copy.inputs.at(3).type, Profile::Input::Type::Number);
    QCOMPARE(copy.inputs.at(3).minimum, 1);
    QCOMPARE(copy.inputs.at(3).maximum, 9);
    QCOMPARE(copy.inputs.at(4).type, Profile::Input::Type::Choice);
    QCOMPARE(copy.inputs.at(4).choices.size(), 2);
    QCOMPARE(copy.inputs.at(4).choices.at(1).label, u"German"_s);
    QCOMPARE(copy.inputs.at(0).type, Profile::Input::Type::Text);
    QCOMPARE(copy.trailingSlash, Profile::TrailingSlash::Forbidden);
    QCOMPARE(copy.followUps.value(0).success.minStatus, 201);

    // The replace operation changes only what it names; the file part keeps its other settings.
    const Profile replace = copy.forOperation(Profile::Operation::Replace);
    QCOMPARE(replace.method, u"PATCH"_s);
    QCOMPARE(replace.filePart.name, u"new"_s);
    QCOMPARE(replace.filePart.contentType, u"image/png"_s);
    QCOMPARE(replace.url, copy.url);
    QCOMPARE(replace.fields.size(), copy.fields.size());
    QVERIFY(replace.extraction.rules.isEmpty());
    QCOMPARE(copy.extraction.rules.size(), 2);
    QVERIFY(!replace.supportsReplace());
    QVERIFY(copy.supportsFolder() == false);
    QCOMPARE(copy.missingInputs().size(), 0);
    QCOMPARE(copy.missingInputs({{u"base"_s, u" "_s}}).value(0).key, u"base"_s);
    QCOMPARE(copy.variables.value(u"folder"_s), u"3"_s);
    QCOMPARE(copy.auth.scheme, AuthConfig::Scheme::HeaderKey);
    QCOMPARE(copy.auth.credential, u"xibo-prod"_s);
    QCOMPARE(copy.filePart.headers.at(0).value, u"1"_s);
    QCOMPARE(copy.fields.at(0).itemKey, u"name"_s);
    QVERIFY(copy.fields.at(1).sendWhenEmpty);
    QCOMPARE(copy.limits.maxBytes, qint64(10 * 1024 * 1024));
    QCOMPARE(copy.limits.allowedTypes, (QStringList{u"image/*"_s, u"video/mp4"_s}));
    QCOMPARE(copy.success.conditions.at(1).value, u"ok"_s);
    QCOMPARE(copy.extraction.rules.at(0).pointer, u"/files/0/mediaId"_s);
    QVERIFY(!bytes.contains("sendWhenEmpty\": false"));
}

void TestProfileStore::newerFormatWarns()
{
    QString error;
    QStringList warnings;
    const std::optional<Profile> profile = ProfileCodec::decode(
        R"({"version": 2, "name": "n", "url": "u", "method": "post"})", &error, &warnings);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().contains(u"format 2"_s), qPrintable(warnings.constFirst()));
    QCOMPARE(profile->method, u"POST"_s);
    QCOMPARE(profile->filePart.name, u"file"_s);
}

// One check for the editor, the command line and the importers: what a profile needs, in sentences,
// then what is wrong in its values, with the path.
void TestProfileStore::problemsOfAProfile()
{
    Profile profile = *PresetCatalogue::find(u"generic"_s);
    QCOMPARE(ProfileCodec::problems(profile).size(), 1);
    QCOMPARE(ProfileCodec::problems(profile).constFirst().text(), u"Enter the Upload address."_s);
    profile.name = u" "_s;
    profile.url.clear();
    profile.auth.scheme = AuthConfig::Scheme::HeaderKey;
    profile.headers = {{u"X-Tag"_s, u"a\nb"_s}};
    profile.replace.method = u"PU T"_s;
    profile.library.remove.url = u"{+url}/last"_s;
    QStringList texts;
    for (const ProfileValidator::Finding& finding : ProfileCodec::problems(profile)) {
        QVERIFY(finding.isError());
        texts.append(finding.text());
    }
    QCOMPARE(
        texts,
        (QStringList{
            u"Give the profile a name."_s,
            u"Enter the Upload address."_s,
            u"Enter the upload URL."_s,
            u"Enter the name of the header or parameter that carries the key."_s,
            u"The delete address needs {id} where the item's ID goes."_s,
            u"headers[0].value: contains a control character (\\n); a header value must be a single line"_s,
            u"replace.method: \"PU T\" is not an HTTP method (a word such as POST or PUT)"_s,
        }));
    QVERIFY(!ProfileCodec::errorsOf(ProfileCodec::problems(profile)).isEmpty());

    profile.name = u"Mine"_s;
    profile.url = u"{+url}"_s;
    profile.variables.insert(u"url"_s, u"https://h/up"_s);
    profile.auth.parameterName = u"X-Key"_s;
    profile.headers.clear();
    profile.replace = {};
    profile.library = {};
    QCOMPARE(ProfileCodec::problems(profile).size(), 0);
}

void TestProfileStore::saveLoadNamesRemove()
{
    ProfileStore store(m_path);
    QSignalSpy changed(&store, &ProfileStore::changed);
    QString error;
    QVERIFY(store.names().isEmpty());
    QVERIFY2(store.save(fullProfile(), &error), qPrintable(error));
    QVERIFY2(store.save(named(u"alpha"_s), &error), qPrintable(error));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(store.names(), (QStringList{u"alpha"_s, u"Xibo"_s}));

    const std::optional<Profile> loaded = store.load(u"Xibo"_s, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(ProfileCodec::write(*loaded), ProfileCodec::write(fullProfile()));

    QVERIFY2(store.remove(u"alpha"_s, &error), qPrintable(error));
    QCOMPARE(changed.count(), 3);
    QCOMPARE(store.names(), QStringList{u"Xibo"_s});
    QVERIFY(!store.remove(u"alpha"_s, &error));
    QVERIFY(!store.save(named(u"  "_s), &error));
    QCOMPARE(changed.count(), 3);
}

void TestProfileStore::oddNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("slash and umlaut") << u"Xibo / prod ü"_s;
    QTest::newRow("percent") << u"100% done"_s;
    QTest::newRow("leading dot") << u".staging"_s;
}

void TestProfileStore::oddNames()
{
    QFETCH(QString, name);
    ProfileStore store(m_path);
    QString error;
    QVERIFY2(store.save(named(name), &error), qPrintable(error));
    const QDir directory(m_path);
    QCOMPARE(directory.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
    QVERIFY(directory.entryInfoList(QDir::Files | QDir::Hidden).value(0).isFile());

    const std::optional<Profile> loaded = store.load(name, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->name, name);
    QCOMPARE(loaded->url, u"http://h/"_s + name);
    // App bug: names() lists with QDir::Files only, so hidden files (a leading ".") are skipped.
    QCOMPARE(store.names(), QStringList{name});
}

void TestProfileStore::loadErrors()
{
    ProfileStore store(m_path);
    QString error;
    QVERIFY(!store.load(u"Nowhere"_s, &error));
    QVERIFY2(error.contains(u"\"Nowhere\""_s), qPrintable(error));

    QVERIFY(QDir().mkpath(m_path));
    QFile broken(m_path + u"/broken.json"_s);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"name\": ");
    broken.close();
    QCOMPARE(store.names(), QStringList{u"broken"_s});
    error.clear();
    QVERIFY(!store.load(u"broken"_s, &error));
    QVERIFY2(error.contains(u"broken.json"_s) && error.contains(u"not valid JSON"_s), qPrintable(error));
}

void TestProfileStore::seedIfEmpty()
{
    ProfileStore store(m_path);
    QSignalSpy changed(&store, &ProfileStore::changed);
    store.seedIfEmpty({named(u"one"_s), named(u"two"_s)});
    QCOMPARE(store.names(), (QStringList{u"one"_s, u"two"_s}));
    QCOMPARE(changed.count(), 2);

    store.seedIfEmpty({named(u"three"_s)});
    QCOMPARE(store.names(), (QStringList{u"one"_s, u"two"_s}));
    QCOMPARE(changed.count(), 2);
}

void TestProfileStore::presets()
{
    const QList<Profile> presets = PresetCatalogue::builtIn();
    const auto sandbox = std::find_if(presets.cbegin(), presets.cend(),
                                      [](const Profile& profile) { return profile.name == u"Sandbox"_s; });
    QVERIFY(sandbox != presets.cend());
    QVERIFY2(sandbox->url.contains(u"{+base}"_s), qPrintable(sandbox->url));
    QVERIFY(sandbox->variables.contains(u"base"_s));
    QCOMPARE(sandbox->filePart.name, u"f"_s);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
