#include "app/storage/HistoryCsv.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QStringList HistoryCsv::header()
{
    return {u"time"_s,    u"status"_s,      u"file"_s, u"size"_s, u"profile"_s,
            u"address"_s, u"http_status"_s, u"id"_s,   u"url"_s,  u"message"_s};
}

QStringList HistoryCsv::row(const HistoryRecord& record)
{
    return {record.time.toUTC().toString(Qt::ISODate),
            HistoryRecord::stateName(record.state),
            record.path,
            record.size >= 0 ? QString::number(record.size) : QString(),
            record.profile,
            record.address(),
            record.httpStatus > 0 ? QString::number(record.httpStatus) : QString(),
            record.field(u"id"_s),
            record.field(u"url"_s),
            record.message};
}

QByteArray HistoryCsv::toCsv(const QList<HistoryRecord>& records)
{
    const auto line = [](const QStringList& fields) -> QString {
        QStringList quoted;
        for (const QString& text : fields)
            quoted.append(field(text));
        return quoted.join(u',') + u"\r\n"_s;
    };
    QString csv = line(header());
    for (const HistoryRecord& record : records)
        csv += line(row(record));
    return csv.toUtf8();
}

bool HistoryCsv::write(const QString& path, const QList<HistoryRecord>& records, QString* error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(toCsv(records)) >= 0 && file.commit())
        return true;
    if (error)
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

QString HistoryCsv::field(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\r') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}
