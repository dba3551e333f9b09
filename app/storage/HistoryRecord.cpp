#include "app/storage/HistoryRecord.h"

#include "app/NameTable.h"
#include "app/auth/SecretNames.h"
#include "app/requests/RequestPlan.h"
#include "app/responses/ResponseRecord.h"
#include "app/storage/JournalEntry.h"
#include "app/storage/SecretMasking.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// Stored in the database and accepted by `hoist history --status`: never rename one.
constexpr NameTable<HistoryRecord::State, 5> stateTable({{
    {HistoryRecord::State::Succeeded, "succeeded"_L1},
    {HistoryRecord::State::Failed, "failed"_L1},
    {HistoryRecord::State::Cancelled, "cancelled"_L1},
    {HistoryRecord::State::Unknown, "unknown"_L1},
    {HistoryRecord::State::Blocked, "blocked"_L1},
}});
} // namespace

void HistoryRecord::setAddress(const RequestPlan& plan)
{
    setAddress(plan.url, plan.secretQueryKeys);
}

QString HistoryRecord::maskedAddress(const RequestPlan& plan)
{
    HistoryRecord record;
    record.setAddress(plan);
    return record.address();
}

HistoryRecord HistoryRecord::interrupted(const JournalEntry& entry, const QString& message)
{
    HistoryRecord record;
    record.uuid = entry.uuid;
    record.time = entry.updatedAt;
    record.profile = entry.destination;
    record.m_address = entry.address;
    record.path = entry.path;
    record.size = entry.size;
    record.mtimeMs = entry.mtimeMs;
    record.state = State::Unknown;
    record.message = message;
    return record;
}

void HistoryRecord::setAddress(const QUrl& url, const QStringList& secretQueryKeys)
{
    QStringList secretKeys = secretQueryKeys;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems()) {
        if (SecretNames::looksSecret(key))
            secretKeys.append(key);
    }
    secretKeys.removeDuplicates();
    // The user name goes too: some services take the API key as the user name of Basic auth.
    m_address = RequestPlan::maskUrl(url.adjusted(QUrl::RemoveUserInfo), secretKeys);
}

void HistoryRecord::setAnswer(const ResponseRecord& response)
{
    httpStatus = response.status;
    headers = response.headers;
    body = response.body;
    bodyTotalBytes = response.bodyTotalBytes;
    bodyTruncated = response.bodyTruncated;
    msToFirstByte = response.msToFirstByte;
    msTotal = response.msTotal;
}

ResponseRecord HistoryRecord::answer() const
{
    ResponseRecord response;
    response.status = httpStatus;
    response.url = QUrl(m_address);
    response.headers = headers;
    response.body = body;
    response.bodyTotalBytes = bodyTotalBytes;
    response.bodyTruncated = bodyTruncated;
    response.msToFirstByte = msToFirstByte;
    response.msTotal = msTotal;
    return response;
}

void HistoryRecord::scrub(const QList<QByteArray>& secrets)
{
    m_address = SecretMasking::scrubbed(m_address, secrets);
    message = SecretMasking::scrubbed(message, secrets);
    body = SecretMasking::scrubbed(body, secrets);
    for (auto& [name, value] : headers)
        value = SecretMasking::scrubbed(value, secrets);
    for (auto& [name, value] : fields)
        value = SecretMasking::scrubbed(value, secrets);
}

QString HistoryRecord::fileName() const
{
    return QFileInfo(path).fileName();
}

QString HistoryRecord::field(const QString& name) const
{
    for (const auto& [key, value] : fields) {
        if (key == name)
            return value;
    }
    return QString();
}

QJsonObject HistoryRecord::toJson() const
{
    QJsonObject fieldObject;
    for (const auto& [key, value] : fields)
        fieldObject.insert(key, value);
    QJsonObject object{
        {u"uuid"_s, uuid.toString(QUuid::WithoutBraces)},
        {u"time"_s, time.toUTC().toString(Qt::ISODateWithMs)},
        {u"profile"_s, profile},
        {u"address"_s, m_address},
        {u"file"_s, path},
        {u"size"_s, size},
        {u"mtime"_s, QDateTime::fromMSecsSinceEpoch(mtimeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {u"status"_s, stateName(state)},
        {u"http_status"_s, httpStatus},
        {u"fields"_s, fieldObject},
        {u"message"_s, message},
    };
    if (!sha256.isEmpty())
        object.insert(u"sha256"_s, sha256);
    if (msToFirstByte >= 0)
        object.insert(u"ms_to_first_byte"_s, msToFirstByte);
    if (msTotal >= 0)
        object.insert(u"ms_total"_s, msTotal);
    return object;
}

QString HistoryRecord::stateName(State state)
{
    return stateTable.name(state);
}

std::optional<HistoryRecord::State> HistoryRecord::stateFromName(const QString& name)
{
    return stateTable.fromName(name);
}

QStringList HistoryRecord::stateNames()
{
    return stateTable.names();
}
