#pragma once

#include "app/net/TransferOutcome.h"

#include <QObject>
#include <QPointer>

class NetworkThread;

// One request as its sender sees it, on the sender's thread: progress, the moment the whole body
// is out, and exactly one finished. It deletes itself after finished; deleting it earlier (or its
// parent) cancels the request.
class TransferHandle : public QObject
{
    Q_OBJECT

public:
    ~TransferHandle() override;

    void cancel();

signals:
    void progressed(qint64 sent, qint64 total);
    void bodySent();
    void finished(const TransferOutcome& outcome);

private:
    friend class NetworkThread;
    TransferHandle(NetworkThread* network, quint64 id, QObject* parent);
    void deliver(const TransferOutcome& outcome);

    QPointer<NetworkThread> m_network;
    quint64 m_id;
    bool m_finished = false;
};
