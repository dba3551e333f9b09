#pragma once

#include "app/net/TransferOptions.h"
#include "app/net/TransferOutcome.h"
#include "app/requests/RequestPlan.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class FileBodyDevice;
class TlsProbe;
class QNetworkAccessManager;
class QNetworkReply;

// One request in flight on the network thread: streams the body, follows 307/308 within the same
// origin, keeps the (capped) answer, bounds the sending by the stall timeout and the wait for the
// answer by the answer deadline, and ends exactly once with an outcome that says what the server
// can have received.
class Transfer : public QObject
{
    Q_OBJECT

public:
    Transfer(RequestPlan plan, TransferOptions options, QNetworkAccessManager* network, QObject* parent);

    void start();
    void cancel();

signals:
    void progressed(qint64 sent, qint64 total);
    void bodySent(); // the whole body is out: from now on the outcome can be unknown
    void finished(const TransferOutcome& outcome);

private:
    enum class AbortReason
    {
        None,
        Cancelled,
        Stalled,
        AnswerDeadline,
        BodyCap,
    };

    void send(const QUrl& url);
    void onUploadProgress(qint64 sent, qint64 total);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void markBodySent();
    void abortWith(AbortReason reason);
    std::optional<TransferOutcome> aborted(QNetworkReply* reply) const;
    void finishUnanswered(QNetworkReply* reply);
    std::optional<TransferOutcome> redirect();
    QString fileFailure() const;
    TransferOutcome outcome(TransferOutcome::Kind kind, const QString& message,
                            QNetworkReply::NetworkError error = QNetworkReply::NoError) const;
    void finish(TransferOutcome outcome);

    RequestPlan m_plan;
    TransferOptions m_options;
    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QList<QPointer<FileBodyDevice>> m_files;
    QList<QSslError> m_sslErrors; // what the last handshake complained about
    QPointer<TlsProbe> m_probe;   // asking whether a port that broke off an http:// request speaks TLS
    QTimer m_stallTimer;
    QTimer m_answerTimer;
    QElapsedTimer m_clock;
    ResponseRecord m_response;
    AbortReason m_abortReason = AbortReason::None;
    int m_redirects = 0;
    int m_requests = 0;
    int m_rewinds = 0;
    qint64 m_lastProgressAt = -1;
    bool m_hasBody = false;
    bool m_bodySent = false;
    bool m_finished = false;
};
