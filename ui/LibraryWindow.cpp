#include "ui/LibraryWindow.h"

#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileCodec.h"
#include "app/requests/RequestPlan.h"
#include "app/requests/UploadItem.h"
#include "app/storage/LibraryDeletions.h"
#include "app/transfers/UploadQueue.h"
#include "ui/FileIntake.h"
#include "ui/LibraryBrowser.h"
#include "ui/LibraryModel.h"
#include "ui/NoticeBar.h"
#include "ui/ReplaceDialog.h"
#include "ui/ResponseInspector.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDragMoveEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHideEvent>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
bool sameDestination(const Destination& a, const Destination& b)
{
    return a.name == b.name && a.variables == b.variables && a.secret.user == b.secret.user &&
           a.secret.value == b.secret.value &&
           ProfileCodec::write(a.profile) == ProfileCodec::write(b.profile);
}
} // namespace

LibraryWindow::LibraryWindow(NetworkThread* network, AccessTokenCache* tokens, UploadQueue* queue,
                             const History* history, const LibraryDeletions* deletions,
                             const QString& settingsFile, QWidget* parent)
    : QDialog(parent)
    , m_queue(queue)
    , m_deletions(deletions)
    , m_settingsFile(settingsFile)
    , m_client(new LibraryClient(network, tokens, this))
    , m_browser(new LibraryBrowser(network, tokens, history, deletions, this))
    , m_inspector(new ResponseInspector(this))
    , m_notice(new NoticeBar(this))
    , m_report(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_follow(new QTimer(this))
{
    setWindowTitle(tr("Library"));
    setSizeGripEnabled(true);
    m_report->setObjectName(u"libraryReport"_s);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->hide();
    m_splitter->setObjectName(u"libraryDetailsSplitter"_s);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(0, false);
    // The list first; Show Answer opens the item's JSON below it (and the handle closes it again).
    m_splitter->setSizes({1, 0});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(createToolbar());
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_report);
    setTabOrder(m_browser, m_inspector);

    // Dropping a file on a row replaces that row's item.
    QWidget* rows = m_browser->table()->viewport();
    rows->setAcceptDrops(true);
    rows->installEventFilter(this);

    // The profile box of the main window may change several times in one go (Upload Again): the
    // window follows once things have settled.
    m_follow->setSingleShot(true);
    m_follow->setInterval(0);
    connect(m_queue, &UploadQueue::destinationChanged, m_follow, qOverload<>(&QTimer::start));
    connect(m_follow, &QTimer::timeout, this, &LibraryWindow::followQueue);
    connect(m_queue, &UploadQueue::taskChanged, this, [this](UploadTask* task) {
        if (!m_replacing.contains(task->id()) || !UploadTask::isFinal(task->state()))
            return;
        const QString name = m_replacing.take(task->id());
        const bool replaced = task->state() == UploadTask::State::Succeeded;
        m_report->setText(replaced ? tr("\"%1\" now has the file \"%2\".").arg(name, task->item().fileName())
                                   : tr("\"%1\" was not replaced: %2").arg(name, task->message()));
        m_report->show();
        if (replaced && isVisible())
            m_browser->refresh();
    });
    connect(m_queue, &UploadQueue::taskAboutToBeRemoved, this,
            [this](UploadTask* task) { m_replacing.remove(task->id()); });
    connect(m_browser, &LibraryBrowser::currentItemChanged, this, [this] {
        showCurrent();
        updateActions();
    });
    connect(m_browser, &LibraryBrowser::itemActivated, this, &LibraryWindow::showAnswer);
    resize(980, 640);
    restoreState();
    updateActions();
}

QToolBar* LibraryWindow::createToolbar()
{
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_replace = addItemAction(u"document-import"_s, QStyle::SP_BrowserReload, tr("&Replace with File…"),
                              QKeySequence(Qt::CTRL | Qt::Key_R), &LibraryWindow::replaceWithFile);
    m_delete = addItemAction(u"edit-delete"_s, QStyle::SP_TrashIcon, tr("&Delete…"), QKeySequence::Delete,
                             &LibraryWindow::deleteCurrent);
    m_showAnswer =
        addItemAction(u"document-properties"_s, QStyle::SP_FileDialogContentsView, tr("Show &Answer"),
                      QKeySequence(Qt::CTRL | Qt::Key_I), &LibraryWindow::showAnswer);
    m_copyId = addItemAction(u"edit-copy"_s, QStyle::SP_FileIcon, tr("&Copy ID"), QKeySequence::Copy,
                             &LibraryWindow::copyId);
    m_copyUrl = addItemAction(u"edit-copy"_s, QStyle::SP_FileLinkIcon, tr("Copy &URL"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &LibraryWindow::copyUrl);
    m_open = addItemAction(u"internet-web-browser"_s, QStyle::SP_DirLinkIcon, tr("&Open in Browser"),
                           QKeySequence(Qt::CTRL | Qt::Key_B), &LibraryWindow::openInBrowser);
    m_replaceTip = m_replace->toolTip();
    // The rarer ones only in the row's menu: the toolbar stays narrow enough for a small window.
    toolbar->addActions({m_replace, m_delete, m_showAnswer, m_copyId});
    toolbar->addSeparator();
    toolbar->addAction(m_browser->refreshAction());
    return toolbar;
}

// The item actions act on the current row and answer their keys while the table has the focus; the
// row's menu has them all.
QAction* LibraryWindow::addItemAction(const QString& icon, QStyle::StandardPixmap fallback,
                                      const QString& text, const QKeySequence& keys,
                                      void (LibraryWindow::*slot)())
{
    QTableView* table = m_browser->table();
    auto* action = new QAction(QIcon::fromTheme(icon, style()->standardIcon(fallback)), text, table);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        tr("%1 (%2)").arg(QString(text).remove(u'&'), keys.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    table->addAction(action);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    return action;
}

QString LibraryWindow::notice() const
{
    return m_notice->isVisibleTo(this) ? m_notice->text() : QString();
}

QString LibraryWindow::report() const
{
    return m_report->text();
}

// The main window's choice: its profile with the values and secret the queue sends with.
void LibraryWindow::followQueue()
{
    if (!isVisible())
        return; // showing it follows
    const Destination* current = m_queue->destination(m_queue->profile().name);
    if (!current || (m_showsAny && sameDestination(*current, m_shown)))
        return;
    m_shown = *current;
    m_showsAny = true;
    setWindowTitle(tr("Library — %1").arg(m_shown.name));
    m_client->setDestination(m_shown);
    m_browser->setDestination(m_shown);
    if (m_browser->model()->fromHistory()) {
        const std::optional<Profile> preset = PresetCatalogue::find(m_shown.profile.preset);
        m_notice->showNotice(
            tr("%1 has no way to list what it holds: these are the items Hoist uploaded there.")
                .arg(preset ? preset->name : m_shown.name),
            QString());
    } else {
        m_notice->hide();
    }
    m_report->clear();
    m_report->hide();
    updateActions();
}

void LibraryWindow::showCurrent()
{
    ResponseInspector::Answer answer;
    answer.noAnswer = tr("Select an item to see what the library says about it.");
    const QModelIndex current = m_browser->table()->currentIndex();
    if (current.isValid()) {
        const LibraryItem& item = m_browser->model()->itemAt(current.row());
        answer.response = m_browser->model()->answerAt(current.row());
        answer.address = maskedAddress(answer.response.url);
        answer.explanation = tr("\"%1\" as the library listed it.").arg(item.name);
        answer.subject = u"library:"_s + item.id;
        answer.noAnswer =
            tr("Hoist has no listing of this item: the History window has the answer to its upload.");
    }
    m_inspector->showAnswer(answer);
}

void LibraryWindow::showAnswer()
{
    showCurrent();
    if (m_splitter->sizes().constLast() == 0)
        m_splitter->setSizes({2 * m_splitter->height() / 3, m_splitter->height() / 3});
    m_inspector->setFocus(Qt::OtherFocusReason);
}

QString LibraryWindow::maskedAddress(const QUrl& url) const
{
    QStringList secretKeys;
    for (const auto& [key, value] : QUrlQuery(url).queryItems()) {
        if (m_shown.profile.auth.isSecretName(key))
            secretKeys.append(key);
    }
    return RequestPlan::maskUrl(url.adjusted(QUrl::RemoveUserInfo), secretKeys);
}

void LibraryWindow::replaceWithFile()
{
    const LibraryItem* current = m_browser->currentItem();
    if (!current)
        return;
    const LibraryItem item = *current;
    QFileDialog dialog(this, tr("Replace \"%1\" with a File").arg(item.name));
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        replace(item, dialog.selectedFiles().constFirst());
}

void LibraryWindow::replace(const LibraryItem& item, const QString& path)
{
    ReplaceDialog ask(item, path, m_shown, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    UploadItem upload = UploadItem::fromPath(path);
    upload.metadata.insert(ask.metadata());
    const UploadTask* task = m_queue->add(upload);
    const QString file = QFileInfo(path).fileName();
    if (!task) {
        m_report->setText(
            tr("\"%1\" is in the queue already: remove it there to queue it again as a replacement.")
                .arg(file));
    } else {
        m_replacing.insert(task->id(), item.name);
        m_report->setText(m_queue->isRunning() || m_queue->startsWhenAdded()
                              ? tr("\"%1\" is queued to replace \"%2\".").arg(file, item.name)
                              : tr("\"%1\" is queued to replace \"%2\": Start in the main window sends it.")
                                    .arg(file, item.name));
    }
    m_report->show();
}

void LibraryWindow::deleteCurrent()
{
    const LibraryItem* current = m_browser->currentItem();
    if (!current)
        return;
    const LibraryItem item = *current;
    QMessageBox ask(QMessageBox::Warning, tr("Delete Item"),
                    tr("Delete \"%1\" (id %2) from the library?").arg(item.name, item.id),
                    QMessageBox::NoButton, this);
    ask.setInformativeText(m_shown.profile.library.removeToTrash
                               ? tr("It moves to the service's trash, where it can be restored from.")
                               : tr("This cannot be undone."));
    QPushButton* remove = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    if (ask.clickedButton() == remove)
        this->remove(item, false);
}

void LibraryWindow::remove(const LibraryItem& item, bool force)
{
    m_report->setText(tr("Deleting \"%1\"…").arg(item.name));
    m_report->show();
    m_client->remove(
        item.id, force, [this, item](const ResponseRecord&) { removed(item); },
        [this, item](const LibraryClient::Failure& failure) { removeFailed(item, failure); });
}

void LibraryWindow::removed(const LibraryItem& item)
{
    m_report->setText(m_shown.profile.library.removeToTrash ? tr("\"%1\" is in the trash.").arg(item.name)
                                                            : tr("\"%1\" is deleted.").arg(item.name));
    if (m_browser->model()->fromHistory() && m_deletions) {
        // The history still has the upload: this keeps the item out of the list from now on.
        if (const StorageError error = m_deletions->add(m_shown.name, item.id); error.isError())
            m_report->setText(error.message);
    }
    m_browser->model()->removeItem(item.id);
}

void LibraryWindow::removeFailed(const LibraryItem& item, const LibraryClient::Failure& failure)
{
    m_report->setText(tr("\"%1\" was not deleted: %2").arg(item.name, failure.message));
    if (!failure.inUse) {
        QMessageBox::warning(this, tr("Delete Item"), m_report->text());
        return;
    }
    QMessageBox ask(QMessageBox::Warning, tr("Delete Item"),
                    tr("This item is used in layouts, playlists or backgrounds."), QMessageBox::NoButton,
                    this);
    ask.setInformativeText(
        tr("Deleting \"%1\" anyway takes it out of every layout that shows it.").arg(item.name));
    QPushButton* anyway = ask.addButton(tr("Delete Anyway"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
    ask.exec();
    if (ask.clickedButton() == anyway)
        remove(item, true);
}

void LibraryWindow::copyId()
{
    if (const LibraryItem* item = m_browser->currentItem())
        QGuiApplication::clipboard()->setText(item->id);
}

void LibraryWindow::copyUrl()
{
    if (const LibraryItem* item = m_browser->currentItem(); item && !item->url.isEmpty())
        QGuiApplication::clipboard()->setText(item->url);
}

void LibraryWindow::openInBrowser()
{
    if (const LibraryItem* item = m_browser->currentItem(); item && !item->url.isEmpty())
        QDesktopServices::openUrl(QUrl(item->url));
}

void LibraryWindow::updateActions()
{
    const LibraryItem* item = m_browser->currentItem();
    const LibraryApi& library = m_shown.profile.library;
    const bool replaces = m_shown.profile.canReplace();
    m_replace->setEnabled(item && replaces);
    m_replace->setToolTip(
        replaces ? m_replaceTip
                 : tr("This service has no way to replace an item: upload the file as a new one"));
    m_delete->setEnabled(item && library.canRemove());
    m_showAnswer->setEnabled(item);
    m_copyId->setEnabled(item);
    m_copyUrl->setEnabled(item && !item->url.isEmpty());
    m_open->setEnabled(item && !item->url.isEmpty());
}

// The row a drag is over, when it carries one local file and the service can replace; -1 otherwise.
int LibraryWindow::dropRow(const QDropEvent* event, QString* path) const
{
    const QStringList files = FileIntake::localPaths(event->mimeData());
    if (files.size() != 1 || !QFileInfo(files.constFirst()).isFile() || !m_shown.profile.canReplace())
        return -1;
    *path = files.constFirst();
    return m_browser->table()->indexAt(event->position().toPoint()).row();
}

bool LibraryWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_browser->table()->viewport())
        return QDialog::eventFilter(watched, event);
    QString path;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        const int row = dropRow(drag, &path);
        if (row >= 0) {
            m_browser->table()->selectRow(row); // the item that gets the file
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else if (event->type() == QEvent::DragEnter && !path.isEmpty()) {
            drag->accept(); // a file, not over a row yet
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const int row = dropRow(drop, &path);
        if (row < 0) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        // After the drop has ended: the file manager is not kept waiting while the user decides.
        QTimer::singleShot(0, this,
                           [this, item = m_browser->model()->itemAt(row), path] { replace(item, path); });
        return true;
    }
    default:
        return QDialog::eventFilter(watched, event);
    }
}

void LibraryWindow::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (event->spontaneous())
        return;
    // Shown again for the same library: what is in it may have changed meanwhile.
    const Destination* current = m_queue->destination(m_queue->profile().name);
    if (m_showsAny && current && sameDestination(*current, m_shown))
        m_browser->refresh();
    else
        followQueue();
}

void LibraryWindow::hideEvent(QHideEvent* event)
{
    if (!event->spontaneous())
        saveState();
    QDialog::hideEvent(event);
}

void LibraryWindow::restoreState()
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.beginGroup(u"library"_s);
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_browser->restoreLayout(settings);
}

void LibraryWindow::saveState() const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.beginGroup(u"library"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    m_browser->saveLayout(settings);
}
