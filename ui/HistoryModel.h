#pragma once

#include "app/storage/HistoryRecord.h"

#include <QAbstractTableModel>
#include <QList>

// Upload history records as a table for the history window: formatted text through DisplayRole, raw
// values through SortRole, so that the time sorts by the moment and the size by bytes.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        StatusColumn,
        FileColumn,
        SizeColumn,
        ProfileColumn,
        HttpStatusColumn,
        IdColumn,
        UrlColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        RecordIdRole,
    };

    explicit HistoryModel(QObject* parent = nullptr);

    void setRecords(const QList<HistoryRecord>& records);
    const QList<HistoryRecord>& records() const { return m_records; }
    const HistoryRecord& recordAt(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // For people, in the user's language.
    static QString stateTitle(HistoryRecord::State state);
    // The address the service gave the stored file (the extracted "url"), as presets name it.
    static QString urlOf(const HistoryRecord& record);

private:
    QVariant displayData(const HistoryRecord& record, int column) const;
    QVariant sortData(const HistoryRecord& record, int column) const;

    QList<HistoryRecord> m_records;
};
