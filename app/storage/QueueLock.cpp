#include "app/storage/QueueLock.h"

#include "app/storage/StorageDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QueueLock::QueueLock(const StorageDatabase& database, const QString& queue)
    : m_file(pathFor(database, queue))
{
    // Only a process that is gone frees a queue, never the age of its lock: an upload may run for days.
    m_file.setStaleLockTime(0);
}

QueueLock::~QueueLock()
{
    m_file.unlock();
}

bool QueueLock::tryLock()
{
    QDir().mkpath(QFileInfo(m_file.fileName()).absolutePath());
    return m_file.tryLock(0);
}

bool QueueLock::isHeld(const StorageDatabase& database, const QString& queue)
{
    QueueLock probe(database, queue);
    return !probe.tryLock();
}

// Queue names are free text: the file is named by their digest.
QString QueueLock::pathFor(const StorageDatabase& database, const QString& queue)
{
    const QByteArray digest = QCryptographicHash::hash(queue.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QFileInfo(database.path()).absolutePath() + u"/locks/"_s + QString::fromLatin1(digest) +
           u".lock"_s;
}
