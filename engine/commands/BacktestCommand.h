#pragma once

#include "backtest/Backtester.h"
#include "settings/CommandLine.h"

#include <cstdio>

namespace autocoin {

/// What `backtest` and `optimize` read from the command line, checked: a clear message for each
/// bad value.
struct BacktestRequest
{
    QList<Candle> candles; ///< filtered to [from, to]
    BacktestConfig config;
    QString reportFile;
    QString jsonFile;
    QString tradesFile;
};

/// Loads the candles (`--data FILE`, or `candles` already read from the cache or the exchange)
/// and checks every option. Returns an error message, or empty with `request` filled.
QString prepareBacktest(const CommandLine &commandLine, const QList<Candle> &candles, const QString &dataMarket,
                        BacktestRequest *request);

/// `autocoin backtest …`: runs, prints the report, writes the requested files. Exit code.
int runBacktestCommand(const BacktestRequest &request, std::FILE *out, std::FILE *err);

/// `autocoin optimize … --range NAME=FROM:TO:STEP …`: every combination on every core, ranked by
/// the metric over the whole period, then walk-forward (optimise on a window, test on the next,
/// roll) with a warning where out-of-sample falls far below in-sample. Exit code.
int runOptimizeCommand(const CommandLine &commandLine, const BacktestRequest &request, std::FILE *out, std::FILE *err);

} // namespace autocoin
