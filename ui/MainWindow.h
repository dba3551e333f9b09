#pragma once

#include <QMainWindow>

class CredentialStore;
class NetworkThread;
class NoticeBar;
class ProfileStore;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTableView;
class QueueModel;
class UploadQueue;
class UploadTask;

// The first window: pick a profile, drop or pick files, watch them upload, read the answer.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileStore* profiles, CredentialStore* credentials, NetworkThread* network,
               UploadQueue* queue, QueueModel* model, QWidget* parent = nullptr);

    void addPaths(const QStringList& paths);
    void selectProfile(const QString& name);
    void showCredentials();
    void newProfile();
    void editProfile();
    QString notice() const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void reloadProfiles();
    void applyProfile();
    void fixSignIn();
    void pickFiles();
    void showSelectedResponse();
    void updateStatus();

    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    NetworkThread* m_network;
    UploadQueue* m_queue;
    QueueModel* m_model;
    QComboBox* m_profileBox;
    NoticeBar* m_notice;
    QTableView* m_table;
    QPlainTextEdit* m_responseView;
    QLabel* m_statusLabel;
    quint64 m_profileGeneration = 0; // a secret read for an earlier profile choice is dropped
};
