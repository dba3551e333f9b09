// Edit → Preferences through the real composition root: what is saved lands in the settings file,
// shows again when the dialog reopens, applies to the queue at once and after a restart; Keep
// History… in the history window opens the same dialog. Help → About Hoist names the versions.
#include "app/storage/History.h"
#include "app/storage/Preferences.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/ModalDialogs.h"
#include "ui/DesktopSession.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryWindow.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savedValuesApplyToTheQueueAndComeBack();
    void cancelChangesNothing();
    void keepHistoryOpensThePreferencesAndTrims();
    void aboutNamesTheVersions();

private:
    void startSession();
    QString settingsFile() const { return m_dir->filePath(u"hoist.conf"_s); }
    static QAction* action(QWidget* window, const QString& text);
    static void save(PreferencesDialog* dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DesktopSession> m_session;
};

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startSession();
}

void TestPreferences::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

void TestPreferences::startSession()
{
    m_session.reset();
    m_session = std::make_unique<DesktopSession>(m_dir->filePath(u"profiles"_s), settingsFile(),
                                                 m_dir->filePath(u"hoist.sqlite"_s));
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
}

QAction* TestPreferences::action(QWidget* window, const QString& text)
{
    for (QAction* candidate : window->findChildren<QAction*>()) {
        if (candidate->text().remove(u'&') == text)
            return candidate;
    }
    return nullptr;
}

void TestPreferences::save(PreferencesDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
}

void TestPreferences::savedValuesApplyToTheQueueAndComeBack()
{
    const UploadQueue* queue = m_session->queue();
    // Today's behaviour until the user chooses.
    QCOMPARE(queue->concurrency(), UploadQueue::DefaultConcurrency);
    QCOMPARE(queue->retryPolicy().maxAttempts, 4);
    QCOMPARE(queue->transferOptions().stallTimeoutMs, 60'000);
    QCOMPARE(queue->transferOptions().answerTimeoutMs, 300'000);
    QCOMPARE(queue->rateLimit(), 0);

    QAction* preferences = action(m_session->window(), u"Preferences…"_s);
    QVERIFY(preferences);
    QCOMPARE(preferences->shortcut(), QKeySequence(QKeySequence::Preferences));
    bool shown = false;
    ModalDialogs::whenOpen<PreferencesDialog>([&shown](PreferencesDialog* dialog) {
        QCOMPARE(dialog->findChild<QComboBox*>(u"language"_s)->currentText(), u"System default"_s);
        dialog->findChild<QSpinBox*>(u"concurrency"_s)->setValue(1);
        dialog->findChild<QSpinBox*>(u"retries"_s)->setValue(0);
        dialog->findChild<QSpinBox*>(u"stallTimeout"_s)->setValue(7);
        dialog->findChild<QSpinBox*>(u"answerTimeout"_s)->setValue(9);
        dialog->findChild<QCheckBox*>(u"startWhenAdded"_s)->setChecked(true);
        QVERIFY(!dialog->findChild<QSpinBox*>(u"limit"_s)->isEnabled()); // no limit until checked
        dialog->findChild<QCheckBox*>(u"limited"_s)->setChecked(true);
        dialog->findChild<QSpinBox*>(u"limit"_s)->setValue(512);
        auto* language = dialog->findChild<QComboBox*>(u"language"_s);
        language->setCurrentIndex(language->findText(u"Deutsch"_s));
        shown = true;
        save(dialog);
    });
    preferences->trigger();
    QVERIFY(shown);

    // At once, without a restart.
    QCOMPARE(queue->concurrency(), 1);
    QCOMPARE(queue->retryPolicy().maxAttempts, 1);
    QCOMPARE(queue->transferOptions().stallTimeoutMs, 7'000);
    QCOMPARE(queue->transferOptions().answerTimeoutMs, 9'000);
    QCOMPARE(queue->rateLimit(), 512 * 1024);
    QVERIFY(queue->startsWhenAdded());
    QVERIFY(action(m_session->window(), u"Upload Files as Soon as They Are Added"_s)->isChecked());

    const Preferences saved = Preferences::load(settingsFile());
    QCOMPARE(saved.concurrency, 1);
    QCOMPARE(saved.retries, 0);
    QCOMPARE(saved.stallTimeoutSeconds, 7);
    QCOMPARE(saved.answerTimeoutSeconds, 9);
    QVERIFY(saved.startWhenAdded);
    QCOMPARE(saved.limitKiBps, 512);
    QCOMPARE(saved.language, u"de"_s);

    startSession();
    queue = m_session->queue();
    QCOMPARE(queue->concurrency(), 1);
    QCOMPARE(queue->retryPolicy().maxAttempts, 1);
    QCOMPARE(queue->transferOptions().stallTimeoutMs, 7'000);
    QCOMPARE(queue->rateLimit(), 512 * 1024);
    QVERIFY(queue->startsWhenAdded());
    shown = false;
    ModalDialogs::whenOpen<PreferencesDialog>([&shown](PreferencesDialog* dialog) {
        QCOMPARE(dialog->findChild<QSpinBox*>(u"concurrency"_s)->value(), 1);
        QCOMPARE(dialog->findChild<QSpinBox*>(u"retries"_s)->text(), u"None"_s);
        QCOMPARE(dialog->findChild<QSpinBox*>(u"stallTimeout"_s)->value(), 7);
        QCOMPARE(dialog->findChild<QSpinBox*>(u"answerTimeout"_s)->value(), 9);
        QVERIFY(dialog->findChild<QCheckBox*>(u"startWhenAdded"_s)->isChecked());
        QVERIFY(dialog->findChild<QCheckBox*>(u"limited"_s)->isChecked());
        QCOMPARE(dialog->findChild<QSpinBox*>(u"limit"_s)->value(), 512);
        QCOMPARE(dialog->findChild<QComboBox*>(u"language"_s)->currentText(), u"Deutsch"_s);
        shown = true;
        dialog->reject();
    });
    action(m_session->window(), u"Preferences…"_s)->trigger();
    QVERIFY(shown);
}

void TestPreferences::cancelChangesNothing()
{
    ModalDialogs::whenOpen<PreferencesDialog>([](PreferencesDialog* dialog) {
        dialog->findChild<QSpinBox*>(u"concurrency"_s)->setValue(2);
        dialog->reject();
    });
    action(m_session->window(), u"Preferences…"_s)->trigger();
    QCOMPARE(m_session->queue()->concurrency(), UploadQueue::DefaultConcurrency);
    QCOMPARE(Preferences::load(settingsFile()), Preferences());
}

void TestPreferences::keepHistoryOpensThePreferencesAndTrims()
{
    History* history = m_session->history();
    QVERIFY(history);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int index = 0; index < 5; ++index) {
        HistoryRecord record;
        record.uuid = QUuid::createUuid();
        record.time = now.addSecs(-60 * (5 - index));
        record.path = m_dir->filePath(u"file%1.png"_s.arg(index));
        record.profile = u"Sandbox"_s;
        record.state = HistoryRecord::State::Succeeded;
        QVERIFY(!history->add(record).isError());
    }
    m_session->window()->showHistory();
    HistoryWindow* window = m_session->window()->historyWindow();
    QVERIFY(window);
    QTRY_COMPARE(window->model()->rowCount(), 5);
    bool shown = false;
    ModalDialogs::whenOpen<PreferencesDialog>([&shown](PreferencesDialog* dialog) {
        QCOMPARE(dialog->findChild<QSpinBox*>(u"keepDays"_s)->text(), u"Forever"_s); // nothing trimmed
        dialog->findChild<QSpinBox*>(u"keepEntries"_s)->setValue(2);
        shown = true;
        save(dialog);
    });
    QAction* keep = action(window, u"Keep History…"_s);
    QVERIFY(keep);
    keep->trigger();
    QVERIFY(shown);
    QTRY_COMPARE(window->model()->rowCount(), 2);
    QCOMPARE(history->find({}).size(), 2); // gone from the database, not only from the view
    QCOMPARE(Preferences::load(settingsFile()).retention.entries, 2);
}

void TestPreferences::aboutNamesTheVersions()
{
    QString text;
    ModalDialogs::whenOpen<QMessageBox>([&text](QMessageBox* box) {
        text = box->text();
        box->accept();
    });
    QAction* about = action(m_session->window(), u"About Hoist"_s);
    QVERIFY(about);
    about->trigger();
    QVERIFY2(text.contains(u"Hoist " HOIST_VERSION ""_s), qPrintable(text));
    QVERIFY2(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"QtKeychain \\d+\\.\\d+"_s)), qPrintable(text));
    QVERIFY2(text.contains(u"proprietary"_s), qPrintable(text));
    QVERIFY2(text.contains(u"file:///"_s) && text.contains(u"README.md"_s), qPrintable(text));
    QVERIFY(action(m_session->window(), u"About Qt"_s));
}

QTEST_MAIN(TestPreferences)
#include "TestPreferences.moc"
