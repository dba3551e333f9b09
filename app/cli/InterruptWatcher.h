#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal (through a self-pipe), so Ctrl+C cancels uploads
// cleanly and reports them instead of killing the process mid-request.
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
