#pragma once

#include "app/requests/UploadItem.h"
#include "app/transfers/UploadQueue.h"
#include "app/transfers/UploadTask.h"

#include <QMap>
#include <QSignalSpy>
#include <QString>

namespace QueueUpload {
// Adds one file to the queue and runs it until the queue has nothing left to do.
inline UploadTask* upload(UploadQueue& queue, const QString& path,
                          const QMap<QString, QString>& metadata = {})
{
    UploadItem item = UploadItem::fromPath(path);
    item.metadata = metadata;
    UploadTask* task = queue.add(item);
    QSignalSpy finished(&queue, &UploadQueue::finished);
    queue.start();
    if (!queue.isIdle())
        finished.wait(30'000);
    return task;
}
} // namespace QueueUpload
