#include "app/transfers/UploadQueue.h"

#include "app/auth/AccessTokenCache.h"
#include "app/library/LibraryLookup.h"
#include "app/net/NetworkThread.h"
#include "app/net/RateLimiter.h"
#include "app/net/TransferHandle.h"
#include "app/requests/Preflight.h"
#include "app/requests/RequestPlanner.h"
#include "app/responses/ResponseExplainer.h"
#include "app/storage/Preferences.h"
#include "app/storage/SecretMasking.h"
#include "app/transfers/FollowUpRunner.h"
#include "app/transfers/TaskList.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

UploadQueue::UploadQueue(NetworkThread* network, AccessTokenCache* tokens, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_tasks(new TaskList(this))
    , m_followUps(new FollowUpRunner(network, this))
    , m_limiter(std::make_shared<RateLimiter>())
{
    connect(m_tokens, &AccessTokenCache::ready, this, &UploadQueue::pump);
    connect(m_tokens, &AccessTokenCache::failed, this, &UploadQueue::onTokenFailed);
    connect(m_tasks, &TaskList::stateChanged, this, [this](UploadTask* task, UploadTask::State previous) {
        m_destinations.countBlocked(task, previous);
        emit taskChanged(task);
    });
    connect(m_followUps, &FollowUpRunner::finished, this, [this] {
        pump();
        checkIdle();
    });
    setDestination({});
}

// In-flight requests end with their handles, which are children of this queue.
UploadQueue::~UploadQueue() = default;

void UploadQueue::setDestination(const Destination& destination)
{
    m_current = destination.name;
    updateDestination(destination);
}

void UploadQueue::updateDestination(const Destination& destination)
{
    m_destinations.set(destination);
    for (UploadTask* task : m_tasks->tasks()) {
        const bool waiting =
            task->state() == UploadTask::State::Queued || task->state() == UploadTask::State::Blocked;
        if (waiting && task->destination() == destination.name)
            plan(task);
    }
    emit destinationChanged(destination.name);
    pump();
}

void UploadQueue::setProfile(const Profile& profile, const QMap<QString, QString>& variables,
                             const Secret& secret)
{
    setDestination({profile.name, profile, variables, secret});
}

const Profile& UploadQueue::profile() const
{
    return m_destinations.find(m_current)->destination.profile;
}

const Destination* UploadQueue::destination(const QString& name) const
{
    const DestinationTable::Target* target = m_destinations.find(name);
    return target ? &target->destination : nullptr;
}

void UploadQueue::setConcurrency(int concurrency)
{
    m_concurrency = qMax(1, concurrency);
    pump();
}

void UploadQueue::applyPreferences(const Preferences& preferences)
{
    m_retryPolicy.maxAttempts = preferences.retries + 1;
    // At most a day each (Preferences::MaxTimeoutSeconds): the products fit in an int.
    m_options.stallTimeoutMs = preferences.stallTimeoutSeconds * 1000;
    m_options.answerTimeoutMs = preferences.answerTimeoutSeconds * 1000;
    // A limit below the minimum (a hand-edited settings file, --limit-rate 1) is raised to it.
    const int limit =
        preferences.limitKiBps == 0 ? 0 : qMax(preferences.limitKiBps, int(Preferences::MinLimitKiBps));
    m_limiter->setRate(qint64(limit) * 1024);
    setConcurrency(preferences.concurrency);
}

qint64 UploadQueue::rateLimit() const
{
    return m_limiter->rate();
}

void UploadQueue::setStartWhenAdded(bool start)
{
    m_startWhenAdded = start;
}

void UploadQueue::expectFiles(bool expecting)
{
    m_expectingFiles = expecting;
    checkIdle();
}

bool UploadQueue::contains(const QString& path) const
{
    return taskFor(path) != nullptr;
}

UploadTask* UploadQueue::taskFor(const QString& path) const
{
    return m_tasks->byPath(QFileInfo(path).absoluteFilePath());
}

const QList<UploadTask*>& UploadQueue::tasks() const
{
    return m_tasks->tasks();
}

UploadTask* UploadQueue::task(quint64 id) const
{
    return m_tasks->byId(id);
}

int UploadQueue::indexOf(const UploadTask* task) const
{
    return m_tasks->indexOf(task);
}

int UploadQueue::count(UploadTask::State state) const
{
    return m_tasks->count(state);
}

int UploadQueue::sendingCount() const
{
    return m_tasks->count(UploadTask::State::Uploading);
}

UploadTask* UploadQueue::add(const UploadItem& item)
{
    if (contains(item.path))
        return nullptr;
    UploadTask* task = adopt(new UploadTask(m_nextId++, item, m_current));
    // Planned first: where the file goes is part of "the same destination".
    if (plan(task) && m_earlierUploadCheck) {
        if (const std::optional<EarlierUpload> earlier = m_earlierUploadCheck(*task)) {
            task->setEarlierUpload(earlier);
            plan(task);
        }
    }
    if (task->state() == UploadTask::State::Queued && m_libraryLookup && m_holdDuplicates &&
        item.operation() == Profile::Operation::Upload &&
        LibraryLookup::canLookUp(m_destinations.of(task).destination))
        lookUp(task);
    emit taskAdded(task);
    if (m_startWhenAdded && !m_running) {
        m_running = true;
        m_paused = false;
        emit runningChanged();
    }
    pump();
    return task;
}

UploadTask* UploadQueue::restore(const UploadItem& item, const QString& destination, const QUuid& uuid,
                                 UploadTask::State state, const QString& message)
{
    if (contains(item.path) || !m_destinations.contains(destination))
        return nullptr;
    UploadTask* task = adopt(new UploadTask(m_nextId++, item, destination, uuid));
    if (state == UploadTask::State::Failed || state == UploadTask::State::Unknown)
        task->finish(state, message, {});
    else
        plan(task);
    emit taskAdded(task);
    return task;
}

UploadTask* UploadQueue::adopt(UploadTask* task)
{
    connect(task, &UploadTask::progressed, this, [this, task] { emit taskProgressed(task); });
    m_tasks->append(task);
    return task;
}

// What a request carries when it leaves; nothing yet when an access token has to be bought first.
std::optional<Secret> UploadQueue::sendingSecret(const DestinationTable::Target& target, int* tokenGeneration)
{
    if (target.tokenKey.isEmpty())
        return target.destination.secret;
    const std::optional<AccessToken> token = m_tokens->usableToken(target.tokenKey);
    if (!token) {
        m_tokens->fetch(target.tokenPlan, m_options);
        return std::nullopt;
    }
    *tokenGeneration = token->generation;
    return Secret{QString(), token->value};
}

bool UploadQueue::plan(UploadTask* task)
{
    const DestinationTable::Target& target = m_destinations.of(task);
    const Profile& profile = m_destinations.profileFor(task);
    const RequestPlan plan = RequestPlanner::plan(profile, task->item(), target.destination.variables,
                                                  target.destination.secret, RequestPlanner::Use::Display);
    QList<PreflightFinding> findings = Preflight::check(plan, profile, !target.destination.secret.isEmpty());
    if (m_checking.contains(task->id())) {
        findings.prepend(
            {PreflightFinding::Severity::Error, u"library-check"_s, tr("Looking for it in the library…")});
    } else if (const std::optional<EarlierUpload>& earlier = task->earlierUpload();
               earlier && earlier->inLibrary) {
        findings.prepend(
            {PreflightFinding::Severity::Error, u"in-library"_s,
             tr("Already in the library as #%1 (%2). Upload it anyway, replace that item, or skip it.")
                 .arg(earlier->id, earlier->name)});
    } else if (earlier) {
        const QString when = QLocale().toString(earlier->time.toLocalTime(), QLocale::ShortFormat);
        findings.prepend({PreflightFinding::Severity::Error, u"uploaded-before"_s,
                          earlier->id.isEmpty()
                              ? tr("Already uploaded on %1. Upload it anyway, or skip it.").arg(when)
                              : tr("Already uploaded on %1, id %2. Upload it anyway, replace that item, or "
                                   "skip it.")
                                    .arg(when, earlier->id)});
    }
    if (task->item().operation() == Profile::Operation::Replace && !target.destination.profile.canReplace()) {
        findings.prepend({PreflightFinding::Severity::Error, u"replace-unsupported"_s,
                          tr("%1 has no way to replace an existing item; upload it as a new one.")
                              .arg(target.destination.profile.name)});
    }
    task->setPlan(plan, findings);
    return task->state() != UploadTask::State::Blocked;
}

// Held until the library says whether it has the file; a library that cannot be asked holds nothing.
void UploadQueue::lookUp(UploadTask* task)
{
    m_checking.insert(task->id());
    plan(task);
    m_libraryLookup->find(m_destinations.of(task).destination, task->item(),
                          [this, id = task->id()](const LibraryLookup::Result& result) {
                              if (!m_checking.remove(id))
                                  return;
                              if (UploadTask* checked = m_tasks->byId(id)) {
                                  if (result.found)
                                      checked->setEarlierUpload(EarlierUpload{QDateTime(), result.found->id,
                                                                              result.found->url,
                                                                              result.found->name, true});
                                  plan(checked);
                              }
                              pump();
                              checkIdle();
                          });
}

// The whole file went out and no answer came: the library tells whether it arrived. Only a file it
// does not hold may be sent again, and only by the user.
void UploadQueue::settleUnknown(UploadTask* task, const TransferOutcome& outcome)
{
    m_checking.insert(task->id());
    m_libraryLookup->find(
        m_destinations.of(task).destination, task->item(),
        [this, id = task->id(), message = outcome.message,
         response = outcome.response](const LibraryLookup::Result& result) {
            m_checking.remove(id);
            UploadTask* unsure = m_tasks->byId(id);
            if (!unsure)
                return;
            const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
            if (result.found) {
                unsure->finish(
                    UploadTask::State::Succeeded,
                    tr("No answer came, but the library holds the file as #%1 (looked on %2): it arrived.")
                        .arg(result.found->id, when),
                    response, {{u"id"_s, result.found->id}, {u"url"_s, result.found->url}});
            } else if (result.unsure) {
                unsure->finish(
                    UploadTask::State::Unknown,
                    tr("%1 The library has an item named %2 (#%3) but does not say what it holds: check "
                       "it before sending the file again.")
                        .arg(message, result.unsure->name, result.unsure->id),
                    response);
            } else if (!result.error.isEmpty()) {
                unsure->finish(UploadTask::State::Unknown,
                               tr("%1 The library could not be asked: %2").arg(message, result.error),
                               response);
            } else {
                unsure->finish(
                    UploadTask::State::Failed,
                    tr("No answer came, and the library does not hold the file (looked on %1): it did not "
                       "arrive. Retry sends it again.")
                        .arg(when),
                    response);
            }
            pump();
            checkIdle();
        });
}

void UploadQueue::start()
{
    m_running = true;
    m_paused = false;
    emit runningChanged();
    pump();
    checkIdle();
}

void UploadQueue::pause()
{
    m_paused = m_running || m_paused;
    m_running = false;
    emit runningChanged();
}

void UploadQueue::startFirst(const QList<quint64>& ids)
{
    // Backwards, so that the first of them ends up first in line.
    for (auto id = ids.crbegin(); id != ids.crend(); ++id) {
        if (UploadTask* task = m_tasks->byId(*id))
            m_tasks->sendFirst(task);
    }
    start();
}

void UploadQueue::clearFinished()
{
    const QList<UploadTask*> tasks = m_tasks->tasks();
    for (const UploadTask* task : tasks) {
        if (task->state() == UploadTask::State::Succeeded || task->state() == UploadTask::State::Cancelled)
            remove(task->id());
    }
}

bool UploadQueue::takesMetadata(UploadTask::State state)
{
    using State = UploadTask::State;
    return state == State::Queued || state == State::Blocked || state == State::Failed ||
           state == State::Cancelled;
}

void UploadQueue::setMetadata(quint64 id, const QMap<QString, QString>& metadata)
{
    UploadTask* task = m_tasks->byId(id);
    if (!task || !takesMetadata(task->state()))
        return;
    task->setMetadata(metadata);
    // Planning puts an item in line: one that failed or was cancelled goes again only on Retry, and
    // its plan stays the one that was sent until then.
    if (task->isFinished() && task->state() != UploadTask::State::Blocked)
        return;
    plan(task);
    pump();
}

void UploadQueue::cancel(quint64 id)
{
    UploadTask* task = m_tasks->byId(id);
    if (!task || task->isFinished())
        return;
    if (m_followUps->isRunning(task)) {
        m_followUps->cancel(task);
        return;
    }
    if (const QPointer<TransferHandle> upload = m_uploads.value(id)) {
        upload->cancel(); // the outcome arrives, cancelled or unknown, through onUploadFinished
        return;
    }
    if (QTimer* timer = m_retryTimers.take(id))
        timer->deleteLater();
    task->finish(UploadTask::State::Cancelled, tr("Cancelled."), task->response());
    checkIdle();
}

void UploadQueue::cancelAll()
{
    const QList<UploadTask*> tasks = m_tasks->tasks();
    for (const UploadTask* task : tasks)
        cancel(task->id());
}

void UploadQueue::retry(quint64 id)
{
    UploadTask* task = m_tasks->byId(id);
    if (!task || !task->isFinished() || task->state() == UploadTask::State::Succeeded)
        return;
    m_refreshedFor.remove(id);
    task->requeue();
    plan(task);
    m_tasks->sendFirst(task);
    start();
}

void UploadQueue::uploadAnyway(quint64 id, bool replaceEarlier)
{
    UploadTask* task = m_tasks->byId(id);
    if (!task || !task->earlierUpload() || task->state() != UploadTask::State::Blocked)
        return;
    if (replaceEarlier && !task->earlierUpload()->id.isEmpty() &&
        m_destinations.of(task).destination.profile.canReplace()) {
        QMap<QString, QString> metadata = task->item().metadata;
        metadata.insert(u"replace"_s, task->earlierUpload()->id);
        task->setMetadata(metadata);
    }
    task->setEarlierUpload(std::nullopt);
    plan(task);
    pump();
}

void UploadQueue::remove(quint64 id)
{
    UploadTask* task = m_tasks->byId(id);
    if (!task || task->isActive())
        return;
    emit taskAboutToBeRemoved(task);
    m_checking.remove(id);
    m_destinations.forgetBlocked(task);
    m_tasks->remove(task);
    checkIdle();
}

bool UploadQueue::isIdle() const
{
    return m_checking.isEmpty() && m_tasks->count(UploadTask::State::Queued) == 0 &&
           m_tasks->count(UploadTask::State::Uploading) == 0 &&
           m_tasks->count(UploadTask::State::Waiting) == 0;
}

void UploadQueue::pump()
{
    while (m_running && m_inFlight < m_concurrency) {
        UploadTask* task = m_tasks->firstQueued();
        if (!task || !dispatch(task))
            break;
    }
}

// Right before sending, the file and the request are checked again: a file emptied or removed
// since it was queued is not sent.
bool UploadQueue::dispatch(UploadTask* task)
{
    task->refreshFile();
    if (!plan(task))
        return true;
    const DestinationTable::Target& target = m_destinations.of(task);
    int tokenGeneration = 0;
    const std::optional<Secret> secret = sendingSecret(target, &tokenGeneration);
    if (!secret)
        return false;
    m_tokenGenerationUsed.insert(task->id(), tokenGeneration);
    ++m_inFlight;
    task->markUploading();
    const RequestPlan plan = RequestPlanner::plan(m_destinations.profileFor(task), task->item(),
                                                  target.destination.variables, *secret);
    TransferOptions options = m_options;
    if (const int answerTimeout = target.destination.profile.answerTimeoutSeconds; answerTimeout > 0)
        options.answerTimeoutMs = answerTimeout * 1000;
    options.limiter = m_limiter;
    if (m_beforeLastByte)
        options.beforeLastByte = [mark = m_beforeLastByte, uuid = task->uuid()] {
            mark(uuid);
        };
    TransferHandle* upload = m_network->start(plan, options, this);
    m_uploads.insert(task->id(), upload);
    connect(upload, &TransferHandle::progressed, task, &UploadTask::updateProgress);
    connect(upload, &TransferHandle::bodySent, task, &UploadTask::markBodySent);
    connect(upload, &TransferHandle::finished, this, [this, id = task->id()](const TransferOutcome& outcome) {
        m_uploads.remove(id);
        --m_inFlight;
        if (UploadTask* finished = m_tasks->byId(id))
            onUploadFinished(finished, outcome);
        pump();
        checkIdle();
    });
    return true;
}

// Without a token nothing can be sent: every item in line for it fails with the reason, and stays
// retryable.
void UploadQueue::onTokenFailed(const QByteArray& key, const QString& message, const ResponseRecord& response)
{
    const QList<UploadTask*> tasks = m_tasks->tasks();
    for (UploadTask* task : tasks) {
        if (task->state() == UploadTask::State::Queued && m_destinations.of(task).tokenKey == key)
            task->finish(UploadTask::State::Failed, message, response);
    }
    pump();
    checkIdle();
}

// A token can die before its time (revoked, a server restart): on the first refusal that blames
// the token, buy a new one and send the item again, once. The server refused it: nothing was stored.
bool UploadQueue::refreshTokenFor(UploadTask* task, const TransferOutcome& outcome)
{
    const DestinationTable::Target& target = m_destinations.of(task);
    if (target.tokenKey.isEmpty() || m_refreshedFor.contains(task->id()) ||
        !AccessToken::refusalMeansBadToken(outcome.response))
        return false;
    m_refreshedFor.insert(task->id());
    m_tokens->invalidate(target.tokenKey, m_tokenGenerationUsed.value(task->id()));
    task->returnToQueue(tr("The access token was refused; getting a new one."));
    return true;
}

void UploadQueue::onUploadFinished(UploadTask* task, const TransferOutcome& outcome)
{
    if (outcome.requestsSent > 1)
        task->countExtraRequests(outcome.requestsSent - 1);
    task->setSentDigest(outcome.sent);
    judge(task, outcome);
}

void UploadQueue::judge(UploadTask* task, const TransferOutcome& outcome)
{
    using Kind = TransferOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Answered:
        judgeAnswer(task, outcome);
        return;
    case Kind::Cancelled:
        task->finish(UploadTask::State::Cancelled, outcome.message, outcome.response);
        return;
    case Kind::Unknown:
        // Never sent again on Hoist's own: the library is asked where it can be, else the user looks.
        if (m_libraryLookup && task->item().operation() == Profile::Operation::Upload &&
            LibraryLookup::canLookUp(m_destinations.of(task).destination))
            settleUnknown(task, outcome);
        else
            task->finish(UploadTask::State::Unknown, outcome.message, outcome.response);
        return;
    case Kind::NotSent:
    case Kind::FileChanged:
    case Kind::Failed:
    case Kind::Stalled:
        retryOrFail(task, outcome, outcome.message);
        return;
    }
}

void UploadQueue::judgeAnswer(UploadTask* task, const TransferOutcome& outcome)
{
    const Profile& profile = m_destinations.profileFor(task);
    const SuccessRule::Verdict verdict = profile.success.evaluate(outcome.response);
    if (verdict.success) {
        // Stored, but not the file: a failure with both values, never sent again on its own.
        const DeliveryCheck::Result delivery = DeliveryCheck::ofAnswer(
            profile.library, outcome.response, outcome.sent, task->plan().filePart().filename);
        task->setDelivery(delivery.verdict);
        if (delivery.verdict == DeliveryCheck::Verdict::Mismatch)
            task->finish(UploadTask::State::Failed, delivery.message, outcome.response,
                         profile.extraction.extract(outcome.response));
        else
            startFollowUps(task, outcome.response, profile.extraction.extract(outcome.response),
                           delivery.message);
        return;
    }
    if (refreshTokenFor(task, outcome))
        return;
    // The explanation quotes the server, which may quote the credential back.
    const QString explained = ResponseExplainer::explain(outcome.response, profile.trailingSlash);
    retryOrFail(task, outcome,
                SecretMasking::scrubbed(explained.isEmpty() ? verdict.reason : explained,
                                        m_destinations.of(task).destination.echoableSecrets()));
}

void UploadQueue::retryOrFail(UploadTask* task, const TransferOutcome& outcome, const QString& reason)
{
    if (const auto delay = m_retryPolicy.delayBeforeRetry(outcome, task->attempts()))
        scheduleRetry(task, *delay, reason, outcome.response);
    else
        task->finish(UploadTask::State::Failed, reason, outcome.response);
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
        UploadTask* waiting = m_tasks->byId(id);
        if (!waiting || waiting->state() != UploadTask::State::Waiting)
            return;
        waiting->returnToQueue(QString());
        pump();
        checkIdle();
    });
    timer->start(delayMs);
}

void UploadQueue::startFollowUps(UploadTask* task, const ResponseRecord& response,
                                 const FieldExtraction::Fields& fields, const QString& delivery)
{
    const DestinationTable::Target& target = m_destinations.of(task);
    int tokenGeneration = 0;
    // Without a usable token the step goes unsigned and fails: the credential's own secret never goes
    // to the upload server.
    const Secret secret = sendingSecret(target, &tokenGeneration).value_or(Secret());
    const bool replacing = task->item().operation() == Profile::Operation::Replace;
    const QList<RequestPlanner::FollowUpRequest> requests =
        replacing ? RequestPlanner::replacedItemDeletion(target.destination.profile, task->item(),
                                                         target.destination.variables, secret)
                  : RequestPlanner::followUpPlans(target.destination.profile, task->item(),
                                                  target.destination.variables, secret, fields);
    if (requests.isEmpty()) {
        task->finish(UploadTask::State::Succeeded, delivery, response, fields);
        return;
    }
    task->markFollowingUp(response, fields);
    m_followUps->start(task, requests, m_options);
}

// A run is over when nothing is left to send; files added afterwards wait for Start (unless they
// start when added).
void UploadQueue::checkIdle()
{
    if (!m_running || !isIdle() || m_destinations.waitsForSecret() || m_expectingFiles)
        return;
    m_running = false;
    emit runningChanged();
    emit finished();
}
