// Portfolio backtest benchmark (not a test): the six recorded markets (hourly, 2022–2025, one
// clock) backtested together with shared cash, against each market alone; then ten markets ×
// 100,000 one-minute candles against one market × 1,000,000. Prints the cost per candle of each
// (wall time / candles of every market), so the portfolio's overhead per candle can be compared
// with the one-market backtest's, and the peak memory.

#include "BenchSupport.h"
#include "backtest/Backtester.h"
#include "backtest/Report.h"
#include "replay/CandleFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace autocoin;

namespace {

qsizetype candleCount(const QList<MarketSeries> &markets)
{
    qsizetype n = 0;
    for (const MarketSeries &m : markets)
        n += m.candles.size();
    return n;
}

/// The best of three runs: nanoseconds per candle (of every market together).
double nsPerCandle(const QList<MarketSeries> &markets, const BacktestConfig &config, BacktestResult *last)
{
    double best = 1e99;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        *last = Backtester::run(markets, config);
        best = std::min(best, double(timer.nsecsElapsed()));
    }
    return best / double(candleCount(markets));
}

void print(const char *what, const QList<MarketSeries> &markets, double ns, const BacktestResult &result)
{
    std::printf("%-44s %9lld candles  %7.1f ns/candle  %5lld round trips  final equity %s KRW\n", what,
                static_cast<long long>(candleCount(markets)), ns, static_cast<long long>(result.trips.size()),
                qPrintable(result.finalEquity.toString()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QDir dir(QStringLiteral(AUTOCOIN_SHARED_DATA "/upbit-krw-6markets-1h"));
    QList<MarketSeries> six;
    for (const QString &name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name)) {
        const auto file = CandleFile::load(dir.filePath(name));
        if (!file.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(file.error().message));
            return 1;
        }
        six.append({name.chopped(4), CandleColumns::fromList(file.value().series.candles)});
    }
    // Ten markets × 100,000 one-minute candles on one clock, made from the first market's hours.
    const QList<Candle> hours = six.constFirst().candles.toList();
    QList<MarketSeries> ten;
    for (int m = 0; m < 10; ++m)
        ten.append({QStringLiteral("KRW-M%1").arg(m),
                    CandleColumns::fromList(bench::minuteCandles(hours, 100000, m * 997, 1000 + m * 10))});
    if (argc == 3 && qstrcmp(argv[1], "--write-csv") == 0) {
        // The ten markets as files DIR/KRW-M0.csv … KRW-M9.csv, for timing the command line
        // (tests/bench/portfolio-cli.sh).
        for (const MarketSeries &market : std::as_const(ten)) {
            if (!bench::writeCsv(QDir(QString::fromLocal8Bit(argv[2])).filePath(market.market + u".csv"),
                                 market.candles.toList()))
                return 1;
        }
        return 0;
    }
    BacktestConfig config;
    config.timeframe = Timeframe::minutes(60);
    BacktestResult result;

    std::printf("== six recorded markets, hourly 2022-2025, one account ==\n");
    const double portfolio = nsPerCandle(six, config, &result);
    print("portfolio of 6 (max-positions 3)", six, portfolio, result);
    double alone = 0;
    for (const MarketSeries &market : six) {
        BacktestConfig one = config;
        one.market = market.market;
        const double ns = nsPerCandle({market}, one, &result);
        alone += ns / six.size();
        print(qPrintable(market.market + QStringLiteral(" alone")), {market}, ns, result);
    }
    std::printf("portfolio / one market, per candle: %.2f×\n\n", portfolio / alone);

    std::printf("== ten markets × 100,000 one-minute candles against one market × 1,000,000 ==\n");
    config.timeframe = Timeframe::minutes(1);
    const double tenNs = nsPerCandle(ten, config, &result);
    print("portfolio of 10 x 100,000", ten, tenNs, result);
    const QList<MarketSeries> one{
        {QStringLiteral("KRW-M0"), CandleColumns::fromList(bench::minuteCandles(hours, 1000000, 0, 1000))}};
    const double oneNs = nsPerCandle(one, config, &result);
    print("one market x 1,000,000", one, oneNs, result);
    std::printf("portfolio / one market, per candle: %.2f×\n", tenNs / oneNs);
    std::printf("peak memory (VmHWM): %ld KiB\n", bench::statusKib("VmHWM:"));
    return 0;
}
