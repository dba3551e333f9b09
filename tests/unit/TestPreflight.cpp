#include "app/profiles/Profile.h"
#include "app/requests/Preflight.h"
#include "app/requests/RequestPlanner.h"
#include "app/requests/UploadItem.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
const QString uploadUrl = u"http://example.test/upload"_s;

QStringList codes(const QList<PreflightFinding>& findings)
{
    QStringList result;
    for (const PreflightFinding& finding : findings)
        result.append(finding.code);
    return result;
}

QList<PreflightFinding> check(const Profile& profile, const QString& path, bool haveSecret = false)
{
    const Secret secret{QString(), haveSecret ? u"S3cretValue"_s : QString()};
    const RequestPlan plan = RequestPlanner::plan(profile, UploadItem::fromPath(path), {}, secret);
    return Preflight::check(plan, profile, haveSecret);
}
} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codes_data();
    void codes();
    void warningsAndAddressRules();
    void unreadableFile();
    void messagesNameTheProblem();
    void badUrlMessageMasksSecret();
    void anyError();
    void expandedHeadersAndAddressesAreChecked();

private:
    void writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_dir;
};

void TestPreflight::writeFile(const QString& name, const QByteArray& content)
{
    QVERIFY(!TestFiles::write(m_dir.filePath(name), content).isEmpty());
}

void TestPreflight::initTestCase()
{
    QVERIFY(m_dir.isValid());
    writeFile(u"image.png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(24, 'x')); // 32 bytes
    writeFile(u"notes.txt"_s, "hello, plain text\n");
    writeFile(u"empty.txt"_s, QByteArray());
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder"_s));
}

void TestPreflight::codes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("header");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<bool>("haveSecret");
    QTest::addColumn<QStringList>("expected");

    const QString png = u"image.png"_s;
    const QString none = u"none"_s;
    const QStringList images{u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s};
    const QStringList anyImage{u"image/*"_s};

    QTest::newRow("clean") << png << uploadUrl << QString() << QString() << 0ll << QStringList() << none
                           << false << QStringList();
    QTest::newRow("missing-file") << u"gone.png"_s << uploadUrl << QString() << QString() << 0ll
                                  << QStringList() << none << false << QStringList{u"missing-file"_s};
    QTest::newRow("not-a-file") << u"folder"_s << uploadUrl << QString() << QString() << 0ll << QStringList()
                                << none << false << QStringList{u"not-a-file"_s};
    QTest::newRow("empty-file") << u"empty.txt"_s << uploadUrl << QString() << QString() << 0ll
                                << QStringList() << none << false << QStringList{u"empty-file"_s};
    QTest::newRow("no part content type") << png << uploadUrl << none << QString() << 0ll << QStringList()
                                          << none << false << QStringList{u"missing-part-content-type"_s};
    QTest::newRow("manual content type")
        << png << uploadUrl << QString() << u"application/json"_s << 0ll << QStringList() << none << false
        << QStringList{u"manual-content-type"_s};
    QTest::newRow("too-large") << png << uploadUrl << QString() << QString() << 31ll << QStringList() << none
                               << false << QStringList{u"too-large"_s};
    QTest::newRow("exactly the limit") << png << uploadUrl << QString() << QString() << 32ll << QStringList()
                                       << none << false << QStringList();
    QTest::newRow("text not an image") << u"notes.txt"_s << uploadUrl << QString() << QString() << 0ll
                                       << images << none << false << QStringList{u"type-not-allowed"_s};
    QTest::newRow("png is an image") << png << uploadUrl << QString() << QString() << 0ll << images << none
                                     << false << QStringList();
    QTest::newRow("image/* allows png")
        << png << uploadUrl << QString() << QString() << 0ll << anyImage << none << false << QStringList();
    QTest::newRow("image/* refuses text") << u"notes.txt"_s << uploadUrl << QString() << QString() << 0ll
                                          << anyImage << none << false << QStringList{u"type-not-allowed"_s};
    QTest::newRow("missing-variable")
        << png << u"http://example.test/{folder}"_s << QString() << QString() << 0ll << QStringList() << none
        << false << QStringList{u"missing-variable"_s};
    QTest::newRow("bad-url ftp") << png << u"ftp://example.test/upload"_s << QString() << QString() << 0ll
                                 << QStringList() << none << false << QStringList{u"bad-url"_s};
    QTest::newRow("missing-secret") << png << uploadUrl << QString() << QString() << 0ll << QStringList()
                                    << u"bearer"_s << false << QStringList{u"missing-secret"_s};
    QTest::newRow("secret given") << png << uploadUrl << QString() << QString() << 0ll << QStringList()
                                  << u"bearer"_s << true << QStringList();
}

void TestPreflight::codes()
{
    QFETCH(QString, file);
    QFETCH(QString, url);
    QFETCH(QString, contentType);
    QFETCH(QString, header);
    QFETCH(qint64, maxBytes);
    QFETCH(QStringList, types);
    QFETCH(QString, auth);
    QFETCH(bool, haveSecret);
    QFETCH(QStringList, expected);

    Profile profile;
    profile.url = url;
    profile.filePart.contentType = contentType;
    if (!header.isEmpty())
        profile.headers = {{u"Content-Type"_s, header}};
    profile.limits = {maxBytes, types, 0};
    profile.auth.scheme = AuthConfig::schemeFromName(auth).value();

    const QList<PreflightFinding> findings = check(profile, m_dir.filePath(file), haveSecret);
    QCOMPARE(::codes(findings), expected);
    QCOMPARE(PreflightFinding::anyError(findings), !expected.isEmpty());
}

// Things worth knowing that do not stop the upload, and the address rules of a preset.
void TestPreflight::warningsAndAddressRules()
{
    Profile profile;
    profile.url = uploadUrl;
    profile.limits.usualMaxBytes = 10;
    profile.fields = {{u"updateInLayouts"_s, u"0"_s, QString(), true},
                      {u"deleteOldRevisions"_s, u"1"_s, QString(), true}};
    QList<PreflightFinding> findings = check(profile, m_dir.filePath(u"image.png"_s), false);
    QCOMPARE(::codes(findings), (QStringList{u"delete-needs-update"_s, u"larger-than-usual"_s}));
    QVERIFY(!PreflightFinding::anyError(findings));

    profile.fields.clear();
    profile.limits = {};
    profile.trailingSlash = Profile::TrailingSlash::Required;
    QCOMPARE(::codes(check(profile, m_dir.filePath(u"image.png"_s), false)),
             QStringList{u"trailing-slash-required"_s});
    profile.url += u'/';
    QVERIFY(check(profile, m_dir.filePath(u"image.png"_s), false).isEmpty());
    profile.trailingSlash = Profile::TrailingSlash::Forbidden;
    QCOMPARE(::codes(check(profile, m_dir.filePath(u"image.png"_s), false)),
             QStringList{u"trailing-slash-forbidden"_s});
}

void TestPreflight::unreadableFile()
{
    if (geteuid() == 0)
        QSKIP("Running as root: root can read a file with mode 000, so it cannot be made unreadable.");
    const QString path = m_dir.filePath(u"locked.png"_s);
    writeFile(u"locked.png"_s, "\x89PNG\r\n\x1a\nlocked");
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    Profile profile;
    profile.url = uploadUrl;
    const QList<PreflightFinding> findings = check(profile, path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(::codes(findings), QStringList{u"unreadable-file"_s});
}

void TestPreflight::messagesNameTheProblem()
{
    Profile profile;
    profile.url = u"http://example.test/{folder}/{owner}"_s;
    profile.limits.maxBytes = 10;
    const QList<PreflightFinding> findings = check(profile, m_dir.filePath(u"image.png"_s));
    QCOMPARE(::codes(findings), (QStringList{u"missing-variable"_s, u"too-large"_s}));
    QVERIFY2(findings.at(0).message.contains(u"{folder}, {owner}"_s), qPrintable(findings.at(0).message));
    QVERIFY2(findings.at(1).message.contains(u"image.png"_s), qPrintable(findings.at(1).message));
    QCOMPARE(findings.at(1).toJson().value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(findings.at(1).toJson().value(u"code"_s).toString(), u"too-large"_s);
}

void TestPreflight::badUrlMessageMasksSecret()
{
    Profile profile;
    profile.url = u"ftp://example.test/upload"_s;
    profile.auth.scheme = AuthConfig::Scheme::QueryKey;
    profile.auth.parameterName = u"key"_s;
    const QList<PreflightFinding> findings = check(profile, m_dir.filePath(u"image.png"_s), true);
    QCOMPARE(::codes(findings), QStringList{u"bad-url"_s});
    QVERIFY2(!findings.at(0).message.contains(u"S3cretValue"_s), qPrintable(findings.at(0).message));
    QVERIFY2(findings.at(0).message.contains(u"ftp://example.test/upload"_s),
             qPrintable(findings.at(0).message));
}

void TestPreflight::anyError()
{
    using Severity = PreflightFinding::Severity;
    const PreflightFinding warning{Severity::Warning, u"w"_s, u"a warning"_s};
    const PreflightFinding error{Severity::Error, u"e"_s, u"an error"_s};
    QVERIFY(!PreflightFinding::anyError({}));
    QVERIFY(!PreflightFinding::anyError({warning, warning}));
    QVERIFY(PreflightFinding::anyError({warning, error}));
    QCOMPARE(warning.toJson().value(u"severity"_s).toString(), u"warning"_s);
}

// Profiles are validated when loaded, but templates are filled in later: a variable, the file's name
// or the secret can still carry a line break into a header, or a password into the address.
void TestPreflight::expandedHeadersAndAddressesAreChecked()
{
    const QString png = m_dir.filePath(u"image.png"_s);
    Profile profile;
    profile.url = u"{+base}/upload"_s;
    profile.headers = {{u"X-Trace"_s, u"{trace}"_s}};
    profile.filePart.headers = {{u"X-Part"_s, u"{file.stem}"_s}};
    const auto findingsFor = [&](const QMap<QString, QString>& variables, const Secret& secret = {}) {
        const RequestPlan plan = RequestPlanner::plan(profile, UploadItem::fromPath(png), variables, secret);
        return Preflight::check(plan, profile, !secret.isEmpty());
    };
    const QMap<QString, QString> fine{{u"base"_s, u"http://example.test"_s}, {u"trace"_s, u"7"_s}};
    QCOMPARE(::codes(findingsFor(fine)), QStringList());

    QMap<QString, QString> injected = fine;
    injected.insert(u"trace"_s, u"7\r\nX-Injected: yes"_s);
    const QList<PreflightFinding> findings = findingsFor(injected);
    QCOMPARE(::codes(findings), QStringList{u"bad-header"_s});
    QVERIFY2(findings.at(0).message.contains(u"\"X-Trace\""_s), qPrintable(findings.at(0).message));
    QVERIFY(!findings.at(0).message.contains(u"X-Injected"_s)); // the value is not shown: it may be a secret

    // The secret itself, from an environment variable, can hold a line break too.
    profile.auth.scheme = AuthConfig::Scheme::Bearer;
    QCOMPARE(::codes(findingsFor(fine, Secret{QString(), u"abc\nX-Injected: 1"_s})),
             QStringList{u"bad-header"_s});
    QCOMPARE(::codes(findingsFor(fine, Secret{QString(), u"abc"_s})), QStringList());
    profile.auth = {};

    QMap<QString, QString> password = fine;
    password.insert(u"base"_s, u"http://user:pw@example.test"_s);
    const QList<PreflightFinding> address = findingsFor(password);
    QCOMPARE(::codes(address), QStringList{u"credentials-in-url"_s});
    QVERIFY(!address.at(0).message.contains(u"pw"_s));
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "TestPreflight.moc"
