#pragma once

#include "app/requests/RequestPlan.h"
#include "app/transfers/TransferOptions.h"
#include "app/transfers/TransferOutcome.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

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
    AbortReason m_abortReason = AbortReason::None;
    int m_redirects = 0;
    qint64 m_lastProgressAt = -1;
    bool m_bodySent = false;
    bool m_finished = false;
};
