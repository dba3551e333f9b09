#include "ui/HistoryWindow.h"

#include "app/storage/HistoryCsv.h"
#include "ui/HistoryModel.h"
#include "ui/ResponseInspector.h"
#include "ui/SearchField.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int searchDelayMs = 250;
constexpr int sinceToday = -1; // the since filter's data: days back, or this for "since midnight"

// The desktop theme's icon, else the style's own.
QIcon themed(const QWidget* widget, const QString& name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, widget->style()->standardIcon(fallback));
}
} // namespace

HistoryWindow::HistoryWindow(const History* history, const QString& settingsFile, QWidget* parent)
    : QDialog(parent)
    , m_history(history)
    , m_settingsFile(settingsFile)
    , m_search(new SearchField(tr("Search file names…"), tr("Search file names"), searchDelayMs, this))
    , m_profileFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_sinceFilter(new QComboBox(this))
    , m_model(new HistoryModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(m_table->viewport()))
    , m_statusLine(new QLabel(this))
    , m_inspector(new ResponseInspector(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setWindowTitle(tr("Upload History"));
    setSizeGripEnabled(true);
    setUpFilters();
    setUpTable();
    m_statusLine->setObjectName(u"historyStatusLine"_s);
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_profileFilter);
    filters->addWidget(m_stateFilter);
    filters->addWidget(m_sinceFilter);
    m_splitter->setObjectName(u"historySplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(createToolbar());
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_statusLine);
    const QList<QWidget*> tabOrder{m_search,      m_profileFilter, m_stateFilter,
                                   m_sinceFilter, m_table,         m_inspector};
    for (qsizetype next = 1; next < tabOrder.size(); ++next)
        setTabOrder(tabOrder.at(next - 1), tabOrder.at(next));

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrent();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryWindow::updateActions);
    // Enter and double-click.
    connect(m_table, &QTableView::activated, this, &HistoryWindow::showAnswer);
    resize(1000, 640);
    restoreState();
    showCurrent();
    updateActions();
}

void HistoryWindow::setUpFilters()
{
    m_search->setObjectName(u"historySearch"_s);
    connect(m_search, &SearchField::typingPaused, this, &HistoryWindow::refresh);

    m_profileFilter->setObjectName(u"historyProfile"_s);
    m_profileFilter->setAccessibleName(tr("Profile"));
    m_profileFilter->setToolTip(tr("Only uploads made with this profile"));
    m_profileFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileFilter->addItem(tr("All profiles"));
    m_stateFilter->setObjectName(u"historyStatus"_s);
    m_stateFilter->setAccessibleName(tr("Status"));
    m_stateFilter->setToolTip(tr("Only uploads that ended this way"));
    m_stateFilter->addItem(tr("All statuses"));
    for (const QString& name : HistoryRecord::stateNames())
        m_stateFilter->addItem(HistoryModel::stateTitle(*HistoryRecord::stateFromName(name)), name);
    m_sinceFilter->setObjectName(u"historySince"_s);
    m_sinceFilter->setAccessibleName(tr("Time"));
    m_sinceFilter->setToolTip(tr("Only uploads made in this time"));
    m_sinceFilter->addItem(tr("Any time"), 0);
    m_sinceFilter->addItem(tr("Today"), sinceToday);
    m_sinceFilter->addItem(tr("Last 7 days"), 7);
    m_sinceFilter->addItem(tr("Last 30 days"), 30);
    for (QComboBox* filter : {m_profileFilter, m_stateFilter, m_sinceFilter})
        connect(filter, &QComboBox::currentIndexChanged, this, &HistoryWindow::refresh);
}

void HistoryWindow::setUpTable()
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(HistoryModel::SortRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_sorted);
    m_table->setAccessibleName(tr("Upload history"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the answer, arrows move between rows
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for the heading, a long date and time and every status in the user's language;
    // measured once instead of over every row.
    int widths[HistoryModel::MessageColumn] = {0, 0, 200, 80, 110, 50, 70, 220};
    const QFontMetrics cells = m_table->fontMetrics();
    widths[HistoryModel::TimeColumn] =
        cells.horizontalAdvance(
            QLocale().toString(QDateTime(QDate(2000, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat)) +
        16;
    for (const QString& name : HistoryRecord::stateNames())
        widths[HistoryModel::StatusColumn] =
            qMax(widths[HistoryModel::StatusColumn],
                 cells.horizontalAdvance(HistoryModel::stateTitle(*HistoryRecord::stateFromName(name))) + 16);
    const QFontMetrics headings = m_table->horizontalHeader()->fontMetrics();
    for (int column = 0; column < HistoryModel::MessageColumn; ++column) {
        const QString heading = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(column, qMax(widths[column], headings.horizontalAdvance(heading) + 24));
    }
    // Over the empty table, in its middle; clicks go through to the table.
    m_empty->setObjectName(u"historyEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto* emptyLayout = new QVBoxLayout(m_table->viewport());
    emptyLayout->addWidget(m_empty);
}

// The row actions act on the selection and work while the table has the focus; the others anywhere in
// the window.
QToolBar* HistoryWindow::createToolbar()
{
    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_showAnswer =
        addRowAction(themed(this, u"document-properties"_s, QStyle::SP_FileDialogContentsView),
                     tr("Show &Answer"), QKeySequence(Qt::CTRL | Qt::Key_I), &HistoryWindow::showAnswer);
    m_copyUrls = addRowAction(themed(this, u"edit-copy"_s, QStyle::SP_FileLinkIcon), tr("&Copy URLs"),
                              QKeySequence::Copy, &HistoryWindow::copyUrls);
    m_uploadAgain = addRowAction(themed(this, u"document-send"_s, QStyle::SP_ArrowUp), tr("&Upload Again"),
                                 QKeySequence(Qt::CTRL | Qt::Key_U), &HistoryWindow::uploadAgain);
    toolbar->addActions(m_table->actions());
    toolbar->addSeparator();
    auto* exportCsv = new QAction(themed(this, u"document-save-as"_s, QStyle::SP_DialogSaveButton),
                                  tr("&Export CSV…"), this);
    exportCsv->setShortcut(QKeySequence::Save);
    exportCsv->setToolTip(tr("Write the selected uploads, or all shown, to a CSV file (%1)")
                              .arg(exportCsv->shortcut().toString(QKeySequence::NativeText)));
    connect(exportCsv, &QAction::triggered, this, &HistoryWindow::exportCsv);
    auto* refresh =
        new QAction(themed(this, u"view-refresh"_s, QStyle::SP_BrowserReload), tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(
        tr("Read the history again (%1)").arg(refresh->shortcut().toString(QKeySequence::NativeText)));
    connect(refresh, &QAction::triggered, this, &HistoryWindow::refresh);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, &SearchField::focusForTyping);
    auto* keep = new QAction(tr("&Keep History…"), this);
    keep->setToolTip(tr("How long the history keeps its records: set in the Preferences"));
    connect(keep, &QAction::triggered, this, &HistoryWindow::preferencesRequested);
    addActions({exportCsv, refresh, find});
    toolbar->addAction(exportCsv);
    toolbar->addAction(refresh);
    toolbar->addAction(keep);
    return toolbar;
}

QAction* HistoryWindow::addRowAction(const QIcon& icon, const QString& text, const QKeySequence& keys,
                                     void (HistoryWindow::*slot)())
{
    auto* action = new QAction(icon, text, m_table);
    action->setShortcut(keys);
    // Only while the table has the focus: the search field and the answer have their own Copy.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(
        tr("%1 (%2)").arg(QString(text).remove(u'&'), keys.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this, slot);
    m_table->addAction(action);
    return action;
}

History::Query HistoryWindow::query() const
{
    History::Query query;
    query.nameContains = m_search->text().trimmed();
    query.profile = m_profileFilter->currentData().toString();
    if (const auto state = HistoryRecord::stateFromName(m_stateFilter->currentData().toString()))
        query.states = {*state};
    const int days = m_sinceFilter->currentData().toInt();
    if (days == sinceToday)
        query.since = QDate::currentDate().startOfDay();
    else if (days > 0)
        query.since = QDateTime::currentDateTime().addDays(-days);
    // One more than shown tells whether there are more.
    query.limit = m_limit > 0 ? m_limit + 1 : 0;
    return query;
}

bool HistoryWindow::filtersHideRows() const
{
    return !m_search->text().trimmed().isEmpty() || m_profileFilter->currentIndex() > 0 ||
           m_stateFilter->currentIndex() > 0 || m_sinceFilter->currentIndex() > 0;
}

void HistoryWindow::refresh()
{
    m_search->cancelPending();
    reloadProfiles();
    QSet<qint64> selected;
    for (const HistoryRecord& record : selectedRecords())
        selected.insert(record.id);
    const qint64 current = m_table->currentIndex().data(HistoryModel::RecordIdRole).toLongLong();

    StorageError error;
    QList<HistoryRecord> records = m_history->find(query(), &error);
    const bool more = m_limit > 0 && records.size() > m_limit;
    if (more)
        records.removeLast();
    m_model->setRecords(records);

    QItemSelection selection;
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        const qint64 id = index.data(HistoryModel::RecordIdRole).toLongLong();
        if (selected.contains(id))
            selection.select(index, index);
        if (id == current)
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);

    const int shown = int(records.size());
    if (error.isError())
        m_statusLine->setText(error.message);
    else if (more)
        m_statusLine->setText(
            tr("Showing the newest %n uploads that match; narrow the search to find older ones.", nullptr,
               shown));
    else
        m_statusLine->setText(tr("%n upload(s)", nullptr, shown));
    m_empty->setText(shown > 0 || error.isError() ? QString()
                     : filtersHideRows()          ? tr("No upload matches these filters")
                                                  : tr("No uploads recorded yet"));
    m_empty->setVisible(!m_empty->text().isEmpty());
    showCurrent();
    updateActions();
}

// The profiles the history names, kept up to date without losing the choice.
void HistoryWindow::reloadProfiles()
{
    const QString chosen = m_profileFilter->currentData().toString();
    const QStringList profiles = m_history->profiles();
    QStringList listed;
    for (int index = 1; index < m_profileFilter->count(); ++index)
        listed.append(m_profileFilter->itemData(index).toString());
    if (listed == profiles)
        return;
    const QSignalBlocker blocker(m_profileFilter);
    while (m_profileFilter->count() > 1)
        m_profileFilter->removeItem(1);
    for (const QString& profile : profiles)
        m_profileFilter->addItem(profile, profile);
    m_profileFilter->setCurrentIndex(qMax(0, m_profileFilter->findData(chosen)));
}

QString HistoryWindow::emptyText() const
{
    return m_empty->isVisibleTo(m_table) ? m_empty->text() : QString();
}

QString HistoryWindow::statusText() const
{
    return m_statusLine->text();
}

QList<HistoryRecord> HistoryWindow::recordsIn(const QModelIndexList& rows) const
{
    QModelIndexList sorted = rows;
    std::sort(sorted.begin(), sorted.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<HistoryRecord> records;
    for (const QModelIndex& index : sorted)
        records.append(m_model->recordAt(m_sorted->mapToSource(index).row()));
    return records;
}

QList<HistoryRecord> HistoryWindow::selectedRecords() const
{
    return recordsIn(m_table->selectionModel()->selectedRows());
}

// The answer follows the current row; it is read with its body only now (the list is read without).
void HistoryWindow::showCurrent()
{
    ResponseInspector::Answer answer;
    answer.noAnswer = tr("Select an upload to see what the server answered.");
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        StorageError error;
        const std::optional<HistoryRecord> record =
            m_history->record(current.data(HistoryModel::RecordIdRole).toLongLong(), &error);
        if (record) {
            answer.response = record->answer();
            answer.address = record->address();
            answer.explanation = record->message;
            answer.fields = record->fields;
            answer.subject = u"history:"_s + QString::number(record->id);
            answer.noAnswer = record->state == HistoryRecord::State::Blocked
                                  ? tr("Nothing was sent for this file.")
                                  : tr("The server sent no answer.");
        } else {
            answer.noAnswer =
                error.isError() ? error.message : tr("This upload is no longer in the history.");
        }
    }
    m_inspector->showAnswer(answer);
}

void HistoryWindow::showAnswer()
{
    showCurrent();
    m_inspector->setFocus(Qt::OtherFocusReason);
}

void HistoryWindow::copyUrls()
{
    QStringList urls;
    for (const HistoryRecord& record : selectedRecords()) {
        const QString url = HistoryModel::urlOf(record);
        if (!url.isEmpty())
            urls.append(url);
    }
    if (!urls.isEmpty())
        QGuiApplication::clipboard()->setText(urls.join(u'\n'));
}

void HistoryWindow::uploadAgain()
{
    const QList<HistoryRecord> records = selectedRecords();
    if (!records.isEmpty())
        emit uploadAgainRequested(records);
}

void HistoryWindow::exportCsv()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    QModelIndexList rows = selected;
    if (rows.isEmpty()) {
        for (int row = 0; row < m_sorted->rowCount(); ++row)
            rows.append(m_sorted->index(row, 0));
    }
    const QList<HistoryRecord> records = recordsIn(rows);
    QFileDialog dialog(
        this, selected.isEmpty() ? tr("Export the Shown Uploads") : tr("Export the Selected Uploads"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("upload-history-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("CSV files (*.csv)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"csv"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (!HistoryCsv::write(path, records, &error)) {
        QMessageBox::warning(this, tr("Export CSV"), error);
        return;
    }
    m_statusLine->setText(
        tr("%n upload(s) written to %1.", nullptr, int(records.size())).arg(QDir::toNativeSeparators(path)));
}

void HistoryWindow::updateActions()
{
    const QList<HistoryRecord> records = selectedRecords();
    m_showAnswer->setEnabled(m_table->currentIndex().isValid());
    m_uploadAgain->setEnabled(!records.isEmpty());
    m_copyUrls->setEnabled(std::any_of(records.cbegin(), records.cend(), [](const HistoryRecord& record) {
        return !HistoryModel::urlOf(record).isEmpty();
    }));
}

void HistoryWindow::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!event->spontaneous())
        refresh();
}

void HistoryWindow::hideEvent(QHideEvent* event)
{
    if (!event->spontaneous())
        saveState();
    QDialog::hideEvent(event);
}

void HistoryWindow::restoreState()
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.beginGroup(u"history"_s);
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"splitter"_s).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(u"columns"_s).toByteArray());
}

void HistoryWindow::saveState() const
{
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.beginGroup(u"history"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"columns"_s, m_table->horizontalHeader()->saveState());
}
