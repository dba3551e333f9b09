#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The command line as the bytes the shell passed. On Linux a file name is bytes; Qt 6.4 decodes argv
// as UTF-8 and replaces what is not UTF-8 with U+FFFD (QFile::decodeName too, so it does not round
// trip), and "caf\xE9.png" then reads as a file that does not exist. With the bytes Hoist can say why.
//
// Operating-system specific. POSIX (Linux, macOS): platform/posix/RawArguments.cpp. On Windows file
// names and the command line are UTF-16 and Qt reads them with GetCommandLineW(), so every name
// decodes: the Windows version keeps nothing and undecodable() is always empty (argv there is in
// the ANSI code page, and comparing it would report good names as broken).
class RawArguments
{
public:
    RawArguments() = default;
    RawArguments(int argc, char** argv);

    // The bytes of the argument Qt decoded to `decoded`, when they are not valid UTF-8.
    std::optional<QByteArray> undecodable(const QString& decoded) const;

private:
    QList<QByteArray> m_arguments;
};
