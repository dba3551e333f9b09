#include "app/cli/Console.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

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

bool Console::errIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

bool Console::inIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

QString Console::readLine(const QString& prompt)
{
    if (inIsTerminal())
        err(prompt);
    return readInputLine();
}

QString Console::readSecretLine(const QString& prompt)
{
    const bool terminal = inIsTerminal();
    termios saved{};
    if (terminal) {
        err(prompt);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    const QString line = readInputLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
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
