#pragma once

#include <climits>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#if defined(_MSC_VER) && defined(_M_X64) && !defined(__clang__)
#include <intrin.h>
#endif

namespace autocoin {

namespace int128detail {

/// 64 × 64 → 128 bits without any compiler extension: four 32-bit partial products. The tests
/// call it directly, so the path MSVC on ARM (or any other compiler) takes is always exercised.
constexpr std::uint64_t mulWordsPortable(std::uint64_t a, std::uint64_t b, std::uint64_t *high)
{
    const std::uint64_t aLo = a & 0xFFFFFFFFu;
    const std::uint64_t aHi = a >> 32;
    const std::uint64_t bLo = b & 0xFFFFFFFFu;
    const std::uint64_t bHi = b >> 32;
    const std::uint64_t ll = aLo * bLo;
    const std::uint64_t lh = aLo * bHi;
    const std::uint64_t hl = aHi * bLo;
    const std::uint64_t hh = aHi * bHi;
    const std::uint64_t middle = (ll >> 32) + (lh & 0xFFFFFFFFu) + (hl & 0xFFFFFFFFu);
    *high = hh + (lh >> 32) + (hl >> 32) + (middle >> 32);
    return (middle << 32) | (ll & 0xFFFFFFFFu);
}

/// The same product, through the compiler's intrinsic where there is one (a single instruction).
inline std::uint64_t mulWords(std::uint64_t a, std::uint64_t b, std::uint64_t *high)
{
#if defined(__SIZEOF_INT128__)
    __extension__ const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
    *high = static_cast<std::uint64_t>(product >> 64);
    return static_cast<std::uint64_t>(product);
#elif defined(_MSC_VER) && defined(_M_X64) && !defined(__clang__)
    return _umul128(a, b, high);
#else
    return mulWordsPortable(a, b, high);
#endif
}

/// Long division of little-endian 32-bit limb numbers (Knuth's algorithm D, as in Hacker's
/// Delight `divmnu`): u (m limbs) / v (n limbs, v[n-1] != 0, m >= n) gives q (m - n + 1 limbs)
/// and r (n limbs). At most 8 limbs each.
void divideLimbs(std::uint32_t *q, std::uint32_t *r, const std::uint32_t *u, const std::uint32_t *v, int m, int n);

} // namespace int128detail

/// A signed 128-bit two's-complement integer made of two 64-bit words, so that Decimal builds
/// with every compiler (MSVC has no __int128). Arithmetic that can overflow is only offered as
/// checked operations (the `…Overflow` functions return true and leave the result unspecified);
/// values that fit in 64 bits take native fast paths, which is what money mostly is.
class Int128
{
public:
    constexpr Int128() = default;
    constexpr Int128(std::int64_t value) // NOLINT(google-explicit-constructor): widening is exact
        : m_lo(static_cast<std::uint64_t>(value))
        , m_hi(value < 0 ? ~std::uint64_t(0) : 0)
    {}
    static constexpr Int128 fromWords(std::uint64_t high, std::uint64_t low)
    {
        Int128 v;
        v.m_hi = high;
        v.m_lo = low;
        return v;
    }
    static constexpr Int128 max() { return fromWords(0x7FFFFFFFFFFFFFFFu, ~std::uint64_t(0)); }
    static constexpr Int128 min() { return fromWords(0x8000000000000000u, 0); }

    constexpr std::uint64_t high() const { return m_hi; }
    constexpr std::uint64_t low() const { return m_lo; }
    constexpr bool isNegative() const { return (m_hi >> 63) != 0; }
    constexpr bool isZero() const { return (m_hi | m_lo) == 0; }
    /// True when the value is an int64 (the high word only repeats the sign of the low one).
    constexpr bool fitsInt64() const { return m_hi == (static_cast<std::int64_t>(m_lo) < 0 ? ~std::uint64_t(0) : 0); }
    /// The low 64 bits as a signed number (exact when fitsInt64()).
    constexpr std::int64_t toInt64() const { return static_cast<std::int64_t>(m_lo); }

    /// Two's-complement negation; min() stays min() (check with isMin() where it matters).
    constexpr Int128 operator-() const
    {
        const std::uint64_t lo = ~m_lo + 1;
        return fromWords(~m_hi + (lo == 0 ? 1 : 0), lo);
    }
    constexpr bool isMin() const { return m_hi == 0x8000000000000000u && m_lo == 0; }
    /// Multiplies by 2^bits (0 <= bits < 128), dropping what leaves the top.
    constexpr Int128 shiftedLeft(int bits) const
    {
        if (bits == 0)
            return *this;
        if (bits >= 64)
            return fromWords(m_lo << (bits - 64), 0);
        return fromWords((m_hi << bits) | (m_lo >> (64 - bits)), m_lo << bits);
    }
    /// Wrapping (modulo 2^128) sum: the building block of the checked operations.
    static constexpr Int128 wrappingAdd(Int128 a, Int128 b)
    {
        const std::uint64_t lo = a.m_lo + b.m_lo;
        return fromWords(a.m_hi + b.m_hi + (lo < a.m_lo ? 1 : 0), lo);
    }

    static constexpr bool addOverflow(Int128 a, Int128 b, Int128 *result)
    {
        *result = wrappingAdd(a, b);
        // Overflow iff both operands have the same sign and the sum has the other one.
        return a.isNegative() == b.isNegative() && result->isNegative() != a.isNegative();
    }
    static constexpr bool subOverflow(Int128 a, Int128 b, Int128 *result)
    {
        *result = wrappingAdd(a, -b);
        if (b.isMin()) // -min() is min(): a - min() = a + 2^127 fits only when a is negative
            return !a.isNegative();
        return a.isNegative() != b.isNegative() && result->isNegative() != a.isNegative();
    }
    static bool mulOverflow(Int128 a, Int128 b, Int128 *result);
    /// Truncating division as C++ does it: the quotient rounds towards zero and the remainder
    /// has the sign of the dividend. Returns true (overflow) for min() / -1, and for d == 0 (a
    /// caller's error: Decimal checks for zero first).
    static bool divModOverflow(Int128 n, Int128 d, Int128 *quotient, Int128 *remainder);

    /// Decimal digits with a leading '-' when negative.
    std::string toString() const;
    /// An optional sign and 1+ decimal digits; nullopt for anything else or out of range.
    static std::optional<Int128> fromString(std::string_view text);
    /// The nearest long double (one rounding where long double has a 64-bit mantissa).
    long double toLongDouble() const;

    friend constexpr bool operator==(Int128 a, Int128 b) { return a.m_hi == b.m_hi && a.m_lo == b.m_lo; }
    friend constexpr std::strong_ordering operator<=>(Int128 a, Int128 b)
    {
        if (a.m_hi != b.m_hi)
            return static_cast<std::int64_t>(a.m_hi) <=> static_cast<std::int64_t>(b.m_hi);
        return a.m_lo <=> b.m_lo;
    }

private:
    static bool divModSlow(Int128 n, Int128 d, Int128 *quotient, Int128 *remainder);

    std::uint64_t m_lo = 0;
    std::uint64_t m_hi = 0;
};

inline bool Int128::mulOverflow(Int128 a, Int128 b, Int128 *result)
{
    const bool negative = a.isNegative() != b.isNegative();
    // Magnitudes as unsigned words (the magnitude of min() is 2^127, which min()'s words are).
    const Int128 ua = a.isNegative() ? -a : a;
    const Int128 ub = b.isNegative() ? -b : b;
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    if (ua.m_hi == 0 && ub.m_hi == 0) { // every pair of int64s: cannot overflow
        low = int128detail::mulWords(ua.m_lo, ub.m_lo, &high);
    } else if (ua.m_hi != 0 && ub.m_hi != 0) {
        return true; // at least 2^64 × 2^64
    } else {
        const Int128 &big = ua.m_hi != 0 ? ua : ub;
        const Int128 &small = ua.m_hi != 0 ? ub : ua;
        std::uint64_t crossHigh = 0;
        const std::uint64_t cross = int128detail::mulWords(big.m_hi, small.m_lo, &crossHigh);
        if (crossHigh != 0)
            return true;
        low = int128detail::mulWords(big.m_lo, small.m_lo, &high);
        high += cross;
        if (high < cross)
            return true;
    }
    if ((high >> 63) != 0 && !(negative && high == 0x8000000000000000u && low == 0))
        return true; // the magnitude needs the sign bit
    const Int128 magnitude = fromWords(high, low);
    *result = negative ? -magnitude : magnitude;
    return false;
}

inline bool Int128::divModOverflow(Int128 n, Int128 d, Int128 *quotient, Int128 *remainder)
{
    if (d.isZero()) // a contract breach, reported like an overflow rather than a trap
        return true;
    if (n.fitsInt64() && d.fitsInt64() && !(d.toInt64() == -1 && n.toInt64() == INT64_MIN)) {
        *quotient = Int128(n.toInt64() / d.toInt64());
        *remainder = Int128(n.toInt64() % d.toInt64());
        return false;
    }
    return divModSlow(n, d, quotient, remainder);
}

} // namespace autocoin
