#pragma once

#include "app/auth/Secret.h"
#include "app/profiles/Profile.h"
#include "app/requests/RequestPlanner.h"
#include "app/requests/UploadItem.h"
#include "app/transfers/RetryPolicy.h"
#include "app/transfers/TransferOptions.h"
#include "app/transfers/TransferOutcome.h"
#include "app/transfers/UploadTask.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>

class AccessTokenProvider;
class NetworkThread;
class QTimer;

// The files waiting, going and done: plans each item against the profile (its replace operation when
// the item names what it replaces), runs up to N at once on the network thread, buys access tokens
// for token schemes, retries what is worth retrying, judges every answer by the success rule and
// runs the profile's follow-up steps after each upload.
class UploadQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultConcurrency = 4;

    explicit UploadQueue(NetworkThread* network, QObject* parent = nullptr);

    // Applies to every item not yet sent; queued and blocked items are planned again, and a running
    // queue sends those that are now ready.
    void setProfile(const Profile& profile, const QMap<QString, QString>& variables = {},
                    const Secret& secret = {});
    const Profile& profile() const { return m_profile; }
    void setConcurrency(int concurrency);
    int concurrency() const { return m_concurrency; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    void setTransferOptions(const TransferOptions& options);

    // Adds a file; nullptr when the file is in the queue already (a second drop of the same folder
    // adds nothing twice; Clear Finished or Remove make room for it again).
    UploadTask* add(const UploadItem& item);
    bool contains(const QString& path) const;
    UploadTask* taskFor(const QString& path) const;
    const QList<UploadTask*>& tasks() const { return m_tasks; }
    UploadTask* task(quint64 id) const { return m_byId.value(id); }
    int indexOf(const UploadTask* task) const;

    void start();
    // Sends nothing new; what is on its way finishes. start() goes on.
    void pause();
    // These queued items go out before the others, and the queue starts.
    void startFirst(const QList<quint64>& ids);
    void cancel(quint64 id);
    void cancelAll();
    void retry(quint64 id);
    void remove(quint64 id);
    void clearFinished(); // removes what succeeded or was cancelled; failures stay to be retried
    // New per-item values for an item not sent yet: planned and checked again at once.
    void setMetadata(quint64 id, const QMap<QString, QString>& metadata);
    bool isRunning() const { return m_running; }
    bool isIdle() const;

signals:
    void taskAdded(UploadTask* task);
    void taskAboutToBeRemoved(UploadTask* task);
    void taskChanged(UploadTask* task);
    void finished(); // nothing left queued, running or waiting

private:
    struct FollowUpRun
    {
        QList<RequestPlanner::FollowUpRequest> requests;
        qsizetype next = 0;
        quint64 requestId = 0;
    };

    const Profile& profileFor(const UploadTask* task) const;
    Secret planningSecret() const;
    std::optional<Secret> sendingSecret(int* tokenGeneration);
    void plan(UploadTask* task);
    void pump();
    bool dispatch(UploadTask* task); // false: it waits for an access token
    void onTokenFailed(const QString& message, const ResponseRecord& response);
    bool refreshTokenFor(UploadTask* task, const TransferOutcome& outcome);
    void startFollowUps(UploadTask* task, const ResponseRecord& response,
                        const FieldExtraction::Fields& fields);
    void sendNextFollowUp(UploadTask* task);
    void onFollowUpFinished(UploadTask* task, const TransferOutcome& outcome);
    void onProgress(quint64 id, qint64 sent, qint64 total);
    void onFinished(quint64 id, const TransferOutcome& outcome);
    void judge(UploadTask* task, const TransferOutcome& outcome);
    void scheduleRetry(UploadTask* task, int delayMs, const QString& reason, const ResponseRecord& response);
    void checkIdle();

    NetworkThread* m_network;
    AccessTokenProvider* m_tokens;
    Profile m_profile;
    Profile m_replaceProfile;
    QMap<QString, QString> m_variables;
    Secret m_secret;
    RetryPolicy m_retryPolicy;
    TransferOptions m_options;
    int m_concurrency = DefaultConcurrency;
    bool m_running = false;
    QList<UploadTask*> m_tasks;
    QHash<quint64, UploadTask*> m_byId;
    QHash<QString, quint64> m_byPath; // absolute path → task, for duplicates
    QHash<quint64, QTimer*> m_retryTimers;
    int m_inFlight = 0;
    QHash<quint64, int> m_tokenGenerationUsed; // task → the token it was sent with
    QSet<quint64> m_refreshedFor;              // tasks already re-sent once with a new token
    QHash<quint64, FollowUpRun> m_followUps;   // task → its steps
    QHash<quint64, quint64> m_followUpTasks;   // follow-up request → task
};
