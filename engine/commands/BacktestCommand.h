#pragma once

#include "backtest/Backtester.h"
#include "settings/CommandLine.h"

#include <cstdio>

namespace autocoin {

/// What `backtest` and `optimize` read from the command line, checked: a clear message for each
/// bad value.
struct BacktestRequest
{
    QList<MarketSeries> markets; ///< each filtered to [from, to]
    BacktestConfig config;
    QString reportFile;
    QString jsonFile;
    QString tradesFile;
};

/// Checks every option for the candles of `markets` (from `--data` files, or read from the cache or
/// the exchange). Returns an error message, or empty with `request` filled.
QString prepareBacktest(const CommandLine &commandLine, const QList<MarketSeries> &markets, BacktestRequest *request);

/// The `--data` entries (`FILE`, `MARKET=FILE`, comma lists, repeated) loaded: one series per
/// market, all of one timeframe. A bare file is `marketOption`'s market (--market) when given,
/// else the market its file names, else KRW-BTC.
/// Returns an error message naming the entry, or empty.
QString loadDataFiles(const QStringList &entries, const QString &marketOption, QList<MarketSeries> *markets,
                      Timeframe *timeframe);

/// `autocoin backtest …`: runs, prints the report, writes the requested files. Exit code. The
/// request's candles are let go once the backtest has run (moved in, they are freed then: the
/// report does not need them).
int runBacktestCommand(BacktestRequest request, std::FILE *out, std::FILE *err);

/// `autocoin optimize … --range NAME=FROM:TO:STEP …`: every combination on every core, ranked by
/// the metric over the whole period, then walk-forward (optimise on a window, test on the next,
/// roll) with a warning where out-of-sample falls far below in-sample. Exit code.
int runOptimizeCommand(const CommandLine &commandLine, const BacktestRequest &request, std::FILE *out, std::FILE *err);

} // namespace autocoin
