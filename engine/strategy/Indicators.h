#pragma once

#include <QList>

#include <optional>
#include <vector>

namespace autocoin {

/// Technical indicators as TA-Lib defines them (the reference traders compare against), each
/// usable incrementally — O(1) per new value, for live trading — and over a whole series, for
/// backtests. The batch functions run the incremental objects, so both give identical results.
/// Values are doubles (indicators are not money). An output is nullopt until the indicator's
/// look-back has passed, exactly where TA-Lib's first valid output is.

/// Exponential moving average: k = 2 / (N + 1), seeded with the simple average of the first N
/// values; first output at index N − 1.
class Ema
{
public:
    explicit Ema(int period);
    std::optional<double> update(double value);
    std::optional<double> value() const;
    int period() const { return m_period; }

private:
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

private:
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

private:
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

private:
    int m_period;
    int m_count = 0; ///< candles seen
    double m_previousClose = 0;
    double m_sum = 0;
    double m_value = 0;
};

/// Whole-series forms, for backtests and the `signals` command.
QList<std::optional<double>> emaSeries(const QList<double> &values, int period);
QList<std::optional<double>> smaSeries(const QList<double> &values, int period);
QList<std::optional<double>> rsiSeries(const QList<double> &closes, int period);
QList<std::optional<double>> atrSeries(const QList<double> &highs, const QList<double> &lows,
                                       const QList<double> &closes, int period);

} // namespace autocoin
