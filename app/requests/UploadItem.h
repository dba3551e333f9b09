#pragma once

#include "app/profiles/Profile.h"

#include <QFileInfo>
#include <QMap>
#include <QString>

// One file to upload, as it was when it joined the queue, with its per-item metadata.
class UploadItem
{
public:
    QString path;
    qint64 size = -1;                // -1: the file was missing when looked at
    qint64 mtimeMs = 0;              // its modification time, ms since the epoch (UTC)
    QString mimeType;                // detected from content and name
    QMap<QString, QString> metadata; // name, description, folder, replace-id …

    QString fileName() const;
    // The file part's type: the one set for this file (metadata "content-type"), else the detected one.
    QString contentType() const { return metadata.value(contentTypeKey(), mimeType); }
    static QString contentTypeKey() { return QStringLiteral("content-type"); }
    // The id of the remote item this file replaces; empty: it is uploaded as a new one.
    QString replaces() const { return metadata.value(QStringLiteral("replace")); }
    Profile::Operation operation() const
    {
        return replaces().isEmpty() ? Profile::Operation::Upload : Profile::Operation::Replace;
    }
    static UploadItem fromPath(const QString& path);

private:
    static QString typeOf(const QFileInfo& info);
};
