#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

// Sentences for Qt's network errors: people never see a raw QNetworkReply::NetworkError.
class NetworkErrorText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkErrorText)

public:
    // For a request that got no answer and did not send its whole body (TLS failures: TlsDiagnosis).
    static QString describe(QNetworkReply::NetworkError error, const QString& host);
};
