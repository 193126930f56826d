#pragma once

#include "FuzzSupport.h"

#include "core/Decimal.h"

#include <stdexcept>

namespace autocoin::fuzz {

namespace detail {

/// Runs `check`; Decimal's documented answers (std::overflow_error for a result that does not
/// fit, std::domain_error for a zero divisor or step) end it. Anything else escapes.
template<typename F> void guarded(F check)
{
    try {
        check();
    } catch (const std::overflow_error &) {
    } catch (const std::domain_error &) {
    }
}

inline void checkRoundTrip(const Decimal &a)
{
    const QString text = a.toString();
    const auto again = Decimal::fromString(text);
    require(again.has_value(), "toString() parses back");
    require(*again == a, "parse(toString(a)) == a");
    require(again->toString() == text, "toString() is canonical");
    require(a == a && !(a < a) && !(a > a), "a equals itself");
    require((-a).isNegative() == a.isPositive(), "negation flips the sign");
    require(!a.abs().isNegative(), "abs() is not negative");
    (void)a.toDouble();
}

inline void checkUnary(const Decimal &a, int scale, Decimal::Rounding mode)
{
    guarded([&] {
        const Decimal r = a.rounded(scale, mode);
        const Decimal unit = Decimal::fromString(QStringLiteral("1e-%1").arg(scale)).value();
        require((r - a).abs() <= unit, "rounded() moves by less than one unit of the last place");
        if (mode == Decimal::Rounding::Floor)
            require(r <= a, "Floor rounds down");
        if (mode == Decimal::Rounding::Ceiling)
            require(r >= a, "Ceiling rounds up");
    });
    guarded([&] {
        const auto fixed = Decimal::fromString(a.toString(scale));
        require(fixed.has_value(), "toString(n) parses back");
        require(*fixed == a.rounded(scale, Decimal::Rounding::HalfUp), "toString(n) is the half-up rounding");
    });
}

inline void checkBinary(const Decimal &a, const Decimal &b, int scale, Decimal::Rounding mode)
{
    require(int(a < b) + int(a == b) + int(a > b) == 1, "exactly one of <, ==, > holds");
    require((a < b) == (b > a) && (a == b) == (b == a), "comparison is antisymmetric");
    require((a <= b) == !(a > b), "<= is not >");
    guarded([&] {
        const Decimal sum = a + b;
        require(sum - b == a, "a + b - b == a");
        require(sum == b + a, "addition commutes");
    });
    guarded([&] {
        const Decimal difference = a - b;
        require(difference.isPositive() == (a > b), "the sign of a - b agrees with a > b");
        require(difference.isZero() == (a == b), "a - b is zero exactly when a == b");
        require(difference == -(b - a), "a - b == -(b - a)");
    });
    guarded([&] {
        const Decimal product = a * b;
        require(product == b * a, "multiplication commutes");
        if (!b.isZero())
            require(product.divided(b, a.scale()) == a, "a * b / b == a");
    });
    guarded([&] {
        const Decimal floor = a.divided(b, scale, Decimal::Rounding::Floor);
        const Decimal ceiling = a.divided(b, scale, Decimal::Rounding::Ceiling);
        require(floor <= ceiling, "floor division <= ceiling division");
        const Decimal q = a.divided(b, scale, mode);
        require(floor <= q && q <= ceiling, "every rounding lies between floor and ceiling");
    });
    if (b.isPositive()) {
        guarded([&] {
            const Decimal down = a.floorToStep(b);
            require(down <= a && a - down < b, "floorToStep is within one step below");
        });
        guarded([&] {
            const Decimal up = a.ceilToStep(b);
            require(up >= a && up - a < b, "ceilToStep is within one step above");
        });
    }
}

} // namespace detail

/// Decimal parsing and arithmetic (exchange/core/Decimal). The input is two numbers as text,
/// separated by the first newline, after a first byte that picks a scale and a rounding mode.
/// std::overflow_error and std::domain_error are Decimal's documented answers and accepted;
/// any other exception, a crash, a sanitizer report or a broken invariant is a finding.
inline void decimal(const std::uint8_t *data, std::size_t size)
{
    if (size < 1 || size > 4096)
        return;
    const int scale = data[0] % (Decimal::kMaxScale + 1);
    const auto mode = static_cast<Decimal::Rounding>((data[0] / (Decimal::kMaxScale + 1)) % 5);
    const QString text = textOf(data + 1, size - 1);
    const qsizetype newline = text.indexOf(u'\n');
    const QString first = newline < 0 ? text : text.left(newline);
    const QString second = newline < 0 ? QString() : text.mid(newline + 1);

    const auto a = Decimal::fromString(first);
    const auto b = Decimal::fromString(second);
    bool isDouble = false;
    const double asDouble = first.toDouble(&isDouble);
    if (isDouble)
        (void)Decimal::fromDouble(asDouble);
    if (a) {
        detail::checkRoundTrip(*a);
        detail::checkUnary(*a, scale, mode);
    }
    if (b)
        detail::checkRoundTrip(*b);
    if (a && b)
        detail::checkBinary(*a, *b, scale, mode);
}

} // namespace autocoin::fuzz
