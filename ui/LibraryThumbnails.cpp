#include "ui/LibraryThumbnails.h"

#include "app/library/LibraryClient.h"

LibraryThumbnails::LibraryThumbnails(NetworkThread* network, AccessTokenCache* tokens, QObject* parent)
    : QObject(parent)
    , m_client(new LibraryClient(network, tokens, this))
    , m_cache(Edge)
{
    connect(&m_cache, &ThumbnailCache::ready, this, &LibraryThumbnails::ready);
}

void LibraryThumbnails::setDestination(const Destination& destination)
{
    m_client->setDestination(destination);
    m_waiting.clear();
    m_fetching.clear();
    m_failed.clear();
    m_cache.clear();
}

QPixmap LibraryThumbnails::thumbnail(const QString& url)
{
    if (url.isEmpty())
        return QPixmap();
    if (m_cache.tried(url))
        return m_cache.cached(url);
    if (m_fetching.contains(url) || m_failed.contains(url))
        return QPixmap();
    m_waiting.removeOne(url);
    m_waiting.append(url);
    fetchNext();
    return QPixmap();
}

void LibraryThumbnails::fetchNext()
{
    while (m_fetching.size() < MaxFetches && !m_waiting.isEmpty()) {
        const QString url = m_waiting.takeLast();
        m_fetching.insert(url);
        ++m_fetchesStarted;
        m_client->image(
            url,
            [this, url](const QByteArray& bytes) {
                m_fetching.remove(url);
                m_cache.decode(url, bytes);
                fetchNext();
            },
            [this, url](const LibraryClient::Failure&) {
                // No preview, and no second try this session: the row shows its name without one.
                m_fetching.remove(url);
                m_failed.insert(url);
                fetchNext();
            });
    }
}
