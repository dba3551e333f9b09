#pragma once

#include <QByteArray>
#include <QMetaType>

// The size and hashes of a file's bytes (lower-case hex), as they were read: what a service's
// reported size or content hash is checked against.
struct FileDigest
{
    qint64 size = -1;
    QByteArray md5;
    QByteArray sha256;

    bool isValid() const { return size >= 0 && !sha256.isEmpty(); }
    bool operator==(const FileDigest&) const = default;
};

Q_DECLARE_METATYPE(FileDigest)
