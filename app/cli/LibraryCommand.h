#pragma once

#include "app/cli/DestinationArguments.h"
#include "app/library/LibraryItem.h"
#include "app/transfers/Destination.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QStringList>

#include <optional>

class LibrarySession;
class QCommandLineParser;

// `hoist library list | delete | folders`: what a profile's service holds, read page by page (for a
// service that cannot list, what Hoist's history uploaded there), deleted by id, and its folders.
class LibraryCommand
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCommand)

public:
    static constexpr int DefaultLimit = 100;
    // Folders asked for one parent at a time (Squidex) stop being walked beyond this many.
    static constexpr int MaxFolders = 5'000;

    LibraryCommand(QString profileDirectory, QString settingsFile, QString databasePath);

    int run(const QStringList& arguments);
    static QString usage();

private:
    int list(const QStringList& arguments);
    int remove(const QStringList& arguments);
    int folders(const QStringList& arguments);
    // --cacert, the profile, its values and its secret; the exit code when one of them is wrong.
    std::optional<int> readDestination(const QCommandLineParser& parser);
    int listFromService(const QCommandLineParser& parser, int limit);
    int listFromHistory(const QCommandLineParser& parser, int limit);
    std::optional<QList<LibraryItem>> allFolders(LibrarySession& session, QString* error) const;
    // Where the profile uploads, as the history keeps it.
    QString uploadAddress() const;

    QString m_databasePath;
    DestinationArguments m_arguments;
    Destination m_destination;
    QList<QSslCertificate> m_certificates;
};
