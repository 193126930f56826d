#pragma once

#include "core/Candle.h"
#include "core/CandleColumns.h"
#include "strategy/Indicators.h"

#include <QTimeZone>

#include <limits>
#include <optional>
#include <vector>

namespace autocoin {

/// The candles a chart shows: the closed ones in the app's one candle store (CandleColumns, exact,
/// 56 bytes a candle, shared with whoever handed them over as columns), read as doubles only where
/// drawn, and the strategy's EMA and RSI computed on their closes by the engine's own indicator
/// code, kept as floats for drawing (NaN where an indicator is still warming up).
///
/// After the closed candles come the live ones, built from the engine's ticks with exact prices:
/// the forming candle (the newest) and any that ended but whose closed candle has not come from
/// the engine yet. A closed candle replaces the live one of its period (and any older). The
/// indicators stay on closed candles, as the strategy's are.
class ChartData
{
public:
    /// A candle built from ticks: open is the first price seen in its period.
    struct LiveCandle
    {
        qint64 time = 0; ///< open time, ms since the epoch (UTC)
        Decimal open, high, low, close;
    };

    void setPeriods(int fastPeriod, int slowPeriod, int rsiPeriod);
    /// The candle period, to place ticks in periods (0: unknown, ticks only move the last price).
    void setPeriod(qint64 ms) { m_period = ms; }
    qint64 period() const { return m_period; }
    void clear();
    /// Appends closed candles (oldest first); one with the same open time as the newest replaces
    /// it. Drops the live candles they close.
    void append(const QList<Candle> &candles);
    /// The same from columns; shared, not copied, when the chart has none yet (a backtest's file).
    void append(const CandleColumns &candles);
    const CandleColumns &candles() const { return m_candles; }
    /// A traded price at `timeMs`: moves the forming candle's close, high and low, or starts a new
    /// forming candle when `timeMs` is past its period (a tick is never placed in or before the
    /// newest closed candle's period: those are final). True when a new live candle started.
    bool tick(qint64 timeMs, const Decimal &price);
    const std::vector<LiveCandle> &live() const { return m_live; }
    /// The newest traded price, if a tick came since the last clear().
    const std::optional<Decimal> &lastPrice() const { return m_lastPrice; }

    /// Closed candles (the indicators' length); closed + live ones are drawn.
    std::size_t size() const { return std::size_t(m_candles.size()); }
    std::size_t drawnSize() const { return size() + m_live.size(); }
    /// Candle `i` of the drawn ones (closed, then live) as doubles for drawing.
    qint64 timeAt(std::size_t i) const;
    double openAt(std::size_t i) const;
    double highAt(std::size_t i) const;
    double lowAt(std::size_t i) const;
    double closeAt(std::size_t i) const;
    double volumeAt(std::size_t i) const; ///< 0 for a live candle (ticks carry no volume)
    /// Drawn candles [begin, end) (not empty) as one: highest high, lowest low, summed volume.
    struct Range
    {
        double high, low, volume;
    };
    Range range(std::size_t begin, std::size_t end) const;
    /// The indicators at closed candle `i` (NaN while warming up, and past the closed candles).
    double emaFastAt(std::size_t i) const { return indicator(m_emaFast, i); }
    double emaSlowAt(std::size_t i) const { return indicator(m_emaSlow, i); }
    double rsiAt(std::size_t i) const { return indicator(m_rsi, i); }
    /// Approximate memory held, for the benchmark.
    std::size_t bytes() const;
    QDateTime lastTime() const;

private:
    using Field = CandleColumns::Field;
    static double indicator(const std::vector<float> &values, std::size_t i)
    {
        return i < values.size() ? double(values[i]) : std::numeric_limits<double>::quiet_NaN();
    }
    /// Drops what `newest` closes: the live candles of its period and any older.
    void closeLive();
    /// The indicators again from closed candle `from` on (the first that changed).
    void computeIndicators(std::size_t from = 0);

    CandleColumns m_candles;
    /// Floats: drawn lines need no more (a float is within 6e-8 of the value, a tenth of a pixel
    /// on the narrowest price axis the chart sets), and they are 12 bytes a candle instead of 24.
    std::vector<float> m_emaFast, m_emaSlow, m_rsi;
    /// The indicators' state after the closed candles before the newest (which the feed may send
    /// again): a new or replaced candle is computed from there instead of from the first candle.
    struct State
    {
        Ema fast, slow;
        Rsi strength;
    };
    std::optional<State> m_saved;
    std::size_t m_savedCount = 0; ///< the candles m_saved has seen

    int m_emaFastPeriod = 12;
    int m_emaSlowPeriod = 26;
    int m_rsiPeriod = 14;
    qint64 m_period = 0;
    std::vector<LiveCandle> m_live;
    std::optional<Decimal> m_lastPrice;
};

/// Milliseconds to put on a QDateTimeAxis (which shows local time) so that it reads `zone`'s time.
qint64 axisTime(qint64 utcMs, const QTimeZone &zone);

} // namespace autocoin
