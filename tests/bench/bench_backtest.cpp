// Backtest benchmark (not a test): the full backtest (indicators, signals, risk, paper fills,
// equity tracking) over 1,000,000 one-minute candles built from the real hourly data (each hour
// split into 60 minutes walking from its open through its low and high to its close), then a
// parameter sweep on 1 and on 2 threads. Prints candles per second, peak memory, bytes per
// candle and combinations per second.

#include "BenchSupport.h"
#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "backtest/Report.h"
#include "replay/CandleFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace autocoin;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto file =
        CandleFile::load(QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv"));
    if (!file.ok())
        return 1;
    const long before = bench::statusKib("VmRSS:");
    const QList<Candle> candles = bench::minuteCandles(file.value().series.candles, 1000000);
    const long loaded = bench::statusKib("VmRSS:");
    std::printf("1,000,000 one-minute candles in memory: %ld KiB (%.0f bytes/candle as QList<Candle>)\n",
                loaded - before, (loaded - before) * 1024.0 / candles.size());

    BacktestConfig config;
    config.timeframe = Timeframe::minutes(1);
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        const BacktestResult result = Backtester::run(candles, config);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const BacktestReport report = BacktestReport::of(result);
        std::printf("full backtest: %.3f s, %.2f million candles/s, %d round trips, final equity %s KRW\n", seconds,
                    candles.size() / seconds / 1e6, report.trades, qPrintable(result.finalEquity.toString()));
    }
    const long peak = bench::statusKib("VmHWM:");
    std::printf("peak memory (VmHWM): %ld KiB; backtest state beyond the candles: %.0f bytes/candle\n", peak,
                (peak - loaded) * 1024.0 / candles.size());

    // Sweep: 16 combinations over 100,000 candles, 1 and 2 threads.
    const QList<Candle> part = candles.mid(0, 100000);
    OptimizeConfig sweep;
    sweep.base = config;
    ParameterRange fast, slow;
    ParameterRange::parse(QStringLiteral("ema-fast=6:12:2"), &fast);
    ParameterRange::parse(QStringLiteral("ema-slow=20:35:5"), &slow);
    sweep.ranges = {fast, slow};
    sweep.windows = 1;
    for (const int threads : {1, 2}) {
        sweep.threads = threads;
        const OptimizeResult result = Optimizer::run(part, sweep);
        const int backtests = result.combinations * 2 + 1;
        std::printf("sweep on %d thread(s): %d combinations, %d backtests of up to 100,000 candles in %.2f s = %.1f "
                    "combinations/s (%.2f million candles/s)\n",
                    threads, result.combinations, backtests, result.seconds, result.combinations / result.seconds,
                    (result.combinations * 100000.0 + result.combinations * 50000.0 * 2) / result.seconds / 1e6);
    }
    return 0;
}
