#pragma once

#include "app/net/FileDigest.h"
#include "app/responses/ResponseRecord.h"

#include <QMetaType>
#include <QNetworkReply>
#include <QString>

// How one request ended, told apart by what the server can have received: nothing, part of the
// body (safe to send again), or the whole body without a complete answer (the outcome is unknown).
struct TransferOutcome
{
    enum class Kind
    {
        Answered,    // a complete HTTP answer (any status), or its first part up to the body cap
        NotSent,     // the request could not be built or started (file gone, unreadable)
        Failed,      // no answer, and the whole body never went out: refused, reset mid-body, TLS …
        Stalled,     // nothing moved within the stall timeout while sending
        FileChanged, // the file changed while it was read: the body was cut short on purpose
        Cancelled,   // cancelled before the whole body went out
        Unknown,     // the whole body went out and no complete answer came: it may be stored
    };

    Kind kind = Kind::NotSent;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // for retry decisions, never shown
    QString message;                                                   // for a person
    ResponseRecord response;
    int requestsSent = 0;      // every request that left Hoist: redirects and Qt's own re-sends count
    bool bodyComplete = false; // the last byte of the body was handed to the connection
    FileDigest sent;           // the file part's bytes as they went out; invalid when not all went

    // The server may hold the upload: nothing may send it again on its own.
    bool mayBeStored() const { return kind == Kind::Unknown; }
};

Q_DECLARE_METATYPE(TransferOutcome)
