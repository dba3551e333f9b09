#pragma once

#include "app/auth/Secret.h"
#include "app/profiles/Profile.h"
#include "app/requests/UploadItem.h"
#include "app/transfers/RetryPolicy.h"
#include "app/transfers/TransferOptions.h"
#include "app/transfers/TransferOutcome.h"
#include "app/transfers/UploadTask.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>

class NetworkThread;
class QTimer;

// The files waiting, going and done: plans each item against the profile, runs up to N at once on
// the network thread, retries what is worth retrying and judges every answer by the success rule.
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
    void setTransferOptions(const TransferOptions& options) { m_options = options; }

    UploadTask* add(const UploadItem& item);
    const QList<UploadTask*>& tasks() const { return m_tasks; }
    UploadTask* task(quint64 id) const { return m_byId.value(id); }
    int indexOf(const UploadTask* task) const;

    void start();
    void cancel(quint64 id);
    void cancelAll();
    void retry(quint64 id);
    void remove(quint64 id);
    bool isRunning() const { return m_running; }
    bool isIdle() const;

signals:
    void taskAdded(UploadTask* task);
    void taskAboutToBeRemoved(UploadTask* task);
    void taskChanged(UploadTask* task);
    void finished(); // nothing left queued, running or waiting

private:
    void plan(UploadTask* task);
    void pump();
    void dispatch(UploadTask* task);
    void onProgress(quint64 id, qint64 sent, qint64 total);
    void onFinished(quint64 id, const TransferOutcome& outcome);
    void judge(UploadTask* task, const TransferOutcome& outcome);
    void scheduleRetry(UploadTask* task, int delayMs, const QString& reason, const ResponseRecord& response);
    void checkIdle();

    NetworkThread* m_network;
    Profile m_profile;
    QMap<QString, QString> m_variables;
    Secret m_secret;
    RetryPolicy m_retryPolicy;
    TransferOptions m_options;
    int m_concurrency = DefaultConcurrency;
    bool m_running = false;
    QList<UploadTask*> m_tasks;
    QHash<quint64, UploadTask*> m_byId;
    QHash<quint64, QTimer*> m_retryTimers;
    int m_inFlight = 0;
};
