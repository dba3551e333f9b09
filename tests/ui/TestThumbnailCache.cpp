#include "ui/ThumbnailCache.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Top half `top`, bottom half `bottom`, so a test can tell which way up a preview is.
QImage halves(const QSize& size, const QColor& top, const QColor& bottom)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(bottom);
    QPainter(&image).fillRect(0, 0, size.width(), size.height() / 2, top);
    return image;
}

// Qt's JPEG writer keeps no orientation, so the EXIF segment that says "turn a quarter clockwise"
// (orientation 6) goes in by hand, right after the start-of-image marker.
QByteArray jpegTurnedClockwise(const QImage& image)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPEG"))
        return QByteArray();
    const QByteArray exif("\xff\xe1\x00\x22"                                 // APP1, 34 bytes
                          "Exif\x00\x00"                                     //
                          "MM\x00\x2a\x00\x00\x00\x08"                       // big-endian TIFF, IFD at 8
                          "\x00\x01"                                         // one entry:
                          "\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00" // Orientation, SHORT, 6
                          "\x00\x00\x00\x00",                                // no next IFD
                          36);
    return jpeg.insert(2, exif);
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Close enough for a JPEG round trip.
bool near(QRgb pixel, const QColor& expected)
{
    const QColor actual(pixel);
    return qAbs(actual.red() - expected.red()) < 40 && qAbs(actual.green() - expected.green()) < 40 &&
           qAbs(actual.blue() - expected.blue()) < 40;
}
} // namespace

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewFitsTheBox_data();
    void previewFitsTheBox();
    void exifOrientationIsApplied();
    void solidOneBitImageStaysSolid();
    void secondRequestComesFromCache();
    void pendingRequestIsNotQueuedTwice();
    void changedFileGetsANewPreview();
    void nonImagesAreNotRetried();
    void clearForgetsEverything();
    void requestsNeverDecodeOnTheGuiThread();

private:
    QString file(const QString& name) const { return m_dir.filePath(name); }
    // Waits for the one decode a request started and returns the preview it left in the cache.
    static QPixmap decoded(ThumbnailCache& cache, const QString& path);

    QTemporaryDir m_dir;
};

QPixmap TestThumbnailCache::decoded(ThumbnailCache& cache, const QString& path)
{
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    if (!cache.thumbnail(path).isNull())
        return QPixmap(); // it was cached already: not what the caller is testing
    if (!ready.wait(10000) || ready.first().first().toString() != path)
        return QPixmap();
    return cache.thumbnail(path);
}

void TestThumbnailCache::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(qApp->devicePixelRatio(), 1.0); // the sizes below are in logical pixels at ratio 1
    QVERIFY(halves(QSize(4000, 3000), Qt::red, Qt::blue).save(file(u"large.jpg"_s)));
    QVERIFY(halves(QSize(300, 400), Qt::green, Qt::black).save(file(u"portrait.png"_s)));
    QVERIFY(halves(QSize(20, 10), Qt::white, Qt::black).save(file(u"small.png"_s)));
    QVERIFY(writeFile(file(u"rotated.jpg"_s), jpegTurnedClockwise(halves(QSize(60, 30), Qt::red, Qt::blue))));
    // PNG has no scaled decoding and this one does not compress well: tens of milliseconds to decode.
    QImage slow(1600, 1200, QImage::Format_RGB32);
    for (int y = 0; y < slow.height(); ++y)
        for (int x = 0; x < slow.width(); ++x)
            slow.setPixel(x, y, qRgb((x * 7) & 0xff, (y * 13) & 0xff, (x * y) & 0xff));
    QVERIFY(slow.save(file(u"slow.png"_s)));
    QVERIFY(writeFile(file(u"notes.txt"_s), "These are not pixels.\n"));
    QVERIFY(writeFile(file(u"broken.jpg"_s), QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(500, 'x')));
}

void TestThumbnailCache::previewFitsTheBox_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QColor>("top");
    QTest::addColumn<QColor>("bottom");

    QTest::newRow("large landscape") << u"large.jpg"_s << QSize(48, 36) << QColor(Qt::red)
                                     << QColor(Qt::blue);
    QTest::newRow("portrait") << u"portrait.png"_s << QSize(36, 48) << QColor(Qt::green) << QColor(Qt::black);
    QTest::newRow("small is not enlarged")
        << u"small.png"_s << QSize(20, 10) << QColor(Qt::white) << QColor(Qt::black);
}

void TestThumbnailCache::previewFitsTheBox()
{
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(QColor, top);
    QFETCH(QColor, bottom);

    ThumbnailCache cache;
    const QPixmap preview = decoded(cache, file(name));
    QVERIFY(!preview.isNull());
    QCOMPARE(preview.size(), size);
    QCOMPARE(preview.devicePixelRatio(), qApp->devicePixelRatio());
    const QImage image = preview.toImage();
    QVERIFY(near(image.pixel(size.width() / 2, 1), top));
    QVERIFY(near(image.pixel(size.width() / 2, size.height() - 2), bottom));
}

void TestThumbnailCache::exifOrientationIsApplied()
{
    const QString path = file(u"rotated.jpg"_s);
    QImageReader stored(path);
    QCOMPARE(stored.transformation(), QImageIOHandler::TransformationRotate90);
    QCOMPARE(stored.size(), QSize(60, 30));

    ThumbnailCache cache;
    const QPixmap preview = decoded(cache, path);
    QCOMPARE(preview.size(), QSize(24, 48));
    // Turned a quarter clockwise: the red top half is now on the right.
    const QImage image = preview.toImage();
    QVERIFY(near(image.pixel(1, 24), Qt::blue));
    QVERIFY(near(image.pixel(22, 24), Qt::red));
}

// A 1-bit PNG of one colour: scaled in its two-colour palette it came out as a black and white checker.
void TestThumbnailCache::solidOneBitImageStaysSolid()
{
    QImage solid(64, 64, QImage::Format_Mono);
    solid.setColorTable({qRgb(0xcc, 0x22, 0x22), qRgb(0, 0, 0)});
    solid.fill(0);
    const QString path = file(u"solid-1bit.png"_s);
    QVERIFY(solid.save(path));
    QCOMPARE(QImageReader(path).imageFormat(), QImage::Format_Mono);

    ThumbnailCache cache(28); // the queue's size; scaled to 48 the old way happened to stay solid
    const QImage image = decoded(cache, path).toImage();
    QCOMPARE(image.size(), QSize(28, 28));
    int other = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            other += near(image.pixel(x, y), QColor(0xcc, 0x22, 0x22)) ? 0 : 1;
    }
    QCOMPARE(other, 0);
}

void TestThumbnailCache::secondRequestComesFromCache()
{
    ThumbnailCache cache;
    const QString path = file(u"portrait.png"_s);
    const QPixmap first = decoded(cache, path);
    QVERIFY(!first.isNull());
    QSignalSpy ready(&cache, &ThumbnailCache::ready);

    const QPixmap second = cache.thumbnail(path);
    QCOMPARE(second.cacheKey(), first.cacheKey());
    QCOMPARE(cache.decodesScheduled(), 1);
    QTest::qWait(100);
    QCOMPARE(ready.count(), 0);
}

void TestThumbnailCache::pendingRequestIsNotQueuedTwice()
{
    ThumbnailCache cache;
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    const QString path = file(u"large.jpg"_s);
    for (int i = 0; i < 5; ++i)
        QVERIFY(cache.thumbnail(path).isNull());
    QCOMPARE(cache.decodesScheduled(), 1);
    QVERIFY(ready.wait(10000));
    QTest::qWait(100);
    QCOMPARE(ready.count(), 1);
    QVERIFY(!cache.thumbnail(path).isNull());
}

void TestThumbnailCache::changedFileGetsANewPreview()
{
    const QString path = file(u"changing.png"_s);
    QVERIFY(halves(QSize(200, 100), Qt::red, Qt::blue).save(path));
    ThumbnailCache cache;
    QCOMPARE(decoded(cache, path).size(), QSize(48, 24));

    QVERIFY(halves(QSize(100, 200), Qt::green, Qt::black).save(path));
    QFile changed(path);
    QVERIFY(changed.open(QIODevice::ReadWrite));
    // Later than the first version even where the clock is coarse.
    QVERIFY(changed.setFileTime(QDateTime::currentDateTime().addSecs(10), QFileDevice::FileModificationTime));
    changed.close();

    const QPixmap preview = decoded(cache, path);
    QCOMPARE(preview.size(), QSize(24, 48));
    QVERIFY(near(preview.toImage().pixel(12, 1), Qt::green));
    QCOMPARE(cache.decodesScheduled(), 2);
}

void TestThumbnailCache::nonImagesAreNotRetried()
{
    ThumbnailCache cache;
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    const QString text = file(u"notes.txt"_s);
    const QString broken = file(u"broken.jpg"_s);
    const QString missing = file(u"missing.png"_s);

    QVERIFY(cache.thumbnail(text).isNull());
    QVERIFY(cache.thumbnail(broken).isNull());
    QVERIFY(cache.thumbnail(missing).isNull());
    QCOMPARE(cache.decodesScheduled(), 2); // a missing file has nothing to decode
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 10000);

    for (const QString& path : {text, broken, missing})
        QVERIFY(cache.thumbnail(path).isNull());
    QCOMPARE(cache.decodesScheduled(), 2);
    QTest::qWait(100);
    QCOMPARE(ready.count(), 2);
}

void TestThumbnailCache::clearForgetsEverything()
{
    ThumbnailCache cache;
    const QString image = file(u"small.png"_s);
    const QString text = file(u"notes.txt"_s);
    QVERIFY(!decoded(cache, image).isNull());
    QVERIFY(decoded(cache, text).isNull());
    QCOMPARE(cache.decodesScheduled(), 2);

    cache.clear();
    const QString slow = file(u"slow.png"_s);
    QVERIFY(cache.thumbnail(slow).isNull());
    QTest::qWait(10);
    // The decode running by now must not fill the cache again.
    cache.clear();
    QSignalSpy ready(&cache, &ThumbnailCache::ready);
    QTest::qWait(500);
    QCOMPARE(ready.count(), 0);

    QVERIFY(cache.thumbnail(image).isNull());
    QVERIFY(cache.thumbnail(text).isNull());
    QVERIFY(cache.thumbnail(slow).isNull());
    QCOMPARE(cache.decodesScheduled(), 6);
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, 10000);
}

void TestThumbnailCache::requestsNeverDecodeOnTheGuiThread()
{
    QStringList paths;
    for (int i = 0; i < 1000; ++i) {
        paths << file(u"photo-%1.png"_s.arg(i));
        QVERIFY(QFile::copy(file(u"slow.png"_s), paths.last()));
    }

    auto* cache = new ThumbnailCache;
    QSignalSpy ready(cache, &ThumbnailCache::ready);
    QElapsedTimer timer;
    timer.start();
    int previews = 0;
    for (const QString& path : std::as_const(paths))
        previews += cache->thumbnail(path).isNull() ? 0 : 1;
    const qint64 averageNs = timer.nsecsElapsed() / paths.size();
    qInfo("%lld µs a request", averageNs / 1000);
    QCOMPARE(previews, 0);
    QVERIFY2(averageNs < 1000 * 1000, "thumbnail() must not wait for decoding");
    QCOMPARE(cache->decodesScheduled(), 1000);

    // Deleted with decodes running and most still queued: the queued ones are dropped.
    QVERIFY(ready.wait(10000));
    timer.restart();
    delete cache;
    const qint64 deleteMs = timer.elapsed();
    qInfo("deleted in %lld ms", deleteMs);
    QVERIFY(deleteMs < 2000);
    QTest::qWait(200); // a result posted to the deleted cache would be delivered now
}

QTEST_MAIN(TestThumbnailCache)
#include "TestThumbnailCache.moc"
