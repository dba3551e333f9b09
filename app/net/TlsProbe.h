#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QString>
#include <QTimer>

class QSslSocket;

// Finds out whether a port speaks TLS, after a plain http:// request to it broke off: opens a TLS
// handshake (no data, no credentials, no verification) and says whether a TLS server answered.
class TlsProbe : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 2000;

    explicit TlsProbe(QObject* parent = nullptr);

    // Emits finished() exactly once, never from within start(). Call start() once. The probe's
    // socket is still in its signal when finished() comes: deleteLater() the probe, not delete.
    void start(const QString& host, quint16 port, int timeoutMs = DefaultTimeoutMs);

    // The errors a plain http:// request to a TLS port ends with: worth a probe.
    static bool isWorthProbing(QNetworkReply::NetworkError error);
    // What to tell the user when the probe found TLS.
    static QString describe(const QString& host, quint16 port);

signals:
    void finished(bool speaksTls);

private:
    void conclude(bool speaksTls);

    QSslSocket* m_socket = nullptr;
    QTimer m_timeout;
    bool m_started = false;
    bool m_inStart = false;
    bool m_done = false;
};
