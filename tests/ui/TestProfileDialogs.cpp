// The profile and credential dialogs lose no work: Enter saves after Test Upload, closing with changes
// asks first, a credential made for a profile that was not saved leaves the keychain again, a missing
// credential is said at save time; and the Profile menu duplicates, renames, deletes, imports and exports
// profiles, checked in the profile files and the window's profile box.
#include "app/credentials/CredentialStore.h"
#include "app/profiles/ProfileCodec.h"
#include "app/profiles/ProfileStore.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/SecretTool.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WindowInput.h"
#include "ui/CredentialEditor.h"
#include "ui/CredentialsDialog.h"
#include "ui/DesktopSession.h"
#include "ui/MainWindow.h"
#include "ui/ProfileEditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
const QString token = u"hoist-test-token"_s;
const QString credentialId = u"sandbox"_s; // what the built-in Sandbox preset refers to
const QString keychainService = u"Hoist"_s;

// The field a form row's label names ("Profile name:").
template <typename Field> Field* fieldLabelled(QWidget* dialog, const QString& label)
{
    for (QLabel* candidate : dialog->findChildren<QLabel*>()) {
        if (candidate->text().remove(u'&') == label)
            return qobject_cast<Field*>(candidate->buddy());
    }
    return nullptr;
}

// Answers the question the next modal message box asks with `button`; what it asked, once it did.
std::shared_ptr<QString> answer(QMessageBox::StandardButton button)
{
    auto asked = std::make_shared<QString>();
    ModalDialogs::whenOpen<QMessageBox>([asked, button](QMessageBox* box) {
        *asked = box->text();
        box->button(button)->click();
    });
    return asked;
}
} // namespace

class TestProfileDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enterAfterTestUploadSaves();
    void closingWithChangesAsksAndWithoutDoesNot();
    void credentialEditorKeepsEnterAndAsksBeforeDiscarding();
    void credentialMadeForAnUnsavedProfileIsRemoved();
    void missingCredentialIsSaidAtSaveTime();
    void duplicateRenameAndDelete();
    void importGetsAFreeNameAndRefusesABrokenFile();
    void exportHoldsNoSecret();
    void profileMenuIsKeyboardReachableAndButtonsSayWhatTheyDo();

private:
    void startSession();
    void storeSecret(const QString& id);
    QString profileFile(const QString& name) const;
    QByteArray profileBytes(const QString& name) const;
    QStringList profileFiles() const;
    QComboBox* profileBox() const;
    QStringList boxItems() const;
    void trigger(const QString& actionText);
    void editProfile(std::function<void(ProfileEditor*)> act);

    EmulatorClient m_server{u"sandbox_token"_s};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DesktopSession> m_session;
};

void TestProfileDialogs::initTestCase()
{
    QVERIFY2(m_server.isValid(), "the sandbox_token fixture is not running (run through ctest)");
}

void TestProfileDialogs::init()
{
    m_server.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startSession();
    std::optional<Profile> sandbox = m_session->profiles()->load(u"Sandbox"_s, nullptr);
    QVERIFY(sandbox);
    sandbox->variables.insert(u"base"_s, m_server.base().toString());
    QString error;
    QVERIFY2(m_session->profiles()->save(*sandbox, &error), qPrintable(error));
}

void TestProfileDialogs::startSession()
{
    QSettings(m_dir->filePath(u"hoist.conf"_s), QSettings::IniFormat)
        .setValue(MainWindow::LookBeforeUploadKey, false);
    m_session = std::make_unique<DesktopSession>(
        m_dir->filePath(u"profiles"_s), m_dir->filePath(u"hoist.conf"_s), m_dir->filePath(u"hoist.sqlite"_s));
    m_session->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_session->window()));
}

void TestProfileDialogs::cleanup()
{
    if (m_session) {
        for (const QString& id : {credentialId, u"orphan-test"_s, u"chosen-test"_s})
            m_session->credentials()->removeNow(id);
    }
    m_session.reset();
    m_dir.reset();
}

void TestProfileDialogs::storeSecret(const QString& id)
{
    const CredentialError error =
        m_session->credentials()->saveNow({id, Credential::Kind::Token, {}, {}}, {{}, token});
    QVERIFY2(!error.isError(), qPrintable(error.message));
}

QString TestProfileDialogs::profileFile(const QString& name) const
{
    return m_session->profiles()->directory() + u'/' +
           QString::fromLatin1(QUrl::toPercentEncoding(name, " ")) + u".json"_s;
}

QByteArray TestProfileDialogs::profileBytes(const QString& name) const
{
    QFile file(profileFile(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList TestProfileDialogs::profileFiles() const
{
    return QDir(m_session->profiles()->directory()).entryList(QDir::Files, QDir::Name);
}

QComboBox* TestProfileDialogs::profileBox() const
{
    for (QComboBox* box : m_session->window()->findChildren<QComboBox*>()) {
        if (box->accessibleName() == u"Profile"_s)
            return box;
    }
    return nullptr;
}

QStringList TestProfileDialogs::boxItems() const
{
    QStringList items;
    for (int row = 0; row < profileBox()->count(); ++row)
        items.append(profileBox()->itemText(row));
    return items;
}

// The Profile menu's action, as a click on it does it.
void TestProfileDialogs::trigger(const QString& actionText)
{
    for (QAction* action : m_session->window()->menuBar()->findChildren<QAction*>()) {
        if (action->text().remove(u'&') == actionText) {
            action->trigger();
            return;
        }
    }
    QFAIL(qPrintable(u"no action "_s + actionText));
}

void TestProfileDialogs::editProfile(std::function<void(ProfileEditor*)> act)
{
    bool opened = false;
    ModalDialogs::whenOpen<ProfileEditor>([&opened, act](ProfileEditor* editor) {
        opened = true;
        act(editor);
    });
    QVERIFY(WindowInput::pressCtrl(m_session->window(), Qt::Key_E));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(opened);
}

// Test Upload takes the focus from whoever clicks it; Enter afterwards still saves.
void TestProfileDialogs::enterAfterTestUploadSaves()
{
    storeSecret(credentialId);
    editProfile([](ProfileEditor* editor) {
        auto* wait = fieldLabelled<QSpinBox>(editor, u"Wait for the answer:"_s);
        QVERIFY(wait);
        wait->setValue(42);
        QPushButton* test = ModalDialogs::button(editor, u"Test Upload"_s);
        QLabel* result = ModalDialogs::labelNamed(editor, u"Test upload result"_s);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && result->text().startsWith(u"✓"_s), 15'000);
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!editor->isVisible());
        QCOMPARE(editor->result(), int(QDialog::Accepted));
    });
    QString error;
    const std::optional<Profile> saved = ProfileStore::loadFile(profileFile(u"Sandbox"_s), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->answerTimeoutSeconds, 42);
    QCOMPARE(m_server.uploads().size(), 1); // the test image, and nothing more
}

// Typing and undoing is no change: Escape closes. A real change asks: Keep Editing (from the window's
// close button) goes back with what was typed, Discard (from Escape) leaves the profile as it was.
void TestProfileDialogs::closingWithChangesAsksAndWithoutDoesNot()
{
    const QByteArray before = profileBytes(u"Sandbox"_s);
    QVERIFY(!before.isEmpty());
    editProfile([](ProfileEditor* editor) {
        auto* name = fieldLabelled<QLineEdit>(editor, u"Profile name:"_s);
        QVERIFY(name);
        name->setFocus();
        QTest::keyClick(name, Qt::Key_End); // the name is selected when the dialog opens
        QTest::keyClick(name, Qt::Key_X);
        QTest::keyClick(name, Qt::Key_Backspace);
        QTest::keyClick(editor, Qt::Key_Escape); // a question here would wait for an answer forever
        QVERIFY(!editor->isVisible());
    });

    QStringList asked;
    editProfile([&asked](ProfileEditor* editor) {
        auto* name = fieldLabelled<QLineEdit>(editor, u"Profile name:"_s);
        QVERIFY(name);
        name->setFocus();
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u" typed"_s);
        const auto keep = answer(QMessageBox::Cancel);
        editor->close();
        QTRY_VERIFY(!keep->isEmpty());
        asked.append(*keep);
        QCOMPARE(ModalDialogs::button(editor, u"Keep Editing"_s), nullptr); // the box's, not the dialog's
        QVERIFY(editor->isVisible());
        QCOMPARE(name->text(), u"Sandbox typed"_s);

        const auto discard = answer(QMessageBox::Discard);
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!discard->isEmpty());
        asked.append(*discard);
    });
    QCOMPARE(asked, QStringList(2, u"Discard changes to this profile?"_s));
    QCOMPARE(profileBytes(u"Sandbox"_s), before);
    QCOMPARE(profileFiles(), QStringList{u"Sandbox.json"_s});
    QCOMPARE(boxItems(), QStringList{u"Sandbox"_s});
}

// Enter with the focus on Cancel tries to save (and says what is missing); Escape with a typed name asks.
void TestProfileDialogs::credentialEditorKeepsEnterAndAsksBeforeDiscarding()
{
    QString problem;
    QString asked;
    ModalDialogs::whenOpen<CredentialsDialog>([&](CredentialsDialog* dialog) {
        ModalDialogs::whenOpen<CredentialEditor>([&](CredentialEditor* editor) {
            auto* buttons = editor->findChild<QDialogButtonBox*>();
            buttons->button(QDialogButtonBox::Cancel)->setFocus();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QVERIFY(editor->isVisible());
            for (QLabel* label : editor->findChildren<QLabel*>()) {
                if (label->isVisible() && label->text() == Credential::idRules())
                    problem = label->text();
            }

            QTest::keyClicks(fieldLabelled<QLineEdit>(editor, u"Name:"_s), u"typed-name"_s);
            const auto discard = answer(QMessageBox::Discard);
            QTest::keyClick(editor, Qt::Key_Escape);
            QTRY_VERIFY(!discard->isEmpty());
            asked = *discard;
            QVERIFY(!editor->isVisible());
        });
        ModalDialogs::button(dialog, u"Add…"_s)->click();
        dialog->reject();
    });
    QVERIFY(WindowInput::pressCtrl(m_session->window(), Qt::Key_K));
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(problem, Credential::idRules()); // Save's check of the empty name
    QCOMPARE(asked, u"Discard changes to this credential?"_s);
    QVERIFY(m_session->credentials()->credentials().isEmpty());
}

// A credential created from the profile editor whose profile is discarded leaves the keychain and the
// index again; the one that existed before stays, and so does one that is saved with the profile.
void TestProfileDialogs::credentialMadeForAnUnsavedProfileIsRemoved()
{
    storeSecret(credentialId);
    const auto createCredential = [](ProfileEditor* editor, const QString& id) {
        auto* chooser = editor->findChildren<QComboBox*>().value(0);
        for (QComboBox* box : editor->findChildren<QComboBox*>()) {
            if (box->accessibleName() == u"Credential"_s)
                chooser = box;
        }
        ModalDialogs::whenOpen<CredentialEditor>([id](CredentialEditor* credential) {
            auto* name = fieldLabelled<QLineEdit>(credential, u"Name:"_s);
            name->selectAll();
            QTest::keyClicks(name, id);
            QTest::keyClicks(ModalDialogs::passwordField(credential), u"new-secret"_s);
            credential->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        });
        const int create = chooser->count() - 1; // "New credential…"
        chooser->setCurrentIndex(create);
        emit chooser->activated(create);
        QCOMPARE(chooser->currentData().toString(), id);
    };

    editProfile([&](ProfileEditor* editor) {
        createCredential(editor, u"orphan-test"_s);
        QCOMPARE(SecretTool::lookup(keychainService, u"orphan-test"_s).value_or("<none>"), "new-secret");
        const auto discard = answer(QMessageBox::Discard);
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!discard->isEmpty());
    });
    QTRY_VERIFY(!m_session->credentials()->find(u"orphan-test"_s));
    QVERIFY(!CredentialIndex(m_dir->filePath(u"hoist.conf"_s)).find(u"orphan-test"_s));
    QCOMPARE(SecretTool::lookup(keychainService, u"orphan-test"_s), std::nullopt);
    QCOMPARE(SecretTool::lookup(keychainService, credentialId).value_or("<none>"), token.toUtf8());
    QVERIFY(m_session->credentials()->find(credentialId));

    editProfile([&](ProfileEditor* editor) {
        createCredential(editor, u"chosen-test"_s);
        ModalDialogs::button(editor, u"Save"_s)->click();
    });
    QCOMPARE(m_session->profiles()->load(u"Sandbox"_s, nullptr)->auth.credential, u"chosen-test"_s);
    QVERIFY(m_session->credentials()->find(u"chosen-test"_s));
    QCOMPARE(SecretTool::lookup(keychainService, u"chosen-test"_s).value_or("<none>"), "new-secret");
}

// The Sandbox profile refers to "sandbox", which is not set up: Save asks; Cancel keeps the file as it
// was, Save Anyway writes it.
void TestProfileDialogs::missingCredentialIsSaidAtSaveTime()
{
    const QByteArray before = profileBytes(u"Sandbox"_s);
    QStringList asked;
    editProfile([&asked, this, before](ProfileEditor* editor) {
        fieldLabelled<QSpinBox>(editor, u"Wait for the answer:"_s)->setValue(42);
        const auto cancel = answer(QMessageBox::Cancel);
        ModalDialogs::button(editor, u"Save"_s)->click();
        QTRY_VERIFY(!cancel->isEmpty());
        asked.append(*cancel);
        QVERIFY(editor->isVisible());
        QCOMPARE(profileBytes(u"Sandbox"_s), before);

        ModalDialogs::whenOpen<QMessageBox>([&asked](QMessageBox* box) {
            asked.append(box->text());
            ModalDialogs::button(box, u"Save Anyway"_s)->click();
        });
        ModalDialogs::button(editor, u"Save"_s)->click();
        QTRY_VERIFY(!editor->isVisible());
    });
    QCOMPARE(asked, QStringList(2, u"The credential \"sandbox\" does not exist. Save anyway?"_s));
    QCOMPARE(ProfileStore::loadFile(profileFile(u"Sandbox"_s), nullptr)->answerTimeoutSeconds, 42);
}

void TestProfileDialogs::duplicateRenameAndDelete()
{
    QString error;
    Profile other = *m_session->profiles()->load(u"Sandbox"_s, &error);
    other.name = u"Zulu"_s;
    QVERIFY2(m_session->profiles()->save(other, &error), qPrintable(error));
    m_session->window()->selectProfile(u"Sandbox"_s);

    trigger(u"Duplicate Profile"_s);
    QCOMPARE(profileFiles(), (QStringList{u"Sandbox %282%29.json"_s, u"Sandbox.json"_s, u"Zulu.json"_s}));
    QCOMPARE(boxItems(), (QStringList{u"Sandbox"_s, u"Sandbox (2)"_s, u"Zulu"_s}));
    QCOMPARE(profileBox()->currentText(), u"Sandbox (2)"_s);
    Profile copy = *m_session->profiles()->load(u"Sandbox (2)"_s, &error);
    copy.name = u"Sandbox"_s;
    QCOMPARE(ProfileCodec::write(copy),
             ProfileCodec::write(*m_session->profiles()->load(u"Sandbox"_s, &error)));

    ModalDialogs::whenOpen<QInputDialog>([](QInputDialog* dialog) {
        QCOMPARE(dialog->textValue(), u"Sandbox (2)"_s);
        dialog->setTextValue(u"Mirror"_s);
        dialog->accept();
    });
    trigger(u"Rename Profile…"_s);
    QCOMPARE(profileFiles(), (QStringList{u"Mirror.json"_s, u"Sandbox.json"_s, u"Zulu.json"_s}));
    QCOMPARE(boxItems(), (QStringList{u"Mirror"_s, u"Sandbox"_s, u"Zulu"_s}));
    QCOMPARE(profileBox()->currentText(), u"Mirror"_s);

    // Deleting asks, naming the profile; the one after it is chosen next.
    m_session->window()->selectProfile(u"Sandbox"_s);
    QString asked;
    ModalDialogs::whenOpen<QMessageBox>([&asked](QMessageBox* box) {
        asked = box->text();
        ModalDialogs::button(box, u"Delete"_s)->click();
    });
    trigger(u"Delete Profile…"_s);
    QCOMPARE(asked, u"Delete the profile \"Sandbox\"?"_s);
    QCOMPARE(profileFiles(), (QStringList{u"Mirror.json"_s, u"Zulu.json"_s}));
    QCOMPARE(boxItems(), (QStringList{u"Mirror"_s, u"Zulu"_s}));
    QCOMPARE(profileBox()->currentText(), u"Zulu"_s);

    // Cancel keeps it.
    const auto cancel = answer(QMessageBox::Cancel);
    trigger(u"Delete Profile…"_s);
    QCOMPARE(*cancel, u"Delete the profile \"Zulu\"?"_s);
    QCOMPARE(profileFiles(), (QStringList{u"Mirror.json"_s, u"Zulu.json"_s}));
    QCOMPARE(profileBox()->currentText(), u"Zulu"_s);
}

void TestProfileDialogs::importGetsAFreeNameAndRefusesABrokenFile()
{
    const QString good =
        TestFiles::write(m_dir->filePath(u"shared/sandbox.json"_s), profileBytes(u"Sandbox"_s));
    ModalDialogs::whenOpen<QFileDialog>(
        [good](QFileDialog* dialog) { ModalDialogs::choosePath(dialog, good); });
    trigger(u"Import Profile…"_s);
    QCOMPARE(profileFiles(), (QStringList{u"Sandbox %282%29.json"_s, u"Sandbox.json"_s}));
    QCOMPARE(profileBytes(u"Sandbox (2)"_s),
             profileBytes(u"Sandbox"_s).replace("\"Sandbox\"", "\"Sandbox (2)\""));
    QCOMPARE(boxItems(), (QStringList{u"Sandbox"_s, u"Sandbox (2)"_s}));
    QCOMPARE(profileBox()->currentText(), u"Sandbox (2)"_s);

    QJsonObject broken = QJsonDocument::fromJson(profileBytes(u"Sandbox"_s)).object();
    broken.insert(u"name"_s, u"Broken"_s);
    broken.insert(u"method"_s, u"POST ME"_s);
    const QString bad =
        TestFiles::write(m_dir->filePath(u"shared/broken.json"_s), QJsonDocument(broken).toJson());
    ModalDialogs::whenOpen<QFileDialog>(
        [bad](QFileDialog* dialog) { ModalDialogs::choosePath(dialog, bad); });
    const auto refused = answer(QMessageBox::Ok);
    trigger(u"Import Profile…"_s);
    QVERIFY2(refused->contains(u"broken.json cannot be used: "_s) && refused->contains(u"method"_s),
             qPrintable(*refused));
    QCOMPARE(profileFiles(), (QStringList{u"Sandbox %282%29.json"_s, u"Sandbox.json"_s}));
    QCOMPARE(boxItems(), (QStringList{u"Sandbox"_s, u"Sandbox (2)"_s}));
}

// The exported file is the profile's JSON: its credential's name, not the secret the keychain holds.
void TestProfileDialogs::exportHoldsNoSecret()
{
    storeSecret(credentialId);
    const QString path = m_dir->filePath(u"exported.json"_s);
    ModalDialogs::whenOpen<QFileDialog>([path](QFileDialog* dialog) {
        QCOMPARE(QFileInfo(dialog->selectedFiles().value(0)).fileName(), u"Sandbox.json"_s);
        ModalDialogs::choosePath(dialog, path);
    });
    trigger(u"Export Profile…"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    QCOMPARE(QJsonDocument::fromJson(exported).object(),
             ProfileCodec::write(*m_session->profiles()->load(u"Sandbox"_s, nullptr)));
    QVERIFY(exported.contains("\"credential\": \"sandbox\""));
    QCOMPARE(SecretTool::lookup(keychainService, credentialId).value_or("<none>"), token.toUtf8());
    QVERIFY(!exported.contains(token.toUtf8()));
    QCOMPARE(profileFiles(), QStringList{u"Sandbox.json"_s});
}

void TestProfileDialogs::profileMenuIsKeyboardReachableAndButtonsSayWhatTheyDo()
{
    QMenu* menu = nullptr;
    for (QAction* action : m_session->window()->menuBar()->actions()) {
        if (action->text() == u"&Profile"_s)
            menu = action->menu();
    }
    QVERIFY(menu);
    QStringList texts;
    QString keys;
    for (QAction* action : menu->actions()) {
        if (action->isSeparator())
            continue;
        texts.append(action->text().remove(u'&'));
        const qsizetype at = action->text().indexOf(u'&');
        QVERIFY2(at >= 0, qPrintable(action->text()));
        QVERIFY2(!keys.contains(action->text().at(at + 1).toLower()), qPrintable(action->text()));
        keys += action->text().at(at + 1).toLower();
    }
    QCOMPARE(texts, (QStringList{u"New Profile…"_s, u"Edit Profile…"_s, u"Duplicate Profile"_s,
                                 u"Rename Profile…"_s, u"Delete Profile…"_s, u"Import Profile…"_s,
                                 u"Export Profile…"_s, u"Credentials…"_s}));

    QStringList shown;
    for (QToolButton* button : m_session->window()->findChildren<QToolButton*>()) {
        if (button->defaultAction() && menu->actions().contains(button->defaultAction()) &&
            button->toolButtonStyle() != Qt::ToolButtonIconOnly && button->isVisible())
            shown.append(button->text());
    }
    QCOMPARE(shown, (QStringList{u"New Profile…"_s, u"Edit Profile…"_s, u"Credentials…"_s}));
}

QTEST_MAIN(TestProfileDialogs)
#include "TestProfileDialogs.moc"
