#pragma once

#include <QMainWindow>

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
    MainWindow(ProfileStore* profiles, UploadQueue* queue, QueueModel* model, QWidget* parent = nullptr);

    void addPaths(const QStringList& paths);
    void selectProfile(const QString& name);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void reloadProfiles();
    void applyProfile();
    void pickFiles();
    void showSelectedResponse();
    void updateStatus();

    ProfileStore* m_profiles;
    UploadQueue* m_queue;
    QueueModel* m_model;
    QComboBox* m_profileBox;
    QTableView* m_table;
    QPlainTextEdit* m_responseView;
    QLabel* m_statusLabel;
};
