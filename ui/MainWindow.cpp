#include "ui/MainWindow.h"

#include "app/credentials/CredentialStore.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileStore.h"
#include "app/requests/UploadItem.h"
#include "app/transfers/QueueModel.h"
#include "app/transfers/UploadQueue.h"
#include "ui/CredentialEditor.h"
#include "ui/CredentialsDialog.h"
#include "ui/NoticeBar.h"
#include "ui/ProfileEditor.h"
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
#include <QInputDialog>
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

MainWindow::MainWindow(ProfileStore* profiles, CredentialStore* credentials, NetworkThread* network,
                       UploadQueue* queue, QueueModel* model, QWidget* parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_network(network)
    , m_queue(queue)
    , m_model(model)
    , m_profileBox(new QComboBox(this))
    , m_notice(new NoticeBar(this))
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
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_statusLabel);
    createActions();
    reloadProfiles();

    connect(m_profileBox, &QComboBox::currentTextChanged, this, &MainWindow::applyProfile);
    connect(m_profiles, &ProfileStore::changed, this, &MainWindow::reloadProfiles);
    connect(m_credentials, &CredentialStore::changed, this, &MainWindow::applyProfile);
    connect(m_notice, &NoticeBar::actionTriggered, this, &MainWindow::fixSignIn);
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

    toolbar->addSeparator();
    auto* newProfile = toolbar->addAction(QIcon::fromTheme(u"document-new"_s), tr("&New Profile…"));
    newProfile->setShortcut(QKeySequence::New);
    newProfile->setToolTip(
        tr("Make a profile for Xibo, Squidex, Qualtrics, Mayan, a Django REST endpoint or any "
           "form API (%1)")
            .arg(newProfile->shortcut().toString(QKeySequence::NativeText)));
    connect(newProfile, &QAction::triggered, this, &MainWindow::newProfile);

    auto* editProfile = toolbar->addAction(QIcon::fromTheme(u"document-edit"_s), tr("Edit &Profile…"));
    editProfile->setShortcut(Qt::CTRL | Qt::Key_E);
    editProfile->setToolTip(tr("Change where the profile uploads and how it signs in (%1)")
                                .arg(editProfile->shortcut().toString(QKeySequence::NativeText)));
    connect(editProfile, &QAction::triggered, this, &MainWindow::editProfile);

    auto* credentials = toolbar->addAction(QIcon::fromTheme(u"dialog-password"_s), tr("C&redentials…"));
    credentials->setShortcut(Qt::CTRL | Qt::Key_K);
    credentials->setToolTip(tr("API keys, passwords and OAuth clients in your keychain (%1)")
                                .arg(credentials->shortcut().toString(QKeySequence::NativeText)));
    connect(credentials, &QAction::triggered, this, &MainWindow::showCredentials);
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
    const quint64 generation = ++m_profileGeneration;
    m_queue->setProfile(*profile);
    m_notice->hide();
    if (!profile->auth.needsSecret())
        return;
    if (profile->auth.credential.isEmpty()) {
        m_notice->showNotice(tr("The profile \"%1\" signs in, but no credential is chosen for it.").arg(name),
                             tr("Edit Profile…"));
        return;
    }
    m_credentials->read(
        profile->auth.credential, this,
        [this, generation, profile = *profile](const CredentialError& error, const Secret& secret) {
            if (generation != m_profileGeneration)
                return;
            if (!error.isError()) {
                m_queue->setProfile(profile, {}, secret);
                return;
            }
            const QString id = profile.auth.credential;
            m_notice->showNotice(
                m_credentials->find(id)
                    ? tr("Cannot sign in with the credential \"%1\": %2").arg(id, error.message)
                    : tr("The profile \"%1\" signs in with the credential \"%2\", which is not "
                         "set up yet. Its secret goes to your system keychain.")
                          .arg(profile.name, id),
                tr("Enter Secret…"));
        });
}

// The notice's button: choose a credential for the profile, or give the missing secret.
void MainWindow::fixSignIn()
{
    const Profile& profile = m_queue->profile();
    if (profile.auth.credential.isEmpty()) {
        editProfile();
        return;
    }
    const std::optional<Credential> known = m_credentials->find(profile.auth.credential);
    CredentialEditor editor(m_credentials, known, this);
    if (!known)
        editor.suggest(profile.auth.credential, profile.auth.scheme);
    editor.exec();
}

void MainWindow::showCredentials()
{
    CredentialsDialog dialog(m_credentials, m_profiles, m_network, this);
    dialog.selectCredential(m_queue->profile().auth.credential);
    dialog.exec();
}

void MainWindow::newProfile()
{
    const QList<Profile> presets = PresetCatalogue::builtIn();
    QStringList services;
    for (const Profile& preset : presets)
        services.append(preset.name);
    bool chosen = false;
    const QString service =
        QInputDialog::getItem(this, tr("New Profile"), tr("Service:"), services, 0, false, &chosen);
    if (!chosen)
        return;
    Profile profile = presets.at(services.indexOf(service));
    const QStringList taken = m_profiles->names();
    const QString base = profile.name;
    for (int n = 2; taken.contains(profile.name); ++n)
        profile.name = base + u' ' + QString::number(n);
    ProfileEditor editor(profile, m_profiles, m_credentials, this);
    if (editor.exec() == QDialog::Accepted)
        selectProfile(editor.profileName());
}

void MainWindow::editProfile()
{
    QString error;
    const std::optional<Profile> profile = m_profiles->load(m_profileBox->currentText(), &error);
    if (!profile) {
        QMessageBox::warning(this, tr("Profile"), error);
        return;
    }
    ProfileEditor editor(*profile, m_profiles, m_credentials, this);
    if (editor.exec() == QDialog::Accepted)
        selectProfile(editor.profileName());
}

QString MainWindow::notice() const
{
    return m_notice->text();
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
        text +=
            tr("HTTP %1 from %2 in %3 ms")
                .arg(response.statusLine(), RequestPlan::maskUrl(response.url, task->plan().secretQueryKeys))
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
