#pragma once

#include "app/net/TransferOptions.h"
#include "app/net/TransferOutcome.h"
#include "app/requests/RequestPlan.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;
class Transfer;

// Lives on the network thread and owns its QNetworkAccessManager, so a busy GUI thread never
// slows the 16 KiB hand-offs of an upload.
class NetworkWorker : public QObject
{
    Q_OBJECT

public:
    explicit NetworkWorker(QObject* parent = nullptr);

    void start(quint64 id, const RequestPlan& plan, const TransferOptions& options);
    void cancel(quint64 id);
    void cancelAll();

signals:
    void progressed(quint64 id, qint64 sent, qint64 total);
    void bodySent(quint64 id);
    void finished(quint64 id, const TransferOutcome& outcome);

private:
    QNetworkAccessManager* m_network;
    QHash<quint64, Transfer*> m_transfers;
};
