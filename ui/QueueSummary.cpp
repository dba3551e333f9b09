#include "ui/QueueSummary.h"

#include "app/transfers/UploadQueue.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>

using namespace Qt::StringLiterals;

QueueSummary::QueueSummary(UploadQueue* queue, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    m_label->setAccessibleName(tr("Queue summary"));
    m_progress->setAccessibleName(tr("Overall progress"));
    m_progress->setMaximumWidth(200);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    auto* timer = new QTimer(this);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, this, &QueueSummary::update);
    timer->start();
    update();
}

void QueueSummary::update()
{
    using State = UploadTask::State;
    qint64 sent = 0;
    qint64 total = 0;
    double speed = 0;
    for (const UploadTask* task : m_queue->tasks()) {
        if (task->state() == State::Blocked || task->state() == State::Cancelled)
            continue;
        total += task->bytesTotal();
        sent += task->state() == State::Succeeded ? task->bytesTotal() : task->bytesSent();
        speed += task->bytesPerSecond();
    }
    if (m_queue->tasks().isEmpty()) {
        m_label->setText(tr("Drop files or folders here, or press %1 to add files.")
                             .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
        m_progress->hide();
        return;
    }
    const int toGo =
        m_queue->count(State::Queued) + m_queue->count(State::Uploading) + m_queue->count(State::Waiting);
    QStringList parts{tr("%1 to go").arg(toGo), tr("%1 done").arg(m_queue->count(State::Succeeded))};
    if (const int failed = m_queue->count(State::Failed) + m_queue->count(State::Blocked))
        parts.append(tr("%1 failed or not sent").arg(failed));
    if (const int unknown = m_queue->count(State::Unknown))
        parts.append(tr("%1 with an unknown outcome").arg(unknown));
    if (const int cancelled = m_queue->count(State::Cancelled))
        parts.append(tr("%1 cancelled").arg(cancelled));
    if (speed > 0 && toGo > 0) {
        const QLocale locale;
        const qint64 seconds = qMax<qint64>(1, qint64(double(total - sent) / speed)); // never "0 s left"
        parts.append(
            tr("%1/s, about %2 left")
                .arg(locale.formattedDataSize(qint64(speed)),
                     seconds < 60 ? tr("%1 s").arg(seconds) : tr("%1 min").arg((seconds + 59) / 60)));
    }
    m_label->setText(parts.join(u" · "_s));
    m_progress->setVisible(total > 0);
    m_progress->setValue(total > 0 ? int(sent * 100 / total) : 0);
}
