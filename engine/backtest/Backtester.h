#pragma once

#include "core/Candle.h"
#include "execution/Execution.h"
#include "strategy/StrategyParameters.h"

#include <QTimeZone>

#include <atomic>
#include <functional>
#include <vector>

namespace autocoin {

struct BacktestConfig
{
    QString exchange = QStringLiteral("upbit"); ///< whose tick sizes and fee default apply
    QString market = QStringLiteral("KRW-BTC");
    Timeframe timeframe = Timeframe::minutes(60);
    StrategyParameters parameters;
    std::optional<Decimal> feeRate; ///< default: the exchange's (Upbit 0.05 %, Bithumb 0.25 %)
    Decimal slippage{Decimal::fromString(QStringLiteral("0.001")).value()}; ///< fraction of the price
    Decimal startingKrw{1000000};
    QTimeZone zone{"Asia/Seoul"};
};

/// One position from entry to exit.
struct RoundTrip
{
    QDateTime entryTime;
    QDateTime exitTime;
    Decimal volume;
    Decimal entryPrice; ///< average fill price of the entry
    Decimal exitPrice;
    Decimal fees; ///< both sides
    Decimal pnl;  ///< net of fees
    QString exitReason;
};

struct BacktestResult
{
    BacktestConfig config;
    qsizetype candles = 0;
    QDateTime from; ///< open time of the first candle
    QDateTime to;   ///< close time of the last candle
    QList<TradeRecord> fills;
    QList<RoundTrip> trips;
    std::vector<qint64> times;  ///< one equity point per candle (ms since the epoch, UTC)
    std::vector<double> equity; ///< KRW, display and statistics only
    std::vector<bool> invested; ///< a position was held at that point
    Decimal finalEquity;        ///< exact, from the ledger
    Decimal feesPaid;           ///< exact
    double firstPrice = 0;      ///< for buy and hold
    double lastPrice = 0;
    bool cancelled = false;
};

/// Runs the live engine's strategy, risk and paper execution over historical candles with a
/// simulated clock, in the engine's own order for each candle: the candle closes; the market
/// price is the next candle's open (the first trade after the close, what the replay market's
/// ticker reports); the protective stops are checked at that price; the strategy decides on the
/// closed candle; its orders fill at that price ± slippage on the tick grid with the exchange's
/// fee. Stops are engine-side, as live: a stop is seen at the next candle boundary and filled at
/// the price then — never better than the stop (conservative: a gap through it costs the gap).
/// The same classes as live trading (StrategyCore, PaperExecution), so a backtest and a paper run
/// over the same candles trade identically.
class Backtester
{
public:
    /// Called every few thousand candles with the count done; returning false cancels.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    static BacktestResult run(const QList<Candle> &candles, const BacktestConfig &config,
                              const Progress &progress = {});
};

} // namespace autocoin
