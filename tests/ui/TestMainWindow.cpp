// The desktop app, offscreen, built by its real composition root: real drag-and-drop events, a
// credential created in the dialog and kept in the real keychain, uploads to the token-protected
// sandbox before and after a restart, and the Test button's verdicts.
#include "app/credentials/CredentialStore.h"
#include "app/profiles/ProfileStore.h"
#include "app/requests/CurlCommand.h"
#include "app/responses/JsonTreeModel.h"
#include "app/transfers/QueueModel.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WindowInput.h"
#include "ui/CredentialEditor.h"
#include "ui/CredentialsDialog.h"
#include "ui/DesktopSession.h"
#include "ui/ItemEditor.h"
#include "ui/MainWindow.h"
#include "ui/NoticeBar.h"
#include "ui/ProfileEditor.h"
#include "ui/QueueView.h"
#include "ui/ResponseInspector.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
const QString token = u"hoist-test-token"_s;
const QString credentialId = u"sandbox"_s; // what the built-in Sandbox preset refers to

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void droppedFilesAndFoldersFillTheQueue();
    void missingCredentialBlocksAndCreatingItUploads();
    void credentialSurvivesRestart();
    void testButtonJudgesTheSecret();
    void dropWithoutFilesIsIgnored();
    void newProfileFromAPresetAsksForItsValues();
    void keyboardOnlyAddEditStartInspect();
    void profileEditorTestUploadTriesTheEditedForm();
    void windowStateAndChoicesSurviveARestart();
    void focusStartsOnTheQueueAndComesBackAfterADialog();
    void filterThatHidesEveryRowSaysSoAndClears();
    void anotherFilesAnswerClearsTheSearch();
    void requestCopiesAsCurlWithoutItsSecret();

private:
    void startSession();
    void drop(const QList<QUrl>& urls);
    QString writeFile(const QString& relativePath, const QByteArray& content);
    void storeSecret(const QString& secret);
    void uploadAllWithKeyboard();
    void press(int key);

    EmulatorClient m_server{u"sandbox_token"_s};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DesktopSession> m_session;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_viewTester;   // the table's sorted, filtered model
    std::unique_ptr<QAbstractItemModelTester> m_answerTester; // the inspector's searchable JSON tree
};

void TestMainWindow::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the sandbox_token fixture is not running (run through ctest)");
}

void TestMainWindow::init()
{
    m_server.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startSession();
    // The built-in Sandbox preset, pointed at this run's emulator.
    std::optional<Profile> sandbox = m_session->profiles()->load(u"Sandbox"_s, nullptr);
    QVERIFY(sandbox);
    QCOMPARE(sandbox->auth.credential, credentialId);
    sandbox->variables.insert(u"base"_s, m_server.base().toString());
    QString error;
    QVERIFY2(m_session->profiles()->save(*sandbox, &error), qPrintable(error));
}

void TestMainWindow::startSession()
{
    m_answerTester.reset();
    m_viewTester.reset();
    m_tester.reset();
    m_session.reset();
    // These tests are about the window; TestLibraryWindow searches the library.
    QSettings(m_dir->filePath(u"hoist.conf"_s), QSettings::IniFormat)
        .setValue(MainWindow::LookBeforeUploadKey, false);
    m_session = std::make_unique<DesktopSession>(
        m_dir->filePath(u"profiles"_s), m_dir->filePath(u"hoist.conf"_s), m_dir->filePath(u"hoist.sqlite"_s));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_session->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_viewTester =
        std::make_unique<QAbstractItemModelTester>(m_session->window()->queueView()->table()->model(),
                                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_answerTester = std::make_unique<QAbstractItemModelTester>(
        m_session->window()->inspector()->findChild<QTreeView*>()->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
}

void TestMainWindow::cleanup()
{
    if (m_session)
        m_session->credentials()->removeNow(credentialId);
    m_answerTester.reset();
    m_viewTester.reset();
    m_tester.reset();
    m_session.reset();
    m_dir.reset();
}

QString TestMainWindow::writeFile(const QString& relativePath, const QByteArray& content)
{
    return TestFiles::write(m_dir->filePath(relativePath), content);
}

void TestMainWindow::storeSecret(const QString& secret)
{
    const Credential credential{credentialId, Credential::Kind::Token, {}, {}};
    const CredentialError error = m_session->credentials()->saveNow(credential, {{}, secret});
    QVERIFY2(!error.isError(), qPrintable(error.message));
}

void TestMainWindow::drop(const QList<QUrl>& urls)
{
    WindowInput::dropUrls(m_session->window()->queueView()->table()->viewport(), urls);
}

void TestMainWindow::press(int key)
{
    QVERIFY(WindowInput::pressCtrl(m_session->window(), key));
}

void TestMainWindow::uploadAllWithKeyboard()
{
    QSignalSpy finished(m_session->queue(), &UploadQueue::finished);
    press(Qt::Key_Return);
    QVERIFY(finished.wait(20'000));
}

void TestMainWindow::droppedFilesAndFoldersFillTheQueue()
{
    const QString single = writeFile(u"drop/one.txt"_s, "one\n");
    writeFile(u"drop/folder/two.txt"_s, "two\n");
    writeFile(u"drop/folder/deeper/three.txt"_s, "three\n");
    drop({QUrl::fromLocalFile(single), QUrl::fromLocalFile(m_dir->filePath(u"drop/folder"_s))});

    QueueModel* model = m_session->model();
    QCOMPARE(model->rowCount(), 1); // the file at once; the folder's files come from its walk
    QTRY_COMPARE(model->rowCount(), 3);
    QStringList names;
    for (int row = 0; row < 3; ++row)
        names.append(model->index(row, QueueModel::NameColumn).data().toString());
    names.sort();
    QCOMPARE(names, (QStringList{u"one.txt"_s, u"three.txt"_s, u"two.txt"_s}));
    QCOMPARE(m_server.uploads().size(), 0); // nothing goes out before Start

    // The folder again, with one new file: the sentence counts what was added, not what was found.
    writeFile(u"drop/folder/four.txt"_s, "four\n");
    drop({QUrl::fromLocalFile(m_dir->filePath(u"drop/folder"_s))});
    QTRY_COMPARE(model->rowCount(), 4);
    QTRY_COMPARE(m_session->window()->statusBar()->currentMessage(),
                 u"1 file(s) from folders added. Left out: 2 already in the queue."_s);
}

void TestMainWindow::missingCredentialBlocksAndCreatingItUploads()
{
    MainWindow* window = m_session->window();
    QTRY_VERIFY(window->notice().contains(u"\"sandbox\""_s));

    const QString file = writeFile(u"first/hello.txt"_s, "hello from the window\n");
    const QString empty = writeFile(u"first/empty.png"_s, QByteArray());
    drop({QUrl::fromLocalFile(file), QUrl::fromLocalFile(empty)});
    QueueModel* model = m_session->model();
    QCOMPARE(model->index(0, QueueModel::StatusColumn).data().toString(), u"Not sent"_s);
    QVERIFY(model->index(0, QueueModel::MessageColumn).data().toString().contains(u"no secret"_s));

    // The notice's button opens the credential editor, named as the profile expects.
    ModalDialogs::whenOpen<CredentialEditor>([](CredentialEditor* editor) {
        QCOMPARE(editor->credentialId(), credentialId);
        QLineEdit* secret = ModalDialogs::passwordField(editor);
        QVERIFY(secret);
        QTest::keyClicks(secret, token);
        editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    ModalDialogs::button(window->findChild<NoticeBar*>(), u"Enter Secret…"_s)->click();
    QVERIFY(m_session->credentials()->find(credentialId));
    QTRY_VERIFY(window->notice().isEmpty());
    QTRY_COMPARE(model->index(0, QueueModel::StatusColumn).data().toString(), u"Queued"_s);
    QCOMPARE(model->index(1, QueueModel::StatusColumn).data().toString(), u"Not sent"_s); // 0 bytes

    uploadAllWithKeyboard();
    QCOMPARE(model->index(0, QueueModel::StatusColumn).data().toString(), u"Done"_s);
    QCOMPARE(model->index(0, QueueModel::ProgressColumn).data(QueueModel::ProgressRole).toInt(), 100);
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 1);
    const QJsonObject request = received.at(0).toObject();
    QCOMPARE(request.value(u"headers"_s).toObject().value(u"authorization"_s).toString(),
             u"Token "_s + token);
    const QJsonObject part = request.value(u"parts"_s).toArray().last().toObject();
    QCOMPARE(part.value(u"sha256"_s).toString(), EmulatorClient::sha256Of(file));

    auto* table = window->queueView()->table();
    table->setFocus();
    table->selectRow(0);
    const QString answer = window->inspector()->summary() + window->inspector()->rawText();
    QVERIFY2(answer.contains(u"201 Created"_s) && answer.contains(u"\"id\": "_s), qPrintable(answer));
    QVERIFY(!answer.contains(token));
}

void TestMainWindow::credentialSurvivesRestart()
{
    storeSecret(token);
    startSession(); // a new process would read the same settings file and keychain
    QVERIFY(m_session->credentials()->find(credentialId));
    // `hoist --add FILE --start`: Start comes before the keychain has answered; the upload waits
    // for the secret instead of going out without it.
    const QString file = writeFile(u"again/after-restart.txt"_s, "second start\n");
    m_session->applyArguments({u"hoist"_s, u"--add"_s, file, u"--start"_s});
    QTRY_COMPARE_WITH_TIMEOUT(m_session->model()->index(0, QueueModel::StatusColumn).data().toString(),
                              u"Done"_s, 20'000);
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).toObject().value(u"headers"_s).toObject().value(u"authorization"_s).toString(),
             u"Token "_s + token);
}

void TestMainWindow::testButtonJudgesTheSecret()
{
    for (const auto& [secret, verdict] :
         {std::pair{token, u"OK"_s}, std::pair{u"wrong"_s, u"Wrong secret"_s}}) {
        storeSecret(secret);
        m_server.clear();
        QString shown;
        ModalDialogs::whenOpen<CredentialsDialog>([&shown](CredentialsDialog* dialog) {
            QCOMPARE(dialog->selectedId(), credentialId); // the current profile's credential
            ModalDialogs::button(dialog, u"Test"_s)->click();
            QLabel* result = ModalDialogs::labelNamed(dialog, u"Test result"_s);
            QVERIFY(result);
            QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u':'), 10'000);
            shown = result->text();
            dialog->reject();
        });
        press(Qt::Key_K);
        QVERIFY2(shown.startsWith(u"✓ "_s + verdict) || shown.startsWith(u"✗ "_s + verdict),
                 qPrintable(shown));
        QVERIFY(!shown.contains(secret));

        // One harmless GET of the listing, signed with the stored secret, and no upload.
        const QJsonArray requests = m_server.requests();
        QCOMPARE(requests.size(), 1);
        const QJsonObject request = requests.at(0).toObject();
        QCOMPARE(request.value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(request.value(u"path"_s).toString(), u"/api/media/files"_s);
        QCOMPARE(request.value(u"headers"_s).toObject().value(u"authorization"_s).toString(),
                 u"Token "_s + secret);
    }
}

void TestMainWindow::dropWithoutFilesIsIgnored()
{
    drop({QUrl(u"https://example.org/picture.png"_s)});
    QCOMPARE(m_session->model()->rowCount(), 0);
}

// New Profile (Ctrl+N): pick a service, fill in what its preset needs, and the profile is saved and
// selected; what is missing is said before anything is saved.
void TestMainWindow::newProfileFromAPresetAsksForItsValues()
{
    ModalDialogs::whenOpen<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(u"Squidex"_s);
        dialog->accept();
    });
    QString firstProblem;
    ModalDialogs::whenOpen<ProfileEditor>([&firstProblem](ProfileEditor* editor) {
        ModalDialogs::button(editor, u"Save"_s)->click(); // the app name is still empty
        firstProblem = ModalDialogs::labelNamed(editor, u"Problem"_s)->text();
        for (QLineEdit* field : editor->findChildren<QLineEdit*>()) {
            if (field->accessibleName() == u"App name"_s)
                field->setText(u"atlas"_s);
        }
        // Its credential "squidex" is not set up yet: said, and saved all the same.
        ModalDialogs::whenOpen<QMessageBox>(
            [](QMessageBox* box) { ModalDialogs::button(box, u"Save Anyway"_s)->click(); });
        ModalDialogs::button(editor, u"Save"_s)->click();
    });
    press(Qt::Key_N);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    QCOMPARE(firstProblem, u"Enter the App name."_s);
    QString error;
    const std::optional<Profile> saved = m_session->profiles()->load(u"Squidex"_s, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->preset, u"squidex"_s);
    QCOMPARE(saved->variables.value(u"app"_s), u"atlas"_s);
    QCOMPARE(saved->auth.scheme, AuthConfig::Scheme::OAuth2);
    QCOMPARE(m_session->window()->findChild<QComboBox*>()->currentText(), u"Squidex"_s);
}

// Without the mouse: Ctrl+V adds the file whose path was copied, the per-file values are set and applied,
// Ctrl+Return uploads, Ctrl+I shows the answer, whose JSON is a tree; the preview lists the parts sent.
void TestMainWindow::keyboardOnlyAddEditStartInspect()
{
    storeSecret(token);
    MainWindow* window = m_session->window();
    QTRY_VERIFY(window->notice().isEmpty());
    const QString file = writeFile(u"keys/sunset.jpg"_s, "\xff\xd8\xff\xe0 a tiny jpeg");
    QGuiApplication::clipboard()->setText(file); // as a file manager's "Copy" gives it to a terminal
    window->queueView()->table()->setFocus();
    press(Qt::Key_V);
    QTRY_COMPARE(m_session->model()->rowCount(), 1);

    // F2 opens the file's values on its first field; Tab goes on to the next and to Apply.
    ItemEditor* values = window->itemEditor();
    window->queueView()->table()->selectRow(0);
    QTest::keyClick(window->queueView()->table(), Qt::Key_F2);
    QTRY_COMPARE(QApplication::focusWidget(), values->field(u"name"_s));
    QTest::keyClicks(QApplication::focusWidget(), u"Sunset at the pier"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"Day 3"_s);
    // Past "Replaces item" and its Pick… (the sandbox replaces by uploading and deleting) and the file's
    // type to Apply.
    for (int field = 0; field < 4; ++field)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto* apply = qobject_cast<QPushButton*>(QApplication::focusWidget());
    QVERIFY(apply);
    QCOMPARE(apply->text().remove(u'&'), u"Apply"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTRY_VERIFY(window->requestPreview().contains(u"part \"name\": \"Sunset at the pier\""_s));
    QVERIFY2(window->requestPreview().contains(u"part \"f\": file \"sunset.jpg\", image/jpeg"_s),
             qPrintable(window->requestPreview()));

    uploadAllWithKeyboard();
    QCOMPARE(m_session->model()->index(0, QueueModel::StatusColumn).data().toString(), u"Done"_s);
    const QJsonArray parts = m_server.uploads().at(0).toObject().value(u"parts"_s).toArray();
    QCOMPARE(parts.at(0).toObject().value(u"value"_s).toString(), u"Sunset at the pier"_s);
    QCOMPARE(parts.at(1).toObject().value(u"value"_s).toString(), u"Day 3"_s);

    window->queueView()->table()->setFocus();
    window->queueView()->table()->selectRow(0);
    QTest::keyClick(window->queueView()->table(), Qt::Key_I, Qt::ControlModifier);
    ResponseInspector* inspector = window->inspector();
    QTRY_VERIFY(inspector->isVisible());
    QVERIFY(inspector->summary().contains(u"201 Created"_s));
    const JsonTreeModel* tree = inspector->treeModel();
    QStringList keys;
    for (int row = 0; row < tree->rowCount(); ++row)
        keys.append(tree->index(row, JsonTreeModel::KeyColumn).data().toString());
    QVERIFY2(keys.contains(u"id"_s) && keys.contains(u"description"_s), qPrintable(keys.join(u", "_s)));
    const int nameRow = int(keys.indexOf(u"name"_s));
    QCOMPARE(tree->index(nameRow, JsonTreeModel::ValueColumn).data().toString(), u"Sunset at the pier"_s);
    QCOMPARE(tree->pointer(tree->index(nameRow, 0)), u"/name"_s);
}

// Test Upload sends a tiny image with the form as edited, saved or not, and says what happened.
void TestMainWindow::profileEditorTestUploadTriesTheEditedForm()
{
    storeSecret(token);
    QStringList results;
    ModalDialogs::whenOpen<ProfileEditor>([&results](ProfileEditor* editor) {
        QPushButton* test = ModalDialogs::button(editor, u"Test Upload"_s);
        QLabel* result = ModalDialogs::labelNamed(editor, u"Test upload result"_s);
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && result->text().startsWith(u"✓"_s), 15'000);
        results.append(result->text());
        // A wrong file part name, as a Generic profile might have it: the service's refusal, explained.
        for (QLineEdit* field : editor->findChildren<QLineEdit*>()) {
            if (field->accessibleName() == u"File part name"_s)
                field->setText(u"file"_s);
        }
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && result->text().startsWith(u"✗"_s), 15'000);
        results.append(result->text());
        ModalDialogs::whenOpen<QMessageBox>(
            [](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
        editor->reject();
    });
    press(Qt::Key_E);
    QTRY_VERIFY(!QApplication::activeModalWidget());

    QCOMPARE(results.size(), 2);
    QVERIFY2(results.at(0).contains(u"hoist-test-"_s) && results.at(0).contains(u"id="_s),
             qPrintable(results.at(0)));
    QVERIFY2(results.at(1).contains(u"named \"f\""_s), qPrintable(results.at(1)));
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 2);
    const QJsonObject image = received.at(0).toObject().value(u"parts"_s).toArray().last().toObject();
    QCOMPARE(image.value(u"name"_s).toString(), u"f"_s);
    QCOMPARE(image.value(u"content_type"_s).toString(), u"image/png"_s);
    QVERIFY(image.value(u"filename"_s).toString().startsWith(u"hoist-test-"_s));
    // Cancelled: the edited part name was tried, not saved.
    QCOMPARE(m_session->profiles()->load(u"Sandbox"_s, nullptr)->filePart.name, u"f"_s);
}

void TestMainWindow::windowStateAndChoicesSurviveARestart()
{
    QString error;
    Profile other = *m_session->profiles()->load(u"Sandbox"_s, &error);
    other.name = u"Second library"_s;
    QVERIFY2(m_session->profiles()->save(other, &error), qPrintable(error));
    m_session->window()->selectProfile(u"Second library"_s);
    m_session->window()->queueView()->table()->setColumnWidth(QueueModel::ResultColumn, 333);
    QVERIFY(m_session->window()->close());

    startSession();
    QCOMPARE(m_session->window()->findChild<QComboBox*>()->currentText(), u"Second library"_s);
    QCOMPARE(m_session->window()->queueView()->table()->columnWidth(QueueModel::ResultColumn), 333);
    QCOMPARE(m_session->window()->findChild<QComboBox*>()->itemData(0, Qt::ToolTipRole).toString(),
             u"Sandbox"_s); // the preset it came from
}

// The README's first steps from a fresh start: Ctrl+V adds the copied path (not into the filter),
// Ctrl+E opens the profile, and once it closes the keyboard is on the queue again.
void TestMainWindow::focusStartsOnTheQueueAndComesBackAfterADialog()
{
    MainWindow* window = m_session->window();
    QTableView* table = window->queueView()->table();
    QCOMPARE(window->focusWidget(), table);

    const QString file = writeFile(u"focus/first.txt"_s, "first\n");
    QGuiApplication::clipboard()->setText(file);
    press(Qt::Key_V);
    QTRY_COMPARE(m_session->model()->rowCount(), 1);
    QVERIFY(window->queueView()->filter()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), table);

    bool opened = false;
    ModalDialogs::whenOpen<ProfileEditor>([&opened](ProfileEditor* editor) {
        opened = true;
        QTest::keyClick(editor, Qt::Key_Escape);
    });
    press(Qt::Key_E);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(opened);
    QTRY_COMPARE(window->focusWidget(), table);
}

// A filter that hides every row says so in the queue's empty area; "Clear filter" brings the rows back.
void TestMainWindow::filterThatHidesEveryRowSaysSoAndClears()
{
    drop({QUrl::fromLocalFile(writeFile(u"filter/one.txt"_s, "one\n")),
          QUrl::fromLocalFile(writeFile(u"filter/two.txt"_s, "two\n"))});
    QueueView* queue = m_session->window()->queueView();
    QTRY_COMPARE(queue->table()->model()->rowCount(), 2);
    QLabel* hint = ModalDialogs::labelNamed(queue, u"No matching files"_s);
    QPushButton* clear = ModalDialogs::button(queue, u"Clear filter"_s);
    QVERIFY(hint && clear);
    QVERIFY(!hint->isVisible());

    QTest::keyClicks(queue->filter(), u"two"_s);
    QTRY_COMPARE(queue->table()->model()->rowCount(), 1);
    QVERIFY(!hint->isVisible());
    QTest::keyClicks(queue->filter(), u"<b>x"_s);
    QTRY_COMPARE(queue->table()->model()->rowCount(), 0);
    QTRY_VERIFY(hint->isVisible());
    QCOMPARE(hint->text(), u"No file matches \"two<b>x\"."_s);

    // From the filter, Tab reaches the button; Space presses it.
    m_session->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_session->window()));
    queue->filter()->setFocus();
    QTest::keyClick(queue->filter(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), clear);
    QTest::keyClick(clear, Qt::Key_Space);
    QTRY_COMPARE(queue->table()->model()->rowCount(), 2);
    QVERIFY(queue->filter()->text().isEmpty());
    QVERIFY(!hint->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), queue->table());

    // Ctrl+F from the queue takes the keyboard to the filter; Escape there shows every file again.
    QTest::keyClick(queue->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), queue->filter());
    QTest::keyClicks(queue->filter(), u"zzz"_s);
    QTRY_COMPARE(queue->table()->model()->rowCount(), 0);
    QTest::keyClick(queue->filter(), Qt::Key_Escape);
    QVERIFY(queue->filter()->text().isEmpty());
    QTRY_COMPARE(queue->table()->model()->rowCount(), 2);
    QCOMPARE(QApplication::focusWidget(), queue->table());
    QVERIFY(m_session->window()->isVisible());
}

// A search in one file's answer does not leave the next file's answer looking empty.
void TestMainWindow::anotherFilesAnswerClearsTheSearch()
{
    storeSecret(token);
    MainWindow* window = m_session->window();
    QTRY_VERIFY(window->notice().isEmpty());
    drop({QUrl::fromLocalFile(writeFile(u"answers/sunrise.txt"_s, "one\n")),
          QUrl::fromLocalFile(writeFile(u"answers/moonrise.txt"_s, "two\n"))});
    QTRY_COMPARE(m_session->model()->rowCount(), 2);
    uploadAllWithKeyboard();

    QTableView* table = window->queueView()->table();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_I, Qt::ControlModifier);
    auto* tree = window->inspector()->findChild<QTreeView*>();
    QLineEdit* search = nullptr;
    for (QLineEdit* field : window->inspector()->findChildren<QLineEdit*>()) {
        if (field->accessibleName() == u"Search the answer"_s)
            search = field;
    }
    QVERIFY(search);
    const QString first = table->model()->index(0, QueueModel::NameColumn).data().toString();
    QTest::keyClicks(search, first);
    QTRY_VERIFY(tree->model()->rowCount() > 0);
    table->selectRow(1);
    QTRY_VERIFY(search->text().isEmpty());
    QVERIFY(window->inspector()->summary().contains(u"201 Created"_s));
    QVERIFY(tree->model()->rowCount() > 1);
}

// The Request tab's menu: Copy as curl puts the shown file's request on the clipboard, its token left to
// $HOIST_SECRET (TestCurlCommand runs such a command against the emulator).
void TestMainWindow::requestCopiesAsCurlWithoutItsSecret()
{
    storeSecret(token);
    MainWindow* window = m_session->window();
    QTRY_VERIFY(window->notice().isEmpty());
    drop({QUrl::fromLocalFile(writeFile(u"curl/poster.png"_s, "\x89PNG\r\n\x1a\n"))});
    window->queueView()->table()->selectRow(0);
    UploadTask* task = window->queueView()->currentTask();
    QVERIFY(task);
    auto* preview = window->findChild<QPlainTextEdit*>(u"requestPreview"_s);
    QVERIFY(preview);
    QGuiApplication::clipboard()->clear();
    // The menu blocks in exec(): choose the entry with the keyboard once it is open ("&Copy" shares its C).
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&poll] {
        if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
            poll.stop();
            for (QAction* entry : menu->actions()) {
                if (entry->text() == u"Copy as &curl"_s)
                    menu->setActiveAction(entry);
            }
            QTest::keyClick(menu, Qt::Key_Return);
        }
    });
    poll.start(20);
    emit preview->customContextMenuRequested(QPoint(5, 5));

    const QString command = QGuiApplication::clipboard()->text();
    QCOMPARE(command, CurlCommand::fromPlan(task->plan()));
    QVERIFY2(command.startsWith(u"curl "_s) && command.contains(u"poster.png"_s), qPrintable(command));
    QVERIFY2(command.contains(u"${HOIST_SECRET}"_s) && !command.contains(token), qPrintable(command));
    QVERIFY2(window->statusBar()->currentMessage().contains(u"HOIST_SECRET"_s),
             qPrintable(window->statusBar()->currentMessage()));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
