#include "app/transfers/QueueModel.h"

#include "app/transfers/UploadQueue.h"
#include "app/transfers/UploadTask.h"

#include <QLocale>

using namespace Qt::StringLiterals;

QueueModel::QueueModel(UploadQueue* queue, QObject* parent)
    : QAbstractTableModel(parent)
{
    for (UploadTask* task : queue->tasks())
        onTaskAdded(task);
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
        if (index.column() == MessageColumn || index.column() == StatusColumn)
            return task->message().isEmpty() ? QVariant() : QVariant(task->message());
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
        return task->item().mimeType;
    case DestinationColumn:
        return task->destination();
    case StatusColumn:
        return task->stateText();
    case ProgressColumn: {
        const int percent = sortData(task, ProgressColumn).toInt();
        return percent < 0 ? QString() : QString::number(percent) + u'%';
    }
    case SpeedColumn:
        return task->bytesPerSecond() > 0
                   ? tr("%1/s").arg(locale.formattedDataSize(qint64(task->bytesPerSecond())))
                   : QString();
    case ResultColumn: {
        QStringList parts;
        for (const auto& [name, value] : task->fields())
            parts.append(name + u'=' + value);
        return parts.join(u"  "_s);
    }
    case MessageColumn:
        return task->message();
    default:
        return QVariant();
    }
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
}

void QueueModel::onTaskAboutToBeRemoved(UploadTask* task)
{
    const int row = m_rowOf.value(task, -1);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_rowOf.remove(task);
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i), i);
    endRemoveRows();
}

void QueueModel::onTaskChanged(UploadTask* task)
{
    const int row = m_rowOf.value(task, -1);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

// Only the columns that bytes move: a busy upload repaints no more than it must.
void QueueModel::onTaskProgressed(UploadTask* task)
{
    const int row = m_rowOf.value(task, -1);
    if (row >= 0)
        emit dataChanged(index(row, StatusColumn), index(row, SpeedColumn));
}
