#include "strategy/Indicators.h"

#include <algorithm>
#include <cmath>

namespace autocoin {

namespace {

/// Keeps a smoothed average finite: a NaN or infinite input (never expected from exact prices)
/// must not poison every later value.
double finite(double value)
{
    return std::isfinite(value) ? value : 0.0;
}

} // namespace

Ema::Ema(int period)
    : m_period(std::max(1, period))
    , m_k(2.0 / (m_period + 1))
{}

std::optional<double> Ema::update(double value)
{
    value = finite(value);
    if (m_count < m_period) {
        m_sum += value;
        if (++m_count == m_period)
            m_value = m_sum / m_period;
    } else {
        m_value = (value - m_value) * m_k + m_value;
    }
    return this->value();
}

std::optional<double> Ema::value() const
{
    return m_count >= m_period ? std::optional(m_value) : std::nullopt;
}

Sma::Sma(int period)
    : m_period(std::max(1, period))
    , m_ring(static_cast<std::size_t>(m_period), 0.0)
{}

std::optional<double> Sma::update(double value)
{
    value = finite(value);
    m_sum += value - m_ring[static_cast<std::size_t>(m_next)];
    m_ring[static_cast<std::size_t>(m_next)] = value;
    m_next = (m_next + 1) % m_period;
    m_count = std::min(m_count + 1, m_period);
    if (m_count == m_period && m_next == 0) {
        // Re-sum once per lap so rounding in the running sum cannot drift over millions of values.
        m_sum = 0;
        for (double v : m_ring)
            m_sum += v;
    }
    return this->value();
}

std::optional<double> Sma::value() const
{
    return m_count >= m_period ? std::optional(m_sum / m_period) : std::nullopt;
}

Rsi::Rsi(int period)
    : m_period(std::max(1, period))
{}

std::optional<double> Rsi::update(double close)
{
    close = finite(close);
    if (m_count > 0) {
        const double change = close - m_previous;
        const double gain = change > 0 ? change : 0.0;
        const double loss = change < 0 ? -change : 0.0;
        if (m_count <= m_period) {
            m_gain += gain;
            m_loss += loss;
            if (m_count == m_period) {
                m_gain /= m_period;
                m_loss /= m_period;
            }
        } else {
            m_gain = (m_gain * (m_period - 1) + gain) / m_period;
            m_loss = (m_loss * (m_period - 1) + loss) / m_period;
        }
    }
    m_previous = close;
    ++m_count;
    return value();
}

std::optional<double> Rsi::value() const
{
    if (m_count <= m_period)
        return std::nullopt;
    const double total = m_gain + m_loss;
    return total > 0 ? 100.0 * m_gain / total : 0.0;
}

Atr::Atr(int period)
    : m_period(std::max(1, period))
{}

std::optional<double> Atr::update(double high, double low, double close)
{
    high = finite(high);
    low = finite(low);
    close = finite(close);
    if (m_count > 0) {
        const double range = std::max({high - low, std::abs(high - m_previousClose), std::abs(low - m_previousClose)});
        if (m_count <= m_period) {
            m_sum += range;
            if (m_count == m_period)
                m_value = m_sum / m_period;
        } else {
            m_value = (m_value * (m_period - 1) + range) / m_period;
        }
    }
    m_previousClose = close;
    ++m_count;
    return value();
}

std::optional<double> Atr::value() const
{
    return m_count > m_period ? std::optional(m_value) : std::nullopt;
}

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
