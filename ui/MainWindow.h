#pragma once

#include <QMainWindow>

#include <functional>

class CredentialStore;
class FileIntake;
class History;
class HistoryRecord;
class HistoryWindow;
class ItemEditor;
class AccessTokenCache;
class LibraryDeletions;
class LibraryWindow;
class NetworkThread;
class NoticeBar;
class ProfileActions;
class ProfileStore;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QueueModel;
class QueueSummary;
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
    // The settings file's key for Queue → Look in the Library Before Uploading (on by default).
    static constexpr QLatin1StringView LookBeforeUploadKey{"library/lookBeforeUpload"};

    MainWindow(ProfileStore* profiles, CredentialStore* credentials, NetworkThread* network,
               AccessTokenCache* tokens, UploadQueue* queue, QueueModel* model, History* history,
               const LibraryDeletions* deletions, const QString& settingsFile, QWidget* parent = nullptr);

    void addPaths(const QStringList& paths);
    void selectProfile(const QString& name);
    QString notice() const;
    void showNotice(const QString& text); // a notice without an action (the storage's report)
    // Opens the upload history (one window, raised when it is open); nothing without a history.
    void showHistory();
    HistoryWindow* historyWindow() const { return m_historyWindow; }
    // Opens the chosen profile's library (one window, raised when it is open).
    void showLibrary();
    LibraryWindow* libraryWindow() const { return m_libraryWindow; }
    // Edit → Preferences: what is saved applies to the queue at once (the language at the next start).
    void showPreferences(QWidget* parent);
    // Help → About Hoist: the versions of Hoist, Qt and QtKeychain, the licence, the documentation.
    void showAbout();
    static QString aboutText();
    // Queues the records' files again, each for the profile it went to; profiles that are gone are
    // named in the notice bar.
    void uploadAgain(const QList<HistoryRecord>& records);
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
    bool mayQuit();
    void reloadProfiles();
    void applyProfile();
    void fixSignIn();
    void pickFiles();
    void pickFolder();
    void chooseFolderFilter();
    void paste();
    void showTask(UploadTask* task);
    void inspect();
    void showPreviewMenu(const QPoint& position);
    void focusAfterDialog(QWidget* before);
    // `open`, run where the keyboard comes back to this window after the dialogs it opens.
    std::function<void()> withDialog(std::function<void()> open);
    void restoreState();

    ProfileStore* m_profiles;
    CredentialStore* m_credentials;
    NetworkThread* m_network;
    AccessTokenCache* m_tokens;
    UploadQueue* m_queue;
    QueueModel* m_model;
    History* m_history;
    const LibraryDeletions* m_deletions;
    QString m_settingsFile;
    QComboBox* m_profileBox;
    NoticeBar* m_notice;
    QueueView* m_queueView;
    QTabWidget* m_details;
    ResponseInspector* m_inspector;
    QPlainTextEdit* m_preview;
    ItemEditor* m_itemEditor;
    FileIntake* m_intake;
    ProfileActions* m_profileActions;
    QAction* m_includeHidden = nullptr;
    QAction* m_startWhenAdded = nullptr;
    QSplitter* m_splitter;
    QAction* m_showDetails = nullptr;
    QueueSummary* m_summary;
    UploadTask* m_shown = nullptr;
    HistoryWindow* m_historyWindow = nullptr; // made when first opened
    LibraryWindow* m_libraryWindow = nullptr; // made when first opened
    quint64 m_profileGeneration = 0; // a secret read for an earlier profile choice does not choose it again
};
