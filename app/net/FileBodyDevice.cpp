#include "app/net/FileBodyDevice.h"

#include "app/net/RateLimiter.h"

#include <QFileInfo>
#include <QThread>

FileBodyDevice::FileBodyDevice(const QString& path, QObject* parent)
    : QIODevice(parent)
    , m_file(path)
{
}

bool FileBodyDevice::open(OpenMode mode)
{
    if (mode != ReadOnly) {
        setErrorString(tr("The file body is read-only."));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_identity = FileIdentity::ofOpen(m_file);
    if (!m_identity) {
        setErrorString(tr("Cannot read the file's details."));
        m_file.close();
        return false;
    }
    m_size = m_identity->size();
    m_failure.clear();
    m_readToEnd = false;
    restartDigest();
    return QIODevice::open(ReadOnly | Unbuffered);
}

void FileBodyDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileBodyDevice::seek(qint64 position)
{
    if (position == pos())
        return QIODevice::seek(position);
    // Rewinding a body that was read to the end means sending the whole file again: refused.
    if (m_readToEnd || !m_failure.isEmpty() || position < 0 || position > m_size || !m_file.seek(position))
        return false;
    if (position == 0) {
        ++m_rewinds;
        restartDigest();
    } else {
        m_hashedUpTo = -1;
    }
    return QIODevice::seek(position);
}

void FileBodyDevice::restartDigest()
{
    m_md5.reset();
    m_sha256.reset();
    m_hashedUpTo = 0;
    m_digest = {};
}

qint64 FileBodyDevice::readData(char* data, qint64 maxSize)
{
    if (!m_failure.isEmpty())
        return -1;
    const qint64 position = m_file.pos();
    const qint64 wanted = qMin(maxSize, m_size - position);
    if (wanted <= 0)
        return 0; // never a byte past the length that was announced
    if (const auto now = FileIdentity::ofOpen(m_file); now != m_identity)
        return fail(changeFrom(now));
    const qint64 got = m_file.read(data, wanted);
    if (got < 0)
        return fail(m_file.errorString());
    if (got < wanted)
        return fail(tr("it got shorter"));
    if (m_limiter) {
        if (const qint64 waitMs = m_limiter->take(got); waitMs > 0)
            QThread::msleep(quint64(waitMs));
    }
    if (m_hashedUpTo == position) {
        m_md5.addData(QByteArrayView(data, got));
        m_sha256.addData(QByteArrayView(data, got));
        m_hashedUpTo += got;
    }
    if (position + got < m_size)
        return got;
    // The last bytes: the file must still be the one that was opened, at its path too (an editor
    // that saves by renaming a new file over it leaves the old one open here).
    if (const auto now = FileIdentity::ofOpen(m_file); now != m_identity)
        return fail(changeFrom(now));
    if (FileIdentity::ofPath(m_file.fileName()) != m_identity)
        return fail(tr("it was replaced by another file"));
    m_readToEnd = true;
    if (m_hashedUpTo == m_size)
        m_digest = {m_size, m_md5.result().toHex(), m_sha256.result().toHex()};
    if (m_beforeLastByte)
        m_beforeLastByte();
    return got;
}

QString FileBodyDevice::changeFrom(const std::optional<FileIdentity>& now) const
{
    if (now && now->size() < m_size)
        return tr("it got shorter");
    if (now && now->size() > m_size)
        return tr("it grew");
    return tr("it was written to");
}

qint64 FileBodyDevice::fail(const QString& reason)
{
    m_failure = tr("%1 changed while it was being sent (%2); nothing was stored as a success. Send it "
                   "again once it is complete.")
                    .arg(QFileInfo(m_file.fileName()).fileName(), reason);
    setErrorString(m_failure);
    return -1;
}
