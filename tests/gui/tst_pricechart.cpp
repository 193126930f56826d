// The price chart on its own (offscreen) with many candles: a zoomed-out view keeps every
// bucket's true high and low, panning keeps the buckets as they were (each keeps its candles),
// and candles handed over as the candle store's columns are shared, the newest replaced without
// touching the caller's.

#include "chart/PriceChart.h"
#include "core/CandleColumns.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace autocoin;

namespace {

const QDateTime kStart(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());

/// `count` hourly candles around 100 (high 101, low 99), with one spike up at `spikeAt` (high
/// 500) and one down at `dipAt` (low 1).
QList<Candle> hours(int count, int spikeAt, int dipAt)
{
    QList<Candle> candles;
    candles.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Decimal close(100 + i % 3);
        Candle c{
            kStart.addSecs(qint64(i) * 3600), Decimal(100), Decimal(103), Decimal(99), close, Decimal(2), Decimal()};
        if (i == spikeAt)
            c.high = Decimal(500);
        if (i == dipAt)
            c.low = Decimal(1);
        candles.append(c);
    }
    return candles;
}

} // namespace

class TestPriceChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aZoomedOutViewKeepsEveryBucketsHighAndLow()
    {
        PriceChart chart;
        chart.resize(1200, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.appendCandles(hours(20000, 12345, 7777));
        chart.zoom(1e6); // all 20,000 in view
        chart.redraw();
        const QList<PriceChart::DrawnCandle> drawn = chart.drawnCandleList();
        QVERIFY2(drawn.size() <= 400, qPrintable(QString::number(drawn.size()))); // aggregated
        QVERIFY(drawn.size() >= 100);
        const auto highest = std::max_element(drawn.cbegin(), drawn.cend(),
                                              [](const auto &a, const auto &b) { return a.high < b.high; });
        const auto lowest =
            std::min_element(drawn.cbegin(), drawn.cend(), [](const auto &a, const auto &b) { return a.low < b.low; });
        QCOMPARE(highest->high, 500.0); // the spike's wick, whatever bucket holds it
        QCOMPARE(lowest->low, 1.0);
        // Every bucket opens at its first candle and closes at its last: 100 and 100..102.
        for (const PriceChart::DrawnCandle &c : drawn) {
            QCOMPARE(c.open, 100.0);
            QVERIFY(c.close >= 100 && c.close <= 102);
        }
    }

    void panningKeepsTheBucketsAsTheyWere()
    {
        PriceChart chart;
        chart.resize(1200, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.appendCandles(hours(20000, 12345, 7777));
        chart.setFollowLatest(false);
        chart.zoom(3000.0 / chart.visibleCandles()); // several candles a bucket
        chart.pan(-8000);
        chart.redraw();
        const QList<PriceChart::DrawnCandle> before = chart.drawnCandleList();
        chart.pan(1);
        chart.redraw();
        const QList<PriceChart::DrawnCandle> after = chart.drawnCandleList();
        // A step of one candle: the buckets at the same times hold the same candles (a grid from
        // the oldest candle); counted from the view's first candle they all regrouped.
        int same = 0;
        for (const PriceChart::DrawnCandle &a : after) {
            const auto b = std::find_if(before.cbegin(), before.cend(),
                                        [&a](const PriceChart::DrawnCandle &c) { return c.timestamp == a.timestamp; });
            if (b == before.cend())
                continue;
            ++same;
            QCOMPARE(a.open, b->open);
            QCOMPARE(a.high, b->high);
            QCOMPARE(a.low, b->low);
            QCOMPARE(a.close, b->close);
        }
        QVERIFY2(same >= after.size() - 2, qPrintable(QStringLiteral("%1 of %2").arg(same).arg(after.size())));
    }

    void columnsAreSharedAndTheNewestReplacedWithoutTouchingTheCallers()
    {
        PriceChart chart;
        const CandleColumns columns = CandleColumns::fromList(hours(60, 10, 20));
        chart.appendCandles(columns);
        QCOMPARE(chart.data().size(), std::size_t(60));
        QCOMPARE(chart.data().closeAt(59), 100.0 + 59 % 3);
        // The newest again, as the feed sends it while it forms: replaced, not added.
        Candle newest = columns.last();
        newest.close = Decimal(150);
        newest.high = Decimal(151);
        chart.appendCandles(QList<Candle>{newest});
        QCOMPARE(chart.data().size(), std::size_t(60));
        QCOMPARE(chart.data().closeAt(59), 150.0);
        QCOMPARE(chart.data().highAt(59), 151.0);
        QCOMPARE(columns.size(), 60); // the caller's columns as they were
        QCOMPARE(columns.last().close, Decimal(100 + 59 % 3));
        // And the next one is added after it.
        newest.openTime = newest.openTime.addSecs(3600);
        chart.appendCandles(QList<Candle>{newest});
        QCOMPARE(chart.data().size(), std::size_t(61));
        QCOMPARE(chart.data().timeAt(60), newest.openTime.toMSecsSinceEpoch());
        // The indicators, carried on from the candle before the newest, are those of the whole
        // series computed at once.
        QList<Candle> all = columns.toList();
        all.last().close = Decimal(150);
        all.last().high = Decimal(151);
        all.append(newest);
        ChartData whole;
        whole.setPeriods(3, 5, 4);
        whole.append(all);
        PriceChart same;
        same.setStrategy(3, 5, 4, 70, 30);
        same.appendCandles(columns);
        Candle replaced = columns.last();
        replaced.close = Decimal(150);
        replaced.high = Decimal(151);
        same.appendCandles(QList<Candle>{replaced});
        same.appendCandles(QList<Candle>{newest});
        for (std::size_t i = 0; i < whole.size(); ++i) {
            QCOMPARE(same.data().emaFastAt(i), whole.emaFastAt(i));
            QCOMPARE(same.data().emaSlowAt(i), whole.emaSlowAt(i));
            QCOMPARE(same.data().rsiAt(i), whole.rsiAt(i));
        }
        QVERIFY(!std::isnan(whole.rsiAt(60)));
    }
};

QTEST_MAIN(TestPriceChart)
#include "tst_pricechart.moc"
