#pragma once

#include "app/auth/AccessTokenCache.h"
#include "app/library/LibraryClient.h"
#include "app/net/NetworkThread.h"
#include "app/platform/InterruptWatcher.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>

#include <functional>
#include <optional>

// One command line run against a library: the network thread, the token cache and the client, each
// request waited for in an event loop. Ctrl+C cancels what is under way, and every request after it
// fails as cancelled without being sent.
class LibrarySession
{
    Q_DECLARE_TR_FUNCTIONS(LibrarySession)

public:
    using Failure = LibraryClient::Failure;

    LibrarySession(const Destination& destination, const QList<QSslCertificate>& extraCaCertificates);

    // Each waits for the answer: std::nullopt with *failure set when the server or the network
    // refused, or when Ctrl+C came (then interrupted() is true).
    std::optional<LibraryPage> list(const LibraryClient::Query& query, Failure* failure);
    std::optional<ResponseRecord> remove(const QString& id, bool force, Failure* failure);
    std::optional<QList<LibraryItem>> folders(const QString& parent, Failure* failure);
    bool interrupted() const { return m_interrupted; }

private:
    template <typename Result>
    using Call = std::function<void(std::function<void(const Result&)>, LibraryClient::FailureHandler)>;
    template <typename Result> std::optional<Result> wait(const Call<Result>& call, Failure* failure);

    NetworkThread m_network;
    AccessTokenCache m_tokens{&m_network};
    LibraryClient m_client{&m_network, &m_tokens};
    InterruptWatcher m_interrupts;
    bool m_interrupted = false;
};
