#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>

// The speed of a run and the time it has left, from samples taken a few times a second: the bytes
// moved so far (only grows) and the bytes still to send. The speed is measured over the last seconds,
// not per file, so the gap between one file and the next does not read as a stall; the time left counts
// down between samples and moves only part of the way towards each new raw estimate, so it does not
// jump when a file starts or ends.
class RunEstimate
{
public:
    void sample(qint64 nowMs, qint64 movedBytes, qint64 remainingBytes);
    void reset();
    double bytesPerSecond() const { return m_rate; }
    std::optional<qint64> secondsLeft() const; // none until the speed is known, or when nothing moves

private:
    struct Sample
    {
        qint64 ms;
        qint64 bytes;
    };
    static constexpr qint64 WindowMs = 10'000;
    static constexpr qint64 MinimumSpanMs = 1'000;
    static constexpr double NewEstimateWeight = 0.15;

    std::deque<Sample> m_samples;
    double m_rate = 0;
    std::optional<double> m_left;
};
