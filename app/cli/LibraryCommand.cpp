#include "app/cli/LibraryCommand.h"

#include "app/PrintableText.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/LibrarySession.h"
#include "app/cli/NumberArgument.h"
#include "app/library/HistoryLibrary.h"
#include "app/requests/RequestPlanner.h"
#include "app/storage/History.h"
#include "app/storage/HistoryRecord.h"
#include "app/storage/LibraryDeletions.h"
#include "app/storage/StorageDatabase.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString command = u"library"_s;
const QString jsonOption = u"json"_s;
const QString searchOption = u"search"_s;
const QString folderOption = u"folder"_s;
const QString limitOption = u"limit"_s;
const QString forceOption = u"force"_s;

const NumberArgument limitArgument{limitOption, 0, 1'000'000};

QString exitCodes()
{
    return LibraryCommand::tr(
        "Exit codes:\n"
        "  0  done\n"
        "  1  the server refused or could not be reached, the history could not be read, a deletion\n"
        "     failed, or Ctrl+C cancelled\n"
        "  2  usage error, also a profile that cannot do this, a missing value or a missing secret\n"
        "  3  (delete) the service kept an item because it is in use (--force deletes it anyway), and\n"
        "     nothing else failed");
}

QString profileHelp()
{
    return LibraryCommand::tr(
        "NAME is a saved profile, a built-in preset or a profile .json file; its secret comes from the\n"
        "keychain (see hoist credentials), --secret-stdin or --secret-env VAR, and --var NAME=VALUE and\n"
        "--cacert FILE work as with hoist upload.");
}

QString describe(const QString& what)
{
    return what + u"\n\n"_s + profileHelp() + u"\n\n"_s + exitCodes();
}

void complain(const QString& message)
{
    Console::err(LibraryCommand::tr("hoist library: %1").arg(PrintableText::escape(message)) + u'\n');
}

int usageError(const QString& message)
{
    return CommandLine::usageError(command, PrintableText::escape(message));
}

// A service that cannot list its library but names what it stored in its answer to an upload
// (Qualtrics): its library is what Hoist's history uploaded there.
bool listsFromHistory(const LibraryApi& api)
{
    return !api.canList() && !api.uploaded.id.isEmpty();
}

QString cell(const QString& text)
{
    return text.isEmpty() ? u"-"_s : PrintableText::escape(text);
}

void printJson(const QJsonArray& array)
{
    Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + u'\n');
}

// more: the library holds more than --limit let through.
void printItems(const QList<LibraryItem>& items, bool json, bool more)
{
    if (json) {
        QJsonArray array;
        for (const LibraryItem& item : items)
            array.append(item.toJson());
        printJson(array);
        return;
    }
    if (items.isEmpty()) {
        Console::out(LibraryCommand::tr("No items to show.\n"));
        return;
    }
    QList<QStringList> rows{{LibraryCommand::tr("ID"), LibraryCommand::tr("NAME"), LibraryCommand::tr("SIZE"),
                             LibraryCommand::tr("TYPE"), LibraryCommand::tr("MODIFIED")}};
    for (const LibraryItem& item : items) {
        rows.append({cell(item.id), cell(item.name), item.size >= 0 ? QString::number(item.size) : u"-"_s,
                     cell(item.type), cell(item.modified)});
    }
    Console::table(rows);
    if (more)
        Console::out(
            LibraryCommand::tr("Showing only the first %n item(s); --limit N shows more, --limit 0 all.\n",
                               nullptr, int(items.size())));
}
} // namespace

LibraryCommand::LibraryCommand(QString profileDirectory, QString settingsFile, QString databasePath)
    : m_databasePath(std::move(databasePath))
    , m_arguments(command, std::move(profileDirectory), std::move(settingsFile))
{
}

QString LibraryCommand::usage()
{
    return tr("Usage: hoist library list --profile NAME [--search TEXT] [--folder FOLDER] [--limit N] "
              "[--json]\n"
              "       hoist library delete --profile NAME [--force] ID…\n"
              "       hoist library folders --profile NAME [--json]\n"
              "\n"
              "What the service of a profile holds: list it, delete items by id, list its folders. A\n"
              "service that cannot list its library (Qualtrics) shows what Hoist uploaded there.\n"
              "\n") +
           profileHelp() + u"\n\n"_s + exitCodes() + u'\n';
}

int LibraryCommand::run(const QStringList& arguments)
{
    return CommandLine::runAction(arguments, command, usage(),
                                  {{u"list"_s,
                                    [this](const QStringList& rest) {
                                        return list(rest);
                                    }},
                                   {u"delete"_s,
                                    [this](const QStringList& rest) {
                                        return remove(rest);
                                    }},
                                   {u"folders"_s, [this](const QStringList& rest) {
                                        return folders(rest);
                                    }}});
}

std::optional<int> LibraryCommand::readDestination(const QCommandLineParser& parser)
{
    QString error;
    // --cacert first: a wrong one is refused before a secret is asked for.
    const std::optional<QList<QSslCertificate>> certificates = m_arguments.readCertificates(parser, &error);
    std::optional<Destination> destination;
    if (certificates)
        destination = m_arguments.readDestination(parser, &error);
    if (!destination)
        return usageError(error);
    m_destination = std::move(*destination);
    m_certificates = *certificates;
    return std::nullopt;
}

int LibraryCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        describe(tr("List what the library of a profile's service holds, a page at a time as the service "
                    "pages it. A service that cannot list its library (Qualtrics) shows the files Hoist "
                    "uploaded there.")));
    parser.addOptions(m_arguments.options());
    parser.addOptions({
        {searchOption, tr("Only items whose name matches TEXT, as the service searches."), tr("TEXT")},
        {folderOption, tr("Only items in this folder (an id, see hoist library folders)."), tr("FOLDER")},
        {limitOption, tr("Show at most N items (default %1; 0: all).").arg(DefaultLimit), tr("N")},
        {jsonOption, tr("Print one JSON array of the items instead of text.")},
    });
    if (const auto done = CommandLine::parseAction(parser, arguments, command, u"list"_s))
        return *done;
    if (const QStringList positional = parser.positionalArguments(); !positional.isEmpty())
        return usageError(tr("Unexpected argument \"%1\"; to look for a name, use --search TEXT.")
                              .arg(positional.constFirst()));
    int limit = DefaultLimit;
    if (parser.isSet(limitOption)) {
        const std::optional<int> given = limitArgument.parse(parser.value(limitOption));
        if (!given)
            return usageError(limitArgument.rangeError());
        limit = *given;
    }
    if (const auto done = readDestination(parser))
        return *done;

    const LibraryApi& api = m_destination.profile.library;
    const QString& name = m_destination.name;
    if (api.canList()) {
        if (parser.isSet(searchOption) && !api.list.request.uses(searchOption))
            return usageError(tr("%1 cannot search its library.").arg(name));
        if (parser.isSet(folderOption) && !api.list.request.uses(folderOption))
            return usageError(tr("%1 cannot list one folder of its library.").arg(name));
        return listFromService(parser, limit);
    }
    if (listsFromHistory(api)) {
        if (parser.isSet(folderOption))
            return usageError(tr("%1 cannot list its library, so neither one of its folders.").arg(name));
        return listFromHistory(parser, limit);
    }
    return usageError(
        tr("%1 has no way to list its library, and its answers to uploads give no id that Hoist's "
           "history could list them by.")
            .arg(name));
}

int LibraryCommand::listFromService(const QCommandLineParser& parser, int limit)
{
    // One page size throughout: a service that pages by number finds the place by it.
    const int pageSize =
        std::min(limit > 0 ? limit : LibraryApi::MaxPageSize, m_destination.profile.library.list.pageSize);
    LibrarySession session(m_destination, m_certificates);
    QList<LibraryItem> items;
    QSet<QString> seen;
    bool more = false;
    LibraryClient::Query query{parser.value(searchOption), parser.value(folderOption), 0, pageSize};
    for (;;) {
        LibraryClient::Failure failure;
        const std::optional<LibraryPage> page = session.list(query, &failure);
        if (!page) {
            complain(failure.message);
            return ExitCode::LibraryFailed;
        }
        qsizetype taken = 0;
        qsizetype added = 0;
        for (; taken < page->items.size() && (limit == 0 || items.size() < limit); ++taken) {
            // An item that moved to the next page while the pages were read comes once.
            const LibraryItem& item = page->items.at(taken);
            if (!item.id.isEmpty() && seen.contains(item.id))
                continue;
            seen.insert(item.id);
            items.append(item);
            ++added;
        }
        if (limit > 0 && items.size() == limit) {
            more = taken < page->items.size() || page->hasMore;
            break;
        }
        // A page with nothing new: the service ignores where the page starts; asking on would loop.
        if (!page->hasMore || added == 0)
            break;
        query.offset = page->nextOffset();
    }
    printItems(items, parser.isSet(jsonOption), more);
    return ExitCode::Success;
}

int LibraryCommand::listFromHistory(const QCommandLineParser& parser, int limit)
{
    StorageDatabase database(m_databasePath);
    if (!database.report().message.isEmpty())
        complain(database.report().message);
    if (!database.isUsable())
        return ExitCode::LibraryFailed;
    const History history(database);
    const LibraryDeletions deletions(database);
    StorageError error;
    QList<LibraryItem> items = HistoryLibrary::items(history, deletions, m_destination.name, uploadAddress(),
                                                     parser.value(searchOption), &error);
    if (error.isError()) {
        complain(error.message);
        return ExitCode::LibraryFailed;
    }
    complain(
        tr("%1 has no way to list its library: these are only the files Hoist uploaded there and has not "
           "deleted since.")
            .arg(m_destination.name));
    const bool more = limit > 0 && items.size() > limit;
    if (more)
        items.resize(limit);
    printItems(items, parser.isSet(jsonOption), more);
    return ExitCode::Success;
}

QString LibraryCommand::uploadAddress() const
{
    const RequestPlan plan =
        RequestPlanner::plan(m_destination.profile, UploadItem(), m_destination.variables,
                             m_destination.secret, RequestPlanner::Use::Display);
    return HistoryRecord::maskedAddress(plan);
}

int LibraryCommand::remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        describe(tr("Delete items from the library of a profile's service, by id.")));
    parser.addOptions(m_arguments.options());
    parser.addOption(
        {forceOption, tr("Delete items even when something uses them (where the service allows it).")});
    parser.addPositionalArgument(u"ID"_s, tr("The items to delete (hoist library list shows their ids)."),
                                 tr("ID…"));
    if (const auto done = CommandLine::parseAction(parser, arguments, command, u"delete"_s))
        return *done;
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty())
        return usageError(tr("Give the id of at least one item to delete."));
    if (const auto done = readDestination(parser))
        return *done;
    const LibraryApi& api = m_destination.profile.library;
    const QString& name = m_destination.name;
    if (!api.canRemove())
        return usageError(tr("%1 has no way to delete items.").arg(name));
    const bool force = parser.isSet(forceOption);
    if (force && !api.canForceRemove())
        return usageError(tr("--force: %1 has no way to delete an item that is in use.").arg(name));

    // A library read from the history keeps what was deleted out of the next list.
    std::unique_ptr<StorageDatabase> database;
    if (listsFromHistory(api)) {
        database = std::make_unique<StorageDatabase>(m_databasePath);
        if (!database->report().message.isEmpty())
            complain(database->report().message);
    }
    LibrarySession session(m_destination, m_certificates);
    bool failed = false;
    bool keptInUse = false;
    for (const QString& id : ids) {
        const QString shown = PrintableText::escape(id);
        if (session.interrupted()) {
            Console::out(tr("- %1 not deleted: cancelled before it was asked for\n").arg(shown));
            failed = true;
            continue;
        }
        LibraryClient::Failure failure;
        if (session.remove(id, force, &failure)) {
            Console::out(
                (api.removeToTrash ? tr("- %1 moved to the trash\n") : tr("- %1 deleted\n")).arg(shown));
            if (database) {
                if (const StorageError error = LibraryDeletions(*database).add(name, id); error.isError()) {
                    complain(
                        tr("%1 is deleted, but Hoist could not note it, so hoist library list still shows "
                           "it: %2")
                            .arg(id, error.message));
                    failed = true;
                }
            }
        } else if (failure.inUse && !force) {
            Console::out(tr("- %1 not deleted because it is in use; --force deletes it anyway. %2\n")
                             .arg(shown, PrintableText::escape(failure.message)));
            keptInUse = true;
        } else if (session.interrupted()) {
            Console::out(
                tr("- %1: cancelled while the server was asked; it may be deleted already\n").arg(shown));
            failed = true;
        } else {
            Console::out(tr("- %1 not deleted: %2\n").arg(shown, PrintableText::escape(failure.message)));
            failed = true;
        }
    }
    if (failed)
        return ExitCode::LibraryFailed;
    return keptInUse ? ExitCode::KeptInUse : ExitCode::Success;
}

int LibraryCommand::folders(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        describe(tr("List the folders of a profile's service: id, name and the id of the folder above.")));
    parser.addOptions(m_arguments.options());
    parser.addOption({jsonOption, tr("Print one JSON array of the folders instead of text.")});
    if (const auto done = CommandLine::parseAction(parser, arguments, command, u"folders"_s))
        return *done;
    if (const QStringList positional = parser.positionalArguments(); !positional.isEmpty())
        return usageError(tr("Unexpected argument \"%1\".").arg(positional.constFirst()));
    if (const auto done = readDestination(parser))
        return *done;
    if (!m_destination.profile.library.hasFolders())
        return usageError(tr("%1 has no folders.").arg(m_destination.name));

    LibrarySession session(m_destination, m_certificates);
    QString error;
    const std::optional<QList<LibraryItem>> found = allFolders(session, &error);
    if (!found) {
        complain(error);
        return ExitCode::LibraryFailed;
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const LibraryItem& folder : *found)
            array.append(
                QJsonObject{{u"id"_s, folder.id}, {u"name"_s, folder.name}, {u"parent"_s, folder.folder}});
        printJson(array);
        return ExitCode::Success;
    }
    if (found->isEmpty()) {
        Console::out(tr("No folders.\n"));
        return ExitCode::Success;
    }
    QList<QStringList> rows{{tr("ID"), tr("NAME"), tr("PARENT")}};
    for (const LibraryItem& folder : *found)
        rows.append({cell(folder.id), cell(folder.name), cell(folder.folder)});
    Console::table(rows);
    return ExitCode::Success;
}

// A service that lists the folders of one parent at a time (Squidex) is asked for each folder's
// own; one that answers the whole tree at once (Xibo) is asked once.
std::optional<QList<LibraryItem>> LibraryCommand::allFolders(LibrarySession& session, QString* error) const
{
    const bool perParent = m_destination.profile.library.folders.request.uses(folderOption);
    QList<LibraryItem> found;
    QSet<QString> seen;
    QStringList parents{QString()};
    while (!parents.isEmpty() && found.size() < MaxFolders) {
        LibraryClient::Failure failure;
        const std::optional<QList<LibraryItem>> children = session.folders(parents.takeFirst(), &failure);
        if (!children) {
            *error = failure.message;
            return std::nullopt;
        }
        for (const LibraryItem& folder : *children) {
            if (folder.id.isEmpty() || seen.contains(folder.id))
                continue;
            seen.insert(folder.id);
            found.append(folder);
            if (perParent)
                parents.append(folder.id);
        }
    }
    if (!parents.isEmpty())
        complain(tr("Showing only the first %1 folders.").arg(found.size()));
    return found;
}
