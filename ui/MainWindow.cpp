#include "ui/MainWindow.h"

#include "app/credentials/CredentialStore.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileStore.h"
#include "app/requests/CurlCommand.h"
#include "app/requests/UploadItem.h"
#include "app/storage/HistoryRecord.h"
#include "app/transfers/QueueModel.h"
#include "app/transfers/UploadQueue.h"
#include "ui/AdaptiveToolBar.h"
#include "ui/CredentialEditor.h"
#include "ui/FileIntake.h"
#include "ui/FinishedNotice.h"
#include "ui/HistoryWindow.h"
#include "ui/ItemEditor.h"
#include "ui/LibraryWindow.h"
#include "ui/NoticeBar.h"
#include "ui/PreferencesDialog.h"
#include "ui/ProfileActions.h"
#include "ui/QueueSummary.h"
#include "ui/QueueView.h"
#include "ui/ResponseInspector.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ProfileStore* profiles, CredentialStore* credentials, NetworkThread* network,
                       AccessTokenCache* tokens, UploadQueue* queue, QueueModel* model, History* history,
                       const LibraryDeletions* deletions, const QString& settingsFile, QWidget* parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_credentials(credentials)
    , m_network(network)
    , m_tokens(tokens)
    , m_queue(queue)
    , m_model(model)
    , m_history(history)
    , m_deletions(deletions)
    , m_settingsFile(settingsFile)
    , m_profileBox(new QComboBox(this))
    , m_notice(new NoticeBar(this))
    , m_queueView(new QueueView(queue, model, this))
    , m_details(new QTabWidget(this))
    , m_inspector(new ResponseInspector(this))
    , m_preview(new QPlainTextEdit(this))
    , m_itemEditor(new ItemEditor(queue, network, tokens, this))
    , m_intake(new FileIntake(queue, this))
    , m_profileActions(new ProfileActions(profiles, credentials, network, tokens, m_profileBox, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_summary(new QueueSummary(queue, this))
{
    setWindowTitle(tr("Hoist"));
    setAcceptDrops(true);

    m_profileBox->setAccessibleName(tr("Profile"));
    m_profileBox->setMinimumContentsLength(20);

    m_preview->setObjectName(u"requestPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Request preview"));
    m_preview->setPlaceholderText(tr("Select a file to see the request that uploads it."));
    m_preview->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_preview, &QWidget::customContextMenuRequested, this, &MainWindow::showPreviewMenu);
    m_details->addTab(m_inspector, tr("Answer"));
    m_details->addTab(m_preview, tr("Request"));
    // A long form scrolls in a small window instead of taking the queue's rows.
    auto* itemEditorArea = new QScrollArea(this);
    itemEditorArea->setWidget(m_itemEditor);
    itemEditorArea->setWidgetResizable(true);
    itemEditorArea->setFrameShape(QFrame::NoFrame);
    m_details->addTab(itemEditorArea, tr("File Values"));
    m_details->setDocumentMode(true);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_queueView);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_summary);
    createActions();
    reloadProfiles();

    connect(m_profileBox, &QComboBox::currentTextChanged, this, &MainWindow::applyProfile);
    connect(m_profiles, &ProfileStore::changed, this, &MainWindow::reloadProfiles);
    connect(m_credentials, &CredentialStore::changed, this, &MainWindow::applyProfile);
    connect(m_notice, &NoticeBar::actionTriggered, this, &MainWindow::fixSignIn);
    connect(m_queueView, &QueueView::currentTaskChanged, this, &MainWindow::showTask);
    connect(m_queueView, &QueueView::inspectRequested, this, &MainWindow::inspect);
    connect(m_queueView, &QueueView::editValuesRequested, this, [this] {
        m_showDetails->setChecked(true);
        m_details->setCurrentWidget(m_itemEditor->parentWidget()->parentWidget()); // its scroll area
        m_itemEditor->focusFirstField();
    });
    connect(m_queueView, &QueueView::selectionChanged, this,
            [this] { m_itemEditor->showTasks(m_queueView->currentTask(), m_queueView->selectedTasks()); });
    connect(m_queue, &UploadQueue::taskChanged, this, [this](UploadTask* task) {
        if (task == m_shown)
            showTask(task);
    });
    connect(m_queue, &UploadQueue::taskAboutToBeRemoved, this, [this](UploadTask* task) {
        if (task == m_shown)
            showTask(nullptr);
    });
    new FinishedNotice(m_queue, this);
    connect(m_intake, &FileIntake::filesAdded, m_queueView, &QueueView::selectFirstRowIfNone);
    connect(m_intake, &FileIntake::report, statusBar(), &QStatusBar::showMessage);
    resize(1200, 720);
    restoreState();
    // The README's first keys (Ctrl+V, Ctrl+E) are the window's, not the filter box's.
    m_queueView->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::createActions()
{
    auto* toolbar = new AdaptiveToolBar(tr("Main"), this);
    addToolBar(toolbar);
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr("Profile:"), toolbar));
    toolbar->addWidget(m_profileBox);
    QAction* afterProfile = toolbar->addSeparator();

    enum class Place
    {
        Menu,
        Toolbar,
        ByProfile, // a button beside the profile box, its words beside its icon
    };
    // The desktop theme's icons, else the style's own: both are drawn for the screen's pixel ratio.
    const auto add = [this, toolbar, afterProfile](
                         QMenu* menu, const QString& icon, QStyle::StandardPixmap fallback,
                         const QString& text, const QKeySequence& keys, const QString& tip, Place place) {
        QAction* action = menu->addAction(QIcon::fromTheme(icon, style()->standardIcon(fallback)), text);
        action->setShortcut(keys);
        const QString keyText = keys.toString(QKeySequence::NativeText);
        action->setToolTip(keyText.isEmpty() ? tip : tr("%1 (%2)").arg(tip, keyText));
        action->setStatusTip(tip);
        if (place == Place::Toolbar)
            toolbar->addAction(action);
        if (place == Place::ByProfile) {
            auto* button = new QToolButton(toolbar);
            button->setDefaultAction(action);
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // a picture alone says too little
            button->setAutoRaise(true);
            // Too narrow a window for the toolbar's words: icons only here too, the words in the tooltips.
            connect(toolbar, &QToolBar::toolButtonStyleChanged, button, [button](Qt::ToolButtonStyle style) {
                button->setToolButtonStyle(style == Qt::ToolButtonIconOnly ? style
                                                                           : Qt::ToolButtonTextBesideIcon);
            });
            toolbar->insertWidget(afterProfile, button);
        }
        return action;
    };
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QMenu* queueMenu = menuBar()->addMenu(tr("&Queue"));
    QMenu* profileMenu = menuBar()->addMenu(tr("&Profile"));
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));

    connect(add(fileMenu, u"document-open"_s, QStyle::SP_DialogOpenButton, tr("&Add Files…"),
                QKeySequence::Open, tr("Add files to the queue"), Place::Toolbar),
            &QAction::triggered, this, &MainWindow::pickFiles);
    connect(add(fileMenu, u"folder-open"_s, QStyle::SP_DirOpenIcon, tr("Add &Folder…"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                tr("Add every file in a folder and its subfolders"), Place::Toolbar),
            &QAction::triggered, this, &MainWindow::pickFolder);
    connect(add(fileMenu, u"edit-paste"_s, QStyle::SP_FileIcon, tr("&Paste Files"), QKeySequence::Paste,
                tr("Add the files whose paths or file:// addresses are on the clipboard"), Place::Menu),
            &QAction::triggered, this, &MainWindow::paste);
    connect(add(fileMenu, u"view-filter"_s, QStyle::SP_FileDialogContentsView, tr("Folder F&ilter…"),
                QKeySequence(), tr("Which files of a dropped or picked folder are added"), Place::Menu),
            &QAction::triggered, this, &MainWindow::chooseFolderFilter);
    m_includeHidden = fileMenu->addAction(tr("Include &Hidden Files"));
    m_includeHidden->setCheckable(true);
    m_includeHidden->setStatusTip(tr("Also add hidden files and the files of hidden folders"));
    connect(m_includeHidden, &QAction::toggled, m_intake, &FileIntake::setIncludeHidden);
    fileMenu->addSeparator();
    // Platforms with a Windows key scheme bind nothing to QKeySequence::Quit: Ctrl+Q then.
    const QKeySequence quitKeys =
        QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(add(fileMenu, u"application-exit"_s, QStyle::SP_DialogCloseButton, tr("&Quit"), quitKeys,
                tr("Close Hoist"), Place::Menu),
            &QAction::triggered, this, &MainWindow::close);

    QAction* preferences = add(editMenu, u"preferences-system"_s, QStyle::SP_FileDialogDetailedView,
                               tr("Pre&ferences…"), QKeySequence::Preferences,
                               tr("Files at once, retries, timeouts, history and language"), Place::Menu);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] { showPreferences(this); });

    toolbar->addSeparator();
    connect(add(queueMenu, u"media-playback-start"_s, QStyle::SP_MediaPlay, tr("&Start"),
                QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Upload the queued files"), Place::Toolbar),
            &QAction::triggered, m_queue, &UploadQueue::start);
    connect(add(queueMenu, u"media-playback-pause"_s, QStyle::SP_MediaPause, tr("&Pause"),
                QKeySequence(Qt::CTRL | Qt::Key_P), tr("Send nothing new; files on their way finish"),
                Place::Toolbar),
            &QAction::triggered, m_queue, &UploadQueue::pause);
    connect(add(queueMenu, u"process-stop"_s, QStyle::SP_MediaStop, tr("&Cancel All"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period), tr("Stop every upload"), Place::Toolbar),
            &QAction::triggered, m_queue, &UploadQueue::cancelAll);
    connect(add(queueMenu, u"edit-clear"_s, QStyle::SP_DialogResetButton, tr("Clear &Finished"),
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
                tr("Remove the uploaded and cancelled files from the list; failures stay"), Place::Toolbar),
            &QAction::triggered, m_queue, &UploadQueue::clearFinished);
    m_startWhenAdded = queueMenu->addAction(tr("Upload Files as Soon as They Are &Added"));
    m_startWhenAdded->setCheckable(true);
    m_startWhenAdded->setStatusTip(tr(
        "Off: files added after a run has ended wait for Start, so a folder added again is not sent twice"));
    connect(m_startWhenAdded, &QAction::toggled, m_queue, &UploadQueue::setStartWhenAdded);
    QAction* lookFirst = queueMenu->addAction(tr("Look in the &Library Before Uploading"));
    lookFirst->setCheckable(true);
    lookFirst->setStatusTip(
        tr("A file the library already holds (same hash, or same name and size) waits for "
           "your word: upload anyway, replace that item, or skip it"));
    lookFirst->setChecked(
        QSettings(m_settingsFile, QSettings::IniFormat).value(LookBeforeUploadKey, true).toBool());
    m_queue->setHoldsDuplicates(lookFirst->isChecked());
    connect(lookFirst, &QAction::toggled, this, [this](bool on) {
        m_queue->setHoldsDuplicates(on);
        QSettings(m_settingsFile, QSettings::IniFormat).setValue(LookBeforeUploadKey, on);
    });
    queueMenu->addSeparator();
    queueMenu->addActions(m_queueView->rowActions());

    connect(
        add(profileMenu, u"document-new"_s, QStyle::SP_FileDialogNewFolder, tr("&New Profile…"),
            QKeySequence::New,
            tr("Make a profile for Xibo, Squidex, Qualtrics, Mayan, a Django REST endpoint or any form API"),
            Place::ByProfile),
        &QAction::triggered, this, withDialog([this] { m_profileActions->newProfile(); }));
    connect(add(profileMenu, u"document-edit"_s, QStyle::SP_FileDialogDetailedView, tr("&Edit Profile…"),
                QKeySequence(Qt::CTRL | Qt::Key_E),
                tr("Change where the profile uploads and how it signs in"), Place::ByProfile),
            &QAction::triggered, this, withDialog([this] { m_profileActions->editProfile(); }));
    connect(add(profileMenu, u"edit-copy"_s, QStyle::SP_FileIcon, tr("&Duplicate Profile"), QKeySequence(),
                tr("Make a copy of the profile to change"), Place::Menu),
            &QAction::triggered, this, withDialog([this] { m_profileActions->duplicateProfile(); }));
    connect(add(profileMenu, u"edit-rename"_s, QStyle::SP_FileLinkIcon, tr("Rena&me Profile…"),
                QKeySequence(), tr("Give the profile another name"), Place::Menu),
            &QAction::triggered, this, withDialog([this] { m_profileActions->renameProfile(); }));
    connect(add(profileMenu, u"edit-delete"_s, QStyle::SP_TrashIcon, tr("De&lete Profile…"), QKeySequence(),
                tr("Delete the profile; its credential stays in the keychain"), Place::Menu),
            &QAction::triggered, this, withDialog([this] { m_profileActions->deleteProfile(); }));
    profileMenu->addSeparator();
    connect(add(profileMenu, u"document-import"_s, QStyle::SP_DialogOpenButton, tr("&Import Profile…"),
                QKeySequence(), tr("Add a profile from a JSON file"), Place::Menu),
            &QAction::triggered, this, withDialog([this] { m_profileActions->importProfile(); }));
    connect(add(profileMenu, u"document-export"_s, QStyle::SP_DialogSaveButton, tr("E&xport Profile…"),
                QKeySequence(), tr("Save the profile as a JSON file to share; it holds no secret"),
                Place::Menu),
            &QAction::triggered, this, withDialog([this] { m_profileActions->exportProfile(); }));
    profileMenu->addSeparator();
    connect(add(profileMenu, u"dialog-password"_s, QStyle::SP_VistaShield, tr("C&redentials…"),
                QKeySequence(Qt::CTRL | Qt::Key_K),
                tr("API keys, passwords and OAuth clients in your keychain"), Place::ByProfile),
            &QAction::triggered, this,
            withDialog([this] { m_profileActions->showCredentials(m_queue->profile().auth.credential); }));

    QAction* history = add(viewMenu, u"document-open-recent"_s, QStyle::SP_FileDialogInfoView,
                           tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H),
                           tr("Every upload so far: its answer, its address, upload it again"), Place::Menu);
    connect(history, &QAction::triggered, this, &MainWindow::showHistory);
    if (!m_history) {
        history->setEnabled(false);
        history->setToolTip(tr("Hoist could not open its database: no upload is recorded this session"));
        history->setStatusTip(history->toolTip());
    }
    m_showDetails = viewMenu->addAction(tr("Show &Details"));
    m_showDetails->setCheckable(true);
    m_showDetails->setChecked(true);
    m_showDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_showDetails->setStatusTip(tr("The answer, the request and the file's values under the queue"));
    connect(m_showDetails, &QAction::toggled, m_details, &QWidget::setVisible);
    connect(add(viewMenu, u"folder-remote"_s, QStyle::SP_DriveNetIcon, tr("&Library…"),
                QKeySequence(Qt::CTRL | Qt::Key_L),
                tr("What the chosen profile's service holds: search it, replace or delete items"),
                Place::Menu),
            &QAction::triggered, this, &MainWindow::showLibrary);

    QAction* about = helpMenu->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Hoist"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::showPreferences(QWidget* parent)
{
    PreferencesDialog dialog(Preferences::load(m_settingsFile), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Preferences chosen = dialog.preferences();
    chosen.save(m_settingsFile);
    m_queue->applyPreferences(chosen);
    m_startWhenAdded->setChecked(chosen.startWhenAdded);
    if (m_history) {
        m_history->applyRetention(chosen.retention);
        if (m_historyWindow && m_historyWindow->isVisible())
            m_historyWindow->refresh();
    }
}

QString MainWindow::aboutText()
{
    return tr("<h3>Hoist %1</h3>"
              "<p>Uploads files to web media libraries through multipart/form-data APIs, shows what each "
              "request sends and what the server answered, and keeps secrets in your keychain.</p>"
              "<p>Qt %2<br>QtKeychain %3</p>"
              "<p>Licence: proprietary. No licence to copy or change Hoist is granted.</p>"
              "<p><a href=\"%4\">Documentation (README)</a></p>")
        .arg(QStringLiteral(HOIST_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(HOIST_QTKEYCHAIN_VERSION),
             QUrl::fromLocalFile(QStringLiteral(HOIST_README)).toString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Hoist"), aboutText());
}

void MainWindow::reloadProfiles()
{
    const QString current = m_profileBox->currentText();
    const QSignalBlocker blocker(m_profileBox);
    m_profileBox->clear();
    for (const QString& name : m_profiles->names()) {
        m_profileBox->addItem(name);
        // Which service it is, at a glance: the preset it came from.
        QString unreadable; // the box still lists it; choosing it says what is wrong
        if (const std::optional<Profile> profile = m_profiles->load(name, &unreadable)) {
            if (const std::optional<Profile> preset = PresetCatalogue::find(profile->preset))
                m_profileBox->setItemData(m_profileBox->count() - 1, preset->name, Qt::ToolTipRole);
        }
    }
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
    m_itemEditor->setProfile(*profile);
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
            if (generation != m_profileGeneration) {
                // Chosen only for a moment (Upload Again queues under several profiles): files queued
                // for it meanwhile still get its secret.
                const Destination* queued = m_queue->destination(profile.name);
                if (!error.isError() && queued && queued->secret.isEmpty() &&
                    queued->profile.auth.credential == profile.auth.credential) {
                    Destination signedIn = *queued;
                    signedIn.secret = secret;
                    m_queue->updateDestination(signedIn);
                }
                return;
            }
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
    // The notice and its button go once the sign-in is fixed: the keyboard goes to the queue.
    if (profile.auth.credential.isEmpty()) {
        m_profileActions->editProfile();
        focusAfterDialog(nullptr);
        return;
    }
    const std::optional<Credential> known = m_credentials->find(profile.auth.credential);
    CredentialEditor editor(m_credentials, known, this);
    if (!known)
        editor.suggest(profile.auth.credential, profile.auth.scheme);
    editor.exec();
    focusAfterDialog(nullptr);
}

void MainWindow::showNotice(const QString& text)
{
    m_notice->showNotice(text, QString());
}

QString MainWindow::notice() const
{
    return m_notice->text();
}

void MainWindow::showHistory()
{
    if (!m_history)
        return;
    if (!m_historyWindow) {
        m_historyWindow = new HistoryWindow(m_history, m_settingsFile, this);
        connect(m_historyWindow, &HistoryWindow::uploadAgainRequested, this, &MainWindow::uploadAgain);
        connect(m_historyWindow, &HistoryWindow::preferencesRequested, this,
                [this] { showPreferences(m_historyWindow); });
        // A run that ends has added its attempts: an open history shows them.
        connect(m_queue, &UploadQueue::finished, m_historyWindow, [this] {
            if (m_historyWindow->isVisible())
                m_historyWindow->refresh();
        });
    }
    if (m_historyWindow->isVisible())
        m_historyWindow->refresh();
    m_historyWindow->show(); // reads the history when it was hidden
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
}

void MainWindow::showLibrary()
{
    if (!m_libraryWindow)
        m_libraryWindow =
            new LibraryWindow(m_network, m_tokens, m_queue, m_history, m_deletions, m_settingsFile, this);
    m_libraryWindow->show(); // reads the library again when it was hidden
    m_libraryWindow->raise();
    m_libraryWindow->activateWindow();
}

// Through the profile box, as a drop after choosing the profile would go: the profile as it is now,
// its secret from the keychain. The choice the user made is back when the files are in.
void MainWindow::uploadAgain(const QList<HistoryRecord>& records)
{
    QMap<QString, QStringList> pathsByProfile;
    for (const HistoryRecord& record : records) {
        QStringList& paths = pathsByProfile[record.profile];
        if (!paths.contains(record.path))
            paths.append(record.path);
    }
    const QString chosen = m_profileBox->currentText();
    const QStringList known = m_profiles->names();
    QStringList gone;
    for (auto group = pathsByProfile.cbegin(); group != pathsByProfile.cend(); ++group) {
        if (!known.contains(group.key())) {
            gone.append(u'"' + group.key() + u'"');
            continue;
        }
        selectProfile(group.key());
        addPaths(group.value());
    }
    selectProfile(chosen);
    if (!gone.isEmpty())
        showNotice(tr("Not queued again: the profile %1 no longer exists.", nullptr, int(gone.size()))
                       .arg(QLocale().createSeparatedList(gone)));
    raise();
    activateWindow();
}

void MainWindow::pickFiles()
{
    const QPointer<QWidget> before = focusWidget();
    addPaths(QFileDialog::getOpenFileNames(this, tr("Add Files")));
    focusAfterDialog(before);
}

void MainWindow::pickFolder()
{
    const QPointer<QWidget> before = focusWidget();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Folder"));
    if (!folder.isEmpty())
        addPaths({folder});
    focusAfterDialog(before);
}

void MainWindow::paste()
{
    addPaths(FileIntake::localPaths(QGuiApplication::clipboard()->mimeData()));
}

void MainWindow::addPaths(const QStringList& paths)
{
    m_intake->add(paths);
}

void MainWindow::chooseFolderFilter()
{
    bool chosen = false;
    const QPointer<QWidget> before = focusWidget();
    const QString patterns = QInputDialog::getText(
        this, tr("Folder Filter"),
        tr("Add only the files of a folder that match (for example *.png;*.jpg) and none that match a "
           "pattern with ! (for example !*.tmp);\nleave empty to add every file:"),
        QLineEdit::Normal, m_intake->folderPatterns(), &chosen);
    if (chosen)
        m_intake->setFolderPatterns(patterns);
    focusAfterDialog(before);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    addPaths(FileIntake::localPaths(event->mimeData()));
    event->acceptProposedAction();
}

void MainWindow::showTask(UploadTask* task)
{
    if (task != m_shown)
        m_itemEditor->showTasks(task, m_queueView->selectedTasks());
    m_shown = task;
    m_inspector->showTask(task);
    QString preview;
    if (task) {
        preview = task->plan().toText();
        for (const PreflightFinding& finding : task->findings())
            preview += (finding.isError() ? tr("\nNot sent: %1") : tr("\nNote: %1")).arg(finding.message);
    }
    if (m_preview->toPlainText() != preview)
        m_preview->setPlainText(preview);
}

QString MainWindow::requestPreview() const
{
    return m_preview->toPlainText();
}

// The preview's own menu, and Copy as curl: the shown file's request as a shell command, its secret left
// to $HOIST_SECRET.
void MainWindow::showPreviewMenu(const QPoint& position)
{
    std::unique_ptr<QMenu> menu(m_preview->createStandardContextMenu(position));
    QAction* copyCurl = menu->addAction(tr("Copy as &curl"));
    copyCurl->setEnabled(m_shown != nullptr);
    if (menu->exec(m_preview->mapToGlobal(position)) != copyCurl || !m_shown)
        return;
    const QString command = CurlCommand::fromPlan(m_shown->plan());
    QGuiApplication::clipboard()->setText(command);
    statusBar()->showMessage(
        CurlCommand::needsSecret(command)
            ? tr("Copied. Set %1 to the secret before you run it.").arg(CurlCommand::secretVariable())
            : tr("Copied."),
        10'000);
}

void MainWindow::inspect()
{
    m_showDetails->setChecked(true);
    m_details->setCurrentWidget(m_inspector);
    m_inspector->setFocus();
}

// A closed dialog gives the keyboard back where the user had it in this window, else to the queue
// (the place it starts, from which the window's shortcuts all work).
void MainWindow::focusAfterDialog(QWidget* before)
{
    QWidget* target = m_queueView->table();
    if (before && before != this && isAncestorOf(before) && before->isVisible() && before->isEnabled())
        target = before;
    target->setFocus(Qt::OtherFocusReason);
}

std::function<void()> MainWindow::withDialog(std::function<void()> open)
{
    return [this, open = std::move(open)] {
        const QPointer<QWidget> before = focusWidget();
        open();
        focusAfterDialog(before);
    };
}

void MainWindow::restoreState()
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.beginGroup(u"window"_s);
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_showDetails->setChecked(settings.value(u"details"_s, true).toBool());
    m_queueView->restoreHeaderState(settings.value(u"columns"_s).toByteArray());
    selectProfile(settings.value(u"profile"_s).toString());
    m_intake->setFolderPatterns(settings.value(u"folderPatterns"_s).toString());
    m_includeHidden->setChecked(settings.value(u"includeHidden"_s, false).toBool());
    m_startWhenAdded->setChecked(settings.value(u"startWhenAdded"_s, false).toBool());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mayQuit()) {
        event->ignore();
        return;
    }
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.beginGroup(u"window"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"details"_s, m_showDetails->isChecked());
    settings.setValue(u"columns"_s, m_queueView->saveHeaderState());
    settings.setValue(u"profile"_s, m_profileBox->currentText());
    settings.setValue(u"folderPatterns"_s, m_intake->folderPatterns());
    settings.setValue(u"includeHidden"_s, m_intake->includesHidden());
    settings.setValue(u"startWhenAdded"_s, m_startWhenAdded->isChecked());
    if (m_historyWindow)
        m_historyWindow->close(); // keeps its own layout
    if (m_libraryWindow)
        m_libraryWindow->close();
    QMainWindow::closeEvent(event);
}

// Quitting drops the connections of files on their way: the user decides, knowing how many.
bool MainWindow::mayQuit()
{
    const int sending = m_queue->sendingCount();
    if (sending == 0)
        return true;
    QMessageBox question(QMessageBox::Warning, tr("Quit Hoist"),
                         tr("%n file(s) are being sent. Quit anyway?", nullptr, sending),
                         QMessageBox::NoButton, this);
    question.setInformativeText(tr("Their uploads stop. A file whose content has already gone out completely "
                                   "may be stored by the server without Hoist learning of it: check the "
                                   "library before sending it again."));
    QPushButton* quit = question.addButton(tr("Quit"), QMessageBox::DestructiveRole);
    question.addButton(tr("Keep Uploading"), QMessageBox::RejectRole);
    question.setDefaultButton(qobject_cast<QPushButton*>(question.buttons().last()));
    question.exec();
    return question.clickedButton() == quit;
}
