#pragma once

#include "core/Int128.h"

#include <QMetaType>
#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace autocoin {

/// Exact signed decimal number for money: prices, volumes, fees, balances and PnL.
///
/// The value is mantissa / 10^scale with a 128-bit mantissa and at most `kMaxScale` fractional
/// digits, which covers every KRW amount (up to ~10^20 won) at satoshi precision and beyond.
/// Arithmetic never rounds silently: addition, subtraction and multiplication are exact (an
/// operation whose exact result does not fit throws std::overflow_error); division and
/// re-scaling take an explicit scale and rounding mode.
/// Division computes through 256-bit intermediates when a scaled operand leaves 128 bits, so it
/// throws only when the rounded quotient itself does not fit.
class Decimal
{
public:
    /// The mantissa's type: our own two-word integer, the same on every compiler.
    using Int128 = autocoin::Int128;

    static constexpr int kMaxScale = 18;

    enum class Rounding
    {
        Down,     ///< towards zero (truncate)
        Floor,    ///< towards negative infinity
        Ceiling,  ///< towards positive infinity
        HalfUp,   ///< nearest, ties away from zero
        HalfEven, ///< nearest, ties to even (banker's rounding)
    };

    constexpr Decimal() = default;
    constexpr Decimal(std::int64_t integer) // NOLINT(google-explicit-constructor): integers are exact decimals
        : m_mantissa(integer)
    {}

    /// Parses "123", "-0.00123", "1.5e-3", "+7". Returns nullopt for anything else, including
    /// more than kMaxScale significant fractional digits, so no input is ever rounded silently.
    static std::optional<Decimal> fromString(QStringView text);
    /// The shortest decimal that round-trips to `value` (what a JSON number was written as).
    /// Returns nullopt for NaN and infinities.
    static std::optional<Decimal> fromDouble(double value);

    /// Plain notation, never an exponent, no trailing zeros: "63570000", "0.00123456", "-1.5".
    QString toString() const;
    /// The most characters toString() gives: a sign, 39 digits, a point and a leading zero.
    static constexpr int kMaxChars = 48;
    /// toString()'s text in ASCII into `out` (room for kMaxChars), without a QString; its length.
    int toChars(char *out) const;
    /// Fixed number of fractional digits, rounded half-up: toString(2) of 1.005 is "1.01".
    QString toString(int fractionalDigits) const;
    /// Only for display and indicator maths, never for money arithmetic.
    double toDouble() const;

    /// `units` / 10^`scale` (0 ≤ scale ≤ kMaxScale), normalized: the fixed-point form of a column
    /// of decimals (CandleColumns) read back.
    static Decimal fromUnits(std::int64_t units, int scale)
    {
        Decimal d(units); // a 64-bit mantissa is never out of range
        d.m_scale = scale < 0 ? 0 : scale > kMaxScale ? kMaxScale : scale;
        return d.normalized();
    }
    /// The value as a whole number of 10^-`scale` (scale ≥ this value's scale, ≤ kMaxScale), or
    /// nullopt when that is not a 64-bit integer.
    std::optional<std::int64_t> unitsAt(int scale) const;

    bool isZero() const { return m_mantissa.isZero(); }
    bool isNegative() const { return m_mantissa.isNegative(); }
    bool isPositive() const { return !m_mantissa.isNegative() && !m_mantissa.isZero(); }
    int scale() const { return m_scale; }

    Decimal abs() const;
    /// Re-scales to `newScale` fractional digits with the given rounding.
    Decimal rounded(int newScale, Rounding mode = Rounding::HalfEven) const;
    /// Rounds down (towards negative infinity) to a multiple of `step`; step must be positive.
    Decimal floorToStep(const Decimal &step) const;
    /// Rounds up (towards positive infinity) to a multiple of `step`; step must be positive.
    Decimal ceilToStep(const Decimal &step) const;
    /// Division rounded to `resultScale` fractional digits. Throws std::domain_error on zero.
    Decimal divided(const Decimal &divisor, int resultScale, Rounding mode = Rounding::HalfEven) const;

    Decimal operator-() const;
    Decimal operator+(const Decimal &other) const;
    Decimal operator-(const Decimal &other) const;
    Decimal operator*(const Decimal &other) const;
    Decimal &operator+=(const Decimal &other);
    Decimal &operator-=(const Decimal &other);

    bool operator==(const Decimal &other) const;
    std::strong_ordering operator<=>(const Decimal &other) const;

private:
    Decimal(Int128 mantissa, int scale)
        : m_mantissa(mantissa)
        , m_scale(scale)
    {
        // The range is symmetric, ±(2^127 − 1): -2^127 has no negation, so negation, abs() and the
        // printed digits would be wrong for it (found by the sanitizer run of the differential test).
        if (mantissa.isMin())
            throwOutOfRange();
    }
    [[noreturn]] static void throwOutOfRange();
    /// Without trailing zeros in the fraction (every result is normal; most operands already are,
    /// which the inline test says without a call).
    Decimal normalized() const
    {
        if (m_scale == 0 || (m_mantissa.fitsInt64() && m_mantissa.toInt64() % 10 != 0))
            return *this;
        return normalizedSlow();
    }
    Decimal normalizedSlow() const;

    Int128 m_mantissa;
    int m_scale = 0;
};

} // namespace autocoin

Q_DECLARE_METATYPE(autocoin::Decimal)
