#pragma once

#include "app/responses/ResponseRecord.h"

#include <QList>
#include <QSslCertificate>

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
};
