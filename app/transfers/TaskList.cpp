#include "app/transfers/TaskList.h"

#include <QFileInfo>

TaskList::TaskList(QObject* parent)
    : QObject(parent)
{
}

void TaskList::append(UploadTask* task)
{
    task->setParent(this);
    m_tasks.append(task);
    m_byId.insert(task->id(), task);
    m_byPath.insert(QFileInfo(task->item().path).absoluteFilePath(), task);
    enter(task, task->state());
    connect(task, &UploadTask::stateChanged, this, [this, task](UploadTask::State previous) {
        if (previous != task->state()) {
            leave(task, previous);
            enter(task, task->state());
        }
        emit stateChanged(task, previous);
    });
}

void TaskList::remove(UploadTask* task)
{
    disconnect(task, nullptr, this, nullptr);
    leave(task, task->state());
    m_tasks.removeOne(task);
    m_byId.remove(task->id());
    m_byPath.remove(QFileInfo(task->item().path).absoluteFilePath());
    task->deleteLater();
}

int TaskList::indexOf(const UploadTask* task) const
{
    return m_tasks.indexOf(const_cast<UploadTask*>(task));
}

void TaskList::sendFirst(UploadTask* task)
{
    const auto at = m_queuedAt.find(task);
    if (at == m_queuedAt.end())
        return;
    m_queued.splice(m_queued.begin(), m_queued, *at);
}

void TaskList::enter(UploadTask* task, UploadTask::State state)
{
    ++m_counts[std::size_t(state)];
    if (state == UploadTask::State::Queued)
        m_queuedAt.insert(task, m_queued.insert(m_queued.end(), task));
}

void TaskList::leave(UploadTask* task, UploadTask::State state)
{
    --m_counts[std::size_t(state)];
    if (state == UploadTask::State::Queued) {
        if (const auto at = m_queuedAt.find(task); at != m_queuedAt.end()) {
            m_queued.erase(*at);
            m_queuedAt.erase(at);
        }
    }
}
