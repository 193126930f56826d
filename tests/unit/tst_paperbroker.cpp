#include "execution/PaperBroker.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace autocoin;

namespace {

Decimal d(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

const QString kBtc = QStringLiteral("KRW-BTC");
const QDateTime kNow(QDate(2026, 11, 22), QTime(3, 0), QTimeZone::utc());

OrderBook book()
{
    OrderBook b;
    b.market = kBtc;
    b.asks = {{d("63570000"), d("0.001")}, {d("63571000"), d("0.002")}, {d("63575000"), d("1")}};
    b.bids = {{d("63569000"), d("0.001")}, {d("63568000"), d("0.003")}, {d("63560000"), d("1")}};
    return b;
}

OrderRequest request(OrderType type, OrderSide side, const char *price, const char *volume)
{
    OrderRequest r;
    r.market = kBtc;
    r.type = type;
    r.side = side;
    r.price = price ? d(price) : Decimal();
    r.volume = volume ? d(volume) : Decimal();
    r.clientOrderId = OrderRequest::newClientOrderId();
    return r;
}

OrderRequest request(OrderType type, OrderSide side, const Decimal &price, const Decimal &volume)
{
    OrderRequest r = request(type, side, nullptr, nullptr);
    r.price = price;
    r.volume = volume;
    return r;
}

PaperBroker broker(const char *krw = "1000000")
{
    return PaperBroker(MarketRules::forExchange(Exchange::Upbit), d("0.0005"), d("0.001"), d(krw));
}

} // namespace

class TestPaperBroker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marketBuyByKrwWalksTheBook()
    {
        PaperBroker b = broker();
        const auto order = b.place(request(OrderType::MarketBuy, OrderSide::Buy, "200000", nullptr), book(), {}, kNow);
        QVERIFY(order.ok());
        // 0.001 at the best ask, 0.002 at the next, the rest at the third level.
        QCOMPARE(order.value().fills.size(), 3);
        QCOMPARE(order.value().fills.at(0).price, d("63570000"));
        QCOMPARE(order.value().fills.at(0).volume, d("0.001"));
        QCOMPARE(order.value().fills.at(1).volume, d("0.002"));
        const Decimal spent = order.value().executedFunds + order.value().paidFee;
        QVERIFY(spent <= d("200000"));
        QVERIFY(d("200000") - spent <
                d("63575000") * d("0.00000001") * d("1.0005")); // less than one satoshi's worth left
        QCOMPARE(b.krwAvailable(), d("1000000") - spent);       // to the last unit
        QCOMPARE(b.coinAvailable(QStringLiteral("BTC")), order.value().executedVolume);
        QCOMPARE(order.value().paidFee, order.value().executedFunds * d("0.0005"));
        QCOMPARE(order.value().state, OrderState::Cancel); // leftover KRW, as Upbit reports a market buy
    }

    void marketBuyWalksABookOfEighteenDecimalPrices()
    {
        // Exact but long prices (as strings from the exchange): the walk divides the budget by
        // price × fee factor, a division whose scaled numerator needs more than 128 bits.
        PaperBroker b = broker();
        OrderBook longBook;
        longBook.market = kBtc;
        longBook.asks = {{d("63570000.123456789012345678"), d("0.001")}, {d("63571000.000000000000000001"), d("1")}};
        const auto order =
            b.place(request(OrderType::MarketBuy, OrderSide::Buy, "200000", nullptr), longBook, {}, kNow);
        QVERIFY2(order.ok(), order.ok() ? "" : qPrintable(order.error().message));
        QCOMPARE(order.value().fills.size(), 2);
        QCOMPARE(order.value().fills.at(0).price, d("63570000.123456789012345678"));
        QCOMPARE(order.value().fills.at(0).volume, d("0.001"));
        const Decimal spent = order.value().executedFunds + order.value().paidFee;
        QVERIFY(spent <= d("200000"));
        QVERIFY(d("200000") - spent < d("63571000") * d("0.00000001") * d("1.0005"));
        QCOMPARE(b.krwAvailable(), d("1000000") - spent); // to the last unit, nothing rounded
        QCOMPARE(b.coinAvailable(QStringLiteral("BTC")), order.value().executedVolume);
    }

    void anOrderWhoseAmountsCannotBeHeldIsRefusedAndChangesNothing()
    {
        // Sizes with 8 decimals at 18-decimal prices give funds with 30: against a balance of
        // 10^11 KRW that leaves Decimal's range halfway through the walk.
        PaperBroker b = broker("100000000000");
        OrderBook longBook;
        longBook.market = kBtc;
        longBook.asks = {{d("63570000.123456789012345678"), d("0.00123457")},
                         {d("63571000.000000000000000001"), d("1000")}};
        const auto order =
            b.place(request(OrderType::MarketBuy, OrderSide::Buy, "1000000000", nullptr), longBook, {}, kNow);
        QVERIFY(!order.ok());
        QVERIFY2(order.error().message.contains(QStringLiteral("cannot be represented exactly")),
                 qPrintable(order.error().message));
        QCOMPARE(b.krwAvailable(), d("100000000000"));
        QVERIFY(b.coinAvailable(QStringLiteral("BTC")).isZero());
        QVERIFY(b.fills().isEmpty());
        QVERIFY(!b.position(kBtc).has_value());
        // The broker still works after the refusal.
        QVERIFY(b.place(request(OrderType::MarketBuy, OrderSide::Buy, "200000", nullptr), book(), {}, kNow).ok());
    }

    void aRefusedOrderLeavesAHeldPositionAsItWas()
    {
        // The refusal puts back what the walk had changed before it threw: the cash, the coin,
        // the position (its cost and entry time), the held markets, the fills and the order ids.
        PaperBroker b = broker("100000000000");
        const auto first = b.place(request(OrderType::MarketBuy, OrderSide::Buy, "200000", nullptr), book(), {}, kNow);
        QVERIFY(first.ok());
        QVERIFY(first.value().id.endsWith(QStringLiteral("-000001")));
        const Decimal krw = b.krwAvailable();
        const Decimal coin = b.coinAvailable(QStringLiteral("BTC"));
        const PaperPosition held = *b.position(kBtc);
        const QStringList markets = b.heldMarkets();
        const qsizetype fills = b.fillCount();
        const auto expectUnchanged = [&] {
            QCOMPARE(b.krwAvailable(), krw);
            QCOMPARE(b.coinAvailable(QStringLiteral("BTC")), coin);
            QVERIFY(b.coinLocked(QStringLiteral("BTC")).isZero());
            QVERIFY(b.position(kBtc).has_value());
            QCOMPARE(b.position(kBtc)->volume, held.volume);
            QCOMPARE(b.position(kBtc)->cost, held.cost);
            QCOMPARE(b.position(kBtc)->entryTime, held.entryTime);
            QCOMPARE(b.heldMarkets(), markets);
            QCOMPARE(b.fillCount(), fills);
            QVERIFY(b.realizedPnl().isZero());
        };
        OrderBook longBook;
        longBook.market = kBtc;
        longBook.asks = {{d("63570000.123456789012345678"), d("0.00123457")},
                         {d("63571000.000000000000000001"), d("1000")}};
        longBook.bids = {{d("63569000"), d("0.00000001")}, {d("63568000.000000000000000001"), d("1000")}};
        const QDateTime later = kNow.addSecs(60);
        QVERIFY(
            !b.place(request(OrderType::MarketBuy, OrderSide::Buy, "1000000000", nullptr), longBook, {}, later).ok());
        expectUnchanged();
        const auto sell =
            b.place(request(OrderType::MarketSell, OrderSide::Sell, Decimal(), coin), longBook, {}, later);
        QVERIFY(!sell.ok());
        expectUnchanged();
        // The refused orders' ids are not used up, as nothing of them stays.
        const auto next = b.place(request(OrderType::MarketSell, OrderSide::Sell, Decimal(), coin), book(), {}, later);
        QVERIFY(next.ok());
        QVERIFY2(next.value().id.endsWith(QStringLiteral("-000002")), qPrintable(next.value().id));
        QVERIFY(!b.position(kBtc).has_value());
        QVERIFY(b.heldMarkets().isEmpty());
    }

    void marketSellWalksTheBidsAndRealisesPnl()
    {
        PaperBroker b = broker();
        QVERIFY(b.place(request(OrderType::MarketBuy, OrderSide::Buy, "100000", nullptr), book(), {}, kNow).ok());
        const Decimal held = b.coinAvailable(QStringLiteral("BTC"));
        const Decimal cost = b.position(kBtc)->cost;
        const auto sold = b.place(request(OrderType::MarketSell, OrderSide::Sell, Decimal(), held), book(), {}, kNow);
        QVERIFY(sold.ok());
        QCOMPARE(sold.value().state, OrderState::Done);
        QCOMPARE(sold.value().fills.at(0).price, d("63569000"));
        QVERIFY(!b.position(kBtc).has_value());
        const Decimal proceeds = sold.value().executedFunds - sold.value().paidFee;
        QCOMPARE(b.realizedPnl(), proceeds - cost);
        QCOMPARE(b.krwAvailable(), d("1000000") - cost + proceeds);
        // Selling more than is held is refused, never partly done.
        const auto tooMuch = b.place(request(OrderType::MarketSell, OrderSide::Sell, nullptr, "0.1"), book(), {}, kNow);
        QCOMPARE(tooMuch.error().kind, ExchangeError::Kind::InsufficientFunds);
    }

    void withoutABookTheLastPricePlusSlippage()
    {
        PaperBroker b = broker();
        const auto order =
            b.place(request(OrderType::MarketBuy, OrderSide::Buy, "100000", nullptr), OrderBook{}, d("63570000"), kNow);
        QVERIFY(order.ok());
        // 63,570,000 × 1.001 = 63,633,570 → up to the 1,000 tick.
        QCOMPARE(order.value().fills.first().price, d("63634000"));
    }

    void limitOrdersRestAndFillInParts()
    {
        PaperBroker b = broker();
        const auto placed = b.place(request(OrderType::Limit, OrderSide::Buy, "63000000", "0.01"), book(), {}, kNow);
        QVERIFY(placed.ok());
        QCOMPARE(placed.value().state, OrderState::Wait);
        const Decimal reserve = d("630000") * d("1.0005");
        QCOMPARE(b.krwLocked(), reserve);
        QCOMPARE(b.krwAvailable(), d("1000000") - reserve);
        QVERIFY(b.onTrades(kBtc, d("63100000"), d("63500000"), d("5"), kNow).isEmpty()); // not reached
        const auto part = b.onTrades(kBtc, d("62900000"), d("63500000"), d("0.004"), kNow);
        QCOMPARE(part.size(), 1);
        QCOMPARE(part.first().volume, d("0.004")); // only what traded
        QCOMPARE(b.openOrders().first().remainingVolume, d("0.006"));
        const auto rest = b.onTrades(kBtc, d("62000000"), d("63000000"), d("1"), kNow);
        QCOMPARE(rest.first().volume, d("0.006"));
        QVERIFY(b.openOrders().isEmpty());
        QCOMPARE(b.krwLocked(), Decimal());
        QCOMPARE(b.coinAvailable(QStringLiteral("BTC")), d("0.01"));
        QCOMPARE(b.krwAvailable(), d("1000000") - reserve); // filled at the limit: all of it used
    }

    void partFillThenCancelReleasesTheRest()
    {
        PaperBroker b = broker();
        const auto placed = b.place(request(OrderType::Limit, OrderSide::Buy, "63000000", "0.01"), book(), {}, kNow);
        b.onTrades(kBtc, d("62900000"), d("63500000"), d("0.003"), kNow);
        const auto cancelled = b.cancel(placed.value().id, kNow);
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled.value().state, OrderState::Cancel);
        QCOMPARE(cancelled.value().executedVolume, d("0.003"));
        QCOMPARE(b.krwLocked(), Decimal());
        QCOMPARE(b.krwAvailable(), d("1000000") - d("189000") * d("1.0005"));
        QCOMPARE(b.cancel(placed.value().id, kNow).error().kind, ExchangeError::Kind::NotFound);
    }

    void marketableLimitTakesTheBookAtOrBetter()
    {
        PaperBroker b = broker();
        const auto order = b.place(request(OrderType::Limit, OrderSide::Buy, "63571000", "0.002"), book(), {}, kNow);
        QVERIFY(order.ok());
        QCOMPARE(order.value().state, OrderState::Done);
        QCOMPARE(order.value().fills.at(0).price, d("63570000"));
        QCOMPARE(order.value().fills.at(1).price, d("63571000"));
        // Reserved at the limit, filled partly below it: the difference came back.
        QCOMPARE(b.krwLocked(), Decimal());
        QCOMPARE(b.krwAvailable(), d("1000000") - (order.value().executedFunds + order.value().paidFee));
    }

    void rulesAreTheExchanges()
    {
        PaperBroker b = broker();
        QCOMPARE(b.place(request(OrderType::Limit, OrderSide::Buy, "63000500", "0.01"), book(), {}, kNow).error().kind,
                 ExchangeError::Kind::InvalidOrder); // off tick
        QCOMPARE(b.place(request(OrderType::MarketBuy, OrderSide::Buy, "4999", nullptr), book(), {}, kNow).error().kind,
                 ExchangeError::Kind::InvalidOrder); // below the minimum total
        QCOMPARE(b.place(request(OrderType::Limit, OrderSide::Buy, "63000000", "1"), book(), {}, kNow).error().kind,
                 ExchangeError::Kind::InsufficientFunds);
    }

    void holdsWhatItsPositionsHold()
    {
        // holds() compares the few held names (by their text when not the same string) and asks
        // the hash past four: both agree with positions() as markets are bought and sold out.
        PaperBroker b = broker("100000000");
        const QStringList markets = {QStringLiteral("KRW-BTC"), QStringLiteral("KRW-ETH"), QStringLiteral("KRW-XRP"),
                                     QStringLiteral("KRW-SOL"), QStringLiteral("KRW-ADA"), QStringLiteral("KRW-DOGE"),
                                     QStringLiteral("KRW-TRX")};
        const auto agree = [&] {
            for (const QString &market : markets + QStringList{QStringLiteral("KRW-DOT"), QString()}) {
                const QString copy = QString::fromUtf8(market.toUtf8()); // the same name, another string
                QCOMPARE(b.holds(market), b.positions().contains(market));
                QCOMPARE(b.holds(copy), b.positions().contains(market));
            }
        };
        agree();
        for (const QString &market : markets) {
            OrderRequest buy = request(OrderType::MarketBuy, OrderSide::Buy, "100000", nullptr);
            buy.market = market;
            QVERIFY(b.place(buy, {}, d("1000"), kNow).ok());
            QVERIFY(b.holds(market));
            agree();
        }
        for (const QString &market : markets) {
            OrderRequest sell = request(OrderType::MarketSell, OrderSide::Sell, Decimal(), b.position(market)->volume);
            sell.market = market;
            QVERIFY(b.place(sell, {}, d("1000"), kNow).ok());
            QVERIFY(!b.holds(market));
            agree();
        }
    }

    void theLedgerBalancesOverThousandsOfRandomOrders()
    {
        PaperBroker b = broker("50000000");
        QRandomGenerator random(20261122);
        Decimal bought, sold, buyCost, sellProceeds;
        for (int i = 0; i < 4000; ++i) {
            const int kind = random.bounded(4);
            const Decimal mid = Decimal(60000000 + random.bounded(2000) * 1000);
            OrderBook b2;
            b2.market = kBtc;
            for (int level = 0; level < 5; ++level) {
                b2.asks.append(
                    {mid + Decimal(1000 * (level + 1)), Decimal(random.bounded(1, 400)).divided(Decimal(10000), 4)});
                b2.bids.append(
                    {mid - Decimal(1000 * level), Decimal(random.bounded(1, 400)).divided(Decimal(10000), 4)});
            }
            Result<Order> result = ExchangeError{};
            if (kind == 0) {
                result = b.place(request(OrderType::MarketBuy, OrderSide::Buy,
                                         QByteArray::number(random.bounded(5000, 300000)).constData(), nullptr),
                                 b2, {}, kNow);
            } else if (kind == 1 && b.coinAvailable(QStringLiteral("BTC")).isPositive()) {
                const Decimal held = b.coinAvailable(QStringLiteral("BTC"));
                const Decimal volume =
                    b.position(kBtc) ? held.divided(Decimal(random.bounded(1, 4)), 8, Decimal::Rounding::Down) : held;
                if (volume * mid >= Decimal(5000))
                    result = b.place(request(OrderType::MarketSell, OrderSide::Sell, Decimal(), volume), b2, {}, kNow);
            } else if (kind == 2) {
                result =
                    b.place(request(OrderType::Limit, OrderSide::Buy, mid - Decimal(5000), d("0.0013")), b2, {}, kNow);
            } else if (!b.openOrders().isEmpty()) {
                if (random.bounded(2))
                    b.onTrades(kBtc, mid - Decimal(10000), mid,
                               Decimal(random.bounded(1, 30)).divided(Decimal(10000), 4), kNow);
                else
                    b.cancel(b.openOrders().first().id, kNow);
            }
            Q_UNUSED(result);
        }
        for (const PaperFill &f : b.fills()) {
            if (f.side == OrderSide::Buy) {
                bought += f.volume;
                buyCost += f.funds + f.fee;
            } else {
                sold += f.volume;
                sellProceeds += f.funds - f.fee;
            }
        }
        QVERIFY(b.fills().size() > 1000);
        // Every won is accounted for: cash = start − Σ buys (funds + fees) + Σ sells (funds − fees).
        QCOMPARE(b.krwAvailable() + b.krwLocked(), d("50000000") - buyCost + sellProceeds);
        QCOMPARE(b.coinAvailable(QStringLiteral("BTC")) + b.coinLocked(QStringLiteral("BTC")), bought - sold);
        // … and realised PnL plus the cost still held equals what the sales brought in minus what was paid.
        const Decimal heldCost = b.position(kBtc) ? b.position(kBtc)->cost : Decimal();
        QCOMPARE(buyCost, heldCost + (sellProceeds - b.realizedPnl()));
    }
};

QTEST_GUILESS_MAIN(TestPaperBroker)
#include "tst_paperbroker.moc"
