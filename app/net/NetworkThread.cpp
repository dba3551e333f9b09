#include "app/net/NetworkThread.h"

#include "app/net/NetworkWorker.h"
#include "app/net/TransferHandle.h"

NetworkThread::NetworkThread(QObject* parent)
    : QObject(parent)
    , m_worker(new NetworkWorker)
{
    qRegisterMetaType<TransferOutcome>();
    m_thread.setObjectName(QStringLiteral("Hoist network"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &NetworkWorker::progressed, this, &NetworkThread::onProgressed);
    connect(m_worker, &NetworkWorker::bodySent, this, &NetworkThread::onBodySent);
    connect(m_worker, &NetworkWorker::finished, this, &NetworkThread::onFinished);
    m_thread.start();
}

NetworkThread::~NetworkThread()
{
    QMetaObject::invokeMethod(m_worker, &NetworkWorker::cancelAll, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

TransferHandle* NetworkThread::start(const RequestPlan& plan, const TransferOptions& options, QObject* owner)
{
    const quint64 id = m_nextId++;
    auto* handle = new TransferHandle(this, id, owner);
    m_handles.insert(id, handle);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, plan, options] { worker->start(id, plan, options); },
        Qt::QueuedConnection);
    return handle;
}

void NetworkThread::cancel(quint64 id)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
}

void NetworkThread::forget(quint64 id)
{
    m_handles.remove(id);
    cancel(id);
}

void NetworkThread::onProgressed(quint64 id, qint64 sent, qint64 total)
{
    if (TransferHandle* handle = m_handles.value(id))
        emit handle->progressed(sent, total);
}

void NetworkThread::onBodySent(quint64 id)
{
    if (TransferHandle* handle = m_handles.value(id))
        emit handle->bodySent();
}

void NetworkThread::onFinished(quint64 id, const TransferOutcome& outcome)
{
    if (const QPointer<TransferHandle> handle = m_handles.take(id))
        handle->deliver(outcome);
}
