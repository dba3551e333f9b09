// TlsProbe against a TLS port, plain ones, a closed one and one that never answers: one answer,
// never from within start(), within its bound.
#include "app/net/TlsProbe.h"
#include "tests/support/TlsEmulator.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTlsProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answers_data();
    void answers();
    void closedPortIsNotTls();
    void silentServerTimesOut();
    void worthProbing();
    void sentence();

private:
    TlsEmulator m_server;
};

void TestTlsProbe::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the tls fixture is not running (run through ctest)");
}

void TestTlsProbe::answers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("speaksTls");
    QTest::newRow("valid") << u"valid"_s << true;
    // Whether the certificate would be trusted does not matter to the probe.
    QTest::newRow("self-signed") << u"self_signed"_s << true;
    QTest::newRow("wrong host") << u"wrong_host"_s << true;
    QTest::newRow("expired") << u"expired"_s << true;
    QTest::newRow("plain http") << u"control"_s << false;
    QTest::newRow("plain, drops the connection") << u"plain_closing"_s << false;
}

void TestTlsProbe::answers()
{
    QFETCH(QString, kind);
    QFETCH(bool, speaksTls);
    TlsProbe probe;
    QSignalSpy finished(&probe, &TlsProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start(u"127.0.0.1"_s, m_server.port(kind));
    QCOMPARE(finished.size(), 0); // never from within start()
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.at(0).at(0).toBool(), speaksTls);
    QVERIFY2(clock.elapsed() < 1500,
             qPrintable(QString::number(clock.elapsed()))); // an answer, not the bound
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1); // exactly once
}

void TestTlsProbe::closedPortIsNotTls()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const quint16 port = reserve.serverPort();
    reserve.close();
    TlsProbe probe;
    QSignalSpy finished(&probe, &TlsProbe::finished);
    probe.start(u"127.0.0.1"_s, port);
    QVERIFY(finished.wait(3000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);

    TlsProbe nowhere; // nothing to ask: still one answer, and not from within start()
    QSignalSpy nothing(&nowhere, &TlsProbe::finished);
    nowhere.start(QString(), 443);
    QCOMPARE(nothing.size(), 0);
    QVERIFY(nothing.wait(1000));
    QCOMPARE(nothing.at(0).at(0).toBool(), false);
}

void TestTlsProbe::silentServerTimesOut()
{
    QTcpServer silent; // accepts and never says a word
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    TlsProbe probe;
    QSignalSpy finished(&probe, &TlsProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start(u"127.0.0.1"_s, silent.serverPort(), 400);
    QVERIFY(finished.wait(3000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY2(clock.elapsed() >= 350, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(silent.hasPendingConnections()); // it did connect: the answer is the bound's
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
}

void TestTlsProbe::worthProbing()
{
    for (const auto error :
         {QNetworkReply::RemoteHostClosedError, QNetworkReply::ProtocolFailure,
          QNetworkReply::UnknownNetworkError, QNetworkReply::ProtocolInvalidOperationError})
        QVERIFY(TlsProbe::isWorthProbing(error));
    for (const auto error : {QNetworkReply::NoError, QNetworkReply::ConnectionRefusedError,
                             QNetworkReply::HostNotFoundError, QNetworkReply::SslHandshakeFailedError,
                             QNetworkReply::OperationCanceledError, QNetworkReply::TimeoutError})
        QVERIFY(!TlsProbe::isWorthProbing(error));
}

void TestTlsProbe::sentence()
{
    QCOMPARE(TlsProbe::describe(u"files.example.org"_s, 8443),
             u"files.example.org:8443 speaks TLS: use https:// instead of http://."_s);
}

QTEST_GUILESS_MAIN(TestTlsProbe)
#include "TestTlsProbe.moc"
