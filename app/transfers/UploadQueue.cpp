#include "app/transfers/UploadQueue.h"

#include "app/auth/AccessTokenProvider.h"
#include "app/requests/Preflight.h"
#include "app/responses/ResponseExplainer.h"
#include "app/transfers/NetworkThread.h"

#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

UploadQueue::UploadQueue(NetworkThread* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(new AccessTokenProvider(network, this))
{
    connect(m_network, &NetworkThread::progressed, this, &UploadQueue::onProgress);
    connect(m_network, &NetworkThread::finished, this, &UploadQueue::onFinished);
    connect(m_tokens, &AccessTokenProvider::ready, this, &UploadQueue::pump);
    connect(m_tokens, &AccessTokenProvider::failed, this, &UploadQueue::onTokenFailed);
}

void UploadQueue::setProfile(const Profile& profile, const QMap<QString, QString>& variables,
                             const Secret& secret)
{
    m_profile = profile;
    m_replaceProfile = profile.forOperation(Profile::Operation::Replace);
    m_variables = variables;
    m_secret = secret;
    if (profile.auth.usesTokenEndpoint())
        m_tokens->configure(profile, variables, secret, m_options);
    for (UploadTask* task : std::as_const(m_tasks)) {
        if (task->state() == UploadTask::State::Queued || task->state() == UploadTask::State::Blocked)
            plan(task);
    }
    // A started queue sends what the new profile unblocked (a secret that arrived from the keychain
    // after Start was pressed).
    pump();
}

void UploadQueue::setTransferOptions(const TransferOptions& options)
{
    m_options = options;
    if (m_profile.auth.usesTokenEndpoint())
        m_tokens->configure(m_profile, m_variables, m_secret, m_options);
}

void UploadQueue::setConcurrency(int concurrency)
{
    m_concurrency = qMax(1, concurrency);
    pump();
}

bool UploadQueue::contains(const QString& path) const
{
    return m_byPath.contains(QFileInfo(path).absoluteFilePath());
}

UploadTask* UploadQueue::taskFor(const QString& path) const
{
    return m_byId.value(m_byPath.value(QFileInfo(path).absoluteFilePath()));
}

UploadTask* UploadQueue::add(const UploadItem& item)
{
    const QString path = QFileInfo(item.path).absoluteFilePath();
    if (m_byPath.contains(path))
        return nullptr;
    auto* task = new UploadTask(NetworkThread::newId(), item, this);
    m_byPath.insert(path, task->id());
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

const Profile& UploadQueue::profileFor(const UploadTask* task) const
{
    return task->item().operation() == Profile::Operation::Replace ? m_replaceProfile : m_profile;
}

// What the plan shown before sending carries: for token schemes a stand-in, so the credential's own
// secret never sits in a request meant for the upload server.
Secret UploadQueue::planningSecret() const
{
    return m_profile.auth.usesTokenEndpoint() ? Secret{QString(), u"access-token"_s} : m_secret;
}

// What a request carries when it leaves; nothing yet when an access token has to be bought first.
std::optional<Secret> UploadQueue::sendingSecret(int* tokenGeneration)
{
    if (!m_profile.auth.usesTokenEndpoint())
        return m_secret;
    const std::optional<AccessToken> token = m_tokens->usableToken();
    if (!token) {
        m_tokens->fetch();
        return std::nullopt;
    }
    *tokenGeneration = token->generation;
    return Secret{QString(), token->value};
}

void UploadQueue::plan(UploadTask* task)
{
    const Profile& profile = profileFor(task);
    const RequestPlan plan = RequestPlanner::plan(profile, task->item(), m_variables, planningSecret());
    QList<PreflightFinding> findings = Preflight::check(plan, profile, !m_secret.isEmpty());
    if (task->item().operation() == Profile::Operation::Replace && !m_profile.supportsReplace()) {
        findings.prepend(
            {PreflightFinding::Severity::Error, u"replace-unsupported"_s,
             tr("%1 has no way to replace an existing item; upload it as a new one.").arg(m_profile.name)});
    }
    task->setPlan(plan, findings);
}

void UploadQueue::start()
{
    m_running = true;
    pump();
    checkIdle();
}

void UploadQueue::pause()
{
    m_running = false;
}

void UploadQueue::startFirst(const QList<quint64>& ids)
{
    // Dispatch goes down m_tasks in order; the model keeps the rows where the user put them.
    qsizetype front = 0;
    for (const quint64 id : ids) {
        UploadTask* task = m_byId.value(id);
        if (task && task->state() == UploadTask::State::Queued)
            m_tasks.move(m_tasks.indexOf(task), front++);
    }
    start();
}

void UploadQueue::clearFinished()
{
    const QList<UploadTask*> tasks = m_tasks;
    for (const UploadTask* task : tasks) {
        if (task->state() == UploadTask::State::Succeeded || task->state() == UploadTask::State::Cancelled)
            remove(task->id());
    }
}

void UploadQueue::setMetadata(quint64 id, const QMap<QString, QString>& metadata)
{
    UploadTask* task = m_byId.value(id);
    if (!task || !(task->state() == UploadTask::State::Queued || task->state() == UploadTask::State::Blocked))
        return;
    task->setMetadata(metadata);
    plan(task);
    pump();
}

void UploadQueue::cancel(quint64 id)
{
    UploadTask* task = m_byId.value(id);
    if (!task || task->isFinished())
        return;
    if (const auto run = m_followUps.find(id); run != m_followUps.end()) {
        // The upload is done: the step in flight ends as cancelled, the ones after it are dropped.
        run->requests.resize(run->next + 1);
        m_network->cancel(run->requestId);
        return;
    }
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
    m_refreshedFor.remove(id);
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
    m_byPath.remove(QFileInfo(task->item().path).absoluteFilePath());
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
        if (task->state() == UploadTask::State::Queued && !dispatch(task))
            break;
    }
}

bool UploadQueue::dispatch(UploadTask* task)
{
    int tokenGeneration = 0;
    const std::optional<Secret> secret = sendingSecret(&tokenGeneration);
    if (!secret)
        return false;
    m_tokenGenerationUsed.insert(task->id(), tokenGeneration);
    ++m_inFlight;
    task->markUploading();
    m_network->start(task->id(), RequestPlanner::plan(profileFor(task), task->item(), m_variables, *secret),
                     m_options);
    return true;
}

// Without a token nothing can be sent: every item in line fails with the reason, and stays
// retryable.
void UploadQueue::onTokenFailed(const QString& message, const ResponseRecord& response)
{
    for (UploadTask* task : std::as_const(m_tasks)) {
        if (task->state() == UploadTask::State::Queued)
            task->finish(UploadTask::State::Failed, message, response);
    }
    checkIdle();
}

// A token can die before its time (revoked, a server restart): on the first refusal that blames
// the token, buy a new one and send the item again, once.
bool UploadQueue::refreshTokenFor(UploadTask* task, const TransferOutcome& outcome)
{
    if (!m_profile.auth.usesTokenEndpoint() || m_refreshedFor.contains(task->id()) ||
        !AccessToken::refusalMeansBadToken(outcome.response))
        return false;
    m_refreshedFor.insert(task->id());
    m_tokens->invalidate(m_tokenGenerationUsed.value(task->id()));
    task->returnToQueue(tr("The access token was refused; getting a new one."));
    return true;
}

void UploadQueue::onProgress(quint64 id, qint64 sent, qint64 total)
{
    if (UploadTask* task = m_byId.value(id); task && task->state() == UploadTask::State::Uploading)
        task->updateProgress(sent, total);
}

void UploadQueue::onFinished(quint64 id, const TransferOutcome& outcome)
{
    if (const quint64 taskId = m_followUpTasks.take(id)) {
        if (UploadTask* task = m_byId.value(taskId))
            onFollowUpFinished(task, outcome);
        checkIdle();
        return;
    }
    if (!m_byId.contains(id))
        return; // a token fetch or another user of the network thread
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
        const Profile& profile = profileFor(task);
        const SuccessRule::Verdict verdict = profile.success.evaluate(outcome.response);
        if (verdict.success) {
            startFollowUps(task, outcome.response, profile.extraction.extract(outcome.response));
            return;
        }
        if (refreshTokenFor(task, outcome))
            return;
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

void UploadQueue::startFollowUps(UploadTask* task, const ResponseRecord& response,
                                 const FieldExtraction::Fields& fields)
{
    int tokenGeneration = 0;
    const Secret secret = sendingSecret(&tokenGeneration).value_or(m_secret);
    FollowUpRun run;
    run.requests = RequestPlanner::followUpPlans(m_profile, task->item(), m_variables, secret, fields);
    if (run.requests.isEmpty() || task->item().operation() == Profile::Operation::Replace) {
        task->finish(UploadTask::State::Succeeded, QString(), response, fields);
        return;
    }
    task->markFollowingUp(response, fields);
    m_followUps.insert(task->id(), run);
    sendNextFollowUp(task);
}

void UploadQueue::sendNextFollowUp(UploadTask* task)
{
    FollowUpRun& run = m_followUps[task->id()];
    if (run.next >= run.requests.size()) {
        m_followUps.remove(task->id());
        QStringList failures;
        for (const UploadTask::FollowUpResult& result : task->followUps()) {
            if (!result.succeeded)
                failures.append(result.label + u": "_s + result.message);
        }
        const QString message =
            failures.isEmpty() ? QString()
                               : tr("Uploaded, but a follow-up step failed. %1").arg(failures.join(u' '));
        task->finish(UploadTask::State::Succeeded, message, task->response(), task->fields());
        return;
    }
    run.requestId = NetworkThread::newId();
    m_followUpTasks.insert(run.requestId, task->id());
    m_network->start(run.requestId, run.requests.at(run.next).plan, m_options);
}

// A failed step is recorded and the rest still run: the upload itself worked and stays a success.
void UploadQueue::onFollowUpFinished(UploadTask* task, const TransferOutcome& outcome)
{
    FollowUpRun& run = m_followUps[task->id()];
    const RequestPlanner::FollowUpRequest& request = run.requests.at(run.next++);
    UploadTask::FollowUpResult result{request.plan.label, false, outcome.message, outcome.response.status};
    if (outcome.kind == TransferOutcome::Kind::Answered) {
        const SuccessRule::Verdict verdict = request.success.evaluate(outcome.response);
        result.succeeded = verdict.success;
        const QString explained = verdict.success ? QString() : ResponseExplainer::explain(outcome.response);
        result.message = explained.isEmpty() ? verdict.reason : explained;
    }
    task->addFollowUpResult(result);
    sendNextFollowUp(task);
}

void UploadQueue::checkIdle()
{
    if (m_running && isIdle())
        emit finished();
}
