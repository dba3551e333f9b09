#pragma once

#include <QHash>
#include <QIcon>
#include <QSortFilterProxyModel>

class QueueModel;
class ThumbnailCache;
class UploadQueue;

// The queue as the table shows it: sorted and filtered, with a preview of each image (made off the
// GUI thread) or its file type's icon in the name column.
class QueueFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    QueueFilterModel(UploadQueue* queue, QueueModel* model, ThumbnailCache* thumbnails,
                     QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QIcon typeIcon(const QString& mimeType) const;
    void onThumbnailReady(const QString& path);

    UploadQueue* m_queue;
    QueueModel* m_model;
    ThumbnailCache* m_thumbnails;
    mutable QHash<QString, QIcon> m_typeIcons;
};
