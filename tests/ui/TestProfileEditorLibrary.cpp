// The profile editor's Library section, typed into as a user would: a generic profile given a list and a
// delete address by hand is saved with exactly those values, lists what the sandbox holds and deletes
// an item there (as the sandbox's own log shows); a preset's library is shown and kept but for what was
// changed; a list without its ID pointer is refused in a sentence and not saved.
#include "app/auth/AccessTokenCache.h"
#include "app/credentials/CredentialStore.h"
#include "app/library/LibraryClient.h"
#include "app/net/NetworkThread.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileStore.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/EmulatorClient.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/ProfileEditorFixture.h"
#include "tests/support/SandboxProfile.h"
#include "tests/support/TestFiles.h"
#include "ui/ProfileEditor.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
const QString profileName = u"Shared media"_s;
const QByteArray storedBytes = "stored before the profile was made\n";

// A name no earlier run used: the emulator lives as long as the CTest run.
QString freshTag()
{
    return u"lib"_s + QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
}
} // namespace

class TestProfileEditorLibrary : public QObject, private ProfileEditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedEndpointsAreSavedAndListAndDeleteForReal();
    void presetLibraryIsShownAndAllElseKept();
    void listWithoutIdPointerIsRefusedAndNotSaved();

private:
    void openEditor(Profile profile);
    void expandLibrary();
    QWidget* field(const QString& accessibleName) const;
    QString shown(const QString& accessibleName) const; // a line's text, a list's choice
    void type(const QString& accessibleName, const QString& text);
    void save();
    QJsonObject savedLibrary() const; // as the profile file holds it
    QString uploadToSandbox(const QString& fileName);

    EmulatorClient m_sandbox{u"sandbox"_s};
};

void TestProfileEditorLibrary::initTestCase()
{
    QVERIFY2(m_sandbox.isValid(), "the sandbox fixture is not running (run through ctest)");
}

void TestProfileEditorLibrary::init()
{
    m_sandbox.clear();
    startStores();
}

void TestProfileEditorLibrary::cleanup()
{
    stopStores();
}

void TestProfileEditorLibrary::openEditor(Profile profile)
{
    ProfileEditorFixture::openEditor(std::move(profile), profileName);
}

// The section starts folded away; its disclosure button opens it.
void TestProfileEditorLibrary::expandLibrary()
{
    QToolButton* toggle = nullptr;
    for (QToolButton* button : m_editor->findChildren<QToolButton*>()) {
        if (button->text().remove(u'&').startsWith(u"Library"_s))
            toggle = button;
    }
    QVERIFY(toggle);
    QVERIFY(!toggle->isChecked());
    QVERIFY(field(u"List address"_s));
    QVERIFY(!field(u"List address"_s)->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(field(u"List address"_s)->isVisible());
    QVERIFY(field(u"Delete address"_s)->isVisible());
}

QWidget* TestProfileEditorLibrary::field(const QString& accessibleName) const
{
    for (QWidget* widget : m_editor->findChildren<QWidget*>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

QString TestProfileEditorLibrary::shown(const QString& accessibleName) const
{
    QWidget* widget = field(accessibleName);
    if (auto* edit = qobject_cast<QLineEdit*>(widget))
        return edit->text();
    if (auto* box = qobject_cast<QComboBox*>(widget))
        return box->currentText();
    return u"(no field named %1)"_s.arg(accessibleName);
}

void TestProfileEditorLibrary::type(const QString& accessibleName, const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(field(accessibleName));
    QVERIFY2(edit, qPrintable(accessibleName));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void TestProfileEditorLibrary::save()
{
    QPushButton* button = ModalDialogs::button(m_editor.get(), u"Save"_s);
    QVERIFY(button);
    button->click();
}

QJsonObject TestProfileEditorLibrary::savedLibrary() const
{
    QFile file(m_profiles->directory() + u'/' + profileName + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"library"_s).toObject();
}

// Stored through the built-in Sandbox preset, before the profile under test exists; the id it got.
QString TestProfileEditorLibrary::uploadToSandbox(const QString& fileName)
{
    const QString path = TestFiles::write(m_dir->filePath(fileName), storedBytes);
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(openSandboxProfile(m_sandbox.base()));
    UploadTask* task = queue.add(UploadItem::fromPath(path));
    QSignalSpy finished(&queue, &UploadQueue::finished);
    queue.start();
    if (!queue.isIdle())
        finished.wait(30'000);
    if (!task || task->state() != UploadTask::State::Succeeded)
        return QString();
    return task->field(u"id"_s);
}

void TestProfileEditorLibrary::typedEndpointsAreSavedAndListAndDeleteForReal()
{
    const QString tag = freshTag();
    const QString id = uploadToSandbox(tag + u".txt"_s);
    QVERIFY(!id.isEmpty());
    m_sandbox.clear();

    std::optional<Profile> generic = PresetCatalogue::find(u"generic"_s);
    QVERIFY(generic);
    QVERIFY(generic->library.isEmpty());
    generic->variables.insert(u"url"_s, m_sandbox.url(u"/api/media/files"_s).toString());
    openEditor(*generic);
    expandLibrary();
    if (QTest::currentTestFailed())
        return;

    const QString listAddress = u"{+url}?search={search}&offset={offset}&limit={limit}"_s;
    type(u"List address"_s, listAddress);
    auto* paging = qobject_cast<QComboBox*>(field(u"Paging"_s));
    auto* pageSize = qobject_cast<QSpinBox*>(field(u"Items per page"_s));
    QVERIFY(paging && pageSize);
    QVERIFY(!pageSize->isEnabled()); // no paging yet
    paging->setFocus();
    QTest::keyClick(paging, Qt::Key_Down);
    QCOMPARE(paging->currentText(), u"Offset and limit"_s);
    QVERIFY(pageSize->isEnabled());
    pageSize->selectAll();
    QTest::keyClicks(pageSize, u"25"_s);
    QCOMPARE(pageSize->value(), 25);
    const std::pair<QString, QString> pointers[] = {
        {u"Items at"_s, u"/results"_s},     {u"ID at"_s, u"/id"_s},
        {u"Name at"_s, u"/name"_s},         {u"Size at"_s, u"/size"_s},
        {u"Type at"_s, u"/content_type"_s}, {u"Modified at"_s, u"/updated_at"_s},
        {u"Web address at"_s, u"/f"_s},
    };
    for (const auto& [name, pointer] : pointers)
        type(name, pointer);
    type(u"Delete address"_s, u"{+url}/{id}"_s);
    auto* method = qobject_cast<QComboBox*>(field(u"Delete method"_s));
    QVERIFY(method);
    QCOMPARE(method->currentText(), u"DELETE"_s);
    save();
    QTRY_VERIFY2(!m_editor->isVisible(),
                 qPrintable(ModalDialogs::labelNamed(m_editor.get(), u"Problem"_s)->text()));
    QCOMPARE(m_editor->result(), int(QDialog::Accepted));

    // (1) The file holds exactly what was typed.
    const QJsonObject expected{
        {u"list"_s, QJsonObject{{u"method"_s, u"GET"_s},
                                {u"url"_s, listAddress},
                                {u"items"_s, u"/results"_s},
                                {u"paging"_s, u"offset"_s},
                                {u"pageSize"_s, 25},
                                {u"item"_s, QJsonObject{{u"id"_s, u"/id"_s},
                                                        {u"name"_s, u"/name"_s},
                                                        {u"size"_s, u"/size"_s},
                                                        {u"type"_s, u"/content_type"_s},
                                                        {u"modified"_s, u"/updated_at"_s},
                                                        {u"url"_s, u"/f"_s}}}}},
        {u"delete"_s, QJsonObject{{u"method"_s, u"DELETE"_s}, {u"url"_s, u"{+url}/{id}"_s}}},
    };
    const QJsonObject saved = savedLibrary();
    QVERIFY2(saved == expected, QJsonDocument(saved).toJson().constData());

    // (2) It works: the saved profile lists what the sandbox holds, searched there.
    QString error;
    const std::optional<Profile> profile = m_profiles->load(profileName, &error);
    QVERIFY2(profile, qPrintable(error));
    LibraryClient client(&m_network, &m_tokens);
    client.setDestination({profile->name, *profile, {}, {}});
    std::optional<LibraryPage> page;
    QString failure;
    client.list(
        {tag, {}, 0, 0}, [&page](const LibraryPage& answer) { page = answer; },
        [&failure](const LibraryClient::Failure& problem) { failure = problem.message; });
    QTRY_VERIFY(page || !failure.isEmpty());
    QVERIFY2(page, qPrintable(failure));
    QCOMPARE(page->items.size(), 1);
    const LibraryItem item = page->items.constFirst();
    QCOMPARE(item.id, id);
    QCOMPARE(item.name, tag + u".txt"_s);
    QCOMPARE(item.size, qint64(storedBytes.size()));
    QCOMPARE(item.type, u"text/plain"_s);
    QVERIFY2(item.url.startsWith(m_sandbox.base().toString()) && item.url.endsWith(tag + u".txt"_s),
             qPrintable(item.url));
    QVERIFY(!item.modified.isEmpty());
    const QJsonArray asked = m_sandbox.requests();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0)[u"method"_s].toString(), u"GET"_s);
    QCOMPARE(asked.at(0)[u"path"_s].toString(), u"/api/media/files"_s);
    const QJsonValue query = asked.at(0)[u"query"_s];
    QCOMPARE(query[u"search"_s].toArray().at(0).toString(), tag);
    QCOMPARE(query[u"offset"_s].toArray().at(0).toString(), u"0"_s);
    QCOMPARE(query[u"limit"_s].toArray().at(0).toString(), u"25"_s);

    // … and deletes through the typed delete address: the sandbox got the DELETE and no longer holds it.
    m_sandbox.clear();
    bool deleted = false;
    client.remove(
        id, false, [&deleted](const ResponseRecord&) { deleted = true; },
        [&failure](const LibraryClient::Failure& problem) { failure = problem.message; });
    QTRY_VERIFY(deleted || !failure.isEmpty());
    QVERIFY2(deleted, qPrintable(failure));
    const QJsonArray received = m_sandbox.requests();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0)[u"method"_s].toString(), u"DELETE"_s);
    QCOMPARE(received.at(0)[u"path"_s].toString(), u"/api/media/files/"_s + id);
    QCOMPARE(received.at(0)[u"status"_s].toInt(), 204);
    QCOMPARE(m_sandbox.getJson(u"/api/media/files?search="_s + tag).value(u"count"_s).toInt(), 0);
}

// A preset's library shows in the section; what the section does not show (the query it sends, the
// total, get, uploaded …) is saved as it was, beside the one value changed.
void TestProfileEditorLibrary::presetLibraryIsShownAndAllElseKept()
{
    Profile sandbox = openSandboxProfile(m_sandbox.base());
    const QJsonObject presetLibrary = sandbox.library.toJson();
    QVERIFY(sandbox.library.canList() && sandbox.library.canRemove());
    openEditor(sandbox);
    expandLibrary();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(shown(u"List address"_s), u"{+base}/api/media/files"_s);
    QCOMPARE(shown(u"Name at"_s), u"/name"_s);
    QCOMPARE(shown(u"Paging"_s), u"Offset and limit"_s);
    QCOMPARE(shown(u"Delete address"_s), u"{+base}/api/media/files/{id}"_s);

    type(u"Name at"_s, u"/description"_s);
    save();
    QTRY_VERIFY2(!m_editor->isVisible(),
                 qPrintable(ModalDialogs::labelNamed(m_editor.get(), u"Problem"_s)->text()));

    QJsonObject expected = presetLibrary;
    QJsonObject list = expected.value(u"list"_s).toObject();
    QJsonObject item = list.value(u"item"_s).toObject();
    item.insert(u"name"_s, u"/description"_s);
    list.insert(u"item"_s, item);
    expected.insert(u"list"_s, list);
    const QJsonObject saved = savedLibrary();
    QVERIFY2(saved == expected, QJsonDocument(saved).toJson().constData());
}

void TestProfileEditorLibrary::listWithoutIdPointerIsRefusedAndNotSaved()
{
    std::optional<Profile> generic = PresetCatalogue::find(u"generic"_s);
    QVERIFY(generic);
    generic->variables.insert(u"url"_s, m_sandbox.url(u"/api/media/files"_s).toString());
    openEditor(*generic);
    expandLibrary();
    if (QTest::currentTestFailed())
        return;
    type(u"List address"_s, u"{+url}"_s);
    type(u"Name at"_s, u"/name"_s);
    save();

    QLabel* problem = ModalDialogs::labelNamed(m_editor.get(), u"Problem"_s);
    QVERIFY(problem);
    QTRY_VERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"A library list needs to know where each item's ID and name are: fill in "
                              u"\"ID at\" and \"Name at\" (item.id and item.name)."_s);
    QVERIFY(m_editor->isVisible());
    QVERIFY(!m_profiles->names().contains(profileName));
    QVERIFY(!QFile::exists(m_profiles->directory() + u'/' + profileName + u".json"_s));
}

QTEST_MAIN(TestProfileEditorLibrary)
#include "TestProfileEditorLibrary.moc"
