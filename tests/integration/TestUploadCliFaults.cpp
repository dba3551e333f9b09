// The fault suite through `hoist upload`, as scripts meet it: the process always ends by itself
// (never by a signal), with the exit code and words that match what the server got.
#include "tests/support/EmulatorClient.h"
#include "tests/support/HoistProcess.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestUploadCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void fileShrinkingWhileSentFailsWithoutACrash();
    void interruptAfterTheBodyIsUnknown();
    void slowServerWithAShortStallTimeoutGetsOneCopy();
    void droppedAfterTheBodyExits5AndSendsOnce();
    void trickleEndsAtTheAnswerTimeout();
    void redirectToAnotherHostKeepsTheTokenHome();
    void htmlPageFromAProxyIsNotASuccess();
    void preferencesApplyAndTheOptionsWin();

private:
    QStringList upload(const QString& file, const QStringList& extra = {}) const;
    HoistProcess::Run run(const QStringList& arguments) const;
    QString file(const QString& name, qint64 size)
    {
        return TestFiles::writeRandom(m_dir.filePath(name), size);
    }
    int stored() { return m_server.getJson(u"/api/media/files"_s).value(u"count"_s).toInt(); }
    static QJsonObject result(const QString& out) { return QJsonDocument::fromJson(out.toUtf8()).object(); }

    EmulatorClient m_server{u"sandbox"_s};
    QTemporaryDir m_dir;
};

void TestUploadCliFaults::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the sandbox fixture is not running (run through ctest)");
    QVERIFY(!qEnvironmentVariableIsEmpty("HOIST_BINARY"));
}

void TestUploadCliFaults::init()
{
    m_server.clear();
}

QStringList TestUploadCliFaults::upload(const QString& file, const QStringList& extra) const
{
    return QStringList{u"upload"_s,       u"--url"_s, m_server.url(u"/api/media/files"_s).toString(),
                       u"--file-field"_s, u"f"_s,     u"--json"_s} +
           extra + QStringList{file};
}

HoistProcess::Run TestUploadCliFaults::run(const QStringList& arguments) const
{
    return HoistProcess::run(arguments, {}, HoistProcess::environmentWithHome(m_dir.filePath(u"home"_s)));
}

void TestUploadCliFaults::fileShrinkingWhileSentFailsWithoutACrash()
{
    const int before = stored();
    const qint64 size = 48LL * 1024 * 1024;
    const QString path = file(u"shrinking.bin"_s, size);
    m_server.addFault({{u"kind"_s, u"slow"_s}, {u"bytes_per_sec"_s, 8 * 1024 * 1024}});
    QProcess hoist;
    hoist.setProcessEnvironment(HoistProcess::environmentWithHome(m_dir.filePath(u"home"_s)));
    hoist.start(qEnvironmentVariable("HOIST_BINARY"), upload(path));
    QTRY_VERIFY_WITH_TIMEOUT(!m_server.uploads().isEmpty() &&
                                 m_server.uploads().last().toObject().value(u"body_bytes"_s).toInteger() >
                                     1'000'000,
                             20'000);
    QVERIFY(QFile(path).resize(size / 3));
    QVERIFY(hoist.waitForFinished(60'000));

    QCOMPARE(hoist.exitStatus(), QProcess::NormalExit); // Qt 6.4 itself crashes on a shrinking QFile
    QCOMPARE(hoist.exitCode(), 1);
    const QJsonObject answer = result(QString::fromUtf8(hoist.readAllStandardOutput()));
    QCOMPARE(answer.value(u"status"_s).toString(), u"failed"_s);
    QVERIFY2(answer.value(u"error"_s).toString().contains(u"got shorter"_s),
             qPrintable(answer.value(u"error"_s).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.settled(), 30'000);
    QCOMPARE(stored(), before);
}

void TestUploadCliFaults::interruptAfterTheBodyIsUnknown()
{
    const int before = stored();
    m_server.addFault({{u"kind"_s, u"delay"_s}, {u"seconds"_s, 5}});
    QProcess hoist;
    hoist.setProcessEnvironment(HoistProcess::environmentWithHome(m_dir.filePath(u"home"_s)));
    hoist.start(qEnvironmentVariable("HOIST_BINARY"), upload(file(u"interrupted.bin"_s, 20'000)));
    // The delay fault stores first and records the status, then holds the answer back.
    QTRY_VERIFY_WITH_TIMEOUT(!m_server.uploads().isEmpty() &&
                                 m_server.uploads().first().toObject().value(u"status"_s).toInt() == 201,
                             10'000);
    ::kill(pid_t(hoist.processId()), SIGINT);
    QVERIFY(hoist.waitForFinished(20'000));

    QCOMPARE(hoist.exitStatus(), QProcess::NormalExit);
    QCOMPARE(hoist.exitCode(), 5);
    const QJsonObject answer = result(QString::fromUtf8(hoist.readAllStandardOutput()));
    QCOMPARE(answer.value(u"status"_s).toString(), u"unknown"_s); // not "cancelled": it is stored
    QVERIFY(answer.value(u"error"_s).toString().contains(u"Check the library"_s));
    QCOMPARE(stored(), before + 1);
}

void TestUploadCliFaults::slowServerWithAShortStallTimeoutGetsOneCopy()
{
    const int before = stored();
    m_server.addFault({{u"kind"_s, u"delay"_s}, {u"seconds"_s, 3}});
    const HoistProcess::Run done = run(upload(file(u"slow.bin"_s, 200'000), {u"--stall-timeout"_s, u"1"_s}));

    QCOMPARE(done.exitCode, 0);
    QCOMPARE(result(done.out).value(u"attempts"_s).toInt(), 1);
    QCOMPARE(m_server.uploads().size(), 1);
    QCOMPARE(stored(), before + 1);
}

void TestUploadCliFaults::droppedAfterTheBodyExits5AndSendsOnce()
{
    m_server.addFault({{u"kind"_s, u"drop_after_body"_s}, {u"count"_s, 5}});
    const HoistProcess::Run done = run(upload(file(u"dropped.bin"_s, 300'000)));

    QCOMPARE(done.exitCode, 5);
    QCOMPARE(result(done.out).value(u"status"_s).toString(), u"unknown"_s);
    QCOMPARE(result(done.out).value(u"attempts"_s).toInt(), 1);
    QCOMPARE(m_server.uploads().size(), 1);
}

void TestUploadCliFaults::trickleEndsAtTheAnswerTimeout()
{
    m_server.addFault({{u"kind"_s, u"trickle"_s}, {u"interval"_s, 0.2}});
    const HoistProcess::Run done = run(upload(file(u"trickle.bin"_s, 10'000),
                                              {u"--stall-timeout"_s, u"1"_s, u"--answer-timeout"_s, u"2"_s}));

    QCOMPARE(done.exitCode, 5);
    QCOMPARE(result(done.out).value(u"status"_s).toString(), u"unknown"_s);
    QCOMPARE(m_server.uploads().size(), 1);
}

void TestUploadCliFaults::redirectToAnotherHostKeepsTheTokenHome()
{
    QUrl elsewhere = m_server.url(u"/api/media/files"_s);
    elsewhere.setHost(u"localhost"_s);
    m_server.addFault({{u"kind"_s, u"redirect"_s},
                       {u"status"_s, 307},
                       {u"location"_s, elsewhere.toString()},
                       {u"count"_s, 5}});
    QProcessEnvironment environment = HoistProcess::environmentWithHome(m_dir.filePath(u"home"_s));
    environment.insert(u"HOIST_SECRET"_s, u"home-only"_s);
    const HoistProcess::Run done = HoistProcess::run(
        upload(file(u"redirected.bin"_s, 10'000), {u"--auth"_s, u"bearer"_s}), {}, environment);

    QCOMPARE(done.exitCode, 1);
    QVERIFY2(result(done.out).value(u"error"_s).toString().contains(elsewhere.host()), qPrintable(done.out));
    const QJsonArray received = m_server.requests();
    QCOMPARE(received.size(), 1);
    QVERIFY(received.first().toObject().value(u"host"_s).toString().startsWith(u"127.0.0.1"_s));
}

void TestUploadCliFaults::htmlPageFromAProxyIsNotASuccess()
{
    m_server.addFault(
        {{u"kind"_s, u"status"_s},
         {u"status"_s, 200},
         {u"headers"_s, QJsonObject{{u"Content-Type"_s, u"text/html"_s}}},
         {u"body"_s, u"<html><head><title>Company Login</title></head><body></body></html>"_s}});
    const HoistProcess::Run done = run(upload(file(u"sso.bin"_s, 1000)));

    QCOMPARE(done.exitCode, 1);
    QVERIFY2(result(done.out).value(u"error"_s).toString().contains(u"\"Company Login\""_s),
             qPrintable(done.out));
}

// The desktop app's Preferences are the command line's defaults; its options win over them.
void TestUploadCliFaults::preferencesApplyAndTheOptionsWin()
{
    const QString settingsDirectory = m_dir.filePath(u"home/.config/hoist"_s);
    QVERIFY(QDir().mkpath(settingsDirectory));
    QSettings(settingsDirectory + u"/hoist.conf"_s, QSettings::IniFormat).setValue(u"uploads/retries"_s, 0);
    const QJsonObject busy{{u"kind"_s, u"status"_s},
                           {u"status"_s, 503},
                           {u"headers"_s, QJsonObject{{u"Retry-After"_s, u"0"_s}}},
                           {u"body"_s, u"busy"_s}};
    const QString path = file(u"busy.bin"_s, 10'000);

    m_server.addFault(busy);
    HoistProcess::Run done = run(upload(path));
    QCOMPARE(done.exitCode, 1); // no retry: the preference says none
    QCOMPARE(result(done.out).value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(m_server.uploads().size(), 1);

    m_server.clear();
    m_server.addFault(busy);
    done = run(upload(path, {u"--retries"_s, u"2"_s}));
    QCOMPARE(done.exitCode, 0);
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 2);
    QCOMPARE(received.at(0).toObject().value(u"status"_s).toInt(), 503);
    QCOMPARE(received.at(1).toObject().value(u"status"_s).toInt(), 201);

    done = run(upload(path, {u"--limit-rate"_s, u"fast"_s}));
    QCOMPARE(done.exitCode, 2);
    QVERIFY2(done.err.contains(u"--limit-rate"_s), qPrintable(done.err));
}

QTEST_GUILESS_MAIN(TestUploadCliFaults)
#include "TestUploadCliFaults.moc"
