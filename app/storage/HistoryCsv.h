#pragma once

#include "app/storage/HistoryRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// History records as RFC 4180 CSV for spreadsheets and scripts: a header row, then one row per record
// (time in ISO 8601 UTC, the stable status name, the file's path, size, profile, address, HTTP status,
// the extracted id and URL, the message), UTF-8, CRLF line ends.
class HistoryCsv
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCsv)

public:
    static QStringList header();
    static QStringList row(const HistoryRecord& record);
    static QByteArray toCsv(const QList<HistoryRecord>& records);
    // Writes the file whole or not at all (a half-written export is never left behind).
    static bool write(const QString& path, const QList<HistoryRecord>& records, QString* error = nullptr);
    // A field as RFC 4180 wants it: quoted, with its quotes doubled, when it holds a comma, a quote, CR or
    // LF; as it is otherwise.
    static QString field(const QString& text);
};
