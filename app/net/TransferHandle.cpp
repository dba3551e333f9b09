#include "app/net/TransferHandle.h"

#include "app/net/NetworkThread.h"

TransferHandle::TransferHandle(NetworkThread* network, quint64 id, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_id(id)
{
}

TransferHandle::~TransferHandle()
{
    if (!m_finished && m_network)
        m_network->forget(m_id);
}

void TransferHandle::cancel()
{
    if (!m_finished && m_network)
        m_network->cancel(m_id);
}

void TransferHandle::deliver(const TransferOutcome& outcome)
{
    m_finished = true;
    emit finished(outcome);
    deleteLater();
}
