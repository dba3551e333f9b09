// The Test button's verdicts: what each kind of answer means for a credential.
#include "app/auth/CredentialCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CredentialCheck::Verdict)

class TestCredentialCheck : public QObject
{
    Q_OBJECT

private slots:
    void judge_data();
    void judge();
};

void TestCredentialCheck::judge_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<CredentialCheck::Verdict>("verdict");
    QTest::addColumn<QString>("says");

    using V = CredentialCheck::Verdict;
    const int answered = int(TransferOutcome::Kind::Answered);
    const int failed = int(TransferOutcome::Kind::Failed);
    QTest::newRow("200") << answered << 200 << 0 << QByteArray("[]") << V::Accepted << u"OK"_s;
    QTest::newRow("204") << answered << 204 << 0 << QByteArray() << V::Accepted << u"OK"_s;
    QTest::newRow("401 DRF") << answered << 401 << 0 << QByteArray(R"({"detail": "Invalid token."})")
                             << V::Rejected << u"Invalid token."_s;
    QTest::newRow("403") << answered << 403 << 0 << QByteArray() << V::Rejected << u"Wrong secret"_s;
    QTest::newRow("405") << answered << 405 << 0 << QByteArray() << V::Inconclusive << u"check URL"_s;
    QTest::newRow("404") << answered << 404 << 0 << QByteArray() << V::Inconclusive
                         << u"could not be confirmed"_s;
    QTest::newRow("refused") << failed << 0 << int(QNetworkReply::ConnectionRefusedError) << QByteArray()
                             << V::Unreachable << u"unreachable"_s;
    QTest::newRow("tls") << failed << 0 << int(QNetworkReply::SslHandshakeFailedError) << QByteArray()
                         << V::TlsProblem << u"TLS"_s;
    QTest::newRow("stalled") << int(TransferOutcome::Kind::Stalled) << 0 << 0 << QByteArray()
                             << V::Unreachable << u"unreachable"_s;
}

void TestCredentialCheck::judge()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(QByteArray, body);
    QFETCH(CredentialCheck::Verdict, verdict);
    QFETCH(QString, says);

    TransferOutcome outcome;
    outcome.kind = TransferOutcome::Kind(kind);
    outcome.networkError = QNetworkReply::NetworkError(networkError);
    outcome.message = u"(what the network layer said)"_s;
    outcome.response.status = status;
    outcome.response.body = body;
    outcome.response.url = QUrl(u"https://media.example.org/api/files?api_key=S3cret"_s);
    const CredentialCheck::Result result = CredentialCheck::judge(outcome);
    QCOMPARE(result.verdict, verdict);
    QVERIFY2(result.message.contains(says), qPrintable(result.message));
    QVERIFY2(!result.message.contains(u"S3cret"_s), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestCredentialCheck)
#include "TestCredentialCheck.moc"
