#include "app/auth/AccessToken.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
ResponseRecord answer(int status, const QByteArray& body, const QByteArray& header = {})
{
    ResponseRecord response;
    response.status = status;
    response.body = body;
    if (!header.isEmpty())
        response.headers.append({header.left(header.indexOf(':')), header.mid(header.indexOf(':') + 2)});
    return response;
}
} // namespace

class TestAccessToken : public QObject
{
    Q_OBJECT

private slots:
    void renewedBeforeItExpires_data();
    void renewedBeforeItExpires();
    void answersWithoutAToken();
    void refusalsThatBlameTheToken_data();
    void refusalsThatBlameTheToken();
};

void TestAccessToken::renewedBeforeItExpires_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("usableForSeconds"); // -1: it does not expire

    QTest::newRow("an hour: a minute early")
        << QByteArray(R"({"access_token":"a","expires_in":3600})") << u"a"_s << 3540;
    QTest::newRow("30 s: a tenth early")
        << QByteArray(R"({"access_token":"b","expires_in":30})") << u"b"_s << 27;
    QTest::newRow("Squidex's 30 days")
        << QByteArray(R"({"access_token":"c","expires_in":2592000})") << u"c"_s << 2591940;
    QTest::newRow("DRF token, no expiry") << QByteArray(R"({"token":"d"})") << u"d"_s << -1;
}

void TestAccessToken::renewedBeforeItExpires()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, value);
    QFETCH(int, usableForSeconds);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString error;
    const std::optional<AccessToken> token = AccessToken::fromResponse(answer(200, body), now, &error);
    QVERIFY2(token, qPrintable(error));
    QCOMPARE(token->value, value);
    if (usableForSeconds < 0) {
        QVERIFY(!token->refreshAfter.isValid());
        QVERIFY(token->isUsable(now.addYears(10)));
        return;
    }
    QCOMPARE(token->refreshAfter, now.addSecs(usableForSeconds));
    QVERIFY(token->isUsable(now.addSecs(usableForSeconds - 1)));
    QVERIFY(!token->isUsable(now.addSecs(usableForSeconds)));
}

void TestAccessToken::answersWithoutAToken()
{
    QString error;
    QVERIFY(!AccessToken::fromResponse(answer(200, R"({"token_type":"Bearer"})"), {}, &error));
    QVERIFY2(error.contains(u"no access_token"_s), qPrintable(error));
    QVERIFY(!AccessToken::fromResponse(answer(200, "<html>login</html>"), {}, &error));
    QVERIFY(!AccessToken().isUsable(QDateTime::currentDateTimeUtc()));
}

void TestAccessToken::refusalsThatBlameTheToken_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("blamesToken");

    QTest::newRow("any 401") << 401 << QByteArray(R"({"error":"access_denied"})") << QByteArray() << true;
    QTest::newRow("Squidex's empty 403") << 403 << QByteArray() << QByteArray() << true;
    QTest::newRow("403 invalid_token header")
        << 403 << QByteArray("{}") << QByteArray(R"(WWW-Authenticate: Bearer error="invalid_token")") << true;
    QTest::newRow("Xibo's scope 403")
        << 403 << QByteArray(R"({"error":403,"message":"Access to this route is denied for this scope"})")
        << QByteArray() << false;
    QTest::newRow("DRF permission 403")
        << 403 << QByteArray(R"({"detail":"You do not have permission to perform this action."})")
        << QByteArray() << false;
    QTest::newRow("400") << 400 << QByteArray(R"({"detail":"token"})") << QByteArray() << false;
}

void TestAccessToken::refusalsThatBlameTheToken()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(bool, blamesToken);
    QCOMPARE(AccessToken::refusalMeansBadToken(answer(status, body, header)), blamesToken);
}

QTEST_GUILESS_MAIN(TestAccessToken)
#include "TestAccessToken.moc"
