#include "ui/QueueFilterModel.h"

#include "app/transfers/QueueModel.h"
#include "app/transfers/UploadQueue.h"
#include "ui/ThumbnailCache.h"

#include <QApplication>
#include <QMimeDatabase>
#include <QStyle>

QueueFilterModel::QueueFilterModel(UploadQueue* queue, QueueModel* model, ThumbnailCache* thumbnails,
                                   QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_queue(queue)
    , m_model(model)
    , m_thumbnails(thumbnails)
{
    setSourceModel(model);
    setSortRole(QueueModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    connect(m_thumbnails, &ThumbnailCache::ready, this, &QueueFilterModel::onThumbnailReady);
}

QVariant QueueFilterModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DecorationRole || index.column() != QueueModel::NameColumn)
        return QSortFilterProxyModel::data(index, role);
    const UploadTask* task = m_model->taskAt(mapToSource(index).row());
    if (!task)
        return QVariant();
    const QString type = task->item().contentType();
    if (type.startsWith(QLatin1StringView("image/"))) {
        const QPixmap preview = m_thumbnails->thumbnail(task->item().path);
        if (!preview.isNull())
            return preview;
    }
    return typeIcon(type);
}

// The desktop theme's icon for the type, else the style's plain file icon.
QIcon QueueFilterModel::typeIcon(const QString& mimeType) const
{
    const auto cached = m_typeIcons.constFind(mimeType);
    if (cached != m_typeIcons.cend())
        return *cached;
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    QIcon icon = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    m_typeIcons.insert(mimeType, icon);
    return icon;
}

void QueueFilterModel::onThumbnailReady(const QString& path)
{
    const int row = m_model->rowOf(m_queue->taskFor(path));
    if (row < 0)
        return;
    const QModelIndex cell = mapFromSource(m_model->index(row, QueueModel::NameColumn));
    if (cell.isValid())
        emit dataChanged(cell, cell, {Qt::DecorationRole});
}
