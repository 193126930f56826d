// Backtest benchmark (not a test): the full backtest (indicators, signals, risk, paper fills,
// equity tracking) over 1,000,000 one-minute candles built from the real hourly data (each hour
// split into 60 minutes walking from its open through its low and high to its close), then a
// parameter sweep on 1 and on 2 threads. Prints candles per second, peak memory, bytes per
// candle and combinations per second.

#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "backtest/Report.h"
#include "replay/CandleFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace autocoin;

namespace {

long statusKib(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toLong();
    }
    return -1;
}

QList<Candle> minutes(const QList<Candle> &hours, int count)
{
    QList<Candle> out;
    out.reserve(count);
    QDateTime t = hours.first().openTime;
    for (int h = 0; out.size() < count; ++h) {
        const Candle &hour = hours[h % hours.size()];
        const double o = hour.open.toDouble(), hi = hour.high.toDouble(), lo = hour.low.toDouble(),
                     c = hour.close.toDouble();
        // open → low (minute 20) → high (minute 40) → close (minute 59), on the 1,000 KRW grid.
        const auto at = [&](int m) {
            if (m <= 20)
                return o + (lo - o) * m / 20.0;
            if (m <= 40)
                return lo + (hi - lo) * (m - 20) / 20.0;
            return hi + (c - hi) * (m - 40) / 19.0;
        };
        for (int m = 0; m < 60 && out.size() < count; ++m) {
            const double a = at(m), b = at(std::min(59, m + 1));
            const auto price = [](double v) { return Decimal(static_cast<qint64>(v / 1000) * 1000); };
            Candle candle;
            candle.openTime = t;
            candle.open = price(a);
            candle.close = price(b);
            candle.high = std::max(candle.open, candle.close);
            candle.low = std::min(candle.open, candle.close);
            candle.volume = hour.volume.divided(Decimal(60), 8);
            out.append(candle);
            t = t.addSecs(60);
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto file =
        CandleFile::load(QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-btc-1h/krw-btc-1h-2017-10-05_2021-04-27.csv"));
    if (!file.ok())
        return 1;
    const long before = statusKib("VmRSS:");
    const QList<Candle> candles = minutes(file.value().series.candles, 1000000);
    const long loaded = statusKib("VmRSS:");
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
    const long peak = statusKib("VmHWM:");
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
