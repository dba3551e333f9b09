#pragma once

#include <QObject>

class QSocketNotifier;

// Turns Ctrl+C and a request to terminate into a Qt signal, so the command line cancels uploads
// cleanly and reports them instead of being killed mid-request.
//
// Operating-system specific. POSIX (Linux, macOS): platform/posix/InterruptWatcher.cpp, SIGINT and
// SIGTERM through a self-pipe. Windows would register SetConsoleCtrlHandler() for CTRL_C_EVENT,
// CTRL_BREAK_EVENT and CTRL_CLOSE_EVENT, and post the signal with QMetaObject::invokeMethod (the
// handler runs on a thread of its own).
class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

signals:
    void interrupted();

private:
    static void handle(int signalNumber);

    QSocketNotifier* m_notifier = nullptr;
};
