#pragma once

#include <QStringList>

#include <memory>

class MainWindow;
class NetworkThread;
class ProfileStore;
class QueueModel;
class UploadQueue;

// The composition root of the desktop app: builds the engine objects and the window, and wires them.
class DesktopSession
{
public:
    DesktopSession();
    ~DesktopSession();

    MainWindow* window() const { return m_window.get(); }
    // Desktop options: --profile NAME, --add PATH (repeatable), --start.
    void applyArguments(const QStringList& arguments);

private:
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<NetworkThread> m_network;
    std::unique_ptr<UploadQueue> m_queue;
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<MainWindow> m_window;
};
