#include "ui/FinishedNotice.h"

#include "app/transfers/UploadQueue.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

FinishedNotice::FinishedNotice(UploadQueue* queue, QWidget* window)
    : QObject(window)
    , m_queue(queue)
    , m_window(window)
{
    connect(m_queue, &UploadQueue::finished, this, &FinishedNotice::show);
}

void FinishedNotice::show()
{
    if (m_window->isActiveWindow())
        return;
    const int failed = m_queue->count(UploadTask::State::Failed);
    const int unknown = m_queue->count(UploadTask::State::Unknown);
    const QString message = tr("%n file(s) uploaded", nullptr, m_queue->count(UploadTask::State::Succeeded)) +
                            (failed > 0 ? tr(", %n failed", nullptr, failed) : QString()) +
                            (unknown > 0 ? tr(", %n with an unknown outcome", nullptr, unknown) : QString());
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [window = m_window] {
                window->showNormal();
                window->activateWindow();
            });
        }
        m_tray->show();
        m_tray->showMessage(tr("Hoist: the queue is done"), message,
                            failed > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    }
    QApplication::alert(m_window);
}
