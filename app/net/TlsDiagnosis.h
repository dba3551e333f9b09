#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QString>

// Turns what a failed TLS handshake complained about into one sentence that names the real cause
// (wrong host name, expired, self-signed, unknown authority …) and says what to do about it.
class TlsDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(TlsDiagnosis)

public:
    // `errors` as QNetworkReply::sslErrors or QSslSocket::sslErrors gave them, `host` as the URL
    // names it. `detail` is the connection's own error text, said when no certificate was blamed
    // (no protocol version in common, a handshake cut off).
    static QString describe(const QList<QSslError>& errors, const QString& host, const QString& detail = {});

    // The error `describe` speaks about, the most telling first: a wrong name outranks an unknown
    // issuer of the same certificate. QSslError::NoError for an empty list.
    static QSslError mainError(const QList<QSslError>& errors);
};
