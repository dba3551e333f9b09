#pragma once

#include "app/net/TransferOutcome.h"

#include <QDateTime>

#include <optional>

// When a failed attempt is worth another try, and how long to wait first: only where the server
// cannot have taken the upload (refused or dropped before the whole body, a stall while sending,
// 408, 429 and 5xx), with exponential back-off honouring Retry-After and bounded attempts.
class RetryPolicy
{
public:
    int maxAttempts = 4;
    int baseDelayMs = 1000;
    int maxDelayMs = 60'000;

    // attempts: how many were made so far, including the one that just ended.
    std::optional<int> delayBeforeRetry(const TransferOutcome& outcome, int attempts) const;

    static bool isRetryable(const TransferOutcome& outcome);
    static std::optional<int> retryAfterMs(const QByteArray& header, const QDateTime& now);
};
