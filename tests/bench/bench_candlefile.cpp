// Candle file benchmark (not a test): CandleFile::load on a CSV, three rounds — seconds, MB/s,
// candles/s and the memory the loaded candles hold. What `autocoin backtest --data FILE` spends
// before its first candle is traded.
//   bench_candlefile [FILE]   (default: the 1,000,000-minute CSV of tests/bench/backtest-cli.sh)

#include "BenchSupport.h"
#include "replay/CandleFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

using namespace autocoin;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : qEnvironmentVariable("TMPDIR", QStringLiteral("/tmp")) + QStringLiteral("/autocoin-1m-minutes.csv");
    const double megabytes = QFileInfo(path).size() / 1e6;
    const long before = bench::statusKib("VmRSS:");
    for (int round = 1; round <= 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        const auto file = CandleFile::load(path);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!file.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(file.error().message));
            return 1;
        }
        const qsizetype candles = file.value().series.candles.size();
        const long held = bench::statusKib("VmRSS:") - before;
        std::printf("load %s round %d: %.3f s, %.0f MB/s, %.2f million candles/s, %lld candles holding %ld KiB "
                    "(%.0f bytes/candle)\n",
                    qPrintable(QFileInfo(path).fileName()), round, seconds, megabytes / seconds,
                    candles / seconds / 1e6, static_cast<long long>(candles), held, held * 1024.0 / candles);
    }
    std::printf("peak memory (VmHWM): %ld KiB\n", bench::statusKib("VmHWM:"));
    return 0;
}
