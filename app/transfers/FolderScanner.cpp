#include "app/transfers/FolderScanner.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// Small enough that the view adds rows without a visible stall, large enough to keep the event queue
// short; the time limit keeps a slow disk (or a network share) showing progress.
constexpr qsizetype batchSize = 500;
constexpr qint64 batchMilliseconds = 100;

struct Entry
{
    QString path;      // as reached, for the user
    QString canonical; // links resolved, to tell real files and folders apart
};

QList<QRegularExpression> wildcards(const QStringList& patterns)
{
    QList<QRegularExpression> expressions;
    for (const QString& pattern : patterns)
        expressions.append(QRegularExpression::fromWildcard(pattern, Qt::CaseInsensitive));
    return expressions;
}

bool matchesAny(const QList<QRegularExpression>& expressions, const QString& name)
{
    return std::any_of(
        expressions.cbegin(), expressions.cend(),
        [&name](const QRegularExpression& expression) { return expression.match(name).hasMatch(); });
}

void sortByPath(QList<Entry>& entries)
{
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return QString::compare(a.path, b.path, Qt::CaseInsensitive) < 0;
    });
}
} // namespace

FolderScanner::FolderScanner(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    qRegisterMetaType<FolderScanner::Summary>();
    m_thread.setObjectName(u"Hoist folder scan"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

FolderScanner::~FolderScanner()
{
    m_cancelledBelow = std::numeric_limits<quint64>::max();
    m_thread.quit();
    m_thread.wait();
}

QStringList FolderScanner::parsePatterns(const QString& text)
{
    static const QRegularExpression separators(u"[;,\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

void FolderScanner::scan(const QStringList& paths, const Options& options)
{
    QMetaObject::invokeMethod(
        m_worker, [this, scan = m_nextScan++, paths, options] { walk(scan, paths, options); },
        Qt::QueuedConnection);
}

void FolderScanner::cancel()
{
    m_cancelledBelow = m_nextScan;
}

void FolderScanner::walk(quint64 scan, const QStringList& paths, const Options& options)
{
    const QList<QRegularExpression> include = wildcards(options.include);
    const QList<QRegularExpression> exclude = wildcards(options.exclude);
    Summary summary;
    QSet<QString> takenFiles;
    QSet<QString> enteredFolders;
    QList<Entry> pendingFolders; // a stack: the next folder to walk is last
    QStringList batch;
    QElapsedTimer sinceBatch;
    sinceBatch.start();

    const auto flush = [&] {
        if (batch.isEmpty())
            return;
        summary.files += int(batch.size());
        // Emitted on the owner's thread, so that even a direct connection runs there.
        QMetaObject::invokeMethod(
            this, [this, files = std::exchange(batch, {})] { emit found(files); }, Qt::QueuedConnection);
        sinceBatch.restart();
    };
    const auto take = [&](const Entry& file) {
        if (takenFiles.contains(file.canonical))
            return;
        takenFiles.insert(file.canonical);
        batch.append(file.path);
        if (batch.size() >= batchSize || sinceBatch.elapsed() >= batchMilliseconds)
            flush();
    };

    for (qsizetype i = 0; i < paths.size() && !isCancelled(scan); ++i) {
        const QFileInfo info(paths.at(i));
        const Entry named{info.absoluteFilePath(), info.canonicalFilePath()};
        if (!info.exists())
            summary.unreadable.append(named.path);
        else if (info.isDir())
            pendingFolders.append(named);
        else
            take(named);

        while (!pendingFolders.isEmpty() && !isCancelled(scan)) {
            const Entry folder = pendingFolders.takeLast();
            if (enteredFolders.contains(folder.canonical)) {
                ++summary.loopsAvoided;
                continue;
            }
            enteredFolders.insert(folder.canonical);
            const QFileInfo folderInfo(folder.path);
            if (!folderInfo.isReadable() || !folderInfo.isExecutable()) {
                summary.unreadable.append(folder.path);
                continue;
            }
            const QString prefix =
                folder.canonical.endsWith(u'/') ? folder.canonical : folder.canonical + u'/';
            QList<Entry> files;
            QList<Entry> subfolders;
            // Without QDir::System: no pipes, sockets, devices or dangling links, nothing to upload.
            QDirIterator entries(folder.path, QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
            while (entries.hasNext() && !isCancelled(scan)) {
                entries.next();
                const QFileInfo entry = entries.fileInfo();
                if (entry.isHidden() && !options.includeHidden) {
                    ++summary.skippedHidden;
                    continue;
                }
                // Only a link needs resolving (a system call); anything else is where its folder is.
                const Entry reached{entry.filePath(), entry.isSymLink() ? entry.canonicalFilePath()
                                                                        : prefix + entry.fileName()};
                const QString name = entry.fileName();
                if (entry.isDir())
                    subfolders.append(reached);
                else if ((!include.isEmpty() && !matchesAny(include, name)) || matchesAny(exclude, name))
                    ++summary.skippedByPattern;
                else
                    files.append(reached);
            }
            sortByPath(files);
            for (const Entry& file : std::as_const(files)) {
                if (isCancelled(scan))
                    break;
                take(file);
            }
            sortByPath(subfolders);
            std::copy(subfolders.crbegin(), subfolders.crend(), std::back_inserter(pendingFolders));
        }
    }
    flush();
    summary.cancelled = isCancelled(scan);
    QMetaObject::invokeMethod(
        this, [this, summary] { emit finished(summary); }, Qt::QueuedConnection);
}
