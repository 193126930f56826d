#include "FakeExchangeServer.h"
#include "http/RateLimiter.h"

#include <QTest>

#include <algorithm>

using autocoin::RateLimiter;

namespace {

/// Sends `count` requests of `group` as early as the limiter allows; returns the send times.
QList<qint64> burst(RateLimiter &limiter, const QString &group, int count, qint64 start = 0)
{
    QList<qint64> times;
    qint64 t = start;
    for (int i = 0; i < count; ++i) {
        t += limiter.delayFor(group, t);
        limiter.recordSend(group, t);
        times.append(t);
    }
    return times;
}

} // namespace

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBurstOfHundredTickersNeverExceedsTenPerSecond()
    {
        RateLimiter limiter;
        limiter.setLimit(QStringLiteral("ticker"), {10, 1000});
        const QList<qint64> times = burst(limiter, QStringLiteral("ticker"), 100);
        QCOMPARE(autocoin::test::peakPerSecond(times), 10);
        // … and it is not needlessly slow: 100 requests at 10/s take nine seconds and a bit.
        QVERIFY(times.last() <= 9000);
        // Every aligned wall-clock second holds at most ten as well.
        for (qint64 second = 0; second < 10; ++second) {
            const auto n = std::count_if(times.begin(), times.end(), [second](qint64 t) { return t / 1000 == second; });
            QVERIFY(n <= 10);
        }
    }

    void groupsAreIndependent()
    {
        RateLimiter limiter;
        limiter.setLimit(QStringLiteral("ticker"), {10, 1000});
        limiter.setLimit(QStringLiteral("order"), {12, 1000});
        burst(limiter, QStringLiteral("ticker"), 10);
        QVERIFY(limiter.delayFor(QStringLiteral("ticker"), 0) > 0);
        QCOMPARE(limiter.delayFor(QStringLiteral("order"), 0), 0);
    }

    void remainingZeroWaitsForTheNextSecond()
    {
        RateLimiter limiter;
        limiter.recordRemaining(QStringLiteral("default"), 0, 5000);
        QCOMPARE(limiter.delayFor(QStringLiteral("default"), 5000), 1000);
        QCOMPARE(limiter.delayFor(QStringLiteral("default"), 6000), 0);
        limiter.recordRemaining(QStringLiteral("default"), 3, 7000);
        QCOMPARE(limiter.delayFor(QStringLiteral("default"), 7000), 0);
    }

    void backOffGrowsWithJitterAndResetsOnSuccess()
    {
        RateLimiter limiter;
        const QString g = QStringLiteral("candle");
        qint64 previousCeiling = 0;
        for (int strike = 0; strike < 5; ++strike) {
            const qint64 backoff = limiter.recordTooManyRequests(g, 0);
            const qint64 step = 1000LL << strike;
            QVERIFY2(backoff >= step / 2 && backoff <= step, qPrintable(QString::number(backoff)));
            QVERIFY(step > previousCeiling);
            previousCeiling = step;
        }
        QVERIFY(limiter.delayFor(g, 0) > 0);
        limiter.recordSuccess(g);
        const qint64 afterReset = limiter.recordTooManyRequests(g, 100000);
        QVERIFY(afterReset <= 1000);
    }

    void aBanStopsEveryGroup()
    {
        RateLimiter limiter;
        limiter.recordBan(1000, 60000);
        QCOMPARE(limiter.banRemaining(1000), 60000);
        QCOMPARE(limiter.delayFor(QStringLiteral("anything"), 1000), 60000);
        QCOMPARE(limiter.banRemaining(61000), 0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
