// A laptop's half screen: at 640×480 the queue shows a useful number of rows, Start and Pause stay on the
// toolbar (not behind its "»"), the window goes that small, and the details pane can be folded away and
// stays folded after a restart.
#include "app/transfers/UploadQueue.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WindowInput.h"
#include "ui/DesktopSession.h"
#include "ui/MainWindow.h"
#include "ui/QueueView.h"

#include <QAction>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;

class TestSmallWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startAndPauseStayOnTheToolbar();
    void foldedDetailsLeaveTheRowsTheRoom();

private:
    void startSession();
    QAction* action(const QString& text) const;
    bool onToolbar(const QAction* action) const; // shown there, not in the overflow menu
    QTabWidget* details() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DesktopSession> m_session;
};

void TestSmallWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startSession();
}

void TestSmallWindow::startSession()
{
    m_session.reset();
    m_session = std::make_unique<DesktopSession>(
        m_dir->filePath(u"profiles"_s), m_dir->filePath(u"hoist.conf"_s), m_dir->filePath(u"hoist.sqlite"_s));
    m_session->window()->resize(640, 480);
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
}

void TestSmallWindow::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

QAction* TestSmallWindow::action(const QString& text) const
{
    for (QAction* candidate : m_session->window()->findChildren<QAction*>()) {
        if (candidate->text().remove(u'&') == text)
            return candidate;
    }
    return nullptr;
}

bool TestSmallWindow::onToolbar(const QAction* action) const
{
    const auto* toolbar = m_session->window()->findChild<QToolBar*>(u"mainToolbar"_s);
    const QWidget* button = toolbar ? toolbar->widgetForAction(const_cast<QAction*>(action)) : nullptr;
    return button && button->isVisible() && toolbar->rect().contains(button->geometry());
}

QTabWidget* TestSmallWindow::details() const
{
    return m_session->window()->findChild<QTabWidget*>();
}

void TestSmallWindow::startAndPauseStayOnTheToolbar()
{
    MainWindow* window = m_session->window();
    QTRY_COMPARE(window->size(), QSize(640, 480));
    QVERIFY2(window->minimumSizeHint().height() <= 480,
             qPrintable(QString::number(window->minimumSizeHint().height())));
    QVERIFY2(window->minimumSizeHint().width() <= 640,
             qPrintable(QString::number(window->minimumSizeHint().width())));
    for (const QString& text : {u"Start"_s, u"Pause"_s, u"Add Files…"_s}) {
        QAction* found = action(text);
        QVERIFY2(found && onToolbar(found), qPrintable(text));
    }
    window->resize(1200, 720);
    QTRY_COMPARE(window->width(), 1200);
    QVERIFY(onToolbar(action(u"Start"_s)));
}

void TestSmallWindow::foldedDetailsLeaveTheRowsTheRoom()
{
    QTableView* table = m_session->window()->queueView()->table();
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    QVERIFY(details()->isVisible());
    QTRY_VERIFY2(table->viewport()->height() >= 4 * rowHeight,
                 qPrintable(QString::number(table->viewport()->height())));

    QAction* showDetails = action(u"Show Details"_s);
    QVERIFY(showDetails && showDetails->isCheckable() && showDetails->isChecked());
    QVERIFY(WindowInput::pressCtrl(m_session->window(), Qt::Key_D));
    QVERIFY(!showDetails->isChecked());
    QVERIFY(!details()->isVisible());
    QTRY_VERIFY2(table->viewport()->height() >= 8 * rowHeight,
                 qPrintable(QString::number(table->viewport()->height())));

    m_session->window()->close();
    startSession();
    QVERIFY(!details()->isVisible());
    QVERIFY(!action(u"Show Details"_s)->isChecked());
    action(u"Show Details"_s)->trigger();
    QVERIFY(details()->isVisible());
}

QTEST_MAIN(TestSmallWindow)
#include "TestSmallWindow.moc"
