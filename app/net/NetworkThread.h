#pragma once

#include "app/net/TransferOptions.h"
#include "app/net/TransferOutcome.h"
#include "app/requests/RequestPlan.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>

class NetworkWorker;
class TransferHandle;

// The thread that does all HTTP work. Used from one thread (the GUI's or the command line's);
// each request answers through its own handle there.
class NetworkThread : public QObject
{
    Q_OBJECT

public:
    explicit NetworkThread(QObject* parent = nullptr);
    ~NetworkThread() override;

    // The handle is a child of owner: when owner goes, the request is cancelled.
    TransferHandle* start(const RequestPlan& plan, const TransferOptions& options, QObject* owner);

private:
    friend class TransferHandle;
    void cancel(quint64 id);
    void forget(quint64 id); // the handle went away before its request ended: cancel it quietly
    void onProgressed(quint64 id, qint64 sent, qint64 total);
    void onBodySent(quint64 id);
    void onFinished(quint64 id, const TransferOutcome& outcome);

    QThread m_thread;
    NetworkWorker* m_worker;
    QHash<quint64, QPointer<TransferHandle>> m_handles;
    quint64 m_nextId = 1;
};
