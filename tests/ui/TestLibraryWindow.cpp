// The library window against the real service emulators: what the server holds is listed a page at a
// time (the offsets it was asked for are in its log), searched on the server, filtered by folder;
// thumbnails carry the credential only to the library's own origin; a file dropped on a row becomes a
// Replace in the main queue that Xibo stores as a new revision (the layouts follow it); Delete asks,
// and for an item in use offers Delete Anyway; Qualtrics shows what the history uploaded there; and
// the item editor's Pick… fills in ids.
#include "app/auth/AccessTokenCache.h"
#include "app/credentials/CredentialStore.h"
#include "app/library/LibraryClient.h"
#include "app/net/NetworkThread.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileStore.h"
#include "app/storage/LibraryDeletions.h"
#include "app/storage/StorageDatabase.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/SandboxProfile.h"
#include "tests/support/ServiceEmulators.h"
#include "tests/support/TestFiles.h"
#include "tests/support/WindowInput.h"
#include "ui/DesktopSession.h"
#include "ui/ItemEditor.h"
#include "ui/LibraryBrowser.h"
#include "ui/LibraryFolderModel.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryPicker.h"
#include "ui/LibraryThumbnails.h"
#include "ui/LibraryWindow.h"
#include "ui/MainWindow.h"
#include "ui/QueueView.h"
#include "ui/ReplaceDialog.h"
#include "ui/ResponseInspector.h"
#include "ui/SearchField.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
const Secret xiboSecret{u"hoist-xibo-client"_s, u"hoist-xibo-secret"_s};
const Secret squidexSecret{u"hoist-app:default"_s, u"hoist-squidex-secret"_s};
const Secret drfSecret{QString(), u"hoist-test-token"_s};
const Secret qualtricsSecret{QString(), u"hoist-qualtrics-token"_s};

// A real PNG of one colour: services that look at the content (Qualtrics) take it, previews decode it.
QByteArray png(const QColor& colour)
{
    QImage image(64, 40, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A tag no earlier run used: the emulators live as long as the CTest run.
QString freshTag()
{
    return u"t"_s + QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
}

QJsonArray requestsTo(EmulatorClient& server, const QString& method, const QString& path)
{
    QJsonArray found;
    for (const QJsonValue& entry : server.requests()) {
        if (entry[u"method"_s].toString() == method && entry[u"path"_s].toString() == path)
            found.append(entry);
    }
    return found;
}

QString queryValue(const QJsonValue& request, const QString& name)
{
    return request[u"query"_s][name].toArray().at(0).toString();
}

// The status line's "N of M items", in whatever plural forms the test runs with.
QString itemCount(int shown, int total)
{
    return QCoreApplication::translate("LibraryBrowser", "%1 of %n item(s)", nullptr, total).arg(shown);
}

QJsonObject itemWhere(const QJsonArray& items, const QString& key, const QJsonValue& value)
{
    for (const QJsonValue& item : items) {
        if (item[key] == value)
            return item.toObject();
    }
    return {};
}
} // namespace

// Receives what Open in Browser hands to the desktop.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class TestLibraryWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pagesComeOneAtATimeAtTheComputedOffsets();
    void modelPassesTheModelTester();
    void listShowsWhatTheServerHoldsAndItsActions();
    void searchAsksTheServerAndANewOneCancelsTheOld();
    void emptyAndFailedListsSayWhy();
    void thumbnailsGoWithoutTheCredentialToAnotherOrigin();
    void droppingAFileOnARowReplacesTheItemInXibo();
    void deleteAsksAndAnItemInUseOffersDeleteAnyway();
    void mayanDeleteSaysTheItemGoesToTheTrash();
    void xiboFoldersNarrowTheList();
    void squidexFoldersAreReadAsTheyAreOpened();
    void qualtricsListsWhatTheHistoryUploaded();
    void pickFillsTheItemEditor();

private:
    void startSession();
    void useProfile(const Profile& profile, const Secret& secret = {});
    Profile preset(const QString& id, EmulatorClient& server) const;
    QString file(const QString& name, const QByteArray& content);
    // Uploads the files to the profile with a queue of the test's own; the ids the service gave.
    QStringList uploadDirect(const Profile& profile, const Secret& secret, const QStringList& paths,
                             const QMap<QString, QString>& metadata = {});
    void runMainQueue();
    LibraryWindow* openLibrary();
    void search(LibraryWindow* window, const QString& text);
    int rowOf(LibraryWindow* window, const QString& id) const;
    QAction* action(QWidget* parent, const QString& text) const;
    void press(QWidget* target, const QKeySequence& keys);
    QByteArray send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                    const QByteArray& contentType = {}, const QString& bearer = {});
    QString accessToken(const QUrl& url, const QByteArray& form);

    ServiceEmulators m_servers;
    EmulatorClient m_sandbox{u"sandbox"_s};
    NetworkThread m_network;
    AccessTokenCache m_tokens{&m_network};
    QNetworkAccessManager m_http;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DesktopSession> m_session;
};

void TestLibraryWindow::initTestCase()
{
    QVERIFY2(m_servers.allRunning() && m_sandbox.isValid(),
             "an emulator fixture is not running (run through ctest)");
}

void TestLibraryWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    startSession();
}

void TestLibraryWindow::startSession()
{
    m_session.reset();
    m_session = std::make_unique<DesktopSession>(
        m_dir->filePath(u"profiles"_s), m_dir->filePath(u"hoist.conf"_s), m_dir->filePath(u"hoist.sqlite"_s));
}

void TestLibraryWindow::cleanup()
{
    m_session.reset();
    m_dir.reset();
}

Profile TestLibraryWindow::preset(const QString& id, EmulatorClient& server) const
{
    Profile profile = *PresetCatalogue::find(id);
    profile.variables.insert(u"base"_s, server.base().toString());
    return profile;
}

// Saved, its secret kept for the session, chosen in the main window, which is shown.
void TestLibraryWindow::useProfile(const Profile& profile, const Secret& secret)
{
    QString error;
    QVERIFY2(m_session->profiles()->save(profile, &error), qPrintable(error));
    if (!secret.isEmpty())
        m_session->credentials()->keepForSession(
            {profile.auth.credential, Credential::kindFor(profile.auth.scheme), secret.user, {}}, secret);
    MainWindow* window = m_session->window();
    window->selectProfile(profile.name);
    QCOMPARE(m_session->queue()->profile().name, profile.name);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    if (!secret.isEmpty())
        QTRY_COMPARE(m_session->queue()->destination(profile.name)->secret.value, secret.value);
}

QString TestLibraryWindow::file(const QString& name, const QByteArray& content)
{
    return TestFiles::write(m_dir->filePath(name), content);
}

QStringList TestLibraryWindow::uploadDirect(const Profile& profile, const Secret& secret,
                                            const QStringList& paths, const QMap<QString, QString>& metadata)
{
    UploadQueue queue(&m_network, &m_tokens);
    queue.setProfile(profile, {}, secret);
    QList<UploadTask*> tasks;
    for (const QString& path : paths) {
        UploadItem item = UploadItem::fromPath(path);
        item.metadata = metadata;
        tasks.append(queue.add(item));
    }
    QSignalSpy finished(&queue, &UploadQueue::finished);
    queue.start();
    if (!queue.isIdle())
        finished.wait(30'000);
    QStringList ids;
    for (const UploadTask* task : std::as_const(tasks)) {
        if (!task || task->state() != UploadTask::State::Succeeded)
            qWarning() << "upload failed:" << (task ? task->message() : u"not queued"_s);
        ids.append(task ? task->field(u"id"_s) : QString());
    }
    return ids;
}

void TestLibraryWindow::runMainQueue()
{
    QSignalSpy finished(m_session->queue(), &UploadQueue::finished);
    QVERIFY(WindowInput::pressCtrl(m_session->window(), Qt::Key_Return));
    QVERIFY(!finished.isEmpty() || finished.wait(30'000));
}

// View → Library… by its key, and the first page read.
LibraryWindow* TestLibraryWindow::openLibrary()
{
    if (!WindowInput::pressCtrl(m_session->window(), Qt::Key_L))
        return nullptr;
    LibraryWindow* window = m_session->window()->libraryWindow();
    if (!window || !QTest::qWaitForWindowExposed(window))
        return nullptr;
    LibraryModel* model = window->browser()->model();
    if (!QTest::qWaitFor([model] { return model->state() != LibraryModel::State::Loading; }, 10'000))
        return nullptr;
    return window;
}

void TestLibraryWindow::search(LibraryWindow* window, const QString& text)
{
    QLineEdit* field = window->browser()->searchField();
    field->clear();
    QTest::keyClicks(field, text);
    LibraryModel* model = window->browser()->model();
    QTRY_COMPARE(model->search(), text);
    QTRY_VERIFY(model->state() != LibraryModel::State::Loading);
}

int TestLibraryWindow::rowOf(LibraryWindow* window, const QString& id) const
{
    return window->browser()->model()->rowOf(id);
}

QAction* TestLibraryWindow::action(QWidget* parent, const QString& text) const
{
    for (QAction* candidate : parent->findChildren<QAction*>()) {
        if (candidate->text().remove(u'&') == text)
            return candidate;
    }
    return nullptr;
}

// A real key press to the focused widget of the active window, so that shortcut contexts count.
void TestLibraryWindow::press(QWidget* target, const QKeySequence& keys)
{
    QWidget* window = target->window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    target->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(target->hasFocus());
    QTest::keySequence(target, keys);
}

QByteArray TestLibraryWindow::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
                                   const QByteArray& contentType, const QString& bearer)
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    QNetworkReply* reply = m_http.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10'000);
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QString TestLibraryWindow::accessToken(const QUrl& url, const QByteArray& form)
{
    return QJsonDocument::fromJson(send("POST", url, form, "application/x-www-form-urlencoded"))
        .object()
        .value(u"access_token"_s)
        .toString();
}

// Twelve files at five a page: three requests, each sent only once the last has come, at offsets the
// client worked out (not the service's next links).
void TestLibraryWindow::pagesComeOneAtATimeAtTheComputedOffsets()
{
    const QString tag = freshTag();
    Profile profile = openSandboxProfile(m_sandbox.base());
    profile.library.list.pageSize = 5;
    QStringList paths;
    for (int n = 1; n <= 12; ++n)
        paths.append(file(u"%1-%2.txt"_s.arg(tag).arg(n, 2, 10, QLatin1Char('0')),
                          tag.toUtf8() + '\n' + QByteArray::number(n)));
    QCOMPARE(uploadDirect(profile, {}, paths).size(), 12);
    m_sandbox.clear();

    LibraryModel model(&m_network, &m_tokens, nullptr, nullptr);
    model.setDestination({profile.name, profile, {}, {}});
    model.setQuery(tag, QString());
    QCOMPARE(model.state(), LibraryModel::State::Loading);
    QVERIFY(!model.canFetchMore({}));
    QTRY_COMPARE(model.state(), LibraryModel::State::Ready);
    // Only the first page: nothing more is read until a view scrolls to the end.
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.total(), 12);
    QVERIFY(model.canFetchMore({}));
    QCOMPARE(model.thumbnails()->fetchesStarted(), 0);

    model.fetchMore({});
    model.fetchMore({}); // while a page is on its way: nothing more is asked
    QVERIFY(!model.canFetchMore({}));
    QTRY_COMPARE(model.rowCount(), 10);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 12);
    QTRY_COMPARE(model.state(), LibraryModel::State::Ready);
    QVERIFY(!model.canFetchMore({}));

    const QJsonArray lists = requestsTo(m_sandbox, u"GET"_s, u"/api/media/files"_s);
    QCOMPARE(lists.size(), 3);
    QStringList offsets;
    for (const QJsonValue& request : lists) {
        offsets.append(queryValue(request, u"offset"_s));
        QCOMPARE(queryValue(request, u"limit"_s), u"5"_s);
        QCOMPARE(queryValue(request, u"search"_s), tag);
    }
    QCOMPARE(offsets, QStringList({u"0"_s, u"5"_s, u"10"_s}));
    // In the service's order (newest first), each once.
    QStringList listed;
    for (const QJsonValue& item :
         m_sandbox.getJson(u"/api/media/files?limit=100&search="_s + tag).value(u"results"_s).toArray())
        listed.append(QString::number(item[u"id"_s].toInt()));
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.itemAt(row).id);
    QCOMPARE(shown, listed);

    // A deleted row: the next page starts one earlier, so nothing is skipped.
    model.removeItem(model.itemAt(0).id);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.total(), 11);
}

void TestLibraryWindow::modelPassesTheModelTester()
{
    const QString tag = freshTag();
    Profile profile = openSandboxProfile(m_sandbox.base());
    profile.library.list.pageSize = 2;
    QStringList paths;
    for (int n = 1; n <= 5; ++n)
        paths.append(file(u"%1-%2.txt"_s.arg(tag).arg(n), QByteArray::number(n) + tag.toUtf8()));
    const QStringList ids = uploadDirect(profile, {}, paths);

    LibraryModel model(&m_network, &m_tokens, nullptr, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDestination({profile.name, profile, {}, {}});
    model.setQuery(tag, QString());
    // As a view scrolled to the end would, page after page (the tester asks for more too).
    const auto scrolledToTheEnd = [&model] {
        if (model.canFetchMore({}))
            model.fetchMore({});
        return model.rowCount() == 5;
    };
    QTRY_VERIFY(scrolledToTheEnd());
    QTRY_COMPARE(model.state(), LibraryModel::State::Ready);
    QVERIFY(!model.canFetchMore({}));
    const QModelIndex first = model.index(0, LibraryModel::IdColumn);
    QCOMPARE(first.data(LibraryModel::IdRole).toString(), first.data().toString());
    QVERIFY(ids.contains(first.data().toString()));
    model.removeItem(ids.first());
    QCOMPARE(model.rowCount(), 4);
    model.setQuery(tag + u"-3"_s, QString());
    QTRY_COMPARE(model.rowCount(), 1);
    model.setDestination({profile.name, profile, {}, {}});
    QCOMPARE(model.rowCount(), 0);
}

// Through View → Library…: the rows are what the server lists, with the status line's count; Show
// Answer puts the item's JSON in the inspector; Copy ID, Copy URL and Open in Browser.
void TestLibraryWindow::listShowsWhatTheServerHoldsAndItsActions()
{
    const QString tag = freshTag();
    Profile profile = openSandboxProfile(m_sandbox.base());
    profile.name = u"Media"_s;
    QStringList paths;
    for (const QString& name : {u"harbour"_s, u"sunset"_s, u"forest"_s})
        paths.append(file(u"%1-%2.png"_s.arg(name, tag), png(Qt::darkCyan) + name.toUtf8()));
    const QStringList ids = uploadDirect(profile, {}, paths);
    useProfile(profile);
    LibraryWindow* window = openLibrary();
    QVERIFY(window);
    QVERIFY(window->windowTitle().contains(u"Media"_s));
    search(window, tag);

    const QJsonArray listed =
        m_sandbox.getJson(u"/api/media/files?search="_s + tag).value(u"results"_s).toArray();
    QCOMPARE(listed.size(), 3);
    LibraryModel* model = window->browser()->model();
    QCOMPARE(model->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const QJsonObject item = listed.at(row).toObject();
        const auto cell = [&](int column) {
            return model->index(row, column).data().toString();
        };
        QCOMPARE(cell(LibraryModel::IdColumn), QString::number(item[u"id"_s].toInt()));
        QCOMPARE(cell(LibraryModel::NameColumn), item[u"name"_s].toString());
        QCOMPARE(cell(LibraryModel::TypeColumn), u"image"_s);
        QCOMPARE(cell(LibraryModel::SizeColumn), QLocale().formattedDataSize(item[u"size"_s].toInteger()));
        QVERIFY(!cell(LibraryModel::ModifiedColumn).isEmpty());
    }
    QCOMPARE(window->browser()->statusText(), itemCount(3, 3));
    QCOMPARE(window->notice(), QString());

    QTableView* table = window->browser()->table();
    const int row = rowOf(window, ids.at(1));
    table->setCurrentIndex(model->index(row, LibraryModel::NameColumn));
    press(table, QKeySequence(Qt::CTRL | Qt::Key_I));
    QTRY_VERIFY(window->inspector()->rawText().contains(u"sunset-"_s + tag));
    QVERIFY2(window->inspector()->summary().startsWith(u"HTTP 200"_s),
             qPrintable(window->inspector()->summary()));
    QVERIFY(window->inspector()->hasFocus());

    press(table, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), ids.at(1));
    const QString url = listed.at(row)[u"f"_s].toString();
    action(window, u"Copy URL"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), url);
    OpenedUrls opened;
    QDesktopServices::setUrlHandler(u"http"_s, &opened, "open");
    action(window, u"Open in Browser"_s)->trigger();
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QCOMPARE(opened.urls, QList<QUrl>{QUrl(url)});

    // The window keeps its size for next time.
    window->resize(700, 460);
    window->close();
    startSession();
    useProfile(profile);
    window = openLibrary();
    QVERIFY(window);
    QCOMPARE(window->size(), QSize(700, 460));
}

// The search is the server's: sent when the typing pauses (not once per key), and a new one cancels
// the one under way, whose answer never shows.
void TestLibraryWindow::searchAsksTheServerAndANewOneCancelsTheOld()
{
    const QString tag = freshTag();
    Profile profile = openSandboxProfile(m_sandbox.base());
    profile.name = u"Media"_s;
    uploadDirect(profile, {},
                 {file(u"alpha-%1.txt"_s.arg(tag), "a" + tag.toUtf8()),
                  file(u"beta-%1.txt"_s.arg(tag), "b" + tag.toUtf8())});
    useProfile(profile);
    LibraryWindow* window = openLibrary();
    QVERIFY(window);
    LibraryModel* model = window->browser()->model();

    m_sandbox.clear();
    m_sandbox.addFault({{u"kind"_s, u"delay"_s},
                        {u"seconds"_s, 3},
                        {u"method"_s, u"GET"_s},
                        {u"path"_s, u"/api/media/files"_s}});
    QTest::keyClicks(window->browser()->searchField(), u"alpha-"_s + tag);
    QTRY_COMPARE(requestsTo(m_sandbox, u"GET"_s, u"/api/media/files"_s).size(), 1);
    QCOMPARE(model->state(), LibraryModel::State::Loading);
    QLineEdit* field = window->browser()->searchField();
    field->clear();
    QTest::keyClicks(field, u"beta-"_s + tag);
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->itemAt(0).name, u"beta-%1.txt"_s.arg(tag));
    // The held answer to the first search has gone out by now; it changed nothing.
    QTRY_VERIFY(m_sandbox.settled());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->itemAt(0).name, u"beta-%1.txt"_s.arg(tag));
    QStringList searches;
    for (const QJsonValue& request : requestsTo(m_sandbox, u"GET"_s, u"/api/media/files"_s))
        searches.append(queryValue(request, u"search"_s));
    // The cleared field asked for everything once; no search for a part of a word.
    QCOMPARE(searches, QStringList({u"alpha-"_s + tag, u"beta-"_s + tag}));
}

void TestLibraryWindow::emptyAndFailedListsSayWhy()
{
    Profile profile = openSandboxProfile(m_sandbox.base());
    profile.name = u"Media"_s;
    useProfile(profile);
    m_sandbox.clear();
    m_sandbox.addFault({{u"kind"_s, u"status"_s},
                        {u"status"_s, 503},
                        {u"method"_s, u"GET"_s},
                        {u"path"_s, u"/api/media/files"_s},
                        {u"headers"_s, QJsonObject{{u"Content-Type"_s, u"application/json"_s}}},
                        {u"body"_s, u"{\"detail\": \"The media store is down for maintenance.\"}"_s}});
    LibraryWindow* window = openLibrary();
    QVERIFY(window);
    LibraryBrowser* browser = window->browser();
    QCOMPARE(browser->model()->state(), LibraryModel::State::Failed);
    QVERIFY2(browser->emptyText().startsWith(u"The library could not be read."_s),
             qPrintable(browser->emptyText()));
    QVERIFY2(browser->emptyText().contains(u"503"_s) || browser->emptyText().contains(u"maintenance"_s),
             qPrintable(browser->emptyText()));
    QCOMPARE(browser->statusText(), browser->model()->failure());

    // F5 tries again; the fault was used up.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F5);
    QTRY_COMPARE(browser->model()->state(), LibraryModel::State::Ready);
    search(window, u"no such item "_s + freshTag());
    QCOMPARE(browser->model()->rowCount(), 0);
    QVERIFY2(browser->emptyText().startsWith(u"Nothing in the library matches"_s),
             qPrintable(browser->emptyText()));
    QCOMPARE(browser->statusText(), QString());
}

// The token-protected site lists two images: one's thumbnail is on the site itself (sent with the
// token), the other's on another origin (sent without it).
void TestLibraryWindow::thumbnailsGoWithoutTheCredentialToAnotherOrigin()
{
    const QString tag = freshTag();
    Profile media = preset(u"drf-media"_s, m_servers.drf);
    media.name = u"Media"_s;
    const QStringList ids = uploadDirect(
        media, drfSecret,
        {file(u"own-%1.png"_s.arg(tag), png(Qt::red)), file(u"cdn-%1.png"_s.arg(tag), png(Qt::blue))});
    const QString elsewhere = uploadDirect(openSandboxProfile(m_sandbox.base()), {},
                                           {file(u"elsewhere-%1.png"_s.arg(tag), png(Qt::green))})
                                  .constFirst();
    const QString ownUrl = m_servers.drf.url(u"/media/%1/own-%2.png"_s.arg(ids.at(0), tag)).toString();
    const QString otherUrl = m_sandbox.url(u"/media/%1/elsewhere-%2.png"_s.arg(elsewhere, tag)).toString();
    for (const auto& [id, url] : {std::pair(ids.at(0), ownUrl), std::pair(ids.at(1), otherUrl)})
        send("POST", m_servers.drf.url(u"/_hoist/thumbnails/"_s + id),
             QJsonDocument(QJsonArray{url}).toJson(), "application/json");
    m_servers.drf.clear();
    m_sandbox.clear();

    useProfile(media, drfSecret);
    LibraryWindow* window = openLibrary();
    QVERIFY(window);
    search(window, tag);
    LibraryModel* model = window->browser()->model();
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(!window->browser()->table()->isColumnHidden(LibraryModel::ThumbnailColumn));
    for (const QString& id : ids) {
        const QModelIndex thumbnail = model->index(rowOf(window, id), LibraryModel::ThumbnailColumn);
        QTRY_VERIFY(thumbnail.data(Qt::DecorationRole).canConvert<QPixmap>());
        const QPixmap pixmap = thumbnail.data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!pixmap.isNull());
        QVERIFY(pixmap.width() <= LibraryThumbnails::Edge * pixmap.devicePixelRatio());
    }
    QCOMPARE(model->thumbnails()->fetchesStarted(), 2); // each once, however often rows repaint

    const QJsonArray own = requestsTo(m_servers.drf, u"GET"_s, QUrl(ownUrl).path());
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.at(0)[u"headers"_s][u"authorization"_s].toString(), u"Token "_s + drfSecret.value);
    const QJsonArray other = requestsTo(m_sandbox, u"GET"_s, QUrl(otherUrl).path());
    QCOMPARE(other.size(), 1);
    const QJsonObject headers = other.at(0)[u"headers"_s].toObject();
    QVERIFY2(!headers.contains(u"authorization"_s), QJsonDocument(headers).toJson().constData());
    QVERIFY(!QJsonDocument(headers).toJson().contains(drfSecret.value.toUtf8()));
}

// A file dropped on a row: the confirmation names the item and offers Xibo's choices; the queue gets
// a Replace; once it ran, Xibo holds a new revision and the layouts show it instead of the old one.
void TestLibraryWindow::droppingAFileOnARowReplacesTheItemInXibo()
{
    const QString tag = freshTag();
    Profile xibo = preset(u"xibo"_s, m_servers.xibo);
    xibo.name = u"Signage"_s;
    const QString oldId =
        uploadDirect(xibo, xiboSecret, {file(u"harbour-%1.png"_s.arg(tag), png(Qt::darkBlue))},
                     {{u"name"_s, u"Harbour %1"_s.arg(tag)}})
            .constFirst();
    QVERIFY(!oldId.isEmpty());
    QNetworkAccessManager network;
    EmulatorClient::blockingRequest(network, "POST", m_servers.xibo.url(u"/_hoist/in-use/"_s + oldId));
    QVERIFY(itemWhere(m_servers.xibo.items(), u"mediaId"_s, oldId.toInt())[u"inUse"_s].toBool());

    useProfile(xibo, xiboSecret);
    LibraryWindow* window = openLibrary();
    QVERIFY(window);
    search(window, tag);
    const int row = rowOf(window, oldId);
    QVERIFY(row >= 0);
    QCOMPARE(window->browser()->model()->itemAt(row).name, u"Harbour %1"_s.arg(tag));

    const QString newFile = file(u"harbour-v2-%1.png"_s.arg(tag), png(Qt::cyan));
    bool asked = false;
    ModalDialogs::whenOpen<ReplaceDialog>([&](ReplaceDialog* dialog) {
        asked = true;
        const QLabel* question = dialog->findChild<QLabel*>(u"replaceQuestion"_s);
        QVERIFY(question && question->text().contains(u"\"Harbour %1\" (id %2)"_s.arg(tag, oldId)));
        QVERIFY(dialog->updateInLayouts() && dialog->deleteOldRevisions());
        QVERIFY(dialog->updateInLayouts()->isChecked()); // as the profile sets it
        QVERIFY(!dialog->deleteOldRevisions()->isChecked());
        dialog->updateInLayouts()->setChecked(false);
        QVERIFY(!dialog->deleteOldRevisions()->isEnabled()); // only together with the layouts
        dialog->updateInLayouts()->setChecked(true);
        QVERIFY(dialog->deleteOldRevisions()->isEnabled());
        ModalDialogs::button(dialog, u"Replace"_s)->click();
    });
    QTableView* table = window->browser()->table();
    WindowInput::dropUrlsAt(
        table->viewport(), {QUrl::fromLocalFile(newFile)},
        table->visualRect(window->browser()->model()->index(row, LibraryModel::NameColumn)).center());
    QTRY_VERIFY(asked);
    UploadTask* task = m_session->queue()->taskFor(newFile);
    QVERIFY(task);
    QCOMPARE(task->item().operation(), Profile::Operation::Replace);
    QCOMPARE(task->item().metadata.value(u"replace"_s), oldId);
    QCOMPARE(task->item().metadata.value(u"updateInLayouts"_s), u"1"_s);
    QCOMPARE(task->item().metadata.value(u"deleteOldRevisions"_s), u"0"_s);
    QCOMPARE(task->destination(), u"Signage"_s);
    QVERIFY2(window->report().contains(u"queued to replace"_s), qPrintable(window->report()));

    runMainQueue();
    QCOMPARE(task->state(), UploadTask::State::Succeeded);
    const QString newId = task->field(u"id"_s);
    const QJsonArray items = m_servers.xibo.items();
    const QJsonObject fresh = itemWhere(items, u"mediaId"_s, newId.toInt());
    QCOMPARE(fresh[u"oldMediaId"_s].toInt(), oldId.toInt());
    QCOMPARE(fresh[u"name"_s].toString(), u"Harbour %1"_s.arg(tag)); // the item keeps its name
    QVERIFY(fresh[u"updatedInLayouts"_s].toBool());
    QVERIFY(fresh[u"inUse"_s].toBool()); // the layouts now show the new file
    const QJsonObject old = itemWhere(items, u"mediaId"_s, oldId.toInt());
    QCOMPARE(old[u"isEdited"_s].toInt(), 1);
    QVERIFY(!old[u"inUse"_s].toBool());
    // The window reads the library again: the new revision instead of the old one.
    QTRY_VERIFY(rowOf(window, newId) >= 0);
    QCOMPARE(rowOf(window, oldId), -1);
}

void TestLibraryWindow::deleteAsksAndAnItemInUseOffersDeleteAnyway()
{
    const QString tag = freshTag();
    Profile xibo = preset(u"xibo"_s, m_servers.xibo);
    xibo.name = u"Signage"_s;
    const QStringList ids = uploadDirect(xibo, xiboSecret,
                                         {file(u"free-%1.png"_s.arg(tag), png(Qt::yellow)),
                                          file(u"used-%1.png"_s.arg(tag), png(Qt::magenta))});
    QNetworkAccessManager network;
    EmulatorClient::blockingRequest(network, "POST", m_servers.xibo.url(u"/_hoist/in-use/"_s + ids.at(1)));
    useProfile(xibo, xiboSecret);
    LibraryWindow* window = openLibrary();
    QVERIFY(window);
    search(window, tag);
    QCOMPARE(window->browser()->model()->rowCount(), 2);
    QTableView* table = window->browser()->table();
    const auto select = [&](const QString& id) {
        table->setCurrentIndex(
            window->browser()->model()->index(rowOf(window, id), LibraryModel::NameColumn));
    };
    const auto confirm = [](const QString& name, bool* asked) {
        ModalDialogs::whenOpen<QMessageBox>([name, asked](QMessageBox* box) {
            *asked = box->text().contains(u'"' + name + u'"');
            QVERIFY2(*asked, qPrintable(box->text()));
            ModalDialogs::button(box, u"Delete"_s)->click();
        });
    };

    bool asked = false;
    confirm(u"free-%1.png"_s.arg(tag), &asked);
    select(ids.at(0));
    press(table, QKeySequence::Delete);
    QVERIFY(asked);
    QTRY_COMPARE(rowOf(window, ids.at(0)), -1);
    QVERIFY(itemWhere(m_servers.xibo.items(), u"mediaId"_s, ids.at(0).toInt()).isEmpty());
    QCOMPARE(window->browser()->statusText(), itemCount(1, 1));

    asked = false;
    confirm(u"used-%1.png"_s.arg(tag), &asked);
    select(ids.at(1));
    action(window, u"Delete…"_s)->trigger();
    QVERIFY(asked);
    bool offered = false;
    ModalDialogs::whenOpen<QMessageBox>([&offered](QMessageBox* box) {
        offered = box->text().startsWith(u"This item is used in layouts"_s);
        QVERIFY2(offered, qPrintable(box->text()));
        ModalDialogs::button(box, u"Delete Anyway"_s)->click();
    });
    QTRY_VERIFY(offered);
    QTRY_COMPARE(rowOf(window, ids.at(1)), -1);
    QVERIFY(itemWhere(m_servers.xibo.items(), u"mediaId"_s, ids.at(1).toInt()).isEmpty());
    const QJsonArray deletes = requestsTo(m_servers.xibo, u"DELETE"_s, u"/api/library/"_s + ids.at(1));
    QCOMPARE(deletes.size(), 2);
    QCOMPARE(deletes.at(0)[u"status"_s].toInt(), 422);
    QCOMPARE(deletes.at(1)[u"status"_s].toInt(), 204);
}

void TestLibraryWindow::mayanDeleteSaysTheItemGoesToTheTrash()
{
    const QString tag = freshTag();
    Profile mayan = preset(u"mayan"_s, m_servers.mayan);
    mayan.name = u"Documents"_s;
    mayan.variables.insert(u"documentType"_s, u"1"_s);
    const Secret secret{u"hoist"_s, u"hoist-mayan-password"_s};
    const QString id =
        uploadDirect(mayan, secret, {file(u"contract-%1.pdf"_s.arg(tag), "%PDF-1.4\n" + tag.toUtf8())},
                     {{u"name"_s, u"Contract "_s + tag}})
            .constFirst();
    QVERIFY(!id.isEmpty());
    useProfile(mayan, secret);
    LibraryWindow* window = openLibrary();
    QVERIFY(window);
    search(window, tag);
    LibraryModel* model = window->browser()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->itemAt(0).id, id);

    QString said;
    ModalDialogs::whenOpen<QMessageBox>([&said](QMessageBox* box) {
        said = box->informativeText();
        ModalDialogs::button(box, u"Delete"_s)->click();
    });
    window->browser()->table()->setCurrentIndex(model->index(0, LibraryModel::NameColumn));
    action(window, u"Delete…"_s)->trigger();
    QVERIFY2(said.contains(u"trash"_s), qPrintable(said));
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(window->report(), u"\"Contract %1\" is in the trash."_s.arg(tag));
    QVERIFY(itemWhere(m_servers.mayan.items(), u"id"_s, id.toInt())[u"trashed"_s].toBool());
}

// Xibo answers its whole folder tree at once; choosing a folder asks the server for its items.
void TestLibraryWindow::xiboFoldersNarrowTheList()
{
    const QString tag = freshTag();
    const QString token = accessToken(m_servers.xibo.url(u"/api/authorize/access_token"_s),
                                      "grant_type=client_credentials&client_id=" + xiboSecret.user.toUtf8() +
                                          "&client_secret=" + xiboSecret.value.toUtf8());
    QVERIFY(!token.isEmpty());
    const QString folderId =
        QString::number(QJsonDocument::fromJson(send("POST", m_servers.xibo.url(u"/api/folders"_s),
                                                     "text=Posters-" + tag.toUtf8() + "&parentId=1",
                                                     "application/x-www-form-urlencoded", token))
                            .object()
                            .value(u"id"_s)
                            .toInt());
    Profile xibo = preset(u"xibo"_s, m_servers.xibo);
    xibo.name = u"Signage"_s;
    const QString inFolder =
        uploadDirect(xibo, xiboSecret, {file(u"poster-%1.png"_s.arg(tag), png(Qt::darkRed))},
                     {{u"folder"_s, folderId}})
            .constFirst();
    uploadDirect(xibo, xiboSecret, {file(u"rooted-%1.png"_s.arg(tag), png(Qt::darkGreen))});
    useProfile(xibo, xiboSecret);
    LibraryWindow* window = openLibrary();
    QVERIFY(window);
    search(window, tag);
    QCOMPARE(window->browser()->model()->rowCount(), 2);

    QTreeView* folders = window->browser()->folderView();
    QVERIFY(folders->isVisible());
    QAbstractItemModel* tree = folders->model();
    QTRY_COMPARE(tree->rowCount(), 2);
    QCOMPARE(tree->index(0, 0).data().toString(), u"All items"_s);
    const QModelIndex root = tree->index(1, 0);
    QCOMPARE(root.data().toString(), u"Root Folder"_s);
    QTRY_VERIFY(folders->isExpanded(root)); // the lone top folder is open
    QModelIndex posters;
    for (int row = 0; row < tree->rowCount(root); ++row) {
        if (tree->index(row, 0, root).data(LibraryFolderModel::IdRole).toString() == folderId)
            posters = tree->index(row, 0, root);
    }
    QVERIFY(posters.isValid());
    QCOMPARE(posters.data().toString(), u"Posters-"_s + tag);
    m_servers.xibo.clear();
    folders->setCurrentIndex(posters);
    QTRY_COMPARE(window->browser()->model()->rowCount(), 1);
    QTRY_COMPARE(window->browser()->model()->state(), LibraryModel::State::Ready);
    QCOMPARE(window->browser()->model()->itemAt(0).id, inFolder);
    const QJsonArray lists = requestsTo(m_servers.xibo, u"GET"_s, u"/api/library"_s);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(queryValue(lists.at(0), u"folderId"_s), folderId);
    QCOMPARE(queryValue(lists.at(0), u"media"_s), tag); // the search stays
}

// Squidex lists the subfolders of one folder: the tree asks for a folder's as it is opened.
void TestLibraryWindow::squidexFoldersAreReadAsTheyAreOpened()
{
    const QString tag = freshTag();
    const QString token = accessToken(m_servers.squidex.url(u"/identity-server/connect/token"_s),
                                      "grant_type=client_credentials&scope=squidex-api&client_id=" +
                                          QUrl::toPercentEncoding(squidexSecret.user) +
                                          "&client_secret=" + squidexSecret.value.toUtf8());
    QVERIFY(!token.isEmpty());
    const QUrl foldersUrl = m_servers.squidex.url(u"/api/apps/hoist-app/assets/folders"_s);
    const auto addFolder = [&](const QString& name, const QString& parent) {
        return QJsonDocument::fromJson(
                   send("POST", foldersUrl,
                        QJsonDocument(QJsonObject{{u"folderName"_s, name}, {u"parentId"_s, parent}}).toJson(),
                        "application/json", token))
            .object()
            .value(u"id"_s)
            .toString();
    };
    const QString outer = addFolder(u"Outer "_s + tag, QString());
    const QString inner = addFolder(u"Inner "_s + tag, outer);
    QVERIFY(!outer.isEmpty() && !inner.isEmpty());

    Profile squidex = preset(u"squidex"_s, m_servers.squidex);
    squidex.variables.insert(u"app"_s, u"hoist-app"_s);
    m_servers.squidex.clear();
    LibraryFolderModel model(&m_network, &m_tokens, true);
    model.setDestination({squidex.name, squidex, {}, squidexSecret});
    const auto find = [&model](const QString& id) {
        return model.match(model.index(0, 0), LibraryFolderModel::IdRole, id, 1, Qt::MatchExactly).value(0);
    };
    QTRY_VERIFY(find(outer).isValid());
    const QPersistentModelIndex outerIndex = find(outer);
    QVERIFY(model.hasChildren(outerIndex)); // not read yet: it may have some
    QCOMPARE(model.rowCount(outerIndex), 0);
    QCOMPARE(requestsTo(m_servers.squidex, u"GET"_s, u"/api/apps/hoist-app/assets/folders"_s).size(), 1);
    QTreeView view;
    view.setModel(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.expand(outerIndex);
    QTRY_COMPARE(model.rowCount(outerIndex), 1);
    QCOMPARE(model.index(0, 0, outerIndex).data().toString(), u"Inner "_s + tag);
    QStringList parents;
    for (const QJsonValue& request :
         requestsTo(m_servers.squidex, u"GET"_s, u"/api/apps/hoist-app/assets/folders"_s))
        parents.append(request[u"query"_s][u"parentId"_s].toArray().at(0).toString());
    // The top, then the folder that was opened; the inner one is not read before it is opened.
    QCOMPARE(parents, QStringList({QString(), outer}));
}

// Qualtrics cannot list its library: the window shows what the history uploaded there and says so; a
// deletion goes to the server and is remembered, so the item does not come back from the history.
void TestLibraryWindow::qualtricsListsWhatTheHistoryUploaded()
{
    const QString tag = freshTag();
    Profile qualtrics = preset(u"qualtrics"_s, m_servers.qualtrics);
    qualtrics.name = u"Surveys"_s;
    qualtrics.variables.insert(u"library"_s, u"UR_hoist"_s);
    useProfile(qualtrics, qualtricsSecret);
    const QStringList paths{file(u"logo-%1.png"_s.arg(tag), png(Qt::gray)),
                            file(u"banner-%1.png"_s.arg(tag), png(Qt::black))};
    m_session->window()->addPaths(paths);
    runMainQueue();
    QStringList ids;
    for (const QString& path : paths) {
        UploadTask* task = m_session->queue()->taskFor(path);
        QVERIFY(task && task->state() == UploadTask::State::Succeeded);
        ids.append(task->field(u"id"_s));
    }

    LibraryWindow* window = openLibrary();
    QVERIFY(window);
    QCOMPARE(
        window->notice(),
        u"Qualtrics graphics library has no way to list what it holds: these are the items Hoist uploaded there."_s);
    LibraryModel* model = window->browser()->model();
    QVERIFY(model->fromHistory());
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(rowOf(window, ids.at(0)) >= 0 && rowOf(window, ids.at(1)) >= 0);
    QCOMPARE(model->itemAt(rowOf(window, ids.at(1))).name, u"banner-%1.png"_s.arg(tag));
    QCOMPARE(window->browser()->statusText(), itemCount(2, 2));

    bool asked = false;
    ModalDialogs::whenOpen<QMessageBox>([&asked](QMessageBox* box) {
        asked = true;
        ModalDialogs::button(box, u"Delete"_s)->click();
    });
    window->browser()->table()->setCurrentIndex(
        model->index(rowOf(window, ids.at(1)), LibraryModel::NameColumn));
    // Qualtrics has no replace: a new upload, then the old item deleted.
    QVERIFY(action(window, u"Replace with File…"_s)->isEnabled());
    action(window, u"Delete…"_s)->trigger();
    QVERIFY(asked);
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(itemWhere(m_servers.qualtrics.items(), u"id"_s, ids.at(1)).isEmpty());
    QVERIFY(!itemWhere(m_servers.qualtrics.items(), u"id"_s, ids.at(0)).isEmpty());

    StorageDatabase database(m_dir->filePath(u"hoist.sqlite"_s));
    QCOMPARE(LibraryDeletions(database).ids(u"Surveys"_s), QSet<QString>{ids.at(1)});
    window->browser()->refresh();
    QTRY_COMPARE(model->state(), LibraryModel::State::Ready);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->itemAt(0).id, ids.at(0));
}

// "Replaces item" and "Folder" are picked from the library; Pick… is there only where it can list.
void TestLibraryWindow::pickFillsTheItemEditor()
{
    const QString tag = freshTag();
    Profile xibo = preset(u"xibo"_s, m_servers.xibo);
    xibo.name = u"Signage"_s;
    const QString id =
        uploadDirect(xibo, xiboSecret, {file(u"menu-%1.png"_s.arg(tag), png(Qt::darkYellow))}).constFirst();
    useProfile(xibo, xiboSecret);
    const QString queued = file(u"menu-v2-%1.png"_s.arg(tag), png(Qt::lightGray));
    m_session->window()->addPaths({queued});
    QTRY_VERIFY(m_session->queue()->taskFor(queued));
    m_session->window()->queueView()->selectFirstRowIfNone();
    ItemEditor* editor = m_session->window()->itemEditor();
    QPushButton* pickItem = editor->pickButton(u"replace"_s);
    QPushButton* pickFolder = editor->pickButton(u"folder"_s);
    QVERIFY(pickItem && pickFolder);
    QTRY_VERIFY(pickItem->isEnabled() && pickFolder->isEnabled());

    ModalDialogs::whenOpen<LibraryPicker>([&](LibraryPicker* picker) {
        LibraryBrowser* browser = picker->browser();
        QVERIFY(browser);
        QTest::keyClicks(browser->searchField(), tag);
        QTRY_COMPARE(browser->model()->search(), tag);
        QTRY_COMPARE(browser->model()->rowCount(), 1);
        browser->table()->setCurrentIndex(browser->model()->index(0, LibraryModel::NameColumn));
        ModalDialogs::button(picker, u"Pick"_s)->click();
    });
    pickItem->click();
    QCOMPARE(editor->field(u"replace"_s)->text(), id);

    ModalDialogs::whenOpen<LibraryPicker>([&](LibraryPicker* picker) {
        QTreeView* folders = picker->folderView();
        QVERIFY(folders);
        QTRY_VERIFY(folders->model()->rowCount() > 0);
        QCOMPARE(folders->model()->index(0, 0).data().toString(), u"Root Folder"_s); // no "All items" here
        folders->setCurrentIndex(folders->model()->index(0, 0));
        ModalDialogs::button(picker, u"Pick"_s)->click();
    });
    pickFolder->click();
    QCOMPARE(editor->field(u"folder"_s)->text(), u"1"_s);

    // Qualtrics takes a folder but cannot list any: Pick… is there, and off.
    Profile qualtrics = preset(u"qualtrics"_s, m_servers.qualtrics);
    qualtrics.name = u"Surveys"_s;
    qualtrics.variables.insert(u"library"_s, u"UR_hoist"_s);
    useProfile(qualtrics);
    QVERIFY(editor->pickButton(u"folder"_s));
    QVERIFY(!editor->pickButton(u"folder"_s)->isEnabled());
    // Replacing there is a new upload and a deletion; the item to replace comes from the history.
    QVERIFY(editor->pickButton(u"replace"_s));
}

QTEST_MAIN(TestLibraryWindow)
#include "TestLibraryWindow.moc"
