#include "app/requests/UploadItem.h"

#include <QFileInfo>
#include <QMimeDatabase>

QString UploadItem::fileName() const
{
    return QFileInfo(path).fileName();
}

UploadItem UploadItem::fromPath(const QString& path)
{
    UploadItem item;
    const QFileInfo info(path);
    item.path = info.absoluteFilePath();
    item.size = info.isFile() ? info.size() : -1;
    // Content first, name second: a PNG saved as .jpg still goes up as image/png.
    item.mimeType = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchDefault).name();
    return item;
}
