#include "rules/Universe.h"

#include <QTest>

using namespace autocoin;

namespace {

Ticker ticker(const char *market, const char *tradedValue)
{
    Ticker t;
    t.market = QString::fromLatin1(market);
    t.tradePrice = Decimal(1000);
    t.accTradePrice24h = *Decimal::fromString(QString::fromLatin1(tradedValue));
    return t;
}

Market market(const char *code, bool warning = false, const QStringList &cautions = {})
{
    Market m;
    m.code = QString::fromLatin1(code);
    m.warning = warning;
    m.cautions = cautions;
    return m;
}

QStringList codes(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *code : list)
        out.append(QString::fromLatin1(code));
    return out;
}

} // namespace

class TestUniverse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void highestTradedValueFirst()
    {
        // Values differing only far behind the point still order exactly (no double rounding).
        const QList<Ticker> tickers = {ticker("KRW-ETH", "98765432109.5"), ticker("KRW-BTC", "366228795843.045"),
                                       ticker("KRW-XRP", "98765432109.50000001"), ticker("KRW-SOL", "1234567")};
        const QList<Market> markets = {market("KRW-BTC"), market("KRW-ETH"), market("KRW-XRP"), market("KRW-SOL")};
        QCOMPARE(topByTradedValue(tickers, markets, 3, true), codes({"KRW-BTC", "KRW-XRP", "KRW-ETH"}));
        QCOMPARE(topByTradedValue(tickers, markets, 10, true), codes({"KRW-BTC", "KRW-XRP", "KRW-ETH", "KRW-SOL"}));
        QCOMPARE(topByTradedValue(tickers, markets, 0, true), QStringList());
        QCOMPARE(topByTradedValue(tickers, markets, -1, true), QStringList());
    }

    void tiesByMarketCode()
    {
        const QList<Ticker> tickers = {ticker("KRW-XRP", "500"), ticker("KRW-ADA", "500"), ticker("KRW-BTC", "900"),
                                       ticker("KRW-DOGE", "500")};
        const QList<Market> markets = {market("KRW-XRP"), market("KRW-ADA"), market("KRW-BTC"), market("KRW-DOGE")};
        QCOMPARE(topByTradedValue(tickers, markets, 3, false), codes({"KRW-BTC", "KRW-ADA", "KRW-DOGE"}));
    }

    void warnedCautionedDelistedAndForeignMarketsAreSkipped()
    {
        const QList<Ticker> tickers = {
            ticker("KRW-SHIB", "9000"), // 유의: never
            ticker("KRW-PEPE", "8000"), // 주의: only when cautions are not skipped
            ticker("KRW-GONE", "7000"), // not in the list any more: delisted
            ticker("BTC-ETH", "6000"),  // not a KRW market
            ticker("KRW-BTC", "5000"),  ticker("KRW-ETH", "4000"),
            ticker("KRW-BTC", "1"), // a second answer for one market counts once
        };
        const QList<Market> markets = {market("KRW-SHIB", true),
                                       market("KRW-PEPE", false, {QStringLiteral("TRADING_VOLUME_SOARING")}),
                                       market("BTC-ETH"), market("KRW-BTC"), market("KRW-ETH")};
        QCOMPARE(topByTradedValue(tickers, markets, 3, true), codes({"KRW-BTC", "KRW-ETH"}));
        QCOMPARE(topByTradedValue(tickers, markets, 3, false), codes({"KRW-PEPE", "KRW-BTC", "KRW-ETH"}));
        QCOMPARE(topByTradedValue(tickers, markets, 1, false), codes({"KRW-PEPE"}));
    }

    void nothingListedNothingPicked()
    {
        QCOMPARE(topByTradedValue({ticker("KRW-BTC", "5")}, {}, 3, true), QStringList());
        QCOMPARE(topByTradedValue({}, {market("KRW-BTC")}, 3, true), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestUniverse)
#include "tst_universe.moc"
