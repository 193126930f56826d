#pragma once

#include "backtest/IndicatorBank.h"
#include "core/CandleColumns.h"
#include "core/Defaults.h"
#include "execution/Execution.h"
#include "strategy/StrategyParameters.h"

#include <QTimeZone>

#include <atomic>
#include <functional>
#include <vector>

namespace autocoin {

struct BacktestConfig
{
    Exchange exchange = defaults::kExchange; ///< whose tick sizes and fee default apply
    QString market = defaults::market();     ///< the market of a one-market run
    Timeframe timeframe = Timeframe::minutes(defaults::kTimeframeMinutes);
    StrategyParameters parameters;
    std::optional<Decimal> feeRate;               ///< default: the exchange's (Upbit 0.05 %, Bithumb 0.25 %)
    Decimal slippage = defaults::paperSlippage(); ///< fraction of the price
    Decimal startingKrw{defaults::kPaperBalanceKrw};
    QTimeZone zone{defaults::timeZone().toUtf8()};
};

/// The candles of one market.
struct MarketSeries
{
    QString market;
    CandleColumns candles; ///< oldest first, one timeframe
    /// The indicator series of exactly these candles, shared by a sweep's backtests; without it
    /// a backtest computes its own as it goes.
    std::shared_ptr<IndicatorBank> indicators = {};
};

/// One position from entry to exit.
struct RoundTrip
{
    QString market;
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
    QStringList markets;   ///< in the order given
    qsizetype candles = 0; ///< of every market together
    QDateTime from;        ///< open time of the first candle
    QDateTime to;          ///< close time of the last candle
    QList<TradeRecord> fills;
    QList<RoundTrip> trips;
    std::vector<qint64> times;  ///< one equity point per candle (ms since the epoch, UTC)
    std::vector<double> equity; ///< KRW, display and statistics only
    std::vector<bool> invested; ///< a position was held at that point
    Decimal finalEquity;        ///< exact, from the ledger
    Decimal feesPaid;           ///< exact
    double firstPrice = 0;      ///< for buy and hold (one-market runs)
    double lastPrice = 0;
    /// Buy and hold of every market in equal parts, as a return (0 = flat).
    double buyAndHoldReturn = 0;
    struct Span
    {
        qsizetype candles = 0;
        double firstPrice = 0; ///< the first candle's open
        double lastPrice = 0;  ///< the last candle's close
    };
    QHash<QString, Span> spans; ///< by market
    bool cancelled = false;
};

/// Runs the live engine's strategy, risk and paper execution over historical candles with a
/// simulated clock, in the engine's own order for each candle: the candle closes; the market
/// price is the next candle's open (the first trade after the close, what the replay market's
/// ticker reports); the protective stops are checked at that price; the strategy decides on the
/// closed candle; its orders fill at that price ± slippage on the tick grid with the exchange's
/// fee. Stops are engine-side, as live: a stop is seen at the next candle boundary and filled at
/// the price then — never better than the stop (conservative: a gap through it costs the gap).
/// The same classes as live trading (Portfolio, StrategyCore, PaperExecution), so a backtest and a
/// paper run over the same candles trade identically.
///
/// Several markets share one account: their candles are merged by time; at each time the
/// markets whose candle closed decide together (Portfolio), and every held market's stop is
/// checked at its own price.
class Backtester
{
public:
    /// Called every few thousand candles with the count done; returning false cancels.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    /// One market: `config.market`.
    static BacktestResult run(const CandleColumns &candles, const BacktestConfig &config,
                              const Progress &progress = {});
    static BacktestResult run(const QList<Candle> &candles, const BacktestConfig &config,
                              const Progress &progress = {});
    /// A portfolio of markets (distinct, same timeframe) with shared cash.
    static BacktestResult run(const QList<MarketSeries> &markets, const BacktestConfig &config,
                              const Progress &progress = {});
};

} // namespace autocoin
