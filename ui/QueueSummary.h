#pragma once

#include "app/transfers/RunEstimate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class UploadQueue;
class UploadTask;

// The status bar's account of the queue: how many files are to go, done, failed or cancelled, whether it
// is paused, the speed, the time left and an overall progress bar; recomputed a few times a second,
// however many rows change. The bar counts the bytes of every file in the queue: only what arrived counts
// as done, so a run with a failed or cancelled file does not end at 100%.
class QueueSummary : public QWidget
{
    Q_OBJECT

public:
    explicit QueueSummary(UploadQueue* queue, QWidget* parent = nullptr);

private:
    void update();
    void countMoved(const UploadTask* task);
    QString timeLeft() const;

    UploadQueue* m_queue;
    QLabel* m_label;
    QProgressBar* m_progress;
    QElapsedTimer m_clock;
    RunEstimate m_estimate;
    qint64 m_moved = 0;               // bytes sent since the program started, for the speed
    QHash<quint64, qint64> m_sentNow; // each task's bytes sent when last looked at
};
