#pragma once

#include "app/net/TransferHandle.h"
#include "app/net/TransferOptions.h"
#include "app/net/TransferOutcome.h"
#include "app/requests/RequestPlanner.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class NetworkThread;
class UploadTask;

// The profile's steps after a successful upload (Mayan's metadata, say), one after the other. A
// failed step is recorded on the task and the rest still run: the upload itself worked and the
// task ends as a success, with the failures in its message.
class FollowUpRunner : public QObject
{
    Q_OBJECT

public:
    explicit FollowUpRunner(NetworkThread* network, QObject* parent = nullptr);

    void start(UploadTask* task, const QList<RequestPlanner::FollowUpRequest>& requests,
               const TransferOptions& options);
    bool isRunning(const UploadTask* task) const { return m_runs.contains(task); }
    // The step in flight ends as cancelled, the ones after it are dropped.
    void cancel(UploadTask* task);

signals:
    void finished(UploadTask* task);

private:
    struct Run
    {
        QList<RequestPlanner::FollowUpRequest> requests;
        qsizetype next = 0;
        TransferOptions options;
        QPointer<TransferHandle> inFlight;
    };
    void sendNext(UploadTask* task);
    void onStepFinished(UploadTask* task, const TransferOutcome& outcome);

    NetworkThread* m_network;
    QHash<const UploadTask*, Run> m_runs;
};
