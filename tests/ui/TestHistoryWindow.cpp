// The upload history window over a real database: the search runs in SQL, the filters narrow what is
// read, Copy URLs, Export CSV (read back by a strict parser), the stored answer in the inspector,
// Upload Again into the main window's queue under each record's own profile, and the empty states.
#include "app/credentials/CredentialStore.h"
#include "app/profiles/ProfileStore.h"
#include "app/responses/JsonTreeModel.h"
#include "app/storage/History.h"
#include "app/storage/StorageDatabase.h"
#include "app/transfers/UploadQueue.h"
#include "tests/support/CsvParser.h"
#include "tests/support/ModalDialogs.h"
#include "tests/support/SandboxProfile.h"
#include "tests/support/TestFiles.h"
#include "ui/DesktopSession.h"
#include "ui/HistoryModel.h"
#include "ui/HistoryWindow.h"
#include "ui/MainWindow.h"
#include "ui/ResponseInspector.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using State = HistoryRecord::State;

namespace {
const QString awkwardPath = u"/exports/report, \"final\"\nv2.pdf"_s; // a comma, a quote and a newline

struct Sample
{
    QString path;
    QString profile;
    State state;
    qint64 secondsAgo;
    int httpStatus = 0;
    QString id;
    QString url;
    QByteArray body;
    QString message;
};

HistoryRecord recordOf(const Sample& sample, const QDateTime& now)
{
    HistoryRecord record;
    record.uuid = QUuid::createUuid();
    record.time = now.addSecs(-sample.secondsAgo);
    record.profile = sample.profile;
    record.setAddress(QUrl(u"https://cms.example/api/library?api_key=s3cret"_s));
    record.path = sample.path;
    record.size = 52'341;
    record.state = sample.state;
    record.httpStatus = sample.httpStatus;
    if (!sample.id.isEmpty())
        record.fields.append({u"id"_s, sample.id});
    if (!sample.url.isEmpty())
        record.fields.append({u"url"_s, sample.url});
    if (!sample.body.isEmpty()) {
        record.headers = {{"Content-Type", "application/json"}};
        record.body = sample.body;
        record.bodyTotalBytes = sample.body.size();
        record.msToFirstByte = 12;
        record.msTotal = 80;
    }
    record.message = sample.message;
    return record;
}

constexpr qint64 day = 24 * 60 * 60;

// Newest first, as the window lists them: two today, then 3, 20 and 40 days old.
const QList<Sample> samples{
    {u"/pictures/harbour.png"_s, u"Xibo"_s, State::Succeeded, 0, 201, u"101"_s,
     u"https://cms.example/media/101"_s, R"({"files":[{"mediaId":101,"name":"harbour"}]})", QString()},
    {u"/notes/notes.txt"_s,
     u"Mayan"_s,
     State::Blocked,
     1,
     0,
     {},
     {},
     {},
     u"The file is empty: nothing was sent."_s},
    {u"/pictures/Sunset.jpg"_s,
     u"Xibo"_s,
     State::Failed,
     3 * day,
     400,
     {},
     {},
     R"({"detail":"File is too small"})",
     u"The file part arrived empty."_s},
    {u"/pictures/Ölgemälde.tif"_s, u"Squidex"_s, State::Succeeded, 20 * day, 201, u"c0ffee"_s,
     u"https://squidex.example/assets/c0ffee"_s, R"({"id":"c0ffee"})", QString()},
    {awkwardPath,
     u"Squidex"_s,
     State::Unknown,
     40 * day,
     0,
     {},
     {},
     {},
     u"The whole file went out and no answer came, \"maybe\" stored."_s},
};
} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyHistorySaysSo();
    void listsNewestFirstInPlainWords();
    void searchRunsInTheDatabase();
    void filtersByProfileStatusAndTime();
    void copyUrlsCopiesTheSelectedOnes();
    void exportWritesTheRowsAsCsv();
    void showAnswerReadsTheStoredAnswer();
    void uploadAgainHandsOverTheSelected();
    void layoutSurvivesReopening();
    void mainWindowQueuesAgainUnderEachProfile();
    void unusableDatabaseDisablesHistory();

private:
    void populate();
    void openWindow();
    QStringList shownNames() const;
    void select(const QStringList& names);
    void press(QWidget* target, const QKeySequence& keys);
    QAction* action(QWidget* parent, const QString& text) const;
    void choose(const QString& filterName, const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StorageDatabase> m_database;
    std::unique_ptr<History> m_history;
    std::unique_ptr<HistoryWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now;
};

void TestHistoryWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_database = std::make_unique<StorageDatabase>(m_dir->filePath(u"hoist.sqlite"_s));
    QVERIFY(m_database->isUsable());
    m_history = std::make_unique<History>(*m_database);
    m_now = QDateTime::currentDateTimeUtc();
}

void TestHistoryWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_history.reset();
    m_database.reset();
    m_dir.reset();
}

void TestHistoryWindow::populate()
{
    // Written oldest first: the window sorts by time, not by the order of writing.
    for (auto sample = samples.crbegin(); sample != samples.crend(); ++sample) {
        const StorageError error = m_history->add(recordOf(*sample, m_now));
        QVERIFY2(!error.isError(), qPrintable(error.message));
    }
}

void TestHistoryWindow::openWindow()
{
    m_tester.reset();
    m_window = std::make_unique<HistoryWindow>(m_history.get(), m_dir->filePath(u"hoist.conf"_s));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QStringList TestHistoryWindow::shownNames() const
{
    QStringList names;
    const QAbstractItemModel* view = m_window->table()->model();
    for (int row = 0; row < view->rowCount(); ++row)
        names.append(view->index(row, HistoryModel::FileColumn).data().toString());
    return names;
}

void TestHistoryWindow::select(const QStringList& names)
{
    QTableView* table = m_window->table();
    table->clearSelection();
    const QStringList shown = shownNames();
    for (const QString& name : names) {
        const int row = int(shown.indexOf(name));
        QVERIFY2(row >= 0, qPrintable(name));
        table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

// A real key press to the focused widget of the active window, so that shortcut contexts count.
void TestHistoryWindow::press(QWidget* target, const QKeySequence& keys)
{
    QWidget* window = target->window();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    target->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(target->hasFocus());
    QTest::keySequence(target, keys);
}

QAction* TestHistoryWindow::action(QWidget* parent, const QString& text) const
{
    for (QAction* candidate : parent->findChildren<QAction*>()) {
        if (candidate->text().remove(u'&') == text)
            return candidate;
    }
    return nullptr;
}

void TestHistoryWindow::choose(const QString& filterName, const QString& text)
{
    auto* filter = m_window->findChild<QComboBox*>(filterName);
    QVERIFY(filter);
    const int index = filter->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    filter->setCurrentIndex(index);
}

void TestHistoryWindow::emptyHistorySaysSo()
{
    openWindow();
    QCOMPARE(m_window->model()->rowCount(), 0);
    QCOMPARE(m_window->emptyText(), u"No uploads recorded yet"_s);

    populate();
    press(m_window->table(), QKeySequence(Qt::Key_F5));
    QTRY_COMPARE(m_window->model()->rowCount(), samples.size());
    QCOMPARE(m_window->emptyText(), QString());

    QTest::keyClicks(m_window->findChild<QLineEdit*>(u"historySearch"_s), u"no such file"_s);
    QTRY_COMPARE(m_window->model()->rowCount(), 0);
    QCOMPARE(m_window->emptyText(), u"No upload matches these filters"_s);
}

void TestHistoryWindow::listsNewestFirstInPlainWords()
{
    populate();
    openWindow();
    QCOMPARE(shownNames(), QStringList({u"harbour.png"_s, u"notes.txt"_s, u"Sunset.jpg"_s, u"Ölgemälde.tif"_s,
                                        u"report, \"final\"\nv2.pdf"_s}));
    const QAbstractItemModel* view = m_window->table()->model();
    const auto cell = [view](int row, int column, int role = Qt::DisplayRole) {
        return view->index(row, column).data(role).toString();
    };
    QCOMPARE(cell(0, HistoryModel::StatusColumn), u"Uploaded"_s);
    QCOMPARE(cell(1, HistoryModel::StatusColumn), u"Not sent"_s);
    QCOMPARE(cell(2, HistoryModel::StatusColumn), u"Failed"_s);
    QCOMPARE(cell(4, HistoryModel::StatusColumn), u"Outcome unknown"_s);
    QCOMPARE(cell(0, HistoryModel::FileColumn, Qt::ToolTipRole), u"/pictures/harbour.png"_s);
    QCOMPARE(cell(0, HistoryModel::SizeColumn), QLocale().formattedDataSize(52'341));
    QCOMPARE(cell(0, HistoryModel::ProfileColumn), u"Xibo"_s);
    QCOMPARE(cell(0, HistoryModel::HttpStatusColumn), u"201"_s);
    QCOMPARE(cell(1, HistoryModel::HttpStatusColumn), QString());
    QCOMPARE(cell(0, HistoryModel::IdColumn), u"101"_s);
    QCOMPARE(cell(0, HistoryModel::UrlColumn), u"https://cms.example/media/101"_s);
    QCOMPARE(cell(2, HistoryModel::MessageColumn), u"The file part arrived empty."_s);
    QCOMPARE(cell(0, HistoryModel::TimeColumn),
             QLocale().toString(m_now.toLocalTime(), QLocale::ShortFormat));
    // The address as it was recorded: masked.
    QVERIFY(!cell(0, HistoryModel::ProfileColumn, Qt::ToolTipRole).contains(u"s3cret"_s));

    // Sorting by time goes by the moment, not by the text of the local date.
    m_window->table()->sortByColumn(HistoryModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(shownNames().constFirst(), u"report, \"final\"\nv2.pdf"_s);
    QCOMPARE(shownNames().constLast(), u"harbour.png"_s);
}

void TestHistoryWindow::searchRunsInTheDatabase()
{
    populate();
    openWindow();
    auto* search = m_window->findChild<QLineEdit*>(u"historySearch"_s);
    QVERIFY(search);
    QTest::keyClicks(search, u"SUN"_s);
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(shownNames(), QStringList{u"Sunset.jpg"_s});
    search->clear();
    search->insert(u"ölgem"_s); // QTest types only ASCII
    QTRY_COMPARE(shownNames(), QStringList{u"Ölgemälde.tif"_s});

    // Only the newest are read, and the window says so; the search still finds an older one, so it
    // is not a filter over what was read.
    m_window->setLimit(2);
    search->clear();
    QTRY_COMPARE(m_window->model()->rowCount(), 2);
    QVERIFY2(m_window->statusText().contains(u"newest"_s), qPrintable(m_window->statusText()));
    QTest::keyClicks(search, u"report"_s);
    QTRY_COMPARE(shownNames(), QStringList{u"report, \"final\"\nv2.pdf"_s});
    QVERIFY(!m_window->statusText().contains(u"newest"_s));
}

void TestHistoryWindow::filtersByProfileStatusAndTime()
{
    populate();
    openWindow();
    auto* profiles = m_window->findChild<QComboBox*>(u"historyProfile"_s);
    QVERIFY(profiles);
    QStringList listed;
    for (int index = 0; index < profiles->count(); ++index)
        listed.append(profiles->itemText(index));
    QCOMPARE(listed, QStringList({u"All profiles"_s, u"Mayan"_s, u"Squidex"_s, u"Xibo"_s}));

    choose(u"historyProfile"_s, u"Squidex"_s);
    QTRY_COMPARE(shownNames(), QStringList({u"Ölgemälde.tif"_s, u"report, \"final\"\nv2.pdf"_s}));
    choose(u"historyStatus"_s, u"Uploaded"_s);
    QTRY_COMPARE(shownNames(), QStringList{u"Ölgemälde.tif"_s});
    choose(u"historyProfile"_s, u"All profiles"_s);
    QTRY_COMPARE(shownNames(), QStringList({u"harbour.png"_s, u"Ölgemälde.tif"_s}));
    choose(u"historyStatus"_s, u"All statuses"_s);

    choose(u"historySince"_s, u"Today"_s);
    QTRY_COMPARE(shownNames(), QStringList({u"harbour.png"_s, u"notes.txt"_s}));
    choose(u"historySince"_s, u"Last 7 days"_s);
    QTRY_COMPARE(m_window->model()->rowCount(), 3);
    choose(u"historySince"_s, u"Last 30 days"_s);
    QTRY_COMPARE(m_window->model()->rowCount(), 4);
    choose(u"historySince"_s, u"Any time"_s);
    QTRY_COMPARE(m_window->model()->rowCount(), samples.size());
}

void TestHistoryWindow::copyUrlsCopiesTheSelectedOnes()
{
    populate();
    openWindow();
    QGuiApplication::clipboard()->setText(u"before"_s);
    // Sunset.jpg has no URL: it adds no empty line.
    select({u"harbour.png"_s, u"Sunset.jpg"_s, u"Ölgemälde.tif"_s});
    press(m_window->table(), QKeySequence::Copy);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(),
                 u"https://cms.example/media/101\nhttps://squidex.example/assets/c0ffee"_s);

    select({u"Ölgemälde.tif"_s});
    QAction* copy = action(m_window.get(), u"Copy URLs"_s);
    QVERIFY(copy && copy->isEnabled());
    copy->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"https://squidex.example/assets/c0ffee"_s);
    select({u"notes.txt"_s});
    QVERIFY(!copy->isEnabled());
}

void TestHistoryWindow::exportWritesTheRowsAsCsv()
{
    populate();
    openWindow();
    const auto exportTo = [this](const QString& path) -> std::optional<QList<QStringList>> {
        ModalDialogs::whenOpen<QFileDialog>(
            [path](QFileDialog* dialog) { ModalDialogs::choosePath(dialog, path); });
        press(m_window->table(), QKeySequence::Save);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        QString error;
        const std::optional<QList<QStringList>> rows = CsvParser::parse(file.readAll(), &error);
        if (!rows)
            qWarning() << error;
        return rows;
    };
    const auto expected = [this](const Sample& sample) {
        const HistoryRecord record = recordOf(sample, m_now);
        return QStringList{record.time.toString(Qt::ISODate),
                           HistoryRecord::stateName(sample.state),
                           sample.path,
                           u"52341"_s,
                           sample.profile,
                           record.address(),
                           sample.httpStatus ? QString::number(sample.httpStatus) : QString(),
                           sample.id,
                           sample.url,
                           sample.message};
    };

    // Nothing selected: every row shown, in the table's order.
    const std::optional<QList<QStringList>> all = exportTo(m_dir->filePath(u"all.csv"_s));
    QVERIFY(all);
    QCOMPARE(all->size(), 1 + samples.size());
    QCOMPARE(all->constFirst(),
             QStringList({u"time"_s, u"status"_s, u"file"_s, u"size"_s, u"profile"_s, u"address"_s,
                          u"http_status"_s, u"id"_s, u"url"_s, u"message"_s}));
    for (int row = 0; row < samples.size(); ++row)
        QCOMPARE(all->at(1 + row), expected(samples.at(row)));
    QVERIFY(!all->at(1).at(5).contains(u"s3cret"_s));

    select({awkwardPath.section(u'/', -1), u"Ölgemälde.tif"_s});
    const std::optional<QList<QStringList>> selected = exportTo(m_dir->filePath(u"selected.csv"_s));
    QVERIFY(selected);
    QCOMPARE(selected->size(), 3);
    QCOMPARE(selected->at(1), expected(samples.at(3)));
    QCOMPARE(selected->at(2), expected(samples.at(4)));
    QVERIFY2(m_window->statusText().contains(u"selected.csv"_s), qPrintable(m_window->statusText()));
}

void TestHistoryWindow::showAnswerReadsTheStoredAnswer()
{
    populate();
    openWindow();
    select({u"Sunset.jpg"_s});
    press(m_window->table(), QKeySequence(Qt::CTRL | Qt::Key_I));
    ResponseInspector* inspector = m_window->inspector();
    QTRY_VERIFY(inspector->isAncestorOf(QApplication::focusWidget()) || inspector->hasFocus());
    // The list is read without answers: this one was read for the inspector.
    QVERIFY(m_window->model()->records().at(2).body.isEmpty());
    QCOMPARE(inspector->treeModel()->json(), QJsonDocument::fromJson(samples.at(2).body));
    QVERIFY(inspector->rawText().contains(u"File is too small"_s));
    QCOMPARE(inspector->explanation(), samples.at(2).message);
    QVERIFY2(inspector->summary().contains(u"HTTP 400"_s), qPrintable(inspector->summary()));
    QVERIFY(!inspector->summary().contains(u"s3cret"_s));

    // Enter on a row shows its answer too, with the values taken from it.
    select({u"harbour.png"_s});
    press(m_window->table(), QKeySequence(Qt::Key_Return));
    QTRY_COMPARE(inspector->treeModel()->json(), QJsonDocument::fromJson(samples.at(0).body));
    QVERIFY2(inspector->summary().contains(u"https://cms.example/media/101"_s),
             qPrintable(inspector->summary()));

    // Nothing was sent: nothing to show but why.
    select({u"notes.txt"_s});
    QTRY_COMPARE(inspector->explanation(), samples.at(1).message);
    QCOMPARE(inspector->treeModel()->json(), QJsonDocument());
    QCOMPARE(inspector->rawText(), QString());
}

void TestHistoryWindow::uploadAgainHandsOverTheSelected()
{
    populate();
    openWindow();
    QSignalSpy again(m_window.get(), &HistoryWindow::uploadAgainRequested);
    select({u"Sunset.jpg"_s, u"notes.txt"_s});
    press(m_window->table(), QKeySequence(Qt::CTRL | Qt::Key_U));
    QTRY_COMPARE(again.size(), 1);
    const auto records = again.constFirst().constFirst().value<QList<HistoryRecord>>();
    QStringList paths;
    for (const HistoryRecord& record : records)
        paths.append(record.path + u" → "_s + record.profile);
    QCOMPARE(paths, QStringList({u"/notes/notes.txt → Mayan"_s, u"/pictures/Sunset.jpg → Xibo"_s}));
}

void TestHistoryWindow::layoutSurvivesReopening()
{
    openWindow();
    m_window->resize(700, 500);
    m_window->table()->setColumnWidth(HistoryModel::FileColumn, 333);
    auto* splitter = m_window->findChild<QSplitter*>(u"historySplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({300, 100});
    const QList<int> sizes = splitter->sizes();
    m_window->close();

    openWindow();
    QCOMPARE(m_window->size(), QSize(700, 500));
    QCOMPARE(m_window->table()->columnWidth(HistoryModel::FileColumn), 333);
    QCOMPARE(m_window->findChild<QSplitter*>(u"historySplitter"_s)->sizes(), sizes);
}

// Through the real composition root: History… opens the window, and Upload Again puts each file back
// in the queue under the profile it went to, with that profile's secret, while the profile box keeps
// the user's choice. A profile that is gone is named, and its files stay out.
void TestHistoryWindow::mainWindowQueuesAgainUnderEachProfile()
{
    DesktopSession session(m_dir->filePath(u"profiles"_s), m_dir->filePath(u"hoist.conf"_s),
                           m_dir->filePath(u"session.sqlite"_s));
    QVERIFY(session.history());
    const QUrl nowhere(u"http://127.0.0.1:9"_s); // nothing is sent: the queue is not started
    Profile plain = openSandboxProfile(nowhere);
    plain.name = u"Plain"_s;
    QVERIFY(session.profiles()->save(plain, nullptr));
    // Two profiles that sign in, each with its own secret kept for this session.
    for (const QString& name : {u"Library A"_s, u"Library B"_s}) {
        Profile library = *PresetCatalogue::find(u"sandbox"_s);
        library.variables.insert(u"base"_s, nowhere.toString());
        library.name = name;
        library.auth.credential = u"key-"_s + name.back();
        QVERIFY(session.profiles()->save(library, nullptr));
        session.credentials()->keepForSession({library.auth.credential, Credential::Kind::Token, {}, {}},
                                              {{}, u"secret-"_s + name.back()});
    }
    MainWindow* window = session.window();
    window->selectProfile(u"Plain"_s);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));

    QStringList files;
    for (const QString& name : {u"a.png"_s, u"b.png"_s, u"gone.png"_s})
        files.append(TestFiles::write(m_dir->filePath(name), "some bytes\n"));
    for (const auto& [file, profile] :
         {std::pair(files.at(0), u"Library A"_s), std::pair(files.at(1), u"Library B"_s),
          std::pair(files.at(2), u"Deleted Profile"_s)}) {
        HistoryRecord record = recordOf({file, profile, State::Failed, 60, 0, {}, {}, {}, {}}, m_now);
        QVERIFY(!session.history()->add(record).isError());
    }

    press(window, QKeySequence(Qt::CTRL | Qt::Key_H));
    HistoryWindow* history = window->historyWindow();
    QVERIFY(history);
    QTRY_VERIFY(history->isVisible());
    QTRY_COMPARE(history->model()->rowCount(), 3);
    history->table()->selectAll();
    QAction* again = action(history, u"Upload Again"_s);
    QVERIFY(again && again->isEnabled());
    again->trigger();

    UploadQueue* queue = session.queue();
    QCOMPARE(queue->tasks().size(), 2);
    QCOMPARE(queue->taskFor(files.at(0))->destination(), u"Library A"_s);
    QCOMPARE(queue->taskFor(files.at(1))->destination(), u"Library B"_s);
    QVERIFY(!queue->contains(files.at(2)));
    QVERIFY2(window->notice().contains(u"Deleted Profile"_s), qPrintable(window->notice()));
    QCOMPARE(queue->profile().name, u"Plain"_s);
    // Each waits with its own profile's secret, not for one.
    for (const QString& name : {u"Library A"_s, u"Library B"_s}) {
        QTRY_COMPARE(queue->destination(name)->secret.value, u"secret-"_s + name.back());
    }
    QTRY_COMPARE(queue->taskFor(files.at(0))->state(), UploadTask::State::Queued);
    QTRY_COMPARE(queue->taskFor(files.at(1))->state(), UploadTask::State::Queued);

    // Opened again: the same window, raised.
    history->hide();
    press(window, QKeySequence(Qt::CTRL | Qt::Key_H));
    QTRY_VERIFY(history->isVisible());
    QCOMPARE(window->historyWindow(), history);
}

void TestHistoryWindow::unusableDatabaseDisablesHistory()
{
    const QString blocker = TestFiles::write(m_dir->filePath(u"a-file"_s), "not a folder");
    // A profile that signs in with nothing: no sign-in notice takes the notice bar.
    QVERIFY(ProfileStore(m_dir->filePath(u"profiles"_s))
                .save(openSandboxProfile(QUrl(u"http://127.0.0.1:9"_s)), nullptr));
    DesktopSession session(m_dir->filePath(u"profiles"_s), m_dir->filePath(u"hoist.conf"_s),
                           blocker + u"/hoist.sqlite"_s);
    QVERIFY(!session.history());
    session.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(session.window()));
    QAction* history = action(session.window()->menuBar(), u"History…"_s);
    QVERIFY(history);
    QVERIFY(!history->isEnabled());
    QVERIFY(!history->toolTip().isEmpty());
    QVERIFY2(session.window()->notice().contains(QDir::toNativeSeparators(blocker)),
             qPrintable(session.window()->notice()));
    session.window()->showHistory();
    QVERIFY(!session.window()->historyWindow());
}

QTEST_MAIN(TestHistoryWindow)
#include "TestHistoryWindow.moc"
