#pragma once

#include <QList>

#include <algorithm>
#include <cmath>

#include <optional>
#include <vector>

namespace autocoin {

class IndicatorSet;

/// Technical indicators as TA-Lib defines them (the reference traders compare against), each
/// usable incrementally — O(1) per new value, for live trading — and over a whole series, for
/// backtests. The batch functions run the incremental objects, so both give identical results.
/// Values are doubles (indicators are not money). An output is nullopt until the indicator's
/// look-back has passed, exactly where TA-Lib's first valid output is.

namespace detail {
/// Keeps a smoothed average finite: a NaN or infinite input (never expected from exact prices)
/// must not poison every later value.
inline double finite(double value)
{
    return std::isfinite(value) ? value : 0.0;
}
/// The indicators' steps past their look-backs, one function each for every loop that advances
/// them (the incremental objects below, IndicatorSet's steady stretch, the backtest's quiet scan,
/// a sweep's series), so that they all compute the same values bit for bit. TA-Lib's arithmetic,
/// operation for operation.
/// An EMA after `value`: (value − ema)·k + ema.
inline double emaStep(double ema, double k, double value)
{
    return (value - ema) * k + ema;
}
/// Wilder's smoothing of `average` with `value`: (average·(N − 1) + value) / N.
inline double wilderStep(double average, double periodLess1, double period, double value)
{
    return (average * periodLess1 + value) / period;
}
/// A close's rise and fall from the one before (one of them 0).
inline double riseOf(double change)
{
    return change > 0 ? change : 0.0;
}
inline double fallOf(double change)
{
    return change < 0 ? -change : 0.0;
}
/// A candle's true range: max(h − l, |h − previous close|, |l − previous close|).
inline double trueRange(double high, double low, double previousClose)
{
    return std::max({high - low, std::abs(high - previousClose), std::abs(low - previousClose)});
}
/// A full ring of `size` values summed in `sum`: `value` replaces the oldest; the sum is
/// re-summed once a lap so that rounding in the running sum cannot drift over millions of values.
inline void ringStep(double *ring, int size, int &next, double &sum, double value)
{
    sum += value - ring[next];
    ring[next] = value;
    if (++next == size) { // not a modulo: a division per value
        next = 0;
        sum = 0;
        for (int k = 0; k < size; ++k)
            sum += ring[k];
    }
}
} // namespace detail

/// Exponential moving average: k = 2 / (N + 1), seeded with the simple average of the first N
/// values; first output at index N − 1.
class Ema
{
public:
    explicit Ema(int period);
    std::optional<double> update(double value);
    std::optional<double> value() const;
    int period() const { return m_period; }
    /// Past the look-back: update() of a finite value is then advance().
    bool warm() const { return m_count >= m_period; }
    /// update() of a finite value once warm, without the optional (a backtest's steady stretch).
    double advance(double value)
    {
        m_value = detail::emaStep(m_value, m_k, value);
        return m_value;
    }

private:
    friend class IndicatorSet; // its steady stretch reads and writes the state directly
    int m_period;
    double m_k;
    int m_count = 0;
    double m_sum = 0;
    double m_value = 0;
};

/// Simple moving average over the last N values (a ring of N); first output at index N − 1.
class Sma
{
public:
    explicit Sma(int period);
    std::optional<double> update(double value);
    std::optional<double> value() const;
    /// A full ring: update() of a finite value is then advance(), and value() average().
    bool warm() const { return m_count >= m_period; }
    void advance(double value);
    double average() const { return m_sum / m_period; }

private:
    friend class IndicatorSet; // its steady stretch reads and writes the state directly
    int m_period;
    std::vector<double> m_ring;
    int m_count = 0;
    int m_next = 0;
    double m_sum = 0;
};

/// Wilder's RSI: the first N gains and losses averaged, then smoothed with (prev·(N−1) + x) / N;
/// 100 · gain / (gain + loss), 0 when both are 0 (as TA-Lib). First output at index N.
class Rsi
{
public:
    explicit Rsi(int period);
    std::optional<double> update(double close);
    std::optional<double> value() const;
    /// Past the look-back: update() of a finite close is then advance(), returning the value.
    bool warm() const { return m_count > m_period; }
    double advance(double close);

private:
    friend class IndicatorSet; // its steady stretch reads and writes the state directly
    int m_period;
    int m_count = 0; ///< closes seen
    double m_previous = 0;
    double m_gain = 0;
    double m_loss = 0;
};

/// Wilder's ATR: true range max(h − l, |h − prev close|, |l − prev close|) from the second candle
/// on, the first N averaged, then smoothed like RSI. First output at index N.
class Atr
{
public:
    explicit Atr(int period);
    std::optional<double> update(double high, double low, double close);
    std::optional<double> value() const;
    /// Past the look-back: update() of finite prices is then advance(), returning the value.
    bool warm() const { return m_count > m_period; }
    double advance(double high, double low, double close);

private:
    friend class IndicatorSet; // its steady stretch reads and writes the state directly
    int m_period;
    int m_count = 0; ///< candles seen
    double m_previousClose = 0;
    double m_sum = 0;
    double m_value = 0;
};

// The update() functions are the inner loop of backtests over millions of candles: they are
// defined here so the compiler can inline them (measured in tests/bench/bench_indicators).

inline std::optional<double> Ema::update(double value)
{
    value = detail::finite(value);
    if (m_count < m_period) {
        m_sum += value;
        if (++m_count == m_period)
            m_value = m_sum / m_period;
    } else {
        advance(value);
    }
    return this->value();
}

inline std::optional<double> Sma::update(double value)
{
    value = detail::finite(value);
    if (warm()) {
        advance(value);
        return average();
    }
    m_sum += value - m_ring[static_cast<std::size_t>(m_next)];
    m_ring[static_cast<std::size_t>(m_next)] = value;
    if (++m_next == m_period) // not a modulo: a division per value
        m_next = 0;
    m_count = std::min(m_count + 1, m_period);
    if (m_count == m_period && m_next == 0) {
        // Re-sum once per lap so rounding in the running sum cannot drift over millions of values.
        m_sum = 0;
        for (double v : m_ring)
            m_sum += v;
    }
    return this->value();
}

inline void Sma::advance(double value)
{
    detail::ringStep(m_ring.data(), m_period, m_next, m_sum, value); // the ring full: m_count stays m_period
}

inline std::optional<double> Rsi::update(double close)
{
    close = detail::finite(close);
    if (warm()) {
        advance(close);
        return value();
    }
    if (m_count > 0) {
        const double change = close - m_previous;
        m_gain += detail::riseOf(change); // the look-back (m_count ≤ m_period); advance() after it
        m_loss += detail::fallOf(change);
        if (m_count == m_period) {
            m_gain /= m_period;
            m_loss /= m_period;
        }
    }
    m_previous = close;
    ++m_count;
    return value();
}

inline double Rsi::advance(double close)
{
    // update()'s steps past the look-back, and value().
    const double change = close - m_previous;
    m_gain = detail::wilderStep(m_gain, m_period - 1, m_period, detail::riseOf(change));
    m_loss = detail::wilderStep(m_loss, m_period - 1, m_period, detail::fallOf(change));
    m_previous = close;
    ++m_count;
    const double total = m_gain + m_loss;
    return total > 0 ? 100.0 * m_gain / total : 0.0;
}

inline std::optional<double> Atr::update(double high, double low, double close)
{
    high = detail::finite(high);
    low = detail::finite(low);
    close = detail::finite(close);
    if (warm()) {
        advance(high, low, close);
        return value();
    }
    if (m_count > 0) {
        m_sum +=
            detail::trueRange(high, low, m_previousClose); // the look-back (m_count ≤ m_period); advance() after it
        if (m_count == m_period)
            m_value = m_sum / m_period;
    }
    m_previousClose = close;
    ++m_count;
    return value();
}

inline double Atr::advance(double high, double low, double close)
{
    // update()'s steps past the look-back.
    m_value = detail::wilderStep(m_value, m_period - 1, m_period, detail::trueRange(high, low, m_previousClose));
    m_previousClose = close;
    ++m_count;
    return m_value;
}

inline std::optional<double> Ema::value() const
{
    return m_count >= m_period ? std::optional(m_value) : std::nullopt;
}

inline std::optional<double> Sma::value() const
{
    return m_count >= m_period ? std::optional(m_sum / m_period) : std::nullopt;
}

inline std::optional<double> Rsi::value() const
{
    if (m_count <= m_period)
        return std::nullopt;
    const double total = m_gain + m_loss;
    return total > 0 ? 100.0 * m_gain / total : 0.0;
}

inline std::optional<double> Atr::value() const
{
    return m_count > m_period ? std::optional(m_value) : std::nullopt;
}

/// Whole-series forms, for backtests and the `signals` command.
QList<std::optional<double>> emaSeries(const QList<double> &values, int period);
QList<std::optional<double>> smaSeries(const QList<double> &values, int period);
QList<std::optional<double>> rsiSeries(const QList<double> &closes, int period);
QList<std::optional<double>> atrSeries(const QList<double> &highs, const QList<double> &lows,
                                       const QList<double> &closes, int period);

} // namespace autocoin
