// Progress that tells the truth: the overall bar counts what arrived of every file in the queue, a
// paused queue says so in its rows and its summary, a file waiting for another try counts down to it,
// and the time left does not jump when one file ends and the next starts.
#include "app/profiles/ProfileStore.h"
#include "app/transfers/QueueModel.h"
#include "app/transfers/RunEstimate.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/SandboxProfile.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WindowInput.h"
#include "ui/DesktopSession.h"
#include "ui/MainWindow.h"
#include "ui/QueueView.h"

#include <QComboBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQueueProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void overallBarCountsOnlyWhatArrived();
    void pausedQueueSaysSo();
    void fileWaitingForAnotherTryCountsDown();
    void columnsFitTheirValues();
    void timeLeftDoesNotJumpBetweenFiles();
    void timeLeftFollowsTheSpeed();

private:
    UploadTask* add(const QString& name, const QByteArray& content);
    QString cell(const UploadTask* task, int column) const;
    QString summary() const;
    QProgressBar* overallBar() const;

    EmulatorClient m_server{u"sandbox"_s};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DesktopSession> m_session;
};

void TestQueueProgress::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the sandbox fixture is not running (run through ctest)");
}

void TestQueueProgress::init()
{
    m_server.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings(m_dir->filePath(u"hoist.conf"_s), QSettings::IniFormat)
        .setValue(MainWindow::LookBeforeUploadKey, false);
    m_session = std::make_unique<DesktopSession>(
        m_dir->filePath(u"profiles"_s), m_dir->filePath(u"hoist.conf"_s), m_dir->filePath(u"hoist.sqlite"_s));
    Profile profile = openSandboxProfile(m_server.base());
    profile.name = u"Sandbox"_s;
    QString error;
    QVERIFY2(m_session->profiles()->save(profile, &error), qPrintable(error));
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
    auto* box = m_session->window()->findChild<QComboBox*>();
    box->setCurrentIndex(box->findText(profile.name));
    QCOMPARE(m_session->queue()->profile().name, profile.name);
}

void TestQueueProgress::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

UploadTask* TestQueueProgress::add(const QString& name, const QByteArray& content)
{
    const QString path = TestFiles::write(m_dir->filePath(name), content);
    WindowInput::dropUrls(m_session->window()->queueView()->table()->viewport(), {QUrl::fromLocalFile(path)});
    return m_session->queue()->taskFor(path);
}

// What the queue's table shows for the task, through the view's own model.
QString TestQueueProgress::cell(const UploadTask* task, int column) const
{
    const QAbstractItemModel* model = m_session->window()->queueView()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(QueueModel::TaskIdRole).toULongLong() == task->id())
            return index.data().toString();
    }
    return QString();
}

QString TestQueueProgress::summary() const
{
    for (const QLabel* label : m_session->window()->findChildren<QLabel*>()) {
        if (label->accessibleName() == u"Queue summary"_s)
            return label->text();
    }
    return QString();
}

QProgressBar* TestQueueProgress::overallBar() const
{
    for (QProgressBar* bar : m_session->window()->findChildren<QProgressBar*>()) {
        if (bar->accessibleName() == u"Overall progress"_s)
            return bar;
    }
    return nullptr;
}

// A cancelled file's bytes never arrived: the run ends at 75%, not at a 100% that reads "all there".
void TestQueueProgress::overallBarCountsOnlyWhatArrived()
{
    UploadTask* sent = add(u"sent.txt"_s, QByteArray(3000, 's'));
    UploadTask* cancelled = add(u"cancelled.txt"_s, QByteArray(1000, 'c'));
    QVERIFY(sent && cancelled);
    m_session->queue()->cancel(cancelled->id());
    QSignalSpy finished(m_session->queue(), &UploadQueue::finished);
    m_session->queue()->start();
    QVERIFY(finished.wait(20'000));

    QCOMPARE(sent->state(), UploadTask::State::Succeeded);
    const QJsonArray uploads = m_server.uploads();
    QCOMPARE(uploads.size(), 1);
    QJsonObject filePart;
    for (const QJsonValue& part : EmulatorClient::parts(uploads.first())) {
        if (part.toObject().value(u"filename"_s).toString() == u"sent.txt"_s)
            filePart = part.toObject();
    }
    QCOMPARE(filePart.value(u"size"_s).toInteger(), 3000);
    QProgressBar* bar = overallBar();
    QVERIFY(bar);
    QTRY_COMPARE(bar->value(), 75);
    QVERIFY2(summary().contains(u"1 cancelled"_s), qPrintable(summary()));
}

// Pause sends nothing new and says so: the rows left read "Paused", the summary starts with it, and
// Start sends them.
void TestQueueProgress::pausedQueueSaysSo()
{
    m_session->queue()->setConcurrency(1);
    m_server.addFault({{u"kind"_s, u"delay"_s}, {u"seconds"_s, 1}}); // the first answer waits
    UploadTask* first = add(u"first.txt"_s, "first");
    UploadTask* second = add(u"second.txt"_s, "second");
    QVERIFY(first && second);
    QCOMPARE(cell(second, QueueModel::StatusColumn), u"Queued"_s);
    QCOMPARE(cell(second, QueueModel::MessageColumn), u"Goes when you press Start."_s);
    m_session->queue()->start();
    QCOMPARE(first->state(), UploadTask::State::Uploading);
    QVERIFY(cell(second, QueueModel::MessageColumn).startsWith(u"Waiting for its turn: 1 file"_s));
    m_session->queue()->pause();

    QCOMPARE(cell(second, QueueModel::StatusColumn), u"Paused"_s);
    QCOMPARE(cell(second, QueueModel::MessageColumn), u"Paused: it goes when you press Start."_s);
    QTRY_VERIFY2(summary().startsWith(u"Paused · "_s), qPrintable(summary()));
    QTRY_COMPARE(first->state(), UploadTask::State::Succeeded); // what was on its way finishes
    QVERIFY(m_server.settled());
    QCOMPARE(m_server.uploads().size(), 1);
    QCOMPARE(cell(second, QueueModel::StatusColumn), u"Paused"_s);

    QSignalSpy finished(m_session->queue(), &UploadQueue::finished);
    m_session->queue()->start();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(second->state(), UploadTask::State::Succeeded);
    QCOMPARE(m_server.uploads().size(), 2);
    QTRY_VERIFY2(!summary().contains(u"Paused"_s), qPrintable(summary()));
}

// A 503 with Retry-After: the row counts down to the next try instead of sitting "Queued".
void TestQueueProgress::fileWaitingForAnotherTryCountsDown()
{
    m_server.addFault({{u"kind"_s, u"status"_s},
                       {u"status"_s, 503},
                       {u"headers"_s, QJsonObject{{u"Retry-After"_s, u"30"_s}}}});
    UploadTask* task = add(u"busy.txt"_s, "busy");
    QVERIFY(task);
    m_session->queue()->start();
    QTRY_COMPARE(task->state(), UploadTask::State::Waiting);
    const QRegularExpression countdown(u"^Next try in (\\d+) s$"_s);
    const auto secondsShown = [&] {
        const QRegularExpressionMatch match = countdown.match(cell(task, QueueModel::StatusColumn));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    };
    const int first = secondsShown();
    QVERIFY2(first > 0 && first <= 30, qPrintable(cell(task, QueueModel::StatusColumn)));
    QVERIFY2(cell(task, QueueModel::MessageColumn).contains(u"Trying again in 30 second"_s),
             qPrintable(cell(task, QueueModel::MessageColumn)));
    QTRY_VERIFY_WITH_TIMEOUT(secondsShown() > 0 && secondsShown() < first, 5000);
    QCOMPARE(m_server.uploads().size(), 1);
    m_session->queue()->cancel(task->id());
    QCOMPARE(cell(task, QueueModel::StatusColumn), u"Cancelled"_s);
}

// "706.12 Ki…": the speed, size and status columns are wide enough for their widest values and their
// headings, sort arrow included.
void TestQueueProgress::columnsFitTheirValues()
{
    QTableView* table = m_session->window()->queueView()->table();
    const QFontMetrics cells = table->fontMetrics();
    const QString fastest = QueueModel::speedText(1000.99 * 1024 * 1024);
    QVERIFY2(table->columnWidth(QueueModel::SpeedColumn) > cells.horizontalAdvance(fastest),
             qPrintable(fastest));
    QVERIFY(table->columnWidth(QueueModel::StatusColumn) >
            cells.horizontalAdvance(UploadTask::nextTryText(59)));
    QVERIFY(table->columnWidth(QueueModel::StatusColumn) > cells.horizontalAdvance(QueueModel::pausedText()));
    for (int column = 0; column < QueueModel::MessageColumn; ++column)
        QVERIFY2(table->columnWidth(column) >= table->horizontalHeader()->sectionSizeHint(column),
                 qPrintable(QString::number(column)));
}

// One file ends, the next takes two seconds to start moving: the estimate must not leap.
void TestQueueProgress::timeLeftDoesNotJumpBetweenFiles()
{
    RunEstimate estimate;
    const qint64 rate = 1'000'000; // bytes per second
    const qint64 total = 40'000'000;
    qint64 moved = 0;
    qint64 now = 0;
    for (; now <= 10'000; now += 250, moved += rate / 4)
        estimate.sample(now, moved, total - moved);
    const qint64 before = *estimate.secondsLeft();
    QVERIFY2(qAbs(before - 30) <= 2, qPrintable(QString::number(before)));
    for (const qint64 end = now + 2000; now <= end; now += 250)
        estimate.sample(now, moved, total - moved); // nothing moves between two files
    QVERIFY(estimate.secondsLeft());
    QVERIFY2(*estimate.secondsLeft() <= before + 6, qPrintable(QString::number(*estimate.secondsLeft())));
}

void TestQueueProgress::timeLeftFollowsTheSpeed()
{
    RunEstimate estimate;
    QVERIFY(!estimate.secondsLeft());
    qint64 moved = 0;
    for (qint64 now = 0; now <= 30'000; now += 250, moved += 125'000) // 500 kB/s
        estimate.sample(now, moved, 20'000'000 - moved);
    QCOMPARE(qRound(estimate.bytesPerSecond()), 500'000);
    const qint64 truth = (20'000'000 - moved + 125'000) / 500'000;
    QVERIFY2(qAbs(*estimate.secondsLeft() - truth) <= 2,
             qPrintable(QString::number(*estimate.secondsLeft())));
    estimate.sample(31'000, moved, 0);
    QCOMPARE(*estimate.secondsLeft(), 0);
}

QTEST_MAIN(TestQueueProgress)
#include "TestQueueProgress.moc"
