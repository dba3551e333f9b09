// `kill -9` of `hoist upload` in the middle of a queue: afterwards the history knows every file the
// server stored (uploaded, or unknown for those in flight) and nothing else, and a --skip-uploaded
// re-run completes the set without a second copy of anything.
#include "tests/support/CliSandbox.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestUploadCliCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedRunIsRecordedAndResumedWithoutDuplicates();

private:
    QStringList uploadArguments(const QStringList& extra) const;
    QHash<QString, int> storedCopies();                // file name → how many copies the server holds
    void readHistory(QHash<QString, QString>* states); // file name → the state of its record

    CliSandbox m_sandbox;
    QStringList m_files;
};

void TestUploadCliCrash::initTestCase()
{
    QVERIFY2(m_sandbox.prepare(), "the sandbox fixture or HOIST_BINARY is missing (run through ctest)");
    for (int i = 0; i < 200; ++i)
        m_files.append(TestFiles::writeRandom(
            m_sandbox.dir().filePath(u"queue/crashq-%1.bin"_s.arg(i, 3, 10, QLatin1Char('0'))), 2048 + i));
}

QStringList TestUploadCliCrash::uploadArguments(const QStringList& extra) const
{
    return QStringList{u"upload"_s, u"--profile"_s, m_sandbox.profilePath(), u"--json"_s} + extra + m_files;
}

QHash<QString, int> TestUploadCliCrash::storedCopies()
{
    QHash<QString, int> copies;
    // The fixture is shared: only this test's files count.
    const QJsonObject page = m_sandbox.server().getJson(u"/api/media/files?search=crashq-&limit=100000"_s);
    for (const QJsonValue& item : page.value(u"results"_s).toArray())
        ++copies[item.toObject().value(u"name"_s).toString()];
    return copies;
}

void TestUploadCliCrash::readHistory(QHash<QString, QString>* states)
{
    const HoistProcess::Run history = m_sandbox.run({u"history"_s, u"--json"_s, u"--limit"_s, u"1000"_s});
    QCOMPARE(history.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(history.out.toUtf8()).array();
    for (const QJsonValue& record : records) {
        const QString name = QFileInfo(record[u"file"_s].toString()).fileName();
        QVERIFY2(!states->contains(name), qPrintable(u"two records for "_s + name));
        states->insert(name, record[u"status"_s].toString());
    }
}

void TestUploadCliCrash::killedRunIsRecordedAndResumedWithoutDuplicates()
{
    m_sandbox.server().clear();
    // Every file is stored at once and its answer held back: four are always stored and unanswered.
    m_sandbox.server().addFault(
        {{u"kind"_s, u"delay"_s}, {u"seconds"_s, 0.1}, {u"method"_s, u"POST"_s}, {u"count"_s, 1000}});
    QProcess hoist;
    hoist.setProcessEnvironment(m_sandbox.environment());
    hoist.start(qEnvironmentVariable("HOIST_BINARY"), uploadArguments({}));
    QTRY_VERIFY_WITH_TIMEOUT(storedCopies().size() >= 40, 60'000);
    hoist.kill(); // SIGKILL: nothing of hoist's runs after this
    QVERIFY(hoist.waitForFinished(10'000));
    QTRY_VERIFY(m_sandbox.server().settled());
    m_sandbox.server().clear();

    const QHash<QString, int> stored = storedCopies();
    QHash<QString, QString> recorded;
    readHistory(&recorded);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(stored.size() >= 40 && stored.size() < 200);
    int unknown = 0;
    for (auto file = stored.cbegin(); file != stored.cend(); ++file) {
        QCOMPARE(file.value(), 1);
        const QString state = recorded.value(file.key());
        QVERIFY2(state == u"succeeded"_s || state == u"unknown"_s,
                 qPrintable(file.key() + u" is stored and its record says "_s + state));
        unknown += state == u"unknown"_s ? 1 : 0;
    }
    QVERIFY2(unknown >= 1, "the files in flight when hoist died must read unknown");
    int unknownRecorded = 0;
    for (auto record = recorded.cbegin(); record != recorded.cend(); ++record) {
        unknownRecorded += record.value() == u"unknown"_s ? 1 : 0;
        QVERIFY2(
            stored.contains(record.key()) || record.value() == u"unknown"_s,
            qPrintable(record.key() + u" is recorded as "_s + record.value() + u" and was never stored"_s));
    }

    // The same command again, skipping what is there: only the rest goes, the unknown ones are listed.
    const HoistProcess::Run rerun = m_sandbox.run(uploadArguments({u"--skip-uploaded"_s}));
    QVERIFY2(rerun.finished, qPrintable(rerun.err));
    QCOMPARE(rerun.exitCode, 5); // some outcomes are unknown: a script must not resend blindly
    int listedUnknown = 0;
    int skipped = 0;
    for (const QString& line : rerun.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject result = QJsonDocument::fromJson(line.toUtf8()).object();
        listedUnknown += result[u"status"_s] == u"unknown"_s ? 1 : 0;
        skipped += result[u"status"_s] == u"skipped"_s ? 1 : 0;
    }
    const int succeeded = int(recorded.size()) - unknownRecorded;
    qInfo("killed with %d files stored: %d recorded as succeeded, %d as unknown", int(stored.size()),
          succeeded, unknownRecorded);
    QCOMPARE(listedUnknown, unknownRecorded);
    QCOMPARE(skipped, succeeded);
    const QHash<QString, int> after = storedCopies();
    for (const QString& path : std::as_const(m_files)) {
        const QString name = QFileInfo(path).fileName();
        const int copies = after.value(name);
        if (recorded.value(name) == u"unknown"_s)
            QVERIFY2(copies == stored.value(name), qPrintable(name + u": "_s + QString::number(copies)));
        else
            QVERIFY2(copies == 1, qPrintable(name + u": "_s + QString::number(copies)));
    }
    // One record per file: the killed run's journal was settled once, the re-run recorded the rest.
    QHash<QString, QString> final;
    readHistory(&final);
    QCOMPARE(final.size(), 200);
    QCOMPARE(final.values().count(u"unknown"_s), unknownRecorded);
}

QTEST_GUILESS_MAIN(TestUploadCliCrash)
#include "TestUploadCliCrash.moc"
