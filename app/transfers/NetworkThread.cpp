#include "app/transfers/NetworkThread.h"

#include "app/transfers/NetworkWorker.h"

#include <atomic>

NetworkThread::NetworkThread(QObject* parent)
    : QObject(parent)
    , m_worker(new NetworkWorker)
{
    m_thread.setObjectName(QStringLiteral("Hoist network"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &NetworkWorker::progressed, this, &NetworkThread::progressed);
    connect(m_worker, &NetworkWorker::finished, this, &NetworkThread::finished);
    m_thread.start();
}

NetworkThread::~NetworkThread()
{
    QMetaObject::invokeMethod(m_worker, &NetworkWorker::cancelAll, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

quint64 NetworkThread::newId()
{
    static std::atomic<quint64> next{1};
    return next++;
}

void NetworkThread::start(quint64 id, const RequestPlan& plan, const TransferOptions& options)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, plan, options] { worker->start(id, plan, options); },
        Qt::QueuedConnection);
}

void NetworkThread::cancel(quint64 id)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
}
