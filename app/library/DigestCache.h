#pragma once

#include "app/net/FileDigest.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

// Sizes and hashes of local files, computed on the thread pool (never on the caller's thread) and
// kept by path, size and modification time: a file is read once however often it is compared.
class DigestCache : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const FileDigest&)>;

    explicit DigestCache(QObject* parent = nullptr);

    // Answers from the event loop; an unreadable file gives an invalid digest.
    void digest(const QString& path, Handler done);
    // Blocking: reads the whole file.
    static FileDigest compute(const QString& path);

private:
    struct Entry
    {
        qint64 size = -1;
        qint64 mtimeMs = 0;
        FileDigest digest;
    };
    static std::pair<qint64, qint64> identity(const QString& path);

    QHash<QString, Entry> m_done;
    QHash<QString, QList<Handler>> m_waiting;
};
