#include "ui/ThumbnailCache.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

namespace {
// 64 MiB: about 7,000 previews of 48×48 at ratio 1, or 1,800 at ratio 2 (4 bytes a pixel).
constexpr qsizetype maxCacheBytes = 64 * 1024 * 1024;
// Decoding must not starve the uploads on a two-core machine.
constexpr int maxDecodeThreads = 2;

QSize fit(const QSize& size, int box)
{
    return size.scaled(box, box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

// Runs on a pool thread. Small images keep their size: blown up they only get blurry.
QImage decodeScaled(QImageReader& reader, int box, qreal devicePixelRatio)
{
    reader.setAutoTransform(true);
    // The decoder scales (JPEG in the DCT), so a 40-megapixel photo is never held at full size. Not an
    // image of a few colours: scaled in its own palette it comes out dithered, a solid 1-bit PNG as a
    // black and white checker. The scaled size is taken before rotation, which a square box does not mind.
    const QImage::Format stored = reader.imageFormat();
    const bool fewColours = stored == QImage::Format_Mono || stored == QImage::Format_MonoLSB ||
                            stored == QImage::Format_Indexed8;
    const QSize storedSize = reader.size();
    if (!fewColours && (storedSize.width() > box || storedSize.height() > box))
        reader.setScaledSize(fit(storedSize, box));
    QImage image = reader.read();
    if (image.isNull())
        return image;
    // The raster pixmap's own formats, so that fromImage() on the GUI thread does not convert.
    image.convertTo(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    // Formats that cannot tell their size before decoding, and the few-colour ones.
    if (image.width() > box || image.height() > box)
        image = image.scaled(fit(image.size(), box), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}
} // namespace

ThumbnailCache::ThumbnailCache(int edge, QObject* parent)
    : QObject(parent)
    , m_edge(edge)
    , m_devicePixelRatio(qGuiApp->devicePixelRatio())
    , m_cache(maxCacheBytes)
{
    m_pool.setMaxThreadCount(maxDecodeThreads);
    m_pool.setThreadPriority(QThread::LowPriority);
}

ThumbnailCache::~ThumbnailCache()
{
    // A running job only posts its result to this object, which lives until the job is done;
    // the posted call is discarded with the object.
    m_pool.clear();
    m_pool.waitForDone();
}

QPixmap ThumbnailCache::thumbnail(const QString& path)
{
    const QFileInfo info(path);
    // Nothing to decode; once the file appears, its key is new.
    if (!info.isFile())
        return QPixmap();
    const QString key = path + u'\n' + QString::number(info.size()) + u'\n' +
                        QString::number(info.lastModified().toMSecsSinceEpoch());
    if (const QPixmap* cached = m_cache.object(key))
        return *cached;
    if (m_failed.contains(key) || m_pending.contains(key))
        return QPixmap();

    schedule(key, path, [path](int box, qreal ratio) {
        QImageReader reader(path);
        return decodeScaled(reader, box, ratio);
    });
    return QPixmap();
}

void ThumbnailCache::decode(const QString& key, const QByteArray& bytes)
{
    if (tried(key))
        return;
    schedule(key, key, [bytes](int box, qreal ratio) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        return decodeScaled(reader, box, ratio);
    });
}

QPixmap ThumbnailCache::cached(const QString& key) const
{
    const QPixmap* found = m_cache.object(key);
    return found ? *found : QPixmap();
}

bool ThumbnailCache::tried(const QString& key) const
{
    return m_cache.contains(key) || m_pending.contains(key) || m_failed.contains(key);
}

// name: what ready() says when it is done (a file's path; its key holds its size and time too).
void ThumbnailCache::schedule(const QString& key, const QString& name,
                              std::function<QImage(int box, qreal ratio)> decoder)
{
    m_pending.insert(key);
    ++m_decodesScheduled;
    const int box = qRound(m_edge * m_devicePixelRatio);
    m_pool.start([this, generation = m_generation, key, name, box, ratio = m_devicePixelRatio,
                  decoder = std::move(decoder)] {
        QImage image = decoder(box, ratio);
        QMetaObject::invokeMethod(
            this,
            [this, generation, key, name, image = std::move(image)]() mutable {
                finish(generation, key, name, std::move(image));
            },
            Qt::QueuedConnection);
    });
}

void ThumbnailCache::clear()
{
    m_pool.clear();
    ++m_generation;
    m_pending.clear();
    m_failed.clear();
    m_cache.clear();
}

void ThumbnailCache::finish(int generation, const QString& key, const QString& path, QImage image)
{
    if (generation != m_generation)
        return;
    m_pending.remove(key);
    if (image.isNull()) {
        m_failed.insert(key);
    } else {
        const qsizetype bytes = image.sizeInBytes();
        m_cache.insert(key, new QPixmap(QPixmap::fromImage(std::move(image))), bytes);
    }
    emit ready(path);
}
