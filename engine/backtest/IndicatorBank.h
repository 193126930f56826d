#pragma once

#include "core/CandleColumns.h"
#include "strategy/SignalGenerator.h"

#include <QHash>
#include <QList>

#include <cmath>
#if defined(_MSC_VER) && !defined(__clang__) && (defined(_M_X64) || defined(_M_IX86))
#include <xmmintrin.h>
#endif
#include <memory>
#include <mutex>

namespace autocoin {

/// The indicator series of one market's candles, each computed once and shared by every backtest
/// of a sweep that asks for it: sixty-four combinations of two EMA periods compute each EMA once,
/// not once per combination. A series is the incremental indicator run over the candles (the
/// same objects and doubles as IndicatorSet), so a backtest reading it decides exactly as one
/// computing its own; NaN marks where the indicator is not ready yet. Safe to share between the
/// sweep's threads.
class IndicatorBank
{
public:
    /// One value per candle (the bank's candles().size() of them).
    using Series = std::shared_ptr<const double[]>;
    /// A candle's values besides the EMAs, side by side: a backtest reads them at the scattered
    /// candles where the EMAs cross, one cache line there rather than five series' (a sweep's
    /// time went to those misses). Shared by every combination with the same RSI, ATR and volume
    /// periods.
    struct Values
    {
        double close;
        double volume;
        double rsi;
        double atr;
        double volumeAverage;
    };
    using Records = std::shared_ptr<const Values[]>;

    explicit IndicatorBank(CandleColumns candles);

    /// The series of `parameters` (computed now if no one asked for them before).
    struct Set
    {
        Series emaFast, emaSlow;
        Records values;
    };
    Set set(const StrategyParameters &parameters);
    /// Computes now, in one pass over the closes, every EMA `parameters` ask for that is not there
    /// yet (a sweep's, before its backtests start): one EMA alone waits on its own previous value
    /// at every candle, several side by side do not.
    void prepare(const QList<StrategyParameters> &parameters);

    /// The snapshot IndicatorSet::update gives at candle `i` of a set.
    static IndicatorSnapshot snapshot(const Set &set, qsizetype i)
    {
        const auto value = [](double v) -> std::optional<double> {
            return std::isnan(v) ? std::nullopt : std::optional(v);
        };
        const Values &at = set.values[std::size_t(i)];
        IndicatorSnapshot s;
        s.close = at.close;
        s.volume = at.volume;
        s.emaFast = value(set.emaFast[std::size_t(i)]);
        s.emaSlow = value(set.emaSlow[std::size_t(i)]);
        s.rsi = value(at.rsi);
        s.atr = value(at.atr);
        s.volumeAverage = value(at.volumeAverage);
        return s;
    }

    /// A hint to bring the cache line of `address` in (nothing where the compiler has no such hint).
    static void fetch(const char *address)
    {
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(address);
#elif defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
        _mm_prefetch(address, _MM_HINT_T0);
#else
        (void)address;
#endif
    }
    /// Asks the processor to fetch the values of candles i … i + 7 (snapshot() may read them soon).
    static void prefetch(const Set &set, qsizetype i)
    {
        const char *first = reinterpret_cast<const char *>(&set.values[std::size_t(i)]);
        constexpr int kBytes = 8 * sizeof(Values);
        for (int offset = 0; offset < kBytes; offset += 64)
            fetch(first + offset);
        fetch(first + kBytes - 1);
    }

    const CandleColumns &candles() const
    {
        return m_candles;
    }

private:
    Series ema(int period);
    Records values(const StrategyParameters &parameters);
    Records computeValues(int rsiPeriod, int atrPeriod, int volumePeriod) const;

    CandleColumns m_candles;
    std::mutex m_lock;
    std::shared_ptr<const double[]> m_close; ///< the closes as doubles
    QHash<int, Series> m_emas;               ///< by period
    QHash<quint64, Records> m_values;        ///< by RSI, ATR and volume periods
};

} // namespace autocoin
