#include "app/transfers/UploadTask.h"

#include <QCoreApplication>

UploadTask::UploadTask(quint64 id, UploadItem item, QObject* parent)
    : QObject(parent)
    , m_id(id)
    , m_item(std::move(item))
{
}

bool UploadTask::isFinished() const
{
    return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled ||
           m_state == State::Blocked;
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
    }
    return QString();
}

QString UploadTask::stateText() const
{
    return stateTitle(m_state, m_bytesTotal > 0 && m_bytesSent >= m_bytesTotal);
}

void UploadTask::setPlan(const RequestPlan& plan, const QList<PreflightFinding>& findings)
{
    m_plan = plan;
    m_findings = findings;
    m_bytesTotal = m_item.size > 0 ? m_item.size : 0;
    m_state = PreflightFinding::anyError(findings) ? State::Blocked : State::Queued;
    m_message.clear();
    for (const PreflightFinding& finding : findings) {
        if (finding.isError()) {
            m_message = finding.message;
            break;
        }
    }
    emit changed();
}

void UploadTask::markUploading()
{
    ++m_attempts;
    m_state = State::Uploading;
    m_bytesSent = 0;
    m_bytesPerSecond = 0;
    m_lastSampleMs = 0;
    m_lastSampleBytes = 0;
    m_clock.start();
    emit changed();
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
    emit changed();
}

void UploadTask::markWaiting(int delayMs, const QString& reason, const ResponseRecord& response)
{
    m_state = State::Waiting;
    m_response = response;
    m_message = tr("%1 Trying again in %n second(s).", nullptr, (delayMs + 999) / 1000).arg(reason);
    emit changed();
}

void UploadTask::finish(State state, const QString& message, const ResponseRecord& response,
                        const FieldExtraction::Fields& fields)
{
    m_state = state;
    m_message = message;
    m_response = response;
    m_fields = fields;
    m_bytesPerSecond = 0;
    emit changed();
}

void UploadTask::markFollowingUp(const ResponseRecord& response, const FieldExtraction::Fields& fields)
{
    m_response = response;
    m_fields = fields;
    m_followUps.clear();
    m_message = tr("Uploaded; running the follow-up steps…");
    emit changed();
}

void UploadTask::addFollowUpResult(const FollowUpResult& result)
{
    m_followUps.append(result);
    emit changed();
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
    m_state = State::Queued;
    m_bytesSent = 0;
    m_message = reason;
    emit changed();
}
