#pragma once

#include "app/requests/RequestPlan.h"
#include "app/transfers/TransferOptions.h"
#include "app/transfers/TransferOutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;
class TlsProbe; // issue 10

// One request in flight on the network thread: streams the multipart body, follows 307/308 by
// re-sending, keeps the (capped) answer, and ends exactly once with an outcome.
class Transfer : public QObject
{
    Q_OBJECT

public:
    Transfer(RequestPlan plan, TransferOptions options, QNetworkAccessManager* network, QObject* parent);

    void start();
    void cancel();

signals:
    void progressed(qint64 sent, qint64 total);
    void finished(const TransferOutcome& outcome);

private:
    enum class AbortReason
    {
        None,
        Cancelled,
        Stalled,
    };

    void send(const QUrl& url);
    void onUploadProgress(qint64 sent, qint64 total);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void finishWithoutAnswer(QNetworkReply* reply); // issue 10: TLS causes named, http:// to a TLS port
    void abortWith(AbortReason reason);
    bool followRedirect();
    void finish(TransferOutcome outcome);

    RequestPlan m_plan;
    TransferOptions m_options;
    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stallTimer;
    QElapsedTimer m_clock;
    ResponseRecord m_response;
    QList<QSslError> m_sslErrors; // issue 10: what the last handshake complained about
    QPointer<TlsProbe> m_probe;   // issue 10: asking whether an http:// port speaks TLS
    AbortReason m_abortReason = AbortReason::None;
    int m_redirects = 0;
    qint64 m_lastProgressAt = -1;
    bool m_bodySent = false;
    bool m_finished = false;
};
