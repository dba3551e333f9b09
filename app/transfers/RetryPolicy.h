#pragma once

#include "app/transfers/TransferOutcome.h"

#include <QDateTime>

#include <optional>

// When a failed attempt is worth another try, and how long to wait first: exponential back-off
// on connection errors, stalls, 408, 429 and 5xx, honouring Retry-After, with bounded attempts.
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
