#pragma once

#include "backtest/Report.h"

#include <QHash>

namespace autocoin {

/// One parameter's values: FROM, FROM + STEP, … up to TO.
struct ParameterRange
{
    QString name;
    double from = 0;
    double to = 0;
    double step = 1;

    /// Parses "ema-fast=8:16:2"; returns an error message or empty.
    static QString parse(const QString &text, ParameterRange *range);
    QStringList values() const;
};

struct OptimizeConfig
{
    BacktestConfig base;
    QList<ParameterRange> ranges;
    QString metric = QStringLiteral("sharpe"); ///< sharpe, sortino, calmar, return, profit-factor
    int windows = 4;                           ///< walk-forward folds
    int threads = 0;                           ///< 0: every core
};

struct Evaluation
{
    QHash<QString, QString> values; ///< the parameters tried (the ranges' names only)
    BacktestReport report;
    double score = 0;
};

/// Optimise on one window, test the winner on the next.
struct WalkForwardFold
{
    QDateTime trainFrom, trainTo, testFrom, testTo;
    Evaluation best;           ///< in-sample winner
    BacktestReport testReport; ///< the winner out of sample
    double testScore = 0;
    bool degraded = false; ///< out-of-sample far below in-sample
};

struct OptimizeResult
{
    QList<Evaluation> ranked; ///< every valid combination over the whole period, best first
    QList<WalkForwardFold> folds;
    int combinations = 0;
    int skipped = 0; ///< combinations the parameter rules refuse (ema-fast ≥ ema-slow, …)
    int threads = 1;
    double seconds = 0;
    QStringList warnings;
};

/// Parameter sweeps over the backtester, on every core, with a walk-forward check.
class Optimizer
{
public:
    static bool knownMetric(const QString &metric);
    static double score(const BacktestReport &report, const QString &metric);
    /// `progress(done, total)` over all the backtests run; false cancels.
    static OptimizeResult run(const QList<MarketSeries> &markets, const OptimizeConfig &config,
                              const std::function<bool(int, int)> &progress = {});
    /// One market: `config.base.market`.
    static OptimizeResult run(const CandleColumns &candles, const OptimizeConfig &config,
                              const std::function<bool(int, int)> &progress = {});
    static OptimizeResult run(const QList<Candle> &candles, const OptimizeConfig &config,
                              const std::function<bool(int, int)> &progress = {});
    /// The ranked table as CSV (parameters, then the metrics).
    static QByteArray csv(const OptimizeResult &result);
};

} // namespace autocoin
