#include "ui/QueueView.h"

#include "app/transfers/QueueModel.h"
#include "app/transfers/UploadQueue.h"
#include "ui/ProgressDelegate.h"
#include "ui/QueueFilterModel.h"
#include "ui/ThumbnailCache.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// The result's address: the extracted "url", else the first extracted value that is one.
QString resultUrl(const UploadTask* task)
{
    const QString url = task->field(u"url"_s);
    if (!url.isEmpty())
        return url;
    for (const auto& [name, value] : task->fields()) {
        if (value.startsWith(u"http://"_s) || value.startsWith(u"https://"_s))
            return value;
    }
    return QString();
}
} // namespace

// Wide enough for the heading (with its sort arrow) and the widest value each column can show in the
// user's language: measured once from samples instead of over every row (ResizeToContents would read
// all 100,000).
void QueueView::fitColumnWidths()
{
    using State = UploadTask::State;
    const QLocale locale;
    const QString largeSize = locale.formattedDataSize(1023LL * 1024 * 1024 + 1000 * 1024 * 1024 / 100);
    const QMap<int, QStringList> samples{
        {QueueModel::SizeColumn, {largeSize}},
        {QueueModel::StatusColumn,
         {UploadTask::stateTitle(State::Queued), UploadTask::stateTitle(State::Uploading, true),
          UploadTask::stateTitle(State::Blocked), UploadTask::stateTitle(State::Unknown),
          QueueModel::pausedText(), UploadTask::nextTryText(59)}},
        {QueueModel::ProgressColumn, {u"100%"_s}},
        {QueueModel::SpeedColumn, {QueueModel::speedText(1000.99 * 1024 * 1024)}},
    };
    const int minimum[] = {220, 0, 120, 110, 0, 80, 0, 220};
    const QFontMetrics cells = m_table->fontMetrics();
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < int(std::size(minimum)); ++column) {
        int width = qMax(minimum[column], header->sectionSizeHint(column));
        for (const QString& sample : samples.value(column))
            width = qMax(width, cells.horizontalAdvance(sample) + 16);
        m_table->setColumnWidth(column, width);
    }
}

QueueView::QueueView(UploadQueue* queue, QueueModel* model, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_thumbnails(new ThumbnailCache(28, this))
    , m_proxy(new QueueFilterModel(queue, model, m_thumbnails, this))
    , m_table(new QTableView(this))
    , m_noMatches(new QWidget(m_table)) // over the viewport, not scrolled with it
    , m_noMatchesText(new QLabel(m_noMatches))
{
    m_filter->setPlaceholderText(tr("Filter by name, status or result…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the queue"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_filter->installEventFilter(this);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WindowShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(find);

    m_table->setObjectName(u"queueTable"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(QueueModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // in the order added
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Upload queue"));
    m_table->setWordWrap(false);
    m_table->setTextElideMode(
        Qt::ElideRight); // the details read from the start; the whole text is the tooltip
    m_table->setIconSize(QSize(28, 28));
    m_table->verticalHeader()->setDefaultSectionSize(qMax(m_table->fontMetrics().height() + 10, 32));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    fitColumnWidths();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);

    m_startFirst = addRowAction(tr("&Send These First"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                                &QueueView::startSelectedFirst);
    m_retry = addRowAction(tr("&Retry"), QKeySequence(Qt::Key_F5), &QueueView::retrySelected);
    // A file the history shows as uploaded already waits: send it anyway, replace that item, or remove it.
    m_uploadAnyway = addRowAction(tr("Upload &Anyway"), QKeySequence(), nullptr);
    connect(m_uploadAnyway, &QAction::triggered, this, [this] { uploadSelectedAnyway(false); });
    m_replaceEarlier = addRowAction(tr("Replace the &Uploaded Item"), QKeySequence(), nullptr);
    connect(m_replaceEarlier, &QAction::triggered, this, [this] { uploadSelectedAnyway(true); });
    m_cancel = addRowAction(tr("&Cancel"), QKeySequence(), &QueueView::cancelSelected);
    m_remove = addRowAction(tr("Re&move from Queue"), QKeySequence::Delete, &QueueView::removeSelected);
    auto* inspect = addRowAction(tr("&Inspect Answer"), QKeySequence(Qt::CTRL | Qt::Key_I), nullptr);
    connect(inspect, &QAction::triggered, this, &QueueView::inspectRequested);
    auto* editValues = addRowAction(tr("Edit File &Values"), QKeySequence(Qt::Key_F2), nullptr);
    connect(editValues, &QAction::triggered, this, &QueueView::editValuesRequested);
    m_copyUrl = addRowAction(tr("Copy Result &URL"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                             &QueueView::copyUrl);
    m_showFile = addRowAction(tr("Show in &File Manager"), QKeySequence(), &QueueView::showInFileManager);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        emit selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentTaskChanged(currentTask()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &QueueView::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, &QueueView::openResult);
    updateActions();

    // Said where the rows would be: a filter that hides them all looks like an empty queue.
    m_noMatchesText->setTextFormat(Qt::PlainText); // the filter's text as typed
    m_noMatchesText->setWordWrap(true);
    m_noMatchesText->setAccessibleName(tr("No matching files"));
    auto* clearFilter = new QPushButton(tr("Clear filter"), m_noMatches);
    connect(clearFilter, &QPushButton::clicked, this, [this] {
        m_filter->clear();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    auto* noMatchesLayout = new QHBoxLayout(m_noMatches);
    noMatchesLayout->addWidget(m_noMatchesText, 1);
    noMatchesLayout->addWidget(clearFilter);
    m_noMatches->hide();
    setTabOrder(m_filter, clearFilter); // skipped while hidden
    setTabOrder(clearFilter, m_table);
    m_table->viewport()->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &QueueView::updateNoMatches);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QueueView::updateNoMatches);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QueueView::updateNoMatches);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &QueueView::updateNoMatches);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &QueueView::updateNoMatches);
}

bool QueueView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        placeNoMatches();
    // Escape in the filter: every file again, and the keyboard back on the queue.
    if (watched == m_filter && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        m_filter->clear();
        m_table->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void QueueView::updateNoMatches()
{
    const QString text = m_filter->text();
    const bool hidesAll = !text.isEmpty() && m_proxy->rowCount() == 0 && m_model->rowCount() > 0;
    if (hidesAll) {
        m_noMatchesText->setText(tr("No file matches \"%1\".").arg(text));
        placeNoMatches();
    }
    m_noMatches->setVisible(hidesAll);
}

void QueueView::placeNoMatches()
{
    const QRect area = m_table->viewport()->geometry();
    m_noMatches->setGeometry(area.x(), area.y(), area.width(),
                             m_noMatches->hasHeightForWidth() ? m_noMatches->heightForWidth(area.width())
                                                              : m_noMatches->sizeHint().height());
}

QAction* QueueView::addRowAction(const QString& text, const QKeySequence& shortcut, void (QueueView::*slot)())
{
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    m_table->addAction(action);
    m_rowActions.append(action);
    return action;
}

UploadTask* QueueView::currentTask() const
{
    return m_model->taskAt(m_proxy->mapToSource(m_table->currentIndex()).row());
}

QList<UploadTask*> QueueView::selectedTasks() const
{
    QList<UploadTask*> tasks;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (UploadTask* task = m_model->taskAt(m_proxy->mapToSource(index).row()))
            tasks.append(task);
    }
    return tasks;
}

void QueueView::selectFirstRowIfNone()
{
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
}

QByteArray QueueView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void QueueView::restoreHeaderState(const QByteArray& state)
{
    m_table->horizontalHeader()->restoreState(state);
}

void QueueView::startSelectedFirst()
{
    QList<quint64> ids;
    for (const UploadTask* task : selectedTasks())
        ids.append(task->id());
    m_queue->startFirst(ids);
}

void QueueView::retrySelected()
{
    for (const UploadTask* task : selectedTasks())
        m_queue->retry(task->id());
}

void QueueView::uploadSelectedAnyway(bool replaceEarlier)
{
    for (const UploadTask* task : selectedTasks())
        m_queue->uploadAnyway(task->id(), replaceEarlier);
}

void QueueView::cancelSelected()
{
    for (const UploadTask* task : selectedTasks())
        m_queue->cancel(task->id());
}

void QueueView::removeSelected()
{
    for (const UploadTask* task : selectedTasks())
        m_queue->remove(task->id()); // files on their way stay: cancel them first
}

void QueueView::copyUrl()
{
    if (const UploadTask* task = currentTask())
        QGuiApplication::clipboard()->setText(resultUrl(task));
}

void QueueView::showInFileManager()
{
    if (const UploadTask* task = currentTask())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(task->item().path).absolutePath()));
}

void QueueView::openResult(const QModelIndex& index)
{
    const UploadTask* task = m_model->taskAt(m_proxy->mapToSource(index).row());
    if (task && index.column() == QueueModel::ResultColumn && !resultUrl(task).isEmpty())
        QDesktopServices::openUrl(QUrl(resultUrl(task)));
    else
        emit inspectRequested();
}

void QueueView::updateActions()
{
    const QList<UploadTask*> tasks = selectedTasks();
    const auto any = [&tasks](auto test) {
        return std::any_of(tasks.cbegin(), tasks.cend(), test);
    };
    // An unknown outcome is sent again only by hand, after the user looked.
    m_retry->setEnabled(any([](const UploadTask* t) {
        return t->state() == UploadTask::State::Failed || t->state() == UploadTask::State::Cancelled ||
               t->state() == UploadTask::State::Unknown;
    }));
    const auto held = [](const UploadTask* t) {
        return t->earlierUpload().has_value() && t->state() == UploadTask::State::Blocked;
    };
    m_uploadAnyway->setEnabled(any(held));
    m_replaceEarlier->setEnabled(any([this, held](const UploadTask* t) {
        const Destination* destination = m_queue->destination(t->destination());
        return held(t) && !t->earlierUpload()->id.isEmpty() && destination &&
               destination->profile.canReplace();
    }));
    m_startFirst->setEnabled(
        any([](const UploadTask* t) { return t->state() == UploadTask::State::Queued; }));
    m_cancel->setEnabled(any([](const UploadTask* t) { return !t->isFinished(); }));
    m_remove->setEnabled(any([](const UploadTask* t) { return !t->isActive(); }));
    const UploadTask* current = currentTask();
    m_copyUrl->setEnabled(current && !resultUrl(current).isEmpty());
    m_showFile->setEnabled(current != nullptr);
}
