#pragma once

#include "app/library/LibraryItem.h"
#include "app/requests/UploadItem.h"
#include "app/transfers/Destination.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

class AccessTokenCache;
class DigestCache;
class NetworkThread;

// Whether a destination's library holds a file already: the service is searched for the name the
// file would get, and a candidate is the file when its content hash matches where the service
// reports one, otherwise when its size does. What duplicates and unknown outcomes are settled by.
class LibraryLookup : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        std::optional<LibraryItem> found;
        // An item of that name whose content the library does not report (Mayan before it has
        // processed a file): it may be the file, nobody can tell.
        std::optional<LibraryItem> unsure;
        QString error; // the library could not be asked: nothing is known
    };
    using Handler = std::function<void(const Result&)>;

    LibraryLookup(NetworkThread* network, AccessTokenCache* tokens, DigestCache* digests,
                  QObject* parent = nullptr);

    // Searches at once; the rest wait their turn (a drop of 10,000 files is 10,000 searches).
    static constexpr int MaxRunning = 4;

    static bool canLookUp(const Destination& destination);
    // The name the service lists the file under: the item's own name, else its file name.
    static QString listedName(const UploadItem& item);
    void find(const Destination& destination, const UploadItem& item, Handler done);

private:
    struct Search
    {
        Destination destination;
        UploadItem item;
        Handler done;
    };
    void next();
    void run(const Search& search);
    void compare(const Destination& destination, const UploadItem& item, const QList<LibraryItem>& candidates,
                 const Handler& done);

    NetworkThread* m_network;
    AccessTokenCache* m_tokens;
    DigestCache* m_digests;
    QList<Search> m_waiting;
    int m_running = 0;
};
