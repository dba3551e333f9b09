#include "app/transfers/RunEstimate.h"

#include <cmath>

void RunEstimate::reset()
{
    m_samples.clear();
    m_rate = 0;
    m_left.reset();
}

void RunEstimate::sample(qint64 nowMs, qint64 movedBytes, qint64 remainingBytes)
{
    if (!m_samples.empty() && (movedBytes < m_samples.back().bytes || nowMs < m_samples.back().ms))
        reset(); // another run, or a clock that went back
    const qint64 elapsedMs = m_samples.empty() ? 0 : nowMs - m_samples.back().ms;
    m_samples.push_back({nowMs, movedBytes});
    while (m_samples.size() > 2 && nowMs - m_samples[1].ms >= WindowMs)
        m_samples.pop_front();
    const qint64 spanMs = nowMs - m_samples.front().ms;
    if (spanMs < MinimumSpanMs)
        return;
    m_rate = double(movedBytes - m_samples.front().bytes) * 1000.0 / double(spanMs);
    if (remainingBytes <= 0) {
        m_left = 0;
        return;
    }
    if (m_rate <= 0) {
        m_left.reset();
        return;
    }
    const double raw = double(remainingBytes) / m_rate;
    if (!m_left || *m_left <= 0) {
        m_left = raw;
        return;
    }
    const double countedDown = std::max(0.0, *m_left - double(elapsedMs) / 1000.0);
    m_left = countedDown + NewEstimateWeight * (raw - countedDown);
}

std::optional<qint64> RunEstimate::secondsLeft() const
{
    if (!m_left)
        return std::nullopt;
    return qint64(std::ceil(*m_left));
}
