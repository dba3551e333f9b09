// The profile editor's form as a user meets it with the Xibo preset: yes/no values are check boxes
// whose wire values reach the (emulated) CMS, a base address typed with the "/api" Hoist adds itself
// is shown with a note and the real upload address and saved without it, each value's help is a
// visible sentence, the request's details wait folded under Advanced, and the sign-in fields are
// reached in the order they are shown.
#include "app/auth/AccessTokenCache.h"
#include "app/credentials/CredentialStore.h"
#include "app/net/NetworkThread.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileStore.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/ProfileEditorFixture.h"
#include "tests/support/QueueUpload.h"
#include "tests/support/TestFiles.h"
#include "ui/CredentialEditor.h"
#include "ui/ProfileEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
const QString profileName = u"Signage"_s;
const QString baseLabel = u"CMS address"_s;
const QString inLayouts = u"Replace the file in layouts"_s;
const QString deleteOld = u"Delete the old version"_s;
const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(3000, '\x42');
} // namespace

class TestProfileEditorForm : public QObject, private ProfileEditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checkBoxesSendTheirValuesToTheCms();
    void baseWithApiIsShownResolvedAndSavedWithout();
    void helpIsAVisibleSentence();
    void advancedIsFoldedUntilItsFieldIsRefused();
    void signInFieldsFollowTheForm();

private:
    void openEditor(Profile profile);
    template <typename W> W* widget(const QString& accessibleName) const;
    QCheckBox* checkBox(const QString& text) const;
    QLabel* visibleLabel(const QString& text) const;
    QToolButton* advancedToggle() const;
    void save();
    void saveWithoutItsCredential();
    QJsonObject savedVariables() const;

    EmulatorClient m_xibo{u"xibo"_s};
};

void TestProfileEditorForm::initTestCase()
{
    QVERIFY2(m_xibo.isValid(), "the xibo fixture is not running (run through ctest)");
}

void TestProfileEditorForm::init()
{
    m_xibo.clear();
    startStores();
    std::optional<Profile> xibo = PresetCatalogue::find(u"xibo"_s);
    QVERIFY(xibo);
    xibo->auth.credential = u"signage-client"_s; // chosen, stored or not: the editor only names it
    openEditor(*xibo);
}

void TestProfileEditorForm::cleanup()
{
    stopStores();
}

void TestProfileEditorForm::openEditor(Profile profile)
{
    ProfileEditorFixture::openEditor(std::move(profile), profileName);
}

template <typename W> W* TestProfileEditorForm::widget(const QString& accessibleName) const
{
    for (W* candidate : m_editor->findChildren<W*>()) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    return nullptr;
}

QCheckBox* TestProfileEditorForm::checkBox(const QString& text) const
{
    for (QCheckBox* box : m_editor->findChildren<QCheckBox*>()) {
        if (box->text() == text)
            return box;
    }
    return nullptr;
}

QLabel* TestProfileEditorForm::visibleLabel(const QString& text) const
{
    for (QLabel* label : m_editor->findChildren<QLabel*>()) {
        if (label->text() == text && label->isVisible())
            return label;
    }
    return nullptr;
}

QToolButton* TestProfileEditorForm::advancedToggle() const
{
    for (QToolButton* button : m_editor->findChildren<QToolButton*>()) {
        if (button->text().remove(u'&').startsWith(u"Advanced"_s))
            return button;
    }
    return nullptr;
}

void TestProfileEditorForm::save()
{
    QPushButton* button = ModalDialogs::button(m_editor.get(), u"Save"_s);
    QVERIFY(button);
    button->click();
}

// The credential is named, not stored: the editor asks whether to save all the same.
void TestProfileEditorForm::saveWithoutItsCredential()
{
    ModalDialogs::whenOpen<QMessageBox>([](QMessageBox* question) {
        QVERIFY2(question->text().contains(u"\"signage-client\" does not exist"_s),
                 qPrintable(question->text()));
        ModalDialogs::button(question, u"Save Anyway"_s)->click();
    });
    save();
}

QJsonObject TestProfileEditorForm::savedVariables() const
{
    QFile file(m_profiles->directory() + u'/' + profileName + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"variables"_s).toObject();
}

// Both yes/no values are check boxes (the preset's defaults: replace in layouts, keep the old
// version); flipped and saved they are "0" and "1", and a replace with the saved profile sends those
// to the CMS. The base was typed with "/api/", which the upload must not have twice.
void TestProfileEditorForm::checkBoxesSendTheirValuesToTheCms()
{
    QCheckBox* layouts = checkBox(inLayouts);
    QCheckBox* remove = checkBox(deleteOld);
    QVERIFY(layouts && remove);
    QVERIFY(!widget<QLineEdit>(inLayouts) && !widget<QLineEdit>(deleteOld));
    QVERIFY(layouts->isChecked());
    QVERIFY(!remove->isChecked());
    QTest::keyClicks(widget<QLineEdit>(baseLabel), m_xibo.base().toString() + u"/api/"_s);
    for (QCheckBox* box : {layouts, remove}) {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    QVERIFY(!layouts->isChecked());
    QVERIFY(remove->isChecked());
    saveWithoutItsCredential();
    QTRY_COMPARE(m_editor->result(), int(QDialog::Accepted));
    const QJsonObject variables = savedVariables();
    QCOMPARE(variables.value(u"updateInLayouts"_s).toString(), u"0"_s);
    QCOMPARE(variables.value(u"deleteOldRevisions"_s).toString(), u"1"_s);

    QString error;
    const std::optional<Profile> profile = m_profiles->load(profileName, &error);
    QVERIFY2(profile, qPrintable(error));
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(*profile, {}, {u"hoist-xibo-client"_s, u"hoist-xibo-secret"_s});
    const QString first = TestFiles::write(m_dir->filePath(u"banner.png"_s), png);
    UploadTask* uploaded = QueueUpload::upload(queue, first);
    QVERIFY2(uploaded->state() == UploadTask::State::Succeeded, qPrintable(uploaded->message()));
    const QString second = TestFiles::write(m_dir->filePath(u"banner-2.png"_s), png + "v2");
    UploadTask* replaced = QueueUpload::upload(queue, second, {{u"replace"_s, uploaded->field(u"id"_s)}});
    QVERIFY2(replaced->state() == UploadTask::State::Succeeded, qPrintable(replaced->message()));

    QJsonObject replaceRequest;
    for (const QJsonValue& request : m_xibo.requests()) {
        const QJsonObject object = request.toObject();
        QVERIFY2(!object.value(u"path"_s).toString().contains(u"/api/api"_s) &&
                     !object.value(u"path"_s).toString().contains(u"//"_s),
                 qPrintable(object.value(u"path"_s).toString()));
        if (object.value(u"path"_s).toString() == u"/api/library"_s)
            replaceRequest = object; // the last one
    }
    QMap<QString, QString> sent;
    for (const QJsonValue& part : EmulatorClient::parts(replaceRequest))
        sent.insert(part.toObject().value(u"name"_s).toString(),
                    part.toObject().value(u"value"_s).toString());
    QCOMPARE(sent.value(u"updateInLayouts"_s), u"0"_s);
    QCOMPARE(sent.value(u"deleteOldRevisions"_s), u"1"_s);
}

// "https://cms.example.com/api/" is shown as what it becomes: a note says "/api" was removed, the
// upload address is the real one (never "{+base}"), and the saved base has no "/api".
void TestProfileEditorForm::baseWithApiIsShownResolvedAndSavedWithout()
{
    QLabel* resolved = widget<QLabel>(u"Upload address"_s);
    QVERIFY(resolved);
    QVERIFY2(!resolved->text().contains(u'{'), qPrintable(resolved->text()));
    QCOMPARE(resolved->text(), u"Fill in CMS address to see the address."_s); // not "/api/library"
    QLabel* note = widget<QLabel>(u"Address note"_s);
    QVERIFY(note);
    QVERIFY(!note->isVisible());

    QTest::keyClicks(widget<QLineEdit>(baseLabel), u"https://cms.example.com/api/"_s);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Removed \"/api\": Hoist adds it itself."_s);
    QCOMPARE(resolved->text(), u"https://cms.example.com/api/library"_s);
    QVERIFY(resolved->isVisible());
    saveWithoutItsCredential();
    QTRY_COMPARE(m_editor->result(), int(QDialog::Accepted));
    QCOMPARE(savedVariables().value(u"base"_s).toString(), u"https://cms.example.com"_s);
}

void TestProfileEditorForm::helpIsAVisibleSentence()
{
    QVERIFY(visibleLabel(u"The address the CMS opens at in a web browser."_s));
    QVERIFY(visibleLabel(u"A new version of a file takes the old one's place in every layout, playlist and "
                         "background that used it."_s));
}

// The address template, the headers and the form's parts are folded away at first; a save refused for
// one of them opens the section, so the user sees the field the sentence is about.
void TestProfileEditorForm::advancedIsFoldedUntilItsFieldIsRefused()
{
    QToolButton* toggle = advancedToggle();
    QVERIFY(toggle);
    QVERIFY(!toggle->isChecked());
    QWidget* parts = widget<QWidget>(u"Text parts"_s);
    QVERIFY(parts);
    QVERIFY(!parts->isVisible());
    QVERIFY(!visibleLabel(u"{+base}/api/library"_s));

    std::optional<Profile> broken = PresetCatalogue::find(u"xibo"_s);
    QVERIFY(broken);
    broken->url.clear();
    broken->variables.insert(u"base"_s, u"https://cms.example.com"_s);
    broken->auth.credential = u"signage-client"_s;
    openEditor(*broken);
    save();
    QLabel* problem = widget<QLabel>(u"Problem"_s);
    QTRY_VERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"Enter the upload URL."_s);
    QVERIFY(advancedToggle()->isChecked());
    QTRY_VERIFY(widget<QWidget>(u"Text parts"_s)->isVisible());
    QVERIFY(m_editor->isVisible());
}

// Tab goes name → CMS address → the check boxes; a new OAuth credential made on the spot starts at the
// client ID, and Tab goes on to the secret.
void TestProfileEditorForm::signInFieldsFollowTheForm()
{
    QLineEdit* name = nullptr;
    for (QLineEdit* edit : m_editor->findChildren<QLineEdit*>()) {
        if (edit->text() == profileName)
            name = edit;
    }
    QVERIFY(name);
    name->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), name);
    const QList<QWidget*> expected{widget<QLineEdit>(baseLabel), checkBox(inLayouts), checkBox(deleteOld)};
    for (QWidget* next : expected) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
    }

    QComboBox* credential = widget<QComboBox>(u"Credential"_s);
    QVERIFY(credential);
    bool checked = false;
    ModalDialogs::whenOpen<CredentialEditor>([&checked](CredentialEditor* dialog) {
        QLabel* clientId = nullptr;
        for (QLabel* label : dialog->findChildren<QLabel*>()) {
            if (label->text().remove(u'&') == u"Client ID:"_s)
                clientId = label;
        }
        QVERIFY(clientId && clientId->buddy());
        QTRY_COMPARE(QApplication::focusWidget(), clientId->buddy());
        QTest::keyClick(clientId->buddy(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), ModalDialogs::passwordField(dialog));
        checked = true;
        dialog->reject();
    });
    const int newEntry = credential->count() - 1; // "New credential…"
    credential->setCurrentIndex(newEntry);
    emit credential->activated(newEntry);
    QVERIFY(checked);
}

QTEST_MAIN(TestProfileEditorForm)
#include "TestProfileEditorForm.moc"
