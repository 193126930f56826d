#include "strategy/Indicators.h"

#include <algorithm>
#include <cmath>

namespace autocoin {

Ema::Ema(int period)
    : m_period(std::max(1, period))
    , m_k(2.0 / (m_period + 1))
{}

Sma::Sma(int period)
    : m_period(std::max(1, period))
    , m_ring(static_cast<std::size_t>(m_period), 0.0)
{}

Rsi::Rsi(int period)
    : m_period(std::max(1, period))
{}

Atr::Atr(int period)
    : m_period(std::max(1, period))
{}

namespace {

template<typename Indicator, typename Step>
QList<std::optional<double>> run(qsizetype size, Indicator indicator, Step step)
{
    QList<std::optional<double>> out;
    out.reserve(size);
    for (qsizetype i = 0; i < size; ++i)
        out.append(step(indicator, i));
    return out;
}

} // namespace

QList<std::optional<double>> emaSeries(const QList<double> &values, int period)
{
    return run(values.size(), Ema(period), [&values](Ema &e, qsizetype i) { return e.update(values[i]); });
}

QList<std::optional<double>> smaSeries(const QList<double> &values, int period)
{
    return run(values.size(), Sma(period), [&values](Sma &s, qsizetype i) { return s.update(values[i]); });
}

QList<std::optional<double>> rsiSeries(const QList<double> &closes, int period)
{
    return run(closes.size(), Rsi(period), [&closes](Rsi &r, qsizetype i) { return r.update(closes[i]); });
}

QList<std::optional<double>> atrSeries(const QList<double> &highs, const QList<double> &lows,
                                       const QList<double> &closes, int period)
{
    return run(closes.size(), Atr(period), [&](Atr &a, qsizetype i) { return a.update(highs[i], lows[i], closes[i]); });
}

} // namespace autocoin
