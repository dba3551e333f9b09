// The desktop app's runs and destinations: a file keeps the profile it was queued under (a retry
// goes there, with values corrected after a refusal), a run ends when nothing is left so files added
// later wait for Start, and quitting while files are being sent asks first.
#include "app/credentials/CredentialStore.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileStore.h"
#include "app/storage/History.h"
#include "app/storage/Journal.h"
#include "app/storage/StorageDatabase.h"
#include "app/transfers/QueueModel.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/SandboxProfile.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WindowInput.h"
#include "ui/DesktopSession.h"
#include "ui/ItemEditor.h"
#include "ui/MainWindow.h"
#include "ui/QueueView.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQueueRuns : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filesAddedAfterARunWaitForStart();
    void startBeforeAFolderIsReadWaitsForItsFiles();
    void retryGoesWhereTheFileWasQueued();
    void refusedValuesAreFixedAndRetried();
    void typedValuesFollowTheirFileWhenAnotherIsSelected();
    void bulkEditLeavesDifferingValuesAlone();
    void fileTypeIsShownAndChangedPerFile();
    void quittingWhileSendingAsksFirst();
    void quitAndStartAgainBringsTheQueueBackPaused();
    void fileUploadedBeforeWaitsForTheUsersWord();
    void aBigQueueComesBackWhileTheWindowAnswers();
    void damagedOrNewerDatabaseIsMovedAsideWithAMessage_data();
    void damagedOrNewerDatabaseIsMovedAsideWithAMessage();

private:
    void saveProfile(const QString& name, const QString& query);
    void choose(const QString& profile);
    UploadTask* add(const QString& name, const QByteArray& content = "some bytes\n");
    void runToTheEnd();
    void startSession();
    QAction* action(const QString& text) const;
    bool triggerOnFirstRow(const QString& text) const; // false: the action is missing or disabled
    QLineEdit* nameField() const;                      // Edit File Values: the form, shown

    EmulatorClient m_server{u"sandbox"_s};
    EmulatorClient m_mayan{u"mayan"_s}; // strict like DRF: a label over 255 characters is refused
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DesktopSession> m_session;
};

void TestQueueRuns::initTestCase()
{
    QVERIFY2(m_server.isValid() && m_mayan.isValid(),
             "the sandbox and mayan fixtures are not running (run through ctest)");
}

void TestQueueRuns::init()
{
    m_server.clear();
    m_mayan.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startSession();
    saveProfile(u"Library A"_s, u"a"_s);
    saveProfile(u"Library B"_s, u"b"_s);
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
    choose(u"Library A"_s);
}

// Everything the app keeps lives in this test's directory: starting again is a restart.
void TestQueueRuns::startSession()
{
    m_session.reset();
    // These runs are about the queue; TestLibraryDelivery and TestLibraryWindow search the library.
    QSettings(m_dir->filePath(u"hoist.conf"_s), QSettings::IniFormat)
        .setValue(MainWindow::LookBeforeUploadKey, false);
    m_session = std::make_unique<DesktopSession>(
        m_dir->filePath(u"profiles"_s), m_dir->filePath(u"hoist.conf"_s), m_dir->filePath(u"hoist.sqlite"_s));
}

void TestQueueRuns::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

// The open sandbox; the query tells in the server's log which profile a request was sent with.
void TestQueueRuns::saveProfile(const QString& name, const QString& query)
{
    Profile profile = openSandboxProfile(m_server.base());
    profile.name = name;
    profile.query.append({u"via"_s, query});
    QString error;
    QVERIFY2(m_session->profiles()->save(profile, &error), qPrintable(error));
}

void TestQueueRuns::choose(const QString& profile)
{
    auto* box = m_session->window()->findChild<QComboBox*>();
    QVERIFY(box);
    box->setCurrentIndex(box->findText(profile));
    QCOMPARE(m_session->queue()->profile().name, profile);
}

UploadTask* TestQueueRuns::add(const QString& name, const QByteArray& content)
{
    const QString path = TestFiles::write(m_dir->filePath(name), content);
    WindowInput::dropUrls(m_session->window()->queueView()->table()->viewport(), {QUrl::fromLocalFile(path)});
    return m_session->queue()->taskFor(path);
}

void TestQueueRuns::runToTheEnd()
{
    QSignalSpy finished(m_session->queue(), &UploadQueue::finished);
    QVERIFY(WindowInput::pressCtrl(m_session->window(), Qt::Key_Return));
    QVERIFY(!finished.isEmpty() || finished.wait(20'000));
}

QAction* TestQueueRuns::action(const QString& text) const
{
    for (QAction* candidate : m_session->window()->findChildren<QAction*>()) {
        if (candidate->text().remove(u'&') == text)
            return candidate;
    }
    return nullptr;
}

bool TestQueueRuns::triggerOnFirstRow(const QString& text) const
{
    QTableView* table = m_session->window()->queueView()->table();
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QAction* found = action(text);
    if (!found || !found->isEnabled())
        return false;
    found->trigger();
    return true;
}

QLineEdit* TestQueueRuns::nameField() const
{
    QAction* edit = action(u"Edit File Values"_s);
    if (!edit)
        return nullptr;
    edit->trigger();
    QLineEdit* name = m_session->window()->itemEditor()->field(u"name"_s);
    return name && name->isVisible() ? name : nullptr;
}

void TestQueueRuns::filesAddedAfterARunWaitForStart()
{
    QVERIFY(add(u"first.txt"_s));
    runToTheEnd();
    QCOMPARE(m_server.uploads().size(), 1);

    // An editor clears the list and drops the folder again: nothing goes out on its own.
    UploadTask* later = add(u"later.txt"_s);
    QVERIFY(later);
    QCOMPARE(later->state(), UploadTask::State::Queued);
    QVERIFY(!m_session->queue()->isRunning());
    QCOMPARE(m_server.uploads().size(), 1);
    runToTheEnd();
    QCOMPARE(later->state(), UploadTask::State::Succeeded);

    QAction* startWhenAdded = action(u"Upload Files as Soon as They Are Added"_s);
    QVERIFY(startWhenAdded && startWhenAdded->isCheckable() && !startWhenAdded->isChecked());
    startWhenAdded->trigger();
    QSignalSpy finished(m_session->queue(), &UploadQueue::finished);
    UploadTask* eager = add(u"eager.txt"_s);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(eager->state(), UploadTask::State::Succeeded);
    QCOMPARE(m_server.uploads().size(), 3);
}

void TestQueueRuns::startBeforeAFolderIsReadWaitsForItsFiles()
{
    for (const QString& name : {u"one"_s, u"two"_s, u"three"_s})
        TestFiles::write(m_dir->filePath(u"folder/"_s + name + u".txt"_s), name.toUtf8());
    QSignalSpy finished(m_session->queue(), &UploadQueue::finished);
    WindowInput::dropUrls(m_session->window()->queueView()->table()->viewport(),
                          {QUrl::fromLocalFile(m_dir->filePath(u"folder"_s))});
    m_session->queue()->start(); // before the event loop delivered a single file of the walk
    QCOMPARE(m_session->queue()->tasks().size(), 0);

    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_session->queue()->count(UploadTask::State::Succeeded), 3);
    QCOMPARE(m_server.uploads().size(), 3);
}

void TestQueueRuns::retryGoesWhereTheFileWasQueued()
{
    m_server.addFault({{u"kind"_s, u"status"_s}, {u"status"_s, 400}, {u"body"_s, u"{\"detail\":\"no\"}"_s}});
    UploadTask* task = add(u"retried.txt"_s);
    runToTheEnd();
    QCOMPARE(task->state(), UploadTask::State::Failed);
    QueueModel* model = m_session->model();
    QCOMPARE(model->index(0, QueueModel::DestinationColumn).data().toString(), u"Library A"_s);

    choose(u"Library B"_s); // the choice for new files; the failed one still belongs to A
    QCOMPARE(model->index(0, QueueModel::DestinationColumn).data().toString(), u"Library A"_s);
    QSignalSpy finished(m_session->queue(), &UploadQueue::finished);
    QVERIFY(triggerOnFirstRow(u"Retry"_s));
    QVERIFY(finished.wait(20'000));

    QCOMPARE(task->state(), UploadTask::State::Succeeded);
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 2);
    for (const QJsonValue& request : received)
        QCOMPARE(request.toObject().value(u"query_string"_s).toString(), u"via=a"_s);
}

// Mayan refuses a label over 255 characters: the failed file's name is corrected in File Values
// (Enter applies it), nothing goes out on its own, and Retry sends the corrected name.
void TestQueueRuns::refusedValuesAreFixedAndRetried()
{
    Profile mayan = *PresetCatalogue::find(u"mayan"_s);
    mayan.name = u"Documents"_s;
    mayan.variables.insert(u"base"_s, m_mayan.base().toString());
    mayan.variables.insert(u"documentType"_s, u"1"_s);
    QString error;
    QVERIFY2(m_session->profiles()->save(mayan, &error), qPrintable(error));
    const Secret secret{u"hoist"_s, u"hoist-mayan-password"_s};
    m_session->credentials()->keepForSession(
        {mayan.auth.credential, Credential::kindFor(mayan.auth.scheme), secret.user, {}}, secret);
    choose(mayan.name);
    QTRY_COMPARE(m_session->queue()->destination(mayan.name)->secret.value, secret.value);

    UploadTask* task = add(u"contract.pdf"_s, "%PDF-1.4\n");
    QVERIFY(task);
    m_session->queue()->setMetadata(task->id(), {{u"name"_s, QString(256, u'x')}});
    runToTheEnd();
    QCOMPARE(task->state(), UploadTask::State::Failed);
    QCOMPARE(task->response().status, 400);
    QVERIFY2(task->response().body.contains("Ensure this field has no more than 255 characters."),
             task->response().body.constData());

    m_session->window()->queueView()->table()->selectRow(0);
    QLineEdit* name = nameField();
    QVERIFY(name && name->isEnabled());
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, u"Contract 2026"_s);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(task->item().metadata.value(u"name"_s), u"Contract 2026"_s);
    QCOMPARE(task->state(), UploadTask::State::Failed); // corrected, not sent on its own

    QSignalSpy finished(m_session->queue(), &UploadQueue::finished);
    QVERIFY(triggerOnFirstRow(u"Retry"_s));
    QVERIFY(finished.wait(20'000));
    QCOMPARE(task->state(), UploadTask::State::Succeeded);
    QStringList labels;
    for (const QJsonValue& request : m_mayan.uploads()) {
        if (request.toObject().value(u"path"_s).toString() != u"/api/v4/documents/upload/"_s)
            continue;
        for (const QJsonValue& part : EmulatorClient::parts(request)) {
            if (part.toObject().value(u"name"_s).toString() == u"label"_s)
                labels.append(part.toObject().value(u"value"_s).toString());
        }
    }
    QCOMPARE(labels, (QStringList{QString(256, u'x'), u"Contract 2026"_s}));
}

// A name typed and not applied goes to its own file when another row is selected, not to the new one.
void TestQueueRuns::typedValuesFollowTheirFileWhenAnotherIsSelected()
{
    UploadTask* first = add(u"first.txt"_s);
    UploadTask* second = add(u"second.txt"_s);
    QVERIFY(first && second);
    QueueView* view = m_session->window()->queueView();
    view->table()->selectRow(0);
    QCOMPARE(view->currentTask(), first);
    QLineEdit* name = nameField();
    QVERIFY(name);
    name->setFocus();
    QTest::keyClicks(name, u"Typed for the first"_s);

    view->table()->selectRow(1);
    QCOMPARE(view->currentTask(), second);
    QCOMPARE(first->item().metadata.value(u"name"_s), u"Typed for the first"_s);
    QVERIFY(!second->item().metadata.contains(u"name"_s));
    QCOMPARE(name->text(), QString());
}

// Three files selected, two named differently: the name field shows "(different values)" instead of
// one file's name, and what is typed in the description goes to all three, names untouched.
void TestQueueRuns::bulkEditLeavesDifferingValuesAlone()
{
    UploadTask* tasks[] = {add(u"a.txt"_s), add(u"b.txt"_s), add(u"c.txt"_s)};
    QVERIFY(tasks[0] && tasks[1] && tasks[2]);
    m_session->queue()->setMetadata(tasks[0]->id(), {{u"name"_s, u"Alpha"_s}});
    m_session->queue()->setMetadata(tasks[1]->id(), {{u"name"_s, u"Beta"_s}});
    QTableView* table = m_session->window()->queueView()->table();
    table->setFocus();
    table->selectAll();
    QLineEdit* name = nameField();
    QVERIFY(name);
    QCOMPARE(name->text(), QString());
    QCOMPARE(name->placeholderText(), u"(different values)"_s);
    QLineEdit* description = m_session->window()->itemEditor()->field(u"description"_s);
    QVERIFY(description && description->text().isEmpty());
    description->setFocus();
    QTest::keyClicks(description, u"Spring campaign"_s);
    QTest::keyClick(description, Qt::Key_Return);

    const QString names[] = {u"Alpha"_s, u"Beta"_s, QString()};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(tasks[i]->item().metadata.value(u"name"_s), names[i]);
        QCOMPARE(tasks[i]->item().metadata.value(u"description"_s), u"Spring campaign"_s);
    }
    runToTheEnd();
    const QJsonArray uploads = m_server.uploads();
    QCOMPARE(uploads.size(), 3);
    QStringList received;
    for (const QJsonValue& upload : uploads) {
        for (const QJsonValue& part : EmulatorClient::parts(upload)) {
            const QJsonObject field = part.toObject();
            if (field.value(u"name"_s) == u"name"_s || field.value(u"name"_s) == u"description"_s)
                received.append(field.value(u"value"_s).toString());
        }
    }
    received.sort();
    QCOMPARE(received, (QStringList{u"Alpha"_s, u"Beta"_s, u"Spring campaign"_s, u"Spring campaign"_s,
                                    u"Spring campaign"_s, u"c.txt"_s}));
}

// The row shows the type the server will be told; File Values changes it for one file, and a value that
// is no type (it would end the part's header) is refused before anything is sent.
void TestQueueRuns::fileTypeIsShownAndChangedPerFile()
{
    UploadTask* notes = add(u"notes.txt"_s, "# Heading\n");
    UploadTask* other = add(u"other.txt"_s, "plain\n");
    QVERIFY(notes && other);
    QueueModel* model = m_session->model();
    QCOMPARE(model->index(0, QueueModel::TypeColumn).data().toString(), u"text/plain"_s);

    QTableView* table = m_session->window()->queueView()->table();
    table->setFocus();
    table->selectRow(0);
    QVERIFY(nameField());
    QLineEdit* type = m_session->window()->itemEditor()->field(UploadItem::contentTypeKey());
    QVERIFY(type && type->isVisible() && type->text().isEmpty());
    type->setFocus();
    type->insert(u"text/x-bad\r\nX-Injected: 1"_s); // as pasted
    QTest::keyClick(type, Qt::Key_Return);
    QCOMPARE(notes->state(), UploadTask::State::Blocked);
    QVERIFY2(notes->message().contains(u"is not a file type"_s), qPrintable(notes->message()));

    type->clear();
    QTest::keyClicks(type, u"text/markdown"_s);
    QTest::keyClick(type, Qt::Key_Return);
    QCOMPARE(notes->state(), UploadTask::State::Queued);
    QCOMPARE(model->index(0, QueueModel::TypeColumn).data().toString(), u"text/markdown"_s);
    QCOMPARE(model->index(1, QueueModel::TypeColumn).data().toString(), u"text/plain"_s);

    runToTheEnd();
    QStringList types;
    for (const QJsonValue& upload : m_server.uploads()) {
        for (const QJsonValue& part : EmulatorClient::parts(upload)) {
            if (!part.toObject().value(u"filename"_s).toString().isEmpty())
                types.append(part.toObject().value(u"content_type"_s).toString());
        }
    }
    types.sort();
    QCOMPARE(types, (QStringList{u"text/markdown"_s, u"text/plain"_s}));
}

void TestQueueRuns::quittingWhileSendingAsksFirst()
{
    m_server.addFault({{u"kind"_s, u"slow"_s}, {u"bytes_per_sec"_s, 64 * 1024}});
    UploadTask* task = add(u"big.bin"_s, QByteArray(4 * 1024 * 1024, 'x'));
    QVERIFY(WindowInput::pressCtrl(m_session->window(), Qt::Key_Return));
    QTRY_COMPARE(task->state(), UploadTask::State::Uploading);

    QString asked;
    ModalDialogs::whenOpen<QMessageBox>([&](QMessageBox* question) {
        asked = question->text();
        QPushButton* keep = ModalDialogs::button(question, u"Keep Uploading"_s);
        QVERIFY(keep);
        keep->click();
    });
    QVERIFY(WindowInput::pressCtrl(m_session->window(), Qt::Key_Q));
    QVERIFY2(asked.startsWith(u"1 file"_s) && asked.endsWith(u"being sent. Quit anyway?"_s),
             qPrintable(asked));
    QVERIFY(m_session->window()->isVisible());
    QCOMPARE(task->state(), UploadTask::State::Uploading);

    ModalDialogs::whenOpen<QMessageBox>([](QMessageBox* question) {
        QPushButton* quit = ModalDialogs::button(question, u"Quit"_s);
        QVERIFY(quit);
        quit->click();
    });
    QVERIFY(WindowInput::pressCtrl(m_session->window(), Qt::Key_Q));
    QVERIFY(!m_session->window()->isVisible());
}

void TestQueueRuns::quitAndStartAgainBringsTheQueueBackPaused()
{
    m_session->queue()->setConcurrency(1); // the faults below meet the files in this order
    UploadTask* refused = add(u"refused.txt"_s);
    UploadTask* unanswered = add(u"unanswered.txt"_s);
    UploadTask* stored = add(u"stored.txt"_s);
    QVERIFY(refused && unanswered && stored);
    m_session->queue()->setMetadata(refused->id(), {{u"name"_s, u"Refused, named by hand"_s}});
    m_server.addFault({{u"kind"_s, u"status"_s}, {u"status"_s, 400}, {u"method"_s, u"POST"_s}});
    m_server.addFault({{u"kind"_s, u"drop_after_body"_s}, {u"method"_s, u"POST"_s}});
    // The library cannot be asked either: the outcome stays unknown.
    m_server.addFault({{u"kind"_s, u"status"_s}, {u"status"_s, 503}, {u"method"_s, u"GET"_s}});
    runToTheEnd();
    QCOMPARE(refused->state(), UploadTask::State::Failed);
    QVERIFY2(unanswered->state() == UploadTask::State::Unknown, qPrintable(unanswered->message()));
    QCOMPARE(stored->state(), UploadTask::State::Succeeded);
    UploadTask* waiting = add(u"waiting.txt"_s);
    QVERIFY(waiting);
    m_session->queue()->setMetadata(waiting->id(), {{u"description"_s, u"Kept for tomorrow"_s}});
    const QList<QUuid> uuids{refused->uuid(), unanswered->uuid(), waiting->uuid()};
    const QString unknownMessage = unanswered->message();
    QCOMPARE(m_server.uploads().size(), 3);

    startSession();
    m_session->window()->show();
    UploadQueue* queue = m_session->queue();
    QTRY_COMPARE(queue->tasks().size(), 3); // the upload that succeeded is done with
    const QList<UploadTask*> tasks = queue->tasks();
    QCOMPARE(tasks.at(0)->uuid(), uuids.at(0));
    QCOMPARE(tasks.at(0)->state(), UploadTask::State::Failed);
    QCOMPARE(tasks.at(0)->item().metadata.value(u"name"_s), u"Refused, named by hand"_s);
    QCOMPARE(tasks.at(0)->destination(), u"Library A"_s);
    QCOMPARE(tasks.at(1)->uuid(), uuids.at(1));
    QCOMPARE(tasks.at(1)->state(), UploadTask::State::Unknown);
    QCOMPARE(tasks.at(1)->message(), unknownMessage);
    QCOMPARE(tasks.at(2)->uuid(), uuids.at(2));
    QCOMPARE(tasks.at(2)->state(), UploadTask::State::Queued);
    QCOMPARE(tasks.at(2)->item().metadata.value(u"description"_s), u"Kept for tomorrow"_s);
    // Paused: nothing goes out by surprise, and the rows show it.
    QVERIFY(!queue->isRunning());
    QTest::qWait(0);
    QCOMPARE(m_server.uploads().size(), 3);
    QCOMPARE(m_session->model()->rowCount(), 3);

    // The history kept one record per attempt, the restart added none.
    const QList<HistoryRecord> records = m_session->history()->find({});
    QCOMPARE(records.size(), 3);
    QStringList states;
    for (const HistoryRecord& record : records)
        states.append(record.fileName() + u':' + HistoryRecord::stateName(record.state));
    states.sort();
    QCOMPARE(states,
             (QStringList{u"refused.txt:failed"_s, u"stored.txt:succeeded"_s, u"unanswered.txt:unknown"_s}));

    // Start sends what waits, to where it was queued, with its values; Retry sends the rest.
    runToTheEnd();
    QCOMPARE(m_server.uploads().size(), 4);
    const QJsonObject sent = m_server.uploads().last().toObject();
    QCOMPARE(sent.value(u"query_string"_s).toString(), u"via=a"_s);
    QCOMPARE(tasks.at(2)->state(), UploadTask::State::Succeeded);
    QCOMPARE(tasks.at(0)->state(), UploadTask::State::Failed);
}

void TestQueueRuns::fileUploadedBeforeWaitsForTheUsersWord()
{
    const QString path = TestFiles::write(m_dir->filePath(u"poster.png"_s), "the poster\n");
    const auto drop = [this, &path] {
        WindowInput::dropUrls(m_session->window()->queueView()->table()->viewport(),
                              {QUrl::fromLocalFile(path)});
        return m_session->queue()->taskFor(path);
    };
    UploadTask* first = drop();
    QVERIFY(first);
    runToTheEnd();
    QCOMPARE(first->state(), UploadTask::State::Succeeded);
    const QString id = first->field(u"id"_s);
    QVERIFY(!id.isEmpty());
    m_session->queue()->clearFinished();

    // Dropped again, unchanged: held with the earlier upload named, and Start sends nothing.
    UploadTask* again = drop();
    QVERIFY(again);
    QCOMPARE(again->state(), UploadTask::State::Blocked);
    QVERIFY(again->earlierUpload());
    QCOMPARE(again->earlierUpload()->id, id);
    QVERIFY2(again->message().contains(id), qPrintable(again->message()));
    QCOMPARE(again->stateText(), u"Uploaded before"_s);
    runToTheEnd();
    QCOMPARE(m_server.uploads().size(), 1);

    // Upload Anyway, from the row's menu: it goes, once.
    QVERIFY(triggerOnFirstRow(u"Upload Anyway"_s));
    QCOMPARE(again->state(), UploadTask::State::Queued);
    runToTheEnd();
    QCOMPARE(again->state(), UploadTask::State::Succeeded);
    QCOMPARE(m_server.uploads().size(), 2);
    m_session->queue()->clearFinished();

    // Skip is Remove; a changed file is another version and goes without asking.
    UploadTask* skipped = drop();
    QVERIFY(skipped && skipped->earlierUpload());
    m_session->queue()->remove(skipped->id());
    QVERIFY(!TestFiles::write(path, "the poster, edited\n").isEmpty());
    UploadTask* edited = drop();
    QVERIFY(edited);
    QVERIFY(!edited->earlierUpload());
    QCOMPARE(edited->state(), UploadTask::State::Queued);
}

void TestQueueRuns::aBigQueueComesBackWhileTheWindowAnswers()
{
    m_session.reset();
    constexpr int count = 1200;
    const QUuid first = QUuid::createUuid();
    {
        StorageDatabase database(m_dir->filePath(u"hoist.sqlite"_s));
        Journal journal(database, QString(DesktopSession::QueueName));
        for (int i = 0; i < count; ++i) {
            JournalEntry entry;
            entry.uuid = i == 0 ? first : QUuid::createUuid();
            entry.path = TestFiles::write(m_dir->filePath(u"big/%1.txt"_s.arg(i)), "queued yesterday\n");
            entry.size = 17;
            entry.destination = u"Library A"_s;
            journal.recordItem(entry);
        }
    }
    startSession();
    // Back a slice at a time: the event loop runs between slices, and every row arrives paused.
    QVERIFY(m_session->queue()->tasks().size() < count);
    QTRY_COMPARE(m_session->queue()->tasks().size(), count);
    QCOMPARE(m_session->queue()->count(UploadTask::State::Queued), count);
    QVERIFY(!m_session->queue()->isRunning());

    // Coming back is not a change: the journal does not grow with every start.
    m_session.reset();
    StorageDatabase database(m_dir->filePath(u"hoist.sqlite"_s));
    Journal journal(database, QString(DesktopSession::QueueName));
    QCOMPARE(journal.changes(first).size(), 1);
    QCOMPARE(journal.unfinished().size(), count);
}

void TestQueueRuns::damagedOrNewerDatabaseIsMovedAsideWithAMessage_data()
{
    QTest::addColumn<bool>("newer");
    QTest::newRow("damaged") << false;
    QTest::newRow("written by a newer Hoist") << true;
}

void TestQueueRuns::damagedOrNewerDatabaseIsMovedAsideWithAMessage()
{
    QFETCH(bool, newer);
    add(u"kept.txt"_s);
    m_session.reset();
    const QString path = m_dir->filePath(u"hoist.sqlite"_s);
    if (newer) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(db.exec(u"PRAGMA user_version = 999"_s).lastError().type() == QSqlError::NoError);
        db.close();
    } else {
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        QVERIFY(!TestFiles::write(path, QByteArray(8192, 'x')).isEmpty());
    }
    QSqlDatabase::removeDatabase(u"newer"_s);

    startSession();
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
    const QString notice = m_session->window()->notice();
    QVERIFY2(notice.contains(QFileInfo(path).fileName()), qPrintable(notice));
    QVERIFY(m_session->queue()->tasks().isEmpty());
    // The app works on a new database: an upload is recorded there.
    QVERIFY(add(u"after.txt"_s));
    runToTheEnd();
    QCOMPARE(m_session->history()->find({}).size(), 1);
    QDir moved(m_dir->path(), u"hoist.sqlite.*"_s);
    QVERIFY2(!moved.entryList(QDir::Files).isEmpty(), "the old file is kept beside the new one");
}

QTEST_MAIN(TestQueueRuns)
#include "TestQueueRuns.moc"
