#include "ui/HistoryModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setRecords(const QList<HistoryRecord>& records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return QVariant();
    const HistoryRecord& record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(record, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(record.time.toLocalTime(), QLocale::LongFormat);
        case FileColumn:
            return record.path;
        case StatusColumn:
        case MessageColumn:
            return record.message.isEmpty() ? QVariant() : QVariant(record.message);
        case ProfileColumn:
            return record.address().isEmpty() ? QVariant() : QVariant(record.address());
        case UrlColumn:
            return displayData(record, index.column());
        default:
            return QVariant();
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == HttpStatusColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortRole:
        return sortData(record, index.column());
    case RecordIdRole:
        return record.id;
    default:
        return QVariant();
    }
}

QVariant HistoryModel::displayData(const HistoryRecord& record, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat);
    case StatusColumn:
        return stateTitle(record.state);
    case FileColumn:
        return record.fileName();
    case SizeColumn:
        return record.size < 0 ? QString() : QLocale().formattedDataSize(record.size);
    case ProfileColumn:
        return record.profile;
    case HttpStatusColumn:
        return record.httpStatus > 0 ? QString::number(record.httpStatus) : QString();
    case IdColumn:
        return record.field(u"id"_s);
    case UrlColumn:
        return urlOf(record);
    case MessageColumn:
        // One line in the table; the tooltip has all of it.
        return record.message.section(u'\n', 0, 0);
    default:
        return QVariant();
    }
}

QVariant HistoryModel::sortData(const HistoryRecord& record, int column) const
{
    switch (column) {
    case TimeColumn:
        return record.time.toMSecsSinceEpoch();
    case SizeColumn:
        return record.size;
    case HttpStatusColumn:
        return record.httpStatus;
    default:
        return displayData(record, column);
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::ToolTipRole && section == HttpStatusColumn)
        return tr("The HTTP status the server answered with");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StatusColumn:
        return tr("Status");
    case FileColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case ProfileColumn:
        return tr("Profile");
    case HttpStatusColumn:
        return tr("HTTP");
    case IdColumn:
        return tr("Id");
    case UrlColumn:
        return tr("URL");
    case MessageColumn:
        return tr("Message");
    default:
        return QVariant();
    }
}

QString HistoryModel::stateTitle(HistoryRecord::State state)
{
    switch (state) {
    case HistoryRecord::State::Succeeded:
        return tr("Uploaded");
    case HistoryRecord::State::Failed:
        return tr("Failed");
    case HistoryRecord::State::Cancelled:
        return tr("Cancelled");
    case HistoryRecord::State::Unknown:
        return tr("Outcome unknown");
    case HistoryRecord::State::Blocked:
        return tr("Not sent");
    }
    return QString();
}

QString HistoryModel::urlOf(const HistoryRecord& record)
{
    return record.field(u"url"_s);
}
