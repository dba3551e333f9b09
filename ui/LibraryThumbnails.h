#pragma once

#include "app/transfers/Destination.h"
#include "ui/ThumbnailCache.h"

#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QStringList>

class AccessTokenCache;
class LibraryClient;
class NetworkThread;

// The thumbnails a library's items point to, for the library views: fetched only when a row that
// shows one is painted, a few at a time on the network thread (the profile's credential only to the
// library's own origin), decoded off the GUI thread and kept in memory.
class LibraryThumbnails : public QObject
{
    Q_OBJECT

public:
    static constexpr int Edge = 32;
    static constexpr int MaxFetches = 4;

    LibraryThumbnails(NetworkThread* network, AccessTokenCache* tokens, QObject* parent = nullptr);

    // Forgets every thumbnail and fetch: they belonged to another library, or another credential.
    void setDestination(const Destination& destination);
    // At once when it is here. Otherwise a null pixmap, and the image is fetched (the latest asked
    // for first: the rows on screen now), ending in ready(url) when it could be shown.
    QPixmap thumbnail(const QString& url);
    // Images asked for and not fetched yet are not fetched: the rows that asked are gone.
    void forgetWaiting() { m_waiting.clear(); }
    int fetchesStarted() const { return m_fetchesStarted; } // tests: only what is shown is fetched

signals:
    void ready(const QString& url);

private:
    void fetchNext();

    LibraryClient* m_client;
    ThumbnailCache m_cache;
    QStringList m_waiting; // the last one goes first
    QSet<QString> m_fetching;
    QSet<QString> m_failed;
    int m_fetchesStarted = 0;
};
