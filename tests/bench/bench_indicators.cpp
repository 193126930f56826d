// Indicator benchmark (not a test): the incremental indicator set (EMA fast + EMA slow + RSI +
// ATR + volume SMA) over one million candles, one EMA alone, and the full signal pass.
// Prints nanoseconds per candle. Input: the real hourly candles of shared/data, repeated.

#include "replay/CandleFile.h"
#include "strategy/SignalGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace autocoin;

// A benchmark run by hand: an exception ending it through std::terminate is report enough.
int main(int argc, char **argv) // NOLINT(bugprone-exception-escape)
{
    QCoreApplication app(argc, argv);
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv");
    const auto file = CandleFile::load(path);
    if (!file.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error().message));
        return 1;
    }
    constexpr int kCandles = 1000000;
    const auto &source = file.value().series.candles;
    // One array per field, as a backtest keeps them: the loops stream only what they read.
    std::vector<double> highs, lows, closes, volumes;
    std::vector<Candle> candles;
    for (auto *v : {&highs, &lows, &closes, &volumes})
        v->reserve(kCandles);
    candles.reserve(kCandles);
    for (int i = 0; i < kCandles; ++i) {
        const Candle &c = source[i % source.size()];
        highs.push_back(c.high.toDouble());
        lows.push_back(c.low.toDouble());
        closes.push_back(c.close.toDouble());
        volumes.push_back(c.volume.toDouble());
        candles.push_back(c);
    }
    const StrategyParameters p;
    double sink = 0;
    const auto report = [](const char *what, qint64 ns) {
        std::printf("%-46s %8.2f ns/candle\n", what, static_cast<double>(ns) / kCandles);
    };
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        Ema ema(p.emaFast);
        for (double close : closes)
            sink += ema.update(close).value_or(0);
        report("one EMA", timer.nsecsElapsed());

        timer.restart();
        Ema fast(p.emaFast), slow(p.emaSlow);
        Rsi rsi(p.rsiPeriod);
        Atr atr(p.atrPeriod);
        Sma volume(p.volumePeriod);
        for (int i = 0; i < kCandles; ++i) {
            const double c = closes[i];
            sink += fast.update(c).value_or(0) + slow.update(c).value_or(0) + rsi.update(c).value_or(0) +
                    atr.update(highs[i], lows[i], c).value_or(0) + volume.update(volumes[i]).value_or(0);
        }
        report("indicator set (2 EMA + RSI + ATR + volume SMA)", timer.nsecsElapsed());

        // The same five as a backtest's quiet stretch advances them (IndicatorSet::Steady, the
        // state in registers), every value of every candle still built: the EMAs and the ATR as
        // they come, the RSI and the volume average from the state.
        timer.restart();
        IndicatorSet warm(p);
        for (int i = 0; i < 100; ++i) // past every look-back
            warm.update(highs[i], lows[i], closes[i], volumes[i]);
        IndicatorSet::Steady state = warm.steady();
        for (int i = 100; i < kCandles; ++i) {
            state.advance(highs[i], lows[i], closes[i], volumes[i]);
            const IndicatorSnapshot s = state.snapshot(state.point(), closes[i], volumes[i]);
            sink += *s.emaFast + *s.emaSlow + *s.rsi + *s.atr + *s.volumeAverage;
        }
        warm.resume(state);
        report("indicator set, steady (as a backtest runs it)", timer.nsecsElapsed());

        timer.restart();
        IndicatorSet set(p);
        IndicatorSnapshot previous;
        int buys = 0;
        for (const Candle &c : candles) {
            const IndicatorSnapshot current = set.update(c); // includes Decimal -> double
            const Signal s = evaluateSignal(previous, current, p, false);
            buys += s.type == Signal::Type::Buy ? 1 : 0;
            previous = current;
        }
        report("full signal pass (from Decimal candles, with reasons)", timer.nsecsElapsed());
        sink += buys;
    }
    std::printf("(checksum %g)\n", sink);
    return 0;
}
