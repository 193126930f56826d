// Candle file benchmark (not a test): three rounds each of
//   load          CandleFile::load into a QList<Candle> (the general reader),
//   columns       CandleFile::loadColumns with the cache off (the fast scanner into CandleColumns),
//   cold          loadColumns with an empty cache (the scanner, then the cache entry written),
//   warm          loadColumns from that cache entry,
// each with seconds, MB/s of the CSV, candles/s, the resident memory the loaded candles hold and
// the peak resident memory of that mode (VmHWM, reset between modes). What `autocoin backtest
// --data FILE` spends before its first candle is traded. The cache goes to a temporary directory.
//   bench_candlefile [FILE] [MODE…]   (default: the 1,000,000-minute CSV of tests/bench/backtest-cli.sh;
//                                      every mode)
//   bench_candlefile [FILE] check     (load and loadColumns, scanned and cached, give the same)

#include "BenchSupport.h"
#include "replay/CandleCache.h"
#include "replay/CandleFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>
#include <sys/resource.h>

using namespace autocoin;

namespace {

/// Resets the process's peak resident memory (VmHWM) to its current size (Linux ≥ 4.0).
/// CPU seconds (user and system) this process has used: on a machine shared with other work,
/// steadier than the wall time.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace

// A benchmark run by hand: an exception ending it through std::terminate is report enough.
int main(int argc, char **argv) // NOLINT(bugprone-exception-escape)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString path =
        !args.isEmpty() && !args.first().startsWith(u'-') && QFileInfo(args.first()).isFile()
            ? args.takeFirst()
            : qEnvironmentVariable("TMPDIR", QStringLiteral("/tmp")) + QStringLiteral("/autocoin-1m-minutes.csv");
    const QStringList modes = args.isEmpty() ? QStringList{QStringLiteral("load"), QStringLiteral("columns"),
                                                           QStringLiteral("cold"), QStringLiteral("warm")}
                                             : args;
    QTemporaryDir cacheHome;
    qputenv("XDG_CACHE_HOME", cacheHome.path().toLocal8Bit());
    const double megabytes = QFileInfo(path).size() / 1e6;
    if (modes == QStringList{QStringLiteral("check")}) {
        // Not timed: load() and loadColumns() (scanned, then from the cache) give the same.
        const auto expected = CandleFile::load(path);
        for (const char *cache : {"off", "on", "on"}) {
            qputenv("AUTOCOIN_CANDLE_CACHE", cache);
            const auto columns = CandleFile::loadColumns(path);
            bool same = expected.ok() == columns.ok();
            if (same && expected.ok()) {
                const CandleFile &a = expected.value();
                const CandleColumnsFile &b = columns.value();
                same = a.timeframe == b.timeframe && a.market == b.market &&
                       a.series.duplicatesDropped == b.duplicatesDropped && a.series.gaps.size() == b.gaps.size() &&
                       a.series.candles == b.candles.toList();
                for (qsizetype i = 0; same && i < b.gaps.size(); ++i)
                    same = a.series.gaps[i].from == b.gaps[i].from && a.series.gaps[i].missing == b.gaps[i].missing;
            } else if (same) {
                same = expected.error().message == columns.error().message;
            }
            std::printf("check (cache %s, read by %d): %s\n", cache, columns.ok() ? int(columns.value().readBy) : -1,
                        same ? "the same" : "DIFFERENT");
            if (!same)
                return 1;
        }
        return 0;
    }
    for (const QString &mode : modes) {
        qputenv("AUTOCOIN_CANDLE_CACHE", mode == u"columns" ? "off" : "on");
        resetPeak();
        const long before = bench::statusKib("VmRSS:");
        for (int round = 1; round <= 3; ++round) {
            if (mode == u"cold")
                QDir(CandleCache::directory()).removeRecursively();
            if (mode == u"warm" && round == 1)
                (void)CandleFile::loadColumns(path); // the entry the rounds read
            QElapsedTimer timer;
            timer.start();
            const double cpuBefore = cpuSeconds();
            qsizetype candles = 0;
            qint64 bytes = 0;
            QString readBy;
            std::optional<Result<CandleFile>> loaded; // held until the memory is measured
            std::optional<Result<CandleColumnsFile>> columns;
            if (mode == u"load") {
                const auto &file = loaded.emplace(CandleFile::load(path));
                if (!file.ok()) {
                    std::fprintf(stderr, "%s\n", qPrintable(file.error().message));
                    return 1;
                }
                candles = file.value().series.candles.size();
                bytes = candles * qint64(sizeof(Candle));
                readBy = QStringLiteral("general reader");
            } else {
                const auto &file = columns.emplace(CandleFile::loadColumns(path));
                if (!file.ok()) {
                    std::fprintf(stderr, "%s\n", qPrintable(file.error().message));
                    return 1;
                }
                candles = file.value().candles.size();
                bytes = file.value().candles.bytes();
                const auto by = file.value().readBy;
                readBy = by == CandleColumnsFile::ReadBy::Scanner ? QStringLiteral("scanner")
                         : by == CandleColumnsFile::ReadBy::Cache ? QStringLiteral("cache")
                                                                  : QStringLiteral("general reader");
            }
            const double seconds = timer.nsecsElapsed() / 1e9;
            const double cpu = cpuSeconds() - cpuBefore;
            // Resident while the result is still held: the loaded candles (and what the loader kept).
            const long held = bench::statusKib("VmRSS:") - before;
            std::printf("%-7s %s round %d (%s): %.3f s (%.3f s CPU), %.0f MB/s (%.0f MB per CPU second), %.2f "
                        "million candles/s, %lld candles, %.0f bytes/candle in the structure, %ld KiB resident "
                        "(%.0f bytes/candle)\n",
                        qPrintable(mode), qPrintable(QFileInfo(path).fileName()), round, qPrintable(readBy), seconds,
                        cpu, megabytes / seconds, megabytes / cpu, candles / seconds / 1e6,
                        static_cast<long long>(candles), double(bytes) / candles, held, held * 1024.0 / candles);
        }
        std::printf("%-7s peak resident memory (VmHWM, from %ld KiB before): %ld KiB\n", qPrintable(mode), before,
                    bench::statusKib("VmHWM:"));
    }
    return 0;
}
