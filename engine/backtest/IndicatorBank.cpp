#include "backtest/IndicatorBank.h"

#include "backtest/ColumnDoubles.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace autocoin {

namespace {

constexpr double kNotReady = std::numeric_limits<double>::quiet_NaN();

/// An array of `size` values for the caller to fill: not zeroed first (8 MB a million candles).
template<typename T> std::shared_ptr<T[]> uninitialised(qsizetype size)
{
    return std::shared_ptr<T[]>(new T[std::size_t(size)]);
}

double ready(const std::optional<double> &value)
{
    return value.value_or(kNotReady);
}

/// `ema`'s update() of the closes through its look-back, into `out`; the first candle past it
/// (from there advance() is what update() does).
qsizetype lookBack(Ema &ema, const double *close, double *out, qsizetype size)
{
    qsizetype i = 0;
    for (; i < size && !ema.warm(); ++i)
        out[i] = ready(ema.update(close[i]));
    return i;
}

} // namespace

IndicatorBank::IndicatorBank(CandleColumns candles)
    : m_candles(std::move(candles))
{
    const ColumnDoubles close(m_candles, CandleColumns::Field::Close);
    const auto closes = uninitialised<double>(m_candles.size());
    for (qsizetype i = 0; i < m_candles.size(); ++i)
        closes[std::size_t(i)] = close(i);
    m_close = closes;
}

IndicatorBank::Set IndicatorBank::set(const StrategyParameters &p)
{
    return {ema(p.emaFast), ema(p.emaSlow), values(p)};
}

IndicatorBank::Series IndicatorBank::ema(int period)
{
    {
        const std::lock_guard guard(m_lock);
        if (const auto it = m_emas.constFind(period); it != m_emas.constEnd())
            return *it;
    }
    // Computed outside the lock so that the other threads' series go on; two threads asking for
    // the same new one at once both compute it (the same values) and the first kept wins.
    // The incremental Ema, update() through its look-back, then advance() (what update() does
    // once warm) in a loop that keeps its state in registers.
    const qsizetype size = m_candles.size();
    const double *close = m_close.get();
    const auto out = uninitialised<double>(size);
    Ema ema(period);
    for (qsizetype i = lookBack(ema, close, out.get(), size); i < size; ++i)
        out[std::size_t(i)] = ema.advance(detail::finite(close[i]));
    const Series computed = out;
    const std::lock_guard guard(m_lock);
    return *m_emas.insert(period, m_emas.value(period, computed));
}

void IndicatorBank::prepare(const QList<StrategyParameters> &parameters)
{
    QList<int> periods;
    {
        const std::lock_guard guard(m_lock);
        for (const StrategyParameters &p : parameters) {
            for (const int period : {p.emaFast, p.emaSlow}) {
                if (!m_emas.contains(period) && !periods.contains(period))
                    periods.append(period);
            }
        }
    }
    if (periods.isEmpty())
        return;
    const qsizetype size = m_candles.size();
    const double *close = m_close.get();
    std::vector<Ema> emas;
    std::vector<std::shared_ptr<double[]>> outs;
    std::vector<double *> out;
    qsizetype warm = 0; ///< every EMA is past its look-back from here
    for (const int period : std::as_const(periods)) {
        emas.emplace_back(period);
        outs.push_back(uninitialised<double>(size));
        out.push_back(outs.back().get());
        warm = std::max(warm, lookBack(emas.back(), close, out.back(), size));
    }
    // Each up to the last look-back alone, then all of them candle by candle: advance() as ema().
    for (std::size_t j = 0; j < emas.size(); ++j) {
        for (qsizetype i = std::min<qsizetype>(emas[j].period(), size); i < warm; ++i)
            out[j][i] = emas[j].advance(detail::finite(close[i]));
    }
    for (qsizetype i = warm; i < size; ++i) {
        const double c = detail::finite(close[i]);
        for (std::size_t j = 0; j < emas.size(); ++j)
            out[j][i] = emas[j].advance(c);
    }
    const std::lock_guard guard(m_lock);
    for (std::size_t j = 0; j < emas.size(); ++j) {
        if (!m_emas.contains(periods[qsizetype(j)]))
            m_emas.insert(periods[qsizetype(j)], outs[j]);
    }
}

IndicatorBank::Records IndicatorBank::values(const StrategyParameters &p)
{
    const quint64 key = (quint64(quint16(p.rsiPeriod)) << 32) | (quint64(quint16(p.atrPeriod)) << 16) |
                        quint64(quint16(p.volumePeriod));
    {
        const std::lock_guard guard(m_lock);
        if (const auto it = m_values.constFind(key); it != m_values.constEnd())
            return *it;
    }
    const Records computed = computeValues(p.rsiPeriod, p.atrPeriod, p.volumePeriod);
    const std::lock_guard guard(m_lock);
    return *m_values.insert(key, m_values.value(key, computed));
}

IndicatorBank::Records IndicatorBank::computeValues(int rsiPeriod, int atrPeriod, int volumePeriod) const
{
    using Field = CandleColumns::Field;
    const ColumnDoubles high(m_candles, Field::High), low(m_candles, Field::Low), volume(m_candles, Field::Volume);
    const double *close = m_close.get();
    const qsizetype size = m_candles.size();
    const auto out = uninitialised<Values>(size);
    Values *values = out.get();
    // IndicatorSet itself (its EMAs of period 1, warm at once, unread): update() through the
    // look-backs; then, from its steady state, each indicator in a loop of its own, with the same
    // steps as Steady::advance (in one loop together their states did not fit the registers: ~180
    // instructions a candle).
    StrategyParameters parameters;
    parameters.emaFast = 1;
    parameters.emaSlow = 1;
    parameters.rsiPeriod = rsiPeriod;
    parameters.atrPeriod = atrPeriod;
    parameters.volumePeriod = volumePeriod;
    IndicatorSet indicators(parameters);
    qsizetype first = 0;
    for (; first < size && !indicators.warm(); ++first) {
        const IndicatorSnapshot s = indicators.update(high(first), low(first), close[first], volume(first));
        values[first] = {s.close, s.volume, ready(s.rsi), ready(s.atr), ready(s.volumeAverage)};
    }
    if (first == size)
        return out;
    using Steady = IndicatorSet::Steady;
    const Steady warm = indicators.steady();
    Steady rsi = warm;
    for (qsizetype i = first; i < size; ++i) {
        values[i].close = close[i];
        rsi.advanceRsi(detail::finite(close[i]));
        values[i].rsi = Steady::rsiOf(rsi.gain, rsi.loss);
    }
    Steady atr = warm;
    for (qsizetype i = first; i < size; ++i) {
        atr.advanceAtr(high(i), low(i), detail::finite(close[i]));
        values[i].atr = atr.atr;
    }
    Steady average = warm; // the only one to move the volume ring
    for (qsizetype i = first; i < size; ++i) {
        const double v = volume(i);
        average.advanceVolume(v);
        values[i].volume = v;
        values[i].volumeAverage = average.volumeSum / average.volumePeriod;
    }
    return out;
}

} // namespace autocoin
