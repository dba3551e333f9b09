#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

class QTimer;

class UploadQueue;
class UploadTask;

// The queue as a table for views: formatted text through DisplayRole, raw numbers through SortRole
// (as qBittorrent's transfer list does), so sorting and delegates never parse display strings.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        TypeColumn,
        DestinationColumn, // the profile the file was queued under: where it goes, also on retry
        StatusColumn,
        ProgressColumn,
        SpeedColumn,
        ResultColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        TaskIdRole,
        ProgressRole, // 0–100, or -1 when unknown
    };

    explicit QueueModel(UploadQueue* queue, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The texts of a row's cells that views measure their columns by.
    static QString pausedText();
    static QString speedText(double bytesPerSecond);

    UploadTask* taskAt(int row) const;
    int rowOf(const UploadTask* task) const { return m_rowOf.value(task, -1); }

private:
    void onTaskAdded(UploadTask* task);
    void onTaskAboutToBeRemoved(UploadTask* task);
    void onTaskChanged(UploadTask* task);
    void onTaskProgressed(UploadTask* task);
    QVariant displayData(const UploadTask* task, int column) const;
    QVariant sortData(const UploadTask* task, int column) const;
    QString statusText(const UploadTask* task) const;
    QString messageText(const UploadTask* task) const;
    void onRunningChanged();
    void trackWaiting(UploadTask* task);
    void countDown();

    UploadQueue* m_queue;
    QTimer* m_countdown; // ticks while a file waits for its next try
    QSet<const UploadTask*> m_waiting;
    QList<UploadTask*> m_rows;
    QHash<const UploadTask*, int> m_rowOf;
};
