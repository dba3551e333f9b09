// The first window, offscreen: real drag-and-drop events, a real upload to the sandbox, and the
// answer shown to the user.
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileStore.h"
#include "app/transfers/NetworkThread.h"
#include "app/transfers/QueueModel.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/TestFiles.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void droppedFilesAndFoldersFillTheQueue();
    void keyboardStartUploadsAndShowsTheAnswer();
    void dropWithoutFilesIsIgnored();

private:
    void drop(const QList<QUrl>& urls);
    QString writeFile(const QString& relativePath, const QByteArray& content);

    EmulatorClient m_server{u"sandbox"_s};
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<NetworkThread> m_network;
    std::unique_ptr<UploadQueue> m_queue;
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the sandbox fixture is not running (run through ctest)");
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    m_server.clear();
    m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(u"profiles"_s));
    Profile sandbox = PresetCatalogue::builtIn().constFirst();
    sandbox.variables.insert(u"base"_s, m_server.base().toString());
    QString error;
    QVERIFY2(m_profiles->save(sandbox, &error), qPrintable(error));
    m_network = std::make_unique<NetworkThread>();
    m_queue = std::make_unique<UploadQueue>(m_network.get());
    m_model = std::make_unique<QueueModel>(m_queue.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_queue.get(), m_model.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_tester.reset();
    m_model.reset();
    m_queue.reset();
    m_network.reset();
}

QString TestMainWindow::writeFile(const QString& relativePath, const QByteArray& content)
{
    return TestFiles::write(m_dir.filePath(relativePath), content);
}

void TestMainWindow::drop(const QList<QUrl>& urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    QWidget* target = m_window->findChild<QTableView*>()->viewport();
    const QPoint position = target->rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(position, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent dropEvent(QPointF(position), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropEvent);
}

void TestMainWindow::droppedFilesAndFoldersFillTheQueue()
{
    const QString single = writeFile(u"drop/one.txt"_s, "one\n");
    writeFile(u"drop/folder/two.txt"_s, "two\n");
    writeFile(u"drop/folder/deeper/three.txt"_s, "three\n");
    drop({QUrl::fromLocalFile(single), QUrl::fromLocalFile(m_dir.filePath(u"drop/folder"_s))});

    QCOMPARE(m_model->rowCount(), 3);
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names.append(m_model->index(row, QueueModel::NameColumn).data().toString());
    names.sort();
    QCOMPARE(names, (QStringList{u"one.txt"_s, u"three.txt"_s, u"two.txt"_s}));
    QCOMPARE(m_model->index(0, QueueModel::StatusColumn).data().toString(), u"Queued"_s);
    QCOMPARE(m_server.uploads().size(), 0); // nothing goes out before Start
}

void TestMainWindow::keyboardStartUploadsAndShowsTheAnswer()
{
    const QString file = writeFile(u"keyboard/hello.txt"_s, "hello from the window\n");
    const QString empty = writeFile(u"keyboard/empty.png"_s, QByteArray());
    drop({QUrl::fromLocalFile(file), QUrl::fromLocalFile(empty)});
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1, QueueModel::StatusColumn).data().toString(), u"Not sent"_s);
    QVERIFY(m_model->index(1, QueueModel::MessageColumn).data().toString().contains(u"0 bytes"_s));

    QSignalSpy finished(m_queue.get(), &UploadQueue::finished);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(20'000));

    QCOMPARE(m_model->index(0, QueueModel::StatusColumn).data().toString(), u"Done"_s);
    QCOMPARE(m_model->index(0, QueueModel::ProgressColumn).data(QueueModel::ProgressRole).toInt(), 100);
    const QString result = m_model->index(0, QueueModel::ResultColumn).data().toString();
    QVERIFY2(result.contains(u"id="_s), qPrintable(result));

    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 1);
    const QJsonObject part = received.at(0).toObject().value(u"parts"_s).toArray().last().toObject();
    QCOMPARE(part.value(u"filename"_s).toString(), u"hello.txt"_s);
    QCOMPARE(part.value(u"sha256"_s).toString(), EmulatorClient::sha256Of(file));

    auto* table = m_window->findChild<QTableView*>();
    table->setFocus();
    table->selectRow(0);
    const QString answer = m_window->findChild<QPlainTextEdit*>()->toPlainText();
    QVERIFY2(answer.contains(u"201 Created"_s) && answer.contains(u"\"id\": "_s), qPrintable(answer));
}

void TestMainWindow::dropWithoutFilesIsIgnored()
{
    drop({QUrl(u"https://example.org/picture.png"_s)});
    QCOMPARE(m_model->rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
