#include "app/cli/Console.h"

#include "app/platform/Terminal.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>

void Console::out(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::err(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString Console::readLine(const QString& prompt)
{
    if (Terminal::inputIsTerminal())
        err(prompt);
    return readInputLine();
}

QString Console::readSecretLine(const QString& prompt)
{
    const bool terminal = Terminal::inputIsTerminal();
    if (terminal) {
        err(prompt);
        Terminal::setInputEcho(false);
    }
    const QString line = readInputLine();
    if (terminal) {
        Terminal::setInputEcho(true);
        err(QStringLiteral("\n"));
    }
    return line;
}

QString Console::readInputLine()
{
    QFile input;
    (void)input.open(stdin, QIODevice::ReadOnly, QFileDevice::DontCloseHandle);
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

void Console::table(const QList<QStringList>& rows)
{
    QList<qsizetype> widths(rows.value(0).size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            widths[column] = qMax(widths[column], row[column].size());
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size() && column < widths.size(); ++column)
            line += row[column].leftJustified(widths[column] + 2);
        out(line.trimmed() + u'\n');
    }
}
