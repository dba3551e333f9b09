#include "ui/FileIntake.h"

#include "app/requests/UploadItem.h"
#include "app/transfers/UploadQueue.h"

#include <QFileInfo>
#include <QMimeData>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
constexpr int reportMs = 10'000;
}

FileIntake::FileIntake(UploadQueue* queue, QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_scanner(new FolderScanner(this))
    , m_feeder(new QTimer(this))
{
    // A folder's files join the queue a slice at a time, between paints and clicks, however fast the
    // scanner finds them.
    m_feeder->setInterval(0);
    connect(m_feeder, &QTimer::timeout, this, &FileIntake::feed);
    connect(m_scanner, &FolderScanner::found, this, [this](const QStringList& files) {
        m_scanning = true;
        m_pending.append(files);
        m_feeder->start();
    });
    connect(m_scanner, &FolderScanner::finished, this, [this](const FolderScanner::Summary& summary) {
        m_summary = summary;
        m_scanFinished = true;
        m_feeder->start();
    });
}

QStringList FileIntake::localPaths(const QMimeData* data)
{
    QStringList paths;
    if (!data)
        return paths;
    const QList<QUrl> urls = data->hasUrls() ? data->urls() : QList<QUrl>();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (urls.isEmpty()) {
        for (const QString& line : data->text().split(u'\n', Qt::SkipEmptyParts)) {
            const QUrl url(line.trimmed());
            paths.append(url.isLocalFile() ? url.toLocalFile() : line.trimmed());
        }
    }
    paths.removeIf([](const QString& path) { return !QFileInfo::exists(path); });
    return paths;
}

void FileIntake::setFolderPatterns(const QString& patterns)
{
    m_folderPatterns = FolderScanner::parsePatterns(patterns).join(u';');
}

// Files are queued at once; folders are walked on the scanner's thread and their files arrive in
// batches, so a folder of thousands of files never freezes the window.
void FileIntake::add(const QStringList& paths)
{
    QStringList folders;
    QStringList files;
    for (const QString& path : paths)
        (QFileInfo(path).isDir() ? folders : files).append(path);
    addFiles(files);
    if (folders.isEmpty())
        return;
    FolderScanner::Options options;
    for (const QString& pattern : FolderScanner::parsePatterns(m_folderPatterns)) {
        if (pattern.startsWith(u'!'))
            options.exclude.append(pattern.mid(1));
        else
            options.include.append(pattern);
    }
    options.includeHidden = m_includeHidden;
    m_queue->expectFiles(true);
    m_scanner->scan(folders, options);
    emit report(tr("Reading folders…"), 0);
}

void FileIntake::addFiles(const QStringList& files)
{
    for (const QString& file : files) {
        if (!m_queue->add(UploadItem::fromPath(file)))
            ++m_duplicates;
    }
    emit filesAdded();
    if (m_duplicates > 0 && !m_scanning) {
        emit report(tr("%n file(s) already in the queue were not added again.", nullptr, m_duplicates),
                    reportMs);
        m_duplicates = 0;
    }
}

void FileIntake::feed()
{
    constexpr qsizetype slice = 200;
    const QStringList next = m_pending.mid(m_fed, slice);
    m_fed += next.size();
    addFiles(next);
    if (m_fed < m_pending.size())
        return;
    m_pending.clear();
    m_fed = 0;
    m_feeder->stop();
    if (m_scanFinished) {
        m_scanFinished = false;
        m_scanning = false;
        reportFolders(m_summary);
        m_queue->expectFiles(false);
    }
}

// What a drop or pick came to, in a sentence: how many files, and what was left out and why.
void FileIntake::reportFolders(const FolderScanner::Summary& summary)
{
    QStringList left;
    const int added = summary.files - m_duplicates;
    if (m_duplicates > 0)
        left.append(tr("%n already in the queue", nullptr, m_duplicates));
    if (summary.skippedHidden > 0)
        left.append(tr("%n hidden", nullptr, summary.skippedHidden));
    if (summary.skippedByPattern > 0)
        left.append(tr("%n not matching %1", nullptr, summary.skippedByPattern).arg(m_folderPatterns));
    if (!summary.unreadable.isEmpty())
        left.append(tr("%n folder(s) could not be read", nullptr, int(summary.unreadable.size())));
    m_duplicates = 0;
    const QString sentence = tr("%n file(s) from folders added.", nullptr, added);
    emit report(left.isEmpty() ? sentence : tr("%1 Left out: %2.").arg(sentence, left.join(u", "_s)),
                reportMs);
}
