// The shared upload budget, on a clock the test moves: a burst goes at once, more waits exactly as
// long as the rate says, unused time refills at most one burst, and no rate means no wait.
#include "app/net/RateLimiter.h"

#include <QTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void noRateNeverWaits();
    void burstGoesThenTheRateHolds();
    void idleTimeRefillsOneBurstAtMost();
    void sharedByTwoReadersAddsUp();
    void newRateStartsAfresh();
    void heldWithinCountsFromTheEndOfTheWait();

private:
    qint64 m_now = 1000;
    RateLimiter m_limiter{[this] {
        return m_now;
    }};
};

void TestRateLimiter::noRateNeverWaits()
{
    m_limiter.setRate(0);
    QCOMPARE(m_limiter.take(100'000'000), 0);
    QCOMPARE(m_limiter.rate(), 0);
}

void TestRateLimiter::burstGoesThenTheRateHolds()
{
    m_limiter.setRate(100'000); // 100 kB/s: a burst of 10 kB
    QCOMPARE(m_limiter.take(10'000), 0);
    QCOMPARE(m_limiter.take(20'000), 200); // 20 kB more: 0.2 s
    m_now += 200;
    QCOMPARE(m_limiter.take(5'000), 50);
    m_now += 50;
    QCOMPARE(m_limiter.take(1), 1); // owed: not even a byte is free
}

void TestRateLimiter::idleTimeRefillsOneBurstAtMost()
{
    m_limiter.setRate(100'000);
    QCOMPARE(m_limiter.take(10'000), 0);
    m_now += 60'000; // a minute idle saves no more than a burst
    QCOMPARE(m_limiter.take(10'000), 0);
    QCOMPARE(m_limiter.take(10'000), 100);
}

void TestRateLimiter::sharedByTwoReadersAddsUp()
{
    m_limiter.setRate(100'000);
    QCOMPARE(m_limiter.take(10'000), 0);
    // Two uploads each taking 16 KiB: the second waits for both.
    QCOMPARE(m_limiter.take(16'384), 164);
    QCOMPARE(m_limiter.take(16'384), 328);
}

void TestRateLimiter::newRateStartsAfresh()
{
    m_limiter.setRate(100'000);
    QCOMPARE(m_limiter.take(110'000), 1000);
    m_limiter.setRate(1'000'000);
    QCOMPARE(m_limiter.rate(), 1'000'000);
    QCOMPARE(m_limiter.take(100'000), 0); // the debt of the old rate is forgiven
}

void TestRateLimiter::heldWithinCountsFromTheEndOfTheWait()
{
    m_limiter.setRate(100'000);
    QVERIFY(!m_limiter.heldWithin(1000));
    QCOMPARE(m_limiter.take(10'000), 0);
    QVERIFY(!m_limiter.heldWithin(1000)); // the burst went at once
    QCOMPARE(m_limiter.take(50'000), 500);
    m_now += 1500; // the wait ended 1 s ago
    QVERIFY(m_limiter.heldWithin(1000));
    QVERIFY(!m_limiter.heldWithin(999));
    m_limiter.setRate(0);
    QVERIFY(!m_limiter.heldWithin(1000));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
