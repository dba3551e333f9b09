#pragma once

#include "app/storage/JournalEntry.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class AccessTokenCache;
class CredentialStore;
class DigestCache;
class LibraryLookup;
class History;
class Journal;
class LibraryDeletions;
class MainWindow;
class NetworkThread;
class ProfileStore;
class QueueLock;
class QueueModel;
class QueueRecorder;
class StorageDatabase;
class UploadQueue;

// The composition root of the desktop app: builds the engine objects and the window, and wires them.
class DesktopSession
{
public:
    // The defaults are the user's profile directory, settings file and database; tests give their own.
    explicit DesktopSession(const QString& profileDirectory = {}, const QString& settingsFile = {},
                            const QString& databasePath = {});
    ~DesktopSession();

    MainWindow* window() const { return m_window.get(); }
    ProfileStore* profiles() const { return m_profiles.get(); }
    CredentialStore* credentials() const { return m_credentials.get(); }
    UploadQueue* queue() const { return m_queue.get(); }
    QueueModel* model() const { return m_model.get(); }
    History* history() const { return m_history.get(); } // nullptr when the database is unusable
    // What the window says about the database and the queue's journal; empty when all is well.
    QString storageNotice() const { return m_storageNotice; }
    // Desktop options: --profile NAME, --add PATH (repeatable), --start, and files after "--" (what
    // the .desktop file passes).
    void applyArguments(const QStringList& arguments);

    // The desktop queue's journal, shared by every window of this account: one Hoist keeps it at a time.
    static constexpr QLatin1StringView QueueName{"desktop"};

private:
    // What a crash left is settled, and the queue of the last session comes back paused.
    void openJournal();
    void restoreQueue(const QList<JournalEntry>& entries);
    void restoreSlice();

    QString m_settingsFile; // credentials index and window state
    // First, so it goes last: whatever uses it is gone by then.
    std::unique_ptr<StorageDatabase> m_database;
    std::unique_ptr<History> m_history;
    std::unique_ptr<LibraryDeletions> m_deletions; // what was deleted from libraries that cannot list
    std::unique_ptr<QueueLock> m_queueLock;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<NetworkThread> m_network;
    std::unique_ptr<AccessTokenCache> m_tokens;
    std::unique_ptr<UploadQueue> m_queue;
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<DigestCache> m_digests;
    std::unique_ptr<LibraryLookup> m_lookup;
    std::unique_ptr<QueueRecorder> m_recorder;
    std::unique_ptr<MainWindow> m_window;
    QString m_storageNotice; // what the window says about the database, when anything
    static constexpr qsizetype RestoreSlice = 500;
    QList<JournalEntry> m_unrestored; // still to come back into the queue
};
