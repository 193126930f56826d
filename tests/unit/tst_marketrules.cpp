#include "rules/MarketRules.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace autocoin;

namespace {

Decimal d(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}
const QString kBtc = QStringLiteral("KRW-BTC");

OrderRequest limit(const char *price, const char *volume, OrderSide side = OrderSide::Buy)
{
    OrderRequest r;
    r.market = kBtc;
    r.side = side;
    r.type = OrderType::Limit;
    r.price = d(price);
    r.volume = d(volume);
    r.clientOrderId = QStringLiteral("ac-test");
    return r;
}

} // namespace

class TestMarketRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clientOrderIdsAreOursAndRandom()
    {
        // "ac-" + a random UUID's 32 hex digits in QUuid::Id128's order: its version nibble (4)
        // and variant bits are where that order puts them.
        const QRegularExpression shape(QStringLiteral("^ac-[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$"));
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString id = OrderRequest::newClientOrderId();
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            QVERIFY(OrderRequest::isOurClientOrderId(id));
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 1000);
    }

    void upbitTickTableAtItsBoundaries_data()
    {
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("tick");
        const QList<QPair<const char *, const char *>> rows = {{"2000000", "1000"},
                                                               {"1000000", "1000"},
                                                               {"999999", "500"},
                                                               {"500000", "500"},
                                                               {"499999", "100"},
                                                               {"100000", "100"},
                                                               {"99999", "50"},
                                                               {"50000", "50"},
                                                               {"49999", "10"},
                                                               {"10000", "10"},
                                                               {"9999", "5"},
                                                               {"5000", "5"},
                                                               {"4999", "1"},
                                                               {"1000", "1"},
                                                               {"999", "1"},
                                                               {"100", "1"},
                                                               {"99.9", "0.1"},
                                                               {"10", "0.1"},
                                                               {"9.99", "0.01"},
                                                               {"1", "0.01"},
                                                               {"0.999", "0.001"},
                                                               {"0.1", "0.001"},
                                                               {"0.0999", "0.0001"},
                                                               {"0.00001", "0.0000001"},
                                                               {"0.000009", "0.00000001"}};
        for (const auto &[price, tick] : rows)
            QTest::newRow(price) << QString::fromLatin1(price) << QString::fromLatin1(tick);
    }
    void upbitTickTableAtItsBoundaries()
    {
        QFETCH(QString, price);
        QFETCH(QString, tick);
        const MarketRules rules = MarketRules::forExchange(Exchange::Upbit);
        QCOMPARE(rules.tableTickSize(*Decimal::fromString(price)).toString(), tick);
    }

    void bithumbDiffersBelowHundred()
    {
        const MarketRules rules = MarketRules::forExchange(Exchange::Bithumb);
        QCOMPARE(rules.tableTickSize(d("100")), d("1"));
        QCOMPARE(rules.tableTickSize(d("99")), d("0.01"));
        QCOMPARE(rules.tableTickSize(d("5")), d("0.001"));
        QCOMPARE(rules.tableTickSize(d("0.5")), d("0.0001"));
        QCOMPARE(rules.defaultFeeRate(), d("0.0025"));
        QCOMPARE(MarketRules::forExchange(Exchange::Upbit).defaultFeeRate(), d("0.0005"));
    }

    void roundingNeverProducesAnOffTickPrice()
    {
        const MarketRules rules = MarketRules::forExchange(Exchange::Upbit);
        QCOMPARE(rules.roundPriceDown(kBtc, d("63571234")), d("63571000"));
        QCOMPARE(rules.roundPriceUp(kBtc, d("63571234")), d("63572000"));
        QCOMPARE(rules.roundPriceDown(kBtc, d("999999")), d("999500"));
        // Rounding up crosses into the 1,000 band: the result must be on that grid.
        QCOMPARE(rules.roundPriceUp(kBtc, d("999501")), d("1000000"));
        QCOMPARE(rules.roundPriceDown(kBtc, d("1000000")), d("1000000"));
        for (const char *p : {"12345.678", "4999.5", "99.95", "0.123456", "750001"}) {
            QVERIFY(rules.isOnTick(kBtc, rules.roundPriceDown(kBtc, d(p))));
            QVERIFY(rules.isOnTick(kBtc, rules.roundPriceUp(kBtc, d(p))));
            QVERIFY(rules.roundPriceDown(kBtc, d(p)) <= d(p));
            QVERIFY(rules.roundPriceUp(kBtc, d(p)) >= d(p));
        }
    }

    void roundingIsTheDecimalSnapToTheLastDigit()
    {
        // The rules snap on 64-bit units when they can: the result must be the Decimal that
        // floorToStep / ceilToStep give, to its representation (scale), for every magnitude and
        // scale, negative prices, non-normalised inputs, a live tick, and numbers past 64 bits
        // (which take Decimal's own path).
        MarketRules upbit = MarketRules::forExchange(Exchange::Upbit);
        upbit.setLiveTickSize(QStringLiteral("KRW-USDT"), d("0.5"));
        const MarketRules bithumb = MarketRules::forExchange(Exchange::Bithumb);
        QList<Decimal> prices;
        for (const char *p :
             {"0", "1", "-1", "999999.5", "999501", "1000000", "63571234", "0.000000001234", "123456789012345678901.5",
              "-123456789012345678901.5", "9223372036854775807", "0.123456789012345678", "4999.99999999"})
            prices.append(d(p));
        QRandomGenerator random(16);
        for (int i = 0; i < 4000; ++i) {
            const std::int64_t units = std::int64_t(random.generate64() >> random.bounded(1, 63)) * (i % 7 ? 1 : -1);
            const Decimal price = Decimal::fromUnits(units, random.bounded(0, 13));
            prices.append(i % 3 ? price : price.rounded(price.scale() + 2)); // also with trailing zeros
        }
        const auto same = [](const Decimal &a, const Decimal &b) {
            return a == b && a.scale() == b.scale() && a.toString() == b.toString();
        };
        for (const MarketRules *rules : {static_cast<const MarketRules *>(&upbit), &bithumb}) {
            for (const QString &market : {kBtc, QStringLiteral("KRW-USDT")}) {
                for (const Decimal &price : prices) {
                    const Decimal tick = rules->tickSize(market, price);
                    const Decimal down = price.floorToStep(tick);
                    const Decimal once = price.ceilToStep(tick);
                    const Decimal up = once.ceilToStep(rules->tickSize(market, once));
                    QVERIFY2(same(rules->roundPriceDown(market, price), down), qPrintable(price.toString()));
                    QVERIFY2(same(rules->roundPriceUp(market, price), up), qPrintable(price.toString()));
                    QCOMPARE(rules->isOnTick(market, price), down == price);
                }
            }
        }
    }

    void liveTickWins()
    {
        MarketRules rules = MarketRules::forExchange(Exchange::Upbit);
        rules.setLiveTickSize(QStringLiteral("KRW-USDT"), d("0.5"));
        QCOMPARE(rules.tickSize(QStringLiteral("KRW-USDT"), d("1400")), d("0.5"));
        QVERIFY(rules.isOnTick(QStringLiteral("KRW-USDT"), d("1400.5")));
        QVERIFY(!rules.isOnTick(kBtc, d("1400.5")));
    }

    void minimumTotalAtItsBoundary()
    {
        MarketRules rules = MarketRules::forExchange(Exchange::Upbit);
        QVERIFY(!rules.validate(limit("5000", "1")).has_value());
        const auto below = rules.validate(limit("4999", "1"));
        QVERIFY(below.has_value());
        QCOMPARE(below->kind, ExchangeError::Kind::InvalidOrder);
        QVERIFY(below->message.contains(QStringLiteral("minimum")));
        // The exchange may say otherwise.
        OrderChance chance;
        chance.market = kBtc;
        chance.minBidTotal = d("10000");
        chance.minAskTotal = d("7000");
        rules.applyChance(chance);
        QVERIFY(rules.validate(limit("5000", "1")).has_value());
        QVERIFY(!rules.validate(limit("7000", "1", OrderSide::Sell)).has_value());
    }

    void offTickAndPrecisionRefused()
    {
        const MarketRules rules = MarketRules::forExchange(Exchange::Upbit);
        const auto offTick = rules.validate(limit("63570500", "0.001"));
        QVERIFY(offTick.has_value());
        QVERIFY(offTick->message.contains(QStringLiteral("tick")));
        QVERIFY(rules.validate(limit("63570000", "0.000000001")).has_value());
        QCOMPARE(rules.truncateVolume(d("0.123456789")), d("0.12345678"));
        OrderRequest noId = limit("63570000", "0.001");
        noId.clientOrderId.clear();
        QVERIFY(rules.validate(noId).has_value());
    }

    void marketOrders()
    {
        const MarketRules rules = MarketRules::forExchange(Exchange::Upbit);
        OrderRequest buy;
        buy.market = kBtc;
        buy.type = OrderType::MarketBuy;
        buy.price = d("5000");
        buy.clientOrderId = QStringLiteral("ac-1");
        QVERIFY(!rules.validate(buy).has_value());
        buy.price = d("4999");
        QVERIFY(rules.validate(buy).has_value());
        OrderRequest sell;
        sell.market = kBtc;
        sell.side = OrderSide::Sell;
        sell.type = OrderType::MarketSell;
        sell.volume = d("0.001");
        sell.clientOrderId = QStringLiteral("ac-2");
        QVERIFY(!rules.validate(sell).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMarketRules)
#include "tst_marketrules.moc"
