#pragma once

#include "core/CandleColumns.h"

#include <span>

namespace autocoin {

/// One field of a market's candles as doubles, exactly CandleColumns::toDouble, with the column
/// read directly (the quiet scan converts four fields of every candle, IndicatorBank whole columns).
class ColumnDoubles
{
public:
    ColumnDoubles(const CandleColumns &candles, CandleColumns::Field field)
        : m_candles(candles)
        , m_field(field)
        , m_units(candles.units(field))
        , m_divisor(double(kPowersOfTen[std::size_t(candles.scale(field))]))
        , m_whole(candles.scale(field) == 0)
    {}
    double operator()(qsizetype i) const
    {
        double value;
        return fast(i, &value) ? value : slow(m_candles, m_field, i);
    }
    /// Value `i` into `value` when its units are below 2^53 (every real price and volume), without
    /// a call: a loop that calls nothing keeps its state in registers (every vector register is
    /// the caller's to save). False for the others, which operator() converts.
    bool fast(qsizetype i, double *value) const
    {
        constexpr std::int64_t kLimit = std::int64_t(1) << 53;
        if (m_units.empty())
            return false;
        const std::int64_t units = m_units[std::size_t(i)];
        if (units >= kLimit || units <= -kLimit)
            return false;
        // Whole won (most KRW prices): no division.
        *value = m_whole ? static_cast<double>(units) : static_cast<double>(units) / m_divisor;
        return true;
    }

private:
    /// Out of line, so that the usual path above is inlined into the quiet loop (a call there
    /// made the compiler keep every indicator's state in memory around it), and static: a member
    /// would take this object's address, which then kept its fields in memory too.
    Q_NEVER_INLINE static double slow(const CandleColumns &candles, CandleColumns::Field field, qsizetype i)
    {
        return candles.toDouble(field, i);
    }

    const CandleColumns &m_candles;
    CandleColumns::Field m_field;
    std::span<const std::int64_t> m_units;
    double m_divisor;
    bool m_whole; ///< x / 1 is x
};

} // namespace autocoin
