#include "app/transfers/Transfer.h"

#include "app/net/TlsDiagnosis.h"
#include "app/net/TlsProbe.h"
#include "app/requests/MultipartRequest.h"
#include "app/transfers/NetworkErrorText.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace {
constexpr qint64 progressIntervalMs = 200;
}

Transfer::Transfer(RequestPlan plan, TransferOptions options, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_options(std::move(options))
    , m_network(network)
{
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(m_options.stallTimeoutMs);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] { abortWith(AbortReason::Stalled); });
}

void Transfer::start()
{
    m_response.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    send(m_plan.url);
}

void Transfer::cancel()
{
    if (m_probe) { // issue 10: the request has ended, only the TLS probe runs
        m_probe->disconnect(this);
        m_probe->deleteLater();
        finish({TransferOutcome::Kind::Cancelled, QNetworkReply::OperationCanceledError, tr("Cancelled."),
                m_response});
        return;
    }
    abortWith(AbortReason::Cancelled);
}

void Transfer::send(const QUrl& url)
{
    MultipartRequest built = MultipartRequest::build(m_plan, url, nullptr);
    if (!built.error.isEmpty()) {
        finish({TransferOutcome::Kind::NotSent, QNetworkReply::NoError, built.error, m_response});
        return;
    }
    if (!m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.extraCaCertificates);
        built.request.setSslConfiguration(tls);
    }
    m_bodySent = false;
    m_response.url = url;
    if (built.body) {
        m_reply = m_network->sendCustomRequest(built.request, m_plan.method, built.body);
        built.body->setParent(m_reply);
    } else if (m_plan.encoding == RequestPlan::Encoding::Form) {
        m_reply = m_network->sendCustomRequest(built.request, m_plan.method, built.formBody);
    } else {
        m_reply = m_network->sendCustomRequest(built.request, m_plan.method);
    }
    connect(m_reply, &QNetworkReply::uploadProgress, this, &Transfer::onUploadProgress);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Transfer::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &Transfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Transfer::onFinished);
    m_sslErrors.clear(); // issue 10
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    m_stallTimer.start();
}

void Transfer::onUploadProgress(qint64 sent, qint64 total)
{
    // Qt ends every upload with a spurious (0, 0) (QTBUG-79372): only real totals count.
    if (total <= 0)
        return;
    m_stallTimer.start();
    m_bodySent = sent >= total;
    const qint64 now = m_clock.elapsed();
    if (m_bodySent || m_lastProgressAt < 0 || now - m_lastProgressAt >= progressIntervalMs) {
        m_lastProgressAt = now;
        emit progressed(sent, total);
    }
}

void Transfer::onMetaDataChanged()
{
    m_stallTimer.start();
    if (m_response.msToFirstByte < 0)
        m_response.msToFirstByte = m_clock.elapsed();
}

void Transfer::onReadyRead()
{
    m_stallTimer.start();
    const QByteArray chunk = m_reply->readAll();
    m_response.bodyTotalBytes += chunk.size();
    const qint64 room = m_options.bodyCap - m_response.body.size();
    if (chunk.size() > room)
        m_response.bodyTruncated = true;
    m_response.body += chunk.left(qMax<qint64>(0, room));
}

void Transfer::onFinished()
{
    m_stallTimer.stop();
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    if (m_abortReason == AbortReason::Cancelled) {
        finish({TransferOutcome::Kind::Cancelled, reply->error(), tr("Cancelled."), m_response});
        return;
    }
    if (m_abortReason == AbortReason::Stalled) {
        finish({TransferOutcome::Kind::Stalled, reply->error(),
                tr("Nothing moved for %n second(s); the server or the network stalled.", nullptr,
                   m_options.stallTimeoutMs / 1000),
                m_response});
        return;
    }
    onReadyRead();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        finishWithoutAnswer(reply); // issue 10
        return;
    }
    m_response.status = status.toInt();
    m_response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_response.headers = reply->rawHeaderPairs();
    if (followRedirect())
        return;
    m_response.msTotal = m_clock.elapsed();
    finish({TransferOutcome::Kind::Answered, reply->error(), QString(), m_response});
}

// Issue 10. A failed handshake names its real cause. A plain http:// request that broke off is
// checked for a TLS port before it is reported; if it is one, retrying cannot help, so the outcome
// carries ProtocolFailure (which RetryPolicy does not retry).
void Transfer::finishWithoutAnswer(QNetworkReply* reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    const QUrl url = reply->url();
    if (error == QNetworkReply::SslHandshakeFailedError) {
        finish({TransferOutcome::Kind::NetworkError, error,
                TlsDiagnosis::describe(m_sslErrors, url.host(), reply->errorString()), m_response});
        return;
    }
    const QString message = NetworkErrorText::describe(error, url.host(), m_bodySent);
    if (url.scheme() != u"http" || !TlsProbe::isWorthProbing(error)) {
        finish({TransferOutcome::Kind::NetworkError, error, message, m_response});
        return;
    }
    m_probe = new TlsProbe(this);
    connect(m_probe, &TlsProbe::finished, this, [this, error, message, url](bool speaksTls) {
        m_probe->deleteLater();
        if (speaksTls)
            finish({TransferOutcome::Kind::NetworkError, QNetworkReply::ProtocolFailure,
                    TlsProbe::describe(url.host(), quint16(url.port(80))), m_response});
        else
            finish({TransferOutcome::Kind::NetworkError, error, message, m_response});
    });
    m_probe->start(url.host(), quint16(url.port(80)));
}

// 307 and 308 keep the method and body, so the upload is re-sent from the start (a fresh multipart:
// one that was sent cannot be replayed). 301/302/303 are reported, never followed.
bool Transfer::followRedirect()
{
    if (m_response.status != 307 && m_response.status != 308)
        return false;
    const QUrl target = m_response.url.resolved(QUrl::fromEncoded(m_response.header("Location")));
    const bool downgrade = m_response.url.scheme() == u"https" && target.scheme() != u"https";
    if (!target.isValid() || downgrade || m_redirects >= m_options.maxRedirects)
        return false;
    ++m_redirects;
    ResponseRecord fresh;
    fresh.startedAt = m_response.startedAt;
    m_response = fresh;
    send(target);
    return true;
}

void Transfer::abortWith(AbortReason reason)
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    m_abortReason = reason;
    m_reply->abort();
}

void Transfer::finish(TransferOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    if (outcome.response.msTotal < 0 && m_clock.isValid())
        outcome.response.msTotal = m_clock.elapsed();
    emit finished(outcome);
}
