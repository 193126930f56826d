// Execution against the fake exchange over loopback HTTP and a real SQLite file: live orders
// (happy path, lost answer, a process killed between intent and answer, timeout, partial fill,
// adoption, balance differences, kill switch), paper fills on the book, the paper account across
// restarts and resets, stops, and daily PnL across the KST day boundary.

#include "ExchangeClient.h"
#include "FakeExchange.h"
#include "execution/LiveExecution.h"
#include "execution/PaperExecution.h"
#include "storage/DatabaseUrl.h"
#include "storage/Repositories.h"
#include "storage/Storage.h"
#include "strategy/Reason.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <utility>

using namespace autocoin;
using autocoin::test::FakeExchange;
using autocoin::test::Fault;

namespace {

const QString kMarket = QStringLiteral("KRW-BTC");
const QTimeZone kSeoul("Asia/Seoul");

Decimal d(const char *text)
{
    return *Decimal::fromString(QString::fromLatin1(text));
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

std::unique_ptr<Database> openDatabase(const QString &dir, const QString &purpose)
{
    StorageError error;
    auto db = Storage::open(DatabaseUrl::defaultFor(dir), purpose, dir, kSeoul, &error);
    if (!db)
        qWarning("%s", qPrintable(error.describe()));
    return db;
}

ExchangeConfig exchangeConfig(const QUrl &url, std::chrono::milliseconds timeout = std::chrono::milliseconds(800))
{
    ExchangeConfig c;
    c.exchange = Exchange::Upbit;
    c.baseUrl = url;
    c.timeout = timeout;
    c.credentials = {QString::fromLatin1(FakeExchange::kAccessKey), QString::fromLatin1(FakeExchange::kSecretKey)};
    return c;
}

Execution::Settings settings()
{
    Execution::Settings s;
    s.exchange = Exchange::Upbit;
    s.markets = {kMarket};
    s.feeRate = d("0.0005");
    s.maxOrderKrw = Decimal(100000);
    s.orderTimeout = std::chrono::seconds(60);
    s.zone = kSeoul;
    return s;
}

/// The notices' English words, as the log file and the JSON events carry them.
QStringList words(const QList<Reason> &notices)
{
    QStringList out;
    for (const Reason &notice : notices)
        out.append(notice.english());
    return out;
}

/// Runs one execution operation to its `done`.
template<typename Op> std::optional<Execution::Outcome> run(Op op, int timeoutMs = 10000)
{
    std::optional<Execution::Outcome> out;
    op([&out](const Execution::Outcome &o) { out = o; });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    return out;
}

int count(Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

Decimal sumFees(const QList<TradeRecord> &trades)
{
    Decimal total;
    for (const TradeRecord &t : trades)
        total += t.fee;
    return total;
}

OrderRequest limitBuy(const char *price, const char *volume)
{
    OrderRequest r;
    r.market = kMarket;
    r.side = OrderSide::Buy;
    r.type = OrderType::Limit;
    r.price = d(price);
    r.volume = d(volume);
    r.clientOrderId = OrderRequest::newClientOrderId();
    return r;
}

const QDateTime kT0 = at("2026-11-22T05:00:00Z");

const QByteArray kCreate = "POST /v1/orders";
const QByteArray kLookup = "GET /v1/order";

} // namespace

class TestExecution final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeExchange> m_fake;
    std::unique_ptr<ExchangeClient> m_client;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<LiveExecution> live()
    {
        return std::make_unique<LiveExecution>(m_db.get(), m_client.get(), settings());
    }

    /// Every order at the exchange is in `order_history` with the exchange's id and final state,
    /// every fill in `trades` exactly once, and the books hold what the exchange holds.
    void verifyMatchesTheExchange(const LiveExecution &exec)
    {
        StorageError error;
        int fills = 0;
        for (const QJsonValue value : m_fake->ordersJson()) {
            const QJsonObject o = value.toObject();
            const QString clientId = o.value(QStringLiteral("identifier")).toString();
            const auto stored = OrderRepository(*m_db).byClientId(clientId, &error);
            QVERIFY2(stored, qPrintable(clientId));
            QCOMPARE(stored->orderId, o.value(QStringLiteral("uuid")).toString());
            QCOMPARE(orderStatusName(stored->status), o.value(QStringLiteral("state")).toString());
            const auto trades = TradeRepository(*m_db).forOrder(Exchange::Upbit, stored->orderId, &error);
            const QJsonArray exchangeTrades = o.value(QStringLiteral("trades")).toArray();
            QCOMPARE(trades.size(), exchangeTrades.size());
            QSet<QString> ids;
            for (const TradeRecord &t : trades)
                ids.insert(t.tradeId);
            for (const QJsonValue t : exchangeTrades)
                QVERIFY(ids.contains(t.toObject().value(QStringLiteral("uuid")).toString()));
            fills += static_cast<int>(exchangeTrades.size());
        }
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades WHERE paper = 0")), fills);
        const auto position = exec.ledger().position(kMarket);
        QCOMPARE(position ? position->volume : Decimal(), m_fake->balance(QStringLiteral("BTC")));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_fake = std::make_unique<FakeExchange>(FakeExchange::Dialect::Upbit);
        QVERIFY(m_fake->start());
        m_fake->setPrice(kMarket, QStringLiteral("50000000"));
        m_fake->setBalance(QStringLiteral("KRW"), QStringLiteral("1000000"));
        m_client.reset(createExchangeClient(exchangeConfig(m_fake->url()), nullptr));
        m_db = openDatabase(m_dir->path(), QStringLiteral("test"));
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_client.reset();
        m_db.reset();
        m_fake.reset();
        m_dir.reset();
    }

    void liveHappyPathRecordsEveryFillOnceAndMatchesTheExchange()
    {
        auto exec = live();
        auto r = run([&](auto done) { exec->reconcile(kT0, done); });
        QVERIFY(r && !r->error && r->storageError.isEmpty());
        QVERIFY2(r->notices.isEmpty(), qPrintable(words(r->notices).join(u'\n')));
        QCOMPARE(exec->ledger().krwAvailable(), Decimal(1000000));

        // 300,000 asked, capped at the per-order 100,000.
        r = run([&](auto done) { exec->enter(kMarket, Decimal(300000), d("50000000"), d("49000000"), kT0, done); });
        QVERIFY(r && !r->error && r->storageError.isEmpty());
        QVERIFY(!r->trades.isEmpty());
        Decimal funds;
        for (const TradeRecord &t : r->trades)
            funds += t.price * t.quantity;
        QCOMPARE(sumFees(r->trades), funds * d("0.0005")); // the exchange's paid_fee, shared across fills
        QVERIFY(exec->hasPosition(kMarket));
        QCOMPARE(exec->stopPrice(kMarket), std::optional(d("49000000")));
        StorageError error;
        const auto orders = OrderRepository(*m_db).latest(5, &error);
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders[0].price, std::optional(Decimal(100000)));
        QVERIFY(orders[0].status == OrderStatus::Cancel ||
                orders[0].status == OrderStatus::Done); // Upbit ends a market buy as cancel
        QVERIFY(!orders[0].orderId.isEmpty());
        // The ledger's KRW is the exchange's, to the last unit (fees included).
        QCOMPARE(exec->ledger().krwAvailable(),
                 m_fake->balance(QStringLiteral("KRW")) + m_fake->locked(QStringLiteral("KRW")));
        QCOMPARE(exec->ledger().position(kMarket)->volume, m_fake->balance(QStringLiteral("BTC")));

        // Following again records nothing twice.
        r = run([&](auto done) { exec->follow(kT0.addSecs(5), done); });
        QVERIFY(r && r->trades.isEmpty());

        m_fake->setPrice(kMarket, QStringLiteral("51000000"));
        r = run(
            [&](auto done) { exec->exit(kMarket, d("51000000"), QStringLiteral("test exit"), kT0.addSecs(10), done); });
        QVERIFY(r && !r->error && r->storageError.isEmpty());
        QVERIFY(r->realizedPnl.has_value());
        QVERIFY(!exec->hasPosition(kMarket));
        QCOMPARE(m_fake->balance(QStringLiteral("BTC")), Decimal());
        QCOMPARE(exec->ledger().krwAvailable(), m_fake->balance(QStringLiteral("KRW")));
        // Realised PnL = the KRW gained over the round trip, to the unit.
        QCOMPARE(exec->ledger().realizedPnl(), m_fake->balance(QStringLiteral("KRW")) - Decimal(1000000));
        QCOMPARE(m_fake->ordersCreated(), 2);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM positions WHERE status = 'closed' AND paper = 0")),
                 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades WHERE paper = 0")),
                 count(*m_db, QStringLiteral("SELECT COUNT(DISTINCT trade_id) FROM trades")));
    }

    void aBithumbRoundTripMatchesTheExchangeToo()
    {
        // Bithumb answers a placement with an acknowledgement only: the fills come from following.
        FakeExchange bithumb(FakeExchange::Dialect::Bithumb);
        QVERIFY(bithumb.start());
        bithumb.setPrice(kMarket, QStringLiteral("50000000"));
        bithumb.setBalance(QStringLiteral("KRW"), QStringLiteral("1000000"));
        ExchangeConfig config = exchangeConfig(bithumb.url());
        config.exchange = Exchange::Bithumb;
        std::unique_ptr<ExchangeClient> client(createExchangeClient(config, nullptr));
        Execution::Settings s = settings();
        s.exchange = Exchange::Bithumb;
        s.feeRate = d("0.0025");
        LiveExecution exec(m_db.get(), client.get(), s);
        auto r = run([&](auto done) { exec.reconcile(kT0, done); });
        QVERIFY(r && !r->error && r->storageError.isEmpty());
        r = run([&](auto done) { exec.enter(kMarket, Decimal(80000), d("50000000"), d("49000000"), kT0, done); });
        QVERIFY(r && !r->error && r->storageError.isEmpty());
        QVERIFY(exec.hasPosition(kMarket));
        QCOMPARE(exec.ledger().krwAvailable(),
                 bithumb.balance(QStringLiteral("KRW")) + bithumb.locked(QStringLiteral("KRW")));
        QCOMPARE(exec.ledger().position(kMarket)->volume, bithumb.balance(QStringLiteral("BTC")));
        r = run([&](auto done) { exec.exit(kMarket, d("50000000"), QStringLiteral("test"), kT0.addSecs(10), done); });
        QVERIFY(r && !r->error && r->storageError.isEmpty());
        QVERIFY(!exec.hasPosition(kMarket));
        QCOMPARE(bithumb.balance(QStringLiteral("BTC")), Decimal());
        QCOMPARE(exec.ledger().krwAvailable(), bithumb.balance(QStringLiteral("KRW")));
        QCOMPARE(bithumb.ordersCreated(), 2);
        StorageError error;
        for (const OrderRecord &order : OrderRepository(*m_db).latest(5, &error))
            QVERIFY2(order.status == OrderStatus::Done || order.status == OrderStatus::Cancel,
                     qPrintable(orderStatusName(order.status)));
    }

    void lostAnswerAfterTheExchangeAcceptedMeansOneOrderOneSetOfFills()
    {
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
        m_fake->injectFault(Fault::loseResponse());
        auto r = run([&](auto done) { exec->enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0, done); });
        QVERIFY(r && r->storageError.isEmpty());
        QCOMPARE(m_fake->ordersCreated(), 1);
        // Whether the client found it at once or the next follow does, it ends recorded once.
        QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(5), done); }));
        QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(10), done); }));
        QCOMPARE(m_fake->ordersCreated(), 1);
        StorageError error;
        const auto orders = OrderRepository(*m_db).latest(5, &error);
        QCOMPARE(orders.size(), 1);
        QVERIFY(orders[0].status == OrderStatus::Cancel || orders[0].status == OrderStatus::Done);
        const auto trades = TradeRepository(*m_db).forOrder(Exchange::Upbit, orders[0].orderId, &error);
        QVERIFY(!trades.isEmpty());
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades")), trades.size());
        QCOMPARE(exec->ledger().position(kMarket)->volume, m_fake->balance(QStringLiteral("BTC")));
    }

    void anUnreadableCreationAnswerIsLookedUpNeverFailed_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::newRow("malformed") << Fault::acceptGarbled(R"({"uuid": "x", "state":)").on(kCreate);
        QTest::newRow("truncated") << Fault::truncated().on(kCreate);
        QTest::newRow("empty") << Fault::acceptGarbled().on(kCreate);
    }
    void anUnreadableCreationAnswerIsLookedUpNeverFailed()
    {
        // The exchange created and filled the order, then answered 201 with a body that cannot be
        // read: the outcome is unknown, so the order is looked up, never stored "failed".
        QFETCH(Fault, fault);
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
        m_fake->injectFault(fault);
        auto r = run([&](auto done) { exec->enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0, done); });
        QVERIFY(r && r->storageError.isEmpty());
        QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(5), done); }));
        QCOMPARE(m_fake->ordersCreated(), 1);
        verifyMatchesTheExchange(*exec);
        QVERIFY(exec->hasPosition(kMarket));
        QCOMPARE(exec->stopPrice(kMarket), std::optional(d("49000000"))); // the coin bought is protected
    }

    void aSingle404AfterALostAnswerIsNotNeverPlaced()
    {
        // The answer is lost and the first lookup by client order id meets a 404 (not visible
        // yet): the order stays unknown and the next lookup finds it.
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
        m_fake->injectFault(Fault::loseResponse().on(kCreate));
        m_fake->injectFault(
            Fault::httpStatus(404, R"({"error":{"name":"order_not_found","message":"not found"}})").on(kLookup));
        auto r = run([&](auto done) { exec->enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0, done); });
        QVERIFY(r && r->storageError.isEmpty());
        QCOMPARE(m_fake->ordersCreated(), 1);
        StorageError error;
        const auto orders = OrderRepository(*m_db).latest(5, &error);
        QCOMPARE(orders.size(), 1);
        QVERIFY2(orders[0].status != OrderStatus::Failed, qPrintable(orderStatusName(orders[0].status)));
        QVERIFY(!exec->stopPrice(kMarket)); // nothing held yet
        QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(61), done); }));
        verifyMatchesTheExchange(*exec);
        // The fill booked by the lookup comes with the entry's stop, saved: a restart has it too.
        QCOMPARE(exec->stopPrice(kMarket), std::optional(d("49000000")));
        auto restarted = live();
        QVERIFY(run([&](auto done) { restarted->reconcile(kT0.addSecs(62), done); }));
        QCOMPARE(restarted->stopPrice(kMarket), std::optional(d("49000000")));
    }

    void aFinalAnswerWithoutItsTradesIsLookedUpUntilTheyAreSeen()
    {
        // The creation answer says the market buy is finished but lists no trades (Upbit's never
        // does), and the lookup right after fails. Stored as final, the order would never be
        // looked up again: the coins bought, no fill recorded, and the market free for a second
        // buy. It stays unresolved until a lookup shows its trades.
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
        m_fake->injectFault(Fault::withoutTrades().on(kCreate));
        m_fake->injectFault(Fault::httpStatus(500).on(kLookup));
        auto r = run([&](auto done) { exec->enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0, done); });
        QVERIFY(r && r->storageError.isEmpty());
        QCOMPARE(m_fake->ordersCreated(), 1);
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades")), 0);
        StorageError error;
        const OrderRecord order = OrderRepository(*m_db).latest(1, &error).value(0);
        QCOMPARE(order.status, OrderStatus::Unknown);
        QVERIFY(exec->engaged(kMarket)); // no second buy meanwhile
        r = run([&](auto done) { exec->enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0, done); });
        QVERIFY(r && r->refusal.contains(u"unresolved"));
        QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(5), done); }));
        QVERIFY(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades")) > 0);
        QVERIFY(exec->hasPosition(kMarket));
        QCOMPARE(exec->stopPrice(kMarket), std::optional(d("49000000")));
        verifyMatchesTheExchange(*exec);
    }

    void anAnswerTooLongToBookIsAnErrorNotASilence()
    {
        // The order is accepted and its answer lost; the lookup shows it done with a trade whose
        // exact price times its volume needs more than Decimal's 38 digits (the parser keeps the
        // exchange's funds, the books multiply). The operation must still answer: an error that
        // says so, nothing recorded, the order unresolved (no second entry) and looked up again.
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
        const QByteArray body =
            R"({"uuid":"u-long","side":"bid","ord_type":"price","state":"done","market":"KRW-BTC","price":"50000",)"
            R"("volume":null,"paid_fee":"5","executed_volume":"0.000157301234567891","executed_funds":"9999.99",)"
            R"("trades":[{"uuid":"t-long","price":"63570000.123456789012345678","volume":"0.000157301234567891",)"
            R"("funds":"9999.99"}]})";
        m_fake->injectFault(Fault::loseResponse().on(kCreate));
        m_fake->injectFault(Fault::httpStatus(200, body).on(kLookup), 3);
        auto r = run([&](auto done) { exec->enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0, done); });
        QVERIFY2(r, "the entry never answered");
        QVERIFY(r->error);
        QVERIFY2(r->error->message.contains(u"cannot be booked exactly"), qPrintable(r->error->message));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades")), 0);
        QVERIFY(!exec->hasPosition(kMarket));
        QVERIFY(exec->engaged(kMarket)); // unresolved: no second buy
        r = run([&](auto done) { exec->follow(kT0.addSecs(5), done); });
        QVERIFY2(r && r->error, "the follow never answered");
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades")), 0);
    }

    void aPositionFoundWithoutItsStopGetsTheInitialStop()
    {
        // The entry's answer is lost and the app restarts before any lookup: the next start books
        // the fill without the stop the strategy chose (it was never saved). The first price with
        // an ATR puts the strategy's initial stop below the average price in force, saved.
        StrategyParameters parameters;
        const RiskManager risk(parameters, MarketRules::forExchange(Exchange::Upbit), kSeoul);
        {
            auto exec = live();
            QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
            m_fake->injectFault(Fault::loseResponse().on(kCreate));
            m_fake->injectFault(Fault::httpStatus(500).on(kLookup));
            QVERIFY(
                run([&](auto done) { exec->enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0, done); }));
            QVERIFY(!exec->hasPosition(kMarket));
        }
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0.addSecs(30), done); }));
        QVERIFY(exec->hasPosition(kMarket));
        QVERIFY(!exec->stopPrice(kMarket));
        // No ATR yet: nothing to size a stop with.
        QVERIFY(run([&](auto done) { exec->onPrice(kMarket, d("50100000"), 0, risk, kT0.addSecs(31), done); }));
        QVERIFY(!exec->stopPrice(kMarket));
        auto r = run([&](auto done) { exec->onPrice(kMarket, d("50100000"), 400000, risk, kT0.addSecs(32), done); });
        QVERIFY(r && r->storageError.isEmpty() && r->trades.isEmpty());
        const Decimal average = exec->ledger().position(kMarket)->averagePrice();
        const std::optional<Decimal> stop = exec->stopPrice(kMarket);
        QCOMPARE(stop, std::optional(risk.initialStop(kMarket, average, 400000)));
        QVERIFY(*stop < average);
        auto restarted = live();
        QVERIFY(run([&](auto done) { restarted->reconcile(kT0.addSecs(33), done); }));
        QCOMPARE(restarted->stopPrice(kMarket), stop);
        // And it protects: a price at the stop sells what is held.
        r = run([&](auto done) { restarted->onPrice(kMarket, *stop, 400000, risk, kT0.addSecs(34), done); });
        QVERIFY(r && !r->trades.isEmpty());
        QVERIFY(!restarted->hasPosition(kMarket));
        verifyMatchesTheExchange(*restarted);
    }

    void neverPlacedOnlyAfterRepeatedLookupsPastTheTimeout()
    {
        // The exchange answers 500 without creating anything; every lookup answers 404. Until the
        // order timeout and several lookups in a row it is unknown (and blocks new entries).
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
        m_fake->injectFault(Fault::httpStatus(500).on(kCreate));
        auto r = run([&](auto done) { exec->enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0, done); });
        QVERIFY(r && r->storageError.isEmpty());
        QCOMPARE(m_fake->ordersCreated(), 0);
        StorageError error;
        const QString id = OrderRepository(*m_db).latest(1, &error).value(0).clientOrderId;
        QCOMPARE(OrderRepository(*m_db).byClientId(id, &error)->status, OrderStatus::Unknown);
        QVERIFY(exec->engaged(kMarket));
        QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(5), done); }));
        QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(61), done); }));
        QCOMPARE(OrderRepository(*m_db).byClientId(id, &error)->status, OrderStatus::Unknown);
        for (int i = 1; i < LiveExecution::kNeverPlacedLookups; ++i)
            QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(61 + i), done); }));
        QCOMPARE(OrderRepository(*m_db).byClientId(id, &error)->status, OrderStatus::Failed);
        QVERIFY(!exec->engaged(kMarket));
        verifyMatchesTheExchange(*exec);
    }

    void anUnknownBuyBlocksASecondEntryAndCountsAsExposure()
    {
        // Accepted, then no answer; every lookup answers 500 for a long time. The next BUY must
        // not place a second order: both would fill and the exit would sell twice the size.
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
        const AccountView before = exec->account({{kMarket, d("50000000")}});
        m_fake->injectFault(Fault::acceptAndHang().on(kCreate));
        m_fake->injectFault(Fault::httpStatus(500).on(kLookup), 60);
        auto r = run([&](auto done) { exec->enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0, done); });
        QVERIFY(r && r->storageError.isEmpty());
        QCOMPARE(m_fake->ordersCreated(), 1);
        QVERIFY(!exec->hasPosition(kMarket));
        QVERIFY(exec->engaged(kMarket));
        const AccountView pending = exec->account({{kMarket, d("50000000")}});
        QCOMPARE(pending.positionsValue, Decimal(50000));
        QCOMPARE(pending.cash, before.cash - Decimal(50000));

        r = run([&](auto done) {
            exec->enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0.addSecs(1), done);
        });
        QVERIFY(r && r->refusal.contains(u"unresolved"));
        QCOMPARE(m_fake->ordersCreated(), 1);

        // While the lookups fail, the exchange's coin without a recorded fill is no "difference".
        QList<Reason> notices;
        for (int i = 0; i < 4; ++i) {
            r = run([&](auto done) { exec->reconcile(kT0.addSecs(2 + i), done); });
            QVERIFY(r && r->storageError.isEmpty());
            notices += r->notices;
            r = run([&](auto done) { exec->follow(kT0.addSecs(2 + i), done); });
            QVERIFY(r && r->error);
        }
        QVERIFY2(!words(notices).join(u' ').contains(u"balance differs"), qPrintable(words(notices).join(u'\n')));

        m_fake->clearFaults();
        r = run([&](auto done) { exec->follow(kT0.addSecs(10), done); });
        QVERIFY(r && !r->error);
        QVERIFY(exec->hasPosition(kMarket));
        QVERIFY(exec->unresolved(kMarket).isEmpty());
        verifyMatchesTheExchange(*exec);
        r = run([&](auto done) { exec->reconcile(kT0.addSecs(11), done); });
        QVERIFY2(r && r->notices.isEmpty(), qPrintable(words(r->notices).join(u'\n')));

        const Decimal bought = m_fake->balance(QStringLiteral("BTC"));
        r = run(
            [&](auto done) { exec->exit(kMarket, d("50000000"), QStringLiteral("test exit"), kT0.addSecs(12), done); });
        QVERIFY(r && r->storageError.isEmpty() && !r->error);
        Decimal sold;
        for (const TradeRecord &t : r->trades)
            sold += t.quantity;
        QCOMPARE(sold, bought);
        QCOMPARE(m_fake->balance(QStringLiteral("BTC")), Decimal());
        QCOMPARE(m_fake->ordersCreated(), 2);
        verifyMatchesTheExchange(*exec);
    }

    void anOrderRecordedFailedButExistingIsRecoveredAtReconciliation()
    {
        // A database written before the fix: the order was created and filled at the exchange,
        // but recorded "failed" without an exchange id. Reconciliation finds it by client id.
        OrderRequest buy;
        buy.market = kMarket;
        buy.side = OrderSide::Buy;
        buy.type = OrderType::MarketBuy;
        buy.price = Decimal(40000);
        buy.clientOrderId = OrderRequest::newClientOrderId();
        std::optional<Result<Order>> placed;
        m_client->placeOrder(buy, [&](const Result<Order> &o) { placed = o; });
        QVERIFY(QTest::qWaitFor([&] { return placed.has_value(); }, 5000));
        QVERIFY(placed->ok());
        OrderRecord row;
        row.exchange = Exchange::Upbit;
        row.clientOrderId = buy.clientOrderId;
        row.symbol = kMarket;
        row.side = OrderSide::Buy;
        row.orderType = buy.type;
        row.price = buy.price;
        row.status = OrderStatus::Intent;
        row.paper = false;
        row.createdAt = kT0;
        row.updatedAt = kT0;
        StorageError error;
        QVERIFY(OrderRepository(*m_db).insertIntent(row, &error));
        QVERIFY(OrderRepository(*m_db).updateStatus(buy.clientOrderId, OrderStatus::Failed, QString(),
                                                    QStringLiteral("malformed answer"), kT0, &error));

        auto exec = live();
        auto r = run([&](auto done) { exec->reconcile(kT0.addSecs(30), done); });
        QVERIFY(r && r->storageError.isEmpty() && !r->error);
        QVERIFY2(words(r->notices).join(u' ').contains(buy.clientOrderId), qPrintable(words(r->notices).join(u'\n')));
        verifyMatchesTheExchange(*exec);
        QVERIFY(exec->hasPosition(kMarket));
        // Once recorded, a later reconciliation neither reports nor records it again.
        r = run([&](auto done) { exec->reconcile(kT0.addSecs(60), done); });
        QVERIFY2(r && r->notices.isEmpty(), qPrintable(words(r->notices).join(u'\n')));
        verifyMatchesTheExchange(*exec);
    }

    void aReconciliationThatFailsKeepsTheCash()
    {
        // The ledger is rebuilt from the fills at every reconciliation; the cash comes from the
        // balances. When they cannot be read, the cash known before stays (found by the soak:
        // the cash fell to the rebuild's zero base until the next good reconciliation).
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
        QVERIFY(run([&](auto done) { exec->enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0, done); }));
        const Decimal krw = m_fake->balance(QStringLiteral("KRW")) + m_fake->locked(QStringLiteral("KRW"));
        QCOMPARE(exec->ledger().krwAvailable(), krw);
        m_fake->injectFault(Fault::httpStatus(500).on("GET /v1/accounts"));
        auto r = run([&](auto done) { exec->reconcile(kT0.addSecs(5), done); });
        QVERIFY(r && r->error);
        QCOMPARE(exec->ledger().krwAvailable(), krw);
        m_fake->injectFault(Fault::httpStatus(429).on("GET /v1/orders/open"));
        r = run([&](auto done) { exec->reconcile(kT0.addSecs(6), done); });
        QVERIFY(r && r->error);
        QCOMPARE(exec->ledger().krwAvailable(), krw);
        QCOMPARE(exec->ledger().position(kMarket)->volume, m_fake->balance(QStringLiteral("BTC")));
    }

    void aBalanceDifferenceIsReportedOnceUntilItChanges()
    {
        m_fake->setBalance(QStringLiteral("BTC"), QStringLiteral("0.5")); // bought outside autocoin
        auto exec = live();
        int reported = 0;
        for (int i = 0; i < 5; ++i) {
            auto r = run([&](auto done) { exec->reconcile(kT0.addSecs(i), done); });
            QVERIFY(r && r->storageError.isEmpty() && !r->error);
            reported += static_cast<int>(std::count_if(r->notices.cbegin(), r->notices.cend(), [](const Reason &n) {
                return n.code() == ReasonCode::BalanceDiffers;
            }));
        }
        QCOMPARE(reported, 1);
        m_fake->setBalance(QStringLiteral("BTC"), QStringLiteral("0.7"));
        auto r = run([&](auto done) { exec->reconcile(kT0.addSecs(10), done); });
        QVERIFY(r && words(r->notices).join(u' ').contains(u"holds 0.7"));
    }

    void killedBetweenIntentAndAnswerIsFoundOnRestart()
    {
        // A child process writes the intent and sends the order; the fake accepts it and never
        // answers; the child is killed. The next start finds the order by its client order id.
        m_db.reset();
        m_fake->injectFault(Fault::acceptAndHang());
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--live-child"), m_fake->url().toString(), m_dir->path()});
        QVERIFY(child.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return m_fake->ordersCreated() == 1; }, 15000));
        child.kill();
        QVERIFY(child.waitForFinished());

        m_db = openDatabase(m_dir->path(), QStringLiteral("restart"));
        QVERIFY(m_db);
        StorageError error;
        auto orders = OrderRepository(*m_db).latest(5, &error);
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders[0].status, OrderStatus::Intent); // killed before any answer
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades")), 0);

        auto exec = live();
        auto r = run([&](auto done) { exec->reconcile(kT0.addSecs(30), done); });
        QVERIFY(r && !r->error && r->storageError.isEmpty());
        orders = OrderRepository(*m_db).latest(5, &error);
        QCOMPARE(orders.size(), 1);
        QVERIFY(orders[0].status == OrderStatus::Cancel || orders[0].status == OrderStatus::Done);
        const int fills = count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades"));
        QVERIFY(fills > 0);
        QCOMPARE(exec->ledger().position(kMarket)->volume, m_fake->balance(QStringLiteral("BTC")));
        QVERIFY2(r->notices.isEmpty(), qPrintable(words(r->notices).join(u'\n'))); // books and exchange agree

        // A second restart records nothing again.
        auto again = live();
        QVERIFY(run([&](auto done) { again->reconcile(kT0.addSecs(60), done); }));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades")), fills);
        QCOMPARE(m_fake->ordersCreated(), 1);
    }

    void anOrderOpenPastTheTimeoutIsCancelled()
    {
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
        const OrderRequest rest = limitBuy("49000000", "0.002"); // below the market: rests
        auto r = run([&](auto done) { exec->place(rest, d("50000000"), QStringLiteral("test"), kT0, done); });
        QVERIFY(r && r->storageError.isEmpty() && !r->error);
        StorageError error;
        QCOMPARE(OrderRepository(*m_db).byClientId(rest.clientOrderId, &error)->status, OrderStatus::Wait);
        QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(30), done); }));
        QCOMPARE(OrderRepository(*m_db).byClientId(rest.clientOrderId, &error)->status, OrderStatus::Wait);
        r = run([&](auto done) { exec->follow(kT0.addSecs(61), done); });
        QVERIFY(r && words(r->notices).join(u' ').contains(u"cancelled after the timeout"));
        QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(62), done); }));
        QCOMPARE(OrderRepository(*m_db).byClientId(rest.clientOrderId, &error)->status, OrderStatus::Cancel);
        QCOMPARE(m_fake->locked(QStringLiteral("KRW")), Decimal());
        QCOMPARE(m_fake->balance(QStringLiteral("KRW")), Decimal(1000000));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades")), 0);
    }

    void aPartFillThenCancelKeepsThePartAndItsFee()
    {
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
        m_fake->setNextFillFraction(QStringLiteral("0.5"));
        const OrderRequest cross = limitBuy("50000000", "0.004"); // at the market: half fills at once
        auto r = run([&](auto done) { exec->place(cross, d("50000000"), QStringLiteral("test"), kT0, done); });
        QVERIFY(r && r->storageError.isEmpty());
        QCOMPARE(r->trades.size(), 1);
        QCOMPARE(r->trades[0].quantity, d("0.002"));
        QCOMPARE(r->trades[0].fee, d("50"));                                   // 100,000 × 0.05 %
        QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(61), done); })); // cancel
        QVERIFY(run([&](auto done) { exec->follow(kT0.addSecs(62), done); })); // final state
        StorageError error;
        QCOMPARE(OrderRepository(*m_db).byClientId(cross.clientOrderId, &error)->status, OrderStatus::Cancel);
        QCOMPARE(exec->ledger().position(kMarket)->volume, d("0.002"));
        QCOMPARE(m_fake->balance(QStringLiteral("BTC")), d("0.002"));
        QCOMPARE(exec->ledger().krwAvailable(), m_fake->balance(QStringLiteral("KRW")));
        QCOMPARE(exec->ledger().krwAvailable(), d("899950"));
    }

    void reconciliationAdoptsOurOrdersAndReportsBalanceDifferences()
    {
        // An order of ours the database does not know (placed, then the database restored from
        // an older backup), and coins bought outside autocoin.
        OrderRequest stray = limitBuy("48000000", "0.001");
        std::optional<Result<Order>> placed;
        m_client->placeOrder(stray, [&](const Result<Order> &o) { placed = o; });
        QVERIFY(QTest::qWaitFor([&] { return placed.has_value(); }, 5000));
        QVERIFY(placed->ok());
        m_fake->setBalance(QStringLiteral("BTC"), QStringLiteral("0.5"));

        auto exec = live();
        auto r = run([&](auto done) { exec->reconcile(kT0, done); });
        QVERIFY(r && r->storageError.isEmpty() && !r->error);
        const QString notices = words(r->notices).join(u'\n');
        QVERIFY2(notices.contains(u"adopted order " + stray.clientOrderId), qPrintable(notices));
        QVERIFY2(notices.contains(u"balance differs"), qPrintable(notices));
        StorageError error;
        const auto adopted = OrderRepository(*m_db).byClientId(stray.clientOrderId, &error);
        QVERIFY(adopted);
        QCOMPARE(adopted->status, OrderStatus::Wait);
        QCOMPARE(adopted->paper, false);
        QCOMPARE(m_fake->ordersCreated(), 1); // reconciliation never trades
        QCOMPARE(m_fake->balance(QStringLiteral("BTC")), d("0.5"));
    }

    void killSwitchCancelsOpenOrdersAndSellsOnlyWhatIsHeld()
    {
        auto exec = live();
        QVERIFY(run([&](auto done) { exec->reconcile(kT0, done); }));
        QVERIFY(run([&](auto done) { exec->enter(kMarket, Decimal(60000), d("50000000"), d("49000000"), kT0, done); }));
        const OrderRequest rest = limitBuy("45000000", "0.001");
        QVERIFY(run([&](auto done) { exec->place(rest, d("50000000"), QStringLiteral("test"), kT0, done); }));
        const Decimal held = exec->ledger().position(kMarket)->volume;
        QVERIFY(held.isPositive());

        auto r = run([&](auto done) { exec->cancelOpenOrders(kT0.addSecs(1), done); });
        QVERIFY(r && words(r->notices).join(u' ').contains(u"cancelled order " + rest.clientOrderId));
        r = run([&](auto done) {
            exec->exit(kMarket, d("50000000"), QStringLiteral("kill switch"), kT0.addSecs(2), done);
        });
        QVERIFY(r && r->storageError.isEmpty() && !r->error);
        QCOMPARE(m_fake->balance(QStringLiteral("BTC")), Decimal());
        QCOMPARE(m_fake->locked(QStringLiteral("KRW")), Decimal());
        QVERIFY(!exec->hasPosition(kMarket));
        Decimal sold;
        for (const TradeRecord &t : r->trades)
            sold += t.quantity;
        QCOMPARE(sold, held);
    }

    void paperFillsWalkTheBook()
    {
        PaperExecution::Settings s = settings();
        s.startingKrw = Decimal(100000000);
        PaperExecution exec(m_db.get(), m_client.get(), s, true);
        QVERIFY(run([&](auto done) { exec.reconcile(kT0, done); }));
        // 0.5 BTC per level above 50,000,000: 60,000,000 KRW takes three levels.
        auto r =
            run([&](auto done) { exec.enter(kMarket, Decimal(60000000), d("50000000"), d("45000000"), kT0, done); });
        QVERIFY(r && r->storageError.isEmpty() && r->refusal.isEmpty());
        QCOMPARE(r->trades.size(), 3);
        QCOMPARE(r->trades[0].price, d("50001000"));
        QCOMPARE(r->trades[0].quantity, d("0.5"));
        QCOMPARE(r->trades[1].price, d("50002000"));
        QCOMPARE(r->trades[2].price, d("50003000"));
        // Cash change = Σ fills + fees, to the unit.
        Decimal spent;
        for (const TradeRecord &t : r->trades)
            spent += t.price * t.quantity + t.fee;
        QCOMPARE(exec.ledger().krwAvailable(), Decimal(100000000) - spent);
        QVERIFY(Decimal(60000000) - spent >= Decimal()); // never more than the budget
        QCOMPARE(m_fake->ordersCreated(), 0);            // paper never reaches the exchange's order API
    }

    void thePaperAccountPersistsAcrossRestartsAndResets()
    {
        PaperExecution::Settings s = settings();
        Decimal cash, volume;
        {
            PaperExecution exec(m_db.get(), nullptr, s, false);
            QVERIFY(run([&](auto done) { exec.reconcile(kT0, done); }));
            QCOMPARE(exec.ledger().krwAvailable(), Decimal(1000000));
            QVERIFY(
                run([&](auto done) { exec.enter(kMarket, Decimal(200000), d("50000000"), d("48000000"), kT0, done); }));
            cash = exec.ledger().krwAvailable();
            volume = exec.ledger().position(kMarket)->volume;
        }
        {
            PaperExecution restarted(m_db.get(), nullptr, s, false);
            QVERIFY(run([&](auto done) { restarted.reconcile(kT0.addSecs(60), done); }));
            QCOMPARE(restarted.ledger().krwAvailable(), cash);
            QCOMPARE(restarted.ledger().position(kMarket)->volume, volume);
            QCOMPARE(restarted.stopPrice(kMarket), std::optional(d("48000000"))); // the stop survives a restart
        }
        QString error;
        QVERIFY2(PaperAccount::reset(*m_db, Decimal(2000000), kT0.addSecs(120), &error), qPrintable(error));
        PaperExecution fresh(m_db.get(), nullptr, s, false);
        QVERIFY(run([&](auto done) { fresh.reconcile(kT0.addSecs(180), done); }));
        QCOMPARE(fresh.ledger().krwAvailable(), Decimal(2000000));
        QVERIFY(!fresh.hasPosition(kMarket));
        QCOMPARE(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM positions WHERE status = 'reset'")), 1);
        QVERIFY(count(*m_db, QStringLiteral("SELECT COUNT(*) FROM trades")) > 0); // history kept
    }

    void stopAndTrailingStopExit()
    {
        StrategyParameters parameters; // trailing starts after 1 ATR of gain, trails 2 ATR below the high
        const RiskManager risk(parameters, MarketRules::forExchange(Exchange::Upbit), kSeoul);
        PaperExecution exec(m_db.get(), nullptr, settings(), false);
        QVERIFY(run([&](auto done) { exec.reconcile(kT0, done); }));

        // The ATR stop.
        QVERIFY(run([&](auto done) { exec.enter(kMarket, Decimal(200000), d("50000000"), d("49000000"), kT0, done); }));
        auto r = run([&](auto done) { exec.onPrice(kMarket, d("49500000"), 0, risk, kT0.addSecs(1), done); });
        QVERIFY(r && r->orders.isEmpty() && exec.hasPosition(kMarket));
        r = run([&](auto done) { exec.onPrice(kMarket, d("48900000"), 0, risk, kT0.addSecs(2), done); });
        QVERIFY(r && r->orders.size() == 1 && !exec.hasPosition(kMarket));
        StorageError error;
        QVERIFY(OrderRepository(*m_db).latest(1, &error).first().side == OrderSide::Sell);
        QVERIFY(r->realizedPnl && r->realizedPnl->isNegative());

        // The trailing stop: up 5,000,000 with ATR 1,000,000 → stop 53,000,000, then hit.
        QVERIFY(run([&](auto done) { exec.enter(kMarket, Decimal(200000), d("50000000"), d("49000000"), kT0, done); }));
        QVERIFY(run([&](auto done) { exec.onPrice(kMarket, d("55000000"), 1000000, risk, kT0.addSecs(3), done); }));
        QCOMPARE(exec.stopPrice(kMarket), std::optional(d("53000000")));
        r = run([&](auto done) { exec.onPrice(kMarket, d("53500000"), 1000000, risk, kT0.addSecs(4), done); });
        QVERIFY(r && r->orders.isEmpty());
        r = run([&](auto done) { exec.onPrice(kMarket, d("52900000"), 1000000, risk, kT0.addSecs(5), done); });
        QVERIFY(r && r->orders.size() == 1 && !exec.hasPosition(kMarket));
        QVERIFY(r->realizedPnl && r->realizedPnl->isPositive());
    }

    void withoutOrdersReportedTheMoneyAndTheFillsAreTheSame()
    {
        // A backtest turns reportOrders off (no database either): its outcomes carry the fills and
        // the realised PnL exactly as the engine's do, and no order rows or per-market PnL.
        StrategyParameters parameters;
        const RiskManager risk(parameters, MarketRules::forExchange(Exchange::Upbit), kSeoul);
        Execution::Settings leanSettings = settings();
        leanSettings.reportOrders = false;
        PaperExecution full(nullptr, nullptr, settings(), false);
        PaperExecution lean(nullptr, nullptr, leanSettings, false);
        const auto both = [&](const auto &op) {
            return std::pair(run([&](auto done) { op(full, done); }), run([&](auto done) { op(lean, done); }));
        };
        const auto sameMoney = [](const Execution::Outcome &a, const Execution::Outcome &b) {
            QCOMPARE(a.trades.size(), b.trades.size());
            for (qsizetype i = 0; i < a.trades.size(); ++i) {
                QCOMPARE(a.trades[i].symbol, b.trades[i].symbol);
                QCOMPARE(a.trades[i].side, b.trades[i].side);
                QCOMPARE(a.trades[i].price, b.trades[i].price);
                QCOMPARE(a.trades[i].quantity, b.trades[i].quantity);
                QCOMPARE(a.trades[i].fee, b.trades[i].fee);
                QCOMPARE(a.trades[i].executedAt, b.trades[i].executedAt);
            }
            QCOMPARE(a.realizedPnl, b.realizedPnl);
            QCOMPARE(a.refusal, b.refusal);
            QVERIFY(b.orders.isEmpty() && b.closedTrades.isEmpty());
        };

        auto [a, b] = both([&](Execution &e, auto done) {
            e.enter(kMarket, Decimal(200000), d("50000000"), d("49000000"), kT0, done);
        });
        QVERIFY(a && b);
        QCOMPARE(a->orders.size(), 1);
        QCOMPARE(a->trades.size(), 1);
        sameMoney(*a, *b);
        QCOMPARE(full.stopPrice(kMarket), lean.stopPrice(kMarket));
        std::tie(a, b) = both(
            [&](Execution &e, auto done) { e.onPrice(kMarket, d("55000000"), 1000000, risk, kT0.addSecs(1), done); });
        QVERIFY(a && b);
        sameMoney(*a, *b);
        QCOMPARE(full.stopPrice(kMarket), lean.stopPrice(kMarket));
        std::tie(a, b) = both(
            [&](Execution &e, auto done) { e.onPrice(kMarket, d("52900000"), 1000000, risk, kT0.addSecs(2), done); });
        QVERIFY(a && b);
        QCOMPARE(a->orders.size(), 1);
        QVERIFY(a->realizedPnl && a->realizedPnl->isPositive());
        QCOMPARE(a->closedTrades.value(kMarket), *a->realizedPnl);
        sameMoney(*a, *b);
        QVERIFY(!full.hasPosition(kMarket) && !lean.hasPosition(kMarket));
        std::tie(a, b) =
            both([&](Execution &e, auto done) { e.exit(kMarket, d("50000000"), QStringLiteral("x"), kT0, done); });
        QVERIFY(a && b);
        QVERIFY(!a->refusal.isEmpty());
        sameMoney(*a, *b);
        QCOMPARE(full.ledger().krwAvailable(), lean.ledger().krwAvailable());
        QCOMPARE(full.ledger().realizedPnl(), lean.ledger().realizedPnl());
        // The lean broker keeps no fill log: the outcomes above carried the same fills.
        QCOMPARE(full.ledger().fillCount(), 2);
        QCOMPARE(lean.ledger().fillCount(), 0);
    }

    void dailyPnlFollowsTheKstDay()
    {
        PaperExecution exec(m_db.get(), nullptr, settings(), false);
        QVERIFY(run([&](auto done) { exec.reconcile(kT0, done); }));
        // 2026-11-22 23:00 KST: buy; 23:59 KST: the day's row.
        const QDateTime evening = at("2026-11-22T14:00:00Z");
        QVERIFY(
            run([&](auto done) { exec.enter(kMarket, Decimal(200000), d("50000000"), d("40000000"), evening, done); }));
        QVERIFY(exec.recordDay({{kMarket, d("50000000")}}, at("2026-11-22T14:59:00Z")).isEmpty());
        // 00:01 KST the next day: sold higher; the sale belongs to the 23rd.
        auto r = run([&](auto done) {
            exec.exit(kMarket, d("51000000"), QStringLiteral("test"), at("2026-11-22T15:01:00Z"), done);
        });
        QVERIFY(r && r->realizedPnl);
        QVERIFY(exec.recordDay({{kMarket, d("51000000")}}, at("2026-11-22T15:01:00Z")).isEmpty());
        StorageError error;
        const auto days = PnlRepository(*m_db).range(QDate(2026, 11, 22), QDate(2026, 11, 23), &error);
        QCOMPARE(days.size(), 2);
        QCOMPARE(days[0].date, QDate(2026, 11, 22));
        QCOMPARE(days[0].realizedPnl, Decimal());
        QCOMPARE(days[1].date, QDate(2026, 11, 23));
        QCOMPARE(days[1].realizedPnl, *r->realizedPnl);
        QCOMPARE(days[1].totalEquity, exec.ledger().krwAvailable());
    }
};

/// The child of killedBetweenIntentAndAnswerIsFoundOnRestart: writes an intent, sends the order to
/// the fake at argv[2], and waits to be killed.
int runLiveChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = QString::fromLocal8Bit(argv[3]);
    auto db = openDatabase(dir, QStringLiteral("child"));
    if (!db)
        return 2;
    std::unique_ptr<ExchangeClient> client(
        createExchangeClient(exchangeConfig(QUrl(QString::fromLocal8Bit(argv[2])), std::chrono::minutes(5)), nullptr));
    Execution::Settings s = settings();
    s.orderTimeout = std::chrono::seconds(3600);
    LiveExecution exec(db.get(), client.get(), s);
    exec.enter(kMarket, Decimal(50000), d("50000000"), d("49000000"), kT0, [](const Execution::Outcome &) {});
    return app.exec();
}

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--live-child") == 0)
        return runLiveChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestExecution test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_execution.moc"
