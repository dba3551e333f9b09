#include "ui/DesktopSession.h"

#include "app/auth/AccessTokenCache.h"
#include "app/credentials/CredentialIndex.h"
#include "app/credentials/CredentialStore.h"
#include "app/net/NetworkThread.h"
#include "app/profiles/PresetCatalogue.h"
#include "app/profiles/ProfileStore.h"
#include "app/storage/History.h"
#include "app/storage/StorageDatabase.h"
#include "app/transfers/QueueModel.h"
#include "app/transfers/UploadQueue.h"
#include "ui/MainWindow.h"

#include <QCommandLineParser>

DesktopSession::DesktopSession(const QString& profileDirectory, const QString& settingsFile,
                               const QString& databaseFile)
    : m_settingsFile(settingsFile.isEmpty() ? CredentialIndex::defaultSettingsFile() : settingsFile)
    , m_database(std::make_unique<StorageDatabase>(databaseFile.isEmpty() ? StorageDatabase::defaultPath()
                                                                          : databaseFile))
    , m_profiles(std::make_unique<ProfileStore>(profileDirectory.isEmpty() ? ProfileStore::defaultDirectory()
                                                                           : profileDirectory))
    , m_credentials(std::make_unique<CredentialStore>(m_settingsFile))
    , m_network(std::make_unique<NetworkThread>())
    , m_tokens(std::make_unique<AccessTokenCache>(m_network.get()))
    , m_queue(std::make_unique<UploadQueue>(m_network.get(), m_tokens.get()))
    , m_model(std::make_unique<QueueModel>(m_queue.get()))
{
    // The presets that work without any value of the user's (the local sandbox); the others become
    // profiles through New Profile, where their values are asked for.
    QList<Profile> ready = PresetCatalogue::builtIn();
    ready.removeIf([](const Profile& preset) { return !preset.missingInputs().isEmpty(); });
    m_profiles->seedIfEmpty(ready);
    if (m_database->isUsable())
        m_history = std::make_unique<History>(*m_database);
    m_window =
        std::make_unique<MainWindow>(m_profiles.get(), m_credentials.get(), m_network.get(), m_tokens.get(),
                                     m_queue.get(), m_model.get(), m_history.get(), m_settingsFile);
    if (!m_database->report().message.isEmpty())
        m_window->showNotice(m_database->report().message);
}

// Out of line: the members' types are complete only here. The window goes first, the network last.
DesktopSession::~DesktopSession()
{
    m_window.reset();
    m_model.reset();
    m_queue.reset();
    m_tokens.reset();
    m_network.reset();
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
