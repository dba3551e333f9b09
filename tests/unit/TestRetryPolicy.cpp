#include "app/transfers/RetryPolicy.h"

#include <QFile>
#include <QLocale>
#include <QScopeGuard>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;

namespace {
using Kind = TransferOutcome::Kind;

TransferOutcome outcome(Kind kind, int status = 0, QNetworkReply::NetworkError error = QNetworkReply::NoError)
{
    TransferOutcome result;
    result.kind = kind;
    result.networkError = error;
    result.response.status = status;
    return result;
}

TransferOutcome answered(int status, const QByteArray& retryAfter = {})
{
    TransferOutcome result = outcome(Kind::Answered, status);
    if (!retryAfter.isEmpty())
        result.response.headers.append({"Retry-After", retryAfter});
    return result;
}

QByteArray httpDate(const QDateTime& utc)
{
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

const QDateTime fixedNow(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void isRetryable_data();
    void isRetryable();
    void delayBeforeRetry_data();
    void delayBeforeRetry();
    void retryAfterMs_data();
    void retryAfterMs();
    void retryAfterHttpDateFromNow();
    void retryAfterHttpDateInLocalDstGap();
};

void TestRetryPolicy::isRetryable_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("retryable");

    const int answer = int(Kind::Answered);
    const int network = int(Kind::Failed);
    for (int status : {408, 429, 500, 503})
        QTest::addRow("answered %d", status) << answer << status << 0 << true;
    for (int status : {200, 400, 401, 404, 413})
        QTest::addRow("answered %d", status) << answer << status << 0 << false;
    QTest::newRow("refused") << network << 0 << int(QNetworkReply::ConnectionRefusedError) << true;
    QTest::newRow("remote closed") << network << 0 << int(QNetworkReply::RemoteHostClosedError) << true;
    QTest::newRow("host not found") << network << 0 << int(QNetworkReply::HostNotFoundError) << false;
    QTest::newRow("tls handshake") << network << 0 << int(QNetworkReply::SslHandshakeFailedError) << false;
    QTest::newRow("stalled") << int(Kind::Stalled) << 0 << 0 << true;
    QTest::newRow("cancelled") << int(Kind::Cancelled) << 0 << 0 << false;
    QTest::newRow("not sent") << int(Kind::NotSent) << 0 << 0 << false;
}

void TestRetryPolicy::isRetryable()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(bool, retryable);
    QCOMPARE(RetryPolicy::isRetryable(outcome(Kind(kind), status, QNetworkReply::NetworkError(error))),
             retryable);
}

void TestRetryPolicy::delayBeforeRetry_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<int>("maxDelayMs");
    QTest::addColumn<int>("expected"); // -1: no retry

    QTest::newRow("first") << 503 << QByteArray() << 1 << 60'000 << 1000;
    QTest::newRow("second") << 503 << QByteArray() << 2 << 60'000 << 2000;
    QTest::newRow("third") << 503 << QByteArray() << 3 << 60'000 << 4000;
    QTest::newRow("max attempts") << 503 << QByteArray() << 4 << 60'000 << -1;
    QTest::newRow("capped back-off") << 503 << QByteArray() << 3 << 3000 << 3000;
    QTest::newRow("not retryable") << 400 << QByteArray("1") << 1 << 60'000 << -1;
    QTest::newRow("retry-after 1") << 429 << QByteArray("1") << 1 << 60'000 << 1000;
    QTest::newRow("retry-after 120 capped") << 429 << QByteArray("120") << 1 << 60'000 << 60'000;
    QTest::newRow("retry-after garbage") << 429 << QByteArray("soon") << 2 << 60'000 << 2000;
    QTest::newRow("retry-after at max") << 429 << QByteArray("1") << 4 << 60'000 << -1;
}

void TestRetryPolicy::delayBeforeRetry()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, attempts);
    QFETCH(int, maxDelayMs);
    QFETCH(int, expected);

    RetryPolicy policy;
    QCOMPARE(policy.maxAttempts, 4);
    policy.maxDelayMs = maxDelayMs;
    QCOMPARE(policy.delayBeforeRetry(answered(status, retryAfter), attempts).value_or(-1), expected);
}

void TestRetryPolicy::retryAfterMs_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected"); // -1: nullopt

    QTest::newRow("1 s") << QByteArray("1") << 1000;
    QTest::newRow("padded") << QByteArray(" 2 ") << 2000;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("120 s, uncapped here") << QByteArray("120") << 120'000;
    QTest::newRow("a day at most") << QByteArray("999999999") << 24 * 3600 * 1000;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon, please") << -1;
    QTest::newRow("fraction") << QByteArray("1.5") << -1;
    QTest::newRow("http-date +30 s") << QByteArray("Fri, 01 Mar 2024 12:00:30 GMT") << 30'000;
    QTest::newRow("http-date past") << QByteArray("Fri, 01 Mar 2024 11:59:00 GMT") << 0;
    QTest::newRow("http-date no GMT") << QByteArray("Fri, 01 Mar 2024 12:00:30 +0100") << -1;
}

void TestRetryPolicy::retryAfterMs()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    QCOMPARE(RetryPolicy::retryAfterMs(header, fixedNow).value_or(-1), expected);
}

void TestRetryPolicy::retryAfterHttpDateFromNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray header = httpDate(now.addSecs(5));
    QVERIFY2(header.endsWith(" GMT"), header.constData());

    const int direct = RetryPolicy::retryAfterMs(header, now).value_or(-1);
    QVERIFY2(qAbs(direct - 5000) <= 1500, qPrintable(QString::number(direct)));
    const int viaPolicy = RetryPolicy().delayBeforeRetry(answered(503, header), 1).value_or(-1);
    QVERIFY2(qAbs(viaPolicy - 5000) <= 1500, qPrintable(QString::number(viaPolicy)));
}

void TestRetryPolicy::retryAfterHttpDateInLocalDstGap()
{
    if (!QFile::exists(u"/usr/share/zoneinfo/Europe/Berlin"_s))
        QSKIP("No tz database entry for Europe/Berlin.");
    const QByteArray savedTz = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    const auto restore = qScopeGuard([&] {
        hadTz ? qputenv("TZ", savedTz) : qunsetenv("TZ");
        tzset();
    });
    qputenv("TZ", "Europe/Berlin");
    tzset();

    // 02:30 on 31 March 2024 does not exist in Berlin's local time, but it is a fine UTC time.
    const QDateTime now(QDate(2024, 3, 31), QTime(2, 29, 50), Qt::UTC);
    QCOMPARE(RetryPolicy::retryAfterMs("Sun, 31 Mar 2024 02:30:00 GMT", now).value_or(-1), 10'000);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
