#include "tests/support/TlsEmulator.h"

#include "tests/support/EmulatorClient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

TlsEmulator::TlsEmulator()
{
    QFile file(qEnvironmentVariable("HOIST_TEST_SERVERS") + u"/tls.storage/ports.json"_s);
    if (file.open(QIODevice::ReadOnly))
        m_map = QJsonDocument::fromJson(file.readAll()).object();
}

quint16 TlsEmulator::port(const QString& kind) const
{
    return quint16(m_map.value(u"ports"_s).toObject().value(kind).toInt());
}

QString TlsEmulator::url(const QString& kind, const QString& path) const
{
    const bool plain = kind == u"control"_s || kind == u"plain_closing"_s;
    return (plain ? u"http"_s : u"https"_s) + u"://127.0.0.1:"_s + QString::number(port(kind)) + path;
}

QString TlsEmulator::certificatePath(const QString& kind) const
{
    return m_map.value(u"certificates"_s).toObject().value(kind).toString();
}

QSslCertificate TlsEmulator::certificate(const QString& kind) const
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath(kind));
    return certificates.isEmpty() ? QSslCertificate() : certificates.first();
}

QByteArray TlsEmulator::send(const QByteArray& method)
{
    return EmulatorClient::blockingRequest(m_network, method, QUrl(url(u"control"_s, u"/_hoist/requests"_s)));
}

QJsonArray TlsEmulator::events()
{
    return QJsonDocument::fromJson(send("GET")).array();
}

QJsonArray TlsEmulator::events(const QString& kind, const QString& event)
{
    QJsonArray matching;
    for (const QJsonValue& entry : events()) {
        if (entry[u"port"_s].toString() == kind && entry[u"event"_s].toString() == event)
            matching.append(entry);
    }
    return matching;
}

void TlsEmulator::clear()
{
    send("DELETE");
}
