#include "app/net/RateLimiter.h"

#include <QMutexLocker>

#include <cmath>

RateLimiter::RateLimiter(Clock clock)
    : m_clock(std::move(clock))
{
    if (!m_clock) {
        m_started.start();
        m_clock = [this] {
            return m_started.elapsed();
        };
    }
}

void RateLimiter::setRate(qint64 bytesPerSecond)
{
    const QMutexLocker lock(&m_mutex);
    m_rate = qMax<qint64>(0, bytesPerSecond);
    m_lastMs = -1; // the new rate starts with a full burst and no debt
    m_heldUntilMs = -1;
}

qint64 RateLimiter::rate() const
{
    const QMutexLocker lock(&m_mutex);
    return m_rate;
}

qint64 RateLimiter::take(qint64 bytes)
{
    const QMutexLocker lock(&m_mutex);
    if (m_rate == 0)
        return 0;
    const double burst = double(m_rate) / 10;
    const qint64 now = m_clock();
    m_tokens = m_lastMs < 0 ? burst : qMin(burst, m_tokens + double(now - m_lastMs) * double(m_rate) / 1000);
    m_lastMs = now;
    m_tokens -= double(bytes);
    if (m_tokens >= 0)
        return 0;
    const qint64 waitMs = qint64(std::ceil(-m_tokens * 1000 / double(m_rate)));
    m_heldUntilMs = now + waitMs;
    return waitMs;
}

bool RateLimiter::heldWithin(qint64 ms) const
{
    const QMutexLocker lock(&m_mutex);
    return m_rate > 0 && m_heldUntilMs >= 0 && m_clock() - m_heldUntilMs <= ms;
}
