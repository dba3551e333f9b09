#pragma once

#include "app/transfers/FolderScanner.h"

#include <QMainWindow>

class CredentialStore;
class ItemEditor;
class NetworkThread;
class NoticeBar;
class ProfileStore;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSplitter;
class QSystemTrayIcon;
class QTabWidget;
class QTimer;
class QueueModel;
class QueueView;
class ResponseInspector;
class UploadQueue;
class UploadTask;

// The desktop app's window: pick a profile, drop or pick files, watch them upload, see what each
// request sends and what the server answered, and why something failed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileStore* profiles, CredentialStore* credentials, NetworkThread* network,
               UploadQueue* queue, QueueModel* model, const QString& settingsFile, QWidget* parent = nullptr);

    void addPaths(const QStringList& paths);
    void selectProfile(const QString& name);
    void showCredentials();
    void newProfile();
    void editProfile();
    QString notice() const;
    QueueView* queueView() const { return m_queueView; }
    ResponseInspector* inspector() const { return m_inspector; }
    ItemEditor* itemEditor() const { return m_itemEditor; }
    QString requestPreview() const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void reloadProfiles();
    void applyProfile();
    void fixSignIn();
    void pickFiles();
    void pickFolder();
    void addFiles(const QStringList& files);
    void feedFolderFiles();
    void reportAdded(const FolderScanner::Summary& summary);
    void chooseFolderFilter();
    void paste();
    void showTask(UploadTask* task);
    void inspect();
    void updateStatus();
    void notifyFinished();
    void restoreState();

    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    NetworkThread* m_network;
    UploadQueue* m_queue;
    QueueModel* m_model;
    QString m_settingsFile;
    QComboBox* m_profileBox;
    NoticeBar* m_notice;
    QueueView* m_queueView;
    QTabWidget* m_details;
    ResponseInspector* m_inspector;
    QPlainTextEdit* m_preview;
    ItemEditor* m_itemEditor;
    FolderScanner* m_scanner;
    QTimer* m_feeder;
    QStringList m_pendingFiles; // found by the scanner, not queued yet
    qsizetype m_fed = 0;
    FolderScanner::Summary m_scanSummary;
    bool m_scanFinished = false;
    QAction* m_includeHidden = nullptr;
    QString m_folderPatterns; // "*.png;*.jpg"; empty: every file
    int m_duplicates = 0;     // files of the current drop already in the queue
    bool m_scanning = false;
    QSplitter* m_splitter;
    QProgressBar* m_progress;
    QLabel* m_statusLabel;
    QSystemTrayIcon* m_tray = nullptr;
    UploadTask* m_shown = nullptr;
    quint64 m_profileGeneration = 0; // a secret read for an earlier profile choice is dropped
};
