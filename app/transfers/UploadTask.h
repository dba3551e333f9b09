#pragma once

#include "app/library/DeliveryCheck.h"
#include "app/net/FileDigest.h"
#include "app/requests/PreflightFinding.h"
#include "app/requests/RequestPlan.h"
#include "app/requests/UploadItem.h"
#include "app/responses/FieldExtraction.h"
#include "app/responses/ResponseRecord.h"
#include "app/transfers/EarlierUpload.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QUuid>

#include <optional>

// One file's journey through the queue: where it goes, its plan, state, progress and result.
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
        Unknown, // the whole file went out and no answer came: the server may have stored it
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

    // uuid: a new one, or the one the journal kept for an item restored from an earlier session.
    UploadTask(quint64 id, UploadItem item, QString destination, QUuid uuid = QUuid::createUuid(),
               QObject* parent = nullptr);

    quint64 id() const { return m_id; }   // for this run of the program
    QUuid uuid() const { return m_uuid; } // for good: journals and history name the task by it
    const QString& destination() const { return m_destination; }
    const UploadItem& item() const { return m_item; }
    const RequestPlan& plan() const { return m_plan; }
    const QList<PreflightFinding>& findings() const { return m_findings; }
    State state() const { return m_state; }
    bool isFinished() const;
    bool isActive() const { return m_state == State::Uploading || m_state == State::Waiting; }
    bool bodySent() const { return m_bodySent; }
    int attempts() const { return m_attempts; } // every request that left Hoist for this file
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesTotal() const { return m_bytesTotal; }
    double bytesPerSecond() const { return m_bytesPerSecond; }
    const ResponseRecord& response() const { return m_response; }
    const FieldExtraction::Fields& fields() const { return m_fields; }
    QString field(const QString& name) const;
    QString message() const { return m_message; }
    const QList<FollowUpResult>& followUps() const { return m_followUps; }
    // Set while the history says this content went to this destination already: the item is held
    // (blocked) until the user chooses to upload it anyway, to replace that item, or to skip it.
    const std::optional<EarlierUpload>& earlierUpload() const { return m_earlierUpload; }
    void setEarlierUpload(const std::optional<EarlierUpload>& earlier) { m_earlierUpload = earlier; }
    bool followUpFailed() const;
    // The file's bytes as the last attempt sent them (invalid when not all went), and whether the
    // service's answer showed they arrived intact.
    const FileDigest& sentDigest() const { return m_sentDigest; }
    void setSentDigest(const FileDigest& digest) { m_sentDigest = digest; }
    DeliveryCheck::Verdict delivery() const { return m_delivery; }
    void setDelivery(DeliveryCheck::Verdict delivery) { m_delivery = delivery; }

    static QString stateName(State state); // stable, for JSON and scripts
    // For people; an upload whose body is out waits for the server's answer.
    static QString stateTitle(State state, bool bodySent = false);
    static bool isFinal(State state);
    // For people, as the queue shows it: a file waiting to be tried again counts down to the next try.
    QString stateText() const;
    int secondsToNextTry() const; // while Waiting
    static QString nextTryText(int seconds);

    void setPlan(const RequestPlan& plan, const QList<PreflightFinding>& findings);
    // Per-item values (name, description, folder, replace …) changed before sending or before a retry;
    // re-plan after. Announced (stateChanged) so that the journal keeps them.
    void setMetadata(const QMap<QString, QString>& metadata);
    // Looks at the file again right before it is sent: it may have changed since it was queued.
    void refreshFile();
    void markUploading();
    void updateProgress(qint64 sent, qint64 total);
    void markBodySent();
    // Redirects and re-sends inside one attempt left Hoist as requests of their own.
    void countExtraRequests(int requests) { m_attempts += requests; }
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
    // State, message, values or results changed; previous is the state before (it may be the same).
    void stateChanged(UploadTask::State previous);
    void progressed();

private:
    void setState(State state);

    quint64 m_id;
    QUuid m_uuid;
    QString m_destination;
    UploadItem m_item;
    RequestPlan m_plan;
    QList<PreflightFinding> m_findings;
    State m_state = State::Queued;
    int m_attempts = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesTotal = 0;
    double m_bytesPerSecond = 0;
    bool m_bodySent = false;
    QElapsedTimer m_clock;
    QDeadlineTimer m_nextTry;
    qint64 m_lastSampleMs = 0;
    qint64 m_lastSampleBytes = 0;
    ResponseRecord m_response;
    FieldExtraction::Fields m_fields;
    QString m_message;
    QList<FollowUpResult> m_followUps;
    std::optional<EarlierUpload> m_earlierUpload;
    FileDigest m_sentDigest;
    DeliveryCheck::Verdict m_delivery = DeliveryCheck::Verdict::NotReported;
};
