#include "app/library/LibraryLookup.h"

#include "app/library/DeliveryCheck.h"
#include "app/library/DigestCache.h"
#include "app/library/LibraryClient.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// A candidate whose content the library does not report: it may be the file, nobody can tell.
std::optional<LibraryItem> unsureAmong(const QList<LibraryItem>& candidates, bool byHash)
{
    for (const LibraryItem& candidate : candidates) {
        if (candidate.size < 0 && (!byHash || candidate.hash.isEmpty()))
            return candidate;
    }
    return std::nullopt;
}
} // namespace

LibraryLookup::LibraryLookup(NetworkThread* network, AccessTokenCache* tokens, DigestCache* digests,
                             QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_digests(digests)
{
}

bool LibraryLookup::canLookUp(const Destination& destination)
{
    return destination.profile.library.canList();
}

QString LibraryLookup::listedName(const UploadItem& item)
{
    const QString name = item.metadata.value(u"name"_s);
    return name.isEmpty() ? QFileInfo(item.path).fileName() : name;
}

void LibraryLookup::find(const Destination& destination, const UploadItem& item, Handler done)
{
    m_waiting.append({destination, item, std::move(done)});
    next();
}

void LibraryLookup::next()
{
    while (m_running < MaxRunning && !m_waiting.isEmpty()) {
        ++m_running;
        run(m_waiting.takeFirst());
    }
}

void LibraryLookup::run(const Search& search)
{
    const Handler finish = [this, done = search.done](const Result& result) {
        --m_running;
        done(result);
        next();
    };
    // A client per search: a destination's values or secret may change between two searches.
    auto* client = new LibraryClient(m_network, m_tokens, this);
    client->setDestination(search.destination);
    client->findByName(
        listedName(search.item),
        [this, client, search, finish](const QList<LibraryItem>& candidates) {
            client->deleteLater();
            compare(search.destination, search.item, candidates, finish);
        },
        [client, finish](const LibraryClient::Failure& failure) {
            client->deleteLater();
            finish({std::nullopt, std::nullopt, failure.message});
        });
}

void LibraryLookup::compare(const Destination& destination, const UploadItem& item,
                            const QList<LibraryItem>& candidates, const Handler& done)
{
    const LibraryApi& api = destination.profile.library;
    const bool byHash = api.hash != LibraryApi::Hash::None &&
                        std::any_of(candidates.cbegin(), candidates.cend(),
                                    [](const LibraryItem& candidate) { return !candidate.hash.isEmpty(); });
    if (!byHash) {
        const auto same =
            std::find_if(candidates.cbegin(), candidates.cend(), [&item](const LibraryItem& candidate) {
                return candidate.size >= 0 && candidate.size == item.size;
            });
        if (same != candidates.cend())
            done({*same, std::nullopt, QString()});
        else
            done({std::nullopt, unsureAmong(candidates, false), QString()});
        return;
    }
    m_digests->digest(item.path, [api, item, candidates, done](const FileDigest& digest) {
        const QString fileName = QFileInfo(item.path).fileName();
        for (const LibraryItem& candidate : candidates) {
            if (!candidate.hash.isEmpty() &&
                DeliveryCheck::ofItem(api, candidate, digest, fileName).verdict ==
                    DeliveryCheck::Verdict::Verified)
                return done({candidate, std::nullopt, QString()});
        }
        done({std::nullopt, unsureAmong(candidates, true),
              digest.isValid() ? QString() : LibraryLookup::tr("The file could not be read.")});
    });
}
