#pragma once

#include "app/requests/RequestPlan.h"
#include "app/transfers/TransferOptions.h"
#include "app/transfers/TransferOutcome.h"

#include <QObject>
#include <QThread>

class NetworkWorker;

// The thread that does all HTTP work. Called from the GUI (or CLI) thread; its signals arrive
// there, queued.
class NetworkThread : public QObject
{
    Q_OBJECT

public:
    explicit NetworkThread(QObject* parent = nullptr);
    ~NetworkThread() override;

    // Ids tell the users of the one thread (the queue, checks, listings) their answers apart.
    static quint64 newId();
    void start(quint64 id, const RequestPlan& plan, const TransferOptions& options);
    void cancel(quint64 id);

signals:
    void progressed(quint64 id, qint64 sent, qint64 total);
    void finished(quint64 id, const TransferOutcome& outcome);

private:
    QThread m_thread;
    NetworkWorker* m_worker;
};
