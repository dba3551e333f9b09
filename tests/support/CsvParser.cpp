#include "tests/support/CsvParser.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

std::optional<QList<QStringList>> CsvParser::parse(const QByteArray& utf8, QString* error)
{
    const auto fail = [error](const QString& why, qsizetype at) -> std::optional<QList<QStringList>> {
        if (error)
            *error = why + u" at character "_s + QString::number(at);
        return std::nullopt;
    };
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(utf8);
    if (decoder.hasError())
        return fail(u"not UTF-8"_s, 0);

    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool closedQuote = false; // the field was quoted and its closing quote has been read
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (inQuotes) {
            if (c != u'"') {
                field += c;
            } else if (at + 1 < text.size() && text.at(at + 1) == u'"') {
                field += text.at(++at);
            } else {
                inQuotes = false;
                closedQuote = true;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || closedQuote)
                return fail(u"a quote inside an unquoted field"_s, at);
            inQuotes = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            closedQuote = false;
        } else if (c == u'\r') {
            if (at + 1 >= text.size() || text.at(at + 1) != u'\n')
                return fail(u"CR without LF"_s, at);
            ++at;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            closedQuote = false;
        } else if (c == u'\n') {
            return fail(u"LF without CR"_s, at);
        } else if (closedQuote) {
            return fail(u"text after a closing quote"_s, at);
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return fail(u"a quoted field that never ends"_s, text.size());
    if (!field.isEmpty() || !record.isEmpty() || closedQuote)
        return fail(u"a last record without CRLF"_s, text.size());
    return records;
}
