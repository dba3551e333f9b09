#pragma once

#include "app/responses/ResponseRecord.h"

#include <QList>
#include <QSslCertificate>

#include <functional>
#include <memory>

class RateLimiter;

// Settings for sending one request that do not belong to the profile.
struct TransferOptions
{
    static constexpr int DefaultAnswerTimeoutMs = 300'000;

    int stallTimeoutMs = 60'000; // while sending: no byte moved for this long ends the attempt
    // After the whole body: the complete answer must arrive within this, however it trickles.
    int answerTimeoutMs = DefaultAnswerTimeoutMs;
    qint64 bodyCap = ResponseRecord::DefaultBodyCap; // more than this is not read: the connection drops
    int maxRedirects = 5;                            // 307/308 to the same origin only
    QList<QSslCertificate> extraCaCertificates;      // trusted in addition to the system's (--cacert)
    // Called on the network thread right before the file's last bytes are handed on, once per
    // request: whatever it records is on disk before the server can have the whole file.
    std::function<void()> beforeLastByte;
    // The upload budget the file bodies share with every other upload; null: no limit.
    std::shared_ptr<RateLimiter> limiter;
};
