#include "app/transfers/UploadQueue.h"

#include "app/requests/Preflight.h"
#include "app/requests/RequestPlanner.h"
#include "app/responses/ResponseExplainer.h"
#include "app/transfers/NetworkThread.h"

#include <QTimer>

UploadQueue::UploadQueue(NetworkThread* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    connect(m_network, &NetworkThread::progressed, this, &UploadQueue::onProgress);
    connect(m_network, &NetworkThread::finished, this, &UploadQueue::onFinished);
}

void UploadQueue::setProfile(const Profile& profile, const QMap<QString, QString>& variables,
                             const Secret& secret)
{
    m_profile = profile;
    m_variables = variables;
    m_secret = secret;
    for (UploadTask* task : std::as_const(m_tasks)) {
        if (task->state() == UploadTask::State::Queued || task->state() == UploadTask::State::Blocked)
            plan(task);
    }
    // A started queue sends what the new profile unblocked (a secret that arrived from the keychain
    // after Start was pressed).
    pump();
}

void UploadQueue::setConcurrency(int concurrency)
{
    m_concurrency = qMax(1, concurrency);
    pump();
}

UploadTask* UploadQueue::add(const UploadItem& item)
{
    auto* task = new UploadTask(NetworkThread::newId(), item, this);
    connect(task, &UploadTask::changed, this, [this, task] { emit taskChanged(task); });
    m_tasks.append(task);
    m_byId.insert(task->id(), task);
    plan(task);
    emit taskAdded(task);
    pump();
    return task;
}

int UploadQueue::indexOf(const UploadTask* task) const
{
    return m_tasks.indexOf(const_cast<UploadTask*>(task));
}

void UploadQueue::plan(UploadTask* task)
{
    const RequestPlan plan = RequestPlanner::plan(m_profile, task->item(), m_variables, m_secret);
    task->setPlan(plan, Preflight::check(plan, m_profile, !m_secret.isEmpty()));
}

void UploadQueue::start()
{
    m_running = true;
    pump();
    checkIdle();
}

void UploadQueue::cancel(quint64 id)
{
    UploadTask* task = m_byId.value(id);
    if (!task || task->isFinished())
        return;
    if (task->state() == UploadTask::State::Uploading) {
        m_network->cancel(id); // the outcome arrives as Cancelled through onFinished
        return;
    }
    if (QTimer* timer = m_retryTimers.take(id))
        timer->deleteLater();
    task->finish(UploadTask::State::Cancelled, tr("Cancelled."), task->response());
    checkIdle();
}

void UploadQueue::cancelAll()
{
    for (UploadTask* task : std::as_const(m_tasks))
        cancel(task->id());
}

void UploadQueue::retry(quint64 id)
{
    UploadTask* task = m_byId.value(id);
    if (!task || !task->isFinished() || task->state() == UploadTask::State::Succeeded)
        return;
    task->requeue();
    plan(task);
    pump();
}

void UploadQueue::remove(quint64 id)
{
    UploadTask* task = m_byId.value(id);
    if (!task || task->isActive())
        return;
    emit taskAboutToBeRemoved(task);
    m_tasks.removeOne(task);
    m_byId.remove(id);
    task->deleteLater();
    checkIdle();
}

bool UploadQueue::isIdle() const
{
    return std::none_of(m_tasks.cbegin(), m_tasks.cend(), [](const UploadTask* task) {
        return task->state() == UploadTask::State::Queued || task->isActive();
    });
}

void UploadQueue::pump()
{
    if (!m_running)
        return;
    for (UploadTask* task : std::as_const(m_tasks)) {
        if (m_inFlight >= m_concurrency)
            break;
        if (task->state() == UploadTask::State::Queued)
            dispatch(task);
    }
}

void UploadQueue::dispatch(UploadTask* task)
{
    ++m_inFlight;
    task->markUploading();
    m_network->start(task->id(), task->plan(), m_options);
}

void UploadQueue::onProgress(quint64 id, qint64 sent, qint64 total)
{
    if (UploadTask* task = m_byId.value(id); task && task->state() == UploadTask::State::Uploading)
        task->updateProgress(sent, total);
}

void UploadQueue::onFinished(quint64 id, const TransferOutcome& outcome)
{
    --m_inFlight;
    if (UploadTask* task = m_byId.value(id))
        judge(task, outcome);
    pump();
    checkIdle();
}

void UploadQueue::judge(UploadTask* task, const TransferOutcome& outcome)
{
    using State = UploadTask::State;
    if (outcome.kind == TransferOutcome::Kind::Cancelled) {
        task->finish(State::Cancelled, outcome.message, outcome.response);
        return;
    }
    if (outcome.kind == TransferOutcome::Kind::Answered) {
        const SuccessRule::Verdict verdict = m_profile.success.evaluate(outcome.response);
        if (verdict.success) {
            task->finish(State::Succeeded, QString(), outcome.response,
                         m_profile.extraction.extract(outcome.response));
            return;
        }
        const QString explained = ResponseExplainer::explain(outcome.response);
        const QString reason = explained.isEmpty() ? verdict.reason : explained;
        if (const auto delay = m_retryPolicy.delayBeforeRetry(outcome, task->attempts()))
            scheduleRetry(task, *delay, reason, outcome.response);
        else
            task->finish(State::Failed, reason, outcome.response);
        return;
    }
    if (const auto delay = m_retryPolicy.delayBeforeRetry(outcome, task->attempts()))
        scheduleRetry(task, *delay, outcome.message, outcome.response);
    else
        task->finish(State::Failed, outcome.message, outcome.response);
}

void UploadQueue::scheduleRetry(UploadTask* task, int delayMs, const QString& reason,
                                const ResponseRecord& response)
{
    task->markWaiting(delayMs, reason, response);
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    m_retryTimers.insert(task->id(), timer);
    connect(timer, &QTimer::timeout, this, [this, timer, id = task->id()] {
        m_retryTimers.remove(id);
        timer->deleteLater();
        UploadTask* waiting = m_byId.value(id);
        if (!waiting || waiting->state() != UploadTask::State::Waiting)
            return;
        // The file may have changed or vanished while waiting: plan and check it again.
        plan(waiting);
        pump();
        checkIdle();
    });
    timer->start(delayMs);
}

void UploadQueue::checkIdle()
{
    if (m_running && isIdle())
        emit finished();
}
