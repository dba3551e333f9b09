#pragma once

#include "app/transfers/UploadTask.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <array>
#include <list>

// The queue's tasks in the order the user sees them, with what scheduling asks for at every event
// kept current as tasks change state: the queued ones in sending order and a count per state, so
// no decision rescans every task.
class TaskList : public QObject
{
    Q_OBJECT

public:
    explicit TaskList(QObject* parent = nullptr);

    void append(UploadTask* task); // takes ownership
    void remove(UploadTask* task); // deletes it later
    const QList<UploadTask*>& tasks() const { return m_tasks; }
    UploadTask* byId(quint64 id) const { return m_byId.value(id); }
    UploadTask* byPath(const QString& absolutePath) const { return m_byPath.value(absolutePath); }
    int indexOf(const UploadTask* task) const;
    int count(UploadTask::State state) const { return m_counts[std::size_t(state)]; }

    UploadTask* firstQueued() const { return m_queued.empty() ? nullptr : m_queued.front(); }
    void sendFirst(UploadTask* task); // a queued task goes out before the others

signals:
    void stateChanged(UploadTask* task, UploadTask::State previous);

private:
    void enter(UploadTask* task, UploadTask::State state);
    void leave(UploadTask* task, UploadTask::State state);

    QList<UploadTask*> m_tasks;
    QHash<quint64, UploadTask*> m_byId;
    QHash<QString, UploadTask*> m_byPath;
    std::list<UploadTask*> m_queued;
    QHash<const UploadTask*, std::list<UploadTask*>::iterator> m_queuedAt;
    std::array<int, std::size_t(UploadTask::State::Unknown) + 1> m_counts{};
};
