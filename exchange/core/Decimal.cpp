#include "core/Decimal.h"

#include <QLocale>
#include <QtNumeric>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace autocoin {

namespace {

using Int128 = Decimal::Int128;

constexpr int kMaxDigits = 38; // 10^38 < 2^127

constexpr std::array<Int128, kMaxDigits + 1> makePowers()
{
    std::array<Int128, kMaxDigits + 1> powers{};
    Int128 value = 1;
    for (int i = 0; i <= kMaxDigits; ++i) {
        powers[static_cast<std::size_t>(i)] = value;
        value = Int128::wrappingAdd(value.shiftedLeft(3), value.shiftedLeft(1)); // × 10, exact up to 10^38
    }
    return powers;
}

constexpr auto kPowers = makePowers();

Int128 pow10(int exponent)
{
    if (exponent < 0 || exponent > kMaxDigits)
        throw std::overflow_error("Decimal: scale out of range");
    return kPowers[static_cast<std::size_t>(exponent)];
}

Int128 checkedMul(Int128 a, Int128 b)
{
    Int128 result;
    if (Int128::mulOverflow(a, b, &result))
        throw std::overflow_error("Decimal: multiplication overflows");
    return result;
}

Int128 checkedAdd(Int128 a, Int128 b)
{
    Int128 result;
    if (Int128::addOverflow(a, b, &result))
        throw std::overflow_error("Decimal: addition overflows");
    return result;
}

Int128 absolute(Int128 v)
{
    return v.isNegative() ? -v : v;
}

/// Whether a quotient whose magnitude is `q` and whose remainder is `r` (r != 0) moves one unit
/// away from zero under `mode`; `twiceRVersusD` is 2·|r| <=> |d|.
bool roundsAway(Decimal::Rounding mode, bool negative, bool quotientOdd, std::strong_ordering twiceRVersusD)
{
    switch (mode) {
    case Decimal::Rounding::Down:
        return false;
    case Decimal::Rounding::Floor:
        return negative;
    case Decimal::Rounding::Ceiling:
        return !negative;
    case Decimal::Rounding::HalfUp:
        return twiceRVersusD >= 0;
    case Decimal::Rounding::HalfEven:
        return twiceRVersusD > 0 || (twiceRVersusD == 0 && quotientOdd);
    }
    return false;
}

/// n / d rounded as `mode` says; d != 0.
Int128 divRound(Int128 n, Int128 d, Decimal::Rounding mode)
{
    Int128 q;
    Int128 r;
    if (Int128::divModOverflow(n, d, &q, &r))
        throw std::overflow_error("Decimal: division overflows");
    if (r.isZero())
        return q;
    const bool negative = n.isNegative() != d.isNegative();
    const Int128 absR = absolute(r); // |r| < |d| <= 2^127, so it is positive
    // |d| - |r| without overflow even for |d| = 2^127 (whose words are those of min()).
    const Int128 gap = Int128::wrappingAdd(absolute(d), -absR);
    if (roundsAway(mode, negative, (q.low() & 1) != 0, absR <=> gap))
        q = Int128::wrappingAdd(q, Int128(negative ? -1 : 1)); // |q| < 2^126 here: |d| >= 2
    return q;
}

/// Little-endian 32-bit limbs of a magnitude up to 2^256.
struct Wide
{
    std::array<std::uint32_t, 8> limbs{};
    int size() const
    {
        int n = static_cast<int>(limbs.size());
        while (n > 1 && limbs[static_cast<std::size_t>(n - 1)] == 0)
            --n;
        return n;
    }
    void multiplySmall(std::uint32_t factor)
    {
        std::uint64_t carry = 0;
        for (std::uint32_t &limb : limbs) {
            const std::uint64_t product = std::uint64_t(limb) * factor + carry;
            limb = static_cast<std::uint32_t>(product);
            carry = product >> 32;
        }
    }
    void multiplyPow10(int exponent)
    {
        for (; exponent >= 9; exponent -= 9)
            multiplySmall(1000000000u);
        multiplySmall(static_cast<std::uint32_t>(kPowers[static_cast<std::size_t>(exponent)].low()));
    }
    static Wide of(Int128 value)
    {
        const Int128 m = absolute(value);
        Wide w;
        w.limbs = {std::uint32_t(m.low()), std::uint32_t(m.low() >> 32), std::uint32_t(m.high()),
                   std::uint32_t(m.high() >> 32)};
        return w;
    }
    friend std::strong_ordering operator<=>(const Wide &a, const Wide &b)
    {
        for (int i = static_cast<int>(a.limbs.size()) - 1; i >= 0; --i) {
            const auto index = static_cast<std::size_t>(i);
            if (a.limbs[index] != b.limbs[index])
                return a.limbs[index] <=> b.limbs[index];
        }
        return std::strong_ordering::equal;
    }
};

/// (n · 10^nShift) / (d · 10^dShift) rounded as `mode` says, through 256-bit intermediates: for
/// divisions whose scaled operands leave 128 bits although the quotient does not (an 18-decimal
/// price times a fee factor, divided into a budget). Throws std::overflow_error when the quotient
/// itself does not fit.
Int128 wideDivRound(Int128 n, int nShift, Int128 d, int dShift, Decimal::Rounding mode)
{
    Wide u = Wide::of(n);
    u.multiplyPow10(nShift);
    Wide v = Wide::of(d);
    v.multiplyPow10(dShift);
    const int m = u.size();
    const int len = v.size();
    Wide q;
    Wide r;
    if (m < len || u < v) {
        r = u;
    } else {
        int128detail::divideLimbs(q.limbs.data(), r.limbs.data(), u.limbs.data(), v.limbs.data(), m, len);
    }
    for (std::size_t i = 4; i < q.limbs.size(); ++i) {
        if (q.limbs[i] != 0)
            throw std::overflow_error("Decimal: division overflows");
    }
    Int128 quotient = Int128::fromWords((std::uint64_t(q.limbs[3]) << 32) | q.limbs[2],
                                        (std::uint64_t(q.limbs[1]) << 32) | q.limbs[0]);
    const bool negative = n.isNegative() != d.isNegative();
    if (quotient.isNegative()) // 2^127 or more
        throw std::overflow_error("Decimal: division overflows");
    if (r.size() > 1 || r.limbs[0] != 0) {
        Wide twiceR = r;
        twiceR.multiplySmall(2);
        if (roundsAway(mode, negative, (quotient.low() & 1) != 0, twiceR <=> v)) {
            quotient = Int128::wrappingAdd(quotient, Int128(1));
            if (quotient.isNegative())
                throw std::overflow_error("Decimal: division overflows");
        }
    }
    return negative ? -quotient : quotient;
}

/// Brings a and b to a common scale; returns false when that overflows (the caller then knows
/// the one that could not be scaled up is the larger in magnitude).
bool align(Int128 &a, int &scaleA, Int128 &b, int &scaleB)
{
    Int128 result;
    if (scaleA < scaleB) {
        if (Int128::mulOverflow(a, pow10(scaleB - scaleA), &result))
            return false;
        a = result;
        scaleA = scaleB;
    } else if (scaleB < scaleA) {
        if (Int128::mulOverflow(b, pow10(scaleA - scaleB), &result))
            return false;
        b = result;
        scaleB = scaleA;
    }
    return true;
}

/// align() for two 64-bit mantissas, natively; false when a scaled one leaves 64 bits (align()
/// then does it in 128).
bool alignNative(std::int64_t &a, int &scaleA, std::int64_t &b, int &scaleB)
{
    if (scaleA == scaleB)
        return true;
    std::int64_t &smaller = scaleA < scaleB ? a : b;
    const int shift = std::abs(scaleA - scaleB);
    if (shift > 18 || qMulOverflow(smaller, std::int64_t(kPowers[std::size_t(shift)].low()), &smaller))
        return false;
    scaleA = scaleB = std::max(scaleA, scaleB);
    return true;
}

} // namespace

void Decimal::throwOutOfRange()
{
    throw std::overflow_error("Decimal: value out of range");
}

Decimal Decimal::normalizedSlow() const
{
    Decimal d = *this;
    if (d.m_mantissa.isZero()) {
        d.m_scale = 0;
        return d;
    }
    if (!d.m_mantissa.fitsInt64() && d.m_scale > 0) {
        // Beyond 64 bits (a price times a volume times a fee factor often is): on the magnitude's
        // two words, a zero last digit found from the remainders of the words (2^64 ≡ 6 mod 10) and
        // divided out exactly — halved, then multiplied by the inverse of 5 modulo 2^128 — instead
        // of a long division for every digit tested. The mantissa is never min() (the constructor
        // refuses it), so its magnitude is a positive Int128.
        const bool negative = d.m_mantissa.isNegative();
        const Int128 magnitude = absolute(d.m_mantissa);
        std::uint64_t high = magnitude.high();
        std::uint64_t low = magnitude.low();
        constexpr std::uint64_t kInverse5 = 0xCCCCCCCCCCCCCCCDu; // both words of 5⁻¹ mod 2^128 but the last
        constexpr std::uint64_t kInverse5High = 0xCCCCCCCCCCCCCCCCu;
        while (d.m_scale > 0 && (high != 0 || low > std::uint64_t(std::numeric_limits<std::int64_t>::max())) &&
               (high % 10 * 6 + low % 10) % 10 == 0) {
            low = (low >> 1) | (high << 63);
            high >>= 1;
            std::uint64_t productHigh = 0;
            const std::uint64_t productLow = int128detail::mulWords(low, kInverse5, &productHigh);
            high = productHigh + low * kInverse5High + high * kInverse5;
            low = productLow;
            --d.m_scale;
        }
        const Int128 stripped = Int128::fromWords(high, low);
        d.m_mantissa = negative ? -stripped : stripped;
    }
    if (d.m_mantissa.fitsInt64() && d.m_scale > 0) { // the usual case, natively
        std::int64_t m = d.m_mantissa.toInt64();
        // min(scale, trailing zeros) zeros, at most 18, in one pass of 16, 8, 4, 2 and 1 (each
        // step taken when both still allow it adds up to exactly that number).
        for (const int step : {16, 8, 4, 2, 1}) {
            const auto power = static_cast<std::int64_t>(kPowers[std::size_t(step)].low());
            if (d.m_scale >= step && m % power == 0) {
                m /= power;
                d.m_scale -= step;
            }
        }
        d.m_mantissa = m;
    }
    return d;
}

std::optional<Decimal> Decimal::fromString(QStringView text)
{
    // The usual text — at most 18 digits and one point, nothing else (every price and volume of a
    // candle file) — natively: the same Decimal the general reading below gives (normalized() is
    // canonical), without a 128-bit multiplication per digit.
    if (!text.isEmpty() && text.size() <= 19) {
        std::uint64_t plain = 0; // 19 digits fit: no overflow before the count is checked
        int digits = 0;
        int fractional = 0;
        bool point = false;
        bool simple = true;
        for (const QChar c : text) {
            if (c == u'.' && !point) {
                point = true;
            } else if (c.unicode() >= u'0' && c.unicode() <= u'9') {
                plain = plain * 10 + (c.unicode() - u'0');
                ++digits;
                fractional += point ? 1 : 0;
            } else {
                simple = false;
                break;
            }
        }
        if (simple && digits > 0 && digits <= 18)
            return Decimal(Int128(static_cast<std::int64_t>(plain)), fractional).normalized();
    }
    text = text.trimmed();
    qsizetype i = 0;
    bool negative = false;
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-')) {
        negative = text[i] == u'-';
        ++i;
    }
    // Zeros after the first significant digit wait in `pendingZeros` until a non-zero digit
    // follows: trailing zeros of the fraction then never count against the mantissa's range, so
    // every value a Decimal holds parses back from its own text (1E+38 has 39 digits; toString(18)
    // of a 21-digit amount has 39 too).
    Int128 mantissa;
    qsizetype pendingZeros = 0;
    qsizetype fractional = 0;
    qsizetype digits = 0;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > u'9')
            break;
        ++digits;
        if (seenPoint)
            ++fractional;
        if (c == u'0') {
            if (!mantissa.isZero())
                ++pendingZeros; // leading zeros carry no information
            continue;
        }
        if (pendingZeros + 1 > kMaxDigits)
            return std::nullopt;
        Int128 shifted;
        if (Int128::mulOverflow(mantissa, pow10(static_cast<int>(pendingZeros) + 1), &shifted) ||
            Int128::addOverflow(shifted, Int128(c.unicode() - u'0'), &mantissa))
            return std::nullopt;
        pendingZeros = 0;
    }
    // Trailing zeros: those in the fraction only lower the scale; those of the integer part scale up.
    const qsizetype fractionZeros = std::min(pendingZeros, fractional);
    fractional -= fractionZeros;
    if (const qsizetype integerZeros = pendingZeros - fractionZeros; integerZeros > 0) {
        if (integerZeros > kMaxDigits ||
            Int128::mulOverflow(mantissa, pow10(static_cast<int>(integerZeros)), &mantissa))
            return std::nullopt;
    }
    if (digits == 0)
        return std::nullopt;
    int exponent = 0;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool ok = false;
        const qsizetype start = i;
        if (i < text.size() && (text[i] == u'+' || text[i] == u'-'))
            ++i;
        while (i < text.size() && text[i].isDigit() && text[i].unicode() <= u'9')
            ++i;
        exponent = text.mid(start, i - start).toInt(&ok);
        if (!ok || exponent < -kMaxDigits || exponent > kMaxDigits)
            return std::nullopt;
    }
    if (i != text.size())
        return std::nullopt;

    if (mantissa.isZero())
        return Decimal(); // "0.000…0" of any length is zero
    if (fractional - exponent > kMaxScale)
        return std::nullopt; // more fractional digits than a Decimal keeps: never rounded silently
    int scale = static_cast<int>(fractional) - exponent;
    if (scale < 0) {
        Int128 scaled;
        if (Int128::mulOverflow(mantissa, pow10(-scale), &scaled))
            return std::nullopt;
        mantissa = scaled;
        scale = 0;
    }
    Decimal result(negative ? -mantissa : mantissa, scale);
    result = result.normalized();
    if (result.m_scale > kMaxScale)
        return std::nullopt;
    return result;
}

std::optional<Decimal> Decimal::fromDouble(double value)
{
    if (value != value || value - value != 0.0) // NaN or infinity
        return std::nullopt;
#if defined(__APPLE__)
    // Apple's libc++ has to_chars for double only from macOS 13.3, later than Qt 6's minimum.
    return fromString(QString::number(value, 'g', QLocale::FloatingPointShortest));
#else
    // The digits QString::number(value, 'g', QLocale::FloatingPointShortest) writes — the shortest
    // decimal that reads back as `value`, the closest of those, ties to even — from std::to_chars,
    // read here as fromString reads that text ("d.ddde±x": the same refusals and the same
    // normalised Decimal), without a QString: ~300 instructions instead of ~1,300, and a trailing
    // stop converts two doubles on every candle a position is held. Scientific form: the plain
    // form writes an integral double with all its exact digits (libstdc++), not the shortest.
    std::array<char, 32> text{};
    const auto [end, error] =
        std::to_chars(text.data(), text.data() + text.size(), value, std::chars_format::scientific);
    if (error != std::errc()) // never: a double needs at most 24 characters
        return fromString(QString::number(value, 'g', QLocale::FloatingPointShortest));
    const char *p = text.data();
    const bool negative = *p == '-';
    p += negative ? 1 : 0;
    std::int64_t mantissa = 0; // at most 17 digits
    int digits = 0;
    for (; p != end && *p != 'e'; ++p) {
        if (*p != '.') {
            mantissa = mantissa * 10 + (*p - '0');
            ++digits;
        }
    }
    int exponent = 0;
    if (p == end || std::from_chars(p + 1 + (p[1] == '+' ? 1 : 0), end, exponent).ptr != end)
        return fromString(QString::number(value, 'g', QLocale::FloatingPointShortest)); // never
    if (mantissa == 0)
        return Decimal();
    if (exponent < -kMaxDigits || exponent > kMaxDigits)
        return std::nullopt;
    int scale = digits - 1 - exponent;
    if (scale > kMaxScale)
        return std::nullopt; // more fractional digits than a Decimal keeps, as fromString refuses
    Int128 exact(mantissa);
    if (scale < 0) {
        if (Int128::mulOverflow(exact, pow10(-scale), &exact))
            return std::nullopt;
        scale = 0;
    }
    return Decimal(negative ? -exact : exact, scale).normalized();
#endif
}

int Decimal::toChars(char *out) const
{
    const Decimal d = normalized();
    char digits[kMaxChars];
    int count = 0;
    if (d.m_mantissa.fitsInt64()) {
        const std::int64_t m = d.m_mantissa.toInt64();
        const std::uint64_t magnitude = m < 0 ? std::uint64_t(0) - std::uint64_t(m) : std::uint64_t(m);
        count = int(std::to_chars(digits, digits + sizeof digits, magnitude).ptr - digits);
    } else {
        const std::string text = absolute(d.m_mantissa).toString();
        count = int(std::min(text.size(), sizeof digits));
        std::memcpy(digits, text.data(), std::size_t(count));
    }
    char *p = out;
    if (d.m_mantissa.isNegative())
        *p++ = '-';
    if (d.m_scale > 0 && count <= d.m_scale) { // 0.00ddd
        *p++ = '0';
        *p++ = '.';
        p = std::fill_n(p, d.m_scale - count, '0');
        p = std::copy_n(digits, count, p);
    } else if (d.m_scale > 0) { // ddd.ddd
        p = std::copy_n(digits, count - d.m_scale, p);
        *p++ = '.';
        p = std::copy_n(digits + count - d.m_scale, d.m_scale, p);
    } else {
        p = std::copy_n(digits, count, p);
    }
    return int(p - out);
}

QString Decimal::toString() const
{
    char text[kMaxChars];
    return QString::fromLatin1(text, toChars(text));
}

QString Decimal::toString(int fractionalDigits) const
{
    const Decimal r = rounded(fractionalDigits, Rounding::HalfUp);
    QString text = r.toString();
    if (fractionalDigits <= 0)
        return text;
    qsizetype point = text.indexOf(u'.');
    if (point < 0) {
        text.append(u'.');
        point = text.size() - 1;
    }
    const qsizetype have = text.size() - point - 1;
    if (have < fractionalDigits)
        text.append(QString(fractionalDigits - have, u'0'));
    return text;
}

double Decimal::toDouble() const
{
    // Straight from the mantissa (through text it cost a microsecond a value); long double keeps
    // the result within an ulp of the text conversion for the amounts money has.
    static constexpr long double kScales[] = {1e0L,  1e1L,  1e2L,  1e3L,  1e4L,  1e5L,  1e6L,  1e7L,  1e8L,  1e9L,
                                              1e10L, 1e11L, 1e12L, 1e13L, 1e14L, 1e15L, 1e16L, 1e17L, 1e18L, 1e19L,
                                              1e20L, 1e21L, 1e22L, 1e23L, 1e24L, 1e25L, 1e26L, 1e27L, 1e28L, 1e29L,
                                              1e30L, 1e31L, 1e32L, 1e33L, 1e34L, 1e35L, 1e36L, 1e37L, 1e38L};
    // Fast and exact: a mantissa below 2^53 and a power of ten up to 10^22 are both exact doubles,
    // and IEEE division rounds the true quotient correctly — the same double the text gives.
    static constexpr double kExact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    constexpr std::int64_t kLimit = std::int64_t(1) << 53;
    if (m_mantissa.fitsInt64() && m_scale >= 0 && m_scale <= 22) {
        const std::int64_t m = m_mantissa.toInt64();
        if (m < kLimit && m > -kLimit)
            return static_cast<double>(m) / kExact[m_scale];
    }
    return static_cast<double>(m_mantissa.toLongDouble() / kScales[std::clamp(m_scale, 0, kMaxDigits)]);
}

std::optional<std::int64_t> Decimal::unitsAt(int scale) const
{
    if (scale < m_scale || scale > kMaxScale || !m_mantissa.fitsInt64())
        return std::nullopt;
    std::int64_t units = m_mantissa.toInt64();
    for (int s = m_scale; s < scale; ++s) {
        if (units > std::numeric_limits<std::int64_t>::max() / 10 ||
            units < std::numeric_limits<std::int64_t>::min() / 10)
            return std::nullopt;
        units *= 10;
    }
    return units;
}

Decimal Decimal::abs() const
{
    return Decimal(absolute(m_mantissa), m_scale);
}

Decimal Decimal::rounded(int newScale, Rounding mode) const
{
    if (newScale < 0)
        newScale = 0;
    if (newScale >= m_scale)
        return Decimal(checkedMul(m_mantissa, pow10(newScale - m_scale)), newScale);
    return Decimal(divRound(m_mantissa, pow10(m_scale - newScale), mode), newScale);
}

Decimal Decimal::floorToStep(const Decimal &step) const
{
    if (!step.isPositive())
        throw std::domain_error("Decimal: step must be positive");
    return divided(step, 0, Rounding::Floor) * step;
}

Decimal Decimal::ceilToStep(const Decimal &step) const
{
    if (!step.isPositive())
        throw std::domain_error("Decimal: step must be positive");
    return divided(step, 0, Rounding::Ceiling) * step;
}

Decimal Decimal::divided(const Decimal &divisor, int resultScale, Rounding mode) const
{
    if (divisor.isZero())
        throw std::domain_error("Decimal: division by zero");
    const Decimal a = normalized();
    const Decimal b = divisor.normalized();
    Int128 numerator = a.m_mantissa;
    Int128 denominator = b.m_mantissa;
    const int shift = resultScale + b.m_scale - a.m_scale;
    Int128 scaled;
    if (shift >= 0 ? Int128::mulOverflow(numerator, pow10(shift), &scaled)
                   : Int128::mulOverflow(denominator, pow10(-shift), &scaled)) {
        // The quotient may still fit although a scaled operand does not: divide in 256 bits.
        const Int128 q = shift >= 0 ? wideDivRound(numerator, shift, denominator, 0, mode)
                                    : wideDivRound(numerator, 0, denominator, -shift, mode);
        return Decimal(q, resultScale).normalized();
    }
    (shift >= 0 ? numerator : denominator) = scaled;
    return Decimal(divRound(numerator, denominator, mode), resultScale).normalized();
}

Decimal Decimal::operator-() const
{
    return Decimal(-m_mantissa, m_scale);
}

Decimal Decimal::operator+(const Decimal &other) const
{
    // x + 0 is x, normal (an amount added to a fresh order's or position's zero total).
    if (other.isZero())
        return normalized();
    if (isZero())
        return other.normalized();
    if (m_mantissa.fitsInt64() && other.m_mantissa.fitsInt64()) { // most money: natively
        std::int64_t a = m_mantissa.toInt64();
        std::int64_t b = other.m_mantissa.toInt64();
        int scaleA = m_scale;
        int scaleB = other.m_scale;
        std::int64_t sum = 0;
        if (alignNative(a, scaleA, b, scaleB) && !qAddOverflow(a, b, &sum))
            return Decimal(Int128(sum), scaleA).normalized();
    }
    Int128 a = m_mantissa;
    Int128 b = other.m_mantissa;
    int scaleA = m_scale;
    int scaleB = other.m_scale;
    if (!align(a, scaleA, b, scaleB))
        throw std::overflow_error("Decimal: addition overflows");
    return Decimal(checkedAdd(a, b), scaleA).normalized();
}

Decimal Decimal::operator-(const Decimal &other) const
{
    return *this + (-other);
}

Decimal Decimal::operator*(const Decimal &other) const
{
    const Decimal a = normalized();
    const Decimal b = other.normalized();
    const int scale = a.m_scale + b.m_scale;
    if (scale > kMaxDigits)
        throw std::overflow_error("Decimal: product has too many fractional digits");
    return Decimal(checkedMul(a.m_mantissa, b.m_mantissa), scale).normalized();
}

Decimal &Decimal::operator+=(const Decimal &other)
{
    return *this = *this + other;
}

Decimal &Decimal::operator-=(const Decimal &other)
{
    return *this = *this - other;
}

bool Decimal::operator==(const Decimal &other) const
{
    return (*this <=> other) == 0;
}

std::strong_ordering Decimal::operator<=>(const Decimal &other) const
{
    if (m_mantissa.fitsInt64() && other.m_mantissa.fitsInt64()) {
        std::int64_t a = m_mantissa.toInt64();
        std::int64_t b = other.m_mantissa.toInt64();
        int scaleA = m_scale;
        int scaleB = other.m_scale;
        if (alignNative(a, scaleA, b, scaleB))
            return a <=> b;
    }
    Int128 a = m_mantissa;
    Int128 b = other.m_mantissa;
    int scaleA = m_scale;
    int scaleB = other.m_scale;
    if (!align(a, scaleA, b, scaleB)) {
        // The side that could not be scaled up is larger in magnitude than the other.
        const bool aIsHuge = scaleA < scaleB;
        const Int128 huge = aIsHuge ? a : b;
        const bool hugePositive = huge > 0;
        if (aIsHuge)
            return hugePositive ? std::strong_ordering::greater : std::strong_ordering::less;
        return hugePositive ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    return a <=> b;
}

} // namespace autocoin
