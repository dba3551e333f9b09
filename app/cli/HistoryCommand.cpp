#include "app/cli/HistoryCommand.h"

#include "app/PrintableText.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/NumberArgument.h"
#include "app/storage/CrashRecovery.h"
#include "app/storage/StorageDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
const QString command = u"history"_s;
const QString jsonOption = u"json"_s;
const QString profileOption = u"profile"_s;
const QString statusOption = u"status"_s;
const QString sinceOption = u"since"_s;
const QString searchOption = u"search"_s;
const QString limitOption = u"limit"_s;

const NumberArgument limitArgument{limitOption, 1, 1'000'000};
// The count of "7d" or "24h": a few centuries of days is more than any history holds.
const NumberArgument spanArgument{sinceOption, 1, 100'000};

void complain(const QString& message)
{
    Console::err(HistoryCommand::tr("hoist history: %1").arg(PrintableText::escape(message)) + u'\n');
}

// An ISO date means its local midnight, an ISO date and time without an offset local time, and
// "7d" or "24h" a span back from now; nothing when the text is none of them.
std::optional<QDateTime> sinceFrom(const QString& text, const QDateTime& now)
{
    if (text.endsWith(u'd') || text.endsWith(u'h')) {
        const std::optional<int> count = spanArgument.parse(text.chopped(1));
        if (!count)
            return std::nullopt;
        return text.endsWith(u'd') ? now.addDays(-*count) : now.addSecs(-qint64(*count) * 3600);
    }
    if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
        return date.startOfDay();
    if (const QDateTime moment = QDateTime::fromString(text, Qt::ISODate); moment.isValid())
        return moment;
    return std::nullopt;
}

// The id and URL a server gave, and for anything but a success what went wrong.
QString outcome(const HistoryRecord& record)
{
    QStringList parts;
    for (const QString& name : {u"id"_s, u"url"_s}) {
        if (const QString value = record.field(name); !value.isEmpty())
            parts.append(name + u'=' + value);
    }
    if (record.state != HistoryRecord::State::Succeeded && !record.message.isEmpty())
        parts.append(record.message);
    return parts.join(u"  "_s);
}

void printText(const QList<HistoryRecord>& records)
{
    if (records.isEmpty()) {
        Console::out(HistoryCommand::tr("No uploads to show.\n"));
        return;
    }
    QList<QStringList> rows{{HistoryCommand::tr("TIME"), HistoryCommand::tr("STATUS"),
                             HistoryCommand::tr("HTTP"), HistoryCommand::tr("PROFILE"),
                             HistoryCommand::tr("FILE"), HistoryCommand::tr("RESULT")}};
    for (const HistoryRecord& record : records) {
        rows.append({record.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s),
                     HistoryRecord::stateName(record.state),
                     record.httpStatus > 0 ? QString::number(record.httpStatus) : u"-"_s,
                     PrintableText::escape(record.profile), PrintableText::escape(record.fileName()),
                     PrintableText::escape(outcome(record))});
    }
    Console::table(rows);
}
} // namespace

HistoryCommand::HistoryCommand(QString databasePath)
    : m_databasePath(std::move(databasePath))
{
    declareOptions();
}

void HistoryCommand::declareOptions()
{
    m_parser.setApplicationDescription(
        tr("List the uploads Hoist remembers, newest first: when, with which profile, how each ended and "
           "what the server answered.\n\n"
           "Exit codes: 0 listed (also when nothing matched); 1 the history could not be read; 2 usage "
           "error."));
    m_parser.addHelpOption();
    m_parser.addOptions({
        {jsonOption, tr("Print one JSON array of the uploads instead of text.")},
        {profileOption, tr("Only uploads with the profile NAME."), tr("NAME")},
        {statusOption,
         tr("Only uploads that ended so: %1 (repeatable, or separated by commas).")
             .arg(HistoryRecord::stateNames().join(u", "_s)),
         tr("STATUS")},
        {sinceOption,
         tr("Only uploads since DATE: a day (2026-12-01), a day and time (2026-12-01T14:30, local time "
            "unless it has an offset) or a span back from now (7d, 24h)."),
         tr("DATE")},
        {searchOption, tr("Only files whose name contains TEXT (case does not matter)."), tr("TEXT")},
        {limitOption, tr("Show at most the newest N uploads (default %1).").arg(DefaultLimit), tr("N")},
    });
}

bool HistoryCommand::readQuery(History::Query* query, QString* error) const
{
    if (const QStringList positional = m_parser.positionalArguments(); !positional.isEmpty()) {
        *error = tr("Unexpected argument \"%1\"; to look for a file name, use --search TEXT.")
                     .arg(positional.constFirst());
        return false;
    }
    query->profile = m_parser.value(profileOption);
    for (const QString& value : m_parser.values(statusOption)) {
        for (const QString& name : value.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<HistoryRecord::State> state = HistoryRecord::stateFromName(name.trimmed());
            if (!state) {
                *error = tr("Unknown status \"%1\"; use one of %2.")
                             .arg(name.trimmed(), HistoryRecord::stateNames().join(u", "_s));
                return false;
            }
            if (!query->states.contains(*state))
                query->states.append(*state);
        }
    }
    if (m_parser.isSet(sinceOption)) {
        const QString text = m_parser.value(sinceOption).trimmed();
        const std::optional<QDateTime> since = sinceFrom(text, QDateTime::currentDateTimeUtc());
        if (!since) {
            *error = tr("--since needs a day (2026-12-01), a day and time (2026-12-01T14:30) or a span "
                        "back from now (7d, 24h), not \"%1\".")
                         .arg(text);
            return false;
        }
        query->since = *since;
    }
    query->nameContains = m_parser.value(searchOption);
    query->limit = DefaultLimit;
    if (m_parser.isSet(limitOption)) {
        const std::optional<int> limit = limitArgument.parse(m_parser.value(limitOption));
        if (!limit) {
            *error = limitArgument.rangeError();
            return false;
        }
        query->limit = *limit;
    }
    return true;
}

int HistoryCommand::run(const QStringList& arguments)
{
    if (const auto done = CommandLine::parseSubcommand(m_parser, arguments, command))
        return *done;
    History::Query query;
    QString error;
    if (!readQuery(&query, &error))
        return CommandLine::usageError(command, PrintableText::escape(error));

    StorageDatabase database(m_databasePath);
    // A damaged or newer database was moved aside, or none could be opened: said, then an empty list.
    if (!database.report().message.isEmpty())
        complain(database.report().message);
    QList<HistoryRecord> records;
    bool more = false;
    if (database.isUsable()) {
        const History history(database);
        // A run that was killed is settled first: the files it had in flight read unknown.
        if (const StorageError settling = CrashRecovery::settleAbandoned(database, history);
            settling.isError())
            complain(settling.message);
        History::Query oneMore = query; // the one past the limit tells whether there are more
        ++oneMore.limit;
        StorageError failure;
        records = history.find(oneMore, &failure);
        if (failure.isError()) {
            complain(failure.message);
            return ExitCode::StorageFailed;
        }
        more = records.size() > query.limit;
        if (more)
            records.removeLast();
    }
    if (m_parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const HistoryRecord& record : std::as_const(records))
            array.append(record.toJson());
        Console::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + u'\n');
    } else {
        printText(records);
        if (more)
            Console::out(
                tr("Showing only the newest %n upload(s); --limit N shows more.\n", nullptr, query.limit));
    }
    return ExitCode::Success;
}
