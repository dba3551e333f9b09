// `hoist upload` against HTTPS ports with each kind of certificate trouble (servers/tls.py): the
// error names the real cause, --cacert fixes only what trust can fix, and http:// sent to a TLS
// port says to use https://.
#include "tests/support/HoistProcess.h"
#include "tests/support/TestFiles.h"
#include "tests/support/TlsEmulator.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestTlsErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void namesTheCause_data();
    void namesTheCause();
    void testCaMakesTheValidPortSucceed();
    void selfSignedIsTrustedByItsOwnCertificate();
    void plainHttpToTlsPortSaysSpeaksTls();
    void plainServerThatBreaksOffIsNotCalledTls();

private:
    struct Result
    {
        HoistProcess::Run run;
        QJsonObject json; // the one line `--json` prints for the one file
    };
    Result upload(const QString& url, const QStringList& extra = {}, const QString& file = {});
    static QString shortDate(const QDateTime& when)
    {
        return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
    }

    TlsEmulator m_server;
    QTemporaryDir m_dir;
    QString m_file;
};

void TestTlsErrors::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the tls fixture is not running (run through ctest)");
    QVERIFY(!qEnvironmentVariableIsEmpty("HOIST_BINARY"));
    m_file = TestFiles::write(m_dir.filePath(u"report.txt"_s), "quarterly report\n");
    // The server made the certificates the sentences below speak about.
    QCOMPARE(m_server.certificate(u"expired"_s).expiryDate(),
             QDateTime(QDate(2025, 1, 3), QTime(12, 0), Qt::UTC));
    QCOMPARE(m_server.certificate(u"not_yet_valid"_s).effectiveDate(),
             QDateTime(QDate(2040, 1, 1), QTime(12, 0), Qt::UTC));
    if (QLocale().language() == QLocale::C)
        QCOMPARE(shortDate(m_server.certificate(u"expired"_s).expiryDate()), u"3 Jan 2025"_s);
}

void TestTlsErrors::init()
{
    m_server.clear();
}

TestTlsErrors::Result TestTlsErrors::upload(const QString& url, const QStringList& extra, const QString& file)
{
    Result result;
    result.run = HoistProcess::run(QStringList{u"upload"_s, u"--url"_s, url, u"--json"_s} + extra +
                                       QStringList{file.isEmpty() ? m_file : file},
                                   {}, HoistProcess::environmentWithHome(m_dir.filePath(u"home"_s)));
    result.json = QJsonDocument::fromJson(result.run.out.toUtf8()).object();
    return result;
}

void TestTlsErrors::namesTheCause_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<QString>("expected");

    const QString wrongName =
        u"The certificate of 127.0.0.1 is for other names (other.example), not for 127.0.0.1: "
        "use one of those names in the address, or ask the server's administrator for a "
        "certificate made for 127.0.0.1."_s;
    // --cacert fixes the trust, not the name.
    QTest::newRow("wrong host") << u"wrong_host"_s << false << wrongName;
    QTest::newRow("wrong host, test CA trusted") << u"wrong_host"_s << true << wrongName;

    const QString expired =
        u"The certificate of 127.0.0.1 expired on %1: the server's administrator needs to "
        "renew it (if that date looks wrong, check this computer's clock)."_s.arg(
            shortDate(m_server.certificate(u"expired"_s).expiryDate()));
    QTest::newRow("expired") << u"expired"_s << false << expired;
    QTest::newRow("expired, test CA trusted") << u"expired"_s << true << expired;

    const QString notYet =
        u"The certificate of 127.0.0.1 is valid only from %1: check this computer's date and "
        "clock, or ask the server's administrator for a certificate that is valid now."_s.arg(
            shortDate(m_server.certificate(u"not_yet_valid"_s).effectiveDate()));
    QTest::newRow("not yet valid") << u"not_yet_valid"_s << false << notYet;
    QTest::newRow("not yet valid, test CA trusted") << u"not_yet_valid"_s << true << notYet;

    QTest::newRow("self-signed")
        << u"self_signed"_s << false
        << u"The certificate of 127.0.0.1 is self-signed: if this is your own server, "
           "trust exactly that certificate with --cacert (or in the profile), rather "
           "than turning checks off."_s;

    const QString unknownIssuer =
        u"The certificate of 127.0.0.1 was issued by an authority this computer does "
        "not trust (%1): if you trust that authority, give its certificate with "
        "--cacert (or in the profile), rather than turning checks off."_s;
    QTest::newRow("unknown issuer") << u"unknown_issuer"_s << false << unknownIssuer.arg(u"Hoist Other CA"_s);
    QTest::newRow("unknown issuer, test CA trusted")
        << u"unknown_issuer"_s << true << unknownIssuer.arg(u"Hoist Other CA"_s);
    QTest::newRow("test CA not given") << u"valid"_s << false << unknownIssuer.arg(u"Hoist Test CA"_s);
}

void TestTlsErrors::namesTheCause()
{
    QFETCH(QString, kind);
    QFETCH(bool, trustTestCa);
    QFETCH(QString, expected);

    const QStringList extra = trustTestCa ? QStringList{u"--cacert"_s, m_server.caPath()} : QStringList{};
    const Result result = upload(m_server.url(kind), extra);
    QCOMPARE(result.run.exitCode, 1);
    QCOMPARE(result.json.value(u"status"_s).toString(), u"failed"_s);
    QVERIFY(result.json.value(u"http_status"_s).isNull());
    QCOMPARE(result.json.value(u"error"_s).toString(), expected);
    // Hoist reached that very port, and sent it nothing over the connection it did not trust.
    QTRY_VERIFY(!m_server.events(kind, u"handshake"_s).isEmpty() ||
                !m_server.events(kind, u"handshake_failed"_s).isEmpty());
    QCOMPARE(m_server.events(kind, u"request"_s).size(), 0);
}

void TestTlsErrors::testCaMakesTheValidPortSucceed()
{
    const Result trusted = upload(m_server.url(u"valid"_s), {u"--cacert"_s, m_server.caPath()});
    QCOMPARE(trusted.run.exitCode, 0);
    QCOMPARE(trusted.json.value(u"status"_s).toString(), u"succeeded"_s);
    QCOMPARE(trusted.json.value(u"http_status"_s).toInt(), 201);
    const QJsonArray requests = m_server.events(u"valid"_s, u"request"_s);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0)[u"path"_s].toString(), u"/upload"_s);
    QVERIFY(requests.at(0)[u"bytes"_s].toInt() > QFileInfo(m_file).size()); // the multipart body came
}

// The self-signed sentence's advice works: that one certificate, given with --cacert, is enough.
void TestTlsErrors::selfSignedIsTrustedByItsOwnCertificate()
{
    const Result result =
        upload(m_server.url(u"self_signed"_s), {u"--cacert"_s, m_server.certificatePath(u"self_signed"_s)});
    QCOMPARE(result.run.exitCode, 0);
    QCOMPARE(result.json.value(u"http_status"_s).toInt(), 201);
    QCOMPARE(m_server.events(u"self_signed"_s, u"request"_s).size(), 1);
}

void TestTlsErrors::plainHttpToTlsPortSaysSpeaksTls()
{
    // Big enough that the connection breaks off mid-body: the case that read as a size limit.
    const QString big = TestFiles::write(m_dir.filePath(u"big.bin"_s), QByteArray(4 * 1024 * 1024, 'b'));
    const quint16 port = m_server.port(u"valid"_s);
    const Result result = upload(u"http://127.0.0.1:%1/upload"_s.arg(port), {}, big);
    QCOMPARE(result.run.exitCode, 1);
    QCOMPARE(result.json.value(u"error"_s).toString(),
             u"127.0.0.1:%1 speaks TLS: use https:// instead of http://."_s.arg(port));
    QCOMPARE(result.json.value(u"attempts"_s).toInt(), 1); // not retried: another try cannot help
    // What the port saw: the plain request (which Qt itself may send twice), then the probe's hello.
    QTRY_VERIFY(!m_server.events(u"valid"_s, u"handshake"_s).isEmpty() ||
                m_server.events(u"valid"_s, u"handshake_failed"_s).size() >= 2);
    const QJsonArray failed = m_server.events(u"valid"_s, u"handshake_failed"_s);
    const auto plainHttp = std::count_if(failed.begin(), failed.end(), [](const QJsonValue& event) {
        return event[u"reason"_s].toString() == u"HTTP_REQUEST"_s;
    });
    QVERIFY2(plainHttp >= 1 && plainHttp <= 2, qPrintable(QString::number(plainHttp)));
    QCOMPARE(m_server.events(u"valid"_s, u"request"_s).size(), 0);
}

// A plain-http server that drops the connection is not mistaken for a TLS port.
void TestTlsErrors::plainServerThatBreaksOffIsNotCalledTls()
{
    const QString big = TestFiles::write(m_dir.filePath(u"big.bin"_s), QByteArray(4 * 1024 * 1024, 'b'));
    const Result result = upload(m_server.url(u"plain_closing"_s), {u"--retries"_s, u"1"_s}, big);
    QCOMPARE(result.run.exitCode, 1);
    const QString error = result.json.value(u"error"_s).toString();
    // Reset or closed, depending on how far the body got: NetworkErrorText's sentences for either.
    QVERIFY2(error.startsWith(u"127.0.0.1 closed the connection"_s) ||
                 error.startsWith(u"The connection to 127.0.0.1 broke off"_s),
             qPrintable(error));
    QVERIFY2(!error.contains(u"TLS"_s), qPrintable(error));
    QCOMPARE(result.json.value(u"attempts"_s).toInt(), 1);
    // The request (Qt itself may send it twice), then the probe's TLS hello this server did not
    // answer: the probe ran and said no.
    QTRY_VERIFY(!m_server.events(u"plain_closing"_s, u"connection"_s).isEmpty() &&
                m_server.events(u"plain_closing"_s, u"connection"_s).last()[u"tls_hello"_s].toBool());
    QJsonArray connections = m_server.events(u"plain_closing"_s, u"connection"_s);
    QVERIFY2(connections.size() == 2 || connections.size() == 3,
             qPrintable(QString::number(connections.size())));
    connections.removeLast();
    for (const QJsonValue& connection : std::as_const(connections))
        QCOMPARE(connection[u"tls_hello"_s].toBool(), false);
}

QTEST_GUILESS_MAIN(TestTlsErrors)
#include "TestTlsErrors.moc"
