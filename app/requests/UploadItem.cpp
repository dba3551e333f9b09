#include "app/requests/UploadItem.h"

#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

QString UploadItem::fileName() const
{
    return QFileInfo(path).fileName();
}

// Content first, name second: a PNG saved as .jpg still goes up as image/png. Qt's MatchDefault
// trusts an unambiguous extension without looking inside, so the content is asked for explicitly.
// Where the content says only "some text" or "some bytes" (a video whose first bytes read like a
// Matlab script, an empty file), a name that says more wins.
QString UploadItem::typeOf(const QFileInfo& info)
{
    const QMimeDatabase database;
    const QMimeType byContent = database.mimeTypeForFile(info, QMimeDatabase::MatchContent);
    const QMimeType byName = database.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    const bool generic = byContent.isDefault() || byContent.name() == u"application/x-zerosize";
    const bool someText = byContent.inherits(u"text/plain"_s);
    const bool nameKnown = byName.isValid() && !byName.isDefault();
    const bool nameSaysMore = nameKnown && (generic || byContent.name() == u"text/plain"_s ||
                                            (someText && !byName.inherits(u"text/plain"_s)));
    return nameSaysMore ? byName.name() : byContent.name();
}

UploadItem UploadItem::fromPath(const QString& path)
{
    UploadItem item;
    const QFileInfo info(path);
    item.path = info.absoluteFilePath();
    item.size = info.isFile() ? info.size() : -1;
    item.mtimeMs = info.isFile() ? info.lastModified().toMSecsSinceEpoch() : 0;
    item.mimeType = typeOf(info);
    return item;
}
