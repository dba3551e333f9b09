#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Writes text to the terminal in UTF-8, whatever the locale, and reads what is typed.
class Console
{
public:
    static void out(const QString& text);
    static void err(const QString& text);
    // Prints rows as left-aligned columns; the first row is the heading.
    static void table(const QList<QStringList>& rows);
    // Reads one line from standard input without echo when it is a terminal (for secrets).
    static QString readSecretLine(const QString& prompt);
    // A line typed by the user (the prompt goes to stderr when stdin is a terminal).
    static QString readLine(const QString& prompt);

private:
    static QString readInputLine();
};
