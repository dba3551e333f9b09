#include "app/net/NetworkWorker.h"

#include "app/net/Transfer.h"

#include <QNetworkAccessManager>

NetworkWorker::NetworkWorker(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void NetworkWorker::start(quint64 id, const RequestPlan& plan, const TransferOptions& options)
{
    auto* transfer = new Transfer(plan, options, m_network, this);
    m_transfers.insert(id, transfer);
    connect(transfer, &Transfer::progressed, this,
            [this, id](qint64 sent, qint64 total) { emit progressed(id, sent, total); });
    connect(transfer, &Transfer::bodySent, this, [this, id] { emit bodySent(id); });
    connect(transfer, &Transfer::finished, this, [this, id, transfer](const TransferOutcome& outcome) {
        m_transfers.remove(id);
        transfer->deleteLater();
        emit finished(id, outcome);
    });
    transfer->start();
}

void NetworkWorker::cancel(quint64 id)
{
    if (Transfer* transfer = m_transfers.value(id))
        transfer->cancel();
}

void NetworkWorker::cancelAll()
{
    const QList<Transfer*> running = m_transfers.values();
    for (Transfer* transfer : running)
        transfer->cancel();
}
