#include "app/net/TlsProbe.h"

#include <QSslSocket>

TlsProbe::TlsProbe(QObject* parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { conclude(false); });
}

void TlsProbe::start(const QString& host, quint16 port, int timeoutMs)
{
    if (m_started)
        return;
    m_started = true;
    if (!QSslSocket::supportsSsl() || host.isEmpty() || port == 0) {
        QMetaObject::invokeMethod(
            this, [this] { conclude(false); }, Qt::QueuedConnection);
        return;
    }
    m_socket = new QSslSocket(this);
    // Only whether a TLS server answers matters: nothing is sent after the handshake, so the
    // certificate need not be trusted here (the real request still checks it).
    m_socket->setPeerVerifyMode(QSslSocket::QueryPeer);
    // Any of these means a TLS server answered the hello.
    connect(m_socket, &QSslSocket::encrypted, this, [this] { conclude(true); });
    connect(m_socket, &QSslSocket::sslErrors, this, [this] { conclude(true); });
    connect(m_socket, &QSslSocket::peerVerifyError, this, [this] { conclude(true); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this] { conclude(false); });
    m_timeout.start(timeoutMs);
    m_inStart = true;
    m_socket->connectToHostEncrypted(host, port);
    m_inStart = false;
}

void TlsProbe::conclude(bool speaksTls)
{
    if (m_done)
        return;
    if (m_inStart) { // a socket may fail on the spot: finished() still comes later
        QMetaObject::invokeMethod(
            this, [this, speaksTls] { conclude(speaksTls); }, Qt::QueuedConnection);
        return;
    }
    m_done = true;
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit finished(speaksTls);
}

bool TlsProbe::isWorthProbing(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

QString TlsProbe::describe(const QString& host, quint16 port)
{
    return tr("%1:%2 speaks TLS: use https:// instead of http://.").arg(host).arg(port);
}
