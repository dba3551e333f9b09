#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;
class UploadQueue;

// A queue that finishes while the user works elsewhere says so: a desktop notification with what
// came of it (clicking it brings the window back) and the window's attention mark.
class FinishedNotice : public QObject
{
    Q_OBJECT

public:
    FinishedNotice(UploadQueue* queue, QWidget* window);

private:
    void show();

    UploadQueue* m_queue;
    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
};
