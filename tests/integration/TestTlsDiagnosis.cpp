// TlsDiagnosis on the errors of real handshakes with servers/tls.py's ports, and on errors no test
// server can produce (revoked, other).
#include "app/net/TlsDiagnosis.h"
#include "tests/support/TlsEmulator.h"

#include <QEventLoop>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestTlsDiagnosis : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void realHandshakes_data();
    void realHandshakes();
    void orderOfTheListDoesNotMatter();
    void revoked();
    void otherErrorsSayTheirOwnText();
    void expiredAuthorityIsNamed();
    void noCertificateBlamed();

private:
    // Everything a handshake with that port complained about, as QNetworkAccessManager would see it.
    QList<QSslError> handshakeErrors(const QString& kind, bool trustTestCa);
    static QString shortDate(const QDateTime& when)
    {
        return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
    }

    TlsEmulator m_server;
};

void TestTlsDiagnosis::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the tls fixture is not running (run through ctest)");
    QVERIFY(QSslSocket::supportsSsl());
}

QList<QSslError> TestTlsDiagnosis::handshakeErrors(const QString& kind, bool trustTestCa)
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (trustTestCa)
        tls.addCaCertificates(QSslCertificate::fromPath(m_server.caPath()));
    socket.setSslConfiguration(tls);
    QList<QSslError> errors;
    QEventLoop loop;
    connect(&socket, &QSslSocket::sslErrors, &loop, [&](const QList<QSslError>& reported) {
        errors = reported;
        loop.quit();
    });
    connect(&socket, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    connect(&socket, &QSslSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, m_server.port(kind));
    loop.exec();
    socket.abort();
    return errors;
}

void TestTlsDiagnosis::realHandshakes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("trustTestCa");
    QTest::addColumn<int>("minimumErrors"); // more than one: the priority is what is tested
    QTest::addColumn<int>("main");          // QSslError::SslError
    QTest::addColumn<QString>("contains");

    QTest::newRow("wrong host") << u"wrong_host"_s << false << 2 << int(QSslError::HostNameMismatch)
                                << u"is for other names (other.example), not for 127.0.0.1:"_s;
    QTest::newRow("wrong host, CA") << u"wrong_host"_s << true << 1 << int(QSslError::HostNameMismatch)
                                    << u"is for other names (other.example), not for 127.0.0.1:"_s;
    QTest::newRow("expired") << u"expired"_s << false << 2 << int(QSslError::CertificateExpired)
                             << u"expired on "_s +
                                    shortDate(m_server.certificate(u"expired"_s).expiryDate()) +
                                    u": the server's administrator needs to renew it"_s;
    QTest::newRow("not yet valid") << u"not_yet_valid"_s << true << 1
                                   << int(QSslError::CertificateNotYetValid)
                                   << u"is valid only from "_s +
                                          shortDate(
                                              m_server.certificate(u"not_yet_valid"_s).effectiveDate()) +
                                          u':';
    QTest::newRow("self-signed") << u"self_signed"_s << false << 1 << int(QSslError::SelfSignedCertificate)
                                 << u"is self-signed: if this is your own server, trust exactly that "
                                    "certificate with --cacert"_s;
    QTest::newRow("unknown issuer") << u"unknown_issuer"_s << true << 1
                                    << int(QSslError::UnableToGetLocalIssuerCertificate)
                                    << u"an authority this computer does not trust (Hoist Other CA):"_s;
}

void TestTlsDiagnosis::realHandshakes()
{
    QFETCH(QString, kind);
    QFETCH(bool, trustTestCa);
    QFETCH(int, minimumErrors);
    QFETCH(int, main);
    QFETCH(QString, contains);

    const QList<QSslError> errors = handshakeErrors(kind, trustTestCa);
    QVERIFY2(errors.size() >= minimumErrors, qPrintable(QString::number(errors.size())));
    QCOMPARE(int(TlsDiagnosis::mainError(errors).error()), main);
    const QString sentence = TlsDiagnosis::describe(errors, u"127.0.0.1"_s);
    QVERIFY2(sentence.startsWith(u"The certificate of 127.0.0.1 "_s), qPrintable(sentence));
    QVERIFY2(sentence.contains(contains), qPrintable(sentence));
    QVERIFY2(!sentence.contains(u"not trusted"_s), qPrintable(sentence)); // the old blanket sentence
}

void TestTlsDiagnosis::orderOfTheListDoesNotMatter()
{
    QList<QSslError> errors = handshakeErrors(u"wrong_host"_s, false);
    QVERIFY(errors.size() >= 2);
    const QString forward = TlsDiagnosis::describe(errors, u"127.0.0.1"_s);
    std::reverse(errors.begin(), errors.end());
    QCOMPARE(TlsDiagnosis::describe(errors, u"127.0.0.1"_s), forward);
}

void TestTlsDiagnosis::revoked()
{
    const QSslCertificate leaf = m_server.certificate(u"valid"_s);
    QVERIFY(!leaf.isNull());
    // Revoked outranks the errors without a sentence of their own.
    const QList<QSslError> errors{QSslError(QSslError::CertificateSignatureFailed, leaf),
                                  QSslError(QSslError::CertificateRevoked, leaf)};
    QCOMPARE(
        TlsDiagnosis::describe(errors, u"files.example.org"_s),
        u"The certificate of files.example.org was revoked by the authority that issued it: send nothing "
        "there until the server's administrator replaces it."_s);
}

void TestTlsDiagnosis::otherErrorsSayTheirOwnText()
{
    const QSslError error(QSslError::CertificateSignatureFailed, m_server.certificate(u"valid"_s));
    QCOMPARE(
        TlsDiagnosis::describe({error}, u"files.example.org"_s),
        u"The certificate of files.example.org was refused (%1): ask the server's administrator to fix it, "
        "rather than turning checks off."_s.arg(error.errorString()));
    QVERIFY(!error.errorString().isEmpty());
}

void TestTlsDiagnosis::expiredAuthorityIsNamed()
{
    const QSslCertificate authority = QSslCertificate::fromPath(m_server.caPath()).value(0);
    QVERIFY(!authority.isNull());
    const QString sentence =
        TlsDiagnosis::describe({QSslError(QSslError::CertificateExpired, authority)}, u"files.example.org"_s);
    QCOMPARE(sentence,
             u"The certificate of Hoist Test CA, the authority behind the certificate of files.example.org, "
             "expired on %1: the server's administrator needs to renew the chain (if that date looks "
             "wrong, check this computer's clock)."_s.arg(shortDate(authority.expiryDate())));
}

void TestTlsDiagnosis::noCertificateBlamed()
{
    QCOMPARE(TlsDiagnosis::mainError({}).error(), QSslError::NoError);
    QCOMPARE(TlsDiagnosis::describe({}, u"files.example.org"_s, u"wrong version number"_s),
             u"The secure connection to files.example.org failed before any certificate was checked (wrong "
             "version number): check that this address and port serve HTTPS."_s);
    QVERIFY(!TlsDiagnosis::describe({}, u"files.example.org"_s).contains(u"()"_s));
}

QTEST_GUILESS_MAIN(TestTlsDiagnosis)
#include "TestTlsDiagnosis.moc"
