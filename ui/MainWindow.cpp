#include "ui/MainWindow.h"

#include "app/profiles/ProfileStore.h"
#include "app/requests/UploadItem.h"
#include "app/transfers/QueueModel.h"
#include "app/transfers/UploadQueue.h"
#include "ui/ProgressDelegate.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ProfileStore* profiles, UploadQueue* queue, QueueModel* model, QWidget* parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_queue(queue)
    , m_model(model)
    , m_profileBox(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_responseView(new QPlainTextEdit(this))
    , m_statusLabel(new QLabel(this))
{
    setWindowTitle(tr("Hoist"));
    setAcceptDrops(true);

    m_profileBox->setAccessibleName(tr("Profile"));
    m_profileBox->setMinimumContentsLength(20);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(QueueModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Upload queue"));
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    const int widths[] = {200, 80, 150, 120, 120, 80, 260};
    for (int column = 0; column < int(std::size(widths)); ++column)
        m_table->setColumnWidth(column, widths[column]);

    m_responseView->setReadOnly(true);
    m_responseView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_responseView->setPlaceholderText(tr("Select a file to see what the server answered."));
    m_responseView->setAccessibleName(tr("Server answer"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_responseView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    statusBar()->addPermanentWidget(m_statusLabel);
    createActions();
    reloadProfiles();

    connect(m_profileBox, &QComboBox::currentTextChanged, this, &MainWindow::applyProfile);
    connect(m_profiles, &ProfileStore::changed, this, &MainWindow::reloadProfiles);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedResponse);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::showSelectedResponse);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    updateStatus();
    resize(1200, 700);
}

void MainWindow::createActions()
{
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(new QLabel(tr("Profile:"), toolbar));
    toolbar->addWidget(m_profileBox);
    toolbar->addSeparator();

    auto* addFiles = toolbar->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Add Files…"));
    addFiles->setShortcut(QKeySequence::Open);
    addFiles->setToolTip(
        tr("Add files to the queue (%1)").arg(addFiles->shortcut().toString(QKeySequence::NativeText)));
    connect(addFiles, &QAction::triggered, this, &MainWindow::pickFiles);

    auto* start = toolbar->addAction(QIcon::fromTheme(u"media-playback-start"_s), tr("&Start"));
    start->setShortcut(Qt::CTRL | Qt::Key_Return);
    start->setToolTip(
        tr("Upload the queued files (%1)").arg(start->shortcut().toString(QKeySequence::NativeText)));
    connect(start, &QAction::triggered, m_queue, &UploadQueue::start);

    auto* cancelAll = toolbar->addAction(QIcon::fromTheme(u"process-stop"_s), tr("&Cancel All"));
    cancelAll->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Period);
    connect(cancelAll, &QAction::triggered, m_queue, &UploadQueue::cancelAll);
}

void MainWindow::reloadProfiles()
{
    const QString current = m_profileBox->currentText();
    const QSignalBlocker blocker(m_profileBox);
    m_profileBox->clear();
    m_profileBox->addItems(m_profiles->names());
    const int index = m_profileBox->findText(current);
    m_profileBox->setCurrentIndex(index >= 0 ? index : 0);
    applyProfile();
}

void MainWindow::selectProfile(const QString& name)
{
    const int index = m_profileBox->findText(name);
    if (index >= 0)
        m_profileBox->setCurrentIndex(index);
}

void MainWindow::applyProfile()
{
    const QString name = m_profileBox->currentText();
    if (name.isEmpty())
        return;
    QString error;
    const std::optional<Profile> profile = m_profiles->load(name, &error);
    if (!profile) {
        QMessageBox::warning(this, tr("Profile"), error);
        return;
    }
    Secret secret;
    secret.value = qEnvironmentVariable("HOIST_SECRET");
    m_queue->setProfile(*profile, {}, secret);
    statusBar()->showMessage(
        tr("Uploading to %1").arg(profile->description.isEmpty() ? profile->name : profile->description),
        5000);
}

void MainWindow::pickFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Files"));
    addPaths(files);
}

void MainWindow::addPaths(const QStringList& paths)
{
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            m_queue->add(UploadItem::fromPath(path));
            continue;
        }
        QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            m_queue->add(UploadItem::fromPath(it.next()));
    }
    if (m_table->currentIndex().row() < 0 && m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addPaths(paths);
    event->acceptProposedAction();
}

void MainWindow::showSelectedResponse()
{
    const UploadTask* task = m_model->taskAt(m_table->currentIndex().row());
    if (!task) {
        m_responseView->clear();
        return;
    }
    const ResponseRecord& response = task->response();
    QString text;
    if (!task->message().isEmpty())
        text += task->message() + u"\n\n"_s;
    if (response.hasAnswer()) {
        text += tr("HTTP %1 from %2 in %3 ms")
                    .arg(response.statusLine(), response.url.toString())
                    .arg(response.msTotal) +
                u"\n\n"_s;
        const QJsonDocument json = response.json();
        text += json.isNull() ? QString::fromUtf8(response.body)
                              : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
        if (response.bodyTruncated)
            text += u"\n"_s + tr("[the answer was %n byte(s); only the first part is kept]", nullptr,
                                 int(qMin<qint64>(response.bodyTotalBytes, INT_MAX)));
    } else if (text.isEmpty()) {
        text = task->plan().toText();
    }
    if (m_responseView->toPlainText() != text)
        m_responseView->setPlainText(text);
}

void MainWindow::updateStatus()
{
    int done = 0;
    int failed = 0;
    int waiting = 0;
    for (const UploadTask* task : m_queue->tasks()) {
        done += task->state() == UploadTask::State::Succeeded ? 1 : 0;
        failed += (task->state() == UploadTask::State::Failed || task->state() == UploadTask::State::Blocked)
                      ? 1
                      : 0;
        waiting += (task->state() == UploadTask::State::Queued || task->isActive()) ? 1 : 0;
    }
    m_statusLabel->setText(
        m_queue->tasks().isEmpty()
            ? tr("Drop files or folders here, or press %1 to add files.")
                  .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText))
            : tr("%1 to go, %2 done, %3 failed or not sent").arg(waiting).arg(done).arg(failed));
}
