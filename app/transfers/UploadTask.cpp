#include "app/transfers/UploadTask.h"

#include <QCoreApplication>

UploadTask::UploadTask(quint64 id, UploadItem item, QString destination, QUuid uuid, QObject* parent)
    : QObject(parent)
    , m_id(id)
    , m_uuid(uuid)
    , m_destination(std::move(destination))
    , m_item(std::move(item))
{
}

bool UploadTask::isFinal(State state)
{
    return state == State::Succeeded || state == State::Failed || state == State::Cancelled ||
           state == State::Blocked || state == State::Unknown;
}

bool UploadTask::isFinished() const
{
    return isFinal(m_state);
}

QString UploadTask::field(const QString& name) const
{
    for (const auto& [key, value] : m_fields) {
        if (key == name)
            return value;
    }
    return QString();
}

QString UploadTask::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Blocked:
        return QStringLiteral("blocked");
    case State::Uploading:
        return QStringLiteral("uploading");
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Succeeded:
        return QStringLiteral("succeeded");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

QString UploadTask::stateTitle(State state, bool bodySent)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Blocked:
        return tr("Not sent");
    case State::Uploading:
        return bodySent ? tr("Waiting for server") : tr("Uploading");
    case State::Waiting:
        return tr("Retrying soon");
    case State::Succeeded:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Unknown:
        return tr("Outcome unknown");
    }
    return QString();
}

QString UploadTask::stateText() const
{
    if (m_state == State::Blocked && m_earlierUpload)
        return tr("Uploaded before");
    if (m_state == State::Waiting)
        return nextTryText(secondsToNextTry());
    return stateTitle(m_state, m_bodySent);
}

QString UploadTask::nextTryText(int seconds)
{
    return tr("Next try in %1 s").arg(seconds);
}

int UploadTask::secondsToNextTry() const
{
    return int((m_nextTry.remainingTime() + 999) / 1000);
}

void UploadTask::setState(State state)
{
    const State previous = m_state;
    m_state = state;
    emit stateChanged(previous);
}

void UploadTask::setPlan(const RequestPlan& plan, const QList<PreflightFinding>& findings)
{
    m_plan = plan;
    m_findings = findings;
    m_bytesTotal = m_item.size > 0 ? m_item.size : 0;
    m_message.clear();
    for (const PreflightFinding& finding : findings) {
        if (finding.isError()) {
            m_message = finding.message;
            break;
        }
    }
    setState(PreflightFinding::anyError(findings) ? State::Blocked : State::Queued);
}

void UploadTask::setMetadata(const QMap<QString, QString>& metadata)
{
    if (metadata == m_item.metadata)
        return;
    m_item.metadata = metadata;
    setState(m_state);
}

void UploadTask::refreshFile()
{
    UploadItem now = UploadItem::fromPath(m_item.path);
    now.metadata = m_item.metadata;
    m_item = now;
}

void UploadTask::markUploading()
{
    ++m_attempts;
    m_bytesSent = 0;
    m_bytesPerSecond = 0;
    m_bodySent = false;
    m_lastSampleMs = 0;
    m_lastSampleBytes = 0;
    m_clock.start();
    setState(State::Uploading);
}

void UploadTask::updateProgress(qint64 sent, qint64 total)
{
    const qint64 now = m_clock.elapsed();
    if (now > m_lastSampleMs) {
        // A smoothed rate: one slow or fast sample must not make the speed column jump around.
        const double instant = double(sent - m_lastSampleBytes) * 1000.0 / double(now - m_lastSampleMs);
        m_bytesPerSecond = m_bytesPerSecond <= 0 ? instant : 0.7 * m_bytesPerSecond + 0.3 * instant;
        m_lastSampleMs = now;
        m_lastSampleBytes = sent;
    }
    m_bytesSent = sent;
    m_bytesTotal = total;
    emit progressed();
}

void UploadTask::markBodySent()
{
    m_bodySent = true;
    m_bytesPerSecond = 0;
    m_bytesSent = m_bytesTotal;
    setState(m_state);
}

void UploadTask::markWaiting(int delayMs, const QString& reason, const ResponseRecord& response)
{
    m_response = response;
    m_nextTry.setRemainingTime(delayMs);
    m_message = tr("%1 Trying again in %n second(s).", nullptr, (delayMs + 999) / 1000).arg(reason);
    setState(State::Waiting);
}

void UploadTask::finish(State state, const QString& message, const ResponseRecord& response,
                        const FieldExtraction::Fields& fields)
{
    m_message = message;
    m_response = response;
    m_fields = fields;
    m_bytesPerSecond = 0;
    setState(state);
}

void UploadTask::markFollowingUp(const ResponseRecord& response, const FieldExtraction::Fields& fields)
{
    m_response = response;
    m_fields = fields;
    m_followUps.clear();
    m_message = tr("Uploaded; running the follow-up steps…");
    setState(m_state);
}

void UploadTask::addFollowUpResult(const FollowUpResult& result)
{
    m_followUps.append(result);
    setState(m_state);
}

bool UploadTask::followUpFailed() const
{
    return std::any_of(m_followUps.cbegin(), m_followUps.cend(),
                       [](const FollowUpResult& result) { return !result.succeeded; });
}

void UploadTask::requeue()
{
    m_attempts = 0;
    m_fields.clear();
    m_followUps.clear();
    returnToQueue(QString());
}

void UploadTask::returnToQueue(const QString& reason)
{
    m_bytesSent = 0;
    m_bodySent = false;
    m_message = reason;
    setState(State::Queued);
}
