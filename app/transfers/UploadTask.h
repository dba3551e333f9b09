#pragma once

#include "app/requests/PreflightFinding.h"
#include "app/requests/RequestPlan.h"
#include "app/requests/UploadItem.h"
#include "app/responses/FieldExtraction.h"
#include "app/responses/ResponseRecord.h"

#include <QElapsedTimer>
#include <QObject>

// One file's journey through the queue: its plan, state, progress and result.
class UploadTask : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Queued,
        Blocked, // preflight found an error: nothing is sent
        Uploading,
        Waiting, // back-off before another attempt
        Succeeded,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    // What a follow-up step after the upload (metadata, say) came to.
    struct FollowUpResult
    {
        QString label;
        bool succeeded = false;
        QString message;
        int status = 0;
    };

    UploadTask(quint64 id, UploadItem item, QObject* parent = nullptr);

    quint64 id() const { return m_id; }
    const UploadItem& item() const { return m_item; }
    const RequestPlan& plan() const { return m_plan; }
    const QList<PreflightFinding>& findings() const { return m_findings; }
    State state() const { return m_state; }
    bool isFinished() const;
    bool isActive() const { return m_state == State::Uploading || m_state == State::Waiting; }
    int attempts() const { return m_attempts; }
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesTotal() const { return m_bytesTotal; }
    double bytesPerSecond() const { return m_bytesPerSecond; }
    const ResponseRecord& response() const { return m_response; }
    const FieldExtraction::Fields& fields() const { return m_fields; }
    QString field(const QString& name) const;
    QString message() const { return m_message; }
    const QList<FollowUpResult>& followUps() const { return m_followUps; }
    bool followUpFailed() const;

    static QString stateName(State state); // stable, for JSON and scripts
    // For people; an upload whose body is out waits for the server's answer.
    static QString stateTitle(State state, bool bodySent = false);
    QString stateText() const;

    void setPlan(const RequestPlan& plan, const QList<PreflightFinding>& findings);
    // Per-item values (name, description, folder, replace …) changed before sending; re-plan after.
    void setMetadata(const QMap<QString, QString>& metadata) { m_item.metadata = metadata; }
    void markUploading();
    void updateProgress(qint64 sent, qint64 total);
    void markWaiting(int delayMs, const QString& reason, const ResponseRecord& response);
    void finish(State state, const QString& message, const ResponseRecord& response,
                const FieldExtraction::Fields& fields = {});
    // Uploaded: the follow-up steps run now, the task counts as uploading until they are done.
    void markFollowingUp(const ResponseRecord& response, const FieldExtraction::Fields& fields);
    void addFollowUpResult(const FollowUpResult& result);
    void requeue();
    // Back in line without counting as a new start (a refreshed token, say).
    void returnToQueue(const QString& reason);

signals:
    void changed();

private:
    quint64 m_id;
    UploadItem m_item;
    RequestPlan m_plan;
    QList<PreflightFinding> m_findings;
    State m_state = State::Queued;
    int m_attempts = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesTotal = 0;
    double m_bytesPerSecond = 0;
    QElapsedTimer m_clock;
    qint64 m_lastSampleMs = 0;
    qint64 m_lastSampleBytes = 0;
    ResponseRecord m_response;
    FieldExtraction::Fields m_fields;
    QString m_message;
    QList<FollowUpResult> m_followUps;
};
