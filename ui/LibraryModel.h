#pragma once

#include "app/library/LibraryItem.h"
#include "app/responses/ResponseRecord.h"
#include "app/transfers/Destination.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

class AccessTokenCache;
class History;
class LibraryClient;
class LibraryDeletions;
struct LibraryPage;
class LibraryThumbnails;
class NetworkThread;

// A remote library's items as a table for the library views, read a page at a time as the view
// scrolls to the end (one request at a time), searched and filtered by folder on the server; a new
// query cancels the one under way. For a service that cannot list its library (Qualtrics) it holds
// what Hoist's history uploaded there instead.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ThumbnailColumn,
        NameColumn,
        TypeColumn,
        SizeColumn,
        ModifiedColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole,
    };
    enum class State
    {
        Idle,    // nothing asked yet
        Loading, // a page is on its way
        Ready,
        Failed,
    };

    // history and deletions may be null (no database): a library that cannot list then stays empty.
    LibraryModel(NetworkThread* network, AccessTokenCache* tokens, const History* history,
                 const LibraryDeletions* deletions, QObject* parent = nullptr);

    // Empties the table; nothing is read until setQuery().
    void setDestination(const Destination& destination);
    const Destination& destination() const { return m_destination; }
    // The profile cannot list its library: the rows are the history's uploads to it.
    bool fromHistory() const { return !m_destination.profile.library.canList(); }
    // Reads the first page of what matches, cancelling what was under way.
    void setQuery(const QString& search, const QString& folder);
    void reload() { setQuery(m_search, m_folder); }
    QString search() const { return m_search; }

    State state() const { return m_state; }
    QString failure() const { return m_failure; } // why the last read failed, in words
    qint64 total() const { return m_total; }      // every match; -1: the service does not say
    bool hasMore() const { return m_hasMore; }
    const LibraryItem& itemAt(int row) const { return m_items.at(row); }
    int rowOf(const QString& id) const;
    // The answer that listed the row's item, with the item's own JSON for its body; no answer for a
    // row from the history.
    ResponseRecord answerAt(int row) const;
    // The item was deleted: its row goes, and later pages start one earlier.
    void removeItem(const QString& id);
    LibraryThumbnails* thumbnails() const { return m_thumbnails; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void stateChanged();

private:
    void clear();
    void request(qint64 offset);
    void append(const LibraryPage& page);
    void fail(const QString& message);
    void readHistory();
    void setState(State state);
    QVariant displayData(const LibraryItem& item, int column) const;

    LibraryClient* m_client;
    LibraryThumbnails* m_thumbnails;
    const History* m_history;
    const LibraryDeletions* m_deletions;
    Destination m_destination;
    QString m_search;
    QString m_folder;
    QList<LibraryItem> m_items;
    QList<int> m_pageOf;           // row → the answer in m_pages that listed it
    QList<ResponseRecord> m_pages; // each page's answer, without its body
    QSet<QString> m_ids;           // a page that overlaps the last (the list changed) adds no row twice
    qint64 m_nextOffset = 0;
    qint64 m_total = -1;
    int m_removedWhileLoading = 0;
    bool m_hasMore = false;
    State m_state = State::Idle;
    QString m_failure;
};
