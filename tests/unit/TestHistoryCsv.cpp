// The history's CSV export, read back by a strict RFC 4180 parser of the tests' own: every field
// survives (commas, quotes, line breaks, non-ASCII), the columns are the documented ones, and a file
// that cannot be written says so and leaves nothing behind.
#include "app/storage/HistoryCsv.h"
#include "app/storage/HistoryRecord.h"
#include "tests/support/CsvParser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
HistoryRecord recordOf(const QString& path, HistoryRecord::State state)
{
    HistoryRecord record;
    record.time = QDateTime(QDate(2026, 3, 29), QTime(1, 30, 5), Qt::UTC);
    record.profile = u"Media, \"main\""_s;
    record.setAddress(QUrl(u"https://cms.example/api/media?api_key=s3cret&folder=7"_s));
    record.path = path;
    record.size = 52'341;
    record.state = state;
    return record;
}
} // namespace

class TestHistoryCsv : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsIt_data();
    void quotesOnlyWhatNeedsIt();
    void recordsReadBackAsWritten();
    void unwritableFileSaysWhy();
};

void TestHistoryCsv::quotesOnlyWhatNeedsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"photo.png"_s << u"photo.png"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces and non-ASCII") << u" Ölgemälde 1.tif "_s << u" Ölgemälde 1.tif "_s;
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("LF") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
    QTest::newRow("CR") << u"one\rtwo"_s << u"\"one\rtwo\""_s;
}

void TestHistoryCsv::quotesOnlyWhatNeedsIt()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(HistoryCsv::field(text), field);
}

void TestHistoryCsv::recordsReadBackAsWritten()
{
    HistoryRecord uploaded =
        recordOf(u"/srv/pictures/Ölgemälde, \"final\"\r\nv2.png"_s, HistoryRecord::State::Succeeded);
    uploaded.httpStatus = 201;
    uploaded.fields = {{u"id"_s, u"4711"_s}, {u"url"_s, u"https://cms.example/media/4711"_s}};
    HistoryRecord refused = recordOf(u"/tmp/empty.png"_s, HistoryRecord::State::Blocked);
    refused.size = -1;
    refused.message = u"The file is empty.\nNothing was sent."_s;

    QString error;
    const std::optional<QList<QStringList>> rows =
        CsvParser::parse(HistoryCsv::toCsv({uploaded, refused}), &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(rows->size(), 3);
    QCOMPARE(rows->at(0), QStringList({u"time"_s, u"status"_s, u"file"_s, u"size"_s, u"profile"_s,
                                       u"address"_s, u"http_status"_s, u"id"_s, u"url"_s, u"message"_s}));
    // The address as the history keeps it: the secret query value masked.
    const QString address = uploaded.address();
    QVERIFY(!address.contains(u"s3cret"_s));
    QCOMPARE(rows->at(1),
             QStringList({u"2026-03-29T01:30:05Z"_s, u"succeeded"_s,
                          u"/srv/pictures/Ölgemälde, \"final\"\r\nv2.png"_s, u"52341"_s, u"Media, \"main\""_s,
                          address, u"201"_s, u"4711"_s, u"https://cms.example/media/4711"_s, QString()}));
    QCOMPARE(rows->at(2), QStringList({u"2026-03-29T01:30:05Z"_s, u"blocked"_s, u"/tmp/empty.png"_s,
                                       QString(), u"Media, \"main\""_s, address, QString(), QString(),
                                       QString(), u"The file is empty.\nNothing was sent."_s}));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"history.csv"_s);
    QVERIFY2(HistoryCsv::write(path, {uploaded, refused}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(CsvParser::parse(file.readAll()), rows);
}

void TestHistoryCsv::unwritableFileSaysWhy()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing-folder/history.csv"_s);
    QString error;
    QVERIFY(!HistoryCsv::write(path, {recordOf(u"/a.png"_s, HistoryRecord::State::Failed)}, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestHistoryCsv)
#include "TestHistoryCsv.moc"
