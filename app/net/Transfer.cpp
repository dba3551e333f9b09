#include "app/net/Transfer.h"

#include "app/net/FileBodyDevice.h"
#include "app/net/MultipartRequest.h"
#include "app/net/NetworkErrorText.h"
#include "app/net/Origin.h"
#include "app/net/RateLimiter.h"
#include "app/net/TlsDiagnosis.h"
#include "app/net/TlsProbe.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace {
constexpr qint64 progressIntervalMs = 200;
constexpr qint64 readBufferBytes = 256 * 1024;

// Errors Qt derives from an HTTP status (401 → AuthenticationRequiredError …) are answers; the ones
// below 100 mean the connection itself failed.
bool isConnectionError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}
} // namespace

Transfer::Transfer(RequestPlan plan, TransferOptions options, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_options(std::move(options))
    , m_network(network)
{
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(m_options.stallTimeoutMs);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        // Under a speed limit shared by many uploads, the chunks of one can be further apart than
        // the stall timeout: waiting for the budget is not a stall. (A connection that stalls while
        // others hold the budget is caught once the limit no longer holds anyone back.)
        if (m_options.limiter && m_options.limiter->heldWithin(m_options.stallTimeoutMs))
            m_stallTimer.start();
        else
            abortWith(AbortReason::Stalled);
    });
    m_answerTimer.setSingleShot(true);
    m_answerTimer.setInterval(m_options.answerTimeoutMs);
    connect(&m_answerTimer, &QTimer::timeout, this, [this] { abortWith(AbortReason::AnswerDeadline); });
}

void Transfer::start()
{
    m_response.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    send(m_plan.url);
}

void Transfer::cancel()
{
    if (m_probe) { // the request is over; only the question whether the port speaks TLS is open
        m_probe->disconnect(this);
        m_probe->deleteLater();
        finish(outcome(TransferOutcome::Kind::Cancelled, tr("Cancelled.")));
        return;
    }
    abortWith(AbortReason::Cancelled);
}

void Transfer::send(const QUrl& url)
{
    MultipartRequest built = MultipartRequest::build(m_plan, url, nullptr);
    if (!built.error.isEmpty()) {
        finish(outcome(TransferOutcome::Kind::NotSent, built.error));
        return;
    }
    if (!m_options.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.extraCaCertificates);
        built.request.setSslConfiguration(tls);
    }
    m_hasBody = built.body != nullptr || !built.formBody.isEmpty();
    m_bodySent = false;
    m_sslErrors.clear();
    m_files.clear();
    for (FileBodyDevice* file : std::as_const(built.files)) {
        file->setBeforeLastByte(m_options.beforeLastByte);
        file->setLimiter(m_options.limiter);
        m_files.append(file);
    }
    m_response.url = url;
    ++m_requests;
    if (built.body) {
        m_reply = m_network->sendCustomRequest(built.request, m_plan.method, built.body);
        built.body->setParent(m_reply);
    } else if (m_plan.encoding == RequestPlan::Encoding::Form) {
        m_reply = m_network->sendCustomRequest(built.request, m_plan.method, built.formBody);
    } else {
        m_reply = m_network->sendCustomRequest(built.request, m_plan.method);
    }
    // Qt reads ahead only this far: a server that sends gigabytes cannot fill the memory.
    m_reply->setReadBufferSize(readBufferBytes);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &Transfer::onUploadProgress);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &Transfer::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &Transfer::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Transfer::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    m_stallTimer.start();
    if (!m_hasBody)
        m_answerTimer.start();
}

void Transfer::onUploadProgress(qint64 sent, qint64 total)
{
    // Qt ends every upload with a spurious (0, 0) (QTBUG-79372): only real totals count.
    if (total <= 0 || m_bodySent)
        return;
    m_stallTimer.start();
    const qint64 now = m_clock.elapsed();
    if (sent >= total || m_lastProgressAt < 0 || now - m_lastProgressAt >= progressIntervalMs) {
        m_lastProgressAt = now;
        emit progressed(sent, total);
    }
    if (sent >= total)
        markBodySent();
}

// Sending is over: the stall timeout no longer applies, the answer deadline does, however slowly
// the answer trickles in.
void Transfer::markBodySent()
{
    m_bodySent = true;
    m_stallTimer.stop();
    m_answerTimer.start();
    emit bodySent();
}

void Transfer::onMetaDataChanged()
{
    if (!m_bodySent)
        m_stallTimer.start();
    if (m_response.msToFirstByte < 0)
        m_response.msToFirstByte = m_clock.elapsed();
}

void Transfer::onReadyRead()
{
    if (!m_reply || m_abortReason != AbortReason::None || m_finished)
        return;
    if (!m_bodySent)
        m_stallTimer.start();
    const qint64 room = m_options.bodyCap - m_response.body.size();
    const QByteArray chunk = m_reply->read(qMax<qint64>(room, 0) + 1);
    m_response.bodyTotalBytes += chunk.size();
    m_response.body += chunk.left(room);
    if (chunk.size() > room) {
        // Enough to judge and show; the rest is not read at all.
        m_response.bodyTruncated = true;
        abortWith(AbortReason::BodyCap);
    } else if (m_reply->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(this, &Transfer::onReadyRead, Qt::QueuedConnection);
    }
}

void Transfer::onFinished()
{
    m_stallTimer.stop();
    m_answerTimer.stop();
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    onReadyRead();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        m_response.status = status.toInt();
        m_response.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        m_response.headers = reply->rawHeaderPairs();
    }
    if (const auto abort = aborted(reply)) {
        finish(*abort);
        return;
    }
    if (const QString failure = fileFailure(); !failure.isEmpty()) {
        finish(outcome(TransferOutcome::Kind::FileChanged, failure));
        return;
    }
    if (!status.isValid()) {
        finishUnanswered(reply);
        return;
    }
    // An answer cut off in its body still has its status; what arrived is kept and marked.
    m_response.bodyTruncated = m_response.bodyTruncated || isConnectionError(reply->error());
    if (const auto redirected = redirect()) {
        finish(*redirected);
        return;
    }
    if (m_reply != reply)
        return; // followed: the next request is on its way
    m_response.msTotal = m_clock.elapsed();
    finish(outcome(TransferOutcome::Kind::Answered, QString(), reply->error()));
}

std::optional<TransferOutcome> Transfer::aborted(QNetworkReply* reply) const
{
    const QString host = m_response.url.host();
    const bool mayBeStored = m_hasBody && m_bodySent;
    switch (m_abortReason) {
    case AbortReason::None:
        return std::nullopt;
    case AbortReason::BodyCap:
        return outcome(TransferOutcome::Kind::Answered, QString());
    case AbortReason::Cancelled:
        if (mayBeStored)
            return outcome(TransferOutcome::Kind::Unknown,
                           tr("Cancelled after the whole file was sent to %1: it may have stored it. Check "
                              "the library before sending it again.")
                               .arg(host));
        return outcome(TransferOutcome::Kind::Cancelled, tr("Cancelled."));
    case AbortReason::Stalled:
        return outcome(TransferOutcome::Kind::Stalled,
                       tr("Nothing moved for %n second(s) while sending to %1; the server or the network "
                          "stalled.",
                          nullptr, m_options.stallTimeoutMs / 1000)
                           .arg(host),
                       reply->error());
    case AbortReason::AnswerDeadline:
        if (mayBeStored)
            return outcome(TransferOutcome::Kind::Unknown,
                           tr("%1 took the whole file but gave no complete answer within %n second(s): it "
                              "may have stored it. Check the library before sending it again.",
                              nullptr, m_options.answerTimeoutMs / 1000)
                               .arg(host));
        return outcome(
            TransferOutcome::Kind::Failed,
            tr("%1 gave no complete answer within %n second(s).", nullptr, m_options.answerTimeoutMs / 1000)
                .arg(host),
            QNetworkReply::TimeoutError);
    }
    return std::nullopt;
}

// No HTTP answer at all. Once the whole body was out (Qt then even tries to send it again, which
// FileBodyDevice refuses: ContentReSendError) the server may have stored it. Otherwise the cause is
// named: the certificate's real problem, or an http:// address of a port that speaks TLS.
void Transfer::finishUnanswered(QNetworkReply* reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    const QUrl url = reply->url();
    if (m_hasBody && (m_bodySent || error == QNetworkReply::ContentReSendError)) {
        finish(outcome(TransferOutcome::Kind::Unknown,
                       tr("%1 closed the connection after the whole file was sent, without answering: it "
                          "may have stored it. Check the library before sending it again.")
                           .arg(url.host()),
                       error));
        return;
    }
    if (error == QNetworkReply::SslHandshakeFailedError) {
        finish(outcome(TransferOutcome::Kind::Failed,
                       TlsDiagnosis::describe(m_sslErrors, url.host(), reply->errorString()), error));
        return;
    }
    const QString message = NetworkErrorText::describe(error, url.host());
    if (url.scheme() != u"http" || !TlsProbe::isWorthProbing(error)) {
        finish(outcome(TransferOutcome::Kind::Failed, message, error));
        return;
    }
    m_probe = new TlsProbe(this);
    connect(m_probe, &TlsProbe::finished, this, [this, error, message, url](bool speaksTls) {
        m_probe->deleteLater();
        // A TLS port stays one: ProtocolFailure is not worth another try.
        if (speaksTls)
            finish(outcome(TransferOutcome::Kind::Failed,
                           TlsProbe::describe(url.host(), quint16(url.port(80))),
                           QNetworkReply::ProtocolFailure));
        else
            finish(outcome(TransferOutcome::Kind::Failed, message, error));
    });
    m_probe->start(url.host(), quint16(url.port(80)));
}

// 307 and 308 keep the method and body: the upload is sent again from the start (a fresh multipart:
// one that was sent cannot be replayed), but only to the same origin, so that neither the file nor
// the sign-in goes where the user did not send it. 301/302/303 are answers, never followed.
std::optional<TransferOutcome> Transfer::redirect()
{
    if (m_response.status != 307 && m_response.status != 308)
        return std::nullopt;
    const QByteArray location = m_response.header("Location");
    const QUrl target = m_response.url.resolved(QUrl::fromEncoded(location));
    if (location.isEmpty() || !target.isValid())
        return std::nullopt;
    if (!Origin::same(target, m_response.url)) {
        return outcome(TransferOutcome::Kind::Failed,
                       tr("%1 redirected the upload to another address, %2. Hoist sent neither the file nor "
                          "the sign-in there; if that address is right, put it in the profile.")
                           .arg(m_response.url.host(),
                                target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    }
    if (m_redirects >= m_options.maxRedirects) {
        return outcome(TransferOutcome::Kind::Failed,
                       tr("Too many redirects: %1 redirected the upload more than %n time(s), so it was not "
                          "sent again.",
                          nullptr, m_options.maxRedirects)
                           .arg(m_response.url.host()));
    }
    ++m_redirects;
    for (const FileBodyDevice* file : std::as_const(m_files))
        m_rewinds += file ? file->rewinds() : 0;
    ResponseRecord fresh;
    fresh.startedAt = m_response.startedAt;
    m_response = fresh;
    send(target);
    return std::nullopt;
}

QString Transfer::fileFailure() const
{
    for (const FileBodyDevice* file : m_files) {
        if (file && !file->failure().isEmpty())
            return file->failure();
    }
    return QString();
}

TransferOutcome Transfer::outcome(TransferOutcome::Kind kind, const QString& message,
                                  QNetworkReply::NetworkError error) const
{
    TransferOutcome result;
    result.kind = kind;
    result.message = message;
    result.networkError = error;
    result.response = m_response;
    result.bodyComplete = m_bodySent;
    return result;
}

void Transfer::abortWith(AbortReason reason)
{
    if (!m_reply || m_abortReason != AbortReason::None || m_finished)
        return;
    m_abortReason = reason;
    m_reply->abort();
}

void Transfer::finish(TransferOutcome outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    // Qt's own re-send of a partly sent body (a stale keep-alive connection) is a request too.
    int rewinds = m_rewinds;
    for (const FileBodyDevice* file : std::as_const(m_files))
        rewinds += file ? file->rewinds() : 0;
    outcome.requestsSent = m_requests + rewinds;
    if (m_files.size() == 1 && m_files.constFirst())
        outcome.sent = m_files.constFirst()->digest();
    if (outcome.response.msTotal < 0 && m_clock.isValid())
        outcome.response.msTotal = m_clock.elapsed();
    emit finished(outcome);
}
