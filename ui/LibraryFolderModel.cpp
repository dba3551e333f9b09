#include "ui/LibraryFolderModel.h"

#include "app/library/LibraryClient.h"

#include <QHash>

using namespace Qt::StringLiterals;

LibraryFolderModel::LibraryFolderModel(NetworkThread* network, AccessTokenCache* tokens, bool allItems,
                                       QObject* parent)
    : QStandardItemModel(parent)
    , m_client(new LibraryClient(network, tokens, this))
    , m_allItems(allItems)
{
}

void LibraryFolderModel::setDestination(const Destination& destination)
{
    m_client->setDestination(destination); // what was under way answers nobody
    clear();
    const LibraryApi::Listing& folders = destination.profile.library.folders;
    m_byLevel = folders.request.uses(u"folder"_s);
    if (!folders.isSet())
        return;
    if (m_allItems) {
        auto* all = new QStandardItem(tr("All items"));
        all->setData(QString(), IdRole);
        all->setEditable(false);
        appendRow(all);
    }
    read(invisibleRootItem(), QString());
}

QStandardItem* LibraryFolderModel::folderItem(const LibraryItem& folder, bool unread) const
{
    auto* item = new QStandardItem(folder.name.isEmpty() ? folder.id : folder.name);
    item->setData(folder.id, IdRole);
    item->setData(unread, UnreadRole);
    item->setToolTip(tr("Folder id %1").arg(folder.id));
    item->setEditable(false);
    return item;
}

void LibraryFolderModel::read(QStandardItem* parent, const QString& id)
{
    m_client->folders(
        id,
        [this, parent](const QList<LibraryItem>& folders) {
            if (!m_byLevel) {
                placeTree(folders);
                return;
            }
            for (const LibraryItem& folder : folders)
                parent->appendRow(folderItem(folder, true));
            // The view asked whether it has children before they were read.
            if (folders.isEmpty() && parent != invisibleRootItem())
                emit dataChanged(parent->index(), parent->index());
        },
        [parent](const LibraryClient::Failure& failure) {
            auto* problem = new QStandardItem(tr("The folders could not be read"));
            problem->setToolTip(failure.message);
            problem->setFlags(Qt::ItemIsEnabled);
            parent->appendRow(problem);
        });
}

// The whole tree in one answer, each folder naming its parent: a folder whose parent is not among
// them is at the top (Xibo's root folder).
void LibraryFolderModel::placeTree(const QList<LibraryItem>& folders)
{
    QHash<QString, QStandardItem*> byId;
    QList<LibraryItem> placed;
    for (const LibraryItem& folder : folders) {
        if (!byId.contains(folder.id)) {
            byId.insert(folder.id, folderItem(folder, false));
            placed.append(folder);
        }
    }
    for (const LibraryItem& folder : std::as_const(placed)) {
        QStandardItem* parent = byId.value(folder.folder);
        (parent && folder.folder != folder.id ? parent : invisibleRootItem())
            ->appendRow(byId.value(folder.id));
    }
}

bool LibraryFolderModel::hasChildren(const QModelIndex& parent) const
{
    return parent.data(UnreadRole).toBool() || QStandardItemModel::hasChildren(parent);
}

bool LibraryFolderModel::canFetchMore(const QModelIndex& parent) const
{
    return parent.data(UnreadRole).toBool();
}

void LibraryFolderModel::fetchMore(const QModelIndex& parent)
{
    QStandardItem* item = itemFromIndex(parent);
    if (!item || !item->data(UnreadRole).toBool())
        return;
    item->setData(false, UnreadRole);
    read(item, item->data(IdRole).toString());
}
