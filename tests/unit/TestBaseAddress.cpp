#include "app/requests/BaseAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBaseAddress : public QObject
{
    Q_OBJECT

private slots:
    void addedPath_data();
    void addedPath();
    void normalise_data();
    void normalise();
    void repeatedPath_data();
    void repeatedPath();
};

void TestBaseAddress::addedPath_data()
{
    QTest::addColumn<QString>("urlTemplate");
    QTest::addColumn<QString>("added");

    QTest::newRow("xibo") << u"{+base}/api/library"_s << u"/api/library"_s;
    QTest::newRow("mayan") << u"{+base}/api/v4/documents/upload/"_s << u"/api/v4/documents/upload"_s;
    QTest::newRow("qualtrics") << u"{+base}/API/v3/libraries/{library}/graphics"_s << u"/API/v3/libraries"_s;
    QTest::newRow("variable in segment") << u"{+base}/api/x{app}/y"_s << u"/api"_s;
    QTest::newRow("query") << u"{+base}/upload?x=1"_s << u"/upload"_s;
    QTest::newRow("whole address") << u"{+url}"_s << QString();
    QTest::newRow("other key") << u"{+site}/api"_s << QString();
    QTest::newRow("not first") << u"https://h/{+base}/api"_s << QString();
}

void TestBaseAddress::addedPath()
{
    QFETCH(QString, urlTemplate);
    QFETCH(QString, added);
    const QString key = urlTemplate.contains(u"{+url}"_s) ? u"url"_s : u"base"_s;
    QCOMPARE(BaseAddress::addedPath(urlTemplate, key), added);
}

void TestBaseAddress::normalise_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("note");

    const QString xibo = u"/api/library"_s;
    QTest::newRow("as wanted") << u"https://cms.example.com"_s << xibo << u"https://cms.example.com"_s
                               << QString();
    QTest::newRow("api slash") << u"https://cms.example.com/api/"_s << xibo << u"https://cms.example.com"_s
                               << u"Removed \"/api\": Hoist adds it itself."_s;
    QTest::newRow("api") << u" https://cms.example.com/api "_s << xibo << u"https://cms.example.com"_s
                         << u"Removed \"/api\": Hoist adds it itself."_s;
    QTest::newRow("whole upload address")
        << u"https://cms.example.com/api/library"_s << xibo << u"https://cms.example.com"_s
        << u"Removed \"/api/library\": Hoist adds it itself."_s;
    QTest::newRow("final slash") << u"https://cms.example.com/"_s << xibo << u"https://cms.example.com"_s
                                 << u"Removed the final \"/\": Hoist adds the rest of the address itself."_s;
    QTest::newRow("own path kept") << u"https://example.com/xibo/api/"_s << xibo
                                   << u"https://example.com/xibo"_s
                                   << u"Removed \"/api\": Hoist adds it itself."_s;
    QTest::newRow("another case") << u"https://h/API"_s << xibo << u"https://h"_s
                                  << u"Removed \"/API\": Hoist adds it itself."_s;
    QTest::newRow("mayan v4") << u"https://m/api/v4/"_s << u"/api/v4/documents/upload"_s << u"https://m"_s
                              << u"Removed \"/api/v4\": Hoist adds it itself."_s;
    QTest::newRow("host named api") << u"https://api"_s << xibo << u"https://api"_s << QString();
    QTest::newRow("segment only ends alike")
        << u"https://h/myapi"_s << xibo << u"https://h/myapi"_s << QString();
    QTest::newRow("whole address kept")
        << u"https://h/upload/"_s << QString() << u"https://h/upload/"_s << QString();
    QTest::newRow("half typed") << u"https:/"_s << xibo << u"https:/"_s << QString();
}

void TestBaseAddress::normalise()
{
    QFETCH(QString, typed);
    QFETCH(QString, added);
    QFETCH(QString, address);
    QFETCH(QString, note);
    const BaseAddress::Normalised normalised = BaseAddress::normalise(typed, added);
    QCOMPARE(normalised.address, address);
    QCOMPARE(normalised.note(), note);
}

void TestBaseAddress::repeatedPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("repeated");

    QTest::newRow("doubled slash") << u"/api//api/library"_s << u"/api"_s;
    QTest::newRow("doubled segment") << u"/api/api/"_s << u"/api"_s;
    QTest::newRow("two segments") << u"/api/v4/api/v4/documents/upload/"_s << u"/api/v4"_s;
    QTest::newRow("plain") << u"/api/library"_s << QString();
    QTest::newRow("same name apart") << u"/media/files/media"_s << QString();
}

void TestBaseAddress::repeatedPath()
{
    QFETCH(QString, path);
    QFETCH(QString, repeated);
    QCOMPARE(BaseAddress::repeatedPath(path), repeated);
}

QTEST_GUILESS_MAIN(TestBaseAddress)
#include "TestBaseAddress.moc"
