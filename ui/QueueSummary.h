#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class UploadQueue;

// The status bar's account of the queue: how many files are to go, done, failed or cancelled, the
// speed, the time left and an overall progress bar; recomputed a few times a second, however many
// rows change.
class QueueSummary : public QWidget
{
    Q_OBJECT

public:
    explicit QueueSummary(UploadQueue* queue, QWidget* parent = nullptr);

private:
    void update();

    UploadQueue* m_queue;
    QLabel* m_label;
    QProgressBar* m_progress;
};
