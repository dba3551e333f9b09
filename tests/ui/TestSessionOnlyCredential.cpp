// With no keychain at all (CTest points D-Bus at nowhere): saving a credential says so plainly and
// offers to keep the secret for this session only; uploads then work, nothing is written to disk,
// and the next start asks again.
#include "app/credentials/CredentialStore.h"
#include "app/profiles/ProfileStore.h"
#include "app/transfers/QueueModel.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/TestFiles.h"
#include "ui/CredentialEditor.h"
#include "ui/DesktopSession.h"
#include "ui/MainWindow.h"
#include "ui/NoticeBar.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString secret = u"hoist-test-token"_s;
}

class TestSessionOnlyCredential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainMissingOffersSessionOnly();

private:
    std::unique_ptr<DesktopSession> startSession();

    EmulatorClient m_server{u"sandbox_token"_s};
    QTemporaryDir m_dir;
};

void TestSessionOnlyCredential::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the sandbox_token fixture is not running (run through ctest)");
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s),
             "CTest runs this test with no usable D-Bus session");
    QVERIFY(m_dir.isValid());
    m_server.clear();
}

std::unique_ptr<DesktopSession> TestSessionOnlyCredential::startSession()
{
    auto session = std::make_unique<DesktopSession>(
        m_dir.filePath(u"profiles"_s), m_dir.filePath(u"hoist.conf"_s), m_dir.filePath(u"hoist.sqlite"_s));
    std::optional<Profile> sandbox = session->profiles()->load(u"Sandbox"_s, nullptr);
    sandbox->variables.insert(u"base"_s, m_server.base().toString());
    session->profiles()->save(*sandbox, nullptr);
    session->window()->show();
    return session;
}

void TestSessionOnlyCredential::keychainMissingOffersSessionOnly()
{
    std::unique_ptr<DesktopSession> session = startSession();
    MainWindow* window = session->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(!window->notice().isEmpty());

    QString question;
    ModalDialogs::whenOpen<CredentialEditor>([&question](CredentialEditor* editor) {
        QTest::keyClicks(ModalDialogs::passwordField(editor), secret);
        ModalDialogs::whenOpen<QMessageBox>([&question](QMessageBox* box) {
            question = box->text() + u'\n' + box->informativeText();
            ModalDialogs::button(box, u"Keep for This Session"_s)->click();
        });
        editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    ModalDialogs::button(window->findChild<NoticeBar*>(), u"Enter Secret…"_s)->click();
    QVERIFY2(question.contains(u"No keychain is available"_s) && question.contains(u"Secret Service"_s) &&
                 question.contains(u"until it quits"_s),
             qPrintable(question));
    QVERIFY(session->credentials()->isSessionOnly(u"sandbox"_s));
    QTRY_VERIFY(window->notice().isEmpty());

    const QString file = TestFiles::write(m_dir.filePath(u"files/session.txt"_s), "kept in memory only\n");
    window->addPaths({file});
    QTRY_COMPARE(session->model()->index(0, QueueModel::StatusColumn).data().toString(), u"Queued"_s);
    QSignalSpy finished(session->queue(), &UploadQueue::finished);
    session->queue()->start();
    QVERIFY(finished.wait(20'000));
    QCOMPARE(session->model()->index(0, QueueModel::StatusColumn).data().toString(), u"Done"_s);
    const QJsonArray received = m_server.uploads();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0)[u"headers"_s][u"authorization"_s].toString(), u"Token "_s + secret);

    // Nothing on disk knows the secret, and the next start does not know the credential.
    int scanned = 0;
    const QStringList found = TestFiles::filesContaining(m_dir.path(), {secret.toUtf8()}, &scanned);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; "_s)));
    QVERIFY(scanned >= 2); // at least the uploaded file and the saved profile
    session.reset();
    session = startSession();
    QVERIFY(!session->credentials()->find(u"sandbox"_s));
    QTRY_VERIFY(session->window()->notice().contains(u"not set up yet"_s));
}

QTEST_MAIN(TestSessionOnlyCredential)
#include "TestSessionOnlyCredential.moc"
