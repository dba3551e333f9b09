#include "app/cli/UploadCommand.h"

#include "app/PrintableText.h"
#include "app/auth/AccessTokenCache.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Console.h"
#include "app/cli/ConsoleReporter.h"
#include "app/cli/ExistingItemPolicy.h"
#include "app/cli/ExitCode.h"
#include "app/cli/NumberArgument.h"
#include "app/cli/PairArgument.h"
#include "app/library/DigestCache.h"
#include "app/library/LibraryLookup.h"
#include "app/net/NetworkThread.h"
#include "app/platform/InterruptWatcher.h"
#include "app/platform/Terminal.h"
#include "app/requests/Preflight.h"
#include "app/requests/RequestPlanner.h"
#include "app/requests/UploadItem.h"
#include "app/storage/CrashRecovery.h"
#include "app/storage/History.h"
#include "app/storage/Journal.h"
#include "app/storage/Preferences.h"
#include "app/storage/QueueLock.h"
#include "app/storage/StorageDatabase.h"
#include "app/transfers/QueueRecorder.h"
#include "app/transfers/UploadQueue.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace {
using Option = DestinationArguments::Option;

const QString profileOption = DestinationArguments::name(Option::Profile);
const QString urlOption = u"url"_s;
const QString fileFieldOption = u"file-field"_s;
const QString fieldOption = u"field"_s;
const QString queryOption = u"query"_s;
const QString headerOption = u"header"_s;
const QString varOption = DestinationArguments::name(Option::Var);
const QString methodOption = u"method"_s;
const QString authOption = u"auth"_s;
const QString authNameOption = u"auth-name"_s;
const QString dryRunOption = u"dry-run"_s;
const QString jsonOption = u"json"_s;
const QString concurrencyOption = u"concurrency"_s;
const QString retriesOption = u"retries"_s;
const QString stallOption = u"stall-timeout"_s;
const QString answerTimeoutOption = u"answer-timeout"_s;
const QString limitRateOption = u"limit-rate"_s; // as curl names it
const QString folderOption = u"folder"_s;
const QString replaceOption = u"replace"_s;
const QString itemOption = u"item"_s;
const QString metadataOption = u"metadata"_s;
const QString skipUploadedOption = u"skip-uploaded"_s;
const QString resendUnknownOption = u"resend-unknown"_s;
const QString ifExistsOption = u"if-exists"_s;

const NumberArgument numberArguments[] = {
    {concurrencyOption, 1, 32},
    {retriesOption, 1, 100},
    {stallOption, 1, 86'400},
    {answerTimeoutOption, 1, 86'400},
    {limitRateOption, 0, Preferences::MaxLimitKiBps},
};
} // namespace

UploadCommand::UploadCommand(QString profileDirectory, QString settingsFile, RawArguments rawArguments)
    : m_settingsFile(std::move(settingsFile))
    , m_rawArguments(std::move(rawArguments))
    , m_destinationArguments(u"upload"_s, std::move(profileDirectory), m_settingsFile)
{
    declareOptions();
}

void UploadCommand::declareOptions()
{
    m_parser.setApplicationDescription(
        tr("Upload files to a multipart/form-data API, with the request built right by construction.\n\n"
           "Exit codes: 0 all uploads succeeded; 1 an upload failed or was cancelled; 2 usage error; "
           "3 preflight refused an item (nothing was sent for it) and none failed; 4 every upload "
           "succeeded but a follow-up step (such as metadata) failed; 5 the outcome of an upload is "
           "unknown: the whole file went out and no answer came, so the server may have stored it (check "
           "before sending it again; Hoist never re-sends it on its own).\n\n"
           "Secrets are never taken from the command line. A profile's credential comes from the "
           "keychain (see hoist credentials); --secret-stdin or --secret-env VAR override it; without a "
           "credential, HOIST_SECRET is read."));
    m_parser.addHelpOption();
    m_parser.addOptions({
        m_destinationArguments.option(Option::Profile),
        {urlOption, tr("Upload to URL with a generic profile."), tr("URL")},
        {fileFieldOption, tr("Name of the file part (default: the profile's, else \"file\")."), tr("NAME")},
        {fieldOption, tr("Add a text part NAME with VALUE (repeatable)."), tr("NAME=VALUE")},
        {queryOption, tr("Add a query parameter (repeatable)."), tr("NAME=VALUE")},
        {headerOption, tr("Add a request header (repeatable)."), tr("Name: value")},
        m_destinationArguments.option(Option::Var),
        {methodOption, tr("HTTP method (default: the profile's, else POST)."), tr("METHOD")},
        {authOption, tr("Auth scheme: %1.").arg(AuthConfig::schemeNames().join(u", "_s)), tr("SCHEME")},
        {authNameOption, tr("Header or query parameter name for the key, or the Basic user name."),
         tr("NAME")},
        m_destinationArguments.option(Option::SecretEnv),
        m_destinationArguments.option(Option::SecretStdin),
        m_destinationArguments.option(Option::CaCert),
        {dryRunOption, tr("Print what would be sent (secrets masked) and send nothing.")},
        {jsonOption, tr("Print one JSON object per file instead of text.")},
        {concurrencyOption,
         tr("Upload up to N files at once (default: the preferences, else %1).")
             .arg(UploadQueue::DefaultConcurrency),
         tr("N")},
        {retriesOption,
         tr("Attempts per file on connection errors, 408, 429 and 5xx (default: the preferences, else 4)."),
         tr("N")},
        {stallOption,
         tr("Give up an attempt after SECONDS without progress (default: the preferences, else 60)."),
         tr("SECONDS")},
        {answerTimeoutOption,
         tr("After the whole file is sent, wait at most SECONDS for the complete answer; then the outcome is "
            "unknown and the file is not sent again (default: the profile's, else the preferences', else "
            "300)."),
         tr("SECONDS")},
        {limitRateOption,
         tr("Send at most KIB kibibytes per second, all files together (at least %1; 0: no limit; default: "
            "the preferences, else no limit).")
             .arg(Preferences::MinLimitKiBps),
         tr("KIB")},
        {folderOption, tr("Put the files in this folder (an id or name, as the service wants it)."),
         tr("FOLDER")},
        {replaceOption, tr("Upload the file as a new version of the item with this id."), tr("ID")},
        {itemOption, tr("Set per-file metadata KEY (name, description, tags …) for every file (repeatable)."),
         tr("KEY=VALUE")},
        {metadataOption, tr("Add metadata by type id after the upload (Mayan; repeatable)."),
         tr("TYPE=VALUE")},
        {skipUploadedOption,
         tr("Skip files the history shows as uploaded to the same address with the same content (size and "
            "modification time); files sent earlier with an unknown outcome are listed and not sent.")},
        {resendUnknownOption,
         tr("With --skip-uploaded: send the files whose earlier outcome is unknown again.")},
        {ifExistsOption,
         tr("When the library already holds a file (same content hash where the service reports one, "
            "else same name and size): ask, skip it, replace that item with it, or upload it anyway "
            "(default: upload)."),
         tr("ask|skip|replace|upload")},
    });
    m_parser.addPositionalArgument(u"FILE"_s, tr("Files to upload."), tr("FILE…"));
}

int UploadCommand::run(const QStringList& arguments)
{
    if (const auto done = CommandLine::parseSubcommand(m_parser, arguments, u"upload"_s))
        return *done;
    m_json = m_parser.isSet(jsonOption);
    const QStringList files = m_parser.positionalArguments();
    QString error;
    if (files.isEmpty())
        error = tr("No files given.");
    else if (m_parser.isSet(profileOption) == m_parser.isSet(urlOption))
        error = tr("Give either --profile NAME or --url URL.");
    else if (m_parser.isSet(resendUnknownOption) && !m_parser.isSet(skipUploadedOption))
        error = tr("--resend-unknown goes with --skip-uploaded.");
    else if (!ExistingItemPolicy::fromName(
                 m_parser.value(ifExistsOption).isEmpty() ? u"upload"_s : m_parser.value(ifExistsOption)))
        error = tr("--if-exists takes one of %1.").arg(ExistingItemPolicy::names().join(u", "_s));
    else if (m_parser.value(ifExistsOption).compare(u"ask"_s, Qt::CaseInsensitive) == 0 &&
             (!Terminal::inputIsTerminal() ||
              m_parser.isSet(DestinationArguments::name(Option::SecretStdin))))
        error = tr("--if-exists ask needs a terminal to answer on; give skip, replace or upload.");
    if (error.isEmpty() && assembleProfile(&error) && applyOverrides(&error) &&
        readItemMetadata(files, &error) && checkInput(files, &error) && checkIfExists(&error) &&
        readSecret(&error) && readCertificates(&error)) {
        return m_parser.isSet(dryRunOption) ? dryRun(files) : upload(files);
    }
    Console::err(tr("hoist upload: %1").arg(PrintableText::escape(error)) + u'\n');
    return ExitCode::Usage;
}

bool UploadCommand::assembleProfile(QString* error)
{
    if (m_parser.isSet(urlOption)) {
        m_profile.name = u"Generic"_s;
        m_profile.url = m_parser.value(urlOption);
        return true;
    }
    const std::optional<Profile> profile = m_destinationArguments.readProfile(m_parser, error);
    if (!profile)
        return false;
    m_profile = *profile;
    return true;
}

bool UploadCommand::applyPairs(const QString& option, QChar separator,
                               const std::function<void(const QString&, const QString&)>& apply,
                               QString* error)
{
    const std::optional<PairArgument::Pairs> pairs = PairArgument{option, separator}.read(m_parser, error);
    if (!pairs)
        return false;
    for (const auto& [name, value] : *pairs) {
        apply(name, value);
        m_given.append({option, name, value});
    }
    return true;
}

bool UploadCommand::applyOverrides(QString* error)
{
    if (m_parser.isSet(fileFieldOption))
        m_profile.filePart.name = m_parser.value(fileFieldOption);
    if (m_parser.isSet(methodOption))
        m_profile.method = m_parser.value(methodOption).toUpper();
    const bool pairsValid =
        applyPairs(
            fieldOption, u'=', [this](const QString& n, const QString& v) { m_profile.setField(n, v); },
            error) &&
        applyPairs(
            queryOption, u'=',
            [this](const QString& n, const QString& v) {
                m_profile.query.append({n, v});
            },
            error) &&
        applyPairs(
            headerOption, u':',
            [this](const QString& n, const QString& v) {
                m_profile.headers.append({n, v});
            },
            error) &&
        applyPairs(
            varOption, u'=', [this](const QString& n, const QString& v) { m_variables.insert(n, v); }, error);
    if (!pairsValid)
        return false;
    if (m_parser.isSet(authOption)) {
        const auto scheme = AuthConfig::schemeFromName(m_parser.value(authOption));
        if (!scheme) {
            *error = tr("Unknown auth scheme \"%1\"; use one of %2.")
                         .arg(m_parser.value(authOption), AuthConfig::schemeNames().join(u", "_s));
            return false;
        }
        m_profile.auth.scheme = *scheme;
    }
    if (m_parser.isSet(authNameOption))
        m_profile.auth.parameterName = m_parser.value(authNameOption);
    const bool needsName = m_profile.auth.scheme == AuthConfig::Scheme::HeaderKey ||
                           m_profile.auth.scheme == AuthConfig::Scheme::QueryKey;
    if (needsName && m_profile.auth.parameterName.isEmpty()) {
        *error = tr("--auth %1 needs --auth-name with the header or parameter name.")
                     .arg(AuthConfig::schemeName(m_profile.auth.scheme));
        return false;
    }
    for (const NumberArgument& number : numberArguments) {
        for (const QString& value : m_parser.values(number.option)) {
            if (!number.parse(value)) {
                *error = number.rangeError();
                return false;
            }
        }
    }
    if (m_parser.isSet(answerTimeoutOption)) // over the profile's own
        m_profile.answerTimeoutSeconds = m_parser.value(answerTimeoutOption).toInt();
    return true;
}

bool UploadCommand::readItemMetadata(const QStringList& files, QString* error)
{
    const bool pairsValid =
        applyPairs(
            itemOption, u'=', [this](const QString& n, const QString& v) { m_itemMetadata.insert(n, v); },
            error) &&
        applyPairs(
            metadataOption, u'=',
            [this](const QString& n, const QString& v) { m_itemMetadata.insert(u"metadata."_s + n, v); },
            error);
    if (!pairsValid)
        return false;
    if (m_parser.isSet(folderOption)) {
        if (!m_profile.supportsFolder()) {
            *error = tr("%1 has no folders to put files in.").arg(m_profile.name);
            return false;
        }
        m_itemMetadata.insert(u"folder"_s, m_parser.value(folderOption));
    }
    if (m_parser.isSet(replaceOption)) {
        if (!m_profile.canReplace()) {
            *error = tr("%1 has no way to replace an existing item.").arg(m_profile.name);
            return false;
        }
        if (files.size() != 1) {
            *error = tr("--replace takes exactly one file.");
            return false;
        }
        m_itemMetadata.insert(u"replace"_s, m_parser.value(replaceOption));
    }
    if (m_parser.isSet(metadataOption) && m_profile.followUps.isEmpty()) {
        *error = tr("%1 has no follow-up step that sends metadata.").arg(m_profile.name);
        return false;
    }
    return true;
}

bool UploadCommand::checkInput(const QStringList& files, QString* error) const
{
    const UploadInputCheck check(m_profile, m_variables, m_itemMetadata);
    *error = check.problem(files, m_rawArguments, m_given, m_parser.isSet(urlOption));
    if (!error->isEmpty())
        return false;
    for (const QString& warning : check.secretWarnings(m_given))
        Console::err(tr("hoist upload: warning: %1").arg(warning) + u'\n');
    return true;
}

UploadItem UploadCommand::itemFor(const QString& file) const
{
    UploadItem item = UploadItem::fromPath(file);
    item.metadata.insert(m_itemMetadata);
    return item;
}

// A keychain problem is reported, not fatal: preflight then refuses every item for the missing
// secret (exit code 3) and nothing is sent.
bool UploadCommand::readSecret(QString* error)
{
    const std::optional<Secret> secret = m_destinationArguments.readSecret(m_parser, m_profile.auth, error);
    if (!secret)
        return false;
    m_secret = *secret;
    return true;
}

bool UploadCommand::readCertificates(QString* error)
{
    const std::optional<QList<QSslCertificate>> certificates =
        m_destinationArguments.readCertificates(m_parser, error);
    if (!certificates)
        return false;
    m_transferOptions.extraCaCertificates = *certificates;
    return true;
}

int UploadCommand::dryRun(const QStringList& files)
{
    bool refused = false;
    for (const QString& file : files) {
        const UploadItem item = itemFor(file);
        const Profile profile = m_profile.forOperation(item.operation());
        const RequestPlan plan =
            RequestPlanner::plan(profile, item, m_variables, m_secret, RequestPlanner::Use::Display);
        const QList<PreflightFinding> findings = Preflight::check(plan, profile, !m_secret.isEmpty());
        refused = refused || PreflightFinding::anyError(findings);
        if (m_json) {
            QJsonArray findingArray;
            for (const PreflightFinding& finding : findings)
                findingArray.append(finding.toJson());
            const QJsonObject object{
                {u"file"_s, file}, {u"plan"_s, plan.toJson()}, {u"findings"_s, findingArray}};
            Console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
            continue;
        }
        Console::out(plan.toText());
        for (const PreflightFinding& finding : findings)
            Console::out((finding.isError() ? tr("  error: %1\n") : tr("  warning: %1\n"))
                             .arg(PrintableText::escape(finding.message)));
        Console::out(u"\n"_s);
    }
    return refused ? ExitCode::Refused : ExitCode::Success;
}

// The desktop app's preferences, where the options do not say otherwise.
Preferences UploadCommand::preferences() const
{
    Preferences preferences = Preferences::load(m_settingsFile);
    if (m_parser.isSet(concurrencyOption))
        preferences.concurrency = m_parser.value(concurrencyOption).toInt();
    if (m_parser.isSet(retriesOption)) // counts every attempt, the first too
        preferences.retries = m_parser.value(retriesOption).toInt() - 1;
    if (m_parser.isSet(stallOption))
        preferences.stallTimeoutSeconds = m_parser.value(stallOption).toInt();
    if (m_parser.isSet(limitRateOption))
        preferences.limitKiBps = m_parser.value(limitRateOption).toInt();
    return preferences;
}

// Every run is journalled under a queue of its own, held by this process: a run killed midway is
// settled by the next one (CrashRecovery), and its history says what the server may have.
int UploadCommand::upload(const QStringList& files)
{
    StorageDatabase database;
    if (!database.report().message.isEmpty())
        Console::err(tr("hoist upload: %1").arg(database.report().message) + u'\n');
    std::optional<History> history;
    std::unique_ptr<Journal> journal;
    const QString queueName =
        CrashRecovery::CommandLinePrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QueueLock lock(database, queueName);
    if (database.isUsable()) {
        history.emplace(database);
        if (const StorageError error = CrashRecovery::settleAbandoned(database, *history); error.isError())
            Console::err(tr("hoist upload: %1").arg(error.message) + u'\n');
        if (lock.tryLock())
            journal = std::make_unique<Journal>(database, queueName);
    }

    NetworkThread network;
    AccessTokenCache tokens(&network);
    UploadQueue queue(&network, &tokens);
    queue.setProfile(m_profile, m_variables, m_secret);
    queue.setTransferOptions(m_transferOptions);
    queue.applyPreferences(preferences());
    std::unique_ptr<QueueRecorder> recorder;
    if (journal) {
        recorder = std::make_unique<QueueRecorder>(&queue, journal.get(), &*history);
        QObject::connect(
            recorder.get(), &QueueRecorder::storageFailed, recorder.get(),
            [](const QString& message) { Console::err(tr("hoist upload: %1").arg(message) + u'\n'); });
    }
    ConsoleReporter reporter(&queue, m_json ? ConsoleReporter::Format::Json : ConsoleReporter::Format::Text);
    DigestCache digests;
    LibraryLookup lookup(&network, &tokens, &digests);
    ExistingItemPolicy policy(ifExists(), &queue, &reporter);
    queue.setLibraryLookup(&lookup);
    queue.setHoldsDuplicates(ifExists() != ExistingItemPolicy::Choice::Upload);
    for (const QString& file : files) {
        const UploadItem item = itemFor(file);
        if (m_parser.isSet(skipUploadedOption) && history) {
            if (const std::optional<HistoryRecord> earlier = earlierUpload(*history, item)) {
                reporter.reportSkipped(file, *earlier);
                continue;
            }
        }
        if (!queue.add(item))
            Console::err(
                tr("hoist upload: %1 is given twice; it is uploaded once.").arg(PrintableText::escape(file)) +
                u'\n');
    }

    QEventLoop loop;
    QObject::connect(&queue, &UploadQueue::finished, &loop, &QEventLoop::quit);
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &queue, &UploadQueue::cancelAll);
    // Files the library holds are decided on once the rest is done; the ones sent after all run then.
    do {
        queue.start();
        if (!queue.isIdle())
            loop.exec();
    } while (policy.settleHeld());
    const int exitCode = reporter.finish();
    // Everything is in the history now: the run's journal is done with, and what the user keeps is kept.
    if (history)
        history->applyRetention(History::Retention::load(m_settingsFile));
    if (journal) {
        recorder.reset();
        if (const StorageError error = journal->removeAll(); error.isError())
            Console::err(tr("hoist upload: %1").arg(error.message) + u'\n');
    }
    return exitCode;
}

ExistingItemPolicy::Choice UploadCommand::ifExists() const
{
    return ExistingItemPolicy::fromName(m_parser.value(ifExistsOption))
        .value_or(ExistingItemPolicy::Choice::Upload);
}

// Looking in the library needs a way to list it; replacing, a way to replace.
bool UploadCommand::checkIfExists(QString* error) const
{
    const ExistingItemPolicy::Choice choice = ifExists();
    if (choice == ExistingItemPolicy::Choice::Upload)
        return true;
    if (!m_profile.library.canList())
        *error = tr("--if-exists %1: the profile \"%2\" has no way to list its library.")
                     .arg(m_parser.value(ifExistsOption), m_profile.name);
    else if (choice == ExistingItemPolicy::Choice::Replace && !m_profile.canReplace())
        *error =
            tr("--if-exists replace: the profile \"%1\" has no way to replace an item.").arg(m_profile.name);
    return error->isEmpty();
}

// What the history knows of this file at this address: uploaded (skip it), or sent with an unknown
// outcome (list it, unless --resend-unknown).
std::optional<HistoryRecord> UploadCommand::earlierUpload(const History& history,
                                                          const UploadItem& item) const
{
    const Profile profile = m_profile.forOperation(item.operation());
    const RequestPlan plan =
        RequestPlanner::plan(profile, item, m_variables, m_secret, RequestPlanner::Use::Display);
    const History::Content content{
        m_profile.name, HistoryRecord::maskedAddress(plan), item.size, item.mtimeMs, {}};
    StorageError error;
    std::optional<HistoryRecord> earlier = history.uploadedAlready(content, &error);
    if (!earlier && !error.isError() && !m_parser.isSet(resendUnknownOption))
        earlier = history.outcomeUnknown(content, &error);
    if (error.isError())
        Console::err(tr("hoist upload: %1").arg(error.message) + u'\n');
    return earlier;
}
