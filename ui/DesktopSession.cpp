#include "ui/DesktopSession.h"

#include "app/auth/AccessTokenCache.h"
#include "app/credentials/CredentialIndex.h"
#include "app/credentials/CredentialStore.h"
#include "app/library/DigestCache.h"
#include "app/library/LibraryLookup.h"
#include "app/net/NetworkThread.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileStore.h"
#include "app/storage/CrashRecovery.h"
#include "app/storage/History.h"
#include "app/storage/Journal.h"
#include "app/storage/LibraryDeletions.h"
#include "app/storage/Preferences.h"
#include "app/storage/QueueLock.h"
#include "app/storage/StorageDatabase.h"
#include "app/transfers/QueueModel.h"
#include "app/transfers/QueueRecorder.h"
#include "app/transfers/UploadQueue.h"
#include "ui/MainWindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>
#include <QTimer>

DesktopSession::DesktopSession(const QString& profileDirectory, const QString& settingsFile,
                               const QString& databasePath)
    : m_settingsFile(settingsFile.isEmpty() ? CredentialIndex::defaultSettingsFile() : settingsFile)
    , m_database(std::make_unique<StorageDatabase>(databasePath.isEmpty() ? StorageDatabase::defaultPath()
                                                                          : databasePath))
    , m_profiles(std::make_unique<ProfileStore>(profileDirectory.isEmpty() ? ProfileStore::defaultDirectory()
                                                                           : profileDirectory))
    , m_credentials(std::make_unique<CredentialStore>(m_settingsFile))
    , m_network(std::make_unique<NetworkThread>())
    , m_tokens(std::make_unique<AccessTokenCache>(m_network.get()))
    , m_queue(std::make_unique<UploadQueue>(m_network.get(), m_tokens.get()))
    , m_model(std::make_unique<QueueModel>(m_queue.get()))
    , m_digests(std::make_unique<DigestCache>())
    , m_lookup(std::make_unique<LibraryLookup>(m_network.get(), m_tokens.get(), m_digests.get()))
{
    m_queue->applyPreferences(Preferences::load(m_settingsFile));
    // An unknown outcome is looked up; whether new files wait for a search is the window's setting.
    m_queue->setLibraryLookup(m_lookup.get());
    // The presets that work without any value of the user's (the local sandbox); the others become
    // profiles through New Profile, where their values are asked for.
    QList<Profile> ready = PresetCatalogue::builtIn();
    ready.removeIf([](const Profile& preset) { return !preset.missingInputs().isEmpty(); });
    m_profiles->seedIfEmpty(ready);
    if (m_database->isUsable()) {
        m_history = std::make_unique<History>(*m_database);
        m_deletions = std::make_unique<LibraryDeletions>(*m_database);
    }
    openJournal();
    m_window = std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get(), m_network.get(),
                                            m_tokens.get(), m_queue.get(), m_model.get(), m_history.get(),
                                            m_deletions.get(), m_settingsFile);
    if (!m_storageNotice.isEmpty())
        m_window->showNotice(m_storageNotice);
    if (m_recorder) {
        QObject::connect(m_recorder.get(), &QueueRecorder::storageFailed, m_window.get(),
                         [window = m_window.get()](const QString& message) { window->showNotice(message); });
    }
}

// Out of line: the members' types are complete only here. The window goes first, the network last;
// the journal outlives the queue, whose last changes it commits when it goes.
DesktopSession::~DesktopSession()
{
    m_window.reset();
    m_recorder.reset();
    m_model.reset();
    m_queue.reset();
    m_tokens.reset();
    m_network.reset();
}

void DesktopSession::openJournal()
{
    m_storageNotice = m_database->report().message;
    if (!m_history)
        return;
    if (const StorageError error = CrashRecovery::settleAbandoned(*m_database, *m_history); error.isError())
        m_storageNotice = error.message;
    m_history->applyRetention(Preferences::load(m_settingsFile).retention);
    m_queueLock = std::make_unique<QueueLock>(*m_database, QString(QueueName));
    if (!m_queueLock->tryLock()) {
        m_storageNotice = QCoreApplication::translate(
            "DesktopSession", "Another Hoist is running on this account and keeps the queue: this window's "
                              "queue is not kept when it closes. Its uploads still go to the history.");
        m_recorder = std::make_unique<QueueRecorder>(m_queue.get(), nullptr, m_history.get());
        m_recorder->holdEarlierUploads();
        return;
    }
    m_journal = std::make_unique<Journal>(*m_database, QString(QueueName));
    StorageError error;
    const QList<JournalEntry> entries = m_journal->unfinished(&error);
    if (error.isError())
        m_storageNotice = error.message;
    m_recorder = std::make_unique<QueueRecorder>(m_queue.get(), m_journal.get(), m_history.get());
    restoreQueue(entries);
    m_recorder->holdEarlierUploads();
}

// Each restored item goes back to the profile it was queued under, whatever is chosen now; its secret
// follows from the keychain. A profile that is gone leaves its items blocked, saying so.
void DesktopSession::restoreQueue(const QList<JournalEntry>& entries)
{
    QSet<QString> destinations;
    for (const JournalEntry& entry : entries)
        destinations.insert(entry.destination);
    for (const QString& name : std::as_const(destinations)) {
        QString error;
        const std::optional<Profile> profile = m_profiles->load(name, &error);
        if (!profile) {
            Profile missing;
            missing.name = name;
            m_queue->updateDestination({name, missing, {}, {}});
            continue;
        }
        m_queue->updateDestination({name, *profile, {}, {}});
        if (!profile->auth.needsSecret() || profile->auth.credential.isEmpty())
            continue;
        m_credentials->read(profile->auth.credential, m_queue.get(),
                            [this, profile = *profile](const CredentialError& failure, const Secret& secret) {
                                if (!failure.isError())
                                    m_queue->updateDestination({profile.name, profile, {}, secret});
                            });
    }
    m_unrestored = entries;
    restoreSlice();
}

// A slice at a time, so that the window answers while a big queue comes back (as a big drop does).
void DesktopSession::restoreSlice()
{
    const qsizetype count = qMin(m_unrestored.size(), RestoreSlice);
    m_recorder->restore(m_unrestored.first(count));
    m_unrestored.remove(0, count);
    if (!m_unrestored.isEmpty())
        QTimer::singleShot(0, m_queue.get(), [this] { restoreSlice(); });
}

void DesktopSession::applyArguments(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption add(QStringLiteral("add"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption start(QStringLiteral("start"));
    parser.addOptions({profile, add, start});
    parser.parse(arguments); // unknown options belong to Qt (-style, -reverse …) and are left alone
    if (parser.isSet(profile))
        m_window->selectProfile(parser.value(profile));
    m_window->addPaths(parser.values(add) + parser.positionalArguments());
    if (parser.isSet(start))
        m_queue->start();
}
