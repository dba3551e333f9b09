#include "app/transfers/QueueModel.h"

#include "app/transfers/UploadQueue.h"
#include "app/transfers/UploadTask.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

QueueModel::QueueModel(UploadQueue* queue, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_countdown(new QTimer(this))
{
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &QueueModel::countDown);
    for (UploadTask* task : queue->tasks())
        onTaskAdded(task);
    connect(queue, &UploadQueue::runningChanged, this, &QueueModel::onRunningChanged);
    connect(queue, &UploadQueue::taskAdded, this, &QueueModel::onTaskAdded);
    connect(queue, &UploadQueue::taskAboutToBeRemoved, this, &QueueModel::onTaskAboutToBeRemoved);
    connect(queue, &UploadQueue::taskChanged, this, &QueueModel::onTaskChanged);
    connect(queue, &UploadQueue::taskProgressed, this, &QueueModel::onTaskProgressed);
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

UploadTask* QueueModel::taskAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    const UploadTask* task = index.isValid() ? taskAt(index.row()) : nullptr;
    if (!task)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(task, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return task->item().path;
        if (index.column() == MessageColumn || index.column() == StatusColumn) {
            const QString message = messageText(task);
            return message.isEmpty() ? QVariant() : QVariant(message);
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == SpeedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortRole:
        return sortData(task, index.column());
    case TaskIdRole:
        return task->id();
    case ProgressRole:
        return sortData(task, ProgressColumn);
    default:
        return QVariant();
    }
}

QVariant QueueModel::displayData(const UploadTask* task, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return task->item().fileName();
    case SizeColumn:
        return task->item().size < 0 ? QString() : locale.formattedDataSize(task->item().size);
    case TypeColumn:
        return task->item().contentType();
    case DestinationColumn:
        return task->destination();
    case StatusColumn:
        return statusText(task);
    case ProgressColumn: {
        const int percent = sortData(task, ProgressColumn).toInt();
        return percent < 0 ? QString() : QString::number(percent) + u'%';
    }
    case SpeedColumn:
        return task->bytesPerSecond() > 0 ? speedText(task->bytesPerSecond()) : QString();
    case ResultColumn: {
        QStringList parts;
        for (const auto& [name, value] : task->fields())
            parts.append(name + u'=' + value);
        return parts.join(u"  "_s);
    }
    case MessageColumn:
        return messageText(task);
    default:
        return QVariant();
    }
}

QString QueueModel::pausedText()
{
    return tr("Paused");
}

QString QueueModel::speedText(double bytesPerSecond)
{
    return tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
}

QString QueueModel::statusText(const UploadTask* task) const
{
    if (task->state() == UploadTask::State::Queued && m_queue->isPaused())
        return pausedText();
    return task->stateText();
}

// Why a queued file has not gone yet, when nothing more particular was said.
QString QueueModel::messageText(const UploadTask* task) const
{
    if (task->state() != UploadTask::State::Queued || !task->message().isEmpty())
        return task->message();
    if (m_queue->isPaused())
        return tr("Paused: it goes when you press Start.");
    if (m_queue->isRunning())
        return tr("Waiting for its turn: %n file(s) at a time.", nullptr, m_queue->concurrency());
    return tr("Goes when you press Start.");
}

QVariant QueueModel::sortData(const UploadTask* task, int column) const
{
    switch (column) {
    case SizeColumn:
        return task->item().size;
    case StatusColumn:
        return int(task->state());
    case ProgressColumn:
        if (task->state() == UploadTask::State::Succeeded)
            return 100;
        // A failed or refused file shows no bar: "100%" next to "Failed" reads like a success.
        if (task->bytesTotal() <= 0 || task->isFinished() || task->state() == UploadTask::State::Queued)
            return -1;
        return int(task->bytesSent() * 100 / task->bytesTotal());
    case SpeedColumn:
        return task->bytesPerSecond();
    default:
        return displayData(task, column);
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case TypeColumn:
        return tr("Type");
    case DestinationColumn:
        return tr("Destination");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case ResultColumn:
        return tr("Result");
    case MessageColumn:
        return tr("Details");
    default:
        return QVariant();
    }
}

void QueueModel::onTaskAdded(UploadTask* task)
{
    const int row = int(m_rows.size());
    beginInsertRows(QModelIndex(), row, row);
    m_rows.append(task);
    m_rowOf.insert(task, row);
    endInsertRows();
    trackWaiting(task);
}

void QueueModel::onTaskAboutToBeRemoved(UploadTask* task)
{
    const int row = m_rowOf.value(task, -1);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_rowOf.remove(task);
    m_waiting.remove(task);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i), i);
    endRemoveRows();
}

void QueueModel::onTaskChanged(UploadTask* task)
{
    const int row = m_rowOf.value(task, -1);
    if (row < 0)
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    trackWaiting(task);
}

void QueueModel::onRunningChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, MessageColumn));
}

void QueueModel::trackWaiting(UploadTask* task)
{
    if (task->state() == UploadTask::State::Waiting)
        m_waiting.insert(task);
    else
        m_waiting.remove(task);
    if (m_waiting.isEmpty())
        m_countdown->stop();
    else if (!m_countdown->isActive())
        m_countdown->start();
}

void QueueModel::countDown()
{
    for (const UploadTask* task : std::as_const(m_waiting)) {
        const int row = m_rowOf.value(task, -1);
        emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
    }
}

// Only the columns that bytes move: a busy upload repaints no more than it must.
void QueueModel::onTaskProgressed(UploadTask* task)
{
    const int row = m_rowOf.value(task, -1);
    if (row >= 0)
        emit dataChanged(index(row, StatusColumn), index(row, SpeedColumn));
}
