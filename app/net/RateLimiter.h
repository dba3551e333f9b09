#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QtGlobal>

#include <functional>

// One upload budget shared by every file body being read, on whatever thread (a token bucket): each
// read takes its bytes and learns how long to hold them back so that all uploads together stay
// within the rate. A short burst (a tenth of a second's worth) may go at once.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds, never going back

    explicit RateLimiter(Clock clock = {});

    void setRate(qint64 bytesPerSecond); // 0: no limit
    qint64 rate() const;
    // Takes `bytes` from the budget; returns how many milliseconds to wait before they may go.
    qint64 take(qint64 bytes);
    // Whether a take() within the last `ms` had to wait: the limit, not the network, set the pace.
    bool heldWithin(qint64 ms) const;

private:
    mutable QMutex m_mutex;
    QElapsedTimer m_started;
    Clock m_clock;
    qint64 m_rate = 0;
    double m_tokens = 0; // below 0: owed, to be waited for
    qint64 m_lastMs = -1;
    qint64 m_heldUntilMs = -1; // when the last wait handed out ends
};
