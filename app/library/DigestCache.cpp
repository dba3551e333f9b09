#include "app/library/DigestCache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

DigestCache::DigestCache(QObject* parent)
    : QObject(parent)
{
}

std::pair<qint64, qint64> DigestCache::identity(const QString& path)
{
    const QFileInfo info(path);
    return {info.exists() ? info.size() : -1, info.lastModified().toMSecsSinceEpoch()};
}

FileDigest DigestCache::compute(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash md5(QCryptographicHash::Md5);
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 size = 0;
    for (qint64 got; (got = file.read(buffer.data(), buffer.size())) > 0; size += got) {
        md5.addData(QByteArrayView(buffer.constData(), got));
        sha256.addData(QByteArrayView(buffer.constData(), got));
    }
    if (file.error() != QFileDevice::NoError)
        return {};
    return {size, md5.result().toHex(), sha256.result().toHex()};
}

void DigestCache::digest(const QString& path, Handler done)
{
    const auto [size, mtimeMs] = identity(path);
    if (const auto found = m_done.constFind(path);
        found != m_done.cend() && found->size == size && found->mtimeMs == mtimeMs) {
        QMetaObject::invokeMethod(
            this, [done, digest = found->digest] { done(digest); }, Qt::QueuedConnection);
        return;
    }
    QList<Handler>& waiting = m_waiting[path];
    waiting.append(std::move(done));
    if (waiting.size() > 1)
        return; // being read already
    auto* watcher = new QFutureWatcher<FileDigest>(this);
    connect(watcher, &QFutureWatcher<FileDigest>::finished, this, [this, watcher, path, size, mtimeMs] {
        const FileDigest digest = watcher->result();
        watcher->deleteLater();
        // A file that changed while it was read is not cached: the next ask reads it again.
        if (digest.size == size && identity(path) == std::pair(size, mtimeMs))
            m_done.insert(path, {size, mtimeMs, digest});
        for (const Handler& handler : m_waiting.take(path))
            handler(digest);
    });
    watcher->setFuture(QtConcurrent::run(&DigestCache::compute, path));
}
