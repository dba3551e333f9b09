#pragma once

#include "app/responses/ResponseRecord.h"

#include <QMetaType>
#include <QNetworkReply>
#include <QString>

// How one attempt at sending a request ended.
struct TransferOutcome
{
    enum class Kind
    {
        Answered,     // the server sent an HTTP answer (any status)
        NetworkError, // no answer: refused, dropped, TLS, DNS …
        Stalled,      // no progress within the stall timeout
        Cancelled,    // the user cancelled
        NotSent,      // the request could not be built (file vanished, unreadable)
    };

    Kind kind = Kind::NotSent;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // for retry decisions, never shown
    QString message;                                                   // for a person
    ResponseRecord response;
};

Q_DECLARE_METATYPE(TransferOutcome)
