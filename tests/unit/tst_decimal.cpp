#include "core/Decimal.h"
#include "core/Int128.h"

#include "DecimalHarness.h"
#include "FuzzFindings.h"

#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

using autocoin::Decimal;
using autocoin::Int128;

namespace {

/// splitmix64: the same operands on every run and every platform.
struct Random
{
    std::uint64_t state = 0x5EED5EED5EED5EEDULL;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
};

Int128 powerOfTen(int exponent)
{
    return *Int128::fromString("1" + std::string(static_cast<std::size_t>(exponent), '0'));
}

/// Limits, powers of ten, word boundaries and random values of every length, both signs: each
/// fast path (64-bit, 32-bit divisor) and Knuth's long division get their share.
Int128 operand(Random &random)
{
    static const std::vector<Int128> edges = [] {
        std::vector<Int128> list = {Int128(),
                                    Int128(1),
                                    Int128(2),
                                    Int128(3),
                                    Int128(10),
                                    Int128::max(),
                                    Int128::min(),
                                    Int128::wrappingAdd(Int128::max(), Int128(-1)),
                                    Int128::wrappingAdd(Int128::min(), Int128(1)),
                                    Int128::fromWords(0, ~std::uint64_t(0)),
                                    Int128::fromWords(1, 0),
                                    Int128::fromWords(0, std::uint64_t(1) << 63),
                                    Int128(INT64_MAX),
                                    Int128(INT64_MIN),
                                    Int128(0xFFFFFFFFLL),
                                    Int128(0x100000000LL),
                                    powerOfTen(19),
                                    powerOfTen(38),
                                    Int128::wrappingAdd(powerOfTen(38), Int128(-1))};
        const std::size_t n = list.size();
        for (std::size_t i = 0; i < n; ++i)
            list.push_back(-list[i]);
        return list;
    }();
    Int128 value;
    switch (random.next() % 6) {
    case 0:
        return edges[random.next() % edges.size()];
    case 1:
        return Int128::fromWords(random.next(), random.next());
    case 2:
        value = Int128(static_cast<std::int64_t>(random.next()));
        break;
    case 3:
        value = Int128(static_cast<std::int64_t>(random.next() & 0xFFFFFFFFu));
        break;
    case 4: { // a random bit length
        const int bits = static_cast<int>(random.next() % 127);
        const Int128 raw = Int128::fromWords(random.next() & 0x7FFFFFFFFFFFFFFFULL, random.next());
        value = bits >= 64 ? Int128::fromWords(raw.high() >> (127 - bits), raw.low())
                           : Int128::fromWords(0, raw.low() >> (63 - bits));
        break;
    }
    default: // 10^k plus or minus a little: carries and tie-breaking remainders
        value = Int128::wrappingAdd(powerOfTen(static_cast<int>(random.next() % 39)),
                                    Int128(static_cast<std::int64_t>(random.next() % 5) - 2));
        break;
    }
    return random.next() % 2 ? -value : value;
}

#ifdef __SIZEOF_INT128__
__extension__ typedef __int128 Native;
__extension__ typedef unsigned __int128 NativeUnsigned;

Native native(Int128 v)
{
    return static_cast<Native>((static_cast<NativeUnsigned>(v.high()) << 64) | v.low());
}

std::string nativeString(Native v)
{
    if (v == 0)
        return "0";
    NativeUnsigned m = v < 0 ? NativeUnsigned(0) - static_cast<NativeUnsigned>(v) : static_cast<NativeUnsigned>(v);
    std::string out;
    while (m > 0) {
        out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
        m /= 10;
    }
    return v < 0 ? "-" + out : out;
}

/// The decimal text Decimal prints for mantissa / 10^scale.
QString decimalText(Native mantissa, int scale)
{
    while (scale > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    std::string digits = nativeString(mantissa);
    if (mantissa < 0)
        digits.erase(0, 1); // the magnitude: nativeString negates in unsigned arithmetic (min() included)
    if (scale > 0) {
        if (static_cast<int>(digits.size()) <= scale)
            digits.insert(0, static_cast<std::size_t>(scale) - digits.size() + 1, '0');
        digits.insert(digits.size() - static_cast<std::size_t>(scale), 1, '.');
    }
    return QString::fromStdString(mantissa < 0 ? "-" + digits : digits);
}

/// The reference rounding, in the compiler's own 128-bit arithmetic.
Native referenceDivRound(Native n, Native d, Decimal::Rounding mode)
{
    Native q = n / d;
    const Native r = n % d;
    if (r == 0)
        return q;
    const int sign = ((n < 0) != (d < 0)) ? -1 : 1;
    const Native absR = r < 0 ? -r : r;
    const Native absD = d < 0 ? -d : d;
    switch (mode) {
    case Decimal::Rounding::Down:
        break;
    case Decimal::Rounding::Floor:
        q -= sign < 0 ? 1 : 0;
        break;
    case Decimal::Rounding::Ceiling:
        q += sign > 0 ? 1 : 0;
        break;
    case Decimal::Rounding::HalfUp:
        if (absR >= absD - absR)
            q += sign;
        break;
    case Decimal::Rounding::HalfEven:
        if (absR > absD - absR || (absR == absD - absR && (q % 2) != 0))
            q += sign;
        break;
    }
    return q;
}
#endif

Decimal d(const char *text)
{
    const auto value = Decimal::fromString(QString::fromLatin1(text));
    if (!value)
        qFatal("bad decimal literal in test: %s", text);
    return *value;
}

} // namespace

class TestDecimal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndPrints_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer") << "63570000"
                                 << "63570000";
        QTest::newRow("trailing zeros") << "63570000.0"
                                        << "63570000";
        QTest::newRow("satoshi") << "0.00000001"
                                 << "0.00000001";
        QTest::newRow("negative") << "-1.50"
                                  << "-1.5";
        QTest::newRow("plus sign") << "+7"
                                   << "7";
        QTest::newRow("exponent") << "1.5e-3"
                                  << "0.0015";
        QTest::newRow("big exponent") << "6.357E+07"
                                      << "63570000";
        QTest::newRow("zero") << "-0.000"
                              << "0";
        QTest::newRow("leading point") << ".5"
                                       << "0.5";
        QTest::newRow("ccxt string") << "306095.1228293561797048"
                                     << "306095.1228293561797048";
        // Found by fuzz_decimal: texts of 39 digits whose value fits were refused, so 1E+38 and
        // toString(18) of a 21-digit amount did not parse back from their own text.
        QTest::newRow("1E+38 printed") << "100000000000000000000000000000000000000"
                                       << "100000000000000000000000000000000000000";
        QTest::newRow("toString(18) of 21 digits") << "123456789012345678901.000000000000000000"
                                                   << "123456789012345678901";
        QTest::newRow("long zero") << "0.0000000000000000000000000000000000000000000"
                                   << "0";
        QTest::newRow("zeros both sides") << "1000.000"
                                          << "1000";
        QTest::newRow("inner zeros") << "10.0000000000000000001e1"
                                     << "100.000000000000000001";
        // toString writes through toChars: the sign, the point and the zeros on every path.
        QTest::newRow("tiny negative") << "-0.000000000000000001"
                                       << "-0.000000000000000001";
        QTest::newRow("int64 min") << "-9223372036854775808"
                                   << "-9223372036854775808";
        QTest::newRow("int64 min with a point") << "-922337203685.4775808"
                                                << "-922337203685.4775808";
        QTest::newRow("negative 128-bit") << "-12345678901234567890123.456789"
                                          << "-12345678901234567890123.456789";
    }
    void parsesAndPrints()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto value = Decimal::fromString(input);
        QVERIFY2(value.has_value(), qPrintable(input));
        QCOMPARE(value->toString(), expected);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("letters") << "abc";
        QTest::newRow("two points") << "1.2.3";
        QTest::newRow("trailing junk") << "12x";
        QTest::newRow("bare sign") << "-";
        QTest::newRow("nan") << "nan";
        QTest::newRow("too precise") << "0.0000000000000000001";
        QTest::newRow("too large") << "1e40";
        QTest::newRow("beyond 2^127") << "170141183460469231731687303715884105728";
        QTest::newRow("39 digits too large") << "999999999999999999999999999999999999999";
        QTest::newRow("too precise after zeros") << "1.0000000000000000000000001";
        QTest::newRow("arabic digits") << QString::fromUtf8("\u0661\u0662");
    }
    void rejectsGarbage()
    {
        QFETCH(QString, input);
        QVERIFY(!Decimal::fromString(input).has_value());
    }

    void fromDoubleIsShortestRoundTrip()
    {
        QCOMPARE(Decimal::fromDouble(63570000.0)->toString(), QStringLiteral("63570000"));
        QCOMPARE(Decimal::fromDouble(0.1)->toString(), QStringLiteral("0.1"));
        QCOMPARE(Decimal::fromDouble(0.00039374)->toString(), QStringLiteral("0.00039374"));
        QCOMPARE(Decimal::fromDouble(0.0122611465)->toString(), QStringLiteral("0.0122611465"));
        QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::quiet_NaN()).has_value());
        QVERIFY(!Decimal::fromDouble(std::numeric_limits<double>::infinity()).has_value());
    }

    void fromDoubleReadsQtsShortestText()
    {
        // fromDouble reads the digits std::to_chars writes; the Decimal must be the one Qt's shortest
        // text reads as (what fromDouble was), for every kind of double: any bit pattern, prices,
        // ATR multiples, values at 18 decimals and at 128 bits, powers of two and ten around them.
        const auto viaText = [](double v) {
            return Decimal::fromString(QString::number(v, 'g', QLocale::FloatingPointShortest));
        };
        int compared = 0;
        const auto same = [&](double v) {
            const std::optional<Decimal> fast = Decimal::fromDouble(v);
            const std::optional<Decimal> text = viaText(v);
            ++compared;
            if (fast.has_value() != text.has_value() || (fast && (*fast != *text || fast->scale() != text->scale()))) {
                qWarning("%.17g: %s against %s", v, fast ? qPrintable(fast->toString()) : "none",
                         text ? qPrintable(text->toString()) : "none");
                return false;
            }
            return true;
        };
        std::mt19937_64 random(20261130);
        std::uniform_real_distribution<double> unit(0, 1);
        for (int i = 0; i < 20000; ++i) {
            const std::uint64_t bits = random();
            double any = 0;
            std::memcpy(&any, &bits, sizeof any);
            const double whole = double(random() % 100000000000ULL) / 1e8;
            for (const double v : {any, unit(random) * 1e8, std::round(unit(random) * 1e8) / 1e4,
                                   unit(random) * 5 * unit(random) * 200000, whole, -whole * 3, whole / 7,
                                   std::ldexp(double(random() >> 11), int(random() % 200) - 150)}) {
                if (std::isfinite(v))
                    QVERIFY(same(v));
            }
        }
        for (int e = -1074; e <= 1023; ++e) {
            const double p = std::ldexp(1.0, e);
            QVERIFY(same(p) && same(-p) && same(std::nextafter(p, 0.0)) && same(std::nextafter(p, qInf())));
        }
        for (int e = -330; e <= 308; ++e) {
            const double p = std::pow(10.0, e);
            QVERIFY(same(p) && same(std::nextafter(p, 0.0)) && same(std::nextafter(p, qInf())) && same(p * 1.5));
        }
        for (const double v : {0.0, -0.0, 1e-18, 1.5e-18, 1e-19, 9007199254740993.0, 1e38, 1.7e38, 1.8e38, 1e39,
                               std::numeric_limits<double>::max(), std::numeric_limits<double>::denorm_min()})
            QVERIFY(same(v));
        QVERIFY(compared > 160000);
    }

    void arithmeticIsExact()
    {
        // 0.1 + 0.2 is 0.3 here, unlike in double.
        QCOMPARE(d("0.1") + d("0.2"), d("0.3"));
        QCOMPARE((d("63570000") * d("0.00123456")).toString(), QStringLiteral("78480.9792"));
        QCOMPARE((d("78480.9792") * d("0.0005")).toString(), QStringLiteral("39.2404896"));
        QCOMPARE((d("1000000") - d("78480.9792") - d("39.2404896")).toString(), QStringLiteral("921479.7803104"));
        Decimal balance = d("1000000");
        for (int i = 0; i < 1000; ++i)
            balance -= d("0.001");
        QCOMPARE(balance, d("999999"));
    }

    void comparesAcrossScales()
    {
        QVERIFY(d("1.50") == d("1.5"));
        QVERIFY(d("0.00000001") > d("0"));
        QVERIFY(d("-2") < d("-1.99999999"));
        QVERIFY(d("100000000000000000000") > d("0.000000000000000001"));
        QVERIFY(d("-100000000000000000000") < d("0.000000000000000001"));
    }

    void divisionAndRounding()
    {
        QCOMPARE(d("10").divided(d("3"), 8).toString(), QStringLiteral("3.33333333"));
        QCOMPARE(d("2").divided(d("3"), 2, Decimal::Rounding::Down).toString(), QStringLiteral("0.66"));
        QCOMPARE(d("2").divided(d("3"), 2, Decimal::Rounding::HalfUp).toString(), QStringLiteral("0.67"));
        QCOMPARE(d("0.125").rounded(2, Decimal::Rounding::HalfEven).toString(), QStringLiteral("0.12"));
        QCOMPARE(d("0.135").rounded(2, Decimal::Rounding::HalfEven).toString(), QStringLiteral("0.14"));
        QCOMPARE(d("-0.125").rounded(2, Decimal::Rounding::HalfUp).toString(), QStringLiteral("-0.13"));
        QCOMPARE(d("-1.5").rounded(0, Decimal::Rounding::Floor).toString(), QStringLiteral("-2"));
        QCOMPARE(d("-1.5").rounded(0, Decimal::Rounding::Ceiling).toString(), QStringLiteral("-1"));
        QCOMPARE(d("1.005").toString(2), QStringLiteral("1.01"));
        QCOMPARE(d("7").toString(2), QStringLiteral("7.00"));
        QVERIFY_THROWS_EXCEPTION(std::domain_error, d("1").divided(Decimal(), 2));
    }

    void tickSteps()
    {
        // Upbit's KRW tick for 1,000,000 and above is 1,000.
        QCOMPARE(d("63571234").floorToStep(d("1000")), d("63571000"));
        QCOMPARE(d("63571234").ceilToStep(d("1000")), d("63572000"));
        QCOMPARE(d("0.123456789").floorToStep(d("0.0001")), d("0.1234"));
        QCOMPARE(d("63571000").floorToStep(d("1000")), d("63571000"));
    }

    void toDoubleMatchesTheText()
    {
        for (const char *text : {"63570000", "0.00123456", "-1.5", "73578.655", "0.1", "99999999999.99999999", "0"})
            QCOMPARE(d(text).toDouble(), QString::fromLatin1(text).toDouble());
    }

    void overflowThrows()
    {
        const Decimal huge = d("99999999999999999999");
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, huge * huge);
    }

    void portableWordMultiply()
    {
        // The path compilers without an intrinsic take, against the intrinsic (or itself
        // re-derived from 32-bit halves) on edge and random words.
        Random random;
        const std::uint64_t edges[] = {
            0, 1, 0xFFFFFFFFu, 0x100000000u, std::uint64_t(1) << 63, ~std::uint64_t(0), ~std::uint64_t(0) - 1};
        for (int i = 0; i < 20000; ++i) {
            const std::uint64_t a = i < 49 ? edges[i % 7] : random.next() >> (random.next() % 64);
            const std::uint64_t b = i < 49 ? edges[i / 7] : random.next() >> (random.next() % 64);
            std::uint64_t portableHigh = 0;
            std::uint64_t fastHigh = 0;
            const std::uint64_t portableLow = autocoin::int128detail::mulWordsPortable(a, b, &portableHigh);
            const std::uint64_t fastLow = autocoin::int128detail::mulWords(a, b, &fastHigh);
            QCOMPARE(portableLow, fastLow);
            QCOMPARE(portableHigh, fastHigh);
            QCOMPARE(portableLow, a * b); // the low word is plain modular multiplication
        }
    }

    void int128Basics()
    {
        QCOMPARE(Int128::max().toString(), std::string("170141183460469231731687303715884105727"));
        QCOMPARE(Int128::min().toString(), std::string("-170141183460469231731687303715884105728"));
        QCOMPARE(Int128::fromString("-170141183460469231731687303715884105728"), std::optional(Int128::min()));
        QVERIFY(!Int128::fromString("170141183460469231731687303715884105728").has_value());
        QVERIFY(!Int128::fromString("12a").has_value());
        QVERIFY(!Int128::fromString("-").has_value());
        Int128 out;
        QVERIFY(Int128::addOverflow(Int128::max(), Int128(1), &out));
        QVERIFY(Int128::subOverflow(Int128::min(), Int128(1), &out));
        QVERIFY(Int128::subOverflow(Int128(0), Int128::min(), &out));
        QVERIFY(!Int128::subOverflow(Int128(-1), Int128::min(), &out));
        QCOMPARE(out, Int128::max());
        QVERIFY(Int128::mulOverflow(Int128::min(), Int128(-1), &out));
        QVERIFY(!Int128::mulOverflow(Int128::fromWords(0x4000000000000000u, 0), Int128(-2), &out));
        QCOMPARE(out, Int128::min());
        Int128 q;
        Int128 r;
        QVERIFY(Int128::divModOverflow(Int128::min(), Int128(-1), &q, &r));
        QVERIFY(!Int128::divModOverflow(Int128(-7), Int128(2), &q, &r));
        QCOMPARE(q, Int128(-3));
        QCOMPARE(r, Int128(-1)); // the remainder has the dividend's sign, as in C++
        QVERIFY(!Int128::divModOverflow(powerOfTen(38), -powerOfTen(19), &q, &r));
        QCOMPARE(q, -powerOfTen(19));
        QVERIFY(r.isZero());
    }

#ifdef __SIZEOF_INT128__
    void int128MatchesTheCompilersInt128()
    {
        Random random;
        for (int i = 0; i < 200000; ++i) {
            const Int128 a = operand(random);
            const Int128 b = operand(random);
            const Native na = native(a);
            const Native nb = native(b);
            Native expected = 0;
            Int128 got;
            QCOMPARE(Int128::addOverflow(a, b, &got), __builtin_add_overflow(na, nb, &expected));
            if (!__builtin_add_overflow(na, nb, &expected))
                QVERIFY(native(got) == expected);
            QCOMPARE(Int128::subOverflow(a, b, &got), __builtin_sub_overflow(na, nb, &expected));
            if (!__builtin_sub_overflow(na, nb, &expected))
                QVERIFY(native(got) == expected);
            QCOMPARE(Int128::mulOverflow(a, b, &got), __builtin_mul_overflow(na, nb, &expected));
            if (!__builtin_mul_overflow(na, nb, &expected))
                QVERIFY2(native(got) == expected, (a.toString() + " * " + b.toString()).c_str());
            if (!b.isZero()) {
                Int128 q;
                Int128 r;
                const bool overflow = Int128::divModOverflow(a, b, &q, &r);
                QCOMPARE(overflow, a == Int128::min() && b == Int128(-1));
                if (!overflow) {
                    QVERIFY2(native(q) == na / nb && native(r) == na % nb,
                             (a.toString() + " / " + b.toString()).c_str());
                }
            }
            QVERIFY((a <=> b) == (na <=> nb));
            QCOMPARE(a.toString(), nativeString(na));
            QCOMPARE(Int128::fromString(a.toString()), std::optional(a));
            QCOMPARE(a.toLongDouble(), static_cast<long double>(na));
        }
    }

    void decimalMatchesTheCompilersInt128()
    {
        // Decimal on Int128 against the same arithmetic written with the compiler's __int128:
        // products, sums, division and every rounding mode, ties included.
        Random random;
        const Decimal::Rounding modes[] = {Decimal::Rounding::Down, Decimal::Rounding::Floor,
                                           Decimal::Rounding::Ceiling, Decimal::Rounding::HalfUp,
                                           Decimal::Rounding::HalfEven};
        const Native limit = native(powerOfTen(38));
        int checkedDivisions = 0;
        for (int i = 0; i < 100000; ++i) {
            Native ma = native(operand(random)) % limit;
            Native mb = native(operand(random)) % limit;
            if (random.next() % 3 == 0) { // small values with ties: n/2, n/4 …
                ma = static_cast<Native>(static_cast<std::int64_t>(random.next() % 2001) - 1000);
                mb = static_cast<Native>(static_cast<std::int64_t>(random.next() % 8) + 1) *
                     (random.next() % 2 ? 2 : -2);
            }
            const int sa = static_cast<int>(random.next() % 19);
            const int sb = static_cast<int>(random.next() % 19);
            const auto a = Decimal::fromString(decimalText(ma, sa));
            const auto b = Decimal::fromString(decimalText(mb, sb));
            QVERIFY(a && b);
            QCOMPARE(a->toString(), decimalText(ma, sa));

            // Product: exact or an overflow, exactly when the compiler's says so.
            Native product = 0;
            // -2^127 is out of Decimal's symmetric range.
            const Native kNativeMin = static_cast<Native>(NativeUnsigned(1) << 127);
            const bool productOverflows =
                __builtin_mul_overflow(ma, mb, &product) || sa + sb > 38 || product == kNativeMin;
            if (productOverflows) {
                bool threw = false;
                try {
                    (void)(*a * *b);
                } catch (const std::overflow_error &) {
                    threw = true;
                }
                // Normalising may save a product the raw mantissas cannot hold; never the reverse.
                if (!threw)
                    QVERIFY(sa + sb <= 38 || ma == 0 || mb == 0 || ma % 10 == 0 || mb % 10 == 0);
            } else {
                QCOMPARE((*a * *b).toString(), decimalText(product, sa + sb));
            }

            // Sum and order: on the normalised operands brought to the larger scale, as Decimal
            // aligns them (natively when both fit 64 bits, in 128 otherwise).
            {
                const auto normal = [](Native m, int scale) {
                    while (scale > 0 && m % 10 == 0) {
                        m /= 10;
                        --scale;
                    }
                    return std::pair{m, scale};
                };
                auto [x, sx] = normal(ma, sa);
                auto [y, sy] = normal(mb, sb);
                const int common = std::max(sx, sy);
                Native &raised = sx < sy ? x : y;
                const bool alignOverflows =
                    __builtin_mul_overflow(raised, native(powerOfTen(common - std::min(sx, sy))), &raised);
                Native sum = 0;
                if (alignOverflows || __builtin_add_overflow(x, y, &sum) || sum == kNativeMin) {
                    QVERIFY_THROWS_EXCEPTION(std::overflow_error, (void)(*a + *b));
                } else {
                    QCOMPARE((*a + *b).toString(), decimalText(sum, common));
                    QCOMPARE(*a < *b, x < y);
                    QCOMPARE(*a == *b, x == y);
                }
            }

            if (mb == 0)
                continue;
            const Decimal::Rounding mode = modes[random.next() % 5];
            const int resultScale = static_cast<int>(random.next() % 19);
            // The reference: the normalised operands as Decimal scales them.
            Native na = ma;
            int nsa = sa;
            while (nsa > 0 && na % 10 == 0) {
                na /= 10;
                --nsa;
            }
            Native nb = mb;
            int nsb = sb;
            while (nsb > 0 && nb % 10 == 0) {
                nb /= 10;
                --nsb;
            }
            const int shift = resultScale + nsb - nsa;
            Native scaled = 0;
            if (shift > 38 || shift < -38 ||
                __builtin_mul_overflow(shift >= 0 ? na : nb, native(powerOfTen(shift >= 0 ? shift : -shift)), &scaled))
                continue; // the 256-bit path: checked by hand below
            const Native q = shift >= 0 ? referenceDivRound(scaled, nb, mode) : referenceDivRound(na, scaled, mode);
            if (q == kNativeMin) {
                QVERIFY_THROWS_EXCEPTION(std::overflow_error, (void)a->divided(*b, resultScale, mode));
                continue;
            }
            QCOMPARE(a->divided(*b, resultScale, mode).toString(), decimalText(q, resultScale));
            ++checkedDivisions;
        }
        QVERIFY(checkedDivisions > 10000);
    }
#endif

    void divisionBeyondOneHundredTwentyEightBits()
    {
        // A budget divided by an 18-decimal price times a fee factor: the scaled numerator needs
        // more than 128 bits although the quotient is small (values checked with Python's decimal).
        const Decimal price = d("12345.123456789012345678") * d("1.0005");
        QCOMPARE(d("1000000").divided(price, 12, Decimal::Rounding::Down).toString(),
                 QStringLiteral("80.963163582248"));
        // A tie in the wide path (A odd, A·10 leaves 128 bits, A·10/4 = x.5).
        const Decimal a = d("17014118346046923173168730371588410573");
        const Decimal b = d("0.4");
        QCOMPARE(a.divided(b, 0, Decimal::Rounding::HalfEven).toString(),
                 QStringLiteral("42535295865117307932921825928971026432"));
        QCOMPARE(a.divided(b, 0, Decimal::Rounding::HalfUp).toString(),
                 QStringLiteral("42535295865117307932921825928971026433"));
        QCOMPARE((-a).divided(b, 0, Decimal::Rounding::HalfEven).toString(),
                 QStringLiteral("-42535295865117307932921825928971026432"));
        QCOMPARE((-a).divided(b, 0, Decimal::Rounding::Floor).toString(),
                 QStringLiteral("-42535295865117307932921825928971026433"));
        QCOMPARE((-a).divided(b, 0, Decimal::Rounding::Ceiling).toString(),
                 QStringLiteral("-42535295865117307932921825928971026432"));
        // A divisor scaled beyond 128 bits: the quotient rounds from below one unit.
        QCOMPARE(d("1").divided(d("30000000000000000000000000000000000000"), 18, Decimal::Rounding::Ceiling).toString(),
                 QStringLiteral("0.000000000000000001"));
        QCOMPARE(d("1").divided(d("30000000000000000000000000000000000000"), 18).toString(), QStringLiteral("0"));
        // A quotient that itself does not fit still throws.
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, d("999999999999999999999").divided(d("0.000000000000000003"), 0));
    }

    void toDoubleEqualsTheTextConversion()
    {
        // The fast exact path and the long-double path both give the double the text gives.
        std::uint64_t seed = 12345;
        const auto next = [&seed] {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            return seed >> 11;
        };
        for (int i = 0; i < 20000; ++i) {
            const int scale = int(next() % 12);
            const std::int64_t mantissa = std::int64_t(next() % 100000000000000ULL) * (next() % 2 ? 1 : -1);
            const QString text = QString::number(mantissa);
            const auto d = Decimal::fromString(
                scale == 0 ? text
                           : QString::number(mantissa / std::int64_t(std::pow(10, scale))) + u'.' +
                                 QString::number(std::abs(mantissa % std::int64_t(std::pow(10, scale))))
                                     .rightJustified(scale, u'0'));
            QVERIFY(d.has_value());
            QCOMPARE(d->toDouble(), d->toString().toDouble());
        }
        QCOMPARE(Decimal::fromString(QStringLiteral("63570000"))->toDouble(), 63570000.0);
        QCOMPARE(Decimal::fromString(QStringLiteral("0.00123456"))->toDouble(), 0.00123456);
    }

    // Fuzzing (tests/fuzz/): every seed and every input a fuzzer found a defect with, through the
    // same harness the fuzz_decimal target runs.
    void fuzzInputs_data()
    {
        autocoin::fuzz::addFuzzInputs(QStringLiteral("fuzz_decimal"));
    }
    void fuzzInputs()
    {
        QFETCH(QByteArray, input);
        autocoin::fuzz::replayFuzzInput(autocoin::fuzz::decimal, input);
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
