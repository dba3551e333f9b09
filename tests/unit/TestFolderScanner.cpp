#include "app/transfers/FolderScanner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr int bigFolders = 20;
constexpr int bigFilesPerFolder = 500;
constexpr int bigFiles = bigFolders * bigFilesPerFolder;

bool touch(const QString& path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

QStringList under(const QString& root, const QStringList& relativePaths)
{
    QStringList paths;
    for (const QString& relative : relativePaths)
        paths.append(root + u'/' + relative);
    return paths;
}

// What one scanner delivered, in arrival order.
struct Recording
{
    QList<QStringList> batches;
    QList<FolderScanner::Summary> summaries;

    QStringList files() const
    {
        QStringList all;
        for (const QStringList& batch : batches)
            all += batch;
        return all;
    }
};

void record(FolderScanner* scanner, Recording* recording)
{
    QObject::connect(scanner, &FolderScanner::found, scanner,
                     [recording](const QStringList& files) { recording->batches.append(files); });
    QObject::connect(
        scanner, &FolderScanner::finished, scanner,
        [recording](const FolderScanner::Summary& summary) { recording->summaries.append(summary); });
}
} // namespace

class TestFolderScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsePatterns_data();
    void parsePatterns();
    void nestedFolders();
    void hidden();
    void patterns_data();
    void patterns();
    void namedPathsWinOverOptions();
    void symlinkLoop();
    void folderLinkedTwice();
    void unreadableFolder();
    void scansRunInOrder();
    void cancelMidway();
    void cancelDropsQueuedScans();
    void deleteMidWalk();
    void manyFilesKeepTheThreadFree();

private:
    QString path(const QString& relative) const { return m_dir.filePath(relative); }

    QTemporaryDir m_dir;
    QString m_tree;
    QString m_big;
};

void TestFolderScanner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tree = path(u"tree"_s);
    for (const QString& file : {u"a.png"_s, u"b.JPG"_s, u"c.txt"_s, u".hidden.png"_s, u"sub/d.png"_s,
                                u"sub/deeper/e.jpg"_s, u"sub/deeper/f.PNG"_s, u".secret/g.png"_s})
        QVERIFY(touch(m_tree + u'/' + file));
    // Neither can be uploaded (reading a pipe would hang), so neither is found, though both match *.png.
    QVERIFY(QFile::link(u"missing.png"_s, m_tree + u"/dangling.png"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(m_tree + u"/pipe.png"_s).constData(), 0600), 0);

    // Hard links to one file: a new inode costs up to a millisecond on some file systems, a name far
    // less, and to the scanner each name is a file of its own.
    const QString seed = path(u"seed.png"_s);
    QVERIFY(touch(seed));
    m_big = path(u"big"_s);
    for (int folder = 0; folder < bigFolders; ++folder) {
        const QString folderPath = m_big + u"/folder%1/"_s.arg(folder, 2, 10, QChar(u'0'));
        QVERIFY(QDir().mkpath(folderPath));
        for (int file = 0; file < bigFilesPerFolder; ++file) {
            const QString name = folderPath + u"image%1.png"_s.arg(file, 3, 10, QChar(u'0'));
            QVERIFY2(::link(QFile::encodeName(seed).constData(), QFile::encodeName(name).constData()) == 0,
                     qPrintable(name));
        }
    }
}

void TestFolderScanner::parsePatterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("patterns");

    const QStringList pngJpg{u"*.png"_s, u"*.jpg"_s};
    QTest::newRow("semicolons") << u"*.png;*.jpg"_s << pngJpg;
    QTest::newRow("commas and spaces") << u" *.png, *.jpg "_s << pngJpg;
    QTest::newRow("spaces") << u"*.png   *.jpg"_s << pngJpg;
    QTest::newRow("doubled separators") << u";*.png;;*.jpg;"_s << pngJpg;
    QTest::newRow("empty") << u" ; , "_s << QStringList();
}

void TestFolderScanner::parsePatterns()
{
    QFETCH(QString, text);
    QFETCH(QStringList, patterns);
    QCOMPARE(FolderScanner::parsePatterns(text), patterns);
}

void TestFolderScanner::nestedFolders()
{
    FolderScanner scanner;
    QSignalSpy found(&scanner, &FolderScanner::found);
    QSignalSpy finished(&scanner, &FolderScanner::finished);
    QVERIFY(finished.isValid());
    scanner.scan({m_tree}, {});
    QVERIFY(finished.wait(5000));

    // Each folder's files in name order, then its subfolders.
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).at(0).toStringList(),
             under(m_tree, {u"a.png"_s, u"b.JPG"_s, u"c.txt"_s, u"sub/d.png"_s, u"sub/deeper/e.jpg"_s,
                            u"sub/deeper/f.PNG"_s}));
    const auto summary = finished.at(0).at(0).value<FolderScanner::Summary>();
    QCOMPARE(summary.files, 6);
    QCOMPARE(summary.skippedHidden, 2); // .hidden.png and the folder .secret
    QCOMPARE(summary.skippedByPattern, 0);
    QCOMPARE(summary.loopsAvoided, 0);
    QVERIFY(summary.unreadable.isEmpty());
    QVERIFY(!summary.cancelled);
}

void TestFolderScanner::hidden()
{
    FolderScanner scanner;
    Recording recording;
    record(&scanner, &recording);
    FolderScanner::Options options;
    options.includeHidden = true;
    scanner.scan({m_tree}, options);
    QTRY_COMPARE(recording.summaries.size(), 1);

    QCOMPARE(recording.files(),
             under(m_tree, {u".hidden.png"_s, u"a.png"_s, u"b.JPG"_s, u"c.txt"_s, u".secret/g.png"_s,
                            u"sub/d.png"_s, u"sub/deeper/e.jpg"_s, u"sub/deeper/f.PNG"_s}));
    QCOMPARE(recording.summaries.at(0).skippedHidden, 0);
}

void TestFolderScanner::patterns_data()
{
    QTest::addColumn<QString>("include");
    QTest::addColumn<QString>("exclude");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("skipped");

    QTest::newRow("include, any case")
        << u"*.png;*.JPG"_s << QString()
        << QStringList{u"a.png"_s, u"b.JPG"_s, u"sub/d.png"_s, u"sub/deeper/e.jpg"_s, u"sub/deeper/f.PNG"_s}
        << 1;
    QTest::newRow("exclude wins") << u"*.png;*.JPG"_s << u"f.*, A.PNG"_s
                                  << QStringList{u"b.JPG"_s, u"sub/d.png"_s, u"sub/deeper/e.jpg"_s} << 3;
    QTest::newRow("exclude only") << QString() << u"*.jpg"_s
                                  << QStringList{u"a.png"_s, u"c.txt"_s, u"sub/d.png"_s,
                                                 u"sub/deeper/f.PNG"_s}
                                  << 2;
    QTest::newRow("nothing matches") << u"*.gif"_s << QString() << QStringList() << 6;
}

void TestFolderScanner::patterns()
{
    QFETCH(QString, include);
    QFETCH(QString, exclude);
    QFETCH(QStringList, files);
    QFETCH(int, skipped);

    FolderScanner scanner;
    Recording recording;
    record(&scanner, &recording);
    scanner.scan({m_tree},
                 {FolderScanner::parsePatterns(include), FolderScanner::parsePatterns(exclude), false});
    QTRY_COMPARE(recording.summaries.size(), 1);

    QCOMPARE(recording.files(), under(m_tree, files));
    QCOMPARE(recording.summaries.at(0).skippedByPattern, skipped);
    QCOMPARE(recording.summaries.at(0).files, files.size());
}

void TestFolderScanner::namedPathsWinOverOptions()
{
    FolderScanner scanner;
    Recording recording;
    record(&scanner, &recording);
    const QString missing = m_tree + u"/missing.png"_s;
    // Relative and absolute names of one file, and a file inside a folder that is also named.
    const QString relative = QDir::current().relativeFilePath(m_tree + u"/c.txt"_s);
    scanner.scan({relative, m_tree + u"/.hidden.png"_s, m_tree + u"/sub/deeper/e.jpg"_s, missing,
                  m_tree + u"/sub"_s, m_tree + u"/c.txt"_s, m_tree + u"/.secret"_s},
                 {{u"*.png"_s}, {}, false});
    QTRY_COMPARE(recording.summaries.size(), 1);

    QCOMPARE(recording.files(), under(m_tree, {u"c.txt"_s, u".hidden.png"_s, u"sub/deeper/e.jpg"_s,
                                               u"sub/d.png"_s, u"sub/deeper/f.PNG"_s, u".secret/g.png"_s}));
    QCOMPARE(recording.summaries.at(0).unreadable, QStringList{missing});
}

void TestFolderScanner::symlinkLoop()
{
    const QString root = path(u"loop"_s);
    QVERIFY(touch(root + u"/x.png"_s));
    QVERIFY(touch(root + u"/inner/y.png"_s));
    QVERIFY(QFile::link(u".."_s, root + u"/inner/up"_s));

    FolderScanner scanner;
    Recording recording;
    record(&scanner, &recording);
    scanner.scan({root}, {{u"x.png"_s, u"y.png"_s}, {}, false});
    QTRY_COMPARE(recording.summaries.size(), 1);

    // inner/up is the folder being walked: without the check the walk would never end.
    const QStringList files = recording.files();
    QCOMPARE(files, under(root, {u"x.png"_s, u"inner/y.png"_s}));
    QCOMPARE(recording.summaries.at(0).loopsAvoided, 1);
    QVERIFY(!recording.summaries.at(0).cancelled);
}

void TestFolderScanner::folderLinkedTwice()
{
    const QString shared = path(u"shared"_s);
    const QString links = path(u"links"_s);
    QVERIFY(touch(shared + u"/z.png"_s));
    QVERIFY(QDir().mkpath(links));
    QVERIFY(QFile::link(shared, links + u"/first"_s));
    QVERIFY(QFile::link(u"../shared"_s, links + u"/second"_s));

    FolderScanner scanner;
    Recording recording;
    record(&scanner, &recording);
    scanner.scan({links, shared + u"/z.png"_s}, {});
    QTRY_COMPARE(recording.summaries.size(), 1);

    QCOMPARE(recording.files(), QStringList{links + u"/first/z.png"_s});
    QCOMPARE(recording.summaries.at(0).loopsAvoided, 1);
}

void TestFolderScanner::unreadableFolder()
{
    if (geteuid() == 0)
        QSKIP("Running as root: root can list a folder with mode 000, so it cannot be made unreadable.");
    const QString root = path(u"locked"_s);
    const QString locked = root + u"/closed"_s;
    QVERIFY(touch(root + u"/open.png"_s));
    QVERIFY(touch(locked + u"/inside.png"_s));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));

    FolderScanner scanner;
    Recording recording;
    record(&scanner, &recording);
    scanner.scan({root}, {});
    const bool ended = QTest::qWaitFor([&] { return recording.summaries.size() == 1; }, 5000);
    QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(ended);

    QCOMPARE(recording.files(), QStringList{root + u"/open.png"_s});
    QCOMPARE(recording.summaries.at(0).unreadable, QStringList{locked});
}

void TestFolderScanner::scansRunInOrder()
{
    FolderScanner scanner;
    QList<QString> events;
    connect(&scanner, &FolderScanner::found, this,
            [&events](const QStringList& files) { events.append(QFileInfo(files.constFirst()).fileName()); });
    connect(&scanner, &FolderScanner::finished, this, [&events](const FolderScanner::Summary& summary) {
        events.append(QString::number(summary.files));
    });
    scanner.scan({m_big + u"/folder00"_s}, {});
    scanner.scan({m_tree}, {});
    scanner.scan({}, {});
    QTRY_VERIFY(!events.isEmpty() && events.constLast() == u"0"_s);

    // The first scan may come in more than one batch: one goes out after 100 ms too.
    const qsizetype firstEnd = events.indexOf(QString::number(bigFilesPerFolder));
    QVERIFY(firstEnd > 0);
    QCOMPARE(events.constFirst(), u"image000.png"_s);
    QCOMPARE(events.mid(firstEnd + 1), (QList<QString>{u"a.png"_s, u"6"_s, u"0"_s}));
}

void TestFolderScanner::cancelMidway()
{
    FolderScanner scanner;
    Recording recording;
    record(&scanner, &recording);
    bool cancelled = false;
    connect(&scanner, &FolderScanner::found, this, [&scanner, &cancelled] {
        if (!std::exchange(cancelled, true))
            scanner.cancel();
    });
    scanner.scan({m_big}, {});
    QTRY_COMPARE(recording.summaries.size(), 1);

    const FolderScanner::Summary summary = recording.summaries.at(0);
    QVERIFY(summary.cancelled);
    QVERIFY2(summary.files < bigFiles, qPrintable(QString::number(summary.files)));
    QCOMPARE(summary.files, recording.files().size());
    QVERIFY(summary.files > 0);

    // A scan asked for after cancel() runs in full.
    scanner.scan({m_tree}, {});
    QTRY_COMPARE(recording.summaries.size(), 2);
    QVERIFY(!recording.summaries.at(1).cancelled);
    QCOMPARE(recording.summaries.at(1).files, 6);
}

void TestFolderScanner::cancelDropsQueuedScans()
{
    FolderScanner scanner;
    Recording recording;
    record(&scanner, &recording);
    scanner.scan({m_big}, {});
    scanner.scan({m_tree}, {});
    scanner.cancel();
    QTRY_COMPARE(recording.summaries.size(), 2);

    QVERIFY(recording.summaries.at(0).cancelled);
    QVERIFY(recording.summaries.at(1).cancelled);
    QCOMPARE(recording.summaries.at(1).files, 0);
    QVERIFY(recording.files().size() < bigFiles);
}

void TestFolderScanner::deleteMidWalk()
{
    Recording recording;
    auto* scanner = new FolderScanner;
    record(scanner, &recording);
    scanner->scan({m_big}, {});
    scanner->scan({m_big}, {});
    QTRY_VERIFY(!recording.batches.isEmpty());
    delete scanner;

    // Right after scan(), the worker is still starting on it.
    scanner = new FolderScanner;
    scanner->scan({m_big}, {});
    delete scanner;

    // Whatever the workers posted before they stopped must not reach the deleted scanners.
    QTest::qWait(100);
}

void TestFolderScanner::manyFilesKeepTheThreadFree()
{
    constexpr int scans = 4;
    FolderScanner scanner;
    Recording recording;
    record(&scanner, &recording);
    QElapsedTimer sinceTick;
    qint64 longestPause = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { longestPause = qMax(longestPause, sinceTick.restart()); });
    QElapsedTimer walk;
    qint64 walkTime = -1;
    connect(&scanner, &FolderScanner::finished, this, [&] {
        if (recording.summaries.size() == scans) {
            walkTime = walk.elapsed();
            longestPause = qMax(longestPause, sinceTick.elapsed());
        }
    });
    ticker.start();
    sinceTick.start();
    walk.start();
    // Several walks, so that one done on this thread would be a pause far longer than a tick.
    for (int scan = 0; scan < scans; ++scan)
        scanner.scan({m_big}, {});
    QVERIFY(QTest::qWaitFor([&] { return walkTime >= 0; }, 10000));
    ticker.stop();

    for (const FolderScanner::Summary& summary : std::as_const(recording.summaries))
        QCOMPARE(summary.files, bigFiles);
    const QStringList files = recording.files();
    QCOMPARE(files.size(), scans * bigFiles);
    QCOMPARE(QSet<QString>(files.cbegin(), files.cend()).size(), bigFiles);
    QVERIFY2(recording.batches.size() >= scans * bigFiles / 500,
             qPrintable(QString::number(recording.batches.size())));
    const QString timing = u"%1 ms without a tick during %2 ms of walking"_s.arg(longestPause).arg(walkTime);
    QVERIFY2(longestPause < 150 && longestPause * 2 < walkTime, qPrintable(timing));
}

QTEST_GUILESS_MAIN(TestFolderScanner)
#include "TestFolderScanner.moc"
