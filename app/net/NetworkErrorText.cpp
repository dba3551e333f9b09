#include "app/net/NetworkErrorText.h"

QString NetworkErrorText::describe(QNetworkReply::NetworkError error, const QString& host)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1 refused the connection: is the server running, and is the port right?").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before the whole request was sent. This is often a size "
                  "limit (a proxy's 413) or the server restarting.")
            .arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("The server name %1 could not be found: check the address.").arg(host);
    case QNetworkReply::TimeoutError:
        return tr("%1 did not answer in time.").arg(host);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("The network went away while talking to %1.").arg(host);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy between you and %1 refused or dropped the request.").arg(host);
    case QNetworkReply::InsecureRedirectError:
        return tr("%1 redirected from https to plain http; Hoist does not follow that.").arg(host);
    case QNetworkReply::TooManyRedirectsError:
        return tr("%1 redirected too many times.").arg(host);
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::UnknownNetworkError:
        return tr("The connection to %1 broke off before the whole request was sent.").arg(host);
    default:
        return tr("The request to %1 failed before an answer arrived.").arg(host);
    }
}
