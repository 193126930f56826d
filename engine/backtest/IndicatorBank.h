#pragma once

#include "core/CandleColumns.h"
#include "strategy/SignalGenerator.h"

#include <QHash>

#include <cmath>
#include <memory>
#include <mutex>
#include <vector>

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
    using Series = std::shared_ptr<const std::vector<double>>;

    explicit IndicatorBank(CandleColumns candles);

    /// The five series of `parameters` (computed now if no one asked for them before).
    struct Set
    {
        Series emaFast, emaSlow, rsi, atr, volumeAverage;
        std::shared_ptr<const std::vector<double>> close, volume;
    };
    Set set(const StrategyParameters &parameters);

    /// The snapshot IndicatorSet::update gives at candle `i` of a set.
    static IndicatorSnapshot snapshot(const Set &set, qsizetype i)
    {
        const auto value = [i](const Series &series) -> std::optional<double> {
            const double v = (*series)[std::size_t(i)];
            return std::isnan(v) ? std::nullopt : std::optional(v);
        };
        IndicatorSnapshot s;
        s.close = (*set.close)[std::size_t(i)];
        s.volume = (*set.volume)[std::size_t(i)];
        s.emaFast = value(set.emaFast);
        s.emaSlow = value(set.emaSlow);
        s.rsi = value(set.rsi);
        s.atr = value(set.atr);
        s.volumeAverage = value(set.volumeAverage);
        return s;
    }

    const CandleColumns &candles() const { return m_candles; }

private:
    enum class Kind
    {
        Ema,
        Rsi,
        Atr,
        VolumeSma
    };
    Series series(Kind kind, int period);
    Series compute(Kind kind, int period) const;

    CandleColumns m_candles;
    std::mutex m_lock;
    Series m_close;
    Series m_volume;
    QHash<quint64, Series> m_series; ///< by kind and period
};

} // namespace autocoin
