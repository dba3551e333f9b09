#pragma once

#include "app/responses/ResponseRecord.h"

#include <QList>
#include <QSslCertificate>

// Settings for sending one request that do not belong to the profile.
struct TransferOptions
{
    int stallTimeoutMs = 60'000; // no byte up or down for this long: give up on the attempt
    qint64 bodyCap = ResponseRecord::DefaultBodyCap;
    int maxRedirects = 5;                       // 307/308 only; the others fail
    QList<QSslCertificate> extraCaCertificates; // trusted in addition to the system's (--cacert)
};
