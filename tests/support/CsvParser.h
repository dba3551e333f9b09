#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A strict RFC 4180 reader, written apart from the code that writes CSV, for checking what Hoist
// exports: UTF-8, fields quoted with their quotes doubled, CRLF after every record. Anything else
// (a bare LF, a stray quote, bad UTF-8) is no CSV: nothing comes back and *error says where.
class CsvParser
{
public:
    static std::optional<QList<QStringList>> parse(const QByteArray& utf8, QString* error = nullptr);
};
