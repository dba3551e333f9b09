#pragma once

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>

// Expands the files and folders the user dropped or picked into the files to queue, walking folders on
// a thread of its own so that a folder of 100,000 files never freezes the window.
class FolderScanner : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QStringList include; // wildcards on the file name, case-insensitive; empty takes every file
        QStringList exclude; // wins over include
        bool includeHidden = false;
    };
    struct Summary
    {
        int files = 0;            // paths delivered through found()
        int skippedHidden = 0;    // hidden files, and hidden folders (counted once, not walked)
        int skippedByPattern = 0; // files include or exclude left out
        int loopsAvoided = 0;     // folders reached again (symlink loop, second link, overlapping paths)
        QStringList unreadable;   // folders that could not be listed, named paths that do not exist
        bool cancelled = false;   // cancel() reached this scan before it ended: files may be missing
    };

    explicit FolderScanner(QObject* parent = nullptr);
    ~FolderScanner() override; // stops the walk and waits for it; no signal follows

    // "*.png;*.jpg", "*.png, *.jpg" or "*.png *.jpg" as a pattern list.
    static QStringList parsePatterns(const QString& text);

    // Scans run one after another, in the order asked for, and each ends with one finished(). A file
    // named in `paths` is taken whatever the options say (the user chose it), as is a named hidden
    // folder. Folders are walked depth-first, each folder's files in name order before its
    // subfolders; symlinked folders are followed, but each real folder is walked once.
    void scan(const QStringList& paths, const Options& options);
    // Stops the running scan and the queued ones (each still ends with finished()); later scans run.
    void cancel();

signals:
    // Absolute paths as reached (through links, not resolved), at most 500 at a time or what 100 ms
    // found; a file reached by two paths comes once per scan.
    void found(const QStringList& files);
    void finished(const FolderScanner::Summary& summary);

private:
    // Runs on the worker thread: reads only its arguments and m_cancelledBelow, and posts its results
    // to this object's thread.
    void walk(quint64 scan, const QStringList& paths, const Options& options);
    bool isCancelled(quint64 scan) const { return scan < m_cancelledBelow.load(); }

    QThread m_thread;
    QObject* m_worker; // lives in m_thread; the walks are queued on it
    quint64 m_nextScan = 0;
    std::atomic<quint64> m_cancelledBelow{0}; // scans numbered below this stop
};

Q_DECLARE_METATYPE(FolderScanner::Summary)
