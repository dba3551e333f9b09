// The leak test: a whole session — a credential created in the dialog, uploads from the window and
// the command line, the answer inspected, the plan previewed, the profile saved, the credential
// tested — and then every file Hoist wrote, everything it printed and every message it logged is
// searched for the secret in the forms it could leak in. It must appear nowhere.
#include "app/profiles/ProfileStore.h"
#include "app/storage/History.h"
#include "app/storage/StorageDatabase.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/HoistProcess.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WindowInput.h"
#include "ui/CredentialEditor.h"
#include "ui/CredentialsDialog.h"
#include "ui/DesktopSession.h"
#include "ui/MainWindow.h"
#include "ui/NoticeBar.h"
#include "ui/ProfileEditor.h"
#include "ui/QueueView.h"
#include "ui/ResponseInspector.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString secret = u"hoist-test-token"_s; // what the sandbox_token emulator accepts
QStringList loggedMessages;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    loggedMessages.append(message);
    previousHandler(type, context, message);
}
} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopSession();
    void commandLineSession();
    void secretAppearsNowhere();
    void cleanupTestCase();

private:
    QByteArray hoist(const QStringList& arguments, const QByteArray& input = {});

    EmulatorClient m_server{u"sandbox_token"_s};
    QTemporaryDir m_home;
    QString m_file;
    QByteArray m_printed; // everything the hoist processes wrote to stdout and stderr
    QString m_shown;      // what the window showed: answers, notices, test results
};

void TestSecretLeaks::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the sandbox_token fixture is not running (run through ctest)");
    QVERIFY(m_home.isValid());
    QCoreApplication::setApplicationName(u"hoist"_s); // as ui/main.cpp does: the same places as the binary
    // Everything Hoist writes goes under this home; the keyring daemon keeps its own (outside it).
    HoistProcess::useHome(m_home.path());
    m_file = TestFiles::write(
        QDir::temp().filePath(u"hoist-leak-%1/report.txt"_s.arg(QCoreApplication::applicationPid())),
        "quarterly report\n");
    previousHandler = qInstallMessageHandler(recordMessage);
    m_server.clear();
}

void TestSecretLeaks::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QDir(QFileInfo(m_file).path()).removeRecursively();
    hoist({u"credentials"_s, u"delete"_s, u"sandbox"_s});
}

QByteArray TestSecretLeaks::hoist(const QStringList& arguments, const QByteArray& input)
{
    const HoistProcess::Run run =
        HoistProcess::run(arguments, input, QProcessEnvironment::systemEnvironment(), 60'000);
    if (!run.finished)
        qWarning("hoist %s did not finish", qPrintable(arguments.join(u' ')));
    const QByteArray printed = run.out.toUtf8() + run.err.toUtf8();
    m_printed += printed;
    return printed;
}

void TestSecretLeaks::desktopSession()
{
    DesktopSession session; // the user's default places, i.e. under m_home
    std::optional<Profile> sandbox = session.profiles()->load(u"Sandbox"_s, nullptr);
    QVERIFY(sandbox);
    sandbox->variables.insert(u"base"_s, m_server.base().toString());
    QVERIFY(session.profiles()->save(*sandbox, nullptr));
    MainWindow* window = session.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    // Create the credential the way a person does: from the notice, typing the secret.
    QTRY_VERIFY(!window->notice().isEmpty());
    ModalDialogs::whenOpen<CredentialEditor>([](CredentialEditor* editor) {
        QTest::keyClicks(ModalDialogs::passwordField(editor), secret);
        editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    ModalDialogs::button(window->findChild<NoticeBar*>(), u"Enter Secret…"_s)->click();
    QTRY_VERIFY(window->notice().isEmpty());

    // Look at the plan before sending, upload, inspect the answer.
    auto* table = window->queueView()->table();
    WindowInput::dropUrls(table->viewport(), {QUrl::fromLocalFile(m_file)});
    table->selectRow(0);
    QTRY_VERIFY(window->requestPreview().contains(u"Authorization: Token"_s));
    m_shown += window->requestPreview();
    QSignalSpy finished(session.queue(), &UploadQueue::finished);
    QVERIFY(WindowInput::pressCtrl(window, Qt::Key_Return));
    QVERIFY(finished.wait(20'000));
    table->selectRow(0);
    ResponseInspector* inspector = window->inspector();
    QTRY_VERIFY(inspector->summary().contains(u"201 Created"_s));
    m_shown += inspector->summary() + inspector->rawText() + window->requestPreview();

    // Save the profile from its editor, and test the credential.
    ModalDialogs::whenOpen<ProfileEditor>([](ProfileEditor* editor) {
        editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    QVERIFY(WindowInput::pressCtrl(window, Qt::Key_E));
    ModalDialogs::whenOpen<CredentialsDialog>([this](CredentialsDialog* dialog) {
        ModalDialogs::button(dialog, u"Test"_s)->click();
        QLabel* result = ModalDialogs::labelNamed(dialog, u"Test result"_s);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"✓ OK"_s), 10'000);
        m_shown += result->text();
        dialog->reject();
    });
    QVERIFY(WindowInput::pressCtrl(window, Qt::Key_K));
}

void TestSecretLeaks::commandLineSession()
{
    hoist({u"credentials"_s, u"list"_s});
    hoist({u"credentials"_s, u"list"_s, u"--json"_s});
    hoist({u"upload"_s, u"--profile"_s, u"Sandbox"_s, u"--dry-run"_s, m_file});
    hoist({u"upload"_s, u"--profile"_s, u"Sandbox"_s, u"--dry-run"_s, u"--json"_s, m_file});
    const QByteArray uploaded = hoist({u"upload"_s, u"--profile"_s, u"Sandbox"_s, u"--json"_s, m_file});
    QVERIFY2(uploaded.contains("\"status\":\"succeeded\""), uploaded.constData());
    // The secret from standard input, to a URL with a hand-set auth scheme.
    const QString url = m_server.url(u"/api/media/files"_s).toString();
    hoist({u"upload"_s, u"--url"_s, url, u"--file-field"_s, u"f"_s, u"--auth"_s, u"token"_s,
           u"--secret-stdin"_s, u"--json"_s, m_file},
          secret.toUtf8() + '\n');
    // A hostile server echoes the credential back in its refusal: the history keeps the answer, scrubbed.
    const QString echo = u"{\"detail\": \"bad token: "_s + secret + u"\", \"echo\": \""_s +
                         QString::fromLatin1(secret.toUtf8().toBase64()) + u"\"}"_s;
    m_server.addFault(
        {{u"kind"_s, u"status"_s}, {u"status"_s, 401}, {u"method"_s, u"POST"_s}, {u"body"_s, echo}});
    const QByteArray refused = hoist({u"upload"_s, u"--profile"_s, u"Sandbox"_s, u"--json"_s, m_file});
    QVERIFY2(refused.contains("\"http_status\":401"), refused.constData());
    hoist({u"history"_s});
    hoist({u"history"_s, u"--json"_s});
}

void TestSecretLeaks::secretAppearsNowhere()
{
    // The secret was really used: the server got it on every upload and on the Test request.
    const QJsonArray requests = m_server.requests();
    QCOMPARE(requests.size(), 5); // window upload, Test GET, three command-line uploads
    for (const QJsonValue& request : requests)
        QCOMPARE(request[u"headers"_s][u"authorization"_s].toString(), u"Token "_s + secret);

    const QByteArray raw = secret.toUtf8();
    const QList<QByteArray> forms{
        raw, raw.toBase64(), QUrl::toPercentEncoding(secret),
        QByteArray(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2)};
    int scanned = 0;
    const QStringList found = TestFiles::filesContaining(m_home.path(), forms, &scanned);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; "_s)));
    // Not a vacuous search: the settings (credential index) and the saved profile are among them.
    QVERIFY(scanned >= 2);
    QVERIFY(QFile::exists(m_home.filePath(u".config/hoist/hoist.conf"_s)));
    QVERIFY(QFile::exists(m_home.filePath(u".config/hoist/profiles/Sandbox.json"_s)));
    // The database among them, holding every attempt with its answer, the echoed secret scrubbed.
    StorageDatabase database(m_home.filePath(u".local/share/hoist/hoist.sqlite"_s));
    QCOMPARE(database.report().opening, StorageDatabase::Opening::Opened);
    const QList<HistoryRecord> records = History(database).find({});
    QCOMPARE(records.size(), 4);
    const std::optional<HistoryRecord> echoed = History(database).record(records.constFirst().id);
    QVERIFY(echoed && echoed->httpStatus == 401);
    QVERIFY2(echoed->body.contains("bad token: ••••••"), echoed->body.constData());
    QVERIFY(m_printed.contains("Sandbox") && m_printed.contains("Authorization: Token"));

    for (const QByteArray& form : forms) {
        QVERIFY2(!m_printed.contains(form),
                 m_printed.mid(qMax(0, int(m_printed.indexOf(form)) - 300), 400).constData());
        QVERIFY2(!m_shown.toUtf8().contains(form), qPrintable(m_shown));
        QVERIFY2(!loggedMessages.join(u'\n').toUtf8().contains(form), qPrintable(loggedMessages.join(u'\n')));
    }
}

QTEST_MAIN(TestSecretLeaks)
#include "TestSecretLeaks.moc"
