#pragma once

#include "backtest/IndicatorBank.h"
#include "core/CandleColumns.h"
#include "core/Defaults.h"
#include "execution/Execution.h"
#include "strategy/StrategyParameters.h"

#include <QTimeZone>
#include <QtNumeric>

#include <algorithm>
#include <atomic>
#include <functional>
#include <span>
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
    /// Whether the result keeps the equity curve (a report's JSON and charts draw it); a sweep's
    /// backtests need only its statistics (BacktestResult::stats).
    bool keepCurve = true;
};

/// What the report computes from the equity curve, gathered point by point as the curve is made
/// (or from a kept curve), so that a run need not keep it: the drawdown and its longest duration,
/// the per-point returns behind Sharpe and Sortino, the share of points invested. A stretch of
/// equal points (a backtest with nothing held) is taken at once, with the result of taking its
/// points one by one: after its first point each return is exactly 0 (x / x − 1), which leaves
/// every sum as it is, and the drawdown stays, only its duration grows.
class EquityStats
{
public:
    explicit EquityStats(double start = 0)
        : m_peak(start)
        , m_previous(start)
    {}
    /// A point of the curve at `timeMs` (UTC ms).
    void add(qint64 timeMs, double equity, bool invested)
    {
        if (m_points == 0)
            m_peakTime = timeMs;
        ++m_points;
        m_invested += invested ? 1 : 0;
        if (equity >= m_peak) {
            m_peak = equity;
            m_peakTime = timeMs;
        } else {
            maxDrawdown = std::max(maxDrawdown, (m_peak - equity) / m_peak);
            maxDrawdownMs = std::max(maxDrawdownMs, timeMs - m_peakTime);
        }
        if (m_previous > 0) {
            const double ret = equity / m_previous - 1;
            sum += ret;
            sumSquares += ret * ret;
            if (ret < 0)
                downSquares += ret * ret;
            ++returns;
        }
        m_previous = equity;
    }
    /// `count` points of the same `equity`, not invested, at `firstMs` … `lastMs`.
    void addFlat(qint64 firstMs, qint64 lastMs, std::size_t count, double equity)
    {
        if (count == 0)
            return;
        add(firstMs, equity, false);
        if (count == 1)
            return;
        m_points += count - 1;
        if (equity >= m_peak)
            m_peakTime = lastMs;
        else
            maxDrawdownMs = std::max(maxDrawdownMs, lastMs - m_peakTime);
        if (equity > 0)
            returns += count - 1;
    }
    std::size_t points() const { return m_points; }
    std::size_t investedPoints() const { return m_invested; }

    double maxDrawdown = 0;   ///< fraction of the peak (the start counts as one)
    qint64 maxDrawdownMs = 0; ///< longest time below a previous peak
    double sum = 0;           ///< of the per-point returns
    double sumSquares = 0;    ///< of their squares
    double downSquares = 0;   ///< of the squares of the negative ones
    std::size_t returns = 0;  ///< per-point returns taken (from a positive equity)

private:
    double m_peak;
    qint64 m_peakTime = 0;
    double m_previous;
    std::size_t m_points = 0;
    std::size_t m_invested = 0;
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

/// The equity curve of a run, one point per candle time, kept as runs: points with the same equity
/// and the same "invested", at evenly spaced times, are one entry. Most of a backtest is such a
/// stretch (nothing held, the equity unchanged between trades: 98.5 % of a million minutes), so a
/// curve of a million points takes kilobytes where three vectors took 17 MB, and a reader that
/// draws lines (the window's chart) draws a stretch as its two ends. Read by index like a vector.
class EquityCurve
{
public:
    /// One entry: `count` points from index `first`, the k-th at `time + k * step`.
    struct Run
    {
        std::size_t first = 0;
        std::size_t count = 0;
        qint64 time = 0; ///< of the first point (ms since the epoch, UTC)
        qint64 step = 0; ///< between points (0 while the run has one point)
        double equity = 0;
        bool invested = false;
        qint64 timeAt(std::size_t k) const { return time + qint64(k) * step; }
        qint64 lastTime() const { return timeAt(count - 1); }
    };

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const std::vector<Run> &runs() const { return m_runs; }
    /// The run holding point `i` (< size()).
    const Run &runOf(std::size_t i) const
    {
        const auto after = std::upper_bound(m_runs.begin(), m_runs.end(), i,
                                            [](std::size_t index, const Run &run) { return index < run.first; });
        return *std::prev(after);
    }
    qint64 time(std::size_t i) const
    {
        const Run &run = runOf(i);
        return run.timeAt(i - run.first);
    }
    double equity(std::size_t i) const { return runOf(i).equity; }
    bool invested(std::size_t i) const { return runOf(i).invested; }

    /// One point, after the last one (a later time).
    void append(qint64 timeMs, double equity, bool invested)
    {
        if (!m_runs.empty()) {
            Run &last = m_runs.back();
            qint64 gap = 0;
            if (last.equity == equity && last.invested == invested && timeMs > last.lastTime() &&
                !qSubOverflow(timeMs, last.lastTime(), &gap) && (last.count == 1 || gap == last.step)) {
                last.step = gap;
                ++last.count;
                ++m_size;
                return;
            }
        }
        m_runs.push_back({m_size, 1, timeMs, 0, equity, invested});
        ++m_size;
    }
    /// `times.size()` points of the same `equity`, nothing invested, at `times[k] + offsetMs`
    /// (ascending): the stretches evenly spaced become one run each.
    void appendFlat(std::span<const qint64> times, qint64 offsetMs, double equity)
    {
        std::size_t k = 0;
        while (k < times.size()) {
            append(times[k] + offsetMs, equity, false);
            ++k;
            Run &last = m_runs.back();
            if (last.count < 2)
                continue;
            // The rest of an evenly spaced stretch: only a comparison a point.
            qint64 next = last.timeAt(last.count) - offsetMs;
            const std::size_t from = k;
            while (k < times.size() && times[k] == next) {
                ++k;
                next += last.step;
            }
            last.count += k - from;
            m_size += k - from;
        }
    }

    /// The same points (however they are grouped into runs); equities compared with ==.
    bool operator==(const EquityCurve &other) const
    {
        if (m_size != other.m_size)
            return false;
        for (std::size_t i = 0; i < m_size; ++i) {
            const Run &a = runOf(i);
            const Run &b = other.runOf(i);
            if (a.timeAt(i - a.first) != b.timeAt(i - b.first) || !(a.equity == b.equity) || a.invested != b.invested)
                return false;
        }
        return true;
    }

private:
    std::vector<Run> m_runs;
    std::size_t m_size = 0;
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
    /// One point per candle time (KRW, display and statistics only), when the run keeps it.
    EquityCurve curve;
    EquityStats stats;     ///< of every point, whether the curve is kept or not
    Decimal finalEquity;   ///< exact, from the ledger
    Decimal feesPaid;      ///< exact
    double firstPrice = 0; ///< for buy and hold (one-market runs)
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
