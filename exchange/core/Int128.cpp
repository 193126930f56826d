#include "core/Int128.h"

#include <algorithm>
#include <array>
#include <bit>

namespace autocoin {

namespace int128detail {

void divideLimbs(std::uint32_t *q, std::uint32_t *r, const std::uint32_t *u, const std::uint32_t *v, int m, int n)
{
    constexpr std::uint64_t kBase = std::uint64_t(1) << 32;
    if (n == 1) { // short division
        std::uint64_t k = 0;
        for (int j = m - 1; j >= 0; --j) {
            const std::uint64_t current = (k << 32) | u[j];
            q[j] = static_cast<std::uint32_t>(current / v[0]);
            k = current - std::uint64_t(q[j]) * v[0];
        }
        r[0] = static_cast<std::uint32_t>(k);
        return;
    }
    // Normalise so the divisor's top limb has its high bit set; the shifts go through 64 bits so
    // that a shift of 0 needs no special case.
    const int s = std::countl_zero(v[n - 1]);
    std::array<std::uint32_t, 8> vn{};
    std::array<std::uint32_t, 9> un{};
    for (int i = n - 1; i > 0; --i)
        vn[i] = static_cast<std::uint32_t>((std::uint64_t(v[i]) << s) | (std::uint64_t(v[i - 1]) >> (32 - s)));
    vn[0] = static_cast<std::uint32_t>(std::uint64_t(v[0]) << s);
    un[m] = static_cast<std::uint32_t>(std::uint64_t(u[m - 1]) >> (32 - s));
    for (int i = m - 1; i > 0; --i)
        un[i] = static_cast<std::uint32_t>((std::uint64_t(u[i]) << s) | (std::uint64_t(u[i - 1]) >> (32 - s)));
    un[0] = static_cast<std::uint32_t>(std::uint64_t(u[0]) << s);

    for (int j = m - n; j >= 0; --j) {
        // Estimate the quotient limb from the top two limbs; it is at most 2 too large.
        const std::uint64_t top = (std::uint64_t(un[j + n]) << 32) | un[j + n - 1];
        std::uint64_t qhat = top / vn[n - 1];
        std::uint64_t rhat = top - qhat * vn[n - 1];
        while (qhat >= kBase || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            --qhat;
            rhat += vn[n - 1];
            if (rhat >= kBase)
                break;
        }
        // Multiply and subtract.
        std::int64_t borrow = 0;
        std::int64_t t = 0;
        for (int i = 0; i < n; ++i) {
            const std::uint64_t p = qhat * vn[i];
            t = std::int64_t(un[i + j]) - borrow - std::int64_t(p & 0xFFFFFFFFu);
            un[i + j] = static_cast<std::uint32_t>(t);
            borrow = std::int64_t(p >> 32) - (t >> 32);
        }
        t = std::int64_t(un[j + n]) - borrow;
        un[j + n] = static_cast<std::uint32_t>(t);
        q[j] = static_cast<std::uint32_t>(qhat);
        if (t < 0) { // subtracted once too often: add the divisor back
            --q[j];
            std::uint64_t carry = 0;
            for (int i = 0; i < n; ++i) {
                const std::uint64_t sum = std::uint64_t(un[i + j]) + vn[i] + carry;
                un[i + j] = static_cast<std::uint32_t>(sum);
                carry = sum >> 32;
            }
            un[j + n] = static_cast<std::uint32_t>(un[j + n] + carry);
        }
    }
    for (int i = 0; i < n - 1; ++i)
        r[i] = static_cast<std::uint32_t>((std::uint64_t(un[i]) >> s) | (std::uint64_t(un[i + 1]) << (32 - s)));
    r[n - 1] = static_cast<std::uint32_t>(std::uint64_t(un[n - 1]) >> s);
}

} // namespace int128detail

namespace {

struct Words
{
    std::uint64_t high = 0;
    std::uint64_t low = 0;
};

/// Unsigned 128 / 128 bits; d != 0.
void divideUnsigned(Words n, Words d, Words *q, Words *r)
{
    if (d.high == 0 && d.low == 0) { // callers never divide by zero; no trap if one ever does
        *q = {};
        *r = {};
        return;
    }
    if (n.high == 0 && d.high == 0) {
        *q = {0, n.low / d.low};
        *r = {0, n.low % d.low};
        return;
    }
    if (d.high == 0 && d.low <= 0xFFFFFFFFu) { // a divisor of 32 bits: three native steps
        const std::uint64_t divisor = d.low;
        q->high = n.high / divisor;
        std::uint64_t rest = n.high % divisor;
        std::uint64_t current = (rest << 32) | (n.low >> 32);
        const std::uint64_t q1 = current / divisor;
        rest = current % divisor;
        current = (rest << 32) | (n.low & 0xFFFFFFFFu);
        q->low = (q1 << 32) | (current / divisor);
        *r = {0, current % divisor};
        return;
    }
    if (n.high < d.high || (n.high == d.high && n.low < d.low)) {
        *q = {};
        *r = n;
        return;
    }
    const std::array<std::uint32_t, 4> u = {std::uint32_t(n.low), std::uint32_t(n.low >> 32), std::uint32_t(n.high),
                                            std::uint32_t(n.high >> 32)};
    const std::array<std::uint32_t, 4> v = {std::uint32_t(d.low), std::uint32_t(d.low >> 32), std::uint32_t(d.high),
                                            std::uint32_t(d.high >> 32)};
    int m = 4;
    while (m > 1 && u[m - 1] == 0)
        --m;
    int len = 4;
    while (len > 1 && v[len - 1] == 0)
        --len;
    std::array<std::uint32_t, 4> qLimbs{};
    std::array<std::uint32_t, 4> rLimbs{};
    int128detail::divideLimbs(qLimbs.data(), rLimbs.data(), u.data(), v.data(), m, len);
    *q = {(std::uint64_t(qLimbs[3]) << 32) | qLimbs[2], (std::uint64_t(qLimbs[1]) << 32) | qLimbs[0]};
    *r = {(std::uint64_t(rLimbs[3]) << 32) | rLimbs[2], (std::uint64_t(rLimbs[1]) << 32) | rLimbs[0]};
}

Words magnitude(Int128 v)
{
    const Int128 m = v.isNegative() ? -v : v;
    return {m.high(), m.low()};
}

} // namespace

bool Int128::divModSlow(Int128 n, Int128 d, Int128 *quotient, Int128 *remainder)
{
    if (n.isMin() && d == Int128(-1))
        return true;
    Words q;
    Words r;
    divideUnsigned(magnitude(n), magnitude(d), &q, &r);
    const Int128 uq = fromWords(q.high, q.low);
    const Int128 ur = fromWords(r.high, r.low);
    *quotient = n.isNegative() != d.isNegative() ? -uq : uq;
    *remainder = n.isNegative() ? -ur : ur;
    return false;
}

std::string Int128::toString() const
{
    Words rest = magnitude(*this);
    std::string digits;
    constexpr std::uint64_t kChunk = 10000000000000000000u; // 10^19, the largest power in 64 bits
    while (rest.high != 0) {
        Words q;
        Words r;
        divideUnsigned(rest, {0, kChunk}, &q, &r);
        std::string chunk = std::to_string(r.low);
        digits.insert(0, std::string(19 - chunk.size(), '0') + chunk);
        rest = q;
    }
    digits.insert(0, std::to_string(rest.low));
    if (isNegative())
        digits.insert(0, 1, '-');
    return digits;
}

std::optional<Int128> Int128::fromString(std::string_view text)
{
    bool negative = false;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty())
        return std::nullopt;
    // Accumulated as a negative number so that min() is reachable.
    Int128 value;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        if (mulOverflow(value, Int128(10), &value) || subOverflow(value, Int128(c - '0'), &value))
            return std::nullopt;
    }
    if (!negative) {
        if (value.isMin())
            return std::nullopt;
        value = -value;
    }
    return value;
}

long double Int128::toLongDouble() const
{
    constexpr long double kTwo64 = 18446744073709551616.0L;
    return static_cast<long double>(static_cast<std::int64_t>(m_hi)) * kTwo64 + static_cast<long double>(m_lo);
}

} // namespace autocoin
