#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QString>

// The HTTPS emulator (tests/servers/tls.py) as the "tls" fixture started it: a port per kind of
// certificate ("valid", "wrong_host", "expired", …), its test CA, and what its ports saw. Blocking
// calls, for test code only.
class TlsEmulator
{
public:
    TlsEmulator(); // reads $HOIST_TEST_SERVERS/tls.storage/ports.json

    bool isValid() const
    {
        return port(QStringLiteral("valid")) != 0 && port(QStringLiteral("control")) != 0;
    }
    quint16 port(const QString& kind) const;
    // https://127.0.0.1:PORT<path> (http:// for the plain ports)
    QString url(const QString& kind, const QString& path = QStringLiteral("/upload")) const;
    QString caPath() const { return m_map.value(QStringLiteral("ca")).toString(); }
    QString otherCaPath() const { return m_map.value(QStringLiteral("other_ca")).toString(); }
    QString certificatePath(const QString& kind) const;
    QSslCertificate certificate(const QString& kind) const;

    QJsonArray events(); // what the ports saw, oldest first (see tls.py)
    QJsonArray events(const QString& kind, const QString& event);
    void clear();

private:
    QByteArray send(const QByteArray& method);

    QJsonObject m_map;
    QNetworkAccessManager m_network;
};
