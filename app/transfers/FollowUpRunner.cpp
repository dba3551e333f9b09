#include "app/transfers/FollowUpRunner.h"

#include "app/net/NetworkThread.h"
#include "app/net/TransferHandle.h"
#include "app/responses/ResponseExplainer.h"
#include "app/transfers/UploadTask.h"

using namespace Qt::StringLiterals;

FollowUpRunner::FollowUpRunner(NetworkThread* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
}

void FollowUpRunner::start(UploadTask* task, const QList<RequestPlanner::FollowUpRequest>& requests,
                           const TransferOptions& options)
{
    m_runs.insert(task, {requests, 0, options, nullptr});
    sendNext(task);
}

void FollowUpRunner::cancel(UploadTask* task)
{
    const auto run = m_runs.find(task);
    if (run == m_runs.end())
        return;
    run->requests.resize(run->next + 1);
    if (run->inFlight)
        run->inFlight->cancel();
}

void FollowUpRunner::sendNext(UploadTask* task)
{
    Run& run = m_runs[task];
    if (run.next >= run.requests.size()) {
        m_runs.remove(task);
        QStringList failures;
        for (const UploadTask::FollowUpResult& result : task->followUps()) {
            if (!result.succeeded)
                failures.append(result.label + u": "_s + result.message);
        }
        const QString message =
            failures.isEmpty() ? QString()
                               : tr("Uploaded, but a follow-up step failed. %1").arg(failures.join(u' '));
        task->finish(UploadTask::State::Succeeded, message, task->response(), task->fields());
        emit finished(task);
        return;
    }
    run.inFlight = m_network->start(run.requests.at(run.next).plan, run.options, this);
    connect(run.inFlight, &TransferHandle::finished, this,
            [this, task](const TransferOutcome& outcome) { onStepFinished(task, outcome); });
}

void FollowUpRunner::onStepFinished(UploadTask* task, const TransferOutcome& outcome)
{
    Run& run = m_runs[task];
    const RequestPlanner::FollowUpRequest& request = run.requests.at(run.next++);
    UploadTask::FollowUpResult result{request.plan.label, false, outcome.message, outcome.response.status};
    if (outcome.kind == TransferOutcome::Kind::Answered) {
        const SuccessRule::Verdict verdict = request.success.evaluate(outcome.response);
        result.succeeded = verdict.success;
        const QString explained = verdict.success ? QString() : ResponseExplainer::explain(outcome.response);
        result.message = explained.isEmpty() ? verdict.reason : explained;
    }
    task->addFollowUpResult(result);
    sendNext(task);
}
