#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the hoist binary under test ($HOIST_BINARY, set by CTest) the way a script does: arguments,
// standard input, environment; blocking, for test code only.
class HoistProcess
{
public:
    struct Run
    {
        int exitCode = -1;     // -1 unless hoist exited by itself (not crashed, not killed)
        QString out;           // standard output, decoded as UTF-8
        QString err;           // standard error, decoded as UTF-8
        bool finished = false; // ended within the timeout (false also when it could not start)
    };

    // Writes `input` to hoist's standard input and closes it; kills hoist after `timeoutMs`.
    static Run run(const QStringList& arguments, const QByteArray& input = {},
                   const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
                   int timeoutMs = 120'000);

    // This process's environment with HOME at `home`, the XDG base directories under it (as on a
    // fresh account: .config, .local/share, .cache, .local/state) and no HOIST_SECRET. The session
    // bus and everything else stay.
    static QProcessEnvironment environmentWithHome(const QString& home);
    // Moves this test process itself there (same variables), so that what the test does in-process
    // and every hoist run with the default environment write under `home`.
    static void useHome(const QString& home);
};
