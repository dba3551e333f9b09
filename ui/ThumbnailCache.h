#pragma once

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <functional>

class QImage;

// Small previews of image files for the queue table (and of images a library sent), decoded off the
// GUI thread and cached, so a queue of thousands of photos scrolls smoothly.
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    // Previews fit in edge×edge logical pixels, made for qApp's device pixel ratio at construction
    // (the highest of the screens, so they are sharp on every one).
    explicit ThumbnailCache(int edge = 48, QObject* parent = nullptr);
    ~ThumbnailCache() override;

    // The preview at once when it is cached. Otherwise a null pixmap, and for a file not tried yet a
    // decode on a pool thread that ends in ready(path). A file that is missing, not an image or
    // broken gives a null pixmap without being tried again until it changes (size or mtime).
    QPixmap thumbnail(const QString& path);
    // The same for bytes that came from elsewhere (a library's thumbnail), cached under key: decoded
    // on a pool thread, then ready(key), with a preview or without one.
    void decode(const QString& key, const QByteArray& bytes);
    // What decode(key) made, without decoding anything: null when it is not (yet) there.
    QPixmap cached(const QString& key) const;
    // Cached, being decoded, or found not to be an image.
    bool tried(const QString& key) const;
    // Forgets previews, failures and decodes not finished yet.
    void clear();

    // How many decodes have been scheduled; tests use it to see that nothing is decoded twice.
    int decodesScheduled() const { return m_decodesScheduled; }

signals:
    // A scheduled decode finished, with a preview or without one (then the path stays without one),
    // so thumbnail(path) now answers for good and a view can repaint the row.
    void ready(const QString& path);

private:
    void schedule(const QString& key, const QString& name,
                  std::function<QImage(int box, qreal ratio)> decoder);
    void finish(int generation, const QString& key, const QString& path, QImage image);

    const int m_edge;
    const qreal m_devicePixelRatio;
    // Keyed by path, size and mtime: a changed file gets a new preview. The cost is bytes.
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_failed;
    QSet<QString> m_pending;
    // Results of decodes started before clear() are dropped.
    int m_generation = 0;
    int m_decodesScheduled = 0;
    QThreadPool m_pool;
};
