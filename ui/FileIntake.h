#pragma once

#include "app/transfers/FolderScanner.h"

#include <QObject>
#include <QStringList>

class QMimeData;
class QTimer;
class UploadQueue;

// What the user drops, pastes or picks, into the queue: files at once, folders walked by the
// scanner and fed in a slice at a time, duplicates and skipped files counted and reported.
class FileIntake : public QObject
{
    Q_OBJECT

public:
    explicit FileIntake(UploadQueue* queue, QObject* parent = nullptr);

    void add(const QStringList& paths);
    // The local files a drop or the clipboard holds: file:// URLs, else one path per line.
    static QStringList localPaths(const QMimeData* data);

    QString folderPatterns() const { return m_folderPatterns; }
    void setFolderPatterns(const QString& patterns); // "*.png;*.jpg;!*.tmp"; empty: every file
    bool includesHidden() const { return m_includeHidden; }
    void setIncludeHidden(bool include) { m_includeHidden = include; }

signals:
    void filesAdded();
    void report(const QString& message, int timeoutMs); // for the status bar; 0: until replaced

private:
    void addFiles(const QStringList& files);
    void feed();
    void reportFolders(const FolderScanner::Summary& summary);

    UploadQueue* m_queue;
    FolderScanner* m_scanner;
    QTimer* m_feeder;
    QStringList m_pending; // found by the scanner, not queued yet
    qsizetype m_fed = 0;
    FolderScanner::Summary m_summary;
    bool m_scanFinished = false;
    bool m_scanning = false;
    int m_duplicates = 0; // files of the current drop already in the queue
    QString m_folderPatterns;
    bool m_includeHidden = false;
};
