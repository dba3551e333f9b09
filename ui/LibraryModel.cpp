#include "ui/LibraryModel.h"

#include "app/library/HistoryLibrary.h"
#include "app/library/LibraryClient.h"
#include "app/library/LibraryPage.h"
#include "app/requests/RequestPlanner.h"
#include "app/requests/UploadItem.h"
#include "app/storage/HistoryRecord.h"
#include "ui/LibraryThumbnails.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// Services write times their own way (Xibo "2024-05-01 09:30:00", the others ISO 8601).
QDateTime timeOf(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss"_s);
    return time;
}
} // namespace

LibraryModel::LibraryModel(NetworkThread* network, AccessTokenCache* tokens, const History* history,
                           const LibraryDeletions* deletions, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(new LibraryClient(network, tokens, this))
    , m_thumbnails(new LibraryThumbnails(network, tokens, this))
    , m_history(history)
    , m_deletions(deletions)
{
    // Only the rows on screen ask for theirs, and a view repaints only those.
    connect(m_thumbnails, &LibraryThumbnails::ready, this, [this] {
        if (!m_items.isEmpty())
            emit dataChanged(index(0, ThumbnailColumn), index(rowCount() - 1, ThumbnailColumn),
                             {Qt::DecorationRole});
    });
}

void LibraryModel::setDestination(const Destination& destination)
{
    m_destination = destination;
    m_client->setDestination(destination);
    m_thumbnails->setDestination(destination);
    m_search.clear();
    m_folder.clear();
    clear();
    setState(State::Idle);
}

void LibraryModel::clear()
{
    m_client->cancelAll();
    m_thumbnails->forgetWaiting();
    beginResetModel();
    m_items.clear();
    m_pageOf.clear();
    m_pages.clear();
    m_ids.clear();
    endResetModel();
    m_nextOffset = 0;
    m_total = -1;
    m_removedWhileLoading = 0;
    m_hasMore = false;
    m_failure.clear();
}

void LibraryModel::setQuery(const QString& search, const QString& folder)
{
    m_search = search;
    m_folder = folder;
    clear();
    if (m_destination.name.isEmpty())
        fail(tr("Choose a profile in the main window: this shows its library."));
    else if (fromHistory())
        readHistory();
    else
        request(0);
}

void LibraryModel::request(qint64 offset)
{
    setState(State::Loading);
    m_client->list(
        {m_search, m_folder, offset, 0}, [this](const LibraryPage& page) { append(page); },
        [this](const LibraryClient::Failure& failure) { fail(failure.message); });
}

void LibraryModel::append(const LibraryPage& page)
{
    ResponseRecord answer = page.response;
    answer.body.clear(); // each row keeps its own part of it
    m_pages.append(answer);
    QList<LibraryItem> fresh;
    for (const LibraryItem& item : page.items) {
        if (!item.id.isEmpty() && m_ids.contains(item.id))
            continue;
        m_ids.insert(item.id);
        fresh.append(item);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows(QModelIndex(), rowCount(), rowCount() + int(fresh.size()) - 1);
        m_items += fresh;
        m_pageOf.insert(m_pageOf.size(), fresh.size(), int(m_pages.size()) - 1);
        endInsertRows();
    }
    // A deletion the server may or may not have seen before this page: one row read twice (and
    // dropped above) rather than one never read.
    m_nextOffset = page.nextOffset() - std::exchange(m_removedWhileLoading, 0);
    m_total = page.total;
    m_hasMore = page.hasMore;
    setState(State::Ready);
}

void LibraryModel::fail(const QString& message)
{
    m_failure = message;
    m_hasMore = false;
    setState(State::Failed);
}

void LibraryModel::readHistory()
{
    if (!m_history || !m_deletions) {
        fail(tr("Hoist could not open its database, so it has no record of what it uploaded."));
        return;
    }
    const RequestPlan upload = RequestPlanner::plan(m_destination.profile, UploadItem(),
                                                    m_destination.variables, m_destination.secret);
    StorageError error;
    const QList<LibraryItem> items = HistoryLibrary::items(
        *m_history, *m_deletions, m_destination.name, HistoryRecord::maskedAddress(upload), m_search, &error);
    if (error.isError()) {
        fail(error.message);
        return;
    }
    beginResetModel();
    m_items = items;
    m_pageOf.fill(-1, items.size());
    endResetModel();
    m_total = items.size();
    setState(State::Ready);
}

void LibraryModel::setState(State state)
{
    m_state = state;
    emit stateChanged();
}

int LibraryModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

ResponseRecord LibraryModel::answerAt(int row) const
{
    const int page = m_pageOf.value(row, -1);
    if (page < 0)
        return ResponseRecord();
    ResponseRecord answer = m_pages.at(page);
    answer.body = QJsonDocument(m_items.at(row).raw).toJson(QJsonDocument::Compact);
    answer.bodyTotalBytes = answer.body.size();
    answer.headers.removeIf(
        [](const auto& header) { return header.first.compare("Content-Length", Qt::CaseInsensitive) == 0; });
    return answer;
}

void LibraryModel::removeItem(const QString& id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_items.removeAt(row);
    m_pageOf.removeAt(row);
    endRemoveRows();
    m_ids.remove(id);
    if (m_state == State::Loading)
        ++m_removedWhileLoading;
    else
        --m_nextOffset;
    if (m_total > 0)
        --m_total;
    emit stateChanged();
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int LibraryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return QVariant();
    const LibraryItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(item, index.column());
    case Qt::DecorationRole:
        if (index.column() == ThumbnailColumn && !item.thumbnail.isEmpty()) {
            const QPixmap thumbnail = m_thumbnails->thumbnail(item.thumbnail);
            return thumbnail.isNull() ? QVariant() : QVariant(thumbnail);
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !item.url.isEmpty())
            return item.url;
        if (index.column() == ModifiedColumn)
            return item.modified.isEmpty() ? QVariant() : QVariant(item.modified);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case IdRole:
        return item.id;
    default:
        return QVariant();
    }
}

QVariant LibraryModel::displayData(const LibraryItem& item, int column) const
{
    switch (column) {
    case NameColumn:
        return item.name;
    case TypeColumn:
        return item.type;
    case SizeColumn:
        return item.size < 0 ? QString() : QLocale().formattedDataSize(item.size);
    case ModifiedColumn: {
        const QDateTime time = timeOf(item.modified);
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : item.modified;
    }
    case IdColumn:
        return item.id;
    default:
        return QVariant();
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case ThumbnailColumn:
        return QString();
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    case IdColumn:
        return tr("Id");
    default:
        return QVariant();
    }
}

// One page at a time: the next is asked for only once the last has come.
bool LibraryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_state == State::Ready && m_hasMore;
}

void LibraryModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        request(m_nextOffset);
}
