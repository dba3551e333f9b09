#pragma once

#include "app/net/FileDigest.h"
#include "app/platform/FileIdentity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>

class RateLimiter;

// The file part's body: fixes the file's identity (size, modification time, inode and device) when
// it opens and reads exactly that many bytes. A file that shrinks, grows, is rewritten or replaced
// while it is read ends the body with an error before its last byte, so the server never gets a
// complete body that was not the file. Once read to the end it refuses to rewind, which stops
// Qt 6.4 from silently re-sending a complete body on a new connection; a rewind after a partial
// read (a stale keep-alive connection) is allowed and counted.
class FileBodyDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit FileBodyDevice(const QString& path, QObject* parent = nullptr);

    bool open(OpenMode mode) override; // ReadOnly only; errorString() says why it failed
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 position) override;
    bool reset() override { return seek(0); }

    // Called once, right before the last bytes are returned (after the file was checked once more).
    void setBeforeLastByte(std::function<void()> callback) { m_beforeLastByte = std::move(callback); }
    // Bytes read wait until the shared budget has room for them. The wait blocks this thread:
    // QHttpMultiPart (Qt 6.4) calls readData again at once when it returns 0, in a loop, so a body
    // device cannot say "later" without spinning the network thread.
    void setLimiter(std::shared_ptr<RateLimiter> limiter) { m_limiter = std::move(limiter); }
    // Why the body was cut short (the file changed); empty while all is well.
    QString failure() const { return m_failure; }
    bool readToEnd() const { return m_readToEnd; }
    int rewinds() const { return m_rewinds; }
    // The size and hashes of the bytes handed on, once the body was read to the end in order;
    // invalid otherwise. Computed as the bytes go by, on the network thread: no second read.
    FileDigest digest() const { return m_digest; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    // Why the open file is no longer the one that was opened.
    QString changeFrom(const std::optional<FileIdentity>& now) const;
    qint64 fail(const QString& reason);

    void restartDigest();

    QFile m_file;
    QCryptographicHash m_md5{QCryptographicHash::Md5};
    QCryptographicHash m_sha256{QCryptographicHash::Sha256};
    qint64 m_hashedUpTo = 0; // -1: a read out of order, no digest
    FileDigest m_digest;
    std::function<void()> m_beforeLastByte;
    std::shared_ptr<RateLimiter> m_limiter;
    std::optional<FileIdentity> m_identity;
    qint64 m_size = 0;
    QString m_failure;
    bool m_readToEnd = false;
    int m_rewinds = 0;
};
