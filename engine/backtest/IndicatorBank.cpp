#include "backtest/IndicatorBank.h"

#include <limits>

namespace autocoin {

namespace {

constexpr double kNotReady = std::numeric_limits<double>::quiet_NaN();

std::shared_ptr<std::vector<double>> column(const CandleColumns &candles, CandleColumns::Field field)
{
    auto values = std::make_shared<std::vector<double>>(std::size_t(candles.size()));
    for (qsizetype i = 0; i < candles.size(); ++i)
        (*values)[std::size_t(i)] = candles.toDouble(field, i);
    return values;
}

} // namespace

IndicatorBank::IndicatorBank(CandleColumns candles)
    : m_candles(std::move(candles))
    , m_close(column(m_candles, CandleColumns::Field::Close))
    , m_volume(column(m_candles, CandleColumns::Field::Volume))
{}

IndicatorBank::Set IndicatorBank::set(const StrategyParameters &p)
{
    return {series(Kind::Ema, p.emaFast),
            series(Kind::Ema, p.emaSlow),
            series(Kind::Rsi, p.rsiPeriod),
            series(Kind::Atr, p.atrPeriod),
            series(Kind::VolumeSma, p.volumePeriod),
            m_close,
            m_volume};
}

IndicatorBank::Series IndicatorBank::series(Kind kind, int period)
{
    const quint64 key = (quint64(kind) << 32) | quint32(period);
    {
        const std::lock_guard guard(m_lock);
        if (const auto it = m_series.constFind(key); it != m_series.constEnd())
            return *it;
    }
    // Computed outside the lock so that the other threads' series go on; two threads asking for
    // the same new one at once both compute it (the same values) and the first kept wins.
    Series computed = compute(kind, period);
    const std::lock_guard guard(m_lock);
    return *m_series.insert(key, m_series.value(key, computed));
}

IndicatorBank::Series IndicatorBank::compute(Kind kind, int period) const
{
    const std::vector<double> &close = *m_close;
    auto out = std::make_shared<std::vector<double>>(close.size());
    std::vector<double> &values = *out;
    const auto put = [&values](std::size_t i, const std::optional<double> &v) { values[i] = v.value_or(kNotReady); };
    switch (kind) {
    case Kind::Ema: {
        Ema ema(period);
        for (std::size_t i = 0; i < close.size(); ++i)
            put(i, ema.update(close[i]));
        break;
    }
    case Kind::Rsi: {
        Rsi rsi(period);
        for (std::size_t i = 0; i < close.size(); ++i)
            put(i, rsi.update(close[i]));
        break;
    }
    case Kind::Atr: {
        Atr atr(period);
        for (std::size_t i = 0; i < close.size(); ++i) {
            put(i, atr.update(m_candles.toDouble(CandleColumns::Field::High, qsizetype(i)),
                              m_candles.toDouble(CandleColumns::Field::Low, qsizetype(i)), close[i]));
        }
        break;
    }
    case Kind::VolumeSma: {
        Sma sma(period);
        const std::vector<double> &volume = *m_volume;
        for (std::size_t i = 0; i < volume.size(); ++i)
            put(i, sma.update(volume[i]));
        break;
    }
    }
    return out;
}

} // namespace autocoin
