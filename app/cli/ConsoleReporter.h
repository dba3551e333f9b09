#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>
#include <QSet>
#include <QTimer>

class HistoryRecord;
class UploadQueue;
class UploadTask;

// Tells the person at the terminal (or the script reading --json) how each file went, with a live
// progress line on stderr when it is a terminal.
class ConsoleReporter : public QObject
{
    Q_OBJECT

public:
    enum class Format
    {
        Text,
        Json,
    };

    ConsoleReporter(UploadQueue* queue, Format format);

    // A file that was not queued because the history has it (--skip-uploaded): uploaded already, or
    // sent earlier with an unknown outcome (which counts as unknown in the exit code).
    void reportSkipped(const QString& path, const HistoryRecord& earlier);
    // A file held because the library has it already, left alone (--if-exists skip).
    void reportInLibrary(const UploadTask* task);
    // Prints the summary and returns the exit code the results call for.
    int finish();

private:
    void onTaskChanged(UploadTask* task);
    void report(const UploadTask* task);
    void reportText(const UploadTask* task);
    void reportJson(const UploadTask* task);
    static QJsonValue verifiedJson(const UploadTask* task);
    static bool awaitsLibrary(const UploadTask* task);
    void drawProgress();
    void clearProgress();

    UploadQueue* m_queue;
    Format m_format;
    QSet<quint64> m_reported;
    int m_skipped = 0;
    int m_skippedUnknown = 0;
    int m_skippedInLibrary = 0;
    QTimer m_progressTimer;
    QElapsedTimer m_clock;
    bool m_progressShown = false;
};
