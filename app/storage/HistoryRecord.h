#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <optional>
#include <utility>

class RequestPlan;
class ResponseRecord;
struct JournalEntry;

// One attempt to upload one file, as the history keeps it for good: where it went, what the server
// answered and what came of it. Holds no credential: the address can only be set masked, and
// History masks secret answer headers when it stores them.
class HistoryRecord
{
public:
    enum class State
    {
        Succeeded,
        Failed,
        Cancelled,
        Unknown, // the whole body went out and no answer came: the server may have stored it
        Blocked, // preflight refused the item: nothing was sent
    };
    using Fields = QList<std::pair<QString, QString>>; // as FieldExtraction gives them, in order
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    qint64 id = 0;  // set by History
    QUuid uuid;     // the queue item's
    QDateTime time; // UTC, when the attempt ended
    QString profile;
    QString path;
    qint64 size = -1;
    qint64 mtimeMs = 0; // the file's modification time, ms since the epoch
    QString sha256;     // lower-case hex; empty when it was not computed
    State state = State::Failed;
    int httpStatus = 0; // 0: no HTTP answer
    Fields fields;      // extracted from the answer (id, URL …)
    QString message;    // the explanation or the error, for a person
    qint64 msToFirstByte = -1;
    qint64 msTotal = -1;
    Headers headers;           // the answer's
    QByteArray body;           // the answer's, at most History's cap
    qint64 bodyTotalBytes = 0; // what the server sent, including what a cap dropped
    bool bodyTruncated = false;

    // Where the file was sent, masked: no user name or password, the values of secret query parameters
    // replaced. There is no way to set it unmasked: the history keeps it for good.
    QString address() const { return m_address; }
    // The usual way: the plan's URL with its secret query keys masked.
    void setAddress(const RequestPlan& plan);
    // The address as setAddress(plan) keeps it, for the journal.
    static QString maskedAddress(const RequestPlan& plan);
    // Any URL: the user name and password go, as do the values of query parameters named in
    // secretQueryKeys or whose names look secret.
    void setAddress(const QUrl& url, const QStringList& secretQueryKeys = QStringList());
    // Status, headers, timings and body from the answer (the body capped again by History).
    void setAnswer(const ResponseRecord& response);
    // The answer as kept, for the response inspector (no reason phrase: it is not kept).
    ResponseRecord answer() const;
    // Replaces each known secret value (raw, Base64, percent-encoded) in every text of the record:
    // for answers that echo a credential back. Give the secret and every value derived from it that
    // was sent (a whole "Basic …" header value, an access token).
    void scrub(const QList<QByteArray>& secrets);

    // The attempt a crash cut off after the journal's body-sent mark: outcome unknown, at the mark's
    // time, to the address the journal kept (masked when it was journalled).
    static HistoryRecord interrupted(const JournalEntry& entry, const QString& message);

    QString fileName() const;
    QString field(const QString& name) const;
    // For `hoist history --json`: file, status, http_status, fields, time, profile, address …
    QJsonObject toJson() const;

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString& name);
    static QStringList stateNames();

private:
    friend class History; // restores stored addresses, which were masked when written

    QString m_address;
};
