#pragma once

#include "app/library/LibraryItem.h"
#include "app/transfers/Destination.h"

#include <QStandardItemModel>

class AccessTokenCache;
class LibraryClient;
class NetworkThread;

// A library's folders as a tree for the library views. A service that answers with the whole tree
// (Xibo: nested "children") is read once; one that lists the subfolders of one folder (Squidex's
// parentId) is read a level at a time, as folders are opened.
class LibraryFolderModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the folder's id; empty: every item, whatever its folder
        UnreadRole,                // true: its subfolders have not been asked for yet
    };

    // allItems: a first row "All items" that stands for no folder at all (the library view's; a
    // picker of folders has none).
    LibraryFolderModel(NetworkThread* network, AccessTokenCache* tokens, bool allItems,
                       QObject* parent = nullptr);

    // Reads the top of the tree (or all of it) when the profile has folders; else stays empty.
    void setDestination(const Destination& destination);

    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    void read(QStandardItem* parent, const QString& id);
    void placeTree(const QList<LibraryItem>& folders);
    QStandardItem* folderItem(const LibraryItem& folder, bool unread) const;

    LibraryClient* m_client;
    bool m_allItems;
    bool m_byLevel = false; // the folders request names a parent
};
