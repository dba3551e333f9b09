#include "ui/LibraryBrowser.h"

#include "ui/LibraryFolderModel.h"
#include "ui/LibraryModel.h"
#include "ui/LibraryThumbnails.h"
#include "ui/SearchField.h"

#include <QAction>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int searchDelayMs = 300;
} // namespace

LibraryBrowser::LibraryBrowser(NetworkThread* network, AccessTokenCache* tokens, const History* history,
                               const LibraryDeletions* deletions, QWidget* parent)
    : QWidget(parent)
    , m_model(new LibraryModel(network, tokens, history, deletions, this))
    , m_folders(new LibraryFolderModel(network, tokens, true, this))
    , m_search(new SearchField(tr("Search the library…"), tr("Search the library"), searchDelayMs, this))
    , m_refresh(
          new QAction(QIcon::fromTheme(u"view-refresh"_s, style()->standardIcon(QStyle::SP_BrowserReload)),
                      tr("Re&fresh"), this))
    , m_folderView(new QTreeView(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(m_table->viewport()))
    , m_status(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_search->setObjectName(u"librarySearch"_s);
    connect(m_search, &SearchField::typingPaused, this, &LibraryBrowser::query);
    // Window-wide: the browser is the one library in its window (the library window's, or a picker's).
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, &SearchField::focusForTyping);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(
        tr("Read the library again (%1)").arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refresh, &QAction::triggered, this, &LibraryBrowser::refresh);
    addActions({find, m_refresh});

    m_folderView->setObjectName(u"libraryFolders"_s);
    m_folderView->setModel(m_folders);
    m_folderView->setHeaderHidden(true);
    m_folderView->setAccessibleName(tr("Folders"));
    m_folderView->setUniformRowHeights(true);
    m_folderView->setMinimumWidth(120);
    connect(m_folderView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LibraryBrowser::query);
    // A lone folder at the top (Xibo's root folder) is opened: its subfolders are what people look for.
    connect(m_folders, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex& parent) {
        if (!parent.isValid())
            QTimer::singleShot(0, this, [this] {
                if (m_folders->rowCount() == 2)
                    m_folderView->expand(m_folders->index(1, 0));
            });
    });
    setUpTable();

    m_status->setObjectName(u"libraryStatusLine"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_splitter->setObjectName(u"librarySplitter"_s);
    m_splitter->addWidget(m_folderView);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setSizes({180, 720});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);
    setTabOrder(m_search, m_folderView);
    setTabOrder(m_folderView, m_table);

    connect(m_model, &LibraryModel::stateChanged, this, &LibraryBrowser::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryBrowser::currentItemChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryBrowser::currentItemChanged);
    connect(m_table, &QTableView::activated, this, &LibraryBrowser::itemActivated);
    updateState();
}

void LibraryBrowser::setUpTable()
{
    m_table->setObjectName(u"libraryTable"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Library items"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, arrows move between rows
    m_table->verticalHeader()->hide();
    // Every row as high as the others, known without asking the rows: thousands stay quick.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setIconSize(QSize(LibraryThumbnails::Edge, LibraryThumbnails::Edge));
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(LibraryThumbnails::Edge + 8);
    const QFontMetrics cells = m_table->fontMetrics();
    const int modified = cells.horizontalAdvance(QLocale().toString(
                             QDateTime(QDate(2000, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat)) +
                         16;
    const int widths[LibraryModel::ColumnCount] = {LibraryThumbnails::Edge + 8, 260, 110, 80, modified, 120};
    for (int column = 0; column < LibraryModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    // Over the empty table, in its middle; clicks go through to the table.
    m_empty->setObjectName(u"libraryEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty);
}

void LibraryBrowser::setDestination(const Destination& destination)
{
    m_search->cancelPending();
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_model->setDestination(destination);
    {
        const QSignalBlocker blocker(m_folderView->selectionModel());
        m_folders->setDestination(destination);
        m_folderView->setCurrentIndex(m_folders->index(0, 0)); // "All items": what the table shows
    }
    const LibraryApi& library = destination.profile.library;
    // Only where choosing a folder narrows the list.
    m_folderView->setVisible(library.hasFolders() && library.list.request.uses(u"folder"_s));
    const bool thumbnails = !library.list.item.thumbnail.isEmpty();
    m_table->setColumnHidden(LibraryModel::ThumbnailColumn, !thumbnails);
    const int textHeight = m_table->fontMetrics().height() + 8;
    m_table->verticalHeader()->setDefaultSectionSize(
        thumbnails ? qMax(LibraryThumbnails::Edge + 4, textHeight) : textHeight);
    const bool waits =
        destination.profile.auth.needsSecret() && destination.secret.isEmpty() && library.canList();
    m_waitingFor = waits ? destination.profile.auth.credential : QString();
    if (m_waitingFor.isEmpty())
        query();
    else
        updateState();
}

void LibraryBrowser::refresh()
{
    if (m_waitingFor.isEmpty())
        query();
}

QString LibraryBrowser::currentFolder() const
{
    return m_folderView->currentIndex().data(LibraryFolderModel::IdRole).toString();
}

void LibraryBrowser::query()
{
    m_search->cancelPending();
    if (m_waitingFor.isEmpty())
        m_model->setQuery(m_search->text().trimmed(), currentFolder());
}

const LibraryItem* LibraryBrowser::currentItem() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? &m_model->itemAt(current.row()) : nullptr;
}

QString LibraryBrowser::emptyText() const
{
    return m_empty->isVisibleTo(m_table) ? m_empty->text() : QString();
}

QString LibraryBrowser::statusText() const
{
    return m_status->text();
}

// What the empty table says: why there is nothing to show.
QString LibraryBrowser::stateText() const
{
    if (!m_waitingFor.isEmpty())
        return tr("Waiting for the secret of the credential \"%1\" from the keychain. If this stays, the "
                  "main window says what is missing.")
            .arg(m_waitingFor);
    switch (m_model->state()) {
    case LibraryModel::State::Idle:
        return QString();
    case LibraryModel::State::Loading:
        return tr("Reading the library…");
    case LibraryModel::State::Failed:
        return tr("The library could not be read.\n%1\n\nRefresh (F5) tries again.").arg(m_model->failure());
    case LibraryModel::State::Ready:
        break;
    }
    if (!m_model->search().isEmpty())
        return tr("Nothing in the library matches \"%1\".").arg(m_model->search());
    if (!currentFolder().isEmpty())
        return tr("This folder is empty.");
    return m_model->fromHistory() ? tr("Hoist has not uploaded anything here yet.")
                                  : tr("The library is empty.");
}

void LibraryBrowser::updateState()
{
    const int rows = m_model->rowCount();
    m_empty->setText(rows == 0 ? stateText() : QString());
    m_empty->setVisible(!m_empty->text().isEmpty());
    const qint64 total = m_model->total();
    QString status;
    if (m_model->state() == LibraryModel::State::Failed)
        status = rows == 0 ? m_model->failure()
                           : tr("%n item(s) shown; the next page could not be read: %1", nullptr, rows)
                                 .arg(m_model->failure());
    else if (rows == 0)
        status = QString();
    else if (total >= 0)
        status =
            tr("%1 of %n item(s)", nullptr, int(qMin<qint64>(total, INT_MAX))).arg(QLocale().toString(rows));
    else if (m_model->hasMore())
        status = tr("%n item(s) so far; scroll down for more", nullptr, rows);
    else
        status = tr("%n item(s)", nullptr, rows);
    if (m_model->state() == LibraryModel::State::Loading && rows > 0)
        status = tr("%1 — reading more…").arg(status);
    m_status->setText(status);
}

void LibraryBrowser::saveLayout(QSettings& settings) const
{
    settings.setValue(u"folders"_s, m_splitter->saveState());
    settings.setValue(u"columns"_s, m_table->horizontalHeader()->saveState());
}

void LibraryBrowser::restoreLayout(const QSettings& settings)
{
    m_splitter->restoreState(settings.value(u"folders"_s).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(u"columns"_s).toByteArray());
}
