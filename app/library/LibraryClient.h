#pragma once

#include "app/library/LibraryPage.h"
#include "app/net/TransferOptions.h"
#include "app/net/TransferOutcome.h"
#include "app/requests/RequestPlan.h"
#include "app/transfers/Destination.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <functional>

class AccessTokenCache;
class NetworkThread;
class TransferHandle;

// Talks to one destination's library on the network thread: lists a page (search, folder),
// looks an item up, deletes one, lists folders, and finds items by name. Token schemes get their
// token from the shared cache; a refused token is replaced once. Redirects stay on the same origin
// (Transfer), so the credential goes only where the profile points.
class LibraryClient : public QObject
{
    Q_OBJECT

public:
    struct Query
    {
        QString search;
        QString folder;
        qint64 offset = 0;
        int limit = 0; // 0: the profile's page size
    };
    struct Failure
    {
        QString message;
        int status = 0;     // 0: no answer
        bool inUse = false; // the service keeps the item because something uses it (Xibo's 422)
        ResponseRecord response;
    };
    using FailureHandler = std::function<void(const Failure&)>;
    using PageHandler = std::function<void(const LibraryPage&)>;
    using ItemsHandler = std::function<void(const QList<LibraryItem>&)>;
    using ItemHandler = std::function<void(const LibraryItem&)>;
    using DoneHandler = std::function<void(const ResponseRecord&)>;
    using BytesHandler = std::function<void(const QByteArray&)>;

    // Pages a search for a name may read before it gives up (names the service matches loosely).
    static constexpr int MaxLookUpPages = 5;
    static constexpr int MaxFolderPages = 20;

    LibraryClient(NetworkThread* network, AccessTokenCache* tokens, QObject* parent = nullptr);

    // Drops whatever is under way for the previous destination (its handlers are not called).
    void setDestination(const Destination& destination);
    const Destination& destination() const { return m_destination; }
    // Trusted for its requests in addition to the system's certificates (--cacert); checks stay on.
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);

    void list(const Query& query, PageHandler done, FailureHandler failed);
    void get(const QString& id, ItemHandler done, FailureHandler failed);
    void remove(const QString& id, bool force, DoneHandler done, FailureHandler failed);
    void folders(const QString& parent, ItemsHandler done, FailureHandler failed);
    // Every item named exactly name (the service's search is asked, its looser matches dropped).
    void findByName(const QString& name, ItemsHandler done, FailureHandler failed);
    // The body at an address the library gave (a thumbnail). The profile's credential goes only to
    // the library's own origin: an image elsewhere (a CDN) is fetched without it.
    void image(const QString& url, BytesHandler done, FailureHandler failed);
    // Everything under way ends; no handler is called.
    void cancelAll();

private:
    struct Call
    {
        quint64 id = 0;
        std::function<RequestPlan(const Secret&)> plan;
        std::function<void(const TransferOutcome&)> answered; // a 2xx answer
        FailureHandler failed;
        bool tokenRefreshed = false;
        int tokenGeneration = 0;
        QPointer<TransferHandle> inFlight;
    };
    TransferOptions transferOptions() const;
    void enqueue(Call call);
    void failLater(const FailureHandler& failed, const QString& message);
    void pump();
    void onFinished(quint64 id, const TransferOutcome& outcome);
    void onTokenFailed(const QByteArray& key, const QString& message, const ResponseRecord& response);
    Failure failureOf(const TransferOutcome& outcome) const;
    RequestPlan plan(const LibraryApi::Request& request, const QMap<QString, QString>& values,
                     const Secret& secret) const;
    void collectFolders(const QString& parent, qint64 offset, QList<LibraryItem> found, ItemsHandler done,
                        FailureHandler failed);
    void collectNamed(const QString& name, qint64 offset, QList<LibraryItem> found, ItemsHandler done,
                      FailureHandler failed);
    void listWith(const LibraryApi::Listing& listing, const Query& query, PageHandler done,
                  FailureHandler failed);
    QUrl libraryAddress() const; // where the profile lists its library, else where it uploads

    NetworkThread* m_network;
    AccessTokenCache* m_tokens;
    Destination m_destination;
    QList<QSslCertificate> m_extraCaCertificates;
    RequestPlan m_tokenPlan;
    QByteArray m_tokenKey; // empty: the profile sends its secret itself
    QList<Call> m_calls;
    quint64 m_nextCall = 1;
};
