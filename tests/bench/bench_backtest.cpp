// Backtest benchmark (not a test): the full backtest (indicators, signals, risk, paper fills,
// equity tracking) over 1,000,000 one-minute candles built from the real hourly data (each hour
// split into 60 minutes walking from its open through its low and high to its close), then a
// sweep of 64 parameter combinations over them on 1 and on 2 threads. Prints candles per second, peak memory, bytes per
// candle and combinations per second. `bench_backtest --write-csv FILE` writes the million candles
// as a CSV instead; `bench_backtest --rounds N` runs only the full backtest, N times, and prints
// the fastest and the median round (for comparing two builds on a noisy machine).

#include "BenchSupport.h"
#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "backtest/Report.h"
#include "replay/CandleFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

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
    if (argc == 3 && qstrcmp(argv[1], "--write-csv") == 0) {
        // The same million candles as a file, in the shared data's format (KST wall times), for
        // timing the command line (tests/bench/backtest-cli.sh).
        return bench::writeCsv(QString::fromLocal8Bit(argv[2]), candles) ? 0 : 1;
    }
    std::printf("1,000,000 one-minute candles in memory: %ld KiB (%.0f bytes/candle as QList<Candle>)\n",
                loaded - before, (loaded - before) * 1024.0 / candles.size());
    const CandleColumns columns = CandleColumns::fromList(candles);
    std::printf("as CandleColumns: %.0f bytes/candle\n", double(columns.bytes()) / columns.size());

    BacktestConfig config;
    config.timeframe = Timeframe::minutes(1);
    if (argc == 3 && qstrcmp(argv[1], "--rounds") == 0) {
        std::vector<double> seconds;
        for (int round = 0; round < std::max(1, atoi(argv[2])); ++round) {
            QElapsedTimer timer;
            timer.start();
            const BacktestResult result = Backtester::run(columns, config);
            seconds.push_back(timer.nsecsElapsed() / 1e9);
        }
        std::sort(seconds.begin(), seconds.end());
        const double median = seconds[seconds.size() / 2];
        std::printf("full backtest, %zu rounds: fastest %.4f s (%.2f million candles/s), median %.4f s (%.2f "
                    "million candles/s)\n",
                    seconds.size(), seconds.front(), candles.size() / seconds.front() / 1e6, median,
                    candles.size() / median / 1e6);
        return 0;
    }
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        const BacktestResult result = Backtester::run(columns, config);
        const double seconds = timer.nsecsElapsed() / 1e9;
        const BacktestReport report = BacktestReport::of(result);
        std::printf("full backtest: %.3f s, %.2f million candles/s, %d round trips, final equity %s KRW\n", seconds,
                    candles.size() / seconds / 1e6, report.trades, qPrintable(result.finalEquity.toString()));
    }
    const long peak = bench::statusKib("VmHWM:");
    std::printf("peak memory (VmHWM): %ld KiB; backtest state beyond the candles: %.0f bytes/candle\n", peak,
                (peak - loaded) * 1024.0 / candles.size());

    // Sweep: 64 combinations over the million candles with one walk-forward fold (each combination
    // runs on the whole million, then on the first half; the winner on the second half), on 1 and
    // 2 threads.
    OptimizeConfig sweep;
    sweep.base = config;
    ParameterRange fast, slow;
    ParameterRange::parse(QStringLiteral("ema-fast=4:18:2"), &fast);
    ParameterRange::parse(QStringLiteral("ema-slow=20:55:5"), &slow);
    sweep.ranges = {fast, slow};
    sweep.windows = 1;
    double oneThread = 0;
    for (const int threads : {1, 2}) {
        sweep.threads = threads;
        const OptimizeResult result = Optimizer::run(columns, sweep);
        const double perSecond = result.combinations / result.seconds;
        if (threads == 1)
            oneThread = perSecond;
        std::printf("sweep on %d thread(s): %d combinations x 1,000,000 candles (+ one fold: x 500,000, and the "
                    "winner's test) in %.2f s = %.1f combinations/s (%.1f million candles/s)%s\n",
                    threads, result.combinations, result.seconds, perSecond,
                    (result.combinations * 1.5e6 + 0.5e6) / result.seconds / 1e6,
                    threads == 2
                        ? qPrintable(QStringLiteral(", x%1 from 1 thread").arg(perSecond / oneThread, 0, 'f', 2))
                        : "");
    }
    return 0;
}
