// ProfileValidator: every wrongly typed or unknown value is named by its JSON path, the built-in
// presets and ProfileCodec::write() pass without a word, and ProfileStore refuses what fails.
#include "app/PrintableText.h"
#include "app/profiles/HeaderRules.h"
#include "app/profiles/Profile.h"
#include "app/profiles/ProfileCodec.h"
#include "app/profiles/ProfileStore.h"
#include "app/profiles/ProfileValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return document.object();
}

QStringList texts(const QList<ProfileValidator::Finding>& findings,
                  ProfileValidator::Finding::Severity severity)
{
    QStringList result;
    for (const ProfileValidator::Finding& finding : findings) {
        if (finding.severity == severity)
            result.append(finding.text());
    }
    return result;
}

QString describe(const QList<ProfileValidator::Finding>& findings)
{
    QStringList all;
    for (const ProfileValidator::Finding& finding : findings)
        all.append((finding.isError() ? u"error: "_s : u"warning: "_s) + finding.text());
    return all.join(u'\n');
}
} // namespace

class TestProfileValidator : public QObject
{
    Q_OBJECT

private slots:
    void errors_data();
    void errors();
    void warnings();
    void validProfileHasNoFindings();
    void everyPresetValidates();
    void toJsonValidates();
    void storeRefusesInvalidProfiles();
    void headerRules_data();
    void headerRules();
    void printableText_data();
    void printableText();
    void printableBytes();
};

// Each row: a profile (on top of a minimal valid one) and the one error it must give, exactly.
void TestProfileValidator::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QString schemes = AuthConfig::schemeNames().join(u", "_s);
    QTest::newRow("scheme typo") << QByteArray(R"({"url": "http://h/", "auth": {"scheme": "tokn"}})")
                                 << u"auth.scheme: \"tokn\" is not one of %1"_s.arg(schemes);
    QTest::newRow("scheme not a string") << QByteArray(R"({"url": "http://h/", "auth": {"scheme": 3}})")
                                         << u"auth.scheme: expected a string, found a number"_s;
    QTest::newRow("field name number")
        << QByteArray(R"({"url": "u", "fields": [{"name": "a"}, {"name": "b"}, {"name": 5}]})")
        << u"fields[2].name: expected a string, found a number"_s;
    QTest::newRow("field not object") << QByteArray(R"({"url": "u", "fields": ["name"]})")
                                      << u"fields[0]: expected an object, found a string"_s;
    QTest::newRow("fields not list") << QByteArray(R"({"url": "u", "fields": {"name": "a"}})")
                                     << u"fields: expected a list, found an object"_s;
    QTest::newRow("sendWhenEmpty string")
        << QByteArray(R"({"url": "u", "fields": [{"name": "a", "sendWhenEmpty": "yes"}]})")
        << u"fields[0].sendWhenEmpty: expected true or false, found a string"_s;
    QTest::newRow("maxBytes negative") << QByteArray(R"({"url": "u", "limits": {"maxBytes": -1}})")
                                       << u"limits.maxBytes: expected a whole number ≥ 0"_s;
    QTest::newRow("maxBytes text") << QByteArray(R"({"url": "u", "limits": {"maxBytes": "10MB"}})")
                                   << u"limits.maxBytes: expected a whole number ≥ 0"_s;
    QTest::newRow("maxBytes fraction") << QByteArray(R"({"url": "u", "limits": {"usualMaxBytes": 1.5}})")
                                       << u"limits.usualMaxBytes: expected a whole number ≥ 0"_s;
    QTest::newRow("types not strings") << QByteArray(R"({"url": "u", "limits": {"types": ["image/png", 1]}})")
                                       << u"limits.types[1]: expected a string, found a number"_s;
    QTest::newRow("trailingSlash") << QByteArray(R"({"url": "u", "trailingSlash": "yes"})")
                                   << u"trailingSlash: \"yes\" is not one of any, required, forbidden"_s;
    QTest::newRow("filePart name") << QByteArray(R"({"url": "u", "filePart": {"name": ["f"]}})")
                                   << u"filePart.name: expected a string, found a list"_s;
    QTest::newRow("filePart content type CRLF")
        << QByteArray(R"({"url": "u", "filePart": {"contentType": "image/png\r\nX-Evil: 1"}})")
        << u"filePart.contentType: contains a control character (\\r); a header value must be a single line"_s;
    QTest::newRow("filePart header LF")
        << QByteArray(R"({"url": "u", "filePart": {"headers": [{"name": "X-A", "value": "1\nX-B: 2"}]}})")
        << u"filePart.headers[0].value: contains a control character (\\n); a header value must be a single line"_s;
    QTest::newRow("header value CR")
        << QByteArray(R"({"url": "u", "headers": [{"name": "X-A", "value": "a\rb"}]})")
        << u"headers[0].value: contains a control character (\\r); a header value "
           "must be a single line"_s;
    QTest::newRow("header value NUL")
        << QByteArray(R"({"url": "u", "headers": [{"name": "X-A", "value": "a\u0000b"}]})")
        << u"headers[0].value: contains a control character (\\x00); a header value must be a single line"_s;
    QTest::newRow("header name LF")
        << QByteArray(R"({"url": "u", "headers": [{"name": "X-A\nX-B", "value": "1"}]})")
        << u"headers[0].name: contains a control character (\\n), which would start another header"_s;
    QTest::newRow("header name space")
        << QByteArray(R"({"url": "u", "headers": [{"name": "X A", "value": "1"}]})")
        << u"headers[0].name: \"X A\" has characters a header name cannot have; use only letters, digits "
           "and !#$%&'*+-.^_`|~"_s;
    QTest::newRow("header name missing")
        << QByteArray(R"({"url": "u", "headers": [{"value": "1"}]})") << u"headers[0].name: is empty"_s;
    QTest::newRow("header name colon")
        << QByteArray(
               R"({"url": "u", "headers": [{"name": "A", "value": "1"}, {"name": "X:", "value": "1"}]})")
        << u"headers[1].name: \"X:\" has characters a header name cannot have; use only letters, digits "
           "and !#$%&'*+-.^_`|~"_s;
    QTest::newRow("success status")
        << QByteArray(R"({"url": "u", "success": {"status": [200]}})")
        << u"success.status: expected a list of two status codes, such as [200, 299]"_s;
    QTest::newRow("success status range") << QByteArray(R"({"url": "u", "success": {"status": [200, 999]}})")
                                          << u"success.status[1]: expected a whole number from 100 to 599"_s;
    QTest::newRow("success status order") << QByteArray(R"({"url": "u", "success": {"status": [299, 200]}})")
                                          << u"success.status: the first status code is above the second"_s;
    QTest::newRow("success test")
        << QByteArray(R"({"url": "u", "success": {"conditions": [{"pointer": "/id", "test": "exists"}]}})")
        << u"success.conditions[0].test: \"exists\" is not one of absentOrEmpty, present, equals, notEquals"_s;
    QTest::newRow("success pointer")
        << QByteArray(R"({"url": "u", "success": {"conditions": [{"pointer": "id", "test": "present"}]}})")
        << u"success.conditions[0].pointer: \"id\" is not a JSON pointer; pointers start with \"/\", for example \"/id\""_s;
    QTest::newRow("success value number")
        << QByteArray(
               R"({"url": "u", "success": {"conditions": [{"pointer": "/a", "test": "equals", "value": 1}]}})")
        << u"success.conditions[0].value: expected a string, found a number"_s;
    QTest::newRow("extract pointer")
        << QByteArray(R"({"url": "u", "extract": {"id": "id"}})")
        << u"extract.id: \"id\" is not a JSON pointer; pointers start with \"/\", "
           "for example \"/id\""_s;
    QTest::newRow("extract number") << QByteArray(R"({"url": "u", "extract": {"media id": 3}})")
                                    << u"extract[\"media id\"]: expected a string, found a number"_s;
    QTest::newRow("followUp method")
        << QByteArray(R"({"url": "u", "followUps": [{"url": "u", "method": "PO ST"}]})")
        << u"followUps[0].method: \"PO ST\" is not an HTTP method (a word such as POST or PUT)"_s;
    QTest::newRow("followUp url missing") << QByteArray(R"({"url": "u", "followUps": [{"name": "tag"}]})")
                                          << u"followUps[0].url: missing; a step needs an address"_s;
    QTest::newRow("followUp success")
        << QByteArray(R"({"url": "u", "followUps": [{"url": "u", "success": {"status": "201"}}]})")
        << u"followUps[0].success.status: expected a list of two status codes, such as [200, 299]"_s;
    QTest::newRow("followUp fields")
        << QByteArray(
               R"({"url": "u", "followUps": [{"url": "u", "fields": [{"name": "a", "value": false}]}]})")
        << u"followUps[0].fields[0].value: expected a string, found false"_s;
    QTest::newRow("clientAuth")
        << QByteArray(R"({"url": "u", "auth": {"scheme": "oauth2", "clientAuth": "header"}})")
        << u"auth.clientAuth: \"header\" is not one of body, basic"_s;
    QTest::newRow("auth header name")
        << QByteArray(R"({"url": "u", "auth": {"scheme": "header", "name": "X-Key\r\nX-Other"}})")
        << u"auth.name: contains a control character (\\r), which would start another header"_s;
    QTest::newRow("method") << QByteArray(R"({"url": "u", "method": "POST /evil"})")
                            << u"method: \"POST /evil\" is not an HTTP method (a word such as POST or PUT)"_s;
    QTest::newRow("method type") << QByteArray(R"({"url": "u", "method": null})")
                                 << u"method: expected a string, found null"_s;
    QTest::newRow("url missing") << QByteArray(R"({"name": "n"})")
                                 << u"url: missing; a profile needs the address to upload to"_s;
    QTest::newRow("url empty") << QByteArray(R"({"url": ""})")
                               << u"url: is empty; a profile needs the address to upload to"_s;
    QTest::newRow("url number") << QByteArray(R"({"url": 80})")
                                << u"url: expected a string, found a number"_s;
    QTest::newRow("variables") << QByteArray(R"({"url": "u", "variables": {"base": 1}})")
                               << u"variables.base: expected a string, found a number"_s;
    QTest::newRow("inputs required") << QByteArray(
                                            R"({"url": "u", "inputs": [{"key": "a", "required": "no"}]})")
                                     << u"inputs[0].required: expected true or false, found a string"_s;
    QTest::newRow("input type typo")
        << QByteArray(R"({"url": "u", "inputs": [{"key": "a", "type": "bool"}]})")
        << u"inputs[0].type: \"bool\" is not one of text, boolean, number, choice"_s;
    QTest::newRow("on for text") << QByteArray(R"({"url": "u", "inputs": [{"key": "a", "on": "1"}]})")
                                 << u"inputs[0].on: does not apply to an input of this type"_s;
    QTest::newRow("boolean same values")
        << QByteArray(R"({"url": "u", "inputs": [{"key": "a", "type": "boolean", "on": "1", "off": "1"}]})")
        << u"inputs[0].off: is the same as on; a check box sends two values"_s;
    QTest::newRow("boolean default") << QByteArray(R"({"url": "u", "variables": {"a": "yes"},
                          "inputs": [{"key": "a", "type": "boolean", "on": "1", "off": "0"}]})")
                                     << u"variables.a: \"yes\" is not one of 1, 0"_s;
    QTest::newRow("number range")
        << QByteArray(
               R"({"url": "u", "inputs": [{"key": "a", "type": "number", "minimum": 5, "maximum": 1}]})")
        << u"inputs[0].maximum: is less than the minimum"_s;
    QTest::newRow("number fraction")
        << QByteArray(R"({"url": "u", "inputs": [{"key": "a", "type": "number", "minimum": 1.5}]})")
        << u"inputs[0].minimum: expected a whole number from -2147483648 to 2147483647"_s;
    QTest::newRow("choice without choices")
        << QByteArray(R"({"url": "u", "inputs": [{"key": "a", "type": "choice"}]})")
        << u"inputs[0].choices: missing; a choice needs its choices"_s;
    QTest::newRow("choice empty")
        << QByteArray(R"({"url": "u", "inputs": [{"key": "a", "type": "choice", "choices": []}]})")
        << u"inputs[0].choices: is empty; a choice needs its choices"_s;
    QTest::newRow("choice without value")
        << QByteArray(
               R"({"url": "u", "inputs": [{"key": "a", "type": "choice", "choices": [{"label": "A"}]}]})")
        << u"inputs[0].choices[0].value: missing; a choice sends its value"_s;
    QTest::newRow("choice default") << QByteArray(R"({"url": "u", "variables": {"a": "c"},
                          "inputs": [{"key": "a", "type": "choice", "choices": [{"value": "b", "label": "B"}]}]})")
                                    << u"variables.a: \"c\" is not one of b"_s;
    QTest::newRow("notes") << QByteArray(R"({"url": "u", "notes": "one note"})")
                           << u"notes: expected a list, found a string"_s;
    QTest::newRow("query name") << QByteArray(R"({"url": "u", "query": [{"name": 1, "value": "v"}]})")
                                << u"query[0].name: expected a string, found a number"_s;
    QTest::newRow("version") << QByteArray(R"({"url": "u", "version": "1"})")
                             << u"version: expected a whole number ≥ 1"_s;
    QTest::newRow("replace header")
        << QByteArray(R"({"url": "u", "replace": {"headers": [{"name": "A", "value": "\n"}]}})")
        << u"replace.headers[0].value: contains a control character (\\n); a header "
           "value must be a single line"_s;
    QTest::newRow("replace pointer") << QByteArray(R"({"url": "u", "replace": {"extract": {"id": 7}}})")
                                     << u"replace.extract.id: expected a string, found a number"_s;
    QTest::newRow("replace url") << QByteArray(R"({"url": "u", "replace": {"url": ""}})")
                                 << u"replace.url: is empty; leave it out to keep the upload's"_s;
    QTest::newRow("replace not object")
        << QByteArray(R"({"url": "u", "replace": []})") << u"replace: expected an object, found a list"_s;
}

void TestProfileValidator::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QList<ProfileValidator::Finding> findings = ProfileValidator::check(parse(json));
    QVERIFY(ProfileValidator::hasErrors(findings));
    QCOMPARE(texts(findings, ProfileValidator::Finding::Severity::Error), QStringList{expected});
}

void TestProfileValidator::warnings()
{
    const QList<ProfileValidator::Finding> findings = ProfileValidator::check(parse(R"({
        "version": 7, "url": "u", "extrct": {"id": "/id"},
        "filePart": {"nmae": "f"}, "fields": [{"name": "a", "vaule": "b"}],
        "replace": {"version": 2, "auth": {"scheme": "basic"}, "filePart": {"name": "new", "contentType": "a/b"}}
    })"));
    QVERIFY2(!ProfileValidator::hasErrors(findings), qPrintable(describe(findings)));
    QCOMPARE(texts(findings, ProfileValidator::Finding::Severity::Warning),
             (QStringList{u"unknown key \"extrct\" (ignored)"_s,
                          u"version: This profile was written by a newer Hoist (format 7); some settings may "
                          "be ignored."_s,
                          u"fields[0]: unknown key \"vaule\" (ignored)"_s,
                          u"filePart: unknown key \"nmae\" (ignored)"_s,
                          u"replace: unknown key \"auth\" (ignored)"_s,
                          u"replace: unknown key \"version\" (ignored)"_s,
                          u"replace.filePart: unknown key \"contentType\" (ignored)"_s}));
}

void TestProfileValidator::validProfileHasNoFindings()
{
    const QList<ProfileValidator::Finding> findings = ProfileValidator::check(parse(R"({
        "version": 1, "name": "All", "url": "{+base}/up", "method": "patch",
        "headers": [{"name": "X-Tab", "value": "a\tb"}, {"name": "Accept", "value": "application/json; q=1 ü"}],
        "auth": {"scheme": "TOKEN-LOGIN", "tokenUrl": "{+base}/t", "clientAuth": "Basic"},
        "success": {"status": [200, 200], "conditions": [{"pointer": "", "test": "present"}]},
        "limits": {"maxBytes": 0, "usualMaxBytes": 5242880},
        "extract": {"whole": "", "id": "/id"}
    })"));
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
}

void TestProfileValidator::everyPresetValidates()
{
    const QDir presets(u":/presets"_s);
    const QStringList files = presets.entryList({u"*.json"_s}, QDir::Files);
    QVERIFY(files.size() >= 7); // drf-media, generic, mayan, qualtrics, sandbox, squidex, xibo
    for (const QString& name : files) {
        QFile file(presets.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY2(!object.isEmpty(), qPrintable(name));
        const QList<ProfileValidator::Finding> findings = ProfileValidator::check(object);
        QVERIFY2(findings.isEmpty(), qPrintable(name + u":\n"_s + describe(findings)));
        // What a saved copy holds validates too.
        const QJsonObject written = ProfileCodec::write(ProfileCodec::read(object));
        const QList<ProfileValidator::Finding> saved = ProfileValidator::check(written);
        QVERIFY2(saved.isEmpty(), qPrintable(name + u" (saved):\n"_s + describe(saved)));
        // The typed replace keeps exactly what the preset says.
        QCOMPARE(written.value(u"replace"_s), object.value(u"replace"_s));
        // And the inputs: their types, sent values, ranges and choices.
        QCOMPARE(written.value(u"inputs"_s), object.value(u"inputs"_s));
    }
}

void TestProfileValidator::toJsonValidates()
{
    Profile profile;
    profile.name = u"Round trip"_s;
    profile.url = u"https://h/api"_s;
    profile.method = u"PUT"_s;
    profile.headers = {{u"Accept"_s, u"application/json"_s}};
    profile.auth.scheme = AuthConfig::Scheme::OAuth2;
    profile.auth.tokenUrl = u"https://h/token"_s;
    profile.auth.clientAuth = AuthConfig::ClientAuth::Basic;
    profile.filePart = {u"files[]"_s, u"{file.name}"_s, u"image/png"_s, {{u"X-Part"_s, u"1"_s}}};
    profile.fields = {{u"name"_s, QString(), u"name"_s, true}};
    profile.limits = {10, {u"image/*"_s}, 5};
    profile.success.conditions = {{u"/id"_s, SuccessRule::Test::NotEquals, u"0"_s}};
    profile.extraction.rules = {{u"id"_s, u"/id"_s}};
    profile.trailingSlash = Profile::TrailingSlash::Required;
    profile.replace.method = u"PATCH"_s;
    Profile::FollowUp step;
    step.url = u"https://h/tag"_s;
    step.fields = {{u"tag"_s, u"{entry.value}"_s}};
    profile.followUps = {step};
    Profile::Input base;
    base.key = u"base"_s;
    base.label = u"Base"_s;
    base.required = false;
    Profile::Input flag;
    flag.key = u"on"_s;
    flag.label = u"On"_s;
    flag.type = Profile::Input::Type::Boolean;
    profile.inputs = {base, flag};
    profile.notes = {u"n"_s};
    profile.variables = {{u"base"_s, u"x"_s}};
    const QList<ProfileValidator::Finding> findings = ProfileValidator::check(ProfileCodec::write(profile));
    QVERIFY2(findings.isEmpty(), qPrintable(describe(findings)));
    QVERIFY2(ProfileValidator::check(ProfileCodec::write(Profile())).size() == 1,
             "a default profile has no URL: one error");
}

void TestProfileValidator::storeRefusesInvalidProfiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"typo.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"version": 1, "url": "http://h/", "auth": {"scheme": "tokn", "credential": "c"}, "extrct": {}})");
    file.close();
    QString error;
    QStringList warnings;
    QVERIFY(!ProfileStore::loadFile(path, &error, &warnings));
    QVERIFY2(error.contains(u"auth.scheme: \"tokn\" is not one of none, basic"_s), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(warnings, QStringList{u"unknown key \"extrct\" (ignored)"_s}); // it may explain the error
    warnings.clear();

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"version": 9, "url": "http://h/", "extrct": {}})");
    file.close();
    error.clear();
    const std::optional<Profile> loaded = ProfileStore::loadFile(path, &error, &warnings);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.join(u'\n').contains(u"unknown key \"extrct\" (ignored)"_s),
             qPrintable(warnings.join(u'\n')));
    QVERIFY2(warnings.join(u'\n').contains(u"format 9"_s), qPrintable(warnings.join(u'\n')));

    // A header with a line break never reaches the disk, so it cannot reach a request either.
    ProfileStore store(dir.filePath(u"store"_s));
    Profile injected;
    injected.name = u"Injected"_s;
    injected.url = u"http://h/"_s;
    injected.headers = {{u"X-A"_s, u"1\r\nX-B: 2"_s}};
    QVERIFY(!store.save(injected, &error));
    QVERIFY2(error.contains(u"headers[0].value"_s), qPrintable(error));
    QVERIFY(store.names().isEmpty());
    injected.headers = {{u"X-A"_s, u"1"_s}};
    QVERIFY2(store.save(injected, &error), qPrintable(error));
    QVERIFY(store.load(u"Injected"_s, &error));
}

void TestProfileValidator::headerRules_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("sendable");
    QTest::newRow("plain") << QByteArray("X-Trace") << QByteArray("42") << true;
    QTest::newRow("tab in value") << QByteArray("X-Trace") << QByteArray("4\t2") << true;
    QTest::newRow("utf-8 value") << QByteArray("X-Name") << QByteArray("caf\xc3\xa9") << true;
    QTest::newRow("token specials") << QByteArray("X!#$%&'*+-.^_`|~9") << QByteArray() << true;
    QTest::newRow("CR in value") << QByteArray("X-Trace") << QByteArray("4\r2") << false;
    QTest::newRow("LF in value") << QByteArray("X-Trace") << QByteArray("4\n2") << false;
    QTest::newRow("DEL in value") << QByteArray("X-Trace") << QByteArray("4\x7f") << false;
    QTest::newRow("ESC in value") << QByteArray("X-Trace") << QByteArray("\x1b[31m") << false;
    QTest::newRow("empty name") << QByteArray() << QByteArray("v") << false;
    QTest::newRow("space in name") << QByteArray("X Trace") << QByteArray("v") << false;
    QTest::newRow("colon in name") << QByteArray("X:") << QByteArray("v") << false;
    QTest::newRow("LF in name") << QByteArray("X\nY") << QByteArray("v") << false;
    QTest::newRow("latin-1 in name") << QByteArray("X-\xe9") << QByteArray("v") << false;
}

void TestProfileValidator::headerRules()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(bool, sendable);
    QCOMPARE(HeaderRules::isSendable(name, value), sendable);
    const bool textAccepted = HeaderRules::nameProblem(QString::fromLatin1(name)).isEmpty() &&
                              HeaderRules::valueProblem(QString::fromUtf8(value)).isEmpty();
    QCOMPARE(textAccepted, sendable);
}

void TestProfileValidator::printableText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"Daily banner ü ✓ \\n"_s << u"Daily banner ü ✓ \\n"_s;
    QTest::newRow("newline") << u"a\n✓ fake.png  201 Created"_s << u"a\\n✓ fake.png  201 Created"_s;
    QTest::newRow("cr tab") << u"a\rb\tc"_s << u"a\\rb\\tc"_s;
    QTest::newRow("escape") << u"\x1b[2Jx"_s << u"\\x1b[2Jx"_s;
    QTest::newRow("nul del") << QString(u"a\0b\x7f"_s) << u"a\\x00b\\x7f"_s;
    QTest::newRow("c1") << u"a\u0085b\u009bc"_s << u"a\\u0085b\\u009bc"_s;
    QTest::newRow("bidi") << u"gnp.\u202etxt"_s << u"gnp.\\u202etxt"_s;
    QTest::newRow("isolates") << u"\u2066a\u2069\u200f\u061c"_s << u"\\u2066a\\u2069\\u200f\\u061c"_s;
    QTest::newRow("separators") << u"a\u2028b\u2029"_s << u"a\\u2028b\\u2029"_s;
    QTest::newRow("emoji") << u"😀.png"_s << u"😀.png"_s;
}

void TestProfileValidator::printableText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(PrintableText::escape(text), shown);
    QCOMPARE(PrintableText::escapeBytes(text.toUtf8()), shown);
}

void TestProfileValidator::printableBytes()
{
    QCOMPARE(PrintableText::escapeBytes("caf\xe9.png"), u"caf\\xE9.png"_s);
    QCOMPARE(PrintableText::escapeBytes("caf\xc3\xa9\n"), u"café\\n"_s);
    QCOMPARE(PrintableText::escapeBytes("\xc0\xaf"), u"\\xC0\\xAF"_s);                   // overlong "/"
    QCOMPARE(PrintableText::escapeBytes("\xed\xa0\x80"), u"\\xED\\xA0\\x80"_s);          // a surrogate
    QCOMPARE(PrintableText::escapeBytes("a\xe2\x82"), u"a\\xE2\\x82"_s);                 // cut short
    QCOMPARE(PrintableText::escapeBytes("\xf4\x90\x80\x80"), u"\\xF4\\x90\\x80\\x80"_s); // above U+10FFFF
    QCOMPARE(PrintableText::escapeBytes("\xe2\x80\xae"), u"\\u202e"_s);
}

QTEST_GUILESS_MAIN(TestProfileValidator)
#include "TestProfileValidator.moc"
