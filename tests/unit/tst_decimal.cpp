#include "core/Decimal.h"

#include "DecimalHarness.h"
#include "FuzzFindings.h"

#include <QTest>

#include <cmath>

using autocoin::Decimal;

namespace {

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

    void toDoubleEqualsTheTextConversion()
    {
        // The fast exact path and the long-double path both give the double the text gives.
        quint64 seed = 12345;
        const auto next = [&seed] {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            return seed >> 11;
        };
        for (int i = 0; i < 20000; ++i) {
            const int scale = int(next() % 12);
            const qint64 mantissa = qint64(next() % 100000000000000ULL) * (next() % 2 ? 1 : -1);
            const QString text = QString::number(mantissa);
            const auto d =
                Decimal::fromString(scale == 0 ? text
                                               : QString::number(mantissa / qint64(std::pow(10, scale))) + u'.' +
                                                     QString::number(std::abs(mantissa % qint64(std::pow(10, scale))))
                                                         .rightJustified(scale, u'0'));
            QVERIFY(d.has_value());
            QCOMPARE(d->toDouble(), d->toString().toDouble());
        }
        QCOMPARE(Decimal::fromString(QStringLiteral("63570000"))->toDouble(), 63570000.0);
        QCOMPARE(Decimal::fromString(QStringLiteral("0.00123456"))->toDouble(), 0.00123456);
    }

    // Fuzzing (tests/fuzz/): every seed and every input a fuzzer found a defect with, through the
    // same harness the fuzz_decimal target runs.
    void fuzzInputs_data() { autocoin::fuzz::addFuzzInputs(QStringLiteral("fuzz_decimal")); }
    void fuzzInputs()
    {
        QFETCH(QByteArray, input);
        autocoin::fuzz::replayFuzzInput(autocoin::fuzz::decimal, input);
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
