#include "backtest/Backtester.h"
#include "portfolio/Portfolio.h"
#include "replay/CandleFile.h"
#include "strategy/Indicators.h"
#include "strategy/RiskManager.h"
#include "strategy/SignalGenerator.h"
#include "strategy/StrategyCore.h"

#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace autocoin;

namespace {

Decimal d(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

/// Independent reference implementations: one plain loop each, long double, written from the
/// TA-Lib definitions without sharing code with engine/strategy.
QList<std::optional<double>> refEma(const QList<double> &x, int n)
{
    QList<std::optional<double>> out(x.size());
    long double e = 0;
    for (int i = 0; i < x.size(); ++i) {
        if (i < n - 1)
            continue;
        if (i == n - 1) {
            long double s = 0;
            for (int j = 0; j < n; ++j)
                s += x[j];
            e = s / n;
        } else {
            e = e + (2.0L / (n + 1)) * (x[i] - e);
        }
        out[i] = static_cast<double>(e);
    }
    return out;
}

QList<std::optional<double>> refRsi(const QList<double> &x, int n)
{
    QList<std::optional<double>> out(x.size());
    long double g = 0, l = 0;
    for (int i = 1; i < x.size(); ++i) {
        const long double c = static_cast<long double>(x[i]) - x[i - 1];
        const long double up = c > 0 ? c : 0, down = c < 0 ? -c : 0;
        if (i <= n) {
            g += up / n;
            l += down / n;
        } else {
            g = (g * (n - 1) + up) / n;
            l = (l * (n - 1) + down) / n;
        }
        if (i >= n)
            out[i] = static_cast<double>(g + l > 0 ? 100 * g / (g + l) : 0);
    }
    return out;
}

QList<std::optional<double>> refAtr(const QList<Candle> &c, int n)
{
    QList<std::optional<double>> out(c.size());
    long double a = 0;
    for (int i = 1; i < c.size(); ++i) {
        const long double h = c[i].high.toDouble(), lo = c[i].low.toDouble(), pc = c[i - 1].close.toDouble();
        const long double tr = std::max({h - lo, std::fabs(h - pc), std::fabs(lo - pc)});
        a = i <= n ? a + tr / n : (a * (n - 1) + tr) / n;
        if (i >= n)
            out[i] = static_cast<double>(a);
    }
    return out;
}

Candle candle(const QDateTime &t, double o, double h, double l, double c, double v = 1)
{
    Candle k;
    k.openTime = t;
    k.open = *Decimal::fromDouble(o);
    k.high = *Decimal::fromDouble(h);
    k.low = *Decimal::fromDouble(l);
    k.close = *Decimal::fromDouble(c);
    k.volume = *Decimal::fromDouble(v);
    return k;
}

IndicatorSnapshot snapshot(double fast, double slow, double rsi, double atr, double volume = 100,
                           double volumeAverage = 100)
{
    IndicatorSnapshot s;
    s.close = 60000000;
    s.emaFast = fast;
    s.emaSlow = slow;
    s.rsi = rsi;
    s.atr = atr;
    s.volume = volume;
    s.volumeAverage = volumeAverage;
    return s;
}

} // namespace

class TestStrategy final : public QObject
{
    Q_OBJECT

private:
    QList<Candle> m_hourly;

private Q_SLOTS:
    void initTestCase()
    {
        const auto file = CandleFile::load(
            QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv"));
        QVERIFY(file.ok());
        m_hourly = file.value().series.candles;
    }

    void handComputedValues()
    {
        const auto ema = emaSeries({1, 2, 3, 4, 5}, 3);
        QVERIFY(!ema[1].has_value());
        QCOMPARE(*ema[2], 2.0);
        QCOMPARE(*ema[3], 3.0);
        QCOMPARE(*ema[4], 4.0);
        const auto rsi = rsiSeries({1, 2, 3, 2}, 2);
        QVERIFY(!rsi[1].has_value());
        QCOMPARE(*rsi[2], 100.0);
        QCOMPARE(*rsi[3], 50.0);
        const auto atr = atrSeries({10, 11, 12, 11}, {8, 9, 9, 10}, {9, 10, 11, 10}, 2);
        QVERIFY(!atr[1].has_value());
        QCOMPARE(*atr[2], 2.5);
        QCOMPARE(*atr[3], 1.75);
        const auto sma = smaSeries({2, 4, 6, 8}, 3);
        QVERIFY(!sma[1].has_value());
        QCOMPARE(*sma[2], 4.0);
        QCOMPARE(*sma[3], 6.0);
        QCOMPARE(*rsiSeries({5, 5, 5, 5}, 2)[3], 0.0); // no movement: 0, as TA-Lib
    }

    void matchTheReferenceOnRealCandles()
    {
        QList<double> closes;
        for (const Candle &c : m_hourly)
            closes.append(c.close.toDouble());
        for (int n : {12, 26, 9}) {
            const auto mine = emaSeries(closes, n);
            const auto ref = refEma(closes, n);
            for (int i = 0; i < closes.size(); ++i) {
                QCOMPARE(mine[i].has_value(), ref[i].has_value()); // the same look-back
                if (mine[i])
                    QVERIFY2(close(*mine[i], *ref[i]), qPrintable(QStringLiteral("EMA%1 at %2").arg(n).arg(i)));
            }
        }
        const auto rsi = rsiSeries(closes, 14);
        const auto refR = refRsi(closes, 14);
        QList<double> highs, lows;
        for (const Candle &c : m_hourly) {
            highs.append(c.high.toDouble());
            lows.append(c.low.toDouble());
        }
        const auto atr = atrSeries(highs, lows, closes, 14);
        const auto refA = refAtr(m_hourly, 14);
        for (int i = 0; i < closes.size(); ++i) {
            QCOMPARE(rsi[i].has_value(), refR[i].has_value());
            QCOMPARE(atr[i].has_value(), refA[i].has_value());
            if (rsi[i])
                QVERIFY2(close(*rsi[i], *refR[i]), qPrintable(QString::number(i)));
            if (atr[i]) {
                QVERIFY2(close(*atr[i], *refA[i]), qPrintable(QString::number(i)));
                QVERIFY(std::isfinite(*atr[i]));
            }
        }
        QVERIFY(!rsi[13].has_value() && rsi[14].has_value()); // TA-Lib look-back 14
        QVERIFY(!atr[13].has_value() && atr[14].has_value());
    }

    void incrementalEqualsBatchOnAllCandles()
    {
        StrategyParameters p;
        IndicatorSet set(p);
        QList<double> closes, highs, lows, volumes;
        QList<IndicatorSnapshot> incremental;
        for (const Candle &c : m_hourly) {
            incremental.append(set.update(c));
            closes.append(c.close.toDouble());
            highs.append(c.high.toDouble());
            lows.append(c.low.toDouble());
            volumes.append(c.volume.toDouble());
        }
        const auto fast = emaSeries(closes, p.emaFast);
        const auto slow = emaSeries(closes, p.emaSlow);
        const auto rsi = rsiSeries(closes, p.rsiPeriod);
        const auto atr = atrSeries(highs, lows, closes, p.atrPeriod);
        const auto vol = smaSeries(volumes, p.volumePeriod);
        QCOMPARE(incremental.size(), 31148);
        for (int i = 0; i < incremental.size(); ++i) {
            QCOMPARE(incremental[i].emaFast, fast[i]);
            QCOMPARE(incremental[i].emaSlow, slow[i]);
            QCOMPARE(incremental[i].rsi, rsi[i]);
            QCOMPARE(incremental[i].atr, atr[i]);
            QVERIFY(!vol[i] || close(*incremental[i].volumeAverage, *vol[i]));
        }
    }

    void flatAndGappySeriesStayFinite()
    {
        StrategyParameters p;
        IndicatorSet set(p);
        const QDateTime t0(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        for (int i = 0; i < 300; ++i) {
            const auto s = set.update(candle(t0.addSecs(3600LL * (i % 7 == 0 ? i + 5 : i)), 100, 100, 100, 100, 0));
            for (const auto &v : {s.emaFast, s.emaSlow, s.rsi, s.atr, s.volumeAverage})
                QVERIFY(!v || std::isfinite(*v));
        }
    }

    void buyRulesAtTheirBoundaries()
    {
        StrategyParameters p; // overbought 70, floor 30, volume 1x
        const auto prev = snapshot(99, 100, 50, 10);
        QCOMPARE(evaluateSignal(prev, snapshot(101, 100, 50, 10), p, false).type, Signal::Type::Buy);
        QCOMPARE(evaluateSignal(prev, snapshot(101, 100, 69.99, 10), p, false).type, Signal::Type::Buy);
        const Signal overbought = evaluateSignal(prev, snapshot(101, 100, 70, 10), p, false);
        QCOMPARE(overbought.type, Signal::Type::Hold);
        QVERIFY(overbought.reason.contains(QStringLiteral("RSI 70.00")));
        QCOMPARE(evaluateSignal(prev, snapshot(101, 100, 30, 10), p, false).type, Signal::Type::Hold); // floor
        const Signal thin = evaluateSignal(prev, snapshot(101, 100, 50, 10, 99.9, 100), p, false);
        QCOMPARE(thin.type, Signal::Type::Hold);
        QVERIFY(thin.reason.contains(QStringLiteral("volume")));
        QCOMPARE(evaluateSignal(prev, snapshot(101, 100, 50, 10, 100, 100), p, false).type, Signal::Type::Buy);
        p.volumeMultiple = 0; // filter off
        QCOMPARE(evaluateSignal(prev, snapshot(101, 100, 50, 10, 1, 100), p, false).type, Signal::Type::Buy);
        // No cross: the fast EMA was already above.
        const Signal stay = evaluateSignal(snapshot(101, 100, 50, 10), snapshot(102, 100, 50, 10), p, false);
        QCOMPARE(stay.type, Signal::Type::Hold);
        QVERIFY(stay.reason.contains(QStringLiteral("no crossover")));
        // Equal EMAs before the cross count as "at or below".
        QCOMPARE(evaluateSignal(snapshot(100, 100, 50, 10), snapshot(100.5, 100, 50, 10), p, false).type,
                 Signal::Type::Buy);
    }

    void sellRulesAndStrength()
    {
        const StrategyParameters p;
        const Signal down = evaluateSignal(snapshot(101, 100, 50, 10), snapshot(99, 100, 50, 10), p, false);
        QCOMPARE(down.type, Signal::Type::Sell);
        QVERIFY(down.strength > 0 && down.strength <= 1);
        QCOMPARE(evaluateSignal(snapshot(102, 100, 76, 10), snapshot(103, 100, 76, 10), p, true).type,
                 Signal::Type::Sell);
        QCOMPARE(evaluateSignal(snapshot(102, 100, 76, 10), snapshot(103, 100, 76, 10), p, false).type,
                 Signal::Type::Hold);
        QCOMPARE(evaluateSignal(snapshot(102, 100, 75, 10), snapshot(103, 100, 75, 10), p, true).type,
                 Signal::Type::Hold);
        const Signal decisive = evaluateSignal(snapshot(99, 100, 40, 10), snapshot(120, 100, 35, 10, 300, 100),
                                               StrategyParameters{}, false);
        const Signal marginal =
            evaluateSignal(snapshot(99, 100, 69, 10), snapshot(100.1, 100, 69, 10), StrategyParameters{}, false);
        QVERIFY(decisive.strength > marginal.strength);
        QVERIFY(decisive.strength <= 1.0);
        // Warming up: nothing decided on incomplete values.
        IndicatorSnapshot empty;
        QCOMPARE(evaluateSignal(empty, snapshot(101, 100, 50, 10), p, false).type, Signal::Type::Hold);
    }

    void noSignalFromTheFormingCandle()
    {
        // Feeding a candle changes the decision only through that candle: evaluating with the
        // values up to the previous close gives the same signal whatever the next candle holds.
        StrategyParameters p;
        IndicatorSet a(p), b(p);
        IndicatorSnapshot lastA, lastB, prevA;
        for (int i = 0; i < 400; ++i) {
            prevA = lastA;
            lastA = a.update(m_hourly[i]);
            lastB = b.update(m_hourly[i]);
        }
        const Signal decided = evaluateSignal(prevA, lastA, p, false);
        b.update(m_hourly[400]); // the next candle arrives
        QCOMPARE(evaluateSignal(prevA, lastB, p, false).type, decided.type);
    }

    void theSteadyPassDecidesAsTheGeneralOne()
    {
        // A backtest's quiet stretch: passUntilBuyWarm (indicators advanced in place, snapshots
        // only at EMA crosses) stops at the same BUYs with the same values, counts the same
        // signals and leaves the same state as passUntilBuy fed by IndicatorSet::update.
        std::vector<StrategyCore::Prices> prices;
        for (const Candle &c : std::as_const(m_hourly))
            prices.push_back({c.high.toDouble(), c.low.toDouble(), c.close.toDouble(), c.volume.toDouble()});
        const qsizetype n = qsizetype(prices.size());
        // The prices as the backtester's columns give them: inline where they can, and here the
        // other way on every seventh candle (a value of 2^53 units or more), so that both ways
        // and the change between them are checked.
        struct Reader
        {
            const std::vector<StrategyCore::Prices> *prices;
            bool fast(qsizetype k, StrategyCore::Prices *p) const
            {
                if (k % 7 == 3)
                    return false;
                *p = (*prices)[std::size_t(k)];
                return true;
            }
            StrategyCore::Prices operator()(qsizetype k) const { return (*prices)[std::size_t(k)]; }
        } const reader{&prices};
        StrategyParameters tight; // the floor and the volume filter decide too, often
        tight.emaFast = 5;
        tight.emaSlow = 13;
        tight.rsiFloor = 45;
        tight.volumeMultiple = 1.2;
        for (const StrategyParameters &parameters : {StrategyParameters{}, tight}) {
            StrategyCore general(QStringLiteral("KRW-BTC"), Timeframe::minutes(60), parameters);
            StrategyCore steady(QStringLiteral("KRW-BTC"), Timeframe::minutes(60), parameters);
            IndicatorSet generalSet(parameters);
            IndicatorSet steadySet(parameters);
            const auto update = [&](IndicatorSet &set, qsizetype k) {
                return set.update(prices[k].high, prices[k].low, prices[k].close, prices[k].volume);
            };
            int buys = 0;
            int steadyStretches = 0;
            for (qsizetype i = 0; i < n;) {
                IndicatorSnapshot generalBuy, steadyBuy;
                const qsizetype generalStop = general.passUntilBuy(
                    i, n, [&](qsizetype k) { return update(generalSet, k); }, &generalBuy);
                // As the backtester: the look-back a candle at a time, then the steady pass.
                qsizetype steadyStop = i;
                while (steadyStop < n && !steady.steady(steadySet)) {
                    const qsizetype stop = steady.passUntilBuy(
                        steadyStop, steadyStop + 1, [&](qsizetype k) { return update(steadySet, k); }, &steadyBuy);
                    if (stop == steadyStop)
                        break;
                    steadyStop = stop;
                }
                if (steadyStop < n && steady.steady(steadySet)) {
                    ++steadyStretches;
                    steadyStop = steady.passUntilBuyWarm(steadyStop, n, steadySet, reader, &steadyBuy);
                }
                QCOMPARE(steadyStop, generalStop);
                QCOMPARE(steady.lastAtr(), general.lastAtr());
                for (const SignalType type : {SignalType::Buy, SignalType::Sell, SignalType::Hold})
                    QCOMPARE(steady.tracker().signalCount(type), general.tracker().signalCount(type));
                if (generalStop == n)
                    break;
                ++buys;
                QCOMPARE(steadyBuy.close, generalBuy.close);
                QCOMPARE(steadyBuy.volume, generalBuy.volume);
                QCOMPARE(steadyBuy.emaFast, generalBuy.emaFast);
                QCOMPARE(steadyBuy.emaSlow, generalBuy.emaSlow);
                QCOMPARE(steadyBuy.rsi, generalBuy.rsi);
                QCOMPARE(steadyBuy.atr, generalBuy.atr);
                QCOMPARE(steadyBuy.volumeAverage, generalBuy.volumeAverage);
                // The BUY is not taken: both see it as a HOLD and move on (the previous candle's
                // values, kept by each, decide the next peek).
                QCOMPARE(steady.peek(steadyBuy), general.peek(generalBuy));
                general.pass(generalBuy, SignalType::Hold);
                steady.pass(steadyBuy, SignalType::Hold);
                i = generalStop + 1;
            }
            QVERIFY(buys > 20);
            QVERIFY(steadyStretches > 20);
            const IndicatorSnapshot a = update(generalSet, n - 1), b = update(steadySet, n - 1);
            QCOMPARE(b.rsi, a.rsi); // and the indicators' state agrees after it all
            QCOMPARE(b.atr, a.atr);
            QCOMPARE(b.volumeAverage, a.volumeAverage);
        }
    }

    void theCrossingPassDecidesAsTheGeneralOne()
    {
        // A sweep's quiet stretch: passUntilBuyCrossing (the EMA series compared, snapshots only
        // at crosses) stops at the same BUYs, counts the same signals and leaves the same state as
        // passUntilBuy reading every snapshot of the same series (NaN before each look-back, as
        // the sweep's IndicatorBank keeps them), in stretches of every length (a backtest cuts
        // them at progress reports and BUYs).
        StrategyParameters tight; // the floor and the volume filter decide too, often
        tight.emaFast = 5;
        tight.emaSlow = 13;
        tight.rsiFloor = 45;
        tight.volumeMultiple = 1.2;
        for (const StrategyParameters &parameters : {StrategyParameters{}, tight}) {
            IndicatorSet set(parameters);
            std::vector<IndicatorSnapshot> snapshots;
            std::vector<double> fast, slow;
            for (const Candle &c : std::as_const(m_hourly)) {
                snapshots.push_back(
                    set.update(c.high.toDouble(), c.low.toDouble(), c.close.toDouble(), c.volume.toDouble()));
                fast.push_back(snapshots.back().emaFast.value_or(std::numeric_limits<double>::quiet_NaN()));
                slow.push_back(snapshots.back().emaSlow.value_or(std::numeric_limits<double>::quiet_NaN()));
            }
            const auto values = [&snapshots](qsizetype k) { return snapshots[std::size_t(k)]; };
            const qsizetype n = qsizetype(snapshots.size());
            StrategyCore general(QStringLiteral("KRW-BTC"), Timeframe::minutes(60), parameters);
            StrategyCore crossing(QStringLiteral("KRW-BTC"), Timeframe::minutes(60), parameters);
            int buys = 0;
            int sells = 0;
            qsizetype length = 1;
            for (qsizetype i = 0; i < n;) {
                const qsizetype end = std::min(n, i + length);
                length = length % 97 + 7; // 1, 8, 15, … 92, 99, 9, …
                IndicatorSnapshot generalBuy, crossingBuy;
                const qsizetype generalStop = general.passUntilBuy(i, end, values, &generalBuy);
                const qsizetype crossingStop =
                    crossing.passUntilBuyCrossing(i, end, fast.data(), slow.data(), values, &crossingBuy);
                QCOMPARE(crossingStop, generalStop);
                QCOMPARE(crossing.lastAtr(), general.lastAtr());
                for (const SignalType type : {SignalType::Buy, SignalType::Sell, SignalType::Hold})
                    QCOMPARE(crossing.tracker().signalCount(type), general.tracker().signalCount(type));
                sells = general.tracker().signalCount(SignalType::Sell);
                i = generalStop;
                if (generalStop < end) { // a BUY, not taken: both move on past it
                    ++buys;
                    QCOMPARE(crossingBuy.close, generalBuy.close);
                    QCOMPARE(crossingBuy.emaFast, generalBuy.emaFast);
                    QCOMPARE(crossingBuy.rsi, generalBuy.rsi);
                    QCOMPARE(crossingBuy.volumeAverage, generalBuy.volumeAverage);
                    // Held, a BUY is a HOLD (no adding to a position), but not one either way: were
                    // the stop to fire on this candle, the engine's step would enter again, so a
                    // backtest's held candle takes its fast step (the stop alone) only without it.
                    general.setPositionOpen(true);
                    QCOMPARE(general.peek(generalBuy), SignalType::Hold);
                    QVERIFY(!general.holdsEitherWay(generalBuy));
                    general.setPositionOpen(false);
                    general.pass(generalBuy, SignalType::Hold);
                    crossing.pass(crossingBuy, SignalType::Hold);
                    ++i;
                }
                // The next decision reads the previous candle each one kept.
                if (i < n)
                    QCOMPARE(crossing.peek(snapshots[std::size_t(i)]), general.peek(snapshots[std::size_t(i)]));
            }
            QVERIFY(buys > 20);
            QVERIFY(sells > 20);
        }
    }

    void riskSizing()
    {
        StrategyParameters p;
        p.orderCapKrw = 1000000;
        RiskManager risk(p, MarketRules::forExchange(Exchange::Upbit), QTimeZone("Asia/Seoul"));
        PerformanceTracker tracker;
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone("Asia/Seoul"));
        const AccountView account{d("10000000"), d("10000000"), Decimal()};
        // Default fraction 0.1 of 10,000,000 = 1,000,000; risk 1 % = 100,000 at a 2×500,000 stop
        // distance allows 0.1 BTC = 6,000,000: the default fraction and the cap bind.
        const RiskDecision decision =
            risk.sizeEntry(QStringLiteral("KRW-BTC"), d("60000000"), 500000, account, tracker, now);
        QVERIFY2(decision.allowed, qPrintable(decision.reason));
        QCOMPARE(decision.volume, d("0.01666666"));
        QCOMPARE(decision.amount, d("0.01666666") * d("60000000"));
        QCOMPARE(decision.stopPrice, d("59000000"));
        QCOMPARE(decision.riskAmount, d("0.01666666") * d("1000000"));
        // A wide stop makes risk-per-trade bind.
        const RiskDecision wide =
            risk.sizeEntry(QStringLiteral("KRW-BTC"), d("60000000"), 30000000, account, tracker, now);
        QVERIFY(wide.reason.contains(QStringLiteral("risk per trade")));
        QVERIFY(wide.riskAmount <= d("100000"));
        // Below the minimum order: refused with the reason, not an invalid order. (Fresh managers:
        // this one has seen equity fall from 10,000,000 and would rightly apply the daily limit.)
        RiskManager small(p, MarketRules::forExchange(Exchange::Upbit), QTimeZone("Asia/Seoul"));
        const RiskDecision tiny = small.sizeEntry(QStringLiteral("KRW-BTC"), d("60000000"), 500000,
                                                  {d("30000"), d("30000"), Decimal()}, tracker, now);
        QVERIFY(!tiny.allowed);
        QVERIFY(tiny.reason.contains(QStringLiteral("below the minimum")));
        // Exposure: positions already at the limit.
        RiskManager exposed(p, MarketRules::forExchange(Exchange::Upbit), QTimeZone("Asia/Seoul"));
        const RiskDecision full = exposed.sizeEntry(QStringLiteral("KRW-BTC"), d("60000000"), 500000,
                                                    {d("10000000"), d("5000000"), d("5000000")}, tracker, now);
        QVERIFY(!full.allowed);
    }

    void kellyLooksAtTheLatestTradesOnly()
    {
        PerformanceTracker tracker;
        tracker.setLookback(4);
        for (const char *pnl : {"-500", "-500", "-500", "-500", "-500"})
            tracker.recordClosedTrade(d(pnl));
        QVERIFY(tracker.kellyFraction() <= 0); // no edge
        for (const char *pnl : {"300", "300", "300", "-100"})
            tracker.recordClosedTrade(d(pnl));
        // The old losing stretch has left the window: the veto lifts.
        QCOMPARE(tracker.closedTrades(), 4);
        QCOMPARE(tracker.allClosedTrades(), 9);
        QCOMPARE(tracker.winRate(), 0.75);
        QCOMPARE(tracker.kellyFraction(), 0.75 - 0.25 / 3);
        // A wider window looks back again; restoring replaces the record.
        tracker.setLookback(30);
        QCOMPARE(tracker.closedTrades(), 9);
        tracker.restoreClosedTrades({d("100"), d("-50")});
        QCOMPARE(tracker.closedTrades(), 2);
        QCOMPARE(tracker.winRate(), 0.5);
    }

    void slidingKellyWindowEqualsARecount()
    {
        // recordClosedTrade moves the window by one (in and out); a tracker restored with the same
        // trades recounts the window from scratch: every statistic must agree after every trade,
        // wins, losses and break-evens (a loss) leaving the window alike.
        PerformanceTracker sliding;
        sliding.setLookback(5);
        QList<Decimal> all;
        const char *pnls[] = {"120.5", "-30",     "0", "45.25", "-80.125", "300",        "-0.5", "0",
                              "10",    "-999.99", "7", "7",     "-7",      "0.00000001", "-3"};
        for (const char *pnl : pnls) {
            sliding.recordClosedTrade(d(pnl));
            all.append(d(pnl));
            PerformanceTracker recounted;
            recounted.setLookback(5);
            recounted.restoreClosedTrades(all);
            QCOMPARE(sliding.closedTrades(), recounted.closedTrades());
            QCOMPARE(sliding.winRate(), recounted.winRate());
            QCOMPARE(sliding.averageWin(), recounted.averageWin());
            QCOMPARE(sliding.averageLoss(), recounted.averageLoss());
            QCOMPARE(sliding.profitFactor(), recounted.profitFactor());
            QCOMPARE(sliding.kellyFraction(), recounted.kellyFraction());
        }
    }

    void unexplainedSignalsKeepTheExitReason()
    {
        // A backtest (explain = false) reports only an exit's reason: a SELL while a position is
        // open keeps exactly the text the engine writes; the other reasons are left empty; type
        // and strength never change.
        const StrategyParameters p;
        const IndicatorSnapshot above = snapshot(101, 100, 50, 10);
        const IndicatorSnapshot below = snapshot(99, 100, 50, 10);
        const struct
        {
            IndicatorSnapshot previous, current;
            bool open = false;
            bool keepsReason = false;
        } cases[] = {
            {above, below, true, true},                                           // cross down, held
            {snapshot(102, 100, 76, 10), snapshot(103, 100, 76, 10), true, true}, // RSI exit
            {above, below, false, false},                                         // cross down, flat
            {below, above, false, false},                                         // BUY
            {below, snapshot(101, 100, 70, 10), false, false},                    // overbought
            {below, snapshot(101, 100, 50, 10, 1, 100), false, false},            // thin volume
            {IndicatorSnapshot(), above, false, false},                           // warming up
            {above, snapshot(102, 100, 50, 10), true, false},                     // plain HOLD
        };
        for (const auto &c : cases) {
            const Signal told = evaluateSignal(c.previous, c.current, p, c.open, true);
            const Signal quiet = evaluateSignal(c.previous, c.current, p, c.open, false);
            QVERIFY(!told.reason.isEmpty());
            QCOMPARE(quiet.type, told.type);
            QCOMPARE(quiet.strength, told.strength);
            QCOMPARE(quiet.reason, c.keepsReason ? told.reason : QString());
        }
    }

    void unexplainedSizingDecidesTheSame()
    {
        // sizeEntry(…, explain = false) (a backtest's) gives the same decision without its text.
        StrategyParameters p;
        p.orderCapKrw = 1000000;
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone("Asia/Seoul"));
        PerformanceTracker tracker;
        const struct
        {
            AccountView account;
            double atr = 0;
        } cases[] = {{{d("10000000"), d("10000000"), Decimal()}, 500000},
                     {{d("10000000"), d("10000000"), Decimal()}, 30000000},
                     {{d("30000"), d("30000"), Decimal()}, 500000},
                     {{d("10000000"), d("5000000"), d("5000000")}, 500000},
                     {{d("10000000"), d("700000"), d("2000000")}, 500000}};
        for (const auto &c : cases) {
            RiskManager a(p, MarketRules::forExchange(Exchange::Upbit), QTimeZone("Asia/Seoul"));
            RiskManager b(p, MarketRules::forExchange(Exchange::Upbit), QTimeZone("Asia/Seoul"));
            const RiskDecision told =
                a.sizeEntry(QStringLiteral("KRW-BTC"), d("60000000"), c.atr, c.account, tracker, now);
            const RiskDecision quiet =
                b.sizeEntry(QStringLiteral("KRW-BTC"), d("60000000"), c.atr, c.account, tracker, now, false);
            QVERIFY(!told.reason.isEmpty());
            QVERIFY(quiet.reason.isEmpty());
            QCOMPARE(quiet.allowed, told.allowed);
            QCOMPARE(quiet.amount, told.amount);
            QCOMPARE(quiet.volume, told.volume);
            QCOMPARE(quiet.stopPrice, told.stopPrice);
            QCOMPARE(quiet.riskAmount, told.riskAmount);
        }
    }

    void aLosingStartDoesNotStopTheStrategyForGood()
    {
        // With every closed trade in the record, the first months' losses vetoed every BUY for
        // the remaining three years (20 trades, then none). The window lets it trade on.
        BacktestConfig config;
        const BacktestResult result = Backtester::run(m_hourly, config);
        QVERIFY(!result.fills.isEmpty());
        QVERIFY2(result.fills.constLast().executedAt > QDateTime(QDate(2019, 1, 1), QTime(0, 0), QTimeZone::utc()),
                 qPrintable(result.fills.constLast().executedAt.toString(Qt::ISODate)));
        QVERIFY(result.fills.size() > 60);
    }

    void kellyAfterEnoughTrades()
    {
        StrategyParameters p;
        p.kellyMinTrades = 4;
        p.orderCapKrw = 100000000;
        RiskManager risk(p, MarketRules::forExchange(Exchange::Upbit), QTimeZone("Asia/Seoul"));
        PerformanceTracker tracker;
        for (const char *pnl : {"300", "300", "300", "-100"})
            tracker.recordClosedTrade(d(pnl));
        QCOMPARE(tracker.winRate(), 0.75);
        QCOMPARE(tracker.payoffRatio(), 3.0);
        QCOMPARE(tracker.kellyFraction(), 0.75 - 0.25 / 3); // 0.666…, capped at 0.25
        const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), QTimeZone("Asia/Seoul"));
        const RiskDecision capped = risk.sizeEntry(QStringLiteral("KRW-BTC"), d("1000000"), 100,
                                                   {d("1000000"), d("1000000"), Decimal()}, tracker, now);
        QVERIFY(capped.reason.contains(QStringLiteral("Kelly 0.250")));
        QCOMPARE(capped.amount, d("250000"));
        PerformanceTracker losing;
        for (const char *pnl : {"-300", "-300", "100", "-100"})
            losing.recordClosedTrade(d(pnl));
        // No edge: not a veto for good (the record could never recover) but a probe of twice the
        // minimum order, which keeps the record moving.
        const RiskDecision probe = risk.sizeEntry(QStringLiteral("KRW-BTC"), d("1000000"), 100,
                                                  {d("1000000"), d("1000000"), Decimal()}, losing, now);
        QVERIFY(probe.allowed);
        QCOMPARE(probe.amount, d("10000"));
        QVERIFY2(probe.reason.contains(QStringLiteral("no edge to size (Kelly fraction -1.500)")),
                 qPrintable(probe.reason));
    }

    void trailingStopOnlyRatchetsUp()
    {
        RiskManager risk(StrategyParameters{}, MarketRules::forExchange(Exchange::Upbit), QTimeZone::utc());
        const QString m = QStringLiteral("KRW-BTC");
        const Decimal entry = d("60000000");
        const Decimal stop = risk.initialStop(m, entry, 500000);
        QCOMPARE(stop, d("59000000"));
        QCOMPARE(risk.trailingStop(m, entry, d("60400000"), 500000, stop), stop); // gain below 1 ATR
        const Decimal raised = risk.trailingStop(m, entry, d("62000000"), 500000, stop);
        QCOMPARE(raised, d("61000000"));
        QCOMPARE(risk.trailingStop(m, entry, d("61500000"), 500000, raised), raised); // never down
    }

    void trailingStopIsTheExactRuleAtItsEdge()
    {
        // Most candles are decided from doubles; the answer must be the exact rule's, also for a
        // gain a hair's breadth from the activation, on cheap and dear markets and tiny ATRs.
        const MarketRules rules = MarketRules::forExchange(Exchange::Upbit);
        const auto exact = [](double value) {
            return Decimal::fromDouble(value).value_or(Decimal()).rounded(8, Decimal::Rounding::Down);
        };
        quint64 state = 7;
        const auto next = [&state] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return double(state >> 11) / double(1ULL << 53);
        };
        for (const double activationAtr : {1.0, 0.7, 2.5}) {
            StrategyParameters p;
            p.trailingActivationAtr = activationAtr;
            RiskManager risk(p, rules, QTimeZone::utc());
            for (const char *price : {"95000000", "1234.5", "0.0123", "5"}) {
                const Decimal entry = d(price);
                const double scale = entry.toDouble();
                for (int i = 0; i < 400; ++i) {
                    const double atr = scale * (i % 4 == 0 ? 1e-9 : 0.001 + 0.05 * next());
                    const Decimal activation = exact(p.trailingActivationAtr * atr);
                    // At the activation, a few units of 10^-8 to either side, and further away.
                    const Decimal step = *Decimal::fromString(u"0.00000001");
                    const Decimal offsets[] = {Decimal(),
                                               step,
                                               Decimal() - step,
                                               step * Decimal(3),
                                               Decimal() - step * Decimal(3),
                                               exact((next() - 0.5) * atr)};
                    for (const Decimal &offset : offsets) {
                        const Decimal highest = entry + activation + offset;
                        const Decimal below = highest - exact(p.trailingAtr * atr);
                        const Decimal candidate = rules.roundPriceDown(QStringLiteral("KRW-X"), below);
                        // The stop so far: the initial one, and at the new one and 10^-8 around it
                        // and around the unrounded distance.
                        for (const Decimal &current :
                             {risk.initialStop(QStringLiteral("KRW-X"), entry, atr), candidate, candidate + step,
                              candidate - step, below, below + step, below - step}) {
                            Decimal expected = current;
                            if (!(highest - entry < activation))
                                expected = std::max(current, candidate);
                            QCOMPARE(risk.trailingStop(QStringLiteral("KRW-X"), entry, highest, atr, current),
                                     expected);
                        }
                    }
                }
            }
        }
    }

    void dailyLossLimitAcrossASeoulMidnight()
    {
        StrategyParameters p; // 3 % of the day's starting equity
        RiskManager risk(p, MarketRules::forExchange(Exchange::Upbit), QTimeZone("Asia/Seoul"));
        PerformanceTracker tracker;
        const QTimeZone kst("Asia/Seoul");
        const QDateTime morning(QDate(2026, 11, 22), QTime(9, 0), kst);
        risk.observeEquity(d("1000000"), morning);
        risk.observeEquity(d("970001"), morning.addSecs(3600));
        QVERIFY(!risk.entriesBlocked());
        risk.observeEquity(d("970000"), morning.addSecs(7200)); // exactly 3 %
        QVERIFY(risk.entriesBlocked());
        const RiskDecision blocked =
            risk.sizeEntry(QStringLiteral("KRW-BTC"), d("60000000"), 500000, {d("975000"), d("975000"), Decimal()},
                           tracker, QDateTime(QDate(2026, 11, 22), QTime(23, 59), kst));
        QVERIFY(!blocked.allowed);
        QVERIFY(blocked.reason.contains(QStringLiteral("daily loss limit")));
        // 00:00 KST is 15:00 UTC the day before: the new day starts in Seoul, not in UTC.
        const QDateTime seoulMidnight(QDate(2026, 11, 23), QTime(0, 0), kst);
        QCOMPARE(seoulMidnight.toUTC().time(), QTime(15, 0));
        const RiskDecision nextDay = risk.sizeEntry(QStringLiteral("KRW-BTC"), d("60000000"), 500000,
                                                    {d("975000"), d("975000"), Decimal()}, tracker, seoulMidnight);
        QVERIFY2(nextDay.allowed, qPrintable(nextDay.reason));
    }

    void dailyLossDayIsTheZonesCalendarDay()
    {
        // The risk manager finds the day once and counts from it: its days must be the zone's own,
        // through the clock changes of a zone with summer time (New York: a 23-hour day in March,
        // a 25-hour one in November) as in Seoul and UTC, with `now` given in any zone.
        for (const QByteArray &id : {QByteArray("America/New_York"), QByteArray("Asia/Seoul"), QByteArray("UTC")}) {
            const QTimeZone zone(id);
            QVERIFY(zone.isValid());
            for (const QDate &start : {QDate(2026, 3, 6), QDate(2026, 10, 30)}) {
                RiskManager risk(StrategyParameters{}, MarketRules::forExchange(Exchange::Upbit), zone);
                QDate day;
                qint64 dayStart = 0;
                bool hit = false;
                QDateTime t(start, QTime(0, 0), QTimeZone::utc());
                for (int step = 0; step < 6 * 24 * 4; ++step, t = t.addSecs(15 * 60)) {
                    // Down 0.1 % a step, up 5 % every 40 steps: the 3 % limit is hit and lifted.
                    const qint64 equity = 10000000 - 10000 * (step % 40) + (step / 40) * 1000;
                    const QDateTime now = step % 2 ? t.toTimeZone(zone) : t;
                    risk.observeEquity(Decimal(equity), now);
                    // The rule, converting every time.
                    if (t.toTimeZone(zone).date() != day) {
                        day = t.toTimeZone(zone).date();
                        dayStart = equity;
                        hit = false;
                    }
                    hit = hit || (dayStart - equity) * 100 >= dayStart * 3;
                    QVERIFY2(
                        risk.dailyLimitHit() == hit,
                        qPrintable(QStringLiteral("%1 at %2").arg(QString::fromUtf8(id), t.toString(Qt::ISODate))));
                }
            }
        }
    }

    void decisionsNobodyReadsTheRecordsOfAreTheSame()
    {
        // A backtest reads none of the records (Context::records off): the same orders with the
        // same reasons, the same signal counts, with and without explaining.
        for (const bool explain : {true, false}) {
            StrategyParameters p;
            p.emaFast = 3;
            p.emaSlow = 7;
            p.rsiPeriod = 4;
            p.atrPeriod = 4;
            p.volumePeriod = 4;
            p.maxPositions = 1;
            const QStringList markets = {QStringLiteral("KRW-A"), QStringLiteral("KRW-B"), QStringLiteral("KRW-C")};
            struct Side
            {
                Portfolio portfolio;
                QStringList engaged;
                QList<Portfolio::Action> actions;
            };
            const auto side = [&] {
                return Side{
                    Portfolio(Timeframe::minutes(60), p, MarketRules::forExchange(Exchange::Upbit), QTimeZone::utc()),
                    {},
                    {}};
            };
            Side kept = side();
            Side counted = side();
            kept.portfolio.setExplain(explain);
            counted.portfolio.setExplain(explain);
            const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
            qsizetype records = 0;
            for (int i = 0; i < 400; ++i) {
                const QDateTime t = start.addSecs(3600LL * i);
                QList<Portfolio::Closed> closed;
                for (qsizetype m = 0; m < markets.size(); ++m) {
                    const double c = 100000 + 5000 * std::sin(i / (5.0 + m) + m) + 300 * std::sin(i * 1.7);
                    closed.append({markets[m], candle(t, c, c + 400, c - 400, c, 1 + (i + m) % 5)});
                }
                for (Side *s : {&kept, &counted}) {
                    Portfolio::Context context;
                    context.account = [] { return AccountView{Decimal(10000000), Decimal(10000000), Decimal()}; };
                    context.engaged = [s] { return s->engaged; };
                    context.records = s == &kept;
                    QList<Portfolio::Action> actions;
                    const QList<SignalRecord> out = s->portfolio.decide(closed, t.addSecs(3600), context, &actions);
                    if (s == &kept)
                        records += out.size();
                    else
                        QVERIFY(out.isEmpty());
                    for (const Portfolio::Action &a : std::as_const(actions)) {
                        if (a.kind == Portfolio::Action::Kind::Enter)
                            s->engaged.append(a.market);
                        else
                            s->engaged.removeAll(a.market);
                    }
                    s->actions += actions;
                }
            }
            QVERIFY(records > 0);
            QCOMPARE(counted.actions.size(), kept.actions.size());
            int entries = 0;
            for (qsizetype k = 0; k < kept.actions.size(); ++k) {
                const Portfolio::Action &a = kept.actions[k];
                const Portfolio::Action &b = counted.actions[k];
                QCOMPARE(b.kind, a.kind);
                QCOMPARE(b.market, a.market);
                QCOMPARE(b.amount, a.amount);
                QCOMPARE(b.stop, a.stop);
                QCOMPARE(b.reason, a.reason);
                QCOMPARE(b.cause, a.cause);
                entries += a.kind == Portfolio::Action::Kind::Enter ? 1 : 0;
            }
            QVERIFY(entries > 2);
            QVERIFY(entries < kept.actions.size()); // exits too
            for (const QString &market : markets) {
                for (const SignalType type : {SignalType::Buy, SignalType::Sell, SignalType::Hold})
                    QCOMPARE(counted.portfolio.find(market)->tracker().signalCount(type),
                             kept.portfolio.find(market)->tracker().signalCount(type));
            }
        }
    }

    void killSwitch()
    {
        RiskManager risk(StrategyParameters{}, MarketRules::forExchange(Exchange::Upbit), QTimeZone::utc());
        risk.kill();
        const RiskDecision d1 =
            risk.sizeEntry(QStringLiteral("KRW-BTC"), d("60000000"), 500000, {d("10000000"), d("10000000"), Decimal()},
                           PerformanceTracker{}, QDateTime::currentDateTimeUtc());
        QVERIFY(!d1.allowed);
        QCOMPARE(d1.reason, QStringLiteral("kill switch"));
    }

    void parameterValidationMessages()
    {
        StrategyParameters p;
        QVERIFY(p.validate().isEmpty());
        p.emaFast = 30;
        p.rsiFloor = 80;
        p.kellyCap = 1.5;
        p.rsiPeriod = 1;
        const QStringList errors = p.validate();
        QVERIFY(errors.contains(QStringLiteral("ema-fast (30) must be below ema-slow (26)")));
        QVERIFY(errors.contains(QStringLiteral("rsi-period (1) must be a period from 2 to 1000")));
        QVERIFY(errors.contains(QStringLiteral("rsi-floor (80) must be from 0 up to below rsi-overbought (70)")));
        QVERIFY(errors.contains(QStringLiteral("kelly-cap (1.5) must be a fraction within (0, 1]")));
        QCOMPARE(errors.size(), 4);

        QStringList parseErrors;
        const StrategyParameters parsed =
            StrategyParameters::fromMap({{QStringLiteral("ema-fast"), QStringLiteral("9")},
                                         {QStringLiteral("stop-atr"), QStringLiteral("1.5")},
                                         {QStringLiteral("bogus"), QStringLiteral("1")},
                                         {QStringLiteral("rsi-exit"), QStringLiteral("x")}},
                                        StrategyParameters{}, &parseErrors);
        QCOMPARE(parsed.emaFast, 9);
        QCOMPARE(parsed.stopAtr, 1.5);
        QCOMPARE(parseErrors.size(), 2);
        QCOMPARE(StrategyParameters::fromMap(StrategyParameters{}.toMap(), parsed, &parseErrors).emaFast, 12);
    }
};

QTEST_GUILESS_MAIN(TestStrategy)
#include "tst_strategy.moc"
