#include "FakeExchange.h"
#include "auth/Signing.h"
#include "http/HttpTransport.h"
#include "rest/RestExchangeClient.h"

#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

using namespace autocoin;
using autocoin::test::FakeExchange;
using autocoin::test::FakeRequest;
using autocoin::test::Fault;

namespace {

Decimal d(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

/// Runs one asynchronous call to completion (the event loop keeps the fake server serving).
template<typename T, typename Call> Result<T> await(Call call, int timeoutMs = 10000)
{
    std::optional<Result<T>> out;
    call([&out](const Result<T> &r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs)) {
        ExchangeError e;
        e.kind = ExchangeError::Kind::Timeout;
        e.message = QStringLiteral("the test gave up waiting");
        return e;
    }
    return *out;
}

/// The error of a failed result, for a failure message (QVERIFY2 evaluates it either way).
template<typename T> QString why(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().describe();
}

OrderRequest order(OrderType type, OrderSide side, const char *price, const char *volume)
{
    OrderRequest r;
    r.market = QStringLiteral("KRW-BTC");
    r.type = type;
    r.side = side;
    r.price = price ? d(price) : Decimal();
    r.volume = volume ? d(volume) : Decimal();
    r.clientOrderId = OrderRequest::newClientOrderId();
    return r;
}

} // namespace

class TestExchangeClients final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeExchange> m_fake;
    std::unique_ptr<RestExchangeClient> m_client;

    FakeExchange::Dialect dialect() const
    {
        return QTest::currentDataTag() == QByteArrayView("bithumb") ? FakeExchange::Dialect::Bithumb
                                                                    : FakeExchange::Dialect::Upbit;
    }
    ExchangeConfig config(const QString &secret = QString::fromLatin1(FakeExchange::kSecretKey)) const
    {
        ExchangeConfig c;
        c.exchange = dialect() == FakeExchange::Dialect::Upbit ? Exchange::Upbit : Exchange::Bithumb;
        c.baseUrl = m_fake->url();
        c.timeout = std::chrono::milliseconds(600);
        c.credentials = {QString::fromLatin1(FakeExchange::kAccessKey), secret};
        return c;
    }
    void makeClient(const ExchangeConfig &c)
    {
        if (c.exchange == Exchange::Upbit)
            m_client = std::make_unique<UpbitClient>(c);
        else
            m_client = std::make_unique<BithumbClient>(c);
    }
    static void bothExchanges()
    {
        QTest::addColumn<int>("unused");
        QTest::newRow("upbit") << 0;
        QTest::newRow("bithumb") << 1;
    }

private Q_SLOTS:
    void init()
    {
        if (!QTest::currentDataTag())
            return;
        m_fake = std::make_unique<FakeExchange>(dialect());
        QVERIFY(m_fake->start());
        makeClient(config());
    }
    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
    }

    void publicEndpoints_data() { bothExchanges(); }
    void publicEndpoints()
    {
        const auto markets = await<QList<Market>>([this](auto done) { m_client->fetchMarkets(done); });
        QVERIFY2(markets.ok(), qPrintable(why(markets)));
        QCOMPARE(markets.value().size(), 3); // KRW markets only: BTC-ETH is left out
        QCOMPARE(markets.value().at(0).koreanName, QStringLiteral("비트코인"));
        QVERIFY(markets.value().at(2).warning); // KRW-XRP is flagged on both dialects

        const auto ticker =
            await<Ticker>([this](auto done) { m_client->fetchTicker(QStringLiteral("KRW-BTC"), done); });
        QVERIFY(ticker.ok());
        QCOMPARE(ticker.value().tradePrice, d("63570000"));

        const auto tickers = await<QList<Ticker>>([this](auto done) { m_client->fetchTickers(done); });
        QVERIFY2(tickers.ok(), qPrintable(why(tickers)));
        QCOMPARE(tickers.value().size(), 3); // every KRW market, not BTC-ETH
        bool sawXrp = false;
        for (const Ticker &t : tickers.value())
            sawXrp |= t.market == u"KRW-XRP" && t.tradePrice == d("812.3");
        QVERIFY(sawXrp);

        const auto book =
            await<OrderBook>([this](auto done) { m_client->fetchOrderBook(QStringLiteral("KRW-BTC"), done); });
        QVERIFY(book.ok());
        QCOMPARE(book.value().asks.size(), 5);
        QVERIFY(book.value().asks.first().price > book.value().bids.first().price);
        QVERIFY(book.value().asks.at(1).price > book.value().asks.at(0).price);

        const auto trades =
            await<QList<PublicTrade>>([this](auto done) { m_client->fetchTrades(QStringLiteral("KRW-BTC"), 5, done); });
        QVERIFY(trades.ok());
        QCOMPARE(trades.value().first().price, d("63570000"));

        const auto tick =
            await<Decimal>([this](auto done) { m_client->fetchTickSize(QStringLiteral("KRW-BTC"), done); });
        QVERIFY(tick.ok());
        QCOMPARE(tick.value(), d("1000"));

        const auto unknown =
            await<Ticker>([this](auto done) { m_client->fetchTicker(QStringLiteral("KRW-NOPE"), done); });
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ExchangeError::Kind::NotFound);
        QCOMPARE(unknown.error().code, QStringLiteral("404")); // a numeric error name
    }

    void tickersOfListedMarketsInOneRequest_data() { bothExchanges(); }
    void tickersOfListedMarketsInOneRequest()
    {
        m_fake->setTradedValue(QStringLiteral("KRW-BTC"), QStringLiteral("366228795843.045"));
        m_fake->setTradedValue(QStringLiteral("KRW-ETH"), QStringLiteral("98765432109.5"));
        m_fake->setTradedValue(QStringLiteral("KRW-XRP"), QStringLiteral("1234567.25"));
        const int before = m_fake->requestCount();
        const QStringList wanted{QStringLiteral("KRW-XRP"), QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"),
                                 QStringLiteral("KRW-BTC")};
        const auto tickers = await<QList<Ticker>>([&](auto done) { m_client->fetchTickers(wanted, done); });
        QVERIFY2(tickers.ok(), qPrintable(why(tickers)));
        QCOMPARE(m_fake->requestCount() - before, 1);
        const FakeRequest request = m_fake->requests().constLast();
        QCOMPARE(request.path, QStringLiteral("/v1/ticker"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("markets")), QStringLiteral("KRW-XRP,KRW-BTC,KRW-ETH"));
        QCOMPARE(tickers.value().size(), 3); // in the listed order, the duplicate once
        QCOMPARE(tickers.value().at(0).market, QStringLiteral("KRW-XRP"));
        QCOMPARE(tickers.value().at(0).tradePrice, d("812.3"));
        QCOMPARE(tickers.value().at(0).accTradePrice24h, d("1234567.25"));
        QCOMPARE(tickers.value().at(1).market, QStringLiteral("KRW-BTC"));
        QCOMPARE(tickers.value().at(1).tradePrice, d("63570000"));
        QCOMPARE(tickers.value().at(1).accTradePrice24h, d("366228795843.045"));
        QCOMPARE(tickers.value().at(2).market, QStringLiteral("KRW-ETH"));
        QCOMPARE(tickers.value().at(2).tradePrice, d("4321000"));
        QCOMPARE(tickers.value().at(2).accTradePrice24h, d("98765432109.5"));

        // The all-markets form carries the traded value too (the "top N" universe reads it).
        const auto all = await<QList<Ticker>>([this](auto done) { m_client->fetchTickers(done); });
        QVERIFY2(all.ok(), qPrintable(why(all)));
        bool sawBtc = false;
        for (const Ticker &t : all.value())
            sawBtc |= t.market == u"KRW-BTC" && t.accTradePrice24h == d("366228795843.045");
        QVERIFY(sawBtc);

        // No market: no request.
        const int quiet = m_fake->requestCount();
        const auto none = await<QList<Ticker>>([this](auto done) { m_client->fetchTickers(QStringList(), done); });
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());
        QCOMPARE(m_fake->requestCount(), quiet);
    }

    void longMarketListsAreChunked_data() { bothExchanges(); }
    void longMarketListsAreChunked()
    {
        QStringList wanted;
        for (int i = 0; i < 150; ++i) {
            const QString market = QStringLiteral("KRW-C%1").arg(i, 3, 10, QLatin1Char('0'));
            m_fake->setPrice(market, QString::number(1000 + i));
            m_fake->setTradedValue(market, QString::number(i) + QStringLiteral(".5"));
            wanted.append(market);
        }
        const int before = m_fake->requestCount();
        const auto tickers = await<QList<Ticker>>([&](auto done) { m_client->fetchTickers(wanted, done); });
        QVERIFY2(tickers.ok(), qPrintable(why(tickers)));
        QCOMPARE(m_fake->requestCount() - before, 2); // 100 + 50: the URL stays short
        QCOMPARE(tickers.value().size(), 150);
        for (int i = 0; i < 150; ++i) {
            QCOMPARE(tickers.value().at(i).market, wanted.at(i));
            QCOMPARE(tickers.value().at(i).tradePrice, Decimal(1000 + i));
            QCOMPARE(tickers.value().at(i).accTradePrice24h, d(qPrintable(QString::number(i) + QStringLiteral(".5"))));
        }
    }

    void aListedMarketMissingFromTheAnswerIsNotFound_data() { bothExchanges(); }
    void aListedMarketMissingFromTheAnswerIsNotFound()
    {
        // The exchange answers 200 but leaves KRW-ETH out: never a silent short list.
        m_fake->injectFault(
            Fault::httpStatus(200, R"([{"market":"KRW-BTC","trade_price":63570000,"acc_trade_price_24h":5}])")
                .on("GET /v1/ticker"));
        const auto tickers = await<QList<Ticker>>([this](auto done) {
            m_client->fetchTickers({QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH")}, done);
        });
        QVERIFY(!tickers.ok());
        QCOMPARE(tickers.error().kind, ExchangeError::Kind::NotFound);
        QVERIFY2(tickers.error().message.contains(QStringLiteral("KRW-ETH")), qPrintable(why(tickers)));

        // A market the exchange does not know: its own 404.
        const auto unknown = await<QList<Ticker>>([this](auto done) {
            m_client->fetchTickers({QStringLiteral("KRW-BTC"), QStringLiteral("KRW-NOPE")}, done);
        });
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ExchangeError::Kind::NotFound);

        // An unreadable traded value is Malformed naming the field.
        m_fake->injectFault(
            Fault::httpStatus(200, R"([{"market":"KRW-BTC","trade_price":63570000,"acc_trade_price_24h":"lots"}])")
                .on("GET /v1/ticker"));
        const auto garbled = await<QList<Ticker>>(
            [this](auto done) { m_client->fetchTickers(QStringList{QStringLiteral("KRW-BTC")}, done); });
        QVERIFY(!garbled.ok());
        QCOMPARE(garbled.error().kind, ExchangeError::Kind::Malformed);
        QVERIFY2(garbled.error().message.contains(QStringLiteral("acc_trade_price_24h")), qPrintable(why(garbled)));
    }

    void cautionFlagsOfTheMarketList_data() { bothExchanges(); }
    void cautionFlagsOfTheMarketList()
    {
        // Each exchange's own flag names; Bithumb's come from /v1/market/virtual_asset_warning, where
        // the fake also lists an alert on KRW-BTC that ended an hour ago (it must not count).
        const bool upbit = dialect() == FakeExchange::Dialect::Upbit;
        const QString volume =
            upbit ? QStringLiteral("TRADING_VOLUME_SOARING") : QStringLiteral("TRADING_VOLUME_SUDDEN_FLUCTUATION");
        m_fake->setCaution(QStringLiteral("KRW-ETH"), volume, true);
        m_fake->setCaution(QStringLiteral("KRW-XRP"),
                           upbit ? QStringLiteral("PRICE_FLUCTUATIONS") : QStringLiteral("PRICE_SUDDEN_FLUCTUATION"),
                           false);
        m_fake->listMarket(QStringLiteral("KRW-SHIB"), QStringLiteral("시바이누"), QStringLiteral("Shiba Inu"),
                           QStringLiteral("0.0123"));
        m_fake->setWarning(QStringLiteral("KRW-SHIB"), true);
        const auto markets = await<QList<Market>>([this](auto done) { m_client->fetchMarkets(done); });
        QVERIFY2(markets.ok(), qPrintable(why(markets)));
        QCOMPARE(markets.value().size(), 4);
        QCOMPARE(markets.value().at(3).code, QStringLiteral("KRW-SHIB"));
        QCOMPARE(markets.value().at(3).koreanName, QStringLiteral("시바이누"));
        QVERIFY(markets.value().at(3).warning);
        const auto shib = await<Ticker>([this](auto done) { m_client->fetchTicker(QStringLiteral("KRW-SHIB"), done); });
        QVERIFY2(shib.ok(), qPrintable(why(shib)));
        QCOMPARE(shib.value().tradePrice, d("0.0123"));
        const Market &btc = markets.value().at(0);
        const Market &eth = markets.value().at(1);
        const Market &xrp = markets.value().at(2);
        QCOMPARE(eth.code, QStringLiteral("KRW-ETH"));
        QVERIFY(btc.cautions.isEmpty());
        QVERIFY(!eth.warning);
        QVERIFY(xrp.warning); // 유의 stays, whatever the 주의 flags say
        QVERIFY(xrp.cautions.isEmpty());
        QCOMPARE(eth.cautions, QStringList{volume});
    }

    /// Without the alert list a Bithumb sync would deliver every market uncautioned; it fails
    /// instead, so the engine keeps the last good sync's flags.
    void bithumbMarketAlertsFailTheWholeFetch_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<ExchangeError::Kind>("kind");
        QTest::addColumn<QString>("names");
        QTest::newRow("bithumb 500") << Fault::httpStatus(500) << ExchangeError::Kind::Server << QString();
        QTest::newRow("bithumb bad end_date")
            << Fault::httpStatus(200, R"([{"market":"KRW-ETH","warning_type":"PRICE_DIFFERENCE_HIGH",)"
                                      R"("end_date":"soon"}])")
            << ExchangeError::Kind::Malformed << QStringLiteral("end_date");
    }
    void bithumbMarketAlertsFailTheWholeFetch()
    {
        QFETCH(Fault, fault);
        QFETCH(ExchangeError::Kind, kind);
        QFETCH(QString, names);
        m_fake = std::make_unique<FakeExchange>(FakeExchange::Dialect::Bithumb);
        QVERIFY(m_fake->start());
        ExchangeConfig c = config();
        c.exchange = Exchange::Bithumb;
        makeClient(c);
        m_fake->injectFault(fault.on("GET /v1/market/virtual_asset_warning"));
        const auto markets = await<QList<Market>>([this](auto done) { m_client->fetchMarkets(done); });
        QVERIFY(!markets.ok());
        QCOMPARE(markets.error().kind, kind);
        QVERIFY2(markets.error().message.contains(names), qPrintable(why(markets)));
        // The next sync, answered, has the list again.
        const auto again = await<QList<Market>>([this](auto done) { m_client->fetchMarkets(done); });
        QVERIFY2(again.ok(), qPrintable(why(again)));
        QCOMPARE(again.value().size(), 3);
    }

    void candlePagingAcrossAThousandWithAGap_data() { bothExchanges(); }
    void candlePagingAcrossAThousandWithAGap()
    {
        const QDateTime start(QDate(2026, 11, 20), QTime(0, 0), QTimeZone::utc());
        QList<Candle> candles;
        for (int i = 0; i < 1100; ++i) {
            if (i >= 600 && i < 605)
                continue; // five minutes without a trade
            Candle c;
            c.openTime = start.addSecs(60LL * i);
            c.open = c.high = c.low = c.close = Decimal(60000000 + i * 1000);
            c.volume = d("0.5");
            candles.append(c);
        }
        m_fake->setCandles(QStringLiteral("KRW-BTC"), Timeframe::minutes(1), candles);
        const int before = m_fake->requestCount();
        CandleQuery query;
        query.market = QStringLiteral("KRW-BTC");
        query.timeframe = Timeframe::minutes(1);
        query.count = 1000;
        const auto series = await<CandleSeries>([this, query](auto done) { m_client->fetchCandles(query, done); });
        QVERIFY2(series.ok(), qPrintable(why(series)));
        const QList<Candle> &got = series.value().candles;
        QCOMPARE(got.size(), 1000);
        QCOMPARE(got.last().openTime, start.addSecs(60LL * 1099));
        for (qsizetype i = 1; i < got.size(); ++i)
            QVERIFY(got[i - 1].openTime < got[i].openTime); // oldest first, no duplicates
        QCOMPARE(series.value().gaps.size(), 1);
        QCOMPARE(series.value().gaps.first().from, start.addSecs(60LL * 600));
        QCOMPARE(series.value().gaps.first().missing, 5);
        QCOMPARE(series.value().duplicatesDropped, 0);
        QCOMPARE(m_fake->requestCount() - before, 5); // 200 per request

        // An explicit end: `to` in the exchange's own zone (the Bithumb fake refuses an offset).
        query.count = 10;
        query.to = start.addSecs(60LL * 50);
        const auto older = await<CandleSeries>([this, query](auto done) { m_client->fetchCandles(query, done); });
        QVERIFY2(older.ok(), qPrintable(why(older)));
        QCOMPARE(older.value().candles.size(), 10);
        QCOMPARE(older.value().candles.last().openTime, start.addSecs(60LL * 49));
    }

    void accountAndOrders_data() { bothExchanges(); }
    void accountAndOrders()
    {
        const auto balances = await<QList<Balance>>([this](auto done) { m_client->fetchBalances(done); });
        QVERIFY2(balances.ok(), qPrintable(why(balances)));
        QCOMPARE(balances.value().first().currency, QStringLiteral("KRW"));
        QCOMPARE(balances.value().first().balance, d("1000000"));

        const auto chance =
            await<OrderChance>([this](auto done) { m_client->fetchOrderChance(QStringLiteral("KRW-BTC"), done); });
        QVERIFY2(chance.ok(), qPrintable(why(chance)));
        QCOMPARE(chance.value().minBidTotal, d("5000"));
        const Decimal fee = chance.value().bidFee;
        QCOMPARE(m_client->rules().minTotal(QStringLiteral("KRW-BTC"), OrderSide::Sell), d("5000"));

        // A buy below the market rests on the book.
        const OrderRequest resting = order(OrderType::Limit, OrderSide::Buy, "60000000", "0.001");
        const auto placed = await<Order>([this, resting](auto done) { m_client->placeOrder(resting, done); });
        QVERIFY2(placed.ok(), qPrintable(why(placed)));
        QCOMPARE(placed.value().state, OrderState::Wait);
        QVERIFY(placed.value().complete);
        QCOMPARE(placed.value().clientOrderId, resting.clientOrderId);
        const auto open =
            await<QList<Order>>([this](auto done) { m_client->fetchOpenOrders(QStringLiteral("KRW-BTC"), done); });
        QVERIFY(open.ok());
        QCOMPARE(open.value().size(), 1);
        const auto byClientId = await<Order>(
            [this, resting](auto done) { m_client->fetchOrder(OrderRef::byClientId(resting.clientOrderId), done); });
        QVERIFY(byClientId.ok());
        QCOMPARE(byClientId.value().id, placed.value().id);
        QCOMPARE(m_fake->locked(QStringLiteral("KRW")), d("60000") + d("60000") * fee);

        const auto cancelled =
            await<Order>([this, placed](auto done) { m_client->cancelOrder(OrderRef::byId(placed.value().id), done); });
        QVERIFY2(cancelled.ok(), qPrintable(why(cancelled)));
        const auto after =
            await<Order>([this, placed](auto done) { m_client->fetchOrder(OrderRef::byId(placed.value().id), done); });
        QCOMPARE(after.value().state, OrderState::Cancel);
        QCOMPARE(m_fake->balance(QStringLiteral("KRW")), d("1000000"));
        QCOMPARE(m_fake->locked(QStringLiteral("KRW")), Decimal());

        // A marketable buy fills at the market: exact amounts, to the last won.
        const OrderRequest taker = order(OrderType::Limit, OrderSide::Buy, "64000000", "0.001");
        const auto filled = await<Order>([this, taker](auto done) { m_client->placeOrder(taker, done); });
        QVERIFY(filled.ok());
        QCOMPARE(filled.value().state, OrderState::Done);
        QCOMPARE(filled.value().executedVolume, d("0.001"));
        QCOMPARE(filled.value().fills.size(), 1);
        QCOMPARE(filled.value().fills.first().price, d("63570000"));
        const Decimal cost = d("63570") + d("63570") * fee;
        QCOMPARE(filled.value().paidFee, d("63570") * fee);
        QCOMPARE(m_fake->balance(QStringLiteral("KRW")), d("1000000") - cost);
        QCOMPARE(m_fake->balance(QStringLiteral("BTC")), d("0.001"));

        // Market sell by volume, market buy by KRW amount.
        const auto sold = await<Order>([this](auto done) {
            m_client->placeOrder(order(OrderType::MarketSell, OrderSide::Sell, nullptr, "0.001"), done);
        });
        QVERIFY2(sold.ok(), qPrintable(why(sold)));
        QCOMPARE(sold.value().executedVolume, d("0.001"));
        const auto bought = await<Order>([this](auto done) {
            m_client->placeOrder(order(OrderType::MarketBuy, OrderSide::Buy, "10000", nullptr), done);
        });
        QVERIFY2(bought.ok(), qPrintable(why(bought)));
        QVERIFY(bought.value().executedVolume.isPositive());
        QCOMPARE(bought.value().state, OrderState::Cancel); // Upbit-style: leftover KRW refunded
        QCOMPARE(m_fake->ordersCreated(), 4);
    }

    void partialFillThenCancel_data() { bothExchanges(); }
    void partialFillThenCancel()
    {
        const OrderRequest request = order(OrderType::Limit, OrderSide::Buy, "63000000", "0.002");
        const auto placed = await<Order>([this, request](auto done) { m_client->placeOrder(request, done); });
        QVERIFY(placed.ok());
        m_fake->setNextFillFraction(QStringLiteral("0.5"));
        m_fake->setPrice(QStringLiteral("KRW-BTC"), QStringLiteral("62990000"));
        const auto half =
            await<Order>([this, placed](auto done) { m_client->fetchOrder(OrderRef::byId(placed.value().id), done); });
        QCOMPARE(half.value().state, OrderState::Wait);
        QCOMPARE(half.value().executedVolume, d("0.001"));
        QCOMPARE(half.value().remainingVolume, d("0.001"));
        await<Order>([this, placed](auto done) { m_client->cancelOrder(OrderRef::byId(placed.value().id), done); });
        const auto final =
            await<Order>([this, placed](auto done) { m_client->fetchOrder(OrderRef::byId(placed.value().id), done); });
        QCOMPARE(final.value().state, OrderState::Cancel);
        QCOMPARE(final.value().executedVolume, d("0.001")); // partly filled, then cancelled
        QCOMPARE(m_fake->balance(QStringLiteral("BTC")), d("0.001"));
    }

    void exchangeRefusalsAreTyped_data() { bothExchanges(); }
    void exchangeRefusalsAreTyped()
    {
        // The fake checks what the client would also catch; skip the client's check to see the
        // exchange's own answer.
        m_fake->setBalance(QStringLiteral("KRW"), QStringLiteral("10000"));
        const auto poor = await<Order>([this](auto done) {
            m_client->placeOrder(order(OrderType::Limit, OrderSide::Buy, "63000000", "0.001"), done);
        });
        QVERIFY(!poor.ok());
        QCOMPARE(poor.error().kind, ExchangeError::Kind::InsufficientFunds);
        QVERIFY(poor.error().message.contains(QStringLiteral("부족")));

        const int before = m_fake->requestCount();
        const auto offTick = await<Order>([this](auto done) {
            m_client->placeOrder(order(OrderType::Limit, OrderSide::Buy, "63000500", "0.001"), done);
        });
        QCOMPARE(offTick.error().kind, ExchangeError::Kind::InvalidOrder);
        const auto tiny = await<Order>([this](auto done) {
            m_client->placeOrder(order(OrderType::Limit, OrderSide::Buy, "63000000", "0.00001"), done);
        });
        QCOMPARE(tiny.error().kind, ExchangeError::Kind::InvalidOrder);
        QCOMPARE(m_fake->requestCount(), before); // refused before anything was sent

        const auto missing =
            await<Order>([this](auto done) { m_client->fetchOrder(OrderRef::byId(QStringLiteral("nope")), done); });
        QCOMPARE(missing.error().kind, ExchangeError::Kind::NotFound);
        QCOMPARE(missing.error().code, QStringLiteral("order_not_found"));
    }

    void authenticationFailures_data() { bothExchanges(); }
    void authenticationFailures()
    {
        makeClient(config(QStringLiteral("wrong-secret")));
        const auto wrongSecret = await<QList<Balance>>([this](auto done) { m_client->fetchBalances(done); });
        QCOMPARE(wrongSecret.error().kind, ExchangeError::Kind::Authentication);
        QCOMPARE(wrongSecret.error().code, QStringLiteral("jwt_verification"));

        ExchangeConfig badKey = config();
        badKey.credentials.accessKey = QStringLiteral("someone-elses-key");
        makeClient(badKey);
        const auto wrongKey = await<QList<Balance>>([this](auto done) { m_client->fetchBalances(done); });
        QCOMPARE(wrongKey.error().code, QStringLiteral("invalid_access_key"));

        ExchangeConfig none = config();
        none.credentials = {};
        makeClient(none);
        const int before = m_fake->requestCount();
        const auto noKeys = await<QList<Balance>>([this](auto done) { m_client->fetchBalances(done); });
        QCOMPARE(noKeys.error().code, QStringLiteral("no_credentials"));
        QCOMPARE(m_fake->requestCount(), before);

        // Every request carries a new nonce and, for the order query, a matching query_hash.
        makeClient(config());
        for (int i = 0; i < 3; ++i)
            QVERIFY(await<QList<Order>>([this](auto done) {
                        m_client->fetchOpenOrders(QStringLiteral("KRW-BTC"), done);
                    }).ok());
        QCOMPARE(m_fake->authFailures().size(), 2);
    }

    void bithumbTimestampWindow()
    {
        m_fake = std::make_unique<FakeExchange>(FakeExchange::Dialect::Bithumb);
        QVERIFY(m_fake->start());
        ExchangeConfig c;
        c.exchange = Exchange::Bithumb;
        c.baseUrl = m_fake->url();
        c.credentials = {QString::fromLatin1(FakeExchange::kAccessKey), QString::fromLatin1(FakeExchange::kSecretKey)};
        m_client = std::make_unique<BithumbClient>(c);
        m_fake->setClockOffsetMs(60000); // this computer's clock is a minute behind
        const auto skewed = await<QList<Balance>>([this](auto done) { m_client->fetchBalances(done); });
        QCOMPARE(skewed.error().kind, ExchangeError::Kind::Authentication);
        QCOMPARE(skewed.error().code, QStringLiteral("expired_jwt"));
    }

    void bithumbLegacyApiSign()
    {
        m_fake = std::make_unique<FakeExchange>(FakeExchange::Dialect::Bithumb);
        QVERIFY(m_fake->start());
        HttpTransport transport;
        const QString endpoint = QStringLiteral("/info/balance");
        const QByteArray body = auth::legacyFormBody(endpoint, {{QStringLiteral("currency"), QStringLiteral("ALL")}});
        const auto post = [&](const QString &secret) {
            HttpRequest request;
            request.method = "POST";
            request.url = m_fake->url().resolved(QUrl(endpoint));
            request.body = body;
            request.contentType = "application/x-www-form-urlencoded";
            request.authorize = [endpoint, body, secret] {
                const QByteArray nonce = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
                return HttpRequest::Headers{{"Api-Key", FakeExchange::kAccessKey},
                                            {"Api-Nonce", nonce},
                                            {"Api-Sign", auth::legacyApiSign(endpoint, body, nonce, secret)}};
            };
            std::optional<HttpResponse> out;
            transport.send(request, [&out](const HttpResponse &r) { out = r; });
            [[maybe_unused]] const bool answered = QTest::qWaitFor([&out] { return out.has_value(); }, 5000);
            return out.value_or(HttpResponse{});
        };
        const HttpResponse good = post(QString::fromLatin1(FakeExchange::kSecretKey));
        QVERIFY(good.body.contains("\"status\":\"0000\""));
        QVERIFY(good.body.contains("\"available_krw\":\"1000000\""));
        const HttpResponse bad = post(QStringLiteral("wrong"));
        QVERIFY(bad.body.contains("5100"));
    }

    void faultsMapToTypedErrors_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<ExchangeError::Kind>("kind");
        QTest::newRow("500") << Fault::httpStatus(500) << ExchangeError::Kind::Server;
        QTest::newRow("503 html") << Fault::httpStatus(503, "<html>down</html>") << ExchangeError::Kind::Server;
        QTest::newRow("timeout") << Fault::hang() << ExchangeError::Kind::Timeout;
        QTest::newRow("dropped") << Fault::close() << ExchangeError::Kind::Network;
        QTest::newRow("malformed") << Fault::malformed() << ExchangeError::Kind::Malformed;
        QTest::newRow("truncated") << Fault::truncated() << ExchangeError::Kind::Malformed;
        QTest::newRow("429") << Fault::httpStatus(429, R"({"error":{"name":"too_many_requests","message":"x"}})")
                             << ExchangeError::Kind::RateLimited;
        QTest::newRow("418") << Fault::httpStatus(418, "banned for 3 seconds") << ExchangeError::Kind::Banned;
    }
    void faultsMapToTypedErrors()
    {
        QFETCH(Fault, fault);
        QFETCH(ExchangeError::Kind, kind);
        m_fake = std::make_unique<FakeExchange>(FakeExchange::Dialect::Upbit);
        QVERIFY(m_fake->start());
        ExchangeConfig c;
        c.exchange = Exchange::Upbit;
        c.baseUrl = m_fake->url();
        c.timeout = std::chrono::milliseconds(500);
        m_client = std::make_unique<UpbitClient>(c);
        m_fake->injectFault(fault, 3);
        const auto result =
            await<Ticker>([this](auto done) { m_client->fetchTicker(QStringLiteral("KRW-BTC"), done); });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, kind);
        if (kind == ExchangeError::Kind::Banned) {
            // While banned nothing reaches the exchange; the refusal says how long is left.
            const int before = m_fake->requestCount();
            const auto next =
                await<Ticker>([this](auto done) { m_client->fetchTicker(QStringLiteral("KRW-BTC"), done); });
            QCOMPARE(next.error().kind, ExchangeError::Kind::Banned);
            QVERIFY(next.error().retryAfterMs > 0 && next.error().retryAfterMs <= 3000);
            QCOMPARE(m_fake->requestCount(), before);
        }
    }

    void burstNeverExceedsTheLimit()
    {
        m_fake = std::make_unique<FakeExchange>(FakeExchange::Dialect::Upbit);
        QVERIFY(m_fake->start());
        ExchangeConfig c;
        c.exchange = Exchange::Upbit;
        c.baseUrl = m_fake->url();
        m_client = std::make_unique<UpbitClient>(c);
        int answered = 0;
        int failed = 0;
        for (int i = 0; i < 25; ++i) {
            m_client->fetchTicker(QStringLiteral("KRW-BTC"), [&](const Result<Ticker> &r) {
                ++answered;
                failed += r.ok() ? 0 : 1;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, 25, 15000);
        QCOMPARE(failed, 0);
        QCOMPARE(m_fake->rateLimitRefusals(), 0);
        QVERIFY2(m_fake->peakPerSecond(QStringLiteral("ticker")) <= 10,
                 qPrintable(QString::number(m_fake->peakPerSecond(QStringLiteral("ticker")))));
    }

    void lostPlacementAnswerRecoversExactlyOneOrder_data() { bothExchanges(); }
    void lostPlacementAnswerRecoversExactlyOneOrder()
    {
        m_fake->injectFault(Fault::loseResponse());
        const OrderRequest request = order(OrderType::Limit, OrderSide::Buy, "60000000", "0.001");
        const auto result = await<Order>([this, request](auto done) { m_client->placeOrder(request, done); });
        QVERIFY2(result.ok(), qPrintable(why(result)));
        QCOMPARE(result.value().clientOrderId, request.clientOrderId);
        QCOMPARE(result.value().state, OrderState::Wait);
        QCOMPARE(m_fake->ordersCreated(), 1);
        const auto open =
            await<QList<Order>>([this](auto done) { m_client->fetchOpenOrders(QStringLiteral("KRW-BTC"), done); });
        QCOMPARE(open.value().size(), 1);
    }

    void timedOutPlacementNotFoundYetStaysUnknown_data() { bothExchanges(); }
    void timedOutPlacementNotFoundYetStaysUnknown()
    {
        // One 404 right after a lost answer proves nothing (exchanges are eventually consistent):
        // the caller keeps looking the order up and decides "never placed" only after a grace period.
        m_fake->injectFault(Fault::hang());
        const auto result = await<Order>([this](auto done) {
            m_client->placeOrder(order(OrderType::Limit, OrderSide::Buy, "60000000", "0.001"), done);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ExchangeError::Kind::Timeout);
        QVERIFY(result.error().orderStateUnknown);
        QVERIFY(result.error().message.contains(QStringLiteral("not found yet")));
        QCOMPARE(m_fake->ordersCreated(), 0);
    }

    void unknownWhenEvenTheLookupFails_data() { bothExchanges(); }
    void unknownWhenEvenTheLookupFails()
    {
        m_fake->injectFault(Fault::loseResponse());
        // Qt may resend the lost POST by itself; the copy and the lookup both meet a 503.
        m_fake->injectFault(Fault::httpStatus(503), 3);
        const auto result = await<Order>([this](auto done) {
            m_client->placeOrder(order(OrderType::Limit, OrderSide::Buy, "60000000", "0.001"), done);
        });
        QVERIFY(!result.ok());
        QVERIFY(result.error().orderStateUnknown);
        QCOMPARE(m_fake->ordersCreated(), 1); // exactly one, and the caller knows to look again
    }
};

QTEST_GUILESS_MAIN(TestExchangeClients)
#include "tst_exchangeclients.moc"
