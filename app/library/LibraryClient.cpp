#include "app/library/LibraryClient.h"

#include "app/auth/AccessToken.h"
#include "app/auth/AccessTokenCache.h"
#include "app/library/LibraryReader.h"
#include "app/net/NetworkThread.h"
#include "app/net/Origin.h"
#include "app/net/TransferHandle.h"
#include "app/requests/RequestPlanner.h"
#include "app/responses/ResponseExplainer.h"
#include "app/storage/SecretMasking.h"

using namespace Qt::StringLiterals;

namespace {
LibraryClient::Failure failure(const QString& message)
{
    LibraryClient::Failure failure;
    failure.message = message;
    return failure;
}

bool sameName(const LibraryItem& item, const QString& name)
{
    return item.name == name;
}
} // namespace

LibraryClient::LibraryClient(NetworkThread* network, AccessTokenCache* tokens, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
{
    connect(m_tokens, &AccessTokenCache::ready, this, [this](const QByteArray& key) {
        if (key == m_tokenKey)
            pump();
    });
    connect(m_tokens, &AccessTokenCache::failed, this, &LibraryClient::onTokenFailed);
}

void LibraryClient::setDestination(const Destination& destination)
{
    cancelAll();
    m_destination = destination;
    m_tokenKey.clear();
    if (destination.profile.auth.usesTokenEndpoint()) {
        m_tokenPlan =
            RequestPlanner::tokenPlan(destination.profile, destination.variables, destination.secret);
        m_tokenKey = AccessTokenCache::keyOf(m_tokenPlan);
    }
}

void LibraryClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCaCertificates = certificates;
}

TransferOptions LibraryClient::transferOptions() const
{
    TransferOptions options;
    options.stallTimeoutMs = 30'000;
    options.answerTimeoutMs = 120'000;
    options.bodyCap = 8 * 1024 * 1024; // a page of 200 items with their metadata
    options.extraCaCertificates = m_extraCaCertificates;
    return options;
}

void LibraryClient::cancelAll()
{
    const QList<Call> calls = std::exchange(m_calls, {});
    for (const Call& call : calls) {
        if (call.inFlight)
            call.inFlight->cancel();
    }
}

RequestPlan LibraryClient::plan(const LibraryApi::Request& request, const QMap<QString, QString>& values,
                                const Secret& secret) const
{
    return RequestPlanner::libraryPlan(m_destination.profile, request, values, m_destination.variables,
                                       secret);
}

void LibraryClient::list(const Query& query, PageHandler done, FailureHandler failed)
{
    listWith(m_destination.profile.library.list, query, std::move(done), std::move(failed));
}

void LibraryClient::listWith(const LibraryApi::Listing& listing, const Query& query, PageHandler done,
                             FailureHandler failed)
{
    if (!listing.isSet()) {
        failLater(failed, tr("The profile \"%1\" has no way to list this library.").arg(m_destination.name));
        return;
    }
    const int limit =
        std::clamp(query.limit > 0 ? query.limit : listing.pageSize, 1, LibraryApi::MaxPageSize);
    const qint64 offset = std::max<qint64>(query.offset, 0);
    const QMap<QString, QString> values{
        {u"search"_s, query.search},
        {u"folder"_s, query.folder},
        {u"offset"_s, QString::number(offset)},
        {u"limit"_s, QString::number(limit)},
        {u"page"_s, QString::number(offset / limit + 1)},
    };
    Call call;
    call.plan = [this, request = listing.request, values](const Secret& secret) {
        return plan(request, values, secret);
    };
    call.answered = [listing, offset, limit, done, failed](const TransferOutcome& outcome) {
        QString error;
        if (const std::optional<LibraryPage> page =
                LibraryReader::page(listing, outcome.response, offset, limit, &error))
            done(*page);
        else
            failed({error, outcome.response.status, false, outcome.response});
    };
    call.failed = std::move(failed);
    enqueue(std::move(call));
}

void LibraryClient::get(const QString& id, ItemHandler done, FailureHandler failed)
{
    const LibraryApi& api = m_destination.profile.library;
    if (!api.get.isSet()) {
        failLater(failed, tr("The profile \"%1\" has no way to look an item up.").arg(m_destination.name));
        return;
    }
    Call call;
    call.plan = [this, id](const Secret& secret) {
        return plan(m_destination.profile.library.get, {{u"id"_s, id}}, secret);
    };
    call.answered = [api, done, failed](const TransferOutcome& outcome) {
        QString error;
        if (const std::optional<LibraryItem> item = LibraryReader::item(api, outcome.response, &error))
            done(*item);
        else
            failed({error, 404, false, outcome.response});
    };
    call.failed = std::move(failed);
    enqueue(std::move(call));
}

void LibraryClient::remove(const QString& id, bool force, DoneHandler done, FailureHandler failed)
{
    if (!m_destination.profile.library.canRemove()) {
        failLater(failed, tr("The profile \"%1\" has no way to delete items.").arg(m_destination.name));
        return;
    }
    Call call;
    call.plan = [this, id, force](const Secret& secret) {
        return plan(m_destination.profile.library.remove,
                    {{u"id"_s, id}, {u"force"_s, force ? u"1"_s : QString()}}, secret);
    };
    call.answered = [done](const TransferOutcome& outcome) {
        done(outcome.response);
    };
    call.failed = std::move(failed);
    enqueue(std::move(call));
}

void LibraryClient::folders(const QString& parent, ItemsHandler done, FailureHandler failed)
{
    collectFolders(parent, 0, {}, std::move(done), std::move(failed));
}

void LibraryClient::collectFolders(const QString& parent, qint64 offset, QList<LibraryItem> found,
                                   ItemsHandler done, FailureHandler failed)
{
    const LibraryApi::Listing& listing = m_destination.profile.library.folders;
    if (!listing.isSet()) {
        failLater(failed, tr("The profile \"%1\" has no folders.").arg(m_destination.name));
        return;
    }
    listWith(
        listing, {QString(), parent, offset, 0},
        [this, parent, found, done, failed, pageSize = listing.pageSize](const LibraryPage& page) mutable {
            found += page.items;
            if (page.hasMore && page.nextOffset() < qint64(MaxFolderPages) * pageSize)
                collectFolders(parent, page.nextOffset(), found, done, failed);
            else
                done(found);
        },
        failed);
}

void LibraryClient::findByName(const QString& name, ItemsHandler done, FailureHandler failed)
{
    collectNamed(name, 0, {}, std::move(done), std::move(failed));
}

void LibraryClient::collectNamed(const QString& name, qint64 offset, QList<LibraryItem> found,
                                 ItemsHandler done, FailureHandler failed)
{
    const int pageSize = m_destination.profile.library.list.pageSize;
    list(
        {name, QString(), offset, 0},
        [this, name, found, done, failed, pageSize](const LibraryPage& page) mutable {
            for (const LibraryItem& item : page.items) {
                if (sameName(item, name))
                    found.append(item);
            }
            if (page.hasMore && page.nextOffset() < qint64(MaxLookUpPages) * pageSize)
                collectNamed(name, page.nextOffset(), found, done, failed);
            else
                done(found);
        },
        failed);
}

void LibraryClient::failLater(const FailureHandler& failed, const QString& message)
{
    // Answered from the event loop, like every other call: the caller is never re-entered.
    QMetaObject::invokeMethod(
        this, [failed, message] { failed(failure(message)); }, Qt::QueuedConnection);
}

void LibraryClient::image(const QString& url, BytesHandler done, FailureHandler failed)
{
    const QUrl address(url);
    if (!address.isValid() || (address.scheme() != u"https"_s && address.scheme() != u"http"_s)) {
        failLater(failed, tr("The image address is not valid: %1").arg(url));
        return;
    }
    Call call;
    call.plan = [this, address,
                 credentialed = Origin::same(address, libraryAddress())](const Secret& secret) {
        if (credentialed) {
            // As given, braces and all: the address is the service's, not a template.
            const LibraryApi::Request request{u"GET"_s, u"{+address}"_s, {}, {}};
            return plan(request, {{u"address"_s, address.toString()}}, secret);
        }
        RequestPlan bare; // no auth, no header of the profile's: they are the library's business only
        bare.method = "GET";
        bare.encoding = RequestPlan::Encoding::Form;
        bare.url = address;
        bare.headers.append({"User-Agent", RequestPlanner::userAgent(), false});
        return bare;
    };
    call.answered = [done](const TransferOutcome& outcome) {
        done(outcome.response.body);
    };
    call.failed = std::move(failed);
    enqueue(std::move(call));
}

QUrl LibraryClient::libraryAddress() const
{
    const Profile& profile = m_destination.profile;
    const LibraryApi::Request request{
        u"GET"_s, profile.library.canList() ? profile.library.list.request.url : profile.url, {}, {}};
    return plan(request, {}, Secret()).url;
}

void LibraryClient::enqueue(Call call)
{
    call.id = m_nextCall++;
    m_calls.append(std::move(call));
    pump();
}

void LibraryClient::pump()
{
    for (qsizetype index = 0; index < m_calls.size(); ++index) {
        Call& call = m_calls[index];
        if (call.inFlight)
            continue;
        Secret secret = m_destination.secret;
        if (!m_tokenKey.isEmpty()) {
            const std::optional<AccessToken> token = m_tokens->usableToken(m_tokenKey);
            if (!token) {
                m_tokens->fetch(m_tokenPlan, transferOptions());
                return;
            }
            call.tokenGeneration = token->generation;
            secret = {QString(), token->value};
        }
        const RequestPlan request = call.plan(secret);
        if (!request.url.isValid() || request.url.scheme().isEmpty() ||
            !request.unresolvedVariables.isEmpty()) {
            const QString problem =
                request.unresolvedVariables.isEmpty()
                    ? tr("The library's address is not valid: %1").arg(request.maskedUrl())
                    : tr("The library's address needs a value for %1.")
                          .arg(request.unresolvedVariables.join(u", "_s));
            failLater(call.failed, problem);
            m_calls.removeAt(index--);
            continue;
        }
        call.inFlight = m_network->start(request, transferOptions(), this);
        connect(call.inFlight, &TransferHandle::finished, this,
                [this, id = call.id](const TransferOutcome& outcome) { onFinished(id, outcome); });
    }
}

void LibraryClient::onFinished(quint64 id, const TransferOutcome& outcome)
{
    const auto found =
        std::find_if(m_calls.begin(), m_calls.end(), [id](const Call& call) { return call.id == id; });
    if (found == m_calls.end())
        return;
    Call call = std::move(*found);
    m_calls.erase(found);
    const ResponseRecord& response = outcome.response;
    const bool answered = outcome.kind == TransferOutcome::Kind::Answered;
    if (answered && !m_tokenKey.isEmpty() && !call.tokenRefreshed &&
        AccessToken::refusalMeansBadToken(response)) {
        // The token expired or was revoked early: one more try with a new one.
        m_tokens->invalidate(m_tokenKey, call.tokenGeneration);
        call.tokenRefreshed = true;
        call.inFlight = nullptr;
        m_calls.append(std::move(call));
        pump();
        return;
    }
    if (answered && response.status >= 200 && response.status < 300)
        call.answered(outcome);
    else
        call.failed(failureOf(outcome));
}

void LibraryClient::onTokenFailed(const QByteArray& key, const QString& message,
                                  const ResponseRecord& response)
{
    if (key != m_tokenKey)
        return;
    const QList<Call> waiting = std::exchange(m_calls, {});
    for (const Call& call : waiting)
        call.failed({tr("No access token: %1").arg(message), response.status, false, response});
}

LibraryClient::Failure LibraryClient::failureOf(const TransferOutcome& outcome) const
{
    const ResponseRecord& response = outcome.response;
    if (outcome.kind != TransferOutcome::Kind::Answered)
        return {outcome.message, 0, false, response};
    const QString explained =
        SecretMasking::scrubbed(ResponseExplainer::explain(response), m_destination.echoableSecrets());
    const QString said =
        explained.isEmpty() ? tr("The server answered HTTP %1.").arg(response.statusLine()) : explained;
    const bool inUse = response.status == 422 && m_destination.profile.library.canForceRemove() &&
                       response.body.contains("in use");
    return {said, response.status, inUse, response};
}
