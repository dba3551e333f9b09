#include "app/transfers/RetryPolicy.h"

std::optional<int> RetryPolicy::delayBeforeRetry(const TransferOutcome& outcome, int attempts) const
{
    if (attempts >= maxAttempts || !isRetryable(outcome))
        return std::nullopt;
    const std::optional<int> asked =
        retryAfterMs(outcome.response.header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (asked)
        return qMin(*asked, maxDelayMs);
    const qint64 backoff = qint64(baseDelayMs) << qBound(0, attempts - 1, 16);
    return int(qMin<qint64>(backoff, maxDelayMs));
}

bool RetryPolicy::isRetryable(const TransferOutcome& outcome)
{
    switch (outcome.kind) {
    case TransferOutcome::Kind::Stalled: // while sending: the server has not got the whole body
        return true;
    case TransferOutcome::Kind::Cancelled:
    case TransferOutcome::Kind::NotSent:
    case TransferOutcome::Kind::FileChanged:
    case TransferOutcome::Kind::Unknown: // it may be stored: only the user sends it again
        return false;
    case TransferOutcome::Kind::Answered: {
        const int status = outcome.response.status;
        return status == 408 || status == 429 || (status >= 500 && status <= 599);
    }
    case TransferOutcome::Kind::Failed: // the whole body never went out
        break;
    }
    switch (outcome.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

// Retry-After is either delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
std::optional<int> RetryPolicy::retryAfterMs(const QByteArray& header, const QDateTime& now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(qMin<qint64>(seconds, 24 * 3600) * 1000));
    if (!value.endsWith(" GMT"))
        return std::nullopt;
    // Qt 6.4's RFC 2822 parser does not take the literal "GMT" (and parsing as local time breaks in a
    // daylight-saving gap), so state the offset.
    const QDateTime when = QDateTime::fromString(
        QString::fromLatin1(value.chopped(4)) + QStringLiteral(" +0000"), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return int(qBound<qint64>(0, now.msecsTo(when), qint64(24) * 3600 * 1000));
}
