#include "app/cli/LibrarySession.h"

#include <QEventLoop>

#include <memory>

LibrarySession::LibrarySession(const Destination& destination,
                               const QList<QSslCertificate>& extraCaCertificates)
{
    m_client.setExtraCaCertificates(extraCaCertificates);
    m_client.setDestination(destination);
}

template <typename Result>
std::optional<Result> LibrarySession::wait(const Call<Result>& call, Failure* failure)
{
    // Shared with the handlers: an answer the client queued before Ctrl+C may still come after this
    // returns, and then finds no loop to end.
    struct Waiting
    {
        std::optional<Result> result;
        std::optional<Failure> failure;
        QEventLoop* loop = nullptr;

        bool answered() const { return result || failure; }
    };
    if (m_interrupted) {
        failure->message = tr("Cancelled.");
        return std::nullopt;
    }
    QEventLoop loop;
    const auto waiting = std::make_shared<Waiting>();
    waiting->loop = &loop;
    call(
        [waiting](const Result& answer) {
            if (waiting->loop) {
                waiting->result = answer;
                waiting->loop->quit();
            }
        },
        [waiting](const Failure& refusal) {
            if (waiting->loop) {
                waiting->failure = refusal;
                waiting->loop->quit();
            }
        });
    QObject::connect(&m_interrupts, &InterruptWatcher::interrupted, &loop, [this, &loop] {
        m_interrupted = true;
        m_client.cancelAll();
        loop.quit();
    });
    if (!waiting->answered())
        loop.exec();
    waiting->loop = nullptr;
    if (waiting->failure)
        *failure = *waiting->failure;
    else if (!waiting->result)
        failure->message = tr("Cancelled.");
    return waiting->result;
}

std::optional<LibraryPage> LibrarySession::list(const LibraryClient::Query& query, Failure* failure)
{
    return wait<LibraryPage>(
        [&](auto done, auto failed) { m_client.list(query, std::move(done), std::move(failed)); }, failure);
}

std::optional<ResponseRecord> LibrarySession::remove(const QString& id, bool force, Failure* failure)
{
    return wait<ResponseRecord>(
        [&](auto done, auto failed) { m_client.remove(id, force, std::move(done), std::move(failed)); },
        failure);
}

std::optional<QList<LibraryItem>> LibrarySession::folders(const QString& parent, Failure* failure)
{
    return wait<QList<LibraryItem>>(
        [&](auto done, auto failed) { m_client.folders(parent, std::move(done), std::move(failed)); },
        failure);
}
