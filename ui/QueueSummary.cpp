#include "ui/QueueSummary.h"

#include "app/transfers/QueueModel.h"
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
    connect(queue, &UploadQueue::taskProgressed, this, &QueueSummary::countMoved);
    connect(queue, &UploadQueue::taskChanged, this, &QueueSummary::countMoved);
    connect(queue, &UploadQueue::taskAboutToBeRemoved, this,
            [this](const UploadTask* task) { m_sentNow.remove(task->id()); });
    m_clock.start();
    auto* timer = new QTimer(this);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, this, &QueueSummary::update);
    timer->start();
    update();
}

// Only bytes that moved count towards the speed: a new attempt starting from 0 takes nothing away.
void QueueSummary::countMoved(const UploadTask* task)
{
    const qint64 sent = task->bytesSent();
    const qint64 before = m_sentNow.value(task->id());
    if (sent > before)
        m_moved += sent - before;
    m_sentNow.insert(task->id(), sent);
}

void QueueSummary::update()
{
    using State = UploadTask::State;
    if (m_queue->tasks().isEmpty()) {
        m_label->setText(tr("Drop files or folders here, or press %1 to add files.")
                             .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
        m_progress->hide();
        m_estimate.reset();
        return;
    }
    qint64 total = 0;
    qint64 arrived = 0;
    qint64 toSend = 0;
    for (const UploadTask* task : m_queue->tasks()) {
        const qint64 size = qMax<qint64>(0, task->item().size);
        const qint64 sent =
            task->bytesTotal() > 0 && task->state() == State::Uploading
                ? qint64(double(size) * double(task->bytesSent()) / double(task->bytesTotal()))
                : 0;
        if (task->state() == State::Blocked)
            continue;
        total += size;
        arrived += task->state() == State::Succeeded ? size : sent;
        if (!task->isFinished())
            toSend += size - sent;
    }
    m_estimate.sample(m_clock.elapsed(), m_moved, toSend);

    const int toGo =
        m_queue->count(State::Queued) + m_queue->count(State::Uploading) + m_queue->count(State::Waiting);
    QStringList parts;
    if (m_queue->isPaused())
        parts.append(tr("Paused"));
    parts.append({tr("%1 to go").arg(toGo), tr("%1 done").arg(m_queue->count(State::Succeeded))});
    if (const int failed = m_queue->count(State::Failed) + m_queue->count(State::Blocked))
        parts.append(tr("%1 failed or not sent").arg(failed));
    if (const int unknown = m_queue->count(State::Unknown))
        parts.append(tr("%1 with an unknown outcome").arg(unknown));
    if (const int cancelled = m_queue->count(State::Cancelled))
        parts.append(tr("%1 cancelled").arg(cancelled));
    if (m_queue->count(State::Uploading) > 0 && m_estimate.bytesPerSecond() > 0) {
        const QString speed = QueueModel::speedText(m_estimate.bytesPerSecond());
        const QString left = timeLeft();
        parts.append(left.isEmpty() ? speed : tr("%1, about %2 left").arg(speed, left));
    }
    m_label->setText(parts.join(u" · "_s));
    m_progress->setVisible(total > 0);
    m_progress->setValue(total > 0 ? int(arrived * 100 / total) : 0);
    const QLocale locale;
    m_progress->setToolTip(
        tr("%1 of %2 arrived").arg(locale.formattedDataSize(arrived), locale.formattedDataSize(total)));
}

QString QueueSummary::timeLeft() const
{
    const std::optional<qint64> seconds = m_estimate.secondsLeft();
    if (!seconds)
        return QString();
    if (*seconds < 60)
        return tr("%1 s").arg(qMax<qint64>(1, *seconds)); // never "0 s left" while bytes move
    return tr("%1 min").arg((*seconds + 59) / 60);
}
