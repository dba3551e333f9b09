#pragma once

#include "app/responses/ResponseRecord.h"

#include <QList>
#include <QSslCertificate>

// Settings for sending one request that do not belong to the profile.
struct TransferOptions
{
    int stallTimeoutMs = 60'000; // no byte up or down for this long: give up on the attempt
    // The body is all sent and the answer is not complete after this long: the outcome is unknown, and
    // the file is not sent again (hoist upload --answer-timeout).
    int answerTimeoutMs = 300'000;
    qint64 bodyCap = ResponseRecord::DefaultBodyCap;
    int maxRedirects = 5;                       // 307/308 only; the others fail
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's (--cacert)
};
