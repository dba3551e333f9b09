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
    item.mtimeMs = info.isFile() ? info.lastModified().toMSecsSinceEpoch() : 0;
    // Content first, name second: a PNG saved as .jpg still goes up as image/png. Qt's MatchDefault
    // trusts an unambiguous extension without looking inside, so ask for the content explicitly.
    const QMimeDatabase database;
    const QMimeType byContent = database.mimeTypeForFile(info, QMimeDatabase::MatchContent);
    const bool vague = byContent.isDefault() || byContent.name() == QLatin1StringView("text/plain");
    item.mimeType =
        vague ? database.mimeTypeForFile(info, QMimeDatabase::MatchDefault).name() : byContent.name();
    return item;
}
