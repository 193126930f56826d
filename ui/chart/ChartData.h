#pragma once

#include "core/Candle.h"

#include <QTimeZone>

#include <vector>

namespace autocoin {

/// The candles a chart shows, as plain arrays of doubles (display only: money stays exact in the
/// engine and the database), with the strategy's EMA and RSI computed on them by the engine's own
/// indicator code. NaN where an indicator is still warming up.
class ChartData
{
public:
    void setPeriods(int fastPeriod, int slowPeriod, int rsiPeriod);
    void clear();
    /// Appends candles (oldest first); one with the same open time as the newest replaces it.
    void append(const QList<Candle> &candles);

    std::size_t size() const { return time.size(); }
    /// Approximate memory held, for the benchmark.
    std::size_t bytes() const;
    QDateTime lastTime() const;

    std::vector<qint64> time; ///< open time, ms since the epoch (UTC)
    std::vector<double> open, high, low, close, volume, emaFast, emaSlow, rsi;

private:
    void computeIndicators();

    int m_emaFast = 12;
    int m_emaSlow = 26;
    int m_rsiPeriod = 14;
};

/// Milliseconds to put on a QDateTimeAxis (which shows local time) so that it reads `zone`'s time.
qint64 axisTime(qint64 utcMs, const QTimeZone &zone);

} // namespace autocoin
